//! The JSON contract of `lt-eligibility` (R2): reading the facts, every
//! problem named by its field, and the typed answer.

use chrono::NaiveDate;
use serde::Serialize;

use crate::contract::json::{self as json, Json};
use crate::contract::read::{self as input, get, not_after, optional_date, required_date, Code, FieldError};
use crate::contract::write::{self, step_text, Explanation, Out};
use crate::rules::lt_eligibility::{self as lt, CashAssistance};
use crate::text::explain::Step;
use crate::text::lt_eligibility as words;

/// Reads the facts of `lt-eligibility`.
///
/// # Errors
/// Every problem found, each with its field and code.
pub fn parse(text: &str) -> Result<lt::Facts, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let fields = ["date", "birth_date", "registered_since", "last_employment_end", "cash_social_assistance", "municipality"];
    let (m, mut errors) = input::object(&parsed, &fields);
    if m.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let date = required_date(m, "date", &mut errors);
    let birth = required_date(m, "birth_date", &mut errors);
    let registered = optional_date(m, "registered_since", &mut errors);
    let last_job = optional_date(m, "last_employment_end", &mut errors);
    not_after("birth_date", birth, date, &mut errors);
    not_after("registered_since", registered, date, &mut errors);
    not_after("last_employment_end", last_job, date, &mut errors);
    let cash = match get(m, "cash_social_assistance") {
        None | Some(Json::Null) => None,
        Some(Json::String(v)) => match v.trim() {
            "receives" => Some(CashAssistance::Receives),
            "entitled" => Some(CashAssistance::Entitled),
            "no" => Some(CashAssistance::No),
            "" => None,
            _ => {
                errors.push(FieldError::new("cash_social_assistance", Code::NotOneOf).with("allowed", "receives, entitled, no"));
                None
            }
        },
        Some(_) => {
            errors.push(FieldError::new("cash_social_assistance", Code::WrongType));
            None
        }
    };
    let municipality = match get(m, "municipality") {
        None | Some(Json::Null) => None,
        Some(Json::String(v)) if v.chars().count() > 200 => {
            errors.push(FieldError::new("municipality", Code::TooLarge).with("max", "200"));
            None
        }
        Some(Json::String(v)) => Some(v.trim().to_string()).filter(|v| !v.is_empty()),
        Some(_) => {
            errors.push(FieldError::new("municipality", Code::WrongType));
            None
        }
    };
    match (date, birth, errors.is_empty()) {
        (Some(date), Some(birth_date), true) => Ok(lt::Facts {
            date,
            birth_date,
            registered_since: registered,
            last_employment_end: last_job,
            cash_social_assistance: cash,
            municipality,
        }),
        _ => Err(errors),
    }
}

#[derive(Serialize)]
struct CriterionOut {
    id: &'static str,
    met: Option<bool>,
    quote: &'static str,
    #[serde(serialize_with = "write::date_opt")]
    holds_from: Option<NaiveDate>,
    dates: DatesOut,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

struct DatesOut(Vec<(&'static str, NaiveDate)>);

impl Serialize for DatesOut {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (*k, v.to_string())))
    }
}

/// The answer of `lt-eligibility` (field names are fixed by the contract).
#[derive(Serialize)]
pub struct EligibilityOut<'a> {
    #[serde(serialize_with = "write::date")]
    date: NaiveDate,
    verdict: &'static str,
    criteria: Vec<CriterionOut>,
    #[serde(serialize_with = "write::date_opt")]
    earliest_date: Option<NaiveDate>,
    programme_window: [String; 2],
    municipality_known: Option<&'static str>,
    municipality_note: Option<String>,
    explanation: Explanation<'a>,
}

/// The answer for `f` and its assessment `a` (explained by `steps`).
pub fn output<'a>(f: &lt::Facts, a: &lt::Assessment, steps: &'a [Step], out: Out) -> EligibilityOut<'a> {
    let (ws, we) = a.window;
    EligibilityOut {
        date: f.date,
        verdict: a.verdict.as_str(),
        criteria: a
            .criteria
            .iter()
            .map(|c| CriterionOut {
                id: c.id.as_str(),
                met: c.met,
                quote: c.quote,
                holds_from: c.holds_from,
                dates: DatesOut(c.dates.clone()),
                text: step_text(&words::criterion(f, c), out),
            })
            .collect(),
        earliest_date: a.earliest_date,
        programme_window: [ws.to_string(), we.to_string()],
        municipality_known: a.municipality.map(|m| m.name),
        municipality_note: words::municipality_note(f, a).and_then(|st| step_text(&st, out)),
        explanation: Explanation { steps, out },
    }
}
