//! The explanation of an assistant-hours result (R1), step by step: each
//! step names its rule, its legal source and, where the project's reading
//! decided it, the interpretation; its words are the catalog message of the
//! same id.

use rust_decimal::Decimal;

use super::explain::{Step, Value};
use crate::rules::assistant_hours::{Branch, Entitlement, Outcome};
use crate::rules::params;
use crate::rules::sources::{self as src};

fn exact(x: Entitlement) -> Value {
    match x.fraction() {
        Some(f) => Value::Fraction { exact: f, approx: x.decimal() },
        None => Value::Num(x.decimal()),
    }
}

/// The steps explaining `o`.
pub fn steps(o: &Outcome) -> Vec<Step> {
    let mut steps = vec![
        Step::new("r1-ordinary", "R1.1", src::LM_2020_06_12_CASE1)
            .quote(src::QUOTE_ORDINARY)
            .value("allocation", Value::Num(o.weekly_allocation)),
        // INTERPRETATION (week): decided in rules::assistant_hours::ordinary_weeks.
        Step::new("r1-week-reading", "R1.1", src::MK942).reading("week"),
    ];
    for w in &o.weeks {
        steps.push(
            Step::new("r1-week", "R1.1", src::MK942)
                .value("week", Value::Week(w.week))
                .value("days", Value::Days(w.first, w.last))
                .value("allocation", Value::Num(o.weekly_allocation))
                .value("paid", Value::Num(w.paid_outside_month))
                .value("cap", Value::Num(w.cap))
                .value("attested", Value::Num(w.attested))
                .value("payable", Value::Num(w.attested_payable))
                .value("over", Value::Num(w.not_payable))
                .value("emergency", Value::Num(w.emergency)),
        );
    }
    let (es, ee) = params::emergency_period();
    match o.branch {
        Branch::Ordinary => {}
        Branch::EmergencyResumed => steps.push(
            Step::new("r1-emergency-resumed", "R1.2", src::LM_2020_06_12_CASE1)
                .value("from", Value::Date(es))
                .value("to", Value::Date(ee)),
        ),
        Branch::EmergencyAverage | Branch::EmergencyNoPreviousUse | Branch::EmergencyNoPreviousUseZeroAverage => {
            let days = &o.emergency_days_in_month;
            let (first, last) = (days.first().copied().unwrap_or(es), days.last().copied().unwrap_or(ee));
            steps.push(Step::new("r1-emergency-days", "R1.2", src::ES_2020).value("days", Value::Days(first, last)));
            if let (Some(avg), Some(x)) = (o.average, o.entitlement) {
                let m = |i: usize| Value::Num(o.previous_months.get(i).copied().unwrap_or(Decimal::ZERO));
                steps.push(
                    Step::new("r1-average", "R1.2", src::LM_2020_06_12_CASE2)
                        .value("m1", m(0))
                        .value("m2", m(1))
                        .value("m3", m(2))
                        .value("average", exact(avg)),
                );
                // INTERPRETATION (general form): decided in rules::assistant_hours::compute.
                steps.push(
                    Step::new("r1-general-form", "R1.2", src::LM_2020_06_12_CASE2)
                        .reading("general-form")
                        .quote(src::QUOTE_DIFFERENCE)
                        .value("average", exact(avg))
                        .value("attested", Value::Num(o.attested))
                        .value("entitlement", exact(x)),
                );
            }
            if let Some(limit) = o.no_use_weekly_limit {
                steps.push(
                    Step::new("r1-no-previous-use", "R1.2", src::MK942_P11_1)
                        .quote(src::QUOTE_TEN_HOURS)
                        .value("limit", Value::Num(limit)),
                );
                // INTERPRETATION (edge week, no previous use): decided in
                // rules::assistant_hours::place_emergency_hours.
                steps.push(Step::new("r1-edge-week-reading", "R1.2", src::MK942_P11_1).reading("edge-week"));
            }
            steps.push(Step::new("r1-week-cap", "R1.2", src::LM_2020_06_12_CASE2).quote(src::QUOTE_WEEK_CAP));
            steps.push(
                Step::new("r1-daily-maximum", "R1.2", src::LM_2020_06_12_CASE2)
                    .reading("daily-maximum")
                    .quote(src::QUOTE_PROPORTION)
                    .value("daily_max", Value::Num(o.daily_max)),
            );
            steps.push(
                Step::new("r1-spreading", "R1.2", src::LM_2020_06_12_CASE2)
                    .reading("spreading")
                    .value("granularity", Value::Num(o.granularity)),
            );
            steps.push(
                Step::new("r1-rounding", "R1.2", src::LM_2020_06_12_CASE2)
                    .reading("rounding")
                    .value("placed", Value::Num(o.emergency_hours))
                    .value("unplaced", Value::Num(o.emergency_unplaced.unwrap_or(Decimal::ZERO).max(Decimal::ZERO)))
                    .value("granularity", Value::Num(o.granularity)),
            );
        }
    }
    steps.push(
        Step::new("r1-total", "R1", src::MK942)
            .value("total", Value::Num(o.total_payable))
            .value("attested", Value::Num(o.attested_payable))
            .value("emergency", Value::Num(o.emergency_hours)),
    );
    if let (Some(rate), Some(pay)) = (o.hourly_rate, o.pay) {
        // INTERPRETATION (pay rounding): decided in rules::assistant_hours::compute.
        steps.push(
            Step::new("r1-pay", "R1.3", src::MK942)
                .reading("pay-rounding")
                .value("hours", Value::Num(o.total_payable))
                .value("rate", Value::Num(rate))
                .value("pay", Value::Money(pay)),
        );
    }
    steps
}
