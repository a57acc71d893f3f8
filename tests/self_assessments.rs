#![cfg(not(target_arch = "wasm32"))]
//! R4 (MK 360 admission), R5 (the VBTAI competition) and R6 (the ESF
//! ex-prisoner project) as a user of the JSON contract and the command line
//! sees them: each boundary on the day before, of and after it, bad input
//! as errors naming the field in Latvian and English, never a panic.

use std::io::Write;
use std::process::{Command, Stdio};

use socialrules::contract::json::Json;
use socialrules::contract::registry as api;
use socialrules::text::Lang;

fn run(name: &str, input: &str) -> Json {
    match api::run(name, input, Lang::En).expect("calculator") {
        Ok(v) => v,
        Err(e) => panic!("expected a result for {input}, got {e}"),
    }
}

/// The errors as (field, code, message) in `lang`.
fn errors_in(name: &str, input: &str, lang: Lang) -> Vec<(String, String, String)> {
    match api::run(name, input, lang).expect("calculator") {
        Ok(v) => panic!("expected errors for {input}, got {v}"),
        Err(Json::Array(a)) => a.iter().map(|e| (s(e.get("field")), s(e.get("code")), s(e.get("message")))).collect(),
        Err(e) => panic!("{e}"),
    }
}

fn s(v: Option<&Json>) -> String {
    match v {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Bool(b)) => b.to_string(),
        Some(Json::Null) | None => "null".into(),
        Some(other) => other.to_string(),
    }
}

/// Checks that `input` gives an error at `field` with `code`, with a message
/// in Latvian and in English that differ and are not a bare id.
fn assert_error(name: &str, input: &str, field: &str, code: &str) {
    let mut messages = Vec::new();
    for lang in [Lang::Lv, Lang::En] {
        let got = errors_in(name, input, lang);
        let Some((_, _, m)) = got.iter().find(|(f, c, _)| f == field && c == code) else {
            panic!("no {field}/{code} in {got:?} for {input}");
        };
        assert!(m.len() > 15 && !m.starts_with("error-"), "{m}");
        messages.push(m.clone());
    }
    assert_ne!(messages[0], messages[1], "the same words in Latvian and English: {}", messages[0]);
}

fn ids(v: &Json) -> Vec<String> {
    match v.get("explanation") {
        Some(Json::Array(a)) => a.iter().map(|st| s(st.get("id"))).collect(),
        _ => panic!("no explanation"),
    }
}

fn interpretations(v: &Json) -> Vec<String> {
    match v.get("explanation") {
        Some(Json::Array(a)) => a.iter().map(|st| s(st.get("interpretation"))).filter(|i| i != "null").collect(),
        _ => panic!("no explanation"),
    }
}

fn text_of(v: &Json, id: &str) -> String {
    match v.get("explanation") {
        Some(Json::Array(a)) => a.iter().find(|st| s(st.get("id")) == id).map(|st| s(st.get("text"))).unwrap_or_else(|| panic!("no step {id}")),
        _ => panic!("no explanation"),
    }
}

mod mk360_admission {
    use super::*;

    fn long_term(placement: &str, extra: &str) -> Json {
        run("mk360-admission", &format!(r#"{{"placement_date":"{placement}","institution":"long_term_care"{extra}}}"#))
    }

    fn other(placement: &str, extra: &str) -> Json {
        run("mk360-admission", &format!(r#"{{"placement_date":"{placement}","institution":"other_accommodation"{extra}}}"#))
    }

    #[test]
    fn a_long_term_care_test_counts_when_taken_2_days_before_but_not_3() {
        for (test, admissible, by) in [("2020-06-12", "false", "null"), ("2020-06-13", "true", "test"), ("2020-06-15", "true", "test"), ("2020-06-16", "false", "null")] {
            let v = long_term("2020-06-15", &format!(r#","negative_test_date":"{test}""#));
            assert_eq!(s(v.get("admissible")), admissible, "test on {test}");
            assert_eq!(s(v.get("by")), by, "test on {test}");
            assert_eq!(s(v.get("test_valid_from")), "2020-06-13");
            assert_eq!(s(v.get("point")), "33.1");
        }
        let v = long_term("2020-06-15", r#","negative_test_date":"2020-06-12""#);
        assert_eq!(v.get("problems").unwrap().to_string(), r#"["test_too_early"]"#);
        assert!(text_of(&v, "r4-test").contains("too early"), "{}", text_of(&v, "r4-test"));
        assert!(text_of(&v, "r4-verdict").starts_with("Not admissible on 15 June 2020"), "{}", text_of(&v, "r4-verdict"));
    }

    #[test]
    fn isolation_ends_14_days_after_the_day_of_admission() {
        let v = long_term("2020-06-15", r#","negative_test_date":"2020-06-14""#);
        assert_eq!(s(v.get("isolation_until")), "2020-06-29");
        assert!(interpretations(&v).contains(&"isolation".to_string()));
        assert!(text_of(&v, "r4-isolation-reading").contains("until 29 June 2020 inclusive"));
        // Not admitted: no isolation date.
        assert_eq!(s(long_term("2020-06-15", "").get("isolation_until")), "null");
    }

    #[test]
    fn a_child_placed_urgently_is_exempt_but_not_one_transferred_from_inpatient_treatment() {
        let v = long_term("2020-06-15", r#","urgent_child_placement":true"#);
        assert_eq!((s(v.get("admissible")), s(v.get("by"))), ("true".into(), "exempt".into()));
        let v = long_term("2020-06-15", r#","urgent_child_placement":true,"from_inpatient_treatment":true"#);
        assert_eq!((s(v.get("admissible")), s(v.get("point"))), ("false".into(), "33.2".into()));
    }

    #[test]
    fn other_services_need_one_of_a_test_3_days_before_or_a_certificate_7_days_before() {
        for (test, admissible) in [("2020-06-11", "false"), ("2020-06-12", "true"), ("2020-06-13", "true")] {
            let v = other("2020-06-15", &format!(r#","negative_test_date":"{test}""#));
            assert_eq!(s(v.get("admissible")), admissible, "test on {test}");
        }
        for (cert, admissible) in [("2020-06-07", "false"), ("2020-06-08", "true"), ("2020-06-09", "true")] {
            let v = other("2020-06-15", &format!(r#","certificate_date":"{cert}""#));
            assert_eq!(s(v.get("admissible")), admissible, "certificate on {cert}");
            assert_eq!(s(v.get("certificate_valid_from")), "2020-06-08");
        }
        let v = other("2020-06-15", r#","certificate_date":"2020-06-08""#);
        assert_eq!(s(v.get("by")), "certificate");
        assert!(interpretations(&v).contains(&"one-of".to_string()), "the result says one of prevails");
        let v = other("2020-06-15", "");
        assert_eq!(v.get("problems").unwrap().to_string(), r#"["no_document"]"#);
    }

    #[test]
    fn with_respiratory_symptoms_no_document_admits_under_point_34_and_the_answer_says_why() {
        let v = other("2020-06-15", r#","negative_test_date":"2020-06-14","certificate_date":"2020-06-14","respiratory_symptoms":true"#);
        assert_eq!(s(v.get("admissible")), "false");
        assert_eq!(v.get("problems").unwrap().to_string(), r#"["respiratory_symptoms"]"#);
        assert!(interpretations(&v).contains(&"symptoms".to_string()));
        assert!(text_of(&v, "r4-verdict").contains("signs of a respiratory disease"));
    }

    #[test]
    fn mk360_covers_placements_from_10_june_2020_to_10_october_2021() {
        for (date, covered, coverage) in [
            ("2020-06-09", "false", "before_in_force"),
            ("2020-06-10", "true", "covered"),
            ("2021-10-10", "true", "covered"),
            ("2021-10-11", "false", "lost_force"),
        ] {
            let v = other(date, r#","certificate_date":"2020-06-09""#);
            assert_eq!((s(v.get("covered")), s(v.get("coverage"))), (covered.to_string(), coverage.to_string()), "{date}");
            if covered == "false" {
                assert_eq!(s(v.get("admissible")), "null");
                assert_eq!(ids(&v), ["r4-not-covered"]);
            }
        }
        assert!(text_of(&other("2021-10-11", ""), "r4-not-covered").contains("11 October 2021"));
        assert_eq!(s(other("2020-06-10", "").get("later_amendments_not_encoded")), "false");
        assert_eq!(s(other("2020-06-11", "").get("later_amendments_not_encoded")), "true");
    }

    #[test]
    fn bad_input_names_each_field() {
        let name = "mk360-admission";
        assert_error(name, r#"{"institution":"other_accommodation"}"#, "placement_date", "required");
        assert_error(name, r#"{"placement_date":"2020-06-31","institution":"other_accommodation"}"#, "placement_date", "no_such_day");
        assert_error(name, r#"{"placement_date":"2020-06-15","institution":"hotel"}"#, "institution", "not_one_of");
        assert_error(name, r#"{"placement_date":"2020-06-15"}"#, "institution", "required");
        assert_error(name, r#"{"placement_date":"2020-06-15","institution":"long_term_care","negative_test_date":"yesterday"}"#, "negative_test_date", "invalid_date");
        assert_error(name, r#"{"placement_date":"2020-06-15","institution":"long_term_care","respiratory_symptoms":"maybe"}"#, "respiratory_symptoms", "wrong_type");
        assert_error(name, r#"{"placement_date":"2020-06-15","institution":"long_term_care","test":"2020-06-14"}"#, "test", "unknown_field");
        assert_error(name, "[1]", "", "not_an_object");
    }
}

mod vbtai_competition {
    use super::*;

    fn ask(posts: &str) -> Json {
        run("vbtai-competition", &format!(r#"{{"education":"academic_higher","english":"B2","posts":[{posts}]}}"#))
    }

    fn head(from: &str, to: &str) -> String {
        format!(r#"{{"from":"{from}","to":"{to}","kind":"head","subordinates":10}}"#)
    }

    fn met(v: &Json, id: &str) -> String {
        match v.get("criteria") {
            Some(Json::Array(a)) => a.iter().find(|c| s(c.get("id")) == id).map(|c| s(c.get("met"))).unwrap(),
            _ => panic!("no criteria"),
        }
    }

    #[test]
    fn exactly_three_years_is_from_a_day_to_the_day_before_the_same_date_three_years_later() {
        assert_eq!(met(&ask(&head("2015-03-01", "2018-02-27")), "experience"), "false");
        let v = ask(&head("2015-03-01", "2018-02-28"));
        assert_eq!(met(&v, "experience"), "true");
        assert_eq!(s(v.get("meets")), "true");
        assert_eq!(s(v.get("three_years_end")), "2018-02-28");
        assert_eq!(met(&ask(&head("2015-03-01", "2018-03-01")), "experience"), "true");
    }

    #[test]
    fn posts_that_touch_or_overlap_are_one_period_and_a_one_day_gap_breaks_it() {
        let touch = ask(&format!("{},{}", head("2015-03-01", "2016-12-31"), head("2017-01-01", "2018-02-28")));
        assert_eq!(met(&touch, "experience"), "true");
        assert_eq!(touch.get("longest_continuous").unwrap().to_string(), r#"{"from":"2015-03-01","to":"2018-02-28"}"#);
        let overlap = ask(&format!("{},{}", head("2015-03-01", "2017-06-30"), head("2017-01-01", "2018-02-28")));
        assert_eq!(met(&overlap, "experience"), "true");
        let gap = ask(&format!("{},{}", head("2015-03-01", "2016-12-30"), head("2017-01-01", "2018-02-28")));
        assert_eq!(met(&gap, "experience"), "false");
        assert_eq!(gap.get("periods").unwrap().to_string(), r#"[{"from":"2015-03-01","to":"2016-12-30"},{"from":"2017-01-01","to":"2018-02-28"}]"#);
    }

    #[test]
    fn only_the_part_from_the_windows_first_day_counts() {
        // The window is 22.06.2010 – 22.06.2020.
        let v = ask(&head("2010-06-22", "2013-06-21"));
        assert_eq!(v.get("window").unwrap().to_string(), r#"{"from":"2010-06-22","to":"2020-06-22"}"#);
        assert_eq!(met(&v, "experience"), "true", "from the window's first day");
        assert_eq!(met(&ask(&head("2010-06-23", "2013-06-21")), "experience"), "false", "a day short");
        let cut = ask(&head("2010-06-21", "2013-06-21"));
        assert_eq!(met(&cut, "experience"), "true");
        assert_eq!(cut.get("longest_continuous").unwrap().to_string(), r#"{"from":"2010-06-22","to":"2013-06-21"}"#, "cut to the window");
        assert_eq!(met(&ask(&head("2007-01-01", "2010-06-21")), "experience"), "false", "wholly before the window");
    }

    #[test]
    fn a_post_needs_10_subordinates_whatever_its_kind() {
        let post = |kind: &str, n: u32| format!(r#"{{"from":"2015-01-01","to":"2019-12-31","kind":"{kind}","subordinates":{n}}}"#);
        assert_eq!(met(&ask(&post("head", 9)), "experience"), "false");
        assert_eq!(met(&ask(&post("under_head", 9)), "experience"), "false");
        assert_eq!(met(&ask(&post("under_head", 10)), "experience"), "true");
        assert_eq!(met(&ask(&post("other", 50)), "experience"), "false");
        let v = ask(&post("under_head", 9));
        assert!(interpretations(&v).contains(&"subordinates".to_string()));
        assert!(interpretations(&v).contains(&"window-and-years".to_string()));
        assert!(text_of(&v, "r5-post").contains("fewer than 10 subordinates"), "{}", text_of(&v, "r5-post"));
    }

    #[test]
    fn education_and_english_b2_and_reputation_self_declared() {
        let v = run("vbtai-competition", r#"{"education":"other","english":"B1","posts":[]}"#);
        assert_eq!((met(&v, "education"), met(&v, "english"), s(v.get("meets"))), ("false".into(), "false".into(), "false".into()));
        assert_eq!(s(v.get("reputation")), "self_declared");
        assert_eq!(s(v.get("longest_continuous")), "null");
        assert!(text_of(&v, "r5-verdict").contains("education, experience, English"), "{}", text_of(&v, "r5-verdict"));
        let v = run("vbtai-competition", r#"{"education":"second_level_professional_higher","english":"C2"}"#);
        assert_eq!((met(&v, "education"), met(&v, "english")), ("true".into(), "true".into()));
        assert_eq!(s(v.get("deadline")), "2020-06-22", "the default deadline");
    }

    #[test]
    fn a_post_still_held_counts_up_to_the_deadline() {
        let v = ask(r#"{"from":"2017-06-23","kind":"head","subordinates":10}"#);
        assert_eq!(met(&v, "experience"), "true");
        assert_eq!(v.get("longest_continuous").unwrap().to_string(), r#"{"from":"2017-06-23","to":"2020-06-22"}"#);
    }

    #[test]
    fn bad_input_names_each_field_and_each_post_by_its_index() {
        let name = "vbtai-competition";
        let base = r#""education":"academic_higher","english":"B2""#;
        assert_error(name, r#"{"english":"B2"}"#, "education", "required");
        assert_error(name, r#"{"education":"phd","english":"B2"}"#, "education", "not_one_of");
        assert_error(name, r#"{"education":"other","english":"b3"}"#, "english", "not_one_of");
        assert_error(name, &format!(r#"{{{base},"deadline":"June 22"}}"#), "deadline", "invalid_date");
        assert_error(name, &format!(r#"{{{base},"posts":{{}}}}"#), "posts", "wrong_type");
        assert_error(name, &format!(r#"{{{base},"posts":[1]}}"#), "posts[0]", "wrong_type");
        let post = |body: &str| format!(r#"{{{base},"posts":[{},{{{body}}}]}}"#, head("2015-01-01", "2016-01-01"));
        assert_error(name, &post(r#""from":"2018-01-02","to":"2018-01-01","kind":"head","subordinates":10"#), "posts[1].from", "date_after_date");
        assert_error(name, &post(r#""from":"2018-01-01","to":"2018-01-01","kind":"boss","subordinates":10"#), "posts[1].kind", "not_one_of");
        assert_error(name, &post(r#""from":"2018-01-01","to":"2018-01-01","kind":"head","subordinates":10.5"#), "posts[1].subordinates", "not_a_whole_number");
        assert_error(name, &post(r#""from":"2018-01-01","to":"2018-01-01","kind":"head","subordinates":-1"#), "posts[1].subordinates", "negative");
        assert_error(name, &post(r#""from":"2018-01-01","to":"2018-01-01","kind":"head""#), "posts[1].subordinates", "required");
        assert_error(name, &post(r#""to":"2018-01-01","kind":"head","subordinates":3"#), "posts[1].from", "required");
        assert_error(name, &post(r#""from":"2018-01-01","kind":"head","subordinates":3,"title":"x""#), "posts[1].title", "unknown_field");
        let many: Vec<String> = (0..101).map(|_| head("2015-01-01", "2016-01-01")).collect();
        assert_error(name, &format!(r#"{{{base},"posts":[{}]}}"#, many.join(",")), "posts", "too_many_entries");
    }
}

mod esf_ex_prisoners {
    use super::*;

    #[test]
    fn the_card_splits_the_budget_exactly_85_and_15_percent() {
        let v = run("esf-ex-prisoners", "{}");
        assert_eq!(
            v.get("budget").unwrap().to_string(),
            r#"{"total":"4486638.00","esf":"3813642.30","state":"672995.70","esf_share":"0.85","state_share":"0.15"}"#
        );
        assert_eq!(s(v.get("verdict")), "null", "a card, never a verdict");
        assert_eq!(s(v.get("run_by")), "prison_administration");
        assert_eq!(v.get("partners").unwrap().to_string(), r#"["state_probation_service","state_employment_agency"]"#);
        assert_eq!(s(v.get("since_year")), "2016");
        assert_eq!(s(v.get("contact").and_then(|c| c.get("email"))), "Arita.Pecaka@tm.gov.lv");
        assert!(text_of(&v, "r6-budget").contains("EUR 3813642.30"));
    }

    #[test]
    fn the_cards_words_come_only_with_the_explanation_and_in_the_chosen_language() {
        let plain = api::answer("esf-ex-prisoners", "{}", Lang::Lv, false).unwrap();
        let api::Answer::Result(plain) = plain else { panic!() };
        assert!(!plain.contains("\"text\"") && !plain.contains("\"title\""), "{plain}");
        assert!(plain.contains("\"for_whom\":[\"prisoners\",\"former_prisoners\"]"));
        let lv = match api::run("esf-ex-prisoners", "{}", Lang::Lv).unwrap() {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        };
        assert!(text_of(&lv, "r6-run-by").contains("Ieslodzījuma vietu pārvalde"), "{}", text_of(&lv, "r6-run-by"));
        assert!(text_of(&lv, "r6-budget").contains("3813642,30"), "{}", text_of(&lv, "r6-budget"));
    }

    #[test]
    fn any_field_is_unknown_and_other_input_is_refused() {
        assert_error("esf-ex-prisoners", r#"{"name":"x"}"#, "name", "unknown_field");
        assert_error("esf-ex-prisoners", "[]", "", "not_an_object");
        assert_error("esf-ex-prisoners", "{", "", "invalid_json");
    }
}

#[test]
fn every_new_calculator_answers_its_example_on_the_command_line_and_exits_2_on_bad_input() {
    for (name, good_field) in [("mk360-admission", "\"admissible\":true"), ("vbtai-competition", "\"meets\":true"), ("esf-ex-prisoners", "\"esf\":\"3813642.30\"")] {
        let example = format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let o = Command::new(env!("CARGO_BIN_EXE_socialrules")).args([name, &example, "--lang", "lv"]).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(out.contains(good_field), "{name}: {out}");
        let mut child = Command::new(env!("CARGO_BIN_EXE_socialrules"))
            .arg(name)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(br#"{"x":1}"#).unwrap();
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert!(String::from_utf8(o.stdout).unwrap().contains(r#""field":"x","code":"unknown_field""#), "{name}");
    }
    let help = Command::new(env!("CARGO_BIN_EXE_socialrules")).arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    for name in ["mk360-admission", "vbtai-competition", "esf-ex-prisoners"] {
        assert!(help.contains(&format!("socialrules {name} [FILE]")), "usage names {name}");
    }
}

#[test]
fn latvian_and_english_have_the_same_messages_with_the_same_variables() {
    use socialrules::text::builtin_source;
    use socialrules::text::fluent::Catalog;
    let (en, e1) = Catalog::parse(Lang::En, builtin_source(Lang::En));
    let (lv, e2) = Catalog::parse(Lang::Lv, builtin_source(Lang::Lv));
    assert!(e1.is_empty() && e2.is_empty(), "{e1:?} {e2:?}");
    let lower = |v: Vec<String>| {
        let mut v: Vec<String> = v.into_iter().map(|s| s.to_lowercase()).collect();
        v.sort();
        v.dedup();
        v
    };
    for id in en.ids() {
        assert!(lv.has(id), "lv.ftl lacks {id}");
        if !id.starts_with("format-") {
            assert_eq!(lower(lv.variables(id)), lower(en.variables(id)), "{id}");
        }
    }
    for id in lv.ids() {
        assert!(en.has(id), "en.ftl lacks {id}");
    }
}
