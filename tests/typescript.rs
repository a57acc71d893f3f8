//! The package's TypeScript declarations of the inputs (field tables in
//! `src/contract/typescript.rs`) say what the readers accept: the same
//! fields, the same required ones, and only words the reader takes.

use socialrules::contract::registry::{answer, Answer};
use socialrules::contract::typescript::{Input, ASSISTANT_DAY, ASSISTANT_EMERGENCY, INPUTS, NESTED, VBTAI_POST, WORDS};
use socialrules::contract::{assistant_hours, lt_eligibility, lv_unemployment, mk360_admission, vbtai_competition};
use socialrules::text::Lang;

fn names(i: &Input) -> Vec<&'static str> {
    let mut v: Vec<_> = i.fields.iter().map(|f| f.name).collect();
    v.sort_unstable();
    v
}

fn sorted(list: &[&'static str]) -> Vec<&'static str> {
    let mut v = list.to_vec();
    v.sort_unstable();
    v
}

fn input(name: &str) -> &'static Input {
    &INPUTS.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("no input declared for {name}")).1
}

fn errors(calculator: &str, json: &str) -> Vec<(String, String)> {
    match answer(calculator, json, Lang::En, false).expect("a calculator") {
        Answer::Result(_) => Vec::new(),
        Answer::Errors(text) => {
            let list: serde_json::Value = serde_json::from_str(&text).expect("errors as JSON");
            list.as_array()
                .into_iter()
                .flatten()
                .map(|x| (x["field"].as_str().unwrap_or("").to_string(), x["code"].as_str().unwrap_or("").to_string()))
                .collect()
        }
    }
}

#[test]
fn every_calculator_has_a_declared_input_with_exactly_the_fields_its_reader_accepts() {
    let readers: &[(&str, &[&str])] = &[
        ("assistant-hours", assistant_hours::FIELDS),
        ("lt-eligibility", lt_eligibility::FIELDS),
        ("lv-unemployment", lv_unemployment::FIELDS),
        ("mk360-admission", mk360_admission::FIELDS),
        ("vbtai-competition", vbtai_competition::FIELDS),
        ("esf-ex-prisoners", &[]),
        ("assistant-month", &["month"]),
    ];
    for name in socialrules::contract::registry::CALCULATORS {
        let fields = readers.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("{name}: no reader's field list in this test")).1;
        assert_eq!(names(input(name)), sorted(fields), "{name}: the declared fields differ from the reader's");
    }
    assert_eq!(names(&ASSISTANT_DAY), sorted(assistant_hours::DAY_FIELDS), "days[]");
    assert_eq!(names(&ASSISTANT_EMERGENCY), sorted(assistant_hours::EMERGENCY_FIELDS), "emergency");
    assert_eq!(names(&VBTAI_POST), sorted(vbtai_competition::POST_FIELDS), "posts[]");
    assert_eq!(NESTED.len(), 3);
}

#[test]
fn an_empty_input_is_refused_for_exactly_the_fields_declared_required() {
    for name in ["lt-eligibility", "lv-unemployment", "mk360-admission", "vbtai-competition", "esf-ex-prisoners", "assistant-month"] {
        let mut required: Vec<String> = errors(name, "{}").into_iter().filter(|(_, c)| c == "required").map(|(f, _)| f).collect();
        required.sort();
        let mut declared: Vec<String> = input(name).fields.iter().filter(|f| f.required).map(|f| f.name.to_string()).collect();
        declared.sort();
        assert_eq!(required, declared, "{name}: required fields");
    }
    // The nested entries: a post and a day with nothing in them.
    let post: Vec<String> = errors("vbtai-competition", r#"{"education":"other","english":"B2","posts":[{}]}"#)
        .into_iter()
        .filter(|(_, c)| c == "required")
        .map(|(f, _)| f)
        .collect();
    assert_eq!(post, ["posts[0].from", "posts[0].kind", "posts[0].subordinates"], "a post's required fields (subordinates: unless `other`)");
    let day: Vec<String> = errors("assistant-hours", r#"{"month":"2019-06","weekly_allocation":"40","days":[{}]}"#)
        .into_iter()
        .filter(|(_, c)| c == "required")
        .map(|(f, _)| f)
        .collect();
    let mut declared: Vec<String> = ASSISTANT_DAY.fields.iter().filter(|f| f.required).map(|f| format!("days[0].{}", f.name)).collect();
    declared.sort();
    let mut day = day;
    day.sort();
    // MK 942 asks the measure too; the declaration leaves it optional because MK 316 refuses it.
    declared.push("days[0].measure".into());
    declared.sort();
    assert_eq!(day, declared, "a day's required fields under MK 942");
    let month_only = errors("assistant-hours", r#"{}"#);
    assert!(month_only.iter().any(|(f, c)| f == "month" && c == "required"), "assistant-hours: the month is required");
}

#[test]
fn every_word_the_declarations_name_is_accepted_by_the_reader_and_another_is_not() {
    let examples = [
        ("lt-eligibility", include_str!("../examples/lt-eligibility.json")),
        ("mk360-admission", include_str!("../examples/mk360-admission.json")),
        ("vbtai-competition", include_str!("../examples/vbtai-competition.json")),
    ];
    for (calculator, field, words) in WORDS {
        let declared = input(calculator).fields.iter().find(|f| f.name == *field).unwrap_or_else(|| panic!("{calculator}.{field} not declared"));
        for w in *words {
            assert!(declared.ts.contains(&format!("\"{w}\"")), "{calculator}.{field}: {w} is not in its type {}", declared.ts);
        }
        let quoted = declared.ts.matches('"').count() / 2;
        assert_eq!(quoted, words.len(), "{calculator}.{field}: its type names other words than {words:?}");
        let base: serde_json::Value = match examples.iter().find(|(c, _)| c == calculator) {
            Some((_, e)) => serde_json::from_str(e).expect("an example"),
            // assistant-hours: a month of the transition, where both regulations hold.
            None => serde_json::json!({"month": "2021-08", "regulation": "mk316", "monthly_allocation": "80", "days": []}),
        };
        for w in words.iter().copied().chain(["no-such-word"]) {
            let mut v = base.clone();
            v[*field] = serde_json::Value::String(w.to_string());
            let errs: Vec<_> = errors(calculator, &v.to_string()).into_iter().filter(|(f, _)| f == *field).collect();
            if w == "no-such-word" {
                assert!(errs.iter().any(|(_, c)| c == "not_one_of"), "{calculator}.{field}: {w} is refused");
            } else {
                assert!(errs.is_empty(), "{calculator}.{field}: {w} refused: {errs:?}");
            }
        }
    }
}

#[test]
fn every_field_declared_as_nullable_may_be_null_and_no_other() {
    let examples = [
        ("lt-eligibility", include_str!("../examples/lt-eligibility.json")),
        ("lv-unemployment", include_str!("../examples/lv-unemployment.json")),
        ("mk360-admission", include_str!("../examples/mk360-admission.json")),
        ("vbtai-competition", include_str!("../examples/vbtai-competition.json")),
    ];
    for (calculator, example) in examples {
        let base: serde_json::Value = serde_json::from_str(example).expect("an example");
        for f in input(calculator).fields {
            let mut v = base.clone();
            v[f.name] = serde_json::Value::Null;
            let errs: Vec<_> = errors(calculator, &v.to_string()).into_iter().filter(|(field, _)| field == f.name).collect();
            if f.ts.ends_with("| null") {
                assert!(errs.is_empty(), "{calculator}.{}: declared nullable, but null is refused: {errs:?}", f.name);
            } else if f.required {
                assert!(!errs.is_empty(), "{calculator}.{}: declared not nullable, but null is accepted", f.name);
            }
        }
    }
}
