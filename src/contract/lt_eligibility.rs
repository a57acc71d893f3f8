//! The JSON contract of `lt-eligibility` (R2): reading the facts, every
//! problem named by its field, and the typed answer.

use chrono::NaiveDate;
use serde::Serialize;

use crate::contract::json::{self as json, Json};
use crate::contract::read::{self as input, get, not_after, not_before, one_of, optional_date, required_date, Code, FieldError};
use crate::contract::write::{self, step_text, Explanation, Out};
use crate::rules::lt_eligibility::{self as lt, CashAssistance, NeverReason, Outlook};
use crate::text::explain::Step;
use crate::text::lt_eligibility as words;

/// The fields of the input (the package's TypeScript declarations are checked against them).
pub const FIELDS: &[&str] = &["date", "birth_date", "registered_since", "last_employment_end", "cash_social_assistance", "municipality"];

/// Reads the facts of `lt-eligibility`.
///
/// # Errors
/// Every problem found, each with its field and code.
pub fn parse(text: &str) -> Result<lt::Facts, Vec<FieldError>> {
    let parsed = json::parse(text).map_err(|e| vec![input::invalid_json(&e)])?;
    let (m, mut errors) = input::object(&parsed, FIELDS);
    if m.is_empty() && !errors.is_empty() {
        return Err(errors);
    }
    let date = required_date(m, "date", &mut errors);
    let birth = required_date(m, "birth_date", &mut errors);
    let registered = optional_date(m, "registered_since", &mut errors);
    let last_job = optional_date(m, "last_employment_end", &mut errors);
    not_after("registered_since", registered, date, &mut errors);
    not_after("last_employment_end", last_job, date, &mut errors);
    // Cross-field checks (`date_before_date`, one error per field at most):
    // nothing is asked about, registered or ended before the birth; and the
    // last job ends before the registration that follows it: the job end
    // must not be after the registration date (the same day is accepted).
    not_before("date", date, "birth_date", birth, &mut errors);
    not_before("registered_since", registered, "birth_date", birth, &mut errors);
    not_before("last_employment_end", last_job, "birth_date", birth, &mut errors);
    not_before("registered_since", registered, "last_employment_end", last_job, &mut errors);
    let answers = [("receives", CashAssistance::Receives), ("entitled", CashAssistance::Entitled), ("no", CashAssistance::No)];
    let cash = one_of(m, "cash_social_assistance", &answers, false, &mut errors);
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "LtCriterion"))]
struct CriterionOut<'a> {
    id: &'static str,
    met: Option<bool>,
    quote: &'static str,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    holds_from: Option<NaiveDate>,
    /// The dates the criterion was decided on, by name.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    dates: DatesOut<'a>,
    /// The quote's translation in the reader's language (with the words).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    quote_translation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    text: Option<String>,
}

/// The criterion's own dates, borrowed (no copy of them).
struct DatesOut<'a>(&'a [(&'static str, NaiveDate)]);

impl Serialize for DatesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (*k, crate::rules::calendar::iso_date(*v))))
    }
}

/// The answer of `lt-eligibility` (field names are fixed by the contract).
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "LtEligibilityResult"))]
pub struct EligibilityOut<'a> {
    #[serde(serialize_with = "write::date")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    date: NaiveDate,
    verdict: &'static str,
    criteria: Vec<CriterionOut<'a>>,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    earliest_date: Option<NaiveDate>,
    /// The day by which the known facts alone make every criterion hold
    /// (inside the window), or null.
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    qualifies_by: Option<NaiveDate>,
    /// One thing only: `now`, `from` (earliest_date), `at_the_latest`
    /// (qualifies_by), `cannot_tell` (see missing) or `never` (see never_reason).
    outlook: &'static str,
    /// With `never`: `model_ended`, `fails_for_good` (never_criterion) or
    /// `holds_only_after_window` (never_date: the day they would all hold).
    never_reason: Option<&'static str>,
    never_criterion: Option<&'static str>,
    #[serde(serialize_with = "write::date_opt")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    never_date: Option<NaiveDate>,
    /// The facts that would decide a criterion that cannot be told.
    missing: Vec<&'static str>,
    programme_window: [String; 2],
    municipality_known: Option<&'static str>,
    municipality_note: Option<String>,
    #[cfg_attr(feature = "ts", ts(as = "Vec<crate::contract::write::StepOut<'static>>"))]
    #[serde(skip_serializing_if = "Explanation::left_out")]
    explanation: Explanation<'a>,
}

/// The answer for `f` and its assessment `a` (explained by `steps`).
pub fn output<'a>(f: &lt::Facts, a: &'a lt::Assessment, steps: &'a [Step], out: Out) -> EligibilityOut<'a> {
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
                dates: DatesOut(&c.dates),
                quote_translation: if out.explain { words::quote_translation(&out.words, c) } else { None },
                text: step_text(&words::criterion(f, c), out),
            })
            .collect(),
        earliest_date: a.earliest_date,
        qualifies_by: a.qualifies_by,
        outlook: outlook_word(a.outlook),
        never_reason: match a.outlook {
            Outlook::Never(NeverReason::ModelEnded) => Some("model_ended"),
            Outlook::Never(NeverReason::FailsForGood(_)) => Some("fails_for_good"),
            Outlook::Never(NeverReason::HoldsOnlyAfterWindow(_)) => Some("holds_only_after_window"),
            _ => None,
        },
        never_criterion: match a.outlook {
            Outlook::Never(NeverReason::FailsForGood(id)) => Some(id.as_str()),
            _ => None,
        },
        never_date: match a.outlook {
            Outlook::Never(NeverReason::HoldsOnlyAfterWindow(d)) => d,
            _ => None,
        },
        missing: a.missing.iter().map(|m| m.as_str()).collect(),
        programme_window: [crate::rules::calendar::iso_date(ws), crate::rules::calendar::iso_date(we)],
        municipality_known: a.municipality.map(|m| m.name),
        municipality_note: words::municipality_note(f, a).and_then(|st| step_text(&st, out)),
        explanation: Explanation { steps, out },
    }
}

/// The outlook's word in the contract.
pub fn outlook_word(o: Outlook) -> &'static str {
    match o {
        Outlook::Now => "now",
        Outlook::From(_) => "from",
        Outlook::AtTheLatest(_) => "at_the_latest",
        Outlook::CannotTell => "cannot_tell",
        Outlook::Never(_) => "never",
    }
}
