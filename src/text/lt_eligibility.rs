//! The explanation of a Lithuanian employment-model answer (R2): the text of
//! each criterion, the municipality's note, and the steps.

use super::explain::{Step, Value};
use crate::rules::lt_eligibility::{Assessment, CashAssistance, Criterion, CriterionId, Facts, Verdict};
use crate::rules::params::{self, Participation};
use crate::rules::sources::{self as src};

fn met(m: Option<bool>) -> Value {
    Value::Word(match m {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    })
}

fn date_or_none(d: Option<chrono::NaiveDate>) -> Value {
    d.map_or(Value::None, Value::Date)
}

/// The words of one criterion on the date: catalog message `r2-criterion-<id>`.
pub fn criterion(f: &Facts, c: &Criterion) -> Step {
    let find = |k: &str| c.dates.iter().find(|(n, _)| *n == k).map(|(_, d)| *d);
    match c.id {
        CriterionId::Age => Step::new("r2-criterion-age", "R2", src::A1_269_P7)
            .value("birthday", date_or_none(c.holds_from))
            .value("met", met(c.met)),
        CriterionId::LongTermUnemployed => Step::new("r2-criterion-long-term", "R2", src::A1_269_P7)
            .value("registered_from", date_or_none(find("more_than_12_months_registered_from")))
            .value("not_working_from", date_or_none(find("more_than_2_years_not_working_from")))
            .value("met", met(c.met)),
        CriterionId::CashSocialAssistance => Step::new("r2-criterion-cash", "R2", src::A1_48)
            .value(
                "answer",
                Value::Word(match f.cash_social_assistance {
                    Some(CashAssistance::Receives) => "receives",
                    Some(CashAssistance::Entitled) => "entitled",
                    Some(CashAssistance::No) => "no",
                    None => "none",
                }),
            )
            .value("entitled_from", Value::Date(params::lt_entitled_counts().from))
            .value("met", met(c.met)),
    }
}

/// The note on the municipality the person named, or `None` when none was given.
pub fn municipality_note(f: &Facts, a: &Assessment) -> Option<Step> {
    let name = f.municipality.clone()?;
    Some(match a.municipality {
        Some(m) => Step::new("r2-municipality-known", "R2", src::LT_MUNICIPAL_PAGES)
            .value("name", Value::Text(name))
            .value("id", Value::Text(m.id.to_string()))
            .value(
                "participation",
                Value::Word(match m.participation {
                    Participation::Pilot2019 => "pilot-2019",
                    Participation::NamedByMinistry => "named-by-ministry",
                    Participation::Joined2020 => "joined-2020",
                }),
            )
            .value("since", m.since.and_then(|s| s.first_day()).map_or(Value::None, Value::Date))
            .value("months", m.months.map_or(Value::None, |n| Value::Num(n.into())))
            .value("people", m.people.map_or(Value::None, |n| Value::Num(n.into()))),
        None => Step::new("r2-municipality-unknown", "R2", src::LT_MUNICIPAL_PAGES).value("name", Value::Text(name)),
    })
}

/// The steps explaining `a`.
pub fn steps(f: &Facts, a: &Assessment) -> Vec<Step> {
    let (ws, we) = a.window;
    let mut steps = vec![
        Step::new("r2-criteria", "R2", src::A1_269_P7).value("from", Value::Date(ws)).value("to", Value::Date(we)),
        // INTERPRETATION (age) and (months): decided in rules::lt_eligibility.
        Step::new("r2-age-reading", "R2", src::A1_269_P7).reading("age"),
        Step::new("r2-months-reading", "R2", src::A1_269_P7).reading("months"),
        Step::new("r2-verdict", "R2", src::A1_269)
            .value("date", Value::Date(f.date))
            .value("verdict", Value::Word(a.verdict.as_str()))
            .value("from", Value::Date(ws))
            .value("to", Value::Date(we)),
    ];
    let earliest = match a.earliest_date {
        Some(e) if e == f.date && a.verdict == Verdict::Eligible => None,
        Some(e) => Some(("from", Value::Date(e))),
        None if a.verdict == Verdict::CannotTell => None,
        None if a.criteria.iter().any(|c| c.met == Some(false) && c.holds_from.is_none()) => Some(("never-cash", Value::None)),
        None => Some(("not-in-window", Value::None)),
    };
    if let Some((kind, date)) = earliest {
        steps.push(
            Step::new("r2-earliest", "R2", src::A1_269)
                .value("kind", Value::Word(kind))
                .value("date", date)
                .value("until", Value::Date(we)),
        );
    }
    steps
}
