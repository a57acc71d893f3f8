#![cfg(not(target_arch = "wasm32"))]
//! R1 assistant-service hours, as a user of the JSON contract sees them.
//!
//! Worked examples: Labklājības ministrija, 12.06.2020 (shared/sources/004),
//! encoded as shared/RULES.md R1.2 states them.

use socialrules::contract::registry as api;
use socialrules::text::Lang;
use socialrules::contract::json::{self, Json};

/// Runs the calculator and returns the result object, failing with the errors.
fn ok(input: &str) -> Json {
    match api::run("assistant-hours", input, Lang::En).expect("calculator exists") {
        Ok(v) => v,
        Err(e) => panic!("expected a result, got errors {e}"),
    }
}

fn field<'a>(v: &'a Json, k: &str) -> &'a str {
    match v.get(k) {
        Some(Json::String(s)) => s,
        other => panic!("field {k} is not a string: {other:?}"),
    }
}

fn array<'a>(v: &'a Json, k: &str) -> &'a [Json] {
    match v.get(k) {
        Some(Json::Array(a)) => a,
        other => panic!("field {k} is not an array: {other:?}"),
    }
}

/// Emergency hours placed per day, in date order.
fn emergency_hours(v: &Json) -> Vec<String> {
    array(v, "emergency_days").iter().map(|d| field(d, "hours").to_string()).collect()
}

fn week<'a>(v: &'a Json, w: &str) -> &'a Json {
    array(v, "weeks").iter().find(|x| field(x, "week") == w).unwrap_or_else(|| panic!("no week {w}"))
}

/// `(date, hours)` pairs as timesheet entries under measure 1.
fn days(entries: &[(&str, &str)]) -> String {
    let items: Vec<String> =
        entries.iter().map(|(d, h)| format!(r#"{{"date":"{d}","hours":"{h}","measure":1}}"#)).collect();
    format!("[{}]", items.join(","))
}

/// Pēteris's 48 h on 10–30 June 2020, spread so that no cap binds.
const PETERIS_DAYS: &[(&str, &str)] = &[
    ("2020-06-10", "4"),
    ("2020-06-11", "4"),
    ("2020-06-12", "4"),
    ("2020-06-15", "4"),
    ("2020-06-16", "4"),
    ("2020-06-17", "4"),
    ("2020-06-18", "4"),
    ("2020-06-22", "4"),
    ("2020-06-23", "4"),
    ("2020-06-25", "4"),
    ("2020-06-29", "4"),
    ("2020-06-30", "4"),
];

mod worked_examples_from_source_004 {
    use super::*;

    /// Source 004, case 2: "periodā no 1.-9.jūnijam ir apmaksājamas 32 h (80-48=32)
    /// … pie 7.pasākuma … ir jānorāda 32 h, sadalot tās pa dienām."
    #[test]
    fn peteris_gets_32_emergency_hours_on_1_to_9_june_and_80_in_total() {
        let input = format!(
            r#"{{"month":"2020-06","weekly_allocation":"40","days":{},
                "emergency":{{"activities_resumed":false,"previous_months":["80","80","80"]}},"granularity":"1"}}"#,
            days(PETERIS_DAYS)
        );
        let v = ok(&input);
        assert_eq!(field(&v, "emergency_entitlement"), "32");
        assert_eq!(field(&v, "emergency_hours"), "32");
        assert_eq!(field(&v, "attested_payable"), "48");
        assert_eq!(field(&v, "total_payable"), "80");
        assert_eq!(emergency_hours(&v), ["4", "4", "4", "4", "4", "3", "3", "3", "3"]);
        let dates: Vec<&str> = array(&v, "emergency_days").iter().map(|d| field(d, "date")).collect();
        assert_eq!(dates.first(), Some(&"2020-06-01"));
        assert_eq!(dates.last(), Some(&"2020-06-09"));
        assert!(array(&v, "emergency_days").iter().all(|d| d.get("measure") == Some(&Json::Number("7".into()))));
    }

    /// With the default granularity 0.5 the same 32 h spread as 3.5 and 3.
    #[test]
    fn peteris_with_the_default_granularity_spreads_32_hours_in_half_hours() {
        let input = format!(
            r#"{{"month":"2020-06","weekly_allocation":"40","days":{},
                "emergency":{{"activities_resumed":false,"previous_months":["80","80","80"]}}}}"#,
            days(PETERIS_DAYS)
        );
        let v = ok(&input);
        assert_eq!(field(&v, "emergency_hours"), "32");
        // 32/9 = 3.55…: nine shares of 3.5 = 31.5, one leftover half hour to 1 June.
        assert_eq!(emergency_hours(&v), ["4", "3.5", "3.5", "3.5", "3.5", "3.5", "3.5", "3.5", "3.5"]);
    }

    fn liga(daily_max: &str, attested: &[(&str, &str)]) -> Json {
        ok(&format!(
            r#"{{"month":"2020-06","weekly_allocation":"35","days":{},"daily_max":"{daily_max}",
                "emergency":{{"activities_resumed":false,"previous_months":["130","130","130"]}}}}"#,
            days(attested)
        ))
    }

    /// Source 004, case 2: "teorētiski būtu pieejamas 112 h (130-18=112), taču …
    /// nevar apmaksāt lielākā apmērā kā ir piešķirts - 35 h nedēļā."
    /// RULES.md R1.2: with D = 24 she is paid 70 − u for 1–9 June, u = her
    /// attested hours on 10–14 June.
    #[test]
    fn liga_with_no_daily_limit_is_paid_70_minus_her_hours_of_10_to_14_june() {
        let placements: [(&[(&str, &str)], &str, &str); 4] = [
            (&[("2020-06-10", "6"), ("2020-06-11", "6"), ("2020-06-12", "6")], "18", "52"),
            (&[("2020-06-15", "6"), ("2020-06-22", "6"), ("2020-06-29", "6")], "0", "70"),
            (&[("2020-06-12", "9"), ("2020-06-26", "9")], "9", "61"),
            (&[("2020-06-14", "1"), ("2020-06-30", "17")], "1", "69"),
        ];
        for (attested, u, emergency) in placements {
            let v = liga("24", attested);
            assert_eq!(field(&v, "emergency_entitlement"), "112", "u = {u}");
            assert_eq!(field(&v, "emergency_hours"), emergency, "u = {u}");
            assert_eq!(field(week(&v, "2020-W23"), "emergency"), "35", "u = {u}: 1–7 June is one week, cap 35");
            let w24 = week(&v, "2020-W24");
            assert_eq!(field(w24, "attested"), u);
            let total: rust_decimal::Decimal = field(&v, "total_payable").parse().unwrap();
            assert_eq!(total, rust_decimal::Decimal::from(18) + emergency.parse::<rust_decimal::Decimal>().unwrap());
            // What could not be placed is reported, not dropped.
            let unplaced: rust_decimal::Decimal = field(&v, "emergency_unplaced").parse().unwrap();
            assert_eq!(unplaced + emergency.parse::<rust_decimal::Decimal>().unwrap(), rust_decimal::Decimal::from(112));
        }
    }

    /// RULES.md R1.2: "with D = 8, 8–9 June hold at most 16 h".
    #[test]
    fn liga_with_the_default_daily_maximum_of_8_hours_gets_35_plus_16() {
        for attested in [
            &[("2020-06-10", "6"), ("2020-06-11", "6"), ("2020-06-12", "6")][..],
            &[("2020-06-15", "6"), ("2020-06-22", "6"), ("2020-06-29", "6")][..],
        ] {
            let v = liga("8", attested);
            assert_eq!(field(&v, "emergency_hours"), "51");
            assert_eq!(emergency_hours(&v), ["5", "5", "5", "5", "5", "5", "5", "8", "8"]);
        }
    }
}

mod boundaries {
    use super::*;

    fn emergency(month: &str, days_json: &str, prev: [&str; 3], extra: &str) -> Json {
        ok(&format!(
            r#"{{"month":"{month}","weekly_allocation":"40","days":{days_json},
                "emergency":{{"activities_resumed":false,"previous_months":["{}","{}","{}"]}}{extra}}}"#,
            prev[0], prev[1], prev[2]
        ))
    }

    #[test]
    fn march_2020_emergency_days_start_on_12_march() {
        let v = emergency("2020-03", "[]", ["20", "20", "20"], "");
        let dates: Vec<&str> = array(&v, "emergency_days").iter().map(|d| field(d, "date")).collect();
        assert_eq!(dates.first(), Some(&"2020-03-12"));
        assert_eq!(dates.last(), Some(&"2020-03-31"));
        assert_eq!(dates.len(), 20);
        assert_eq!(field(&v, "emergency_hours"), "20");
        // 11 March is not an emergency day; 12 March is.
        assert!(!dates.contains(&"2020-03-11"));
    }

    #[test]
    fn hours_attested_on_9_to_11_march_count_against_the_cap_of_the_week_of_12_march() {
        // Week 2020-W11 is 9–15 March: 30 h attested on 9–11 March leave 10 h.
        let d = days(&[("2020-03-09", "10"), ("2020-03-10", "10"), ("2020-03-11", "10")]);
        let v = emergency("2020-03", &d, ["200", "200", "200"], "");
        assert_eq!(field(week(&v, "2020-W11"), "emergency"), "10");
        assert_eq!(field(week(&v, "2020-W11"), "attested_payable"), "30");
    }

    #[test]
    fn june_2020_emergency_days_end_on_9_june() {
        let v = emergency("2020-06", "[]", ["10", "10", "10"], "");
        let dates: Vec<&str> = array(&v, "emergency_days").iter().map(|d| field(d, "date")).collect();
        assert_eq!(dates.len(), 9);
        assert_eq!(dates.last(), Some(&"2020-06-09"));
    }

    #[test]
    fn a_week_crossing_into_april_is_capped_less_the_hours_paid_in_march() {
        // April 2020: 1–5 April belong to week 2020-W14 (30 March – 5 April).
        let without = emergency("2020-04", "[]", ["300", "300", "300"], "");
        let w = week(&without, "2020-W14");
        assert_eq!((field(w, "from"), field(w, "to")), ("2020-04-01", "2020-04-05"));
        assert_eq!(field(w, "cap"), "40");
        assert_eq!(field(w, "emergency"), "40");
        let with = emergency("2020-04", "[]", ["300", "300", "300"], r#","paid_outside_month":{"2020-W14":"25.5"}"#);
        let w = week(&with, "2020-W14");
        assert_eq!(field(w, "cap"), "14.5");
        assert_eq!(field(w, "emergency"), "14.5");
    }

    #[test]
    fn an_ordinary_edge_week_pays_only_what_is_left_of_the_allocation() {
        // May and June 2021 lie in the MK 360 p. 34.³ period: the service
        // could be used as contracted, so only the ordinary rule applies.
        let d = days(&[("2021-05-31", "10")]); // 31 May 2021 is a Monday; W22 runs to 6 June.
        let v = ok(&format!(
            r#"{{"month":"2021-05","weekly_allocation":"20","days":{d},"paid_outside_month":{{"2021-W17":"15"}},"emergency":{{"activities_resumed":true}}}}"#
        ));
        // 2021-W17 is 26 April – 2 May: crosses into May.
        assert_eq!(field(week(&v, "2021-W17"), "cap"), "5");
        let v = ok(&format!(
            r#"{{"month":"2021-06","weekly_allocation":"20","days":{},"paid_outside_month":{{"2021-W22":"15"}},"emergency":{{"activities_resumed":true}}}}"#,
            days(&[("2021-06-01", "8")])
        ));
        let w = week(&v, "2021-W22");
        assert_eq!((field(w, "cap"), field(w, "attested_payable"), field(w, "not_payable")), ("5", "5", "3"));
        assert_eq!(field(&v, "not_payable"), "3");
        assert_eq!(field(&v, "total_payable"), "5");
    }

    #[test]
    fn a_month_with_no_emergency_days_ignores_the_emergency_block() {
        let d = days(&[("2020-07-01", "8"), ("2020-07-02", "8"), ("2020-07-03", "8")]);
        let v = ok(&format!(
            r#"{{"month":"2020-07","weekly_allocation":"20","days":{d},"emergency":{{"activities_resumed":false,"previous_months":["99","99","99"]}}}}"#
        ));
        assert_eq!(field(&v, "rule"), "ordinary");
        assert_eq!(field(&v, "total_payable"), "20");
        assert_eq!(field(&v, "not_payable"), "4");
        assert!(array(&v, "emergency_days").is_empty());
    }

    #[test]
    fn when_activities_had_resumed_only_the_ordinary_rule_applies() {
        let d = days(&[("2020-06-02", "8")]);
        let v = ok(&format!(
            r#"{{"month":"2020-06","weekly_allocation":"40","days":{d},"emergency":{{"activities_resumed":true}}}}"#
        ));
        assert_eq!(field(&v, "rule"), "emergency_resumed");
        assert_eq!(field(&v, "total_payable"), "8");
        assert_eq!(field(&v, "emergency_hours"), "0");
    }

    #[test]
    fn with_no_previous_use_emergency_hours_are_at_most_10_a_week() {
        let v = emergency("2020-06", "[]", ["0", "0", "0"], "");
        assert_eq!(field(&v, "rule"), "emergency_no_previous_use");
        assert_eq!(field(week(&v, "2020-W23"), "emergency"), "10");
        assert_eq!(field(week(&v, "2020-W24"), "emergency"), "10");
        assert_eq!(field(&v, "emergency_hours"), "20");
        // 10 h over 7 days in half hours: 1.5 on the first six days, 1 on the seventh.
        assert_eq!(&emergency_hours(&v)[..7], ["1.5", "1.5", "1.5", "1.5", "1.5", "1.5", "1"]);
        assert_eq!(&emergency_hours(&v)[7..], ["5", "5"]);
    }

    #[test]
    fn granularity_1_05_and_025_all_give_multiples_of_themselves() {
        for (g, want) in [
            ("1", ["2", "2", "1", "1", "1", "1", "1", "1", "1"]),
            ("0.5", ["1.5", "1.5", "1.5", "1.5", "1", "1", "1", "1", "1"]),
            // 11/9 = 1.22…: 1 each, then the 8 leftover quarter hours to the first 8 days.
            ("0.25", ["1.25", "1.25", "1.25", "1.25", "1.25", "1.25", "1.25", "1.25", "1"]),
        ] {
            let v = emergency("2020-06", "[]", ["11", "11", "11"], &format!(r#","granularity":"{g}""#));
            assert_eq!(emergency_hours(&v), want, "g = {g}");
            assert_eq!(field(&v, "emergency_hours"), "11");
        }
    }

    /// Found by the property tests: May 2020, a week capped lower than the
    /// others. Leftover quarter hours go to the days with the fewest hours.
    #[test]
    fn leftover_units_go_to_the_days_with_the_fewest_hours_first() {
        let v = ok(r#"{"month":"2020-05","weekly_allocation":"36.75","daily_max":"10","granularity":"0.25",
            "days":[{"date":"2020-05-29","hours":"3.75","measure":1}],
            "emergency":{"activities_resumed":false,"previous_months":["127.6","291.8","32.9"]}}"#);
        let h = emergency_hours(&v);
        // 1–24 May: the fair share 4.75…, rounded down to 4.75; 25–31 May: the
        // week has room for 36.75 − 3.75 attested = 33 h: six days of 4.75, one of 4.5.
        assert!(h[..24].iter().all(|x| x == "4.75"), "{h:?}");
        assert_eq!(&h[24..], ["4.75", "4.75", "4.75", "4.75", "4.75", "4.75", "4.5"]);
        assert_eq!(field(&v, "emergency_hours"), "147");
    }

    #[test]
    fn an_average_that_is_not_whole_is_kept_exact_and_never_exceeded() {
        // (130 + 130 + 131) / 3 = 130⅓; minus 18 attested = 112⅓.
        let d = days(&[("2020-06-15", "18")]);
        let v = ok(&format!(
            r#"{{"month":"2020-06","weekly_allocation":"168","daily_max":"24","granularity":"0.25","days":{d},
                "emergency":{{"activities_resumed":false,"previous_months":["130","130","131"]}}}}"#
        ));
        assert_eq!(field(&v, "average_previous_months"), "130.3333");
        assert_eq!(field(&v, "emergency_entitlement"), "112.3333");
        assert_eq!(field(&v, "emergency_entitlement_fraction"), "337/3");
        assert_eq!(field(&v, "emergency_hours"), "112.25");
        assert_eq!(field(&v, "emergency_unplaced"), "0.0833");
    }

    #[test]
    fn attested_hours_above_the_average_give_no_emergency_hours() {
        let d = days(&[("2020-06-15", "20"), ("2020-06-16", "20")]);
        let v = emergency("2020-06", &d, ["30", "30", "30"], "");
        assert_eq!(field(&v, "emergency_entitlement"), "0");
        assert_eq!(field(&v, "emergency_hours"), "0");
    }

    #[test]
    fn attested_hours_on_an_emergency_day_leave_the_rest_of_the_daily_maximum() {
        let d = days(&[("2020-06-03", "6.5")]);
        let v = emergency("2020-06", &d, ["200", "200", "200"], "");
        let third = &array(&v, "emergency_days")[2];
        assert_eq!(field(third, "date"), "2020-06-03");
        assert_eq!(field(third, "hours"), "1.5");
    }

    #[test]
    fn every_month_from_january_2013_is_computed_and_december_2012_is_not_covered() {
        let v = ok(r#"{"month":"2013-01","weekly_allocation":"10","days":[]}"#);
        assert_eq!(field(&v, "total_payable"), "0");
        assert_eq!(field(&v, "regime"), "mk942");
        for m in ["2022-01", "2026-11", "2099-12"] {
            let v = ok(&format!(r#"{{"month":"{m}","monthly_allocation":"10","days":[]}}"#));
            assert_eq!(field(&v, "regime"), "mk316", "{m}");
        }
        let e = api::run("assistant-hours", r#"{"month":"2012-12","weekly_allocation":"10","days":[]}"#, Lang::En)
            .unwrap()
            .unwrap_err();
        assert!(e.to_string().contains("\"code\":\"not_covered\""), "{e}");
    }

    #[test]
    fn a_leap_day_is_a_day_of_february_2020() {
        let v = ok(&format!(r#"{{"month":"2020-02","weekly_allocation":"10","days":{}}}"#, days(&[("2020-02-29", "3")])));
        assert_eq!(field(&v, "total_payable"), "3");
        let last = array(&v, "weeks").last().unwrap();
        assert_eq!(field(last, "to"), "2020-02-29");
    }

    #[test]
    fn pay_is_hours_times_rate_rounded_half_up_to_the_cent() {
        let input = format!(
            r#"{{"month":"2020-06","weekly_allocation":"40","days":{},"hourly_rate":"2,7044",
                "emergency":{{"activities_resumed":false,"previous_months":["80","80","80"]}}}}"#,
            days(PETERIS_DAYS)
        );
        let v = ok(&input);
        assert_eq!(field(&v, "pay"), "216.35"); // 80 × 2.7044 = 216.352
        let v = ok(r#"{"month":"2021-06","weekly_allocation":"10","days":[{"date":"2021-06-01","hours":"0.5","measure":1}],"hourly_rate":"3.1447","emergency":{"activities_resumed":true}}"#);
        assert_eq!(field(&v, "pay"), "1.57"); // 1.57235
        let v = ok(r#"{"month":"2021-06","weekly_allocation":"10","days":[{"date":"2021-06-01","hours":"1","measure":1}],"hourly_rate":"0.005","emergency":{"activities_resumed":true}}"#);
        assert_eq!(field(&v, "pay"), "0.01"); // half-up, not banker's
    }

    #[test]
    fn more_than_40_hours_a_week_is_allowed_with_a_warning() {
        let v = ok(r#"{"month":"2021-06","weekly_allocation":"50","days":[],"emergency":{"activities_resumed":true}}"#);
        let w = array(&v, "warnings");
        assert_eq!(w.len(), 1);
        assert_eq!(field(&w[0], "code"), "over_state_funded_max");
    }

    #[test]
    fn every_interpretation_used_is_named_in_the_explanation() {
        let input = format!(
            r#"{{"month":"2020-06","weekly_allocation":"40","days":{},"hourly_rate":"3",
                "emergency":{{"activities_resumed":false,"previous_months":["80","80","80"]}}}}"#,
            days(PETERIS_DAYS)
        );
        let v = ok(&input);
        let named: Vec<&str> = array(&v, "explanation")
            .iter()
            .filter_map(|s| match s.get("interpretation") {
                Some(Json::String(i)) => Some(i.as_str()),
                _ => None,
            })
            .collect();
        for i in ["week", "general-form", "daily-maximum", "spreading", "rounding", "pay-rounding"] {
            assert!(named.contains(&i), "missing INTERPRETATION ({i}) in {named:?}");
        }
        assert!(array(&v, "explanation").iter().all(|s| !field(s, "source").is_empty()));
    }
}

mod bad_input {
    use super::*;

    fn errors(input: &str) -> Vec<(String, String)> {
        match api::run("assistant-hours", input, Lang::En).unwrap() {
            Ok(v) => panic!("expected errors for {input}, got {v}"),
            Err(Json::Array(items)) => items
                .iter()
                .map(|e| {
                    assert!(!field(e, "message").is_empty());
                    (field(e, "field").to_string(), field(e, "code").to_string())
                })
                .collect(),
            Err(other) => panic!("errors must be an array: {other}"),
        }
    }

    const BASE: &str = r#""month":"2021-06","weekly_allocation":"10""#;

    fn with_day(day: &str) -> String {
        format!(r#"{{{BASE},"days":[{{"date":"2021-06-01","hours":"1","measure":1}},{day}]}}"#)
    }

    #[test]
    fn each_kind_of_bad_input_names_its_field_and_code() {
        let emergency_month = r#""month":"2020-06","weekly_allocation":"10","days":[]"#;
        let cases: Vec<(String, &str, &str)> = vec![
            (with_day(r#"{"date":"2021-06-02","hours":"-1","measure":1}"#), "days[1].hours", "negative"),
            (with_day(r#"{"date":"2021-06-02","hours":"24.5","measure":1}"#), "days[1].hours", "too_large"),
            (with_day(r#"{"date":"2021-06-01","hours":"23.5","measure":2}"#), "days[1].hours", "day_over_24"),
            (with_day(r#"{"date":"2021-07-01","hours":"1","measure":1}"#), "days[1].date", "date_outside_month"),
            (with_day(r#"{"date":"2021-06-31","hours":"1","measure":1}"#), "days[1].date", "no_such_day"),
            (with_day(r#"{"date":"2021/06/02","hours":"1","measure":1}"#), "days[1].date", "invalid_date"),
            (with_day(r#"{"date":"2021-06-02","hours":"1","measure":0}"#), "days[1].measure", "measure_out_of_range"),
            (with_day(r#"{"date":"2021-06-02","hours":"1","measure":8}"#), "days[1].measure", "measure_out_of_range"),
            (with_day(r#"{"date":"2021-06-02","hours":"1","measure":1.5}"#), "days[1].measure", "not_a_whole_number"),
            (with_day(r#"{"date":"2021-06-02","hours":"abc","measure":1}"#), "days[1].hours", "not_a_number"),
            (with_day(r#"{"date":"2021-06-02","measure":1}"#), "days[1].hours", "required"),
            (with_day(r#"{"date":"2021-06-02","hours":[1],"measure":1}"#), "days[1].hours", "wrong_type"),
            (with_day(r#"{"date":"2021-06-02","hours":"1","measure":1,"note":"x"}"#), "days[1].note", "unknown_field"),
            (with_day(r#""2021-06-02""#), "days[1]", "wrong_type"),
            (with_day(r#"{"date":"2021-06-02","hours":"1","hours":"2","measure":1}"#), "days[1].hours", "duplicate_key"),
            (with_day(r#"{"date":"2021-06-02","hours":1e30,"measure":1}"#), "days[1].hours", "too_large"),
            (with_day(r#"{"date":"2021-06-02","hours":"99999999999999999999999999999999999","measure":1}"#), "days[1].hours", "too_large"),
            (with_day(r#"{"date":"2021-06-02","hours":"0.0000001","measure":1}"#), "days[1].hours", "too_many_decimals"),
            (r#"{"weekly_allocation":"10","days":[]}"#.into(), "month", "required"),
            (r#"{"month":"","weekly_allocation":"10","days":[]}"#.into(), "month", "required"),
            (r#"{"month":"June","weekly_allocation":"10","days":[]}"#.into(), "month", "invalid_month"),
            (r#"{"month":"2020-13","weekly_allocation":"10","days":[]}"#.into(), "month", "invalid_month"),
            (r#"{"month":202006,"weekly_allocation":"10","days":[]}"#.into(), "month", "wrong_type"),
            (r#"{"month":"2012-12","weekly_allocation":"10","days":[]}"#.into(), "month", "not_covered"),
            (r#"{"month":"2021-07","weekly_allocation":"10","days":[]}"#.into(), "regulation", "required"),
            (r#"{"month":"2021-06","days":[]}"#.into(), "weekly_allocation", "required"),
            (r#"{"month":"2021-06","weekly_allocation":"169","days":[]}"#.into(), "weekly_allocation", "too_large"),
            (r#"{"month":"2021-06","weekly_allocation":"10"}"#.into(), "days", "required"),
            (r#"{"month":"2021-06","weekly_allocation":"10","days":{}}"#.into(), "days", "wrong_type"),
            (r#"{"month":"2021-06","month":"2021-05","weekly_allocation":"10","days":[]}"#.into(), "month", "duplicate_key"),
            (r#"{"month":"2021-06","weekly_alocation":"10","days":[]}"#.into(), "weekly_alocation", "unknown_field"),
            (format!("{{{emergency_month}}}"), "emergency", "required"),
            (format!(r#"{{{emergency_month},"emergency":{{"previous_months":[1,2,3]}}}}"#), "emergency.activities_resumed", "required"),
            (format!(r#"{{{emergency_month},"emergency":{{"activities_resumed":false}}}}"#), "emergency.previous_months", "required"),
            (format!(r#"{{{emergency_month},"emergency":{{"activities_resumed":false,"previous_months":[1,2]}}}}"#), "emergency.previous_months", "previous_months_count"),
            (format!(r#"{{{emergency_month},"emergency":{{"activities_resumed":false,"previous_months":[1,2,3,4]}}}}"#), "emergency.previous_months", "previous_months_count"),
            (format!(r#"{{{emergency_month},"emergency":{{"activities_resumed":false,"previous_months":[1,2,745]}}}}"#), "emergency.previous_months[2]", "too_large"),
            (format!(r#"{{{emergency_month},"emergency":{{"activities_resumed":"maybe","previous_months":[1,2,3]}}}}"#), "emergency.activities_resumed", "wrong_type"),
            (format!(r#"{{{BASE},"days":[],"daily_max":"0"}}"#), "daily_max", "must_be_positive"),
            (format!(r#"{{{BASE},"days":[],"daily_max":"25"}}"#), "daily_max", "too_large"),
            (format!(r#"{{{BASE},"days":[],"granularity":"0"}}"#), "granularity", "must_be_positive"),
            (format!(r#"{{{BASE},"days":[],"granularity":"0.001"}}"#), "granularity", "too_small"),
            (format!(r#"{{{BASE},"days":[],"granularity":"10","daily_max":"8"}}"#), "granularity", "granularity_over_daily_max"),
            (format!(r#"{{{BASE},"days":[],"hourly_rate":"-3"}}"#), "hourly_rate", "negative"),
            (format!(r#"{{{BASE},"days":[],"paid_outside_month":{{"2021-W99":"1"}}}}"#), "paid_outside_month.2021-W99", "invalid_week"),
            (format!(r#"{{{BASE},"days":[],"paid_outside_month":{{"2021-W24":"1"}}}}"#), "paid_outside_month.2021-W24", "week_not_at_edge"),
            (format!(r#"{{{BASE},"days":[],"paid_outside_month":{{"2021-W22":"abc"}}}}"#), "paid_outside_month.2021-W22", "not_a_number"),
            ("".into(), "", "invalid_json"),
            ("{".into(), "", "invalid_json"),
            ("[]".into(), "", "not_an_object"),
            ("null".into(), "", "not_an_object"),
            (format!(r#"{{{BASE},"days":[{}]}}"#, vec![r#"{"date":"2021-06-01","hours":"0","measure":1}"#; 1001].join(",")), "days", "too_many_entries"),
        ];
        assert!(cases.len() >= 20);
        for (input, want_field, want_code) in &cases {
            let got = errors(input);
            assert!(
                got.iter().any(|(f, c)| f == want_field && c == want_code),
                "input {input:.200}\n  expected ({want_field}, {want_code})\n  got {got:?}"
            );
        }
    }

    #[test]
    fn every_problem_is_listed_not_only_the_first() {
        let got = errors(
            r#"{"month":"2020-06","weekly_allocation":"-1","days":[{"date":"2020-06-31","hours":"abc","measure":8}],
                "emergency":{"activities_resumed":false,"previous_months":[1,2]},"extra":1}"#,
        );
        let fields: Vec<&str> = got.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            ["extra", "weekly_allocation", "days[0].date", "days[0].hours", "days[0].measure", "emergency.previous_months"]
        );
    }

    #[test]
    fn messages_say_what_to_do_in_latvian_and_english() {
        let input = with_day(r#"{"date":"2021-06-03","hours":"30","measure":1}"#);
        for (lang, want) in [
            (Lang::En, "Enter the hours for 3 June as a number from 0 to 24."),
            (Lang::Lv, "Stundas (3. jūnija): ievadiet skaitli no 0 līdz 24."),
        ] {
            let e = api::run("assistant-hours", &input, lang).unwrap().unwrap_err();
            assert!(e.to_string().contains(want), "{e}");
        }
    }

    #[test]
    fn hostile_texts_never_panic() {
        let mut inputs: Vec<String> = vec![
            "[".repeat(100_000),
            "{\"month\":".repeat(10_000),
            "\u{0}".into(),
            "\"\\ud800\"".into(),
            format!(r#"{{"month":"2020-06","weekly_allocation":"{}","days":[]}}"#, "9".repeat(10_000)),
            format!(r#"{{"month":"2020-06","weekly_allocation":1e999999999999,"days":[]}}"#),
            r#"{"month":"2020-06","weekly_allocation":"10","days":[],"emergency":{"activities_resumed":false,"previous_months":["1e2","-0","744"]}}"#.into(),
        ];
        for b in 0u8..=255 {
            inputs.push(format!(r#"{{"month":"2020-0{}","weekly_allocation":"1{}","days":[]}}"#, b as char, b as char));
        }
        for input in inputs {
            let _ = api::run("assistant-hours", &input, Lang::Lv);
        }
    }
}

/// The JSON contract's field names are fixed: other tools read them.
#[test]
fn the_output_has_every_field_of_the_contract() {
    let v = ok(&format!(
        r#"{{"month":"2020-06","weekly_allocation":"40","days":{},"hourly_rate":"1",
            "emergency":{{"activities_resumed":false,"previous_months":["80","80","80"]}}}}"#,
        days(PETERIS_DAYS)
    ));
    for k in [
        "month",
        "total_payable",
        "attested_payable",
        "emergency_entitlement",
        "emergency_hours",
        "not_payable",
        "weeks",
        "emergency_days",
        "pay",
        "explanation",
    ] {
        assert!(v.get(k).is_some(), "missing {k}");
    }
    for k in ["week", "cap", "attested", "attested_payable", "emergency", "not_payable"] {
        assert!(array(&v, "weeks")[0].get(k).is_some(), "weeks[] missing {k}");
    }
    for k in ["date", "measure", "hours"] {
        assert!(array(&v, "emergency_days")[0].get(k).is_some(), "emergency_days[] missing {k}");
    }
    // And it is valid JSON that reads back the same.
    assert_eq!(json::parse(&v.to_string()).unwrap().value, v);
}
