//! One entry point for every calculator, shared by the command line and the
//! WebAssembly bindings: JSON text in, JSON out, expected failures as data.

use crate::text::Lang;
use crate::contract::read::{Code, FieldError};
use crate::contract::json::{obj, Json};
use crate::contract::{assistant_hours as assistant_io, dates as dates_io};
use crate::rules::{assistant_hours as assistant, lt_eligibility, lv_unemployment};

/// The calculators, by the name used on the command line.
/// `assistant-month` answers the facts of a month a timesheet form needs.
pub const CALCULATORS: &[&str] = &["assistant-hours", "assistant-month", "lt-eligibility", "lv-unemployment"];

/// The answer of a calculator: `Ok(result)` or `Err(errors)`, both JSON.
pub type Answer = Result<Json, Json>;

/// The largest input accepted, in bytes: a month's timesheet is a few
/// kilobytes; this keeps hostile input from costing much memory or time.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// Runs the calculator `name` on the JSON `text`. An unknown name is `None`.
pub fn run(name: &str, text: &str, lang: Lang) -> Option<Answer> {
    run_with(name, text, lang, true)
}

/// [`run`], with or without the explanation text (`explain`).
// The flag is plumbing for now: every answer still has its explanation.
pub fn run_with(name: &str, text: &str, lang: Lang, explain: bool) -> Option<Answer> {
    let _ = explain;
    if !CALCULATORS.contains(&name) {
        return None;
    }
    if text.len() > MAX_INPUT_BYTES {
        return Some(Err(errors_json(vec![too_large()], lang)));
    }
    // A byte order mark (written by some editors) is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match name {
        "assistant-hours" => Some(match assistant_io::parse(text) {
            Ok(t) => Ok(assistant_io::to_json(&assistant::compute(&t), lang)),
            Err(errors) => Err(errors_json(errors, lang)),
        }),
        "lt-eligibility" => Some(match dates_io::parse_lt(text) {
            Ok(f) => Ok(dates_io::lt_to_json(&f, &lt_eligibility::assess(&f), lang)),
            Err(e) => Err(errors_json(e, lang)),
        }),
        "lv-unemployment" => Some(match dates_io::parse_lv(text) {
            Ok(f) => Ok(dates_io::lv_to_json(&f, &lv_unemployment::compute(&f), lang)),
            Err(e) => Err(errors_json(e, lang)),
        }),
        "assistant-month" => Some(assistant_io::month_facts(text).map_err(|e| errors_json(e, lang))),
        _ => None,
    }
}

/// [`run_with`] on bytes (a file, a line of a batch): more than
/// [`MAX_INPUT_BYTES`] is `too_large`, bytes that are not UTF-8 are
/// `invalid_utf8` with the offset of the first bad byte (never replaced).
pub fn run_bytes(name: &str, bytes: &[u8], lang: Lang, explain: bool) -> Option<Answer> {
    if !CALCULATORS.contains(&name) {
        return None;
    }
    if bytes.len() > MAX_INPUT_BYTES {
        return Some(Err(errors_json(vec![too_large()], lang)));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => run_with(name, text, lang, explain),
        Err(e) => Some(Err(errors_json(vec![invalid_utf8(e.valid_up_to())], lang))),
    }
}

/// The error for an input over [`MAX_INPUT_BYTES`].
pub fn too_large() -> FieldError {
    FieldError::new("", Code::TooLarge).with("max", MAX_INPUT_BYTES.to_string())
}

/// The error for bytes that are not UTF-8, at byte `offset`.
pub fn invalid_utf8(offset: usize) -> FieldError {
    FieldError::new("", Code::InvalidUtf8).with("offset", offset.to_string())
}

/// The error list as JSON, at most [`crate::contract::read::MAX_ERRORS`] entries and the count of the rest.
pub fn errors_json(errors: Vec<FieldError>, lang: Lang) -> Json {
    assistant_io::errors_to_json(&crate::contract::read::capped(errors), lang)
}

/// The command line's output: the result, or `{"errors":[…]}`.
pub fn cli_output(answer: &Answer) -> String {
    match answer {
        Ok(v) => v.to_string(),
        Err(errors) => obj([("errors", errors.clone())]).to_string(),
    }
}

/// The page's output: `{"ok":…, "result":…, "errors":[…]}`.
pub fn page_output(answer: &Answer) -> Json {
    match answer {
        Ok(v) => obj([("ok", Json::Bool(true)), ("result", v.clone()), ("errors", Json::Array(Vec::new()))]),
        Err(e) => obj([("ok", Json::Bool(false)), ("result", Json::Null), ("errors", e.clone())]),
    }
}
