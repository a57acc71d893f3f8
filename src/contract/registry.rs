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
    if !CALCULATORS.contains(&name) {
        return None;
    }
    if text.len() > MAX_INPUT_BYTES {
        let e = FieldError::new("", Code::TooLarge).with("max", MAX_INPUT_BYTES.to_string());
        return Some(Err(assistant_io::errors_to_json(&[e], lang)));
    }
    match name {
        "assistant-hours" => Some(match assistant_io::parse(text) {
            Ok(t) => Ok(assistant_io::to_json(&assistant::compute(&t), lang)),
            Err(errors) => Err(assistant_io::errors_to_json(&errors, lang)),
        }),
        "lt-eligibility" => Some(match dates_io::parse_lt(text) {
            Ok(f) => Ok(dates_io::lt_to_json(&f, &lt_eligibility::assess(&f), lang)),
            Err(e) => Err(assistant_io::errors_to_json(&e, lang)),
        }),
        "lv-unemployment" => Some(match dates_io::parse_lv(text) {
            Ok(f) => Ok(dates_io::lv_to_json(&f, &lv_unemployment::compute(&f), lang)),
            Err(e) => Err(assistant_io::errors_to_json(&e, lang)),
        }),
        "assistant-month" => Some(assistant_io::month_facts(text).map_err(|e| assistant_io::errors_to_json(&e, lang))),
        _ => None,
    }
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
