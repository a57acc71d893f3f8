#![cfg(not(target_arch = "wasm32"))]
//! R1 by date (shared/RULES.md R1, "Which rule applies to a month", the
//! average-rule periods, R1.2, R1.4): which regime a month allows, the four
//! average-rule periods on their first and last days, months split by a
//! period's edge, the 2021 transition under both regulations, MK 316's
//! hourly amounts on the day before and the day they start, and a month in
//! 2026. At the Rust API level (the JSON contract is tested elsewhere).

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use socialrules::rules::assistant_hours::{
    self as assistant, Answer, AttestedDay, Branch, DayEntry, EmergencyFacts, MonthlyTimesheet, Outcome, RateSource,
    Regime, RegimeError, Request, Service, Timesheet,
};
use socialrules::rules::calendar::Month;
use socialrules::rules::params::{self, HelpGroup, PeriodQuestion};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn month(y: i32, m: u32) -> Month {
    Month::new(y, m).unwrap()
}

fn h(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// An MK 942 timesheet: 40 h a week, daily maximum 8 h, granularity 0.5 h.
fn weekly(m: Month, days: &[(NaiveDate, &str)], facts: Option<(bool, [&str; 3])>) -> Timesheet {
    Timesheet {
        month: m,
        weekly_allocation: h("40"),
        days: days.iter().map(|(date, hours)| DayEntry { date: *date, hours: h(hours), measure: 1 }).collect(),
        emergency: facts.map(|(resumed, prev)| EmergencyFacts { activities_resumed: resumed, previous_months: prev.map(h) }),
        daily_max: params::default_daily_max(),
        granularity: params::default_granularity(),
        paid_outside_month: Vec::new(),
        hourly_rate: None,
    }
}

/// The average rule with 90 h used in each of the three previous months.
fn with_average(m: Month, days: &[(NaiveDate, &str)]) -> Outcome {
    assistant::compute(&weekly(m, days, Some((false, ["90", "90", "90"]))))
}

fn monthly(m: Month, allocation: &str, days: &[(NaiveDate, &str)], rate: Option<&str>) -> MonthlyTimesheet {
    MonthlyTimesheet {
        month: m,
        service: Service::Assistant,
        monthly_allocation: h(allocation),
        days: days.iter().map(|(date, hours)| AttestedDay { date: *date, hours: h(hours) }).collect(),
        hourly_rate: rate.map(h),
    }
}

fn ids(o: &Outcome) -> Vec<&'static str> {
    o.periods_applied().iter().map(|p| p.period.id).collect()
}

fn placed_on(o: &Outcome, d: NaiveDate) -> Option<Decimal> {
    o.emergency_days.iter().find(|e| e.date == d).map(|e| e.hours)
}

fn period_id_on(d: NaiveDate) -> Option<&'static str> {
    assistant::average_rule_period_on(d).map(|p| p.id)
}

mod which_regime {
    use super::*;

    #[test]
    fn a_month_before_2013_is_not_covered_and_january_2013_is_mk_942() {
        assert_eq!(assistant::regimes(month(2012, 12)), vec![]);
        assert_eq!(assistant::regime_for(month(2012, 12), None), Err(RegimeError::NotCovered));
        assert_eq!(assistant::regime_for(month(2013, 1), None), Ok(Regime::Mk942));
    }

    #[test]
    fn june_2021_is_mk_942_alone_and_mk_316_is_refused() {
        assert_eq!(assistant::regimes(month(2021, 6)), vec![Regime::Mk942]);
        assert_eq!(assistant::regime_for(month(2021, 6), None), Ok(Regime::Mk942));
        assert_eq!(
            assistant::regime_for(month(2021, 6), Some(Regime::Mk316)),
            Err(RegimeError::RegulationNotAllowed { given: Regime::Mk316, allowed: vec![Regime::Mk942] })
        );
    }

    #[test]
    fn july_and_december_2021_ask_the_regulation_and_accept_either() {
        for m in [month(2021, 7), month(2021, 12)] {
            assert_eq!(assistant::regimes(m), vec![Regime::Mk942, Regime::Mk316], "{m}");
            assert_eq!(
                assistant::regime_for(m, None),
                Err(RegimeError::RegulationRequired { allowed: vec![Regime::Mk942, Regime::Mk316] }),
                "{m}"
            );
            assert_eq!(assistant::regime_for(m, Some(Regime::Mk942)), Ok(Regime::Mk942));
            assert_eq!(assistant::regime_for(m, Some(Regime::Mk316)), Ok(Regime::Mk316));
        }
    }

    #[test]
    fn january_2022_is_mk_316_alone_and_a_weekly_timesheet_is_refused() {
        assert_eq!(assistant::regimes(month(2022, 1)), vec![Regime::Mk316]);
        assert_eq!(assistant::regime_for(month(2022, 1), None), Ok(Regime::Mk316));
        let r = Request::Weekly(weekly(month(2022, 1), &[], None));
        assert_eq!(
            assistant::calculate(&r),
            Err(RegimeError::RegulationNotAllowed { given: Regime::Mk942, allowed: vec![Regime::Mk316] })
        );
    }

    #[test]
    fn a_monthly_timesheet_for_2019_is_refused() {
        let r = Request::Monthly(monthly(month(2019, 5), "80", &[], None));
        assert_eq!(
            assistant::calculate(&r),
            Err(RegimeError::RegulationNotAllowed { given: Regime::Mk316, allowed: vec![Regime::Mk942] })
        );
    }

    #[test]
    fn november_2026_is_mk_316() {
        assert_eq!(assistant::regime_for(month(2026, 11), None), Ok(Regime::Mk316));
    }
}

mod periods {
    use super::*;

    #[test]
    fn the_four_periods_are_those_of_rules_md_with_the_10_hours_where_it_gives_them() {
        let got: Vec<_> = params::average_rule_periods()
            .iter()
            .map(|p| (p.id, p.from, p.to, p.no_previous_use_weekly_limit, p.question))
            .collect();
        assert_eq!(
            got,
            vec![
                ("es-2020", day(2020, 3, 12), day(2020, 6, 9), true, PeriodQuestion::ActivitiesResumed),
                ("es-2020-21", day(2020, 11, 9), day(2021, 4, 6), true, PeriodQuestion::ActivitiesResumed),
                ("mk360-p34.3", day(2021, 4, 7), day(2021, 10, 10), false, PeriodQuestion::EpidemiologicalMeasures),
                ("mk662-p73-74", day(2021, 10, 11), day(2021, 12, 31), false, PeriodQuestion::EpidemiologicalMeasures),
            ]
        );
        for p in params::average_rule_periods() {
            assert!(!p.source.is_empty(), "{} names its legal base", p.id);
        }
    }

    #[test]
    fn each_period_starts_and_ends_on_its_day_and_not_a_day_before_or_after() {
        let cases = [
            (day(2020, 3, 11), None),
            (day(2020, 3, 12), Some("es-2020")),
            (day(2020, 6, 9), Some("es-2020")),
            (day(2020, 6, 10), None),
            (day(2020, 11, 8), None),
            (day(2020, 11, 9), Some("es-2020-21")),
            (day(2020, 11, 10), Some("es-2020-21")),
            (day(2021, 4, 6), Some("es-2020-21")),
            (day(2021, 4, 7), Some("mk360-p34.3")),
            (day(2021, 10, 10), Some("mk360-p34.3")),
            (day(2021, 10, 11), Some("mk662-p73-74")),
            (day(2021, 12, 31), Some("mk662-p73-74")),
            (day(2022, 1, 1), None),
        ];
        for (d, want) in cases {
            assert_eq!(period_id_on(d), want, "{d}");
        }
    }

    #[test]
    fn a_day_entry_on_11_march_2020_is_ordinary_and_one_on_12_march_leaves_no_room_that_day() {
        let o = with_average(month(2020, 3), &[(day(2020, 3, 11), "8")]);
        assert_eq!(placed_on(&o, day(2020, 3, 11)), None, "11 March is not an average-rule day");
        assert!(placed_on(&o, day(2020, 3, 12)).unwrap() > Decimal::ZERO);
        assert_eq!(o.emergency_days.first().unwrap().date, day(2020, 3, 12));
        assert_eq!(ids(&o), vec!["es-2020"]);

        let o = with_average(month(2020, 3), &[(day(2020, 3, 12), "8")]);
        assert_eq!(placed_on(&o, day(2020, 3, 12)), Some(Decimal::ZERO), "8 h attested fill the daily maximum");
        assert_eq!(placed_on(&o, day(2020, 3, 11)), None);
    }

    #[test]
    fn june_2020_uses_the_average_rule_to_9_june_and_not_on_10_june() {
        let o = with_average(month(2020, 6), &[]);
        assert_eq!(o.emergency_days.last().unwrap().date, day(2020, 6, 9));
        assert_eq!(placed_on(&o, day(2020, 6, 10)), None);
    }

    #[test]
    fn a_month_between_the_emergencies_is_ordinary_even_with_the_facts_given() {
        let o = with_average(month(2020, 7), &[(day(2020, 7, 1), "3")]);
        assert_eq!(o.branch, Branch::Ordinary);
        assert!(o.periods.is_empty() && o.emergency_days.is_empty());
        assert_eq!(o.total_payable, h("3"));
    }

    #[test]
    fn november_2020_uses_the_average_rule_from_9_november_only() {
        let o = with_average(month(2020, 11), &[(day(2020, 11, 8), "4"), (day(2020, 11, 10), "8")]);
        assert_eq!(o.branch, Branch::EmergencyAverage);
        assert_eq!(ids(&o), vec!["es-2020-21"]);
        let p = o.periods_applied()[0];
        assert_eq!((p.first, p.last), (day(2020, 11, 9), day(2020, 11, 30)));
        assert_eq!(placed_on(&o, day(2020, 11, 8)), None, "8 November is ordinary");
        assert!(placed_on(&o, day(2020, 11, 9)).unwrap() > Decimal::ZERO);
        assert_eq!(placed_on(&o, day(2020, 11, 10)), Some(Decimal::ZERO));
        // X = 90 − 12 h attested in the whole month (8 November's hours count too).
        assert_eq!(o.entitlement.unwrap().decimal(), h("78"));
        assert_eq!(o.emergency_hours, h("78"));
    }

    #[test]
    fn december_2020_uses_the_average_rule_on_every_day() {
        let o = with_average(month(2020, 12), &[]);
        assert_eq!(ids(&o), vec!["es-2020-21"]);
        assert_eq!(o.emergency_days.len(), 31);
        assert_eq!(o.total_payable, h("90"));
    }

    #[test]
    fn april_2021_holds_two_periods_and_one_entitlement_for_the_month() {
        let o = with_average(month(2021, 4), &[(day(2021, 4, 6), "2"), (day(2021, 4, 7), "3")]);
        assert_eq!(ids(&o), vec!["es-2020-21", "mk360-p34.3"]);
        let ps = o.periods_applied();
        assert_eq!((ps[0].first, ps[0].last), (day(2021, 4, 1), day(2021, 4, 6)));
        assert_eq!((ps[1].first, ps[1].last), (day(2021, 4, 7), day(2021, 4, 30)));
        // INTERPRETATION (two periods in one month): one X = 90 − 5.
        assert_eq!(o.entitlement.unwrap().decimal(), h("85"));
        assert_eq!(o.emergency_hours, h("85"));
        assert_eq!(o.emergency_days.len(), 30);
    }

    #[test]
    fn april_2021_with_no_previous_use_gives_10_hours_a_week_on_1_to_6_april_only() {
        let o = assistant::compute(&weekly(month(2021, 4), &[], Some((false, ["0", "0", "0"]))));
        assert_eq!(o.branch, Branch::EmergencyNoPreviousUse);
        // 1–4 April are in the week of 29 March, 5–6 April in the week of 5 April.
        assert_eq!(o.emergency_hours, h("20"));
        assert!(o.emergency_days.iter().all(|e| e.date <= day(2021, 4, 6)));
        assert_eq!(placed_on(&o, day(2021, 4, 6)), Some(h("5")));
        assert_eq!(placed_on(&o, day(2021, 4, 7)), None, "7 April is MK 360 p. 34.3: no 10 h");
    }

    #[test]
    fn october_2021_holds_mk_360_to_10_october_and_mk_662_from_11_october() {
        let o = with_average(month(2021, 10), &[(day(2021, 10, 10), "8"), (day(2021, 10, 11), "1")]);
        assert_eq!(ids(&o), vec!["mk360-p34.3", "mk662-p73-74"]);
        let ps = o.periods_applied();
        assert_eq!((ps[0].first, ps[0].last), (day(2021, 10, 1), day(2021, 10, 10)));
        assert_eq!((ps[1].first, ps[1].last), (day(2021, 10, 11), day(2021, 10, 31)));
        assert_eq!(placed_on(&o, day(2021, 10, 10)), Some(Decimal::ZERO));
        assert!(placed_on(&o, day(2021, 10, 11)).unwrap() > Decimal::ZERO);
        assert_eq!(o.emergency_hours, h("81"));
    }

    #[test]
    fn october_2021_with_no_previous_use_gives_no_hours_and_says_the_average_is_zero() {
        let o = assistant::compute(&weekly(month(2021, 10), &[(day(2021, 10, 4), "2")], Some((false, ["0", "0", "0"]))));
        assert_eq!(o.branch, Branch::EmergencyNoPreviousUseZeroAverage);
        assert_eq!(o.average.unwrap().decimal(), Decimal::ZERO);
        assert_eq!(o.entitlement.unwrap().decimal(), Decimal::ZERO);
        assert_eq!(o.no_use_weekly_limit, None);
        assert_eq!(o.emergency_hours, Decimal::ZERO);
        assert_eq!(o.total_payable, h("2"));
    }

    #[test]
    fn december_2021_under_mk_942_uses_mk_662_to_31_december() {
        let o = with_average(month(2021, 12), &[]);
        assert_eq!(ids(&o), vec!["mk662-p73-74"]);
        assert_eq!(o.periods_applied()[0].last, day(2021, 12, 31));
        assert_eq!(o.emergency_days.last().unwrap().date, day(2021, 12, 31));
    }

    #[test]
    fn when_the_service_could_be_used_the_period_is_named_but_only_the_ordinary_rule_applies() {
        let o = assistant::compute(&weekly(month(2021, 5), &[(day(2021, 5, 3), "5")], Some((true, ["90", "90", "90"]))));
        assert_eq!(o.branch, Branch::EmergencyResumed);
        assert_eq!(o.periods[0].period.id, "mk360-p34.3");
        assert!(o.periods_applied().is_empty());
        assert_eq!(o.total_payable, h("5"));
    }

    #[test]
    fn without_the_facts_a_period_month_is_ordinary_and_says_they_were_not_asked() {
        let o = assistant::compute(&weekly(month(2021, 6), &[(day(2021, 6, 1), "5")], None));
        assert_eq!(o.branch, Branch::Ordinary);
        assert!(o.average_rule_not_asked);
        assert_eq!(o.total_payable, h("5"));
    }
}

mod transition_2021 {
    use super::*;

    fn weekly_answer(m: Month) -> Outcome {
        let t = weekly(m, &[(m.first_day().unwrap(), "6")], Some((false, ["30", "30", "30"])));
        match assistant::calculate(&Request::Weekly(t)) {
            Ok(Answer::Weekly(o)) => o,
            other => panic!("{m}: {other:?}"),
        }
    }

    fn monthly_answer(m: Month) -> Result<Answer, RegimeError> {
        assistant::calculate(&Request::Monthly(monthly(m, "60", &[(m.first_day().unwrap(), "6")], None)))
    }

    #[test]
    fn june_2021_under_mk_942_applies_mk_360_and_mk_316_is_refused() {
        let o = weekly_answer(month(2021, 6));
        assert_eq!((o.regime, ids(&o)), (Regime::Mk942, vec!["mk360-p34.3"]));
        assert_eq!(o.total_payable, h("30"));
        assert!(monthly_answer(month(2021, 6)).is_err());
    }

    #[test]
    fn july_2021_is_computed_under_either_regulation() {
        let o = weekly_answer(month(2021, 7));
        assert_eq!((o.regime, ids(&o)), (Regime::Mk942, vec!["mk360-p34.3"]));
        assert_eq!(o.total_payable, h("30"));
        match monthly_answer(month(2021, 7)) {
            Ok(Answer::Monthly(m)) => {
                assert_eq!((m.regime, m.total_payable, m.monthly_cap), (Regime::Mk316, h("6"), h("60")));
                assert_eq!(m.hourly_rate, Some(h("4.50")));
                assert_eq!(m.pay, Some(h("27.00")));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn december_2021_is_computed_under_either_regulation() {
        let o = weekly_answer(month(2021, 12));
        assert_eq!((o.regime, ids(&o)), (Regime::Mk942, vec!["mk662-p73-74"]));
        assert!(matches!(monthly_answer(month(2021, 12)), Ok(Answer::Monthly(m)) if m.pay == Some(h("27.00"))));
    }

    #[test]
    fn january_2022_is_mk_316_only() {
        let t = weekly(month(2022, 1), &[], None);
        assert!(assistant::calculate(&Request::Weekly(t)).is_err());
        assert!(matches!(monthly_answer(month(2022, 1)), Ok(Answer::Monthly(m)) if m.total_payable == h("6")));
    }
}

mod mk316 {
    use super::*;

    fn amount_on(d: NaiveDate) -> Option<Decimal> {
        params::mk316_hourly_amount_on(d).map(|a| a.amount)
    }

    #[test]
    fn each_hourly_amount_starts_on_its_day_and_not_the_day_before() {
        assert_eq!(amount_on(day(2021, 6, 30)), None);
        assert_eq!(amount_on(day(2021, 7, 1)), Some(h("4.50")));
        assert_eq!(amount_on(day(2022, 12, 31)), Some(h("4.50")));
        assert_eq!(amount_on(day(2023, 1, 1)), Some(h("4.79")));
        assert_eq!(amount_on(day(2023, 3, 31)), Some(h("4.79")));
        assert_eq!(amount_on(day(2023, 4, 1)), Some(h("5.11")));
    }

    #[test]
    fn every_step_starts_on_the_first_of_a_month_so_one_amount_holds_a_month() {
        for a in params::mk316_hourly_amounts() {
            assert_eq!(a.from.day(), 1, "{a:?}");
            assert!(a.verified && !a.reference.is_empty());
        }
    }

    #[test]
    fn pay_uses_the_amount_of_the_month_rounded_half_up_to_the_cent() {
        let cases = [
            (month(2021, 7), "0.25", "4.50", "1.13"),
            (month(2022, 12), "10", "4.50", "45.00"),
            (month(2023, 1), "10.5", "4.79", "50.30"),
            (month(2023, 3), "1", "4.79", "4.79"),
            (month(2023, 4), "1", "5.11", "5.11"),
        ];
        for (m, hours, rate, pay) in cases {
            let o = assistant::compute_monthly(&monthly(m, "100", &[(m.first_day().unwrap(), hours)], None));
            assert_eq!(o.hourly_rate, Some(h(rate)), "{m}");
            assert_eq!(o.pay, Some(h(pay)), "{m}");
            assert!(matches!(o.rate_source, RateSource::Verified { step } if step.amount == h(rate)), "{m}");
        }
    }

    #[test]
    fn hours_over_the_monthly_allocation_are_not_payable_and_not_carried_over() {
        let m = month(2024, 2);
        let days: Vec<(NaiveDate, &str)> = (1..=12).map(|d| (day(2024, 2, d), "8")).collect();
        let o = assistant::compute_monthly(&monthly(m, "80", &days, Some("5.11")));
        assert_eq!((o.attested, o.total_payable, o.not_payable, o.monthly_cap), (h("96"), h("80"), h("16"), h("80")));
        let next = assistant::compute_monthly(&monthly(m.next(), "80", &[], Some("5.11")));
        assert_eq!(next.total_payable, Decimal::ZERO, "nothing carries into March");
    }

    #[test]
    fn november_2026_is_computed_and_its_pay_needs_the_amount_entered() {
        let m = month(2026, 11);
        let days: Vec<(NaiveDate, &str)> = (2..=20).map(|d| (day(2026, 11, d), "5")).collect();
        let o = assistant::compute_monthly(&monthly(m, "80", &days, None));
        assert_eq!((o.regime, o.total_payable, o.not_payable), (Regime::Mk316, h("80"), h("15")));
        assert_eq!(o.pay, None);
        match o.rate_source {
            RateSource::AfterLastVerified { last_verified } => {
                assert_eq!((last_verified.amount, last_verified.from), (h("5.11"), day(2023, 4, 1)));
            }
            other => panic!("{other:?}"),
        }
        let o = assistant::compute_monthly(&monthly(m, "80", &days, Some("6.00")));
        assert_eq!(o.pay, Some(h("480.00")));
        assert!(matches!(o.rate_source, RateSource::Entered { last_verified } if last_verified.amount == h("5.11")));
    }

    #[test]
    fn the_month_after_the_last_verified_step_needs_the_amount_entered() {
        // INTERPRETATION (after the last verified step): 5.11 is verified in April 2023 only.
        let april = assistant::compute_monthly(&monthly(month(2023, 4), "10", &[], None));
        assert!(matches!(april.rate_source, RateSource::Verified { .. }));
        let may = assistant::compute_monthly(&monthly(month(2023, 5), "10", &[(day(2023, 5, 2), "2")], None));
        assert!(matches!(may.rate_source, RateSource::AfterLastVerified { .. }));
        assert_eq!(may.pay, None);
    }

    #[test]
    fn an_amount_entered_for_a_month_with_a_verified_amount_is_not_used() {
        let o = assistant::compute_monthly(&monthly(month(2022, 6), "10", &[(day(2022, 6, 1), "2")], Some("5.00")));
        assert_eq!(o.hourly_rate, Some(h("4.50")));
        assert_eq!(o.entered_rate_ignored, Some(h("5.00")));
        assert_eq!(o.pay, Some(h("9.00")));
        let same = assistant::compute_monthly(&monthly(month(2022, 6), "10", &[], Some("4.5")));
        assert_eq!(same.entered_rate_ignored, None);
    }

    #[test]
    fn the_companion_service_is_capped_and_paid_the_same_way() {
        let mut t = monthly(month(2022, 3), "60", &[(day(2022, 3, 1), "70")], None);
        t.service = Service::Companion;
        let o = assistant::compute_monthly(&t);
        assert_eq!((o.service, o.total_payable, o.not_payable, o.pay), (Service::Companion, h("60"), h("10"), Some(h("270.00"))));
    }

    #[test]
    fn the_allocation_help_changes_on_26_may_2022_and_not_the_day_before() {
        let on = |d: NaiveDate, group: HelpGroup, purpose: &str| -> Vec<(Decimal, Option<Decimal>)> {
            params::mk316_base_hours()
                .into_iter()
                .filter(|b| b.group == group && b.purpose == purpose && b.applies_on(d))
                .map(|b| (b.hours_coefficient_1, b.hours_coefficient_2))
                .collect()
        };
        let (before, after) = (day(2022, 5, 25), day(2022, 5, 26));
        assert_eq!(on(before, HelpGroup::GroupIFromChildhood, "day-care-or-workshop"), vec![(h("40"), Some(h("80")))]);
        assert_eq!(on(after, HelpGroup::GroupIFromChildhood, "day-care-or-workshop"), vec![(h("50"), Some(h("100")))]);
        assert_eq!(on(before, HelpGroup::GroupIFromChildhood, "other-activities"), vec![(h("15"), Some(h("30")))]);
        assert_eq!(on(after, HelpGroup::GroupIFromChildhood, "other-activities"), vec![(h("30"), Some(h("60")))]);
        assert_eq!(on(before, HelpGroup::Child, "child-5-18-weekly-procedures-or-rehabilitation"), vec![]);
        assert_eq!(on(after, HelpGroup::Child, "child-5-18-weekly-procedures-or-rehabilitation"), vec![(h("100"), None)]);
        assert_eq!(on(after, HelpGroup::Adult, "paid-work-studies-paralympic-sport"), vec![(h("80"), Some(h("160")))]);
        let companion: Vec<_> = params::mk316_base_hours().into_iter().filter(|b| b.service == Service::Companion).collect();
        assert_eq!(companion.len(), 1);
        assert_eq!(companion[0].hours_coefficient_1, h("60"));
    }
}

fn month_from(i: u32) -> Month {
    Month::new(2013 + (i / 12) as i32, 1 + i % 12).unwrap()
}

prop_compose! {
    fn mk316_sheet()(
        m in (102u32..=179).prop_map(month_from),  // 2021-07 … 2027-12
        allocation_q in 0i64..=800,                 // 0–200 h in quarter hours
        hours in proptest::collection::vec(0i64..=96, 0..=31),
        rate in proptest::option::of(0i64..=100_000), // up to 10.0000 EUR
        companion in any::<bool>(),
    ) -> MonthlyTimesheet {
        let days = m.days().zip(hours).map(|(date, q)| AttestedDay { date, hours: Decimal::new(q * 25, 2) }).collect();
        MonthlyTimesheet {
            month: m,
            service: if companion { Service::Companion } else { Service::Assistant },
            monthly_allocation: Decimal::new(allocation_q * 25, 2),
            days,
            hourly_rate: rate.map(|r| Decimal::new(r, 4)),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, .. ProptestConfig::default() })]

    #[test]
    fn mk316_never_pays_above_the_allocation_and_the_totals_add_up(t in mk316_sheet()) {
        let o = assistant::compute_monthly(&t);
        let attested: Decimal = t.days.iter().map(|d| d.hours).sum();
        prop_assert!(o.total_payable <= t.monthly_allocation);
        prop_assert!(o.total_payable <= attested);
        prop_assert_eq!(o.total_payable, attested.min(t.monthly_allocation));
        prop_assert_eq!(o.total_payable + o.not_payable, attested);
        prop_assert!(o.not_payable >= Decimal::ZERO);
    }

    #[test]
    fn mk316_pay_is_payable_hours_times_the_amount_rounded_to_the_cent(t in mk316_sheet()) {
        let o = assistant::compute_monthly(&t);
        match (o.hourly_rate, o.pay) {
            (Some(r), Some(p)) => {
                let exact = o.total_payable * r;
                prop_assert!((p - exact).abs() <= Decimal::new(5, 3), "{} vs {}", p, exact);
                prop_assert_eq!(p, exact.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero));
            }
            (None, None) => prop_assert!(matches!(o.rate_source, RateSource::AfterLastVerified { .. }) && t.hourly_rate.is_none(), "no pay only after the last verified step with no amount entered"),
            other => prop_assert!(false, "rate and pay disagree: {:?}", other),
        }
        // A verified amount is used exactly when the month has one.
        let verified = t.month.first_day().and_then(params::mk316_hourly_amount_on);
        prop_assert_eq!(matches!(o.rate_source, RateSource::Verified { .. }), verified.is_some());
    }

    #[test]
    fn every_month_from_2013_has_a_regime_and_two_only_in_the_second_half_of_2021(i in 0u32..=400) {
        let m = month_from(i);
        let r = assistant::regimes(m);
        let both = m >= month(2021, 7) && m <= month(2021, 12);
        prop_assert_eq!(r.len(), if both { 2 } else { 1 }, "{}", m);
        prop_assert_eq!(r.contains(&Regime::Mk942), m <= month(2021, 12));
        prop_assert_eq!(r.contains(&Regime::Mk316), m >= month(2021, 7));
    }

    /// R1.2 places hours only on days of an average-rule period, and with no
    /// previous use only on days of a period that gives the 10 h a week.
    #[test]
    fn average_rule_hours_fall_only_on_the_days_of_a_period(i in 84u32..=107, no_use in any::<bool>(), prev in 1i64..=200) {
        let m = month_from(i); // 2020-01 … 2021-12
        let p = if no_use { "0".to_string() } else { prev.to_string() };
        let t = weekly(m, &[], Some((false, [p.as_str(), p.as_str(), p.as_str()])));
        let o = assistant::compute(&t);
        for e in &o.emergency_days {
            let period = assistant::average_rule_period_on(e.date);
            prop_assert!(period.is_some(), "{}", e.date);
            if no_use && !e.hours.is_zero() {
                prop_assert!(period.is_some_and(|p| p.no_previous_use_weekly_limit), "{}", e.date);
            }
        }
        let period_days = m.days().filter(|d| assistant::average_rule_period_on(*d).is_some()).count();
        prop_assert_eq!(o.emergency_days_in_month.len(), period_days);
        prop_assert_eq!(o.periods.is_empty(), period_days == 0);
    }
}
