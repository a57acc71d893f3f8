#![cfg(not(target_arch = "wasm32"))]
//! R2 and R3 answers that say one thing (issue 9): the model's end, "not
//! yet" against "never", "at the latest" with a fact missing, the
//! pre-retirement line for the person's situation, and the cross-field
//! date checks, each an error naming its field.

use socialrules::contract::json::Json;
use socialrules::contract::registry as api;
use socialrules::text::Lang;

fn run_in(name: &str, input: &str, lang: Lang) -> Json {
    match api::run(name, input, lang).expect("calculator") {
        Ok(v) => v,
        Err(e) => panic!("expected a result for {input}, got {e}"),
    }
}

fn run(name: &str, input: &str) -> Json {
    run_in(name, input, Lang::En)
}

fn s(v: Option<&Json>) -> String {
    match v {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Null) | None => "null".into(),
        Some(other) => other.to_string(),
    }
}

fn steps(v: &Json) -> Vec<(String, String)> {
    match v.get("explanation") {
        Some(Json::Array(a)) => a.iter().map(|st| (s(st.get("id")), s(st.get("text")))).collect(),
        _ => panic!("no explanation"),
    }
}

fn text_of(v: &Json, id: &str) -> String {
    steps(v).into_iter().find(|(i, _)| i == id).map(|(_, t)| t).unwrap_or_else(|| panic!("no step {id} in {:?}", steps(v)))
}

/// (field, code, other_field-free message) of each error, in `lang`.
fn errors_in(name: &str, input: &str, lang: Lang) -> Vec<(String, String, String)> {
    match api::run(name, input, lang).expect("calculator") {
        Ok(v) => panic!("expected errors for {input}, got {v}"),
        Err(Json::Array(a)) => a.iter().map(|e| (s(e.get("field")), s(e.get("code")), s(e.get("message")))).collect(),
        Err(e) => panic!("{e}"),
    }
}

mod lt_eligibility {
    use super::*;

    const ALL_MET: &str = r#""birth_date":"1980-01-01","registered_since":"2019-01-15","last_employment_end":"2017-01-01","cash_social_assistance":"receives""#;

    #[test]
    fn a_date_after_30_december_2022_says_the_model_ended_and_names_its_successor_as_information() {
        for date in ["2022-12-31", "2023-03-01"] {
            let v = run("lt-eligibility", &format!(r#"{{"date":"{date}",{ALL_MET}}}"#));
            assert_eq!(s(v.get("verdict")), "not_covered");
            assert_eq!((s(v.get("outlook")), s(v.get("never_reason"))), ("never".into(), "model_ended".into()));
            let ended = text_of(&v, "r2-model-ended");
            assert!(ended.contains("ran from 13 May 2019 to 30 December 2022 and no longer runs"), "{ended}");
            assert!(text_of(&v, "r2-successor").contains("A1-257") && text_of(&v, "r2-successor").contains("A1-911"));
            let ids: Vec<String> = steps(&v).into_iter().map(|(i, _)| i).collect();
            assert!(!ids.contains(&"r2-verdict".to_string()), "said once: {ids:?}");
            let sources: Vec<String> = match v.get("explanation") {
                Some(Json::Array(a)) => a.iter().map(|st| s(st.get("source"))).collect(),
                _ => vec![],
            };
            assert!(sources.contains(&"SADM order A1-257 as amended by A1-911".to_string()), "{sources:?}");
        }
        // The window's last day still answers.
        let v = run("lt-eligibility", &format!(r#"{{"date":"2022-12-30",{ALL_MET}}}"#));
        assert_eq!((s(v.get("verdict")), s(v.get("outlook"))), ("eligible".into(), "now".into()));
    }

    #[test]
    fn with_the_last_job_unknown_the_registration_alone_qualifies_by_16_january_2020() {
        let input = |date: &str| format!(r#"{{"date":"{date}","birth_date":"1980-01-01","registered_since":"2019-01-15","cash_social_assistance":"receives"}}"#);
        let v = run("lt-eligibility", &input("2020-01-15"));
        assert_eq!(s(v.get("verdict")), "cannot_tell");
        assert_eq!(s(v.get("qualifies_by")), "2020-01-16");
        assert_eq!(s(v.get("earliest_date")), "null", "a fact is missing");
        assert_eq!(s(v.get("outlook")), "at_the_latest");
        assert_eq!(v.get("missing").unwrap().to_string(), r#"["last_employment_end"]"#);
        let t = text_of(&v, "r2-outlook-at-the-latest");
        assert!(t.contains("from 16 January 2020 at the latest") && t.contains("the end date of the last job"), "{t}");
        let v = run("lt-eligibility", &input("2020-01-16"));
        assert_eq!((s(v.get("verdict")), s(v.get("outlook"))), ("eligible".into(), "now".into()));
    }

    #[test]
    fn not_yet_and_never_are_different_answers_with_different_words() {
        let not_yet = run("lt-eligibility", &format!(r#"{{"date":"2020-06-14",{}}}"#, ALL_MET.replace("1980-01-01", "1990-06-15")));
        assert_eq!((s(not_yet.get("outlook")), s(not_yet.get("earliest_date"))), ("from".into(), "2020-06-15".into()));
        assert!(text_of(&not_yet, "r2-outlook-from").starts_with("Not yet: "), "{}", text_of(&not_yet, "r2-outlook-from"));
        let never = run("lt-eligibility", &format!(r#"{{"date":"2020-06-14",{}}}"#, ALL_MET.replace("receives", "no")));
        assert_eq!((s(never.get("outlook")), s(never.get("never_reason")), s(never.get("never_criterion"))), ("never".into(), "fails_for_good".into(), "cash_social_assistance".into()));
        let t = text_of(&never, "r2-outlook-never");
        assert!(t.starts_with("Not under these rules, because") && !t.contains("Not yet"), "{t}");
        // 30 only after the window: never, with the day they would all hold.
        let late = run("lt-eligibility", &format!(r#"{{"date":"2020-06-14",{}}}"#, ALL_MET.replace("1980-01-01", "1993-01-01")));
        assert_eq!((s(late.get("never_reason")), s(late.get("never_date"))), ("holds_only_after_window".into(), "2023-01-01".into()));
        assert!(text_of(&late, "r2-outlook-never").contains("only from 1 January 2023"));
    }

    #[test]
    fn cannot_tell_names_the_fact_that_would_decide_it() {
        let v = run("lt-eligibility", r#"{"date":"2020-06-01","birth_date":"1980-01-01","registered_since":"2019-01-15"}"#);
        assert_eq!((s(v.get("outlook")), v.get("missing").unwrap().to_string()), ("cannot_tell".into(), r#"["cash_social_assistance"]"#.into()));
        assert_eq!(text_of(&v, "r2-outlook-cannot-tell"), "Cannot tell: the fact that would decide it is the answer on cash social assistance.");
        let lv = run_in("lt-eligibility", r#"{"date":"2020-06-01","birth_date":"1980-01-01","registered_since":"2019-01-15"}"#, Lang::Lv);
        assert_eq!(text_of(&lv, "r2-outlook-cannot-tell"), "Nevar pateikt: izšķirošā ziņa ir atbilde par naudas sociālo palīdzību.");
    }

    #[test]
    fn dates_before_the_birth_and_a_job_ending_after_the_registration_are_errors_naming_the_field() {
        let got = errors_in("lt-eligibility", r#"{"date":"1979-12-31","birth_date":"1980-01-01"}"#, Lang::En);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("date", "date_before_date"));
        assert!(got[0].2.contains("before the date of birth (1 January 1980)"), "{}", got[0].2);
        for field in ["registered_since", "last_employment_end"] {
            let got = errors_in("lt-eligibility", &format!(r#"{{"date":"2020-06-01","birth_date":"1980-01-01","{field}":"1979-12-31"}}"#), Lang::Lv);
            assert_eq!((got[0].0.as_str(), got[0].1.as_str()), (field, "date_before_date"), "{got:?}");
            assert!(got[0].2.contains("nevar būt pirms dzimšanas datuma (01.01.1980)"), "{}", got[0].2);
        }
        // The job must end on or before the day of registration.
        let job = |end: &str| format!(r#"{{"date":"2020-06-01","birth_date":"1980-01-01","registered_since":"2019-01-15","last_employment_end":"{end}"}}"#);
        let got = errors_in("lt-eligibility", &job("2019-01-16"), Lang::En);
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("registered_since", "date_before_date"), "{got:?}");
        assert!(got[0].2.contains("the job must end on or before the day of registration"), "{}", got[0].2);
        assert!(api::run("lt-eligibility", &job("2019-01-15"), Lang::En).unwrap().is_ok(), "the same day is accepted");
        // One problem, one error: a registration after the date is not also before the birth.
        let got = errors_in("lt-eligibility", r#"{"date":"2020-06-01","birth_date":"2021-01-01","registered_since":"2020-06-02"}"#, Lang::En);
        assert_eq!(got.iter().filter(|e| e.0 == "registered_since").count(), 1, "{got:?}");
    }
}

mod lv_unemployment {
    use super::*;

    #[test]
    fn not_registered_the_pre_retirement_line_says_when_the_age_is_reached_and_that_registration_makes_it_count() {
        let v = run("lv-unemployment", r#"{"date":"2022-01-01","birth_date":"1961-05-02"}"#);
        assert_eq!((s(v.get("pre_retirement")), s(v.get("pre_retirement_unemployed_from"))), ("not_registered".into(), "null".into()));
        assert_eq!(
            text_of(&v, "r3-pre-retirement"),
            "You reach pre-retirement age on 2 May 2021 (five years before the retirement date, 2 May 2026); you count as a pre-retirement unemployed person once registered as unemployed."
        );
    }

    #[test]
    fn registered_after_the_age_is_reached_the_group_begins_on_the_registration() {
        let v = run("lv-unemployment", r#"{"date":"2025-06-01","birth_date":"1961-05-02","registered_since":"2025-03-10"}"#);
        assert_eq!((s(v.get("pre_retirement")), s(v.get("pre_retirement_unemployed_from"))), ("registered".into(), "2025-03-10".into()));
        assert_eq!(s(v.get("pre_retirement_from")), "2021-05-02", "the age itself is unchanged");
        assert!(text_of(&v, "r3-pre-retirement").contains("from 10 March 2025 until the day before"), "{}", text_of(&v, "r3-pre-retirement"));
        let v = run("lv-unemployment", r#"{"date":"2026-06-01","birth_date":"1961-05-02","registered_since":"2026-05-02"}"#);
        assert_eq!(s(v.get("pre_retirement")), "registered_after_retirement");
    }

    #[test]
    fn cross_field_dates_are_errors_naming_the_field_in_latvian_and_english() {
        let cases = [
            (r#"{"date":"1961-05-01","birth_date":"1961-05-02"}"#, "date"),
            (r#"{"date":"2024-01-01","birth_date":"1961-05-02","employment_end":"1961-05-01"}"#, "employment_end"),
            (r#"{"date":"2024-01-01","birth_date":"1961-05-02","registered_since":"1961-05-01"}"#, "registered_since"),
            (r#"{"date":"2024-01-01","birth_date":"1961-05-02","employment_end":"2023-01-06","registered_since":"2023-01-05"}"#, "registered_since"),
        ];
        for (input, field) in cases {
            let lv = errors_in("lv-unemployment", input, Lang::Lv);
            let en = errors_in("lv-unemployment", input, Lang::En);
            assert_eq!(lv.len(), 1, "{lv:?}");
            assert_eq!((lv[0].0.as_str(), lv[0].1.as_str()), (field, "date_before_date"), "{input}");
            assert_eq!((en[0].0.as_str(), en[0].1.as_str()), (field, "date_before_date"));
            assert!(lv[0].2.contains("nevar būt pirms"), "{}", lv[0].2);
            assert!(en[0].2.contains("cannot be before"), "{}", en[0].2);
        }
        let ok = api::run("lv-unemployment", r#"{"date":"2024-01-01","birth_date":"1961-05-02","employment_end":"2023-01-05","registered_since":"2023-01-05"}"#, Lang::En);
        assert!(ok.unwrap().is_ok(), "an employment ending on the day of registration is accepted");
    }
}
