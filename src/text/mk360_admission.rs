//! The explanation of an MK 360 admission answer (R4), step by step.

use chrono::{Duration, NaiveDate};

use super::explain::{Step, Value};
use crate::contract::mk360_admission::problem_word;
use crate::rules::mk360_admission::{Admission, By, Coverage, Facts, Point};
use crate::rules::params;
use crate::rules::sources::{self as src};

fn date_or_none(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::None, Value::Date)
}

/// Where a document's date stands against its term, for the words (the
/// rules decide; this only names the case).
fn state(date: Option<NaiveDate>, valid_from: Option<NaiveDate>, placement: NaiveDate) -> &'static str {
    match date {
        None => "missing",
        Some(d) if d > placement => "after-placement",
        Some(d) if valid_from.is_some_and(|from| d < from) => "too-early",
        Some(_) => "valid",
    }
}

fn document(id: &'static str, source: src::Source, date: Option<NaiveDate>, from: Option<NaiveDate>, days: i64, placement: NaiveDate) -> Step {
    Step::new(id, "R4", source)
        .value("state", Value::Word(state(date, from, placement)))
        .value("document", date_or_none(date))
        .value("from", date_or_none(from))
        .value("to", Value::Date(placement))
        .value("days", Value::Num(days.into()))
}

/// The steps explaining `a`.
pub fn steps(f: &Facts, a: &Admission) -> Vec<Step> {
    let period = params::mk360_period();
    let terms = params::mk360_terms();
    let placement = f.placement_date;
    let mut steps = Vec::new();
    match a.coverage {
        Coverage::Covered => {}
        Coverage::BeforeInForce => {
            steps.push(
                Step::new("r4-not-covered", "R4", src::MK360)
                    .value("coverage", Value::Word("before-in-force"))
                    .value("date", Value::Date(placement))
                    .value("from", Value::Date(period.from))
                    .value("lost", Value::None),
            );
            return steps;
        }
        Coverage::LostForce => {
            let lost = period.until.and_then(|u| u.checked_add_signed(Duration::days(1)));
            steps.push(
                Step::new("r4-not-covered", "R4", src::MK662)
                    .value("coverage", Value::Word("lost-force"))
                    .value("date", Value::Date(placement))
                    .value("from", Value::Date(period.from))
                    .value("lost", date_or_none(lost)),
            );
            return steps;
        }
    }
    match a.point {
        Some(Point::P33_1) | Some(Point::P33_2) => {
            let p33_2 = a.point == Some(Point::P33_2);
            steps.push(
                Step::new("r4-point-33", "R4", src::MK360_P33)
                    .quote(if p33_2 { src::QUOTE_MK360_P33_2 } else { src::QUOTE_MK360_P33_1 })
                    .value("point", Value::Word(if p33_2 { "p33-2" } else { "p33-1" })),
            );
            if a.by == Some(By::Exempt) {
                steps.push(Step::new("r4-exempt", "R4", src::MK360_P33).quote(src::QUOTE_MK360_P33_1));
            } else {
                steps.push(document("r4-test", src::MK360_P33, f.negative_test_date, a.test_valid_from, terms.p33_test_days, placement));
            }
            if let Some(until) = a.isolation_until {
                // INTERPRETATION (isolation): decided in rules::mk360_admission::assess.
                steps.push(
                    Step::new("r4-isolation-reading", "R4", src::MK360_P33)
                        .reading("isolation")
                        .quote(src::QUOTE_MK360_P33_3)
                        .value("placement", Value::Date(placement))
                        .value("until", Value::Date(until))
                        .value("days", Value::Num(terms.p33_isolation_days.into())),
                );
            }
        }
        Some(Point::P34) => {
            steps.push(Step::new("r4-point-34", "R4", src::MK360_P34).quote(src::QUOTE_MK360_P34));
            // INTERPRETATION (one-of): decided in rules::mk360_admission::assess.
            steps.push(Step::new("r4-one-of-reading", "R4", src::MK360_P34).reading("one-of"));
            if f.respiratory_symptoms {
                // INTERPRETATION (symptoms): decided in rules::mk360_admission::assess.
                steps.push(Step::new("r4-symptoms-reading", "R4", src::MK360_P34).reading("symptoms"));
            } else {
                steps.push(
                    document("r4-test", src::MK360_P34, f.negative_test_date, a.test_valid_from, terms.p34_test_days, placement)
                        .quote(src::QUOTE_MK360_P34_1),
                );
                steps.push(
                    document("r4-certificate", src::MK360_P34, f.certificate_date, a.certificate_valid_from, terms.p34_certificate_days, placement)
                        .quote(src::QUOTE_MK360_P34_2),
                );
            }
        }
        None => {}
    }
    let source = if a.point == Some(Point::P34) { src::MK360_P34 } else { src::MK360_P33 };
    steps.push(
        Step::new("r4-verdict", "R4", source)
            .value("admissible", Value::Word(if a.admissible == Some(true) { "yes" } else { "no" }))
            .value(
                "by",
                Value::Word(match a.by {
                    Some(By::Test) => "test",
                    Some(By::Certificate) => "certificate",
                    Some(By::Exempt) => "exempt",
                    None => "none",
                }),
            )
            .value("date", Value::Date(placement))
            .value("problems", Value::List { prefix: "r4-problem", items: a.problems.iter().map(|p| problem_word(*p)).collect() }),
    );
    if a.later_amendments_not_encoded {
        steps.push(
            Step::new("r4-later-amendments", "R4", src::MK360)
                .value("version", Value::Date(params::mk360_encoded_version()))
                .value("date", Value::Date(placement)),
        );
    }
    steps
}
