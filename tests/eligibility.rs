#![cfg(not(target_arch = "wasm32"))]
//! R2 (Lithuanian employment model) and R3 (Latvian unemployment dates) as a
//! user of the JSON contract sees them: every criterion on the day before,
//! the day of and the day after its boundary (shared/RULES.md R2, R3).

use socialrules::contract::registry as api;
use socialrules::text::Lang;
use socialrules::contract::json::Json;

fn run(name: &str, input: &str) -> Json {
    match api::run(name, input, Lang::En).expect("calculator") {
        Ok(v) => v,
        Err(e) => panic!("expected a result for {input}, got {e}"),
    }
}

fn errors(name: &str, input: &str) -> Vec<(String, String)> {
    match api::run(name, input, Lang::En).expect("calculator") {
        Ok(v) => panic!("expected errors, got {v}"),
        Err(Json::Array(a)) => a
            .iter()
            .map(|e| (str_of(e.get("field")).to_string(), str_of(e.get("code")).to_string()))
            .collect(),
        Err(e) => panic!("{e}"),
    }
}

fn str_of(v: Option<&Json>) -> &str {
    match v {
        Some(Json::String(s)) => s,
        Some(Json::Null) | None => "null",
        other => panic!("not a string: {other:?}"),
    }
}

mod lt_eligibility {
    use super::*;

    /// Everything holds except what the case varies.
    fn ask(date: &str, extra: &str) -> Json {
        let base = r#""birth_date":"1980-01-01","registered_since":"2018-01-01","last_employment_end":"2015-01-01","cash_social_assistance":"receives""#;
        let mut fields: Vec<String> = base.split(',').map(str::to_string).collect();
        for e in extra.split(',').filter(|e| !e.is_empty()) {
            let key = e.split(':').next().unwrap();
            fields.retain(|f| f.split(':').next().unwrap() != key);
            if !e.ends_with(":null") {
                fields.push(e.to_string());
            }
        }
        run("lt-eligibility", &format!(r#"{{"date":"{date}",{}}}"#, fields.join(",")))
    }

    fn criterion<'a>(v: &'a Json, id: &str) -> &'a Json {
        match v.get("criteria") {
            Some(Json::Array(a)) => a.iter().find(|c| str_of(c.get("id")) == id).unwrap(),
            _ => panic!("no criteria"),
        }
    }

    fn met(v: &Json, id: &str) -> Option<bool> {
        match criterion(v, id).get("met") {
            Some(Json::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    #[test]
    fn age_holds_from_the_30th_birthday() {
        let b = r#""birth_date":"1990-06-15""#;
        assert_eq!(met(&ask("2020-06-14", b), "age"), Some(false));
        assert_eq!(met(&ask("2020-06-15", b), "age"), Some(true));
        assert_eq!(met(&ask("2020-06-16", b), "age"), Some(true));
        assert_eq!(str_of(ask("2020-06-14", b).get("earliest_date")), "2020-06-15");
        assert_eq!(str_of(ask("2020-06-14", b).get("verdict")), "not_eligible");
        assert_eq!(str_of(ask("2020-06-15", b).get("verdict")), "eligible");
    }

    #[test]
    fn born_on_29_february_the_30th_birthday_is_28_february() {
        let b = r#""birth_date":"1992-02-29""#;
        assert_eq!(met(&ask("2022-02-27", b), "age"), Some(false));
        assert_eq!(met(&ask("2022-02-28", b), "age"), Some(true));
        assert_eq!(str_of(criterion(&ask("2022-02-01", b), "age").get("holds_from")), "2022-02-28");
    }

    #[test]
    fn registered_for_more_than_12_months_holds_from_the_day_after_r_plus_12_months() {
        let r = r#""registered_since":"2019-06-15","last_employment_end":"2019-06-14""#;
        assert_eq!(met(&ask("2020-06-15", r), "long_term_unemployed"), Some(false), "exactly 12 months is not more than 12");
        assert_eq!(met(&ask("2020-06-16", r), "long_term_unemployed"), Some(true));
        assert_eq!(met(&ask("2020-06-17", r), "long_term_unemployed"), Some(true));
        assert_eq!(str_of(ask("2020-06-15", r).get("earliest_date")), "2020-06-16");
    }

    #[test]
    fn registrations_on_month_ends_and_29_february() {
        // 29 Feb 2020 + 12 months = 28 Feb 2021: more than 12 months from 1 March 2021.
        let r = r#""registered_since":"2020-02-29","last_employment_end":"2020-02-28""#;
        assert_eq!(met(&ask("2021-02-28", r), "long_term_unemployed"), Some(false));
        assert_eq!(met(&ask("2021-03-01", r), "long_term_unemployed"), Some(true));
        // 31 March 2019 + 12 months = 31 March 2020: from 1 April.
        let r = r#""registered_since":"2019-03-31","last_employment_end":"2019-03-30""#;
        assert_eq!(met(&ask("2020-03-31", r), "long_term_unemployed"), Some(false));
        assert_eq!(met(&ask("2020-04-01", r), "long_term_unemployed"), Some(true));
    }

    #[test]
    fn not_working_for_more_than_2_years_holds_from_the_day_after_24_months() {
        let e = r#""registered_since":"2019-05-01","last_employment_end":"2017-05-31""#;
        assert_eq!(met(&ask("2019-05-31", e), "long_term_unemployed"), Some(false));
        assert_eq!(met(&ask("2019-06-01", e), "long_term_unemployed"), Some(true));
        assert_eq!(met(&ask("2019-06-02", e), "long_term_unemployed"), Some(true));
        // A job that ended on 29 Feb 2020: 24 months later is 28 Feb 2022.
        let e = r#""registered_since":"2021-12-01","last_employment_end":"2020-02-29""#;
        assert_eq!(met(&ask("2022-02-28", e), "long_term_unemployed"), Some(false));
        assert_eq!(met(&ask("2022-03-01", e), "long_term_unemployed"), Some(true));
    }

    #[test]
    fn entitled_counts_from_the_dated_parameter_of_a1_48() {
        let c = r#""cash_social_assistance":"entitled""#;
        assert_eq!(met(&ask("2020-01-21", c), "cash_social_assistance"), Some(false));
        assert_eq!(met(&ask("2020-01-22", c), "cash_social_assistance"), Some(true));
        assert_eq!(met(&ask("2020-01-23", c), "cash_social_assistance"), Some(true));
        assert_eq!(str_of(ask("2019-12-01", c).get("earliest_date")), "2020-01-22");
        let text = str_of(criterion(&ask("2020-01-21", c), "cash_social_assistance").get("text")).to_string();
        assert!(text.contains("not verified"), "{text}");
    }

    #[test]
    fn the_programme_window_is_13_may_2019_to_30_december_2022() {
        assert_eq!(str_of(ask("2019-05-12", "").get("verdict")), "not_covered");
        assert_eq!(str_of(ask("2019-05-12", "").get("earliest_date")), "2019-05-13");
        assert_eq!(str_of(ask("2019-05-13", "").get("verdict")), "eligible");
        assert_eq!(str_of(ask("2022-12-30", "").get("verdict")), "eligible");
        assert_eq!(str_of(ask("2022-12-31", "").get("verdict")), "not_covered");
        assert_eq!(str_of(ask("2022-12-31", "").get("earliest_date")), "null");
    }

    #[test]
    fn a_30th_birthday_after_the_window_gives_no_earliest_date() {
        let v = ask("2020-01-01", r#""birth_date":"1993-01-01""#);
        assert_eq!(str_of(v.get("verdict")), "not_eligible");
        assert_eq!(str_of(v.get("earliest_date")), "null");
        let v = ask("2020-01-01", r#""birth_date":"1992-12-30""#);
        assert_eq!(str_of(v.get("earliest_date")), "2022-12-30", "the last day of the window");
    }

    #[test]
    fn no_cash_assistance_is_not_eligible_and_time_will_not_change_it() {
        let v = ask("2020-06-01", r#""cash_social_assistance":"no""#);
        assert_eq!(str_of(v.get("verdict")), "not_eligible");
        assert_eq!(str_of(v.get("earliest_date")), "null");
    }

    #[test]
    fn missing_facts_give_cannot_tell() {
        let v = ask("2020-06-01", r#""registered_since":null,"last_employment_end":null"#);
        assert_eq!(str_of(v.get("verdict")), "cannot_tell");
        assert_eq!(met(&v, "long_term_unemployed"), None);
        let v = ask("2020-06-01", r#""cash_social_assistance":null"#);
        assert_eq!(str_of(v.get("verdict")), "cannot_tell");
        // One branch known and holding is enough.
        let v = ask("2020-06-01", r#""last_employment_end":null"#);
        assert_eq!(str_of(v.get("verdict")), "eligible");
    }

    #[test]
    fn the_municipality_is_information_never_a_verdict() {
        let v = ask("2020-06-01", r#""municipality":"Kazlu Rudos savivaldybe""#);
        assert_eq!(str_of(v.get("municipality_known")), "Kazlų Rūdos");
        assert!(str_of(v.get("municipality_note")).contains("24 months"));
        let v = ask("2020-06-01", r#""municipality":"Vilnius""#);
        assert_eq!(str_of(v.get("verdict")), "eligible");
        assert_eq!(str_of(v.get("municipality_known")), "null");
        assert!(str_of(v.get("municipality_note")).contains("Ask your municipality"));
    }

    #[test]
    fn bad_facts_name_their_fields() {
        let got = errors(
            "lt-eligibility",
            r#"{"date":"2020-06-31","birth_date":"","registered_since":"2021-01-01","cash_social_assistance":"yes","municipality":7,"x":1}"#,
        );
        for want in [
            ("x", "unknown_field"),
            ("date", "no_such_day"),
            ("birth_date", "required"),
            ("cash_social_assistance", "not_one_of"),
            ("municipality", "wrong_type"),
        ] {
            assert!(got.contains(&(want.0.to_string(), want.1.to_string())), "{want:?} in {got:?}");
        }
        let got = errors("lt-eligibility", r#"{"date":"2020-06-01","birth_date":"2021-01-01","registered_since":"2020-06-02"}"#);
        assert!(got.contains(&("date".into(), "date_before_date".into())), "{got:?}");
        assert!(got.contains(&("registered_since".into(), "date_after_date".into())), "{got:?}");
    }

    #[test]
    fn dates_may_be_written_the_latvian_and_lithuanian_way() {
        let v = run("lt-eligibility", r#"{"date":"1.06.2020.","birth_date":"10.03.1985","registered_since":"2019-01-15","cash_social_assistance":"receives"}"#);
        assert_eq!(str_of(v.get("date")), "2020-06-01");
        assert_eq!(str_of(v.get("verdict")), "eligible");
    }
}

mod lv_unemployment {
    use super::*;

    fn ask(birth: &str, extra: &str) -> Json {
        run("lv-unemployment", &format!(r#"{{"date":"2024-01-01","birth_date":"{birth}"{extra}}}"#))
    }

    fn age(v: &Json) -> (String, String) {
        let a = v.get("retirement_age").unwrap();
        (a.get("years").unwrap().to_string(), a.get("months").unwrap().to_string())
    }

    /// The first birth date of each step of the schedule (derived by hand
    /// from RULES.md R3: "born 1.01–30.09.1952: 62 y 3 m; born 1.10.1952:
    /// 62 y 6 m; born on or after 1.04.1960: 65"), with the age and the
    /// retirement date, and the day before with the previous age.
    const STEPS: &[(&str, (u32, u32), &str, &str, (u32, u32), &str)] = &[
        ("1952-01-01", (62, 3), "2014-04-01", "1951-12-31", (62, 0), "2013-12-31"),
        ("1952-10-01", (62, 6), "2015-04-01", "1952-09-30", (62, 3), "2014-12-30"),
        ("1953-07-01", (62, 9), "2016-04-01", "1953-06-30", (62, 6), "2015-12-30"),
        ("1954-04-01", (63, 0), "2017-04-01", "1954-03-31", (62, 9), "2016-12-31"),
        ("1955-01-01", (63, 3), "2018-04-01", "1954-12-31", (63, 0), "2017-12-31"),
        ("1955-10-01", (63, 6), "2019-04-01", "1955-09-30", (63, 3), "2018-12-30"),
        ("1956-07-01", (63, 9), "2020-04-01", "1956-06-30", (63, 6), "2019-12-30"),
        ("1957-04-01", (64, 0), "2021-04-01", "1957-03-31", (63, 9), "2020-12-31"),
        ("1958-01-01", (64, 3), "2022-04-01", "1957-12-31", (64, 0), "2021-12-31"),
        ("1958-10-01", (64, 6), "2023-04-01", "1958-09-30", (64, 3), "2022-12-30"),
        ("1959-07-01", (64, 9), "2024-04-01", "1959-06-30", (64, 6), "2023-12-30"),
        ("1960-04-01", (65, 0), "2025-04-01", "1960-03-31", (64, 9), "2024-12-31"),
    ];

    #[test]
    fn retirement_dates_on_both_sides_of_every_step_of_the_schedule() {
        for (first, a, date, before, b, date_before) in STEPS {
            let v = ask(first, "");
            assert_eq!(age(&v), (a.0.to_string(), a.1.to_string()), "born {first}");
            assert_eq!(str_of(v.get("retirement_date")), *date, "born {first}");
            let v = ask(before, "");
            assert_eq!(age(&v), (b.0.to_string(), b.1.to_string()), "born {before}");
            assert_eq!(str_of(v.get("retirement_date")), *date_before, "born {before}");
        }
    }

    #[test]
    fn births_across_1951_to_1962() {
        for (birth, years, months, date) in [
            ("1951-01-01", 62, 0, "2013-01-01"),
            ("1951-07-15", 62, 0, "2013-07-15"),
            ("1952-07-01", 62, 3, "2014-10-01"),
            ("1956-02-29", 63, 6, "2019-08-29"),
            ("1960-02-29", 64, 9, "2024-11-29"),
            ("1961-05-02", 65, 0, "2026-05-02"),
            ("1962-12-31", 65, 0, "2027-12-31"),
            ("1964-02-29", 65, 0, "2029-02-28"),
        ] {
            let v = ask(birth, "");
            assert_eq!(age(&v), (years.to_string(), months.to_string()), "born {birth}");
            assert_eq!(str_of(v.get("retirement_date")), date, "born {birth}");
        }
    }

    #[test]
    fn the_earliest_application_is_the_day_after_the_employment_ended() {
        let v = ask("1970-01-01", r#","employment_end":"2022-12-31""#);
        assert_eq!(str_of(v.get("earliest_application_date")), "2023-01-01");
        let v = ask("1970-01-01", r#","employment_end":"2024-02-28""#);
        assert_eq!(str_of(v.get("earliest_application_date")), "2024-02-29");
        let v = ask("1970-01-01", "");
        assert_eq!(str_of(v.get("earliest_application_date")), "null");
    }

    fn groups_on(date: &str, birth: &str, reg: &str) -> Vec<String> {
        let v = run("lv-unemployment", &format!(r#"{{"date":"{date}","birth_date":"{birth}","registered_since":"{reg}"}}"#));
        match v.get("groups") {
            Some(Json::Array(a)) => a.iter().map(|g| str_of(Some(g)).to_string()).collect(),
            _ => panic!(),
        }
    }

    #[test]
    fn long_term_unemployed_from_12_months_after_registration() {
        assert!(groups_on("2024-01-04", "1980-01-01", "2023-01-05").is_empty());
        assert_eq!(groups_on("2024-01-05", "1980-01-01", "2023-01-05"), ["long_term_unemployed"]);
        assert_eq!(groups_on("2024-01-06", "1980-01-01", "2023-01-05"), ["long_term_unemployed"]);
        // Registered on 29 Feb 2020: 12 months later is 28 Feb 2021.
        assert!(groups_on("2021-02-27", "1980-01-01", "2020-02-29").is_empty());
        assert_eq!(groups_on("2021-02-28", "1980-01-01", "2020-02-29"), ["long_term_unemployed"]);
    }

    #[test]
    fn pre_retirement_age_from_five_years_before_until_the_retirement_date() {
        // Born 2 May 1961: retires 2 May 2026; pre-retirement from 2 May 2021.
        assert!(groups_on("2021-05-01", "1961-05-02", "2021-04-01").is_empty());
        assert_eq!(groups_on("2021-05-02", "1961-05-02", "2021-04-01"), ["pre_retirement_age"]);
        assert_eq!(groups_on("2026-05-01", "1961-05-02", "2025-04-01"), ["long_term_unemployed", "pre_retirement_age"]);
        assert_eq!(groups_on("2026-05-02", "1961-05-02", "2025-04-01"), ["long_term_unemployed"]);
    }

    #[test]
    fn the_issue_example_and_disability_as_entered() {
        let v = run(
            "lv-unemployment",
            r#"{"date":"2024-01-01","birth_date":"1961-05-02","employment_end":"2022-12-31","registered_since":"2023-01-05","disability":true}"#,
        );
        assert_eq!(str_of(v.get("earliest_application_date")), "2023-01-01");
        assert_eq!(str_of(v.get("retirement_date")), "2026-05-02");
        assert_eq!(str_of(v.get("pre_retirement_from")), "2021-05-02");
        assert_eq!(str_of(v.get("long_term_from")), "2024-01-05");
        assert_eq!(v.get("groups").unwrap().to_string(), r#"["pre_retirement_age","with_disability"]"#);
    }

    #[test]
    fn not_registered_means_no_groups_and_before_2014_is_not_covered() {
        let v = run("lv-unemployment", r#"{"date":"2024-01-01","birth_date":"1961-05-02"}"#);
        assert_eq!(v.get("groups").unwrap().to_string(), "[]");
        assert_eq!(str_of(v.get("pre_retirement_from")), "2021-05-02");
        let v = run("lv-unemployment", r#"{"date":"2013-12-31","birth_date":"1955-05-02","registered_since":"2010-01-01"}"#);
        assert_eq!(v.get("covered"), Some(&Json::Bool(false)));
        assert_eq!(v.get("groups").unwrap().to_string(), "[]");
        let v = run("lv-unemployment", r#"{"date":"2014-01-01","birth_date":"1955-05-02","registered_since":"2010-01-01"}"#);
        assert_eq!(v.get("covered"), Some(&Json::Bool(true)));
    }

    #[test]
    fn bad_facts_name_their_fields() {
        let got = errors("lv-unemployment", r#"{"date":"2024-13-01","birth_date":"abc","disability":"maybe","registered_since":5}"#);
        for want in [("date", "no_such_day"), ("birth_date", "invalid_date"), ("disability", "wrong_type"), ("registered_since", "wrong_type")] {
            assert!(got.contains(&(want.0.to_string(), want.1.to_string())), "{want:?} in {got:?}");
        }
    }
}
