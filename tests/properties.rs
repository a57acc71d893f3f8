#![cfg(not(target_arch = "wasm32"))]
//! Properties of R1 that must hold for every timesheet (shared/RULES.md R1.1,
//! R1.2): no week over its cap, no day over the daily maximum, every placed
//! value a multiple of the granularity, never more than the entitlement, the
//! most that fits, as even as the limits allow, and totals that add up.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use socialrules::rules::assistant_hours::{self as assistant, DayEntry, EmergencyFacts, Outcome, Timesheet};
use socialrules::rules::calendar::Month;

fn dec(units: i64, scale: u32) -> Decimal {
    Decimal::new(units, scale)
}

fn month_strategy() -> impl Strategy<Value = Month> {
    prop_oneof![
        Just(Month { year: 2020, month: 3 }),
        Just(Month { year: 2020, month: 4 }),
        Just(Month { year: 2020, month: 5 }),
        Just(Month { year: 2020, month: 6 }),
        Just(Month { year: 2020, month: 2 }),
        Just(Month { year: 2021, month: 2 }),
        Just(Month { year: 2019, month: 12 }),
    ]
}

prop_compose! {
    fn timesheet()(
        month in month_strategy(),
        allocation_q in 0i64..=240,          // 0–60 h in quarter hours
        hours in proptest::collection::vec((0i64..=40, 1u8..=7, any::<bool>()), 31), // per day, quarter hours
        prev in proptest::collection::vec(0i64..=4000, 3), // tenths of an hour
        no_use in any::<bool>(),
        daily_max in prop_oneof![Just(dec(4, 0)), Just(dec(8, 0)), Just(dec(10, 0)), Just(dec(24, 0)), Just(dec(75, 1))],
        g in prop_oneof![Just(dec(1, 0)), Just(dec(5, 1)), Just(dec(25, 2)), Just(dec(3, 1))],
        paid in proptest::collection::vec(0i64..=100, 2),
    ) -> Timesheet {
        let days: Vec<DayEntry> = month
            .days()
            .zip(hours)
            .filter(|(_, (_, _, present))| *present)
            .map(|(date, (q, measure, _))| DayEntry { date, hours: dec(q * 25, 2).normalize(), measure })
            .collect();
        let previous = if no_use { [Decimal::ZERO; 3] } else { [dec(prev[0], 1), dec(prev[1], 1), dec(prev[2], 1)] };
        let mut edge = Vec::new();
        let first = month.first_day().unwrap();
        let last = month.last_day().unwrap();
        if first.weekday() != chrono::Weekday::Mon {
            edge.push((first.iso_week(), dec(paid[0], 1)));
        }
        if last.weekday() != chrono::Weekday::Sun {
            edge.push((last.iso_week(), dec(paid[1], 1)));
        }
        Timesheet {
            month,
            weekly_allocation: dec(allocation_q, 2) * Decimal::from(25),
            days,
            emergency: Some(EmergencyFacts { activities_resumed: false, previous_months: previous }),
            daily_max,
            granularity: g,
            paid_outside_month: edge,
            hourly_rate: Some(dec(31447, 4)),
        }
    }
}

fn attested_on(t: &Timesheet, d: NaiveDate) -> Decimal {
    assistant::attested_on(t, d)
}

/// Whether day `i` of the emergency days could take one more unit of g.
fn can_take_one_more(o: &Outcome, i: usize) -> bool {
    let day = &o.emergency_days[i];
    let w = o.weeks.iter().find(|w| w.week == day.date.iso_week()).unwrap();
    day.hours + o.granularity <= day.room && w.emergency + o.granularity <= w.emergency_room
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn no_week_goes_over_its_cap(t in timesheet()) {
        let o = assistant::compute(&t);
        for w in &o.weeks {
            prop_assert!(w.attested_payable + w.emergency <= w.cap, "{w:?}");
            prop_assert!(w.attested_payable <= w.attested);
            prop_assert_eq!(w.attested_payable + w.not_payable, w.attested);
        }
    }

    #[test]
    fn no_emergency_day_goes_over_the_daily_maximum(t in timesheet()) {
        let o = assistant::compute(&t);
        for d in &o.emergency_days {
            let attested = attested_on(&t, d.date);
            prop_assert!(d.hours.is_zero() || d.hours + attested <= t.daily_max, "{d:?} attested {attested}");
        }
    }

    #[test]
    fn every_placed_value_is_a_multiple_of_the_granularity(t in timesheet()) {
        let o = assistant::compute(&t);
        for d in &o.emergency_days {
            prop_assert!((d.hours % t.granularity).is_zero(), "{} is not a multiple of {}", d.hours, t.granularity);
        }
    }

    #[test]
    fn never_more_than_the_entitlement_nor_10_hours_a_week_with_no_previous_use(t in timesheet()) {
        let o = assistant::compute(&t);
        if let Some(x) = o.entitlement {
            prop_assert!(o.emergency_hours * Decimal::from(3) <= x.thirds);
        }
        if o.no_use_weekly_limit.is_some() {
            for w in &o.weeks {
                prop_assert!(w.emergency + w.paid_outside_month.min(Decimal::from(10)) <= Decimal::from(10), "{w:?}");
            }
        }
    }

    #[test]
    fn the_most_that_fits_is_placed(t in timesheet()) {
        let o = assistant::compute(&t);
        let room_for_one_more = match o.entitlement {
            Some(x) => (o.emergency_hours + t.granularity) * Decimal::from(3) <= x.thirds,
            None => true,
        };
        if room_for_one_more {
            for i in 0..o.emergency_days.len() {
                prop_assert!(!can_take_one_more(&o, i), "day {:?} could take one more unit", o.emergency_days[i]);
            }
        }
    }

    /// As even as the limits allow: a day with two or more units more than
    /// another only when the other can take no more.
    #[test]
    fn the_spread_is_as_even_as_the_limits_allow(t in timesheet()) {
        let o = assistant::compute(&t);
        let g2 = t.granularity * Decimal::from(2);
        for (i, a) in o.emergency_days.iter().enumerate() {
            for (j, b) in o.emergency_days.iter().enumerate() {
                if a.hours >= b.hours + g2 {
                    prop_assert!(!can_take_one_more(&o, j), "{a:?} has two units more than {b:?}, which could take more ({i}, {j})");
                }
            }
        }
    }

    #[test]
    fn totals_equal_the_sum_of_their_parts(t in timesheet()) {
        let o = assistant::compute(&t);
        let attested: Decimal = t.days.iter().map(|d| d.hours).sum();
        prop_assert_eq!(o.attested, attested);
        prop_assert_eq!(o.attested_payable, o.weeks.iter().map(|w| w.attested_payable).sum::<Decimal>());
        prop_assert_eq!(o.not_payable, o.weeks.iter().map(|w| w.not_payable).sum::<Decimal>());
        prop_assert_eq!(o.emergency_hours, o.emergency_days.iter().map(|d| d.hours).sum::<Decimal>());
        prop_assert_eq!(o.emergency_hours, o.weeks.iter().map(|w| w.emergency).sum::<Decimal>());
        prop_assert_eq!(o.total_payable, o.attested_payable + o.emergency_hours);
        prop_assert_eq!(o.attested, o.attested_payable + o.not_payable);
        if let (Some(rate), Some(pay)) = (t.hourly_rate, o.pay) {
            prop_assert!((pay - o.total_payable * rate).abs() <= Decimal::new(5, 3));
        }
    }

    #[test]
    fn more_previous_hours_never_give_fewer_emergency_hours(t in timesheet(), extra in 1i64..500) {
        let o = assistant::compute(&t);
        let mut more = t.clone();
        if let Some(e) = more.emergency.as_mut() {
            if e.previous_months.iter().all(|m| m.is_zero()) { return Ok(()); }
            e.previous_months[0] += dec(extra, 1);
        }
        prop_assert!(assistant::compute(&more).emergency_hours >= o.emergency_hours);
    }
}
