#![cfg(not(target_arch = "wasm32"))]
//! R1 for every month from 2013 on, as a user of the JSON contract sees it:
//! the regime of the month (MK 942 weekly, MK 316 monthly, the 2021 choice),
//! the average-rule periods and their sources, the MK 316 monthly cap and
//! hourly amounts, and the errors for fields that do not belong to the regime.

use std::io::Write;
use std::process::{Command, Stdio};

use socialrules::contract::json::Json;
use socialrules::contract::registry as api;
use socialrules::text::Lang;

fn run(name: &str, input: &str, lang: Lang) -> Result<Json, Json> {
    api::run(name, input, lang).expect("calculator exists")
}

fn ok(input: &str) -> Json {
    run("assistant-hours", input, Lang::En).unwrap_or_else(|e| panic!("expected a result for {input}, got errors {e}"))
}

fn month(m: &str) -> Json {
    run("assistant-month", &format!(r#"{{"month":"{m}"}}"#), Lang::En).unwrap_or_else(|e| panic!("{m}: {e}"))
}

/// The `(field, code)` of each error.
fn errors(input: &str) -> Vec<(String, String)> {
    let e = match run("assistant-hours", input, Lang::En) {
        Ok(v) => panic!("expected errors for {input}, got {v}"),
        Err(e) => e,
    };
    let Json::Array(items) = e else { panic!("errors are not an array: {e}") };
    items.iter().map(|i| (s(i, "field").to_string(), s(i, "code").to_string())).collect()
}

fn s<'a>(v: &'a Json, k: &str) -> &'a str {
    match v.get(k) {
        Some(Json::String(x)) => x,
        other => panic!("field {k} is not a string: {other:?} in {v}"),
    }
}

fn arr<'a>(v: &'a Json, k: &str) -> &'a [Json] {
    match v.get(k) {
        Some(Json::Array(a)) => a,
        other => panic!("field {k} is not an array: {other:?}"),
    }
}

fn is_null(v: &Json, k: &str) -> bool {
    matches!(v.get(k), Some(Json::Null))
}

fn steps(v: &Json) -> &[Json] {
    arr(v, "explanation")
}

fn step<'a>(v: &'a Json, id: &str) -> &'a Json {
    steps(v).iter().find(|x| s(x, "id") == id).unwrap_or_else(|| panic!("no step {id} in {v}"))
}

/// November 2026: 90 h attested on 2–6 and 9 November (6 days of 15 h).
fn november_2026(extra: &str) -> String {
    let days: Vec<String> =
        ["02", "03", "04", "05", "06", "09"].iter().map(|d| format!(r#"{{"date":"2026-11-{d}","hours":"15"}}"#)).collect();
    format!(r#"{{"month":"2026-11","monthly_allocation":"80","days":[{}]{extra}}}"#, days.join(","))
}

mod mk316_months {
    use super::*;

    #[test]
    fn november_2026_pays_80_of_90_attested_hours_and_says_10_are_not_payable() {
        let v = ok(&november_2026(""));
        assert_eq!(s(&v, "regime"), "mk316");
        assert_eq!(s(&v, "rule"), "monthly");
        assert_eq!(s(&v, "service"), "assistant");
        assert_eq!(s(&v, "monthly_cap"), "80");
        assert_eq!(s(&v, "attested"), "90");
        assert_eq!(s(&v, "total_payable"), "80");
        assert_eq!(s(&v, "attested_payable"), "80");
        assert_eq!(s(&v, "not_payable"), "10");
        assert!(arr(&v, "weeks").is_empty() && arr(&v, "emergency_days").is_empty());
        assert!(is_null(&v, "period") && arr(&v, "periods").is_empty());
        assert!(is_null(&v, "weekly_allocation"));
        let cap = step(&v, "r1-monthly-cap");
        assert_eq!(s(cap, "interpretation"), "monthly-cap");
        assert!(s(cap, "text").contains("10 h over the allocation are not payable"), "{cap}");
    }

    #[test]
    fn november_2026_has_pay_only_with_an_entered_amount_and_names_the_last_verified_5_11_from_1_april_2023() {
        let v = ok(&november_2026(""));
        assert!(is_null(&v, "pay") && is_null(&v, "hourly_rate"));
        assert_eq!(s(&v, "rate_source"), "none");
        let last = v.get("last_verified_rate").unwrap();
        assert_eq!((s(last, "amount"), s(last, "from")), ("5.11", "2023-04-01"));
        let pay = s(step(&v, "r1-monthly-pay"), "text");
        assert!(pay.contains("EUR 5.11") && pay.contains("1 April 2023") && pay.contains("No pay"), "{pay}");
        assert_eq!(s(&arr(&v, "warnings")[0], "code"), "rate_after_last_verified");

        let v = ok(&november_2026(r#","hourly_rate":"5.5""#));
        assert_eq!(s(&v, "rate_source"), "entered");
        assert_eq!(s(&v, "hourly_rate"), "5.5");
        assert_eq!(s(&v, "pay"), "440.00");
        assert!(is_null(&v, "rate_verified_from"));
        let pay = s(step(&v, "r1-monthly-pay"), "text");
        assert!(pay.contains("as entered") && pay.contains("EUR 5.11 an hour from 1 April 2023"), "{pay}");
    }

    #[test]
    fn the_companion_service_is_answered_under_mk_316() {
        let v = ok(r#"{"month":"2024-02","monthly_allocation":"60","service":"companion","days":[{"date":"2024-02-28","hours":"24"},{"date":"2024-02-29","hours":"24"},{"date":"2024-02-01","hours":"13"}]}"#);
        assert_eq!(s(&v, "service"), "companion");
        assert_eq!((s(&v, "total_payable"), s(&v, "not_payable")), ("60", "1"));
        assert!(s(step(&v, "r1-regime"), "text").contains("companion service"));
    }

    /// Each step on the day before and the day it starts: every step
    /// starts on a month's first day, so the months either side.
    #[test]
    fn each_hourly_amount_applies_from_the_day_it_starts_and_not_the_day_before() {
        let at = |m: &str, reg: &str| {
            let day = format!("{m}-01");
            ok(&format!(r#"{{"month":"{m}"{reg},"monthly_allocation":"10","days":[{{"date":"{day}","hours":"10"}}]}}"#))
        };
        // 30.06.2021: MK 316 is not in force yet.
        assert_eq!(
            errors(r#"{"month":"2021-06","regulation":"mk316","monthly_allocation":"10","days":[]}"#),
            [("regulation".to_string(), "not_in_force".to_string())]
        );
        for (m, reg, rate, from, pay) in [
            ("2021-07", r#","regulation":"mk316""#, "4.5", "2021-07-01", "45.00"),
            ("2022-12", "", "4.5", "2021-07-01", "45.00"),
            ("2023-01", "", "4.79", "2023-01-01", "47.90"),
            ("2023-03", "", "4.79", "2023-01-01", "47.90"),
            ("2023-04", "", "5.11", "2023-04-01", "51.10"),
        ] {
            let v = at(m, reg);
            assert_eq!(s(&v, "rate_source"), "verified", "{m}");
            assert_eq!(s(&v, "hourly_rate"), rate, "{m}");
            assert_eq!(s(&v, "rate_verified_from"), from, "{m}");
            assert_eq!(s(&v, "pay"), pay, "{m}");
            assert!(s(step(&v, "r1-monthly-pay"), "text").contains("all taxes included"), "{m}");
        }
        // After the last verified step: no amount unless the user enters one.
        let v = at("2023-05", "");
        assert_eq!(s(&v, "rate_source"), "none");
        assert!(is_null(&v, "pay"));
    }

    #[test]
    fn an_entered_amount_in_a_month_with_a_verified_one_is_not_used_and_a_warning_says_so() {
        let v = ok(r#"{"month":"2023-02","monthly_allocation":"10","hourly_rate":"9","days":[{"date":"2023-02-01","hours":"2"}]}"#);
        assert_eq!((s(&v, "hourly_rate"), s(&v, "pay")), ("4.79", "9.58"));
        let w = &arr(&v, "warnings")[0];
        assert_eq!((s(w, "field"), s(w, "code")), ("hourly_rate", "verified_rate_used"));
    }
}

mod the_2021_transition {
    use super::*;

    const OCT: &str = r#""month":"2021-10","days":[{"date":"2021-10-04","hours":"6","measure":1}]"#;

    #[test]
    fn october_2021_without_a_regulation_is_an_error_naming_regulation_and_nothing_else() {
        let got = errors(&format!(r#"{{{OCT},"weekly_allocation":"20"}}"#));
        assert_eq!(got, [("regulation".to_string(), "required".to_string())]);
        let lv = run("assistant-hours", &format!(r#"{{{OCT},"weekly_allocation":"20"}}"#), Lang::Lv).unwrap_err();
        assert!(lv.to_string().contains("personas līgums"), "{lv}");
    }

    #[test]
    fn october_2021_under_mk_942_uses_the_average_rule_of_mk_360_and_mk_662_on_their_days() {
        let v = ok(&format!(
            r#"{{{OCT},"regulation":"mk942","weekly_allocation":"20","emergency":{{"activities_resumed":false,"previous_months":["30","30","30"]}}}}"#
        ));
        assert_eq!(s(&v, "regime"), "mk942");
        assert_eq!(s(&v, "rule"), "emergency_average");
        // 11–31 October (21 days) outweighs 1–10 October.
        let p = v.get("period").unwrap();
        assert_eq!((s(p, "id"), s(p, "from"), s(p, "to"), s(p, "source")), ("mk662-p73-74", "2021-10-11", "2021-12-31", "MK 662 p. 73–74"));
        assert_eq!(s(p, "question"), "epidemiological_measures");
        let ids: Vec<&str> = arr(&v, "periods").iter().map(|p| s(p, "id")).collect();
        assert_eq!(ids, ["mk360-p34.3", "mk662-p73-74"]);
        let in_month = arr(&v, "periods")[0].get("in_month").unwrap();
        assert_eq!((s(in_month, "from"), s(in_month, "to")), ("2021-10-01", "2021-10-10"));
        assert_eq!(s(&v, "emergency_entitlement"), "24");
        let regime = step(&v, "r1-regime");
        assert_eq!(s(regime, "source"), "MK 316 p. 47");
        let sources: Vec<&str> = steps(&v).iter().filter(|x| s(x, "id") == "r1-period").map(|x| s(x, "source")).collect();
        assert_eq!(sources, ["MK 360 p. 34.³", "MK 662 p. 73–74"]);
    }

    #[test]
    fn october_2021_under_mk_316_caps_the_month_by_its_allocation_and_asks_no_emergency_questions() {
        let v = ok(&format!(r#"{{"month":"2021-10","regulation":"mk316","monthly_allocation":"4","days":[{{"date":"2021-10-04","hours":"6"}}]}}"#));
        assert_eq!((s(&v, "regime"), s(&v, "total_payable"), s(&v, "not_payable")), ("mk316", "4", "2"));
        assert_eq!((s(&v, "hourly_rate"), s(&v, "pay")), ("4.5", "18.00"));
        assert!(is_null(&v, "period"));
        assert_eq!(s(step(&v, "r1-regime"), "source"), "MK 316 p. 47");
    }

    #[test]
    fn with_no_previous_use_mk_360_days_get_the_zero_average_and_the_result_says_why() {
        let v = ok(r#"{"month":"2021-08","weekly_allocation":"20","regulation":"mk942","days":[],
            "emergency":{"activities_resumed":false,"previous_months":["0","0","0"]}}"#);
        assert_eq!(s(&v, "rule"), "emergency_no_previous_use_zero_average");
        assert_eq!(s(&v, "emergency_hours"), "0");
        let z = step(&v, "r1-zero-average");
        assert_eq!((s(z, "source"), s(z, "interpretation")), ("MK 360 p. 34.³", "zero-average"));
        assert!(s(z, "text").contains("the average of three months of no use is 0 h"), "{z}");
    }

    #[test]
    fn april_2021_names_both_periods_and_gives_the_one_with_more_days_as_its_period() {
        let v = ok(r#"{"month":"2021-04","weekly_allocation":"20","days":[],
            "emergency":{"activities_resumed":false,"previous_months":["0","0","0"]}}"#);
        assert_eq!(s(v.get("period").unwrap(), "id"), "mk360-p34.3");
        assert_eq!(arr(&v, "periods").len(), 2);
        // 10 h a week on 1–6 April (ES 2020-21), the zero average on 7–30 April.
        assert_eq!(s(&v, "emergency_weekly_limit"), "10");
        assert!(arr(&v, "emergency_days").iter().all(|d| s(d, "date") <= "2021-04-06"));
        assert_eq!(s(step(&v, "r1-zero-average"), "source"), "MK 360 p. 34.³");
    }
}

mod december_2020 {
    use super::*;

    #[test]
    fn december_2020_uses_the_average_rule_of_the_second_emergency_and_names_its_source() {
        let v = ok(r#"{"month":"2020-12","weekly_allocation":"20","days":[{"date":"2020-12-01","hours":"3","measure":1}],
            "emergency":{"activities_resumed":false,"previous_months":["40","40","40"]}}"#);
        assert_eq!((s(&v, "regime"), s(&v, "rule")), ("mk942", "emergency_average"));
        let p = v.get("period").unwrap();
        assert_eq!((s(p, "id"), s(p, "from"), s(p, "to")), ("es-2020-21", "2020-11-09", "2021-04-06"));
        assert!(s(p, "source").starts_with("ES 2020-21"));
        assert_eq!((s(&v, "emergency_entitlement"), s(&v, "total_payable")), ("37", "40"));
        let period = step(&v, "r1-period");
        assert!(s(period, "source").starts_with("ES 2020-21"));
        assert!(s(period, "source_text").contains("9 November 2020 to 6 April 2021"), "{period}");
        assert_eq!(s(step(&v, "r1-regime"), "source"), "MK 942");
    }

    #[test]
    fn december_2020_without_the_emergency_answers_asks_for_them() {
        assert!(errors(r#"{"month":"2020-12","weekly_allocation":"20","days":[]}"#).contains(&("emergency".into(), "required".into())));
    }

    #[test]
    fn when_the_service_could_be_used_as_contracted_no_period_is_applied() {
        let v = ok(r#"{"month":"2020-12","weekly_allocation":"20","days":[],"emergency":{"activities_resumed":true}}"#);
        assert_eq!(s(&v, "rule"), "emergency_resumed");
        assert!(is_null(&v, "period"));
        assert!(s(step(&v, "r1-period"), "text").contains("had resumed"));
    }
}

mod fields_of_another_regime {
    use super::*;

    fn has(got: &[(String, String)], field: &str, code: &str) -> bool {
        got.iter().any(|(f, c)| f == field && c == code)
    }

    #[test]
    fn a_weekly_allocation_in_2023_is_an_error_naming_it() {
        let got = errors(r#"{"month":"2023-05","weekly_allocation":"20","monthly_allocation":"80","days":[]}"#);
        assert_eq!(got, [("weekly_allocation".to_string(), "not_for_regime".to_string())]);
        let e = run("assistant-hours", r#"{"month":"2023-05","weekly_allocation":"20","monthly_allocation":"80","days":[]}"#, Lang::Lv)
            .unwrap_err();
        assert!(e.to_string().contains("MK noteikumus Nr. 316"), "{e}");
    }

    #[test]
    fn a_monthly_allocation_in_2019_is_an_error_naming_it() {
        let got = errors(r#"{"month":"2019-05","weekly_allocation":"20","monthly_allocation":"80","days":[]}"#);
        assert_eq!(got, [("monthly_allocation".to_string(), "not_for_regime".to_string())]);
    }

    #[test]
    fn the_weekly_rules_fields_and_measures_are_errors_under_mk_316() {
        let got = errors(
            r#"{"month":"2024-03","monthly_allocation":"80","daily_max":"8","granularity":"1","paid_outside_month":{},
                "emergency":{"activities_resumed":true},"days":[{"date":"2024-03-01","hours":"2","measure":1}]}"#,
        );
        for f in ["daily_max", "granularity", "paid_outside_month", "emergency", "days[0].measure"] {
            assert!(has(&got, f, "not_for_regime"), "{f}: {got:?}");
        }
    }

    #[test]
    fn the_companion_service_under_mk_942_and_unknown_words_are_errors() {
        assert!(has(&errors(r#"{"month":"2019-05","weekly_allocation":"20","service":"companion","days":[]}"#), "service", "not_for_regime"));
        assert!(has(&errors(r#"{"month":"2024-05","monthly_allocation":"20","service":"carer","days":[]}"#), "service", "not_one_of"));
        assert!(has(&errors(r#"{"month":"2021-09","regulation":"mk999","monthly_allocation":"20","days":[]}"#), "regulation", "not_one_of"));
        assert!(has(&errors(r#"{"month":"2022-01","regulation":"mk942","weekly_allocation":"20","days":[]}"#), "regulation", "not_in_force"));
        assert!(has(&errors(r#"{"month":"2024-05","days":[]}"#), "monthly_allocation", "required"));
        assert!(has(&errors(r#"{"month":"2024-05","monthly_allocation":"745","days":[]}"#), "monthly_allocation", "too_large"));
    }
}

mod month_facts {
    use super::*;

    #[test]
    fn october_2021_allows_both_regulations_and_has_two_periods_with_their_questions() {
        let m = month("2021-10");
        let regimes: Vec<&str> = arr(&m, "regimes").iter().map(|r| if let Json::String(x) = r { x.as_str() } else { "" }).collect();
        assert_eq!(regimes, ["mk942", "mk316"]);
        assert_eq!(m.get("regulation_required"), Some(&Json::Bool(true)));
        let p = arr(&m, "periods");
        assert_eq!(p.len(), 2);
        assert_eq!((s(&p[0], "id"), s(&p[0], "source"), s(&p[0], "question")), ("mk360-p34.3", "MK 360 p. 34.³", "epidemiological_measures"));
        assert_eq!(s(p[1].get("in_month").unwrap(), "from"), "2021-10-11");
        assert_eq!(s(m.get("hourly_amount").unwrap(), "amount"), "4.5");
        assert_eq!(arr(&m, "emergency_days").len(), 31);
    }

    #[test]
    fn december_2020_asks_whether_activities_had_resumed() {
        let m = month("2020-12");
        assert_eq!(m.get("regulation_required"), Some(&Json::Bool(false)));
        assert_eq!(s(&arr(&m, "periods")[0], "question"), "activities_resumed");
        assert!(is_null(&m, "hourly_amount") && is_null(&m, "allocation_help"));
    }

    #[test]
    fn november_2026_is_mk_316_with_the_last_verified_amount_and_the_allocation_help() {
        let m = month("2026-11");
        assert_eq!(m.get("covered"), Some(&Json::Bool(true)));
        assert!(arr(&m, "periods").is_empty());
        let h = m.get("hourly_amount").unwrap();
        assert_eq!((s(h, "amount"), s(h, "from")), ("5.11", "2023-04-01"));
        assert_eq!(h.get("in_force"), Some(&Json::Bool(false)));
        let help = m.get("allocation_help").unwrap();
        let lines = arr(help, "lines");
        let work = lines.iter().find(|l| s(l, "purpose") == "paid-work-studies-paralympic-sport").unwrap();
        assert_eq!((s(work, "coefficient_1"), s(work, "coefficient_2")), ("80", "160"));
        assert_eq!(help.get("adds_up_verified"), Some(&Json::Bool(false)));
        // 1 November 2026 is a Sunday and 30 November a Monday: six ISO weeks touch it.
        assert_eq!(arr(&m, "weeks").len(), 6);
    }

    #[test]
    fn the_help_for_group_i_from_childhood_changes_with_the_month_after_26_may_2022() {
        let line = |m: &str| {
            let f = month(m);
            let lines = arr(f.get("allocation_help").unwrap(), "lines").to_vec();
            let l = lines.iter().find(|l| s(l, "purpose") == "day-care-or-workshop").unwrap().clone();
            s(&l, "coefficient_1").to_string()
        };
        assert_eq!(line("2022-05"), "40");
        assert_eq!(line("2022-06"), "50");
    }

    #[test]
    fn december_2012_is_not_covered() {
        assert_eq!(month("2012-12").get("covered"), Some(&Json::Bool(false)));
    }
}

#[test]
fn every_explanation_step_has_a_source_that_names_no_file() {
    let inputs = [
        november_2026(""),
        november_2026(r#","hourly_rate":"6""#),
        r#"{"month":"2023-04","monthly_allocation":"10","days":[{"date":"2023-04-03","hours":"2"}]}"#.into(),
        r#"{"month":"2021-10","regulation":"mk942","weekly_allocation":"20","days":[],"emergency":{"activities_resumed":false,"previous_months":["0","0","0"]}}"#.into(),
        r#"{"month":"2021-04","weekly_allocation":"20","days":[],"emergency":{"activities_resumed":false,"previous_months":["0","0","0"]}}"#.into(),
        r#"{"month":"2020-12","weekly_allocation":"20","days":[],"emergency":{"activities_resumed":true}}"#.into(),
        r#"{"month":"2020-12","weekly_allocation":"20","hourly_rate":"3","days":[],"emergency":{"activities_resumed":false,"previous_months":["9","9","10"]}}"#.into(),
        r#"{"month":"2019-05","weekly_allocation":"20","days":[]}"#.into(),
    ];
    for lang in [Lang::En, Lang::Lv] {
        for input in &inputs {
            let v = run("assistant-hours", input, lang).unwrap_or_else(|e| panic!("{input}: {e}"));
            for st in steps(&v) {
                for k in ["source", "source_text", "text"] {
                    let t = s(st, k);
                    assert!(!t.trim().is_empty(), "{k} empty in {st}");
                    for bad in [".md", ".rs", "RULES", "source 0", "sources/", ".txt"] {
                        assert!(!t.contains(bad), "{k} of {} names a file: {t}", s(st, "id"));
                    }
                }
            }
        }
    }
}

#[test]
fn the_command_line_answers_november_2026_in_latvian_and_english() {
    for (lang, words) in [("lv", "MK noteikumus Nr. 316"), ("en", "Cabinet Regulation No. 316")] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_socialrules"))
            .args(["assistant-hours", "--lang", lang])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        child.stdin.take().unwrap().write_all(november_2026("").as_bytes()).unwrap();
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(out.contains(r#""regime":"mk316""#) && out.contains(r#""total_payable":"80""#), "{out}");
        assert!(out.contains(r#""last_verified_rate":{"amount":"5.11","from":"2023-04-01"}"#), "{out}");
        assert!(out.contains(words), "{lang}: {out}");
    }
}
