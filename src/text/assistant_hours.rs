//! The explanation of an assistant-hours result (R1), step by step: each
//! step names its rule, its legal source and, where the project's reading
//! decided it, the interpretation; its words are the catalog message of the
//! same id.

use rust_decimal::Decimal;

use super::explain::{Step, Value};
use crate::rules::assistant_hours::{self as r1, Answer, Branch, Entitlement, MonthlyOutcome, Outcome, RateSource, Regime, Service};
use crate::rules::calendar::Month;
use crate::rules::params::{self, PeriodQuestion};
use crate::rules::sources::{self as src};

fn exact(x: Entitlement) -> Value {
    match x.fraction() {
        Some(f) => Value::Fraction { exact: f, approx: x.decimal() },
        None => Value::Num(x.decimal()),
    }
}

/// The steps explaining a result under either regime.
pub fn steps_for(a: &Answer) -> Vec<Step> {
    match a {
        Answer::Weekly(o) => steps(o),
        Answer::Monthly(o) => monthly_steps(o),
    }
}

/// The first step: the regime of the month and its act. In 2021-07 …
/// 2021-12 the person's contract chose it (MK 316 p. 47).
fn regime_step(month: Month, regime: Regime, service: Service) -> Step {
    let contract = r1::regimes(month).len() > 1;
    let source = match (contract, regime) {
        (true, _) => src::MK316_P47,
        (false, Regime::Mk942) => src::MK942,
        (false, Regime::Mk316) => src::MK316,
    };
    Step::with_room("r1-regime", "R1", source, 4)
        .value("month", Value::Month(month))
        .value("regime", Value::Word(match regime {
            Regime::Mk942 => "mk942",
            Regime::Mk316 => "mk316",
        }))
        .value("choice", Value::Word(if contract { "contract" } else { "only" }))
        .value("service", Value::Word(match service {
            Service::Assistant => "assistant",
            Service::Companion => "companion",
        }))
}

fn question_word(q: PeriodQuestion) -> &'static str {
    match q {
        PeriodQuestion::ActivitiesResumed => "activities_resumed",
        PeriodQuestion::EpidemiologicalMeasures => "epidemiological_measures",
    }
}

/// The steps explaining `o` (MK 942).
pub fn steps(o: &Outcome) -> Vec<Step> {
    let mut steps = vec![
        regime_step(o.month, o.regime, Service::Assistant),
        Step::new("r1-ordinary", "R1.1", src::LM_2020_06_12_CASE1)
            .quote(src::QUOTE_ORDINARY)
            .value("allocation", Value::Num(o.weekly_allocation)),
        // INTERPRETATION (week): decided in rules::assistant_hours::ordinary_weeks.
        Step::new("r1-week-reading", "R1.1", src::MK942).reading("week"),
    ];
    // Room for every step at once (a batch builds millions).
    steps.reserve(o.weeks.len() + o.periods.len() + 14);
    for w in &o.weeks {
        steps.push(
            Step::with_room("r1-week", "R1.1", src::MK942, 9)
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
    // Each average-rule period of the month, with its legal base, its days
    // in the month and the answer to its question.
    let asked = !matches!(o.branch, Branch::Ordinary);
    if asked {
        let answer = if o.branch == Branch::EmergencyResumed { "resumed" } else { "not-resumed" };
        for p in &o.periods {
            steps.push(
                Step::with_room("r1-period", "R1.2", p.period.legal_base, 6)
                    .value("period", Value::Word(p.period.id))
                    .value("from", Value::Date(p.period.from))
                    .value("to", Value::Date(p.period.to))
                    .value("days", Value::Days(p.first, p.last))
                    .value("question", Value::Word(question_word(p.period.question)))
                    .value("answer", Value::Word(answer)),
            );
        }
    }
    match o.branch {
        Branch::Ordinary => {}
        Branch::EmergencyResumed => steps.push(Step::new("r1-period-resumed", "R1.2", src::LM_2020_06_12_CASE1)),
        Branch::EmergencyAverage | Branch::EmergencyNoPreviousUse | Branch::EmergencyNoPreviousUseZeroAverage => {
            let no_previous_use = o.previous_months.iter().all(|m| m.is_zero());
            // INTERPRETATION (no previous use, MK 360 p. 34.³ and MK 662):
            // decided in rules::assistant_hours::compute.
            if no_previous_use {
                for p in o.periods.iter().filter(|p| !p.period.no_previous_use_weekly_limit) {
                    steps.push(
                        Step::new("r1-zero-average", "R1.2", p.period.legal_base)
                            .reading("zero-average")
                            .value("days", Value::Days(p.first, p.last)),
                    );
                }
            }
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
        Step::with_room("r1-total", "R1", src::MK942, 3)
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

/// The steps explaining an MK 316 month (R1.4).
pub fn monthly_steps(o: &MonthlyOutcome) -> Vec<Step> {
    let mut steps = vec![
        regime_step(o.month, o.regime, o.service),
        // INTERPRETATION (monthly cap): decided in rules::assistant_hours::compute_monthly.
        Step::new("r1-monthly-cap", "R1.4", src::MK316)
            .reading("monthly-cap")
            .value("allocation", Value::Num(o.monthly_cap))
            .value("attested", Value::Num(o.attested))
            .value("payable", Value::Num(o.total_payable))
            .value("over", Value::Num(o.not_payable)),
    ];
    let last = params::mk316_last_verified_amount();
    let (kind, from) = match o.rate_source {
        RateSource::Verified { step } => ("verified", Value::Date(step.from)),
        RateSource::Entered { .. } => ("entered", Value::None),
        RateSource::AfterLastVerified { .. } => ("none", Value::None),
    };
    let mut pay = Step::new("r1-monthly-pay", "R1.4", src::MK316)
        .value("rate_source", Value::Word(kind))
        .value("hours", Value::Num(o.total_payable))
        .value("rate", o.hourly_rate.map_or(Value::None, Value::Num))
        .value("from", from)
        .value("pay", o.pay.map_or(Value::None, Value::Money))
        .value("last", Value::Num(last.amount))
        .value("last_from", Value::Date(last.from));
    if o.pay.is_some() {
        // INTERPRETATION (pay rounding): decided in rules::assistant_hours::compute_monthly.
        pay = pay.reading("pay-rounding");
    }
    steps.push(pay);
    steps
}
