//! The explanation of a Lithuanian employment-model answer (R2): the text of
//! each criterion, the municipality's note, and the steps.

use super::explain::{Step, Value};
use crate::rules::lt_eligibility::{Assessment, CashAssistance, Criterion, CriterionId, Facts, NeverReason, Outlook};
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

/// The translation of a criterion's quote (Lithuanian in the rules): catalog
/// message `quote-<id>`, shown beside the original to a reader of another language.
pub fn quote_translation(w: &super::Words, c: &Criterion) -> Option<String> {
    let id = match c.id {
        CriterionId::Age => "quote-r2-age",
        CriterionId::LongTermUnemployed => "quote-r2-long-term",
        CriterionId::CashSocialAssistance => "quote-r2-cash",
    };
    (w.lang() != super::Lang::Lt).then(|| w.t(id, &[]))
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
            .value("id", Value::Word(m.id))
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
    ];
    // After the window the model-ended step is the verdict: one thing said once.
    if a.outlook != Outlook::Never(NeverReason::ModelEnded) {
        steps.push(
            Step::new("r2-verdict", "R2", src::A1_269)
                .value("date", Value::Date(f.date))
                .value("verdict", Value::Word(a.verdict.as_str()))
                .value("from", Value::Date(ws))
                .value("to", Value::Date(we)),
        );
    }
    let missing = Value::List { prefix: "fact", items: a.missing.iter().map(|m| m.as_str()).collect() };
    let count = Value::Num(a.missing.len().into());
    match a.outlook {
        // The verdict step says it: every criterion holds.
        Outlook::Now => {}
        Outlook::From(d) => steps.push(Step::new("r2-outlook-from", "R2", src::A1_269_P7).value("date", Value::Date(d))),
        Outlook::AtTheLatest(d) => steps.push(
            Step::new("r2-outlook-at-the-latest", "R2", src::A1_269_P7)
                .value("date", Value::Date(d))
                .value("missing", missing)
                .value("count", count),
        ),
        Outlook::CannotTell => {
            steps.push(Step::new("r2-outlook-cannot-tell", "R2", src::A1_269_P7).value("missing", missing).value("count", count));
        }
        Outlook::Never(NeverReason::FailsForGood(id)) => steps.push(
            Step::new("r2-outlook-never", "R2", src::A1_269_P7)
                .value("reason", Value::Word("fails-for-good"))
                .value("criterion", Value::Word(id.as_str()))
                .value("date", Value::None)
                .value("until", Value::Date(we)),
        ),
        Outlook::Never(NeverReason::HoldsOnlyAfterWindow(d)) => steps.push(
            Step::new("r2-outlook-never", "R2", src::A1_269)
                .value("reason", Value::Word("only-after-window"))
                .value("criterion", Value::None)
                .value("date", date_or_none(d))
                .value("until", Value::Date(we)),
        ),
        Outlook::Never(NeverReason::ModelEnded) => {
            steps.push(
                Step::new("r2-model-ended", "R2", src::A1_269)
                    .value("date", Value::Date(f.date))
                    .value("from", Value::Date(ws))
                    .value("to", Value::Date(we)),
            );
            steps.push(Step::new("r2-successor", "R2", src::A1_257));
        }
    }
    steps
}
