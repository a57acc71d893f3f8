//! The JSON contract of `lv-unemployment` (R3): reading the facts, every
//! problem named by its field, and the typed answer.

use chrono::NaiveDate;
use serde::Serialize;

use crate::contract::json::{self as json, Json};
use crate::contract::read::{self as input, get, not_before, optional_date, required_date, FieldError};
use crate::contract::write::{self, Explanation, Out};
use crate::rules::lv_unemployment::{self as lv, PreRetirement};
use crate::text::explain::Step;

/// The fields of the input (the package's TypeScript declarations are checked against them).
pub const FIELDS: &[&str] = &["date", "birth_date", "employment_end", "registered_since", "disability"];

/// Reads the facts of `lv-unemployment`.
///
/// # Errors
/// Every problem found, each with its field and code.
pub fn parse(text: &str) -> Result<lv::Facts, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let (m, mut errors) = input::object(&parsed, FIELDS);
    if m.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let date = required_date(m, "date", &mut errors);
    let birth = required_date(m, "birth_date", &mut errors);
    let employment_end = optional_date(m, "employment_end", &mut errors);
    let registered = optional_date(m, "registered_since", &mut errors);
    // Cross-field checks (`date_before_date`, one error per field at most):
    // nothing is asked about, ended or registered before the birth; and the
    // employment ends before the registration that follows it: its end must
    // not be after the registration date (the same day is accepted here,
    // as in lt-eligibility; NVA itself takes applications from the next day).
    not_before("date", date, "birth_date", birth, &mut errors);
    not_before("employment_end", employment_end, "birth_date", birth, &mut errors);
    not_before("registered_since", registered, "birth_date", birth, &mut errors);
    not_before("registered_since", registered, "employment_end", employment_end, &mut errors);
    let disability = match get(m, "disability") {
        None | Some(Json::Null) => false,
        Some(v) => input::boolean(v, "disability").map_err(|e| errors.push(e)).unwrap_or(false),
    };
    match (date, birth, errors.is_empty()) {
        (Some(date), Some(birth_date), true) => Ok(lv::Facts { date, birth_date, employment_end, registered_since: registered, disability }),
        _ => Err(errors),
    }
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct AgeOut {
    years: u32,
    months: u32,
}

/// The answer of `lv-unemployment` (field names are fixed by the contract).
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "LvUnemploymentResult"))]
pub struct DatesOut<'a> {
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    date: NaiveDate,
    covered: bool,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    earliest_application_date: Option<NaiveDate>,
    retirement_age: AgeOut,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    retirement_date: Option<NaiveDate>,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pre_retirement_from: Option<NaiveDate>,
    /// The person's situation for the pre-retirement group on the date:
    /// `not_registered`, `registered`, `registered_after_retirement` or `unknown`.
    pre_retirement: &'static str,
    /// Registered: the first day the person counts as a pre-retirement
    /// unemployed person (the later of the age and the registration); else null.
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pre_retirement_unemployed_from: Option<NaiveDate>,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    long_term_from: Option<NaiveDate>,
    registered_on_date: bool,
    groups: Vec<&'static str>,
    #[cfg_attr(feature = "ts", ts(as = "Vec<crate::contract::write::StepOut<'static>>"))]
    #[serde(skip_serializing_if = "Explanation::left_out")]
    explanation: Explanation<'a>,
}

/// The answer for `f` and its dates `r` (explained by `steps`).
pub fn output<'a>(f: &lv::Facts, r: &lv::Dates, steps: &'a [Step], out: Out) -> DatesOut<'a> {
    DatesOut {
        date: f.date,
        covered: r.covered,
        earliest_application_date: r.earliest_application_date,
        retirement_age: AgeOut { years: r.retirement_age.years, months: r.retirement_age.months },
        retirement_date: r.retirement_date,
        pre_retirement_from: r.pre_retirement_from,
        pre_retirement: match lv::pre_retirement(f, r) {
            PreRetirement::NotRegistered { .. } => "not_registered",
            PreRetirement::Registered { .. } => "registered",
            PreRetirement::RegisteredAfterRetirement { .. } => "registered_after_retirement",
            PreRetirement::Unknown => "unknown",
        },
        pre_retirement_unemployed_from: match lv::pre_retirement(f, r) {
            PreRetirement::Registered { from, .. } => Some(from),
            _ => None,
        },
        long_term_from: r.long_term_from,
        registered_on_date: r.registered_on_date,
        groups: r.groups.iter().map(|g| g.as_str()).collect(),
        explanation: Explanation { steps, out },
    }
}
