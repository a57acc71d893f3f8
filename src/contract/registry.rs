//! One entry point for every calculator, shared by the command line and the
//! WebAssembly bindings: JSON text in, JSON text out, expected failures as
//! data. Text is rendered in the requested language only, and the
//! explanation's words only when asked for.

use serde::Serialize;

use crate::contract::json::{self as json, Json};
use crate::contract::read::{Code, FieldError};
use crate::contract::write::{to_json, Out};
#[cfg(any(feature = "assistant-hours", feature = "lt-eligibility", feature = "lv-unemployment", feature = "mk360-admission", feature = "vbtai-competition", feature = "esf-ex-prisoners"))]
use crate::contract::write::to_json_into;
// Each calculator's contract and rules, named in its own match arm (a
// build may hold only some of them).
#[cfg(feature = "assistant-hours")]
use crate::{contract::assistant_hours, rules::assistant_hours as r1};
#[cfg(feature = "esf-ex-prisoners")]
use crate::{contract::esf_ex_prisoners, rules::esf_ex_prisoners as r6};
#[cfg(feature = "lt-eligibility")]
use crate::{contract::lt_eligibility, rules::lt_eligibility as r2};
#[cfg(feature = "lv-unemployment")]
use crate::{contract::lv_unemployment, rules::lv_unemployment as r3};
#[cfg(feature = "mk360-admission")]
use crate::{contract::mk360_admission, rules::mk360_admission as r4};
#[cfg(feature = "vbtai-competition")]
use crate::{contract::vbtai_competition, rules::vbtai_competition as r5};
use crate::text::{errors, Lang, Words};

/// The calculators, by the name used on the command line.
/// `assistant-month` answers the facts of a month a timesheet form needs.
pub const CALCULATORS: &[&str] = &[
    "assistant-hours",
    "assistant-month",
    "lt-eligibility",
    "lv-unemployment",
    "mk360-admission",
    "vbtai-competition",
    "esf-ex-prisoners",
];

/// Whether this build holds the calculator `name` (each can be built alone,
/// with its cargo feature: the page loads one module per calculator).
pub fn holds(name: &str) -> bool {
    match name {
        "assistant-hours" | "assistant-month" => cfg!(feature = "assistant-hours"),
        "lt-eligibility" => cfg!(feature = "lt-eligibility"),
        "lv-unemployment" => cfg!(feature = "lv-unemployment"),
        "mk360-admission" => cfg!(feature = "mk360-admission"),
        "vbtai-competition" => cfg!(feature = "vbtai-competition"),
        "esf-ex-prisoners" => cfg!(feature = "esf-ex-prisoners"),
        _ => false,
    }
}

/// The largest input accepted, in bytes: a month's timesheet is a few
/// kilobytes; this keeps hostile input from costing much memory or time.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// An answer as JSON text: the result object, or the array of errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Result(String),
    Errors(String),
}

impl Answer {
    pub fn is_ok(&self) -> bool {
        matches!(self, Answer::Result(_))
    }

    /// The command line's output: the result, or `{"errors":[…]}`.
    pub fn cli_text(&self) -> String {
        match self {
            Answer::Result(r) => r.clone(),
            Answer::Errors(e) => ["{\"errors\":", e, "}"].concat(),
        }
    }

    /// The page's output: `{"ok":…, "result":…, "errors":[…]}`.
    pub fn page_text(&self) -> String {
        match self {
            Answer::Result(r) => ["{\"ok\":true,\"result\":", r, ",\"errors\":[]}"].concat(),
            Answer::Errors(e) => ["{\"ok\":false,\"result\":null,\"errors\":", e, "}"].concat(),
        }
    }
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "FieldError"))]
pub(crate) struct ErrorOut<'a> {
    field: &'a str,
    code: &'static str,
    message: String,
}

/// The errors as a JSON array of `{"field","code","message"}`, the
/// messages in the language of `w`.
/// At most [`crate::contract::read::MAX_ERRORS`] errors, then one
/// `too_many_errors` entry with the count of the rest.
pub fn errors_text(list: &[FieldError], w: &Words) -> String {
    let list = crate::contract::read::capped(list.to_vec());
    let out: Vec<ErrorOut> = list
        .iter()
        .map(|e| ErrorOut { field: &e.field, code: e.code.as_str(), message: errors::message(w, e.code.as_str(), &e.field, &e.params) })
        .collect();
    to_json(&out)
}

/// Runs the calculator `name` on the JSON `input`; the messages in `lang`,
/// the explanation's words only when `explain`. An unknown name is `None`.
pub fn answer(name: &str, input: &str, lang: Lang, explain: bool) -> Option<Answer> {
    let words = Words::new(lang);
    let mut buf = Vec::new();
    match answer_into(name, input, Out { words, explain, brief: false }, &mut buf)? {
        Ok(()) => Some(Answer::Result(String::from_utf8(buf).unwrap_or_else(|_| "null".into()))),
        Err(e) => Some(Answer::Errors(errors_text(&e, &words))),
    }
}

/// How a batch writes each line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lines {
    /// The whole answer: ids, sources and values of the explanation (its
    /// words too with `--explain`).
    Full { explain: bool },
    /// The answer without its `explanation` array (`--brief`): every other
    /// field, warnings and errors as in [`Lines::Full`].
    Brief,
    /// `assistant-hours` only (`--totals`): what a payer needs and the
    /// OpenFisca peer writes, `{"total_payable","attested_payable",
    /// "emergency_hours","not_payable","pay","weeks":[{"week","payable"}]}`
    /// (see [`assistant_hours::write_totals`]); errors as in [`Lines::Brief`].
    /// Native builds only.
    Totals,
}

/// One line of a batch: the answer to `bytes` (at most [`MAX_INPUT_BYTES`],
/// UTF-8) appended to `line` as the command line writes it (the result, or
/// `{"errors":[…]}`), without the newline. `Some(true)` for a result,
/// `Some(false)` for errors, `None` for an unknown calculator (nothing written).
pub fn answer_line(name: &str, bytes: &[u8], lang: Lang, lines: Lines, line: &mut Vec<u8>) -> Option<bool> {
    if !holds(name) {
        return None;
    }
    // The catalog is parsed at its first use: a --totals batch without
    // errors never needs its words.
    let words = || Words::new(lang);
    let answered = if bytes.len() > MAX_INPUT_BYTES {
        Err(vec![too_large()])
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) if lines == Lines::Totals => totals_into(name, text, line)?,
            Ok(text) => {
                let out = match lines {
                    Lines::Full { explain } => Out { words: words(), explain, brief: false },
                    Lines::Brief | Lines::Totals => Out { words: words(), explain: false, brief: true },
                };
                answer_into(name, text, out, line)?
            }
            Err(e) => Err(vec![invalid_utf8(e.valid_up_to())]),
        }
    };
    match answered {
        Ok(()) => Some(true),
        Err(e) => {
            line.extend_from_slice(b"{\"errors\":");
            line.extend_from_slice(errors_text(&e, &words()).as_bytes());
            line.push(b'}');
            Some(false)
        }
    }
}

/// [`Lines::Totals`]: the totals of an `assistant-hours` result appended
/// to `buf`, or its errors (the same as [`answer_into`]'s); `None` for any
/// other calculator, and in a build without the batch's writer.
#[allow(unused_variables)]
fn totals_into(name: &str, input: &str, buf: &mut Vec<u8>) -> Option<Result<(), Vec<FieldError>>> {
    #[cfg(all(feature = "assistant-hours", not(target_arch = "wasm32")))]
    if name == "assistant-hours" {
        if input.len() > MAX_INPUT_BYTES {
            return Some(Err(vec![too_large()]));
        }
        // A byte order mark is skipped by the JSON reader (`json::parse`).
        return Some(assistant_hours::parse(input).and_then(|request| match r1::calculate(&request) {
            Ok(a) => {
                assistant_hours::write_totals(&a, buf);
                Ok(())
            }
            Err(_) => Err(vec![FieldError::new("month", Code::NotCovered).with("value", request.month().text())]),
        }));
    }
    None
}

/// A timesheet read, computed and written (into `buf`).
#[cfg(feature = "assistant-hours-mk942")]
fn timesheet(request: &r1::Request, explained: bool, out: Out, buf: &mut Vec<u8>) -> Result<(), Vec<FieldError>> {
    match r1::calculate(request) {
        Ok(a) => {
            let steps = if explained { crate::text::assistant_hours::steps_for(&a) } else { Vec::new() };
            to_json_into(&assistant_hours::output(&a, &steps, out), buf);
            Ok(())
        }
        // parse checked that the month allows the regime; this is
        // only a guard.
        Err(_) => Err(vec![FieldError::new("month", Code::NotCovered).with("value", request.month().text())]),
    }
}

/// A timesheet read, computed and written (into `buf`), by a build of MK 316
/// alone (the page's first timesheet module): an MK 942 month is computed by
/// the module [`assistant_hours::OTHER_MODULE`] (parse already said so; this
/// is only a guard). Nothing of MK 942 is linked into it.
#[cfg(all(feature = "assistant-hours", not(feature = "assistant-hours-mk942")))]
fn timesheet(request: &r1::Request, explained: bool, out: Out, buf: &mut Vec<u8>) -> Result<(), Vec<FieldError>> {
    match request {
        // In whole millionths (no decimal arithmetic linked): always so for a timesheet parse accepts.
        r1::Request::Monthly(t) if r1::regime_for(t.month, Some(r1::Regime::Mk316)).is_ok() => {
            let Some(o) = r1::compute_monthly_in_millionths(t) else {
                return Err(vec![FieldError::new("days", Code::TooLarge).with("max", "744")]);
            };
            let steps = if explained { crate::text::assistant_hours::monthly_steps(&o) } else { Vec::new() };
            to_json_into(&assistant_hours::monthly_output(&o, &steps, out), buf);
            Ok(())
        }
        r1::Request::Monthly(t) => Err(vec![FieldError::new("month", Code::NotCovered).with("value", t.month.text())]),
        r1::Request::Weekly(t) => Err(vec![FieldError::new("month", Code::OtherModule).with("month", t.month.text()).with("module", assistant_hours::OTHER_MODULE)]),
    }
}

/// The work of [`answer`] and [`answer_line`]: a result is appended to
/// `buf` as JSON; errors are returned (nothing appended).
// A build with no calculator (the start page's, words only) has no arm.
#[cfg_attr(not(any(feature = "assistant-hours", feature = "lt-eligibility", feature = "lv-unemployment", feature = "mk360-admission", feature = "vbtai-competition", feature = "esf-ex-prisoners")), allow(unreachable_code, unused_variables))]
fn answer_into(name: &str, input: &str, out: Out, buf: &mut Vec<u8>) -> Option<Result<(), Vec<FieldError>>> {
    if !holds(name) {
        return None;
    }
    if input.len() > MAX_INPUT_BYTES {
        return Some(Err(vec![too_large()]));
    }
    // A byte order mark (written by some editors) is skipped by the JSON
    // reader (`json::parse`), so that an error's offset counts it, as the
    // offset of a byte that is not UTF-8 does.
    // The explanation's steps, built only when they are written.
    let explained = !out.brief;
    Some(match name {
        #[cfg(feature = "assistant-hours")]
        "assistant-hours" => assistant_hours::parse(input).and_then(|request| timesheet(&request, explained, out, buf)),
        #[cfg(feature = "assistant-hours")]
        "assistant-month" => assistant_hours::month_facts(input).map(|m| to_json_into(&m, buf)),
        #[cfg(feature = "lt-eligibility")]
        "lt-eligibility" => lt_eligibility::parse(input).map(|f| {
            let a = r2::assess(&f);
            let steps = if explained { crate::text::lt_eligibility::steps(&f, &a) } else { Vec::new() };
            to_json_into(&lt_eligibility::output(&f, &a, &steps, out), buf)
        }),
        #[cfg(feature = "lv-unemployment")]
        "lv-unemployment" => lv_unemployment::parse(input).map(|f| {
            let r = r3::compute(&f);
            let steps = if explained { crate::text::lv_unemployment::steps(&f, &r) } else { Vec::new() };
            to_json_into(&lv_unemployment::output(&f, &r, &steps, out), buf)
        }),
        #[cfg(feature = "mk360-admission")]
        "mk360-admission" => mk360_admission::parse(input).map(|f| {
            let a = r4::assess(&f);
            let steps = if explained { crate::text::mk360_admission::steps(&f, &a) } else { Vec::new() };
            to_json_into(&mk360_admission::output(&f, &a, &steps, out), buf)
        }),
        #[cfg(feature = "vbtai-competition")]
        "vbtai-competition" => vbtai_competition::parse(input).map(|f| {
            let a = r5::assess(&f);
            let steps = if explained { crate::text::vbtai_competition::steps(&f, &a) } else { Vec::new() };
            to_json_into(&vbtai_competition::output(&f, &a, &steps, out), buf)
        }),
        #[cfg(feature = "esf-ex-prisoners")]
        "esf-ex-prisoners" => esf_ex_prisoners::parse(input).map(|()| {
            let c = r6::card();
            let steps = if explained { crate::text::esf_ex_prisoners::steps(&c) } else { Vec::new() };
            to_json_into(&esf_ex_prisoners::output(&c, &steps, out), buf)
        }),
        _ => return None,
    })
}

/// [`answer`] on bytes (a file, a line of a batch): more than
/// [`MAX_INPUT_BYTES`] is `too_large`, bytes that are not UTF-8 are
/// `invalid_utf8` with the offset of the first bad byte (never replaced).
pub fn answer_bytes(name: &str, bytes: &[u8], lang: Lang, explain: bool) -> Option<Answer> {
    if !holds(name) {
        return None;
    }
    let fail = |e: FieldError| Some(Answer::Errors(errors_text(&[e], &Words::new(lang))));
    if bytes.len() > MAX_INPUT_BYTES {
        return fail(too_large());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => answer(name, text, lang, explain),
        Err(e) => fail(invalid_utf8(e.valid_up_to())),
    }
}

/// The error for an input over [`MAX_INPUT_BYTES`].
pub fn too_large() -> FieldError {
    FieldError::new("", Code::TooLarge).with("max", crate::rules::calendar::number(MAX_INPUT_BYTES as u64))
}

/// The error for bytes that are not UTF-8, at byte `offset`.
pub fn invalid_utf8(offset: usize) -> FieldError {
    FieldError::new("", Code::InvalidUtf8).with("offset", crate::rules::calendar::number(offset as u64))
}

/// The answer with its explanation's words, read back as [`Json`] values:
/// `Ok(result)` or `Err(errors)`. For tests and tools that inspect answers.
pub fn run(name: &str, input: &str, lang: Lang) -> Option<Result<Json, Json>> {
    let a = answer(name, input, lang, true)?;
    let (ok, text) = match &a {
        Answer::Result(t) => (true, t),
        Answer::Errors(t) => (false, t),
    };
    let v = json::parse(text).map(|p| p.value).unwrap_or(Json::Null);
    Some(if ok { Ok(v) } else { Err(v) })
}
