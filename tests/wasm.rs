//! The WebAssembly bindings in headless Chromium (wasm-bindgen-test): the
//! same answers as the command line, expected failures as data, and no
//! panic for any JavaScript value, however malformed.
//! Run by `cargo xtask test`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

use socialrules::text::{Catalog, Lang};
use socialrules::wasm::{calculate, message, set_catalog};

/// Hands the four catalogs to the rules, as the page hands over its own:
/// already parsed (what `cargo xtask build` writes from each `.ftl` file).
fn catalogs() {
    for (lang, text) in [
        (Lang::Lv, include_str!("../src/text/catalog/lv.ftl")),
        (Lang::Lt, include_str!("../src/text/catalog/lt.ftl")),
        (Lang::En, include_str!("../src/text/catalog/en.ftl")),
        (Lang::Ru, include_str!("../src/text/catalog/ru.ftl")),
    ] {
        let compiled = Catalog::parse(lang, text).0.compiled();
        let problems: Array = set_catalog(s(lang.code()), s(&compiled)).unchecked_into();
        assert_eq!(problems.length(), 0, "{}.ftl", lang.code());
    }
}

const PETERIS: &str = include_str!("../examples/peteris-2020-06.json");

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn ok_of(v: &JsValue) -> bool {
    get(v, "ok").as_bool().expect("ok is a boolean")
}

fn s(x: &str) -> JsValue {
    JsValue::from_str(x)
}

/// Every answer has the same shape: ok, result, errors (an array).
fn assert_shape(v: &JsValue) {
    assert!(v.is_object(), "an object");
    let ok = ok_of(v);
    assert!(Array::is_array(&get(v, "errors")));
    if ok {
        assert!(get(v, "result").is_object());
    } else {
        assert!(get(v, "result").is_null());
        let errors: Array = get(v, "errors").unchecked_into();
        assert!(errors.length() > 0);
        for e in errors.iter() {
            assert!(get(&e, "field").is_string() && get(&e, "code").is_string() && get(&e, "message").is_string());
        }
    }
}

#[wasm_bindgen_test]
fn the_pages_labels_come_from_the_catalog_of_their_language_with_plural_forms() {
    catalogs();
    let n = |x: f64| {
        let o = Object::new();
        Reflect::set(&o, &s("n"), &JsValue::from_f64(x)).unwrap();
        JsValue::from(o)
    };
    assert_eq!(message(s("lt"), s("hours"), n(21.0)), "21 valanda");
    assert_eq!(message(s("ru"), s("hours"), n(22.0)), "22 часа");
    assert_eq!(message(s("lv"), s("hours"), n(11.0)), "11 stundu");
    assert_eq!(message(s("en"), s("ui-result-title"), JsValue::UNDEFINED), "Result");
    // Hostile arguments still give text.
    assert_eq!(message(s("xx"), JsValue::from_f64(1.0), JSON::parse("[1,{}]").unwrap()), "");
}

#[wasm_bindgen_test]
fn peteris_as_text_and_as_an_object_gives_32_emergency_hours_and_80_payable() {
    let as_text = calculate(s("assistant-hours"), s(PETERIS), s("en"));
    assert_shape(&as_text);
    assert!(ok_of(&as_text));
    let r = get(&as_text, "result");
    assert_eq!(get(&r, "emergency_hours").as_string().as_deref(), Some("32"));
    assert_eq!(get(&r, "total_payable").as_string().as_deref(), Some("80"));
    let object = JSON::parse(PETERIS).unwrap();
    let as_object = calculate(s("assistant-hours"), object, s("lv"));
    assert_eq!(get(&get(&as_object, "result"), "total_payable").as_string().as_deref(), Some("80"));
}

#[wasm_bindgen_test]
fn the_date_calculators_answer_in_the_browser_as_on_the_command_line() {
    let v = calculate(
        s("lv-unemployment"),
        s(r#"{"date":"2024-01-01","birth_date":"1961-05-02","employment_end":"2022-12-31","registered_since":"2023-01-05"}"#),
        s("lv"),
    );
    assert_shape(&v);
    assert_eq!(get(&get(&v, "result"), "retirement_date").as_string().as_deref(), Some("2026-05-02"));
    let v = calculate(s("lt-eligibility"), s(r#"{"date":"2020-06-01","birth_date":"1985-03-10","registered_since":"2019-01-15","cash_social_assistance":"receives"}"#), s("en"));
    assert_eq!(get(&get(&v, "result"), "verdict").as_string().as_deref(), Some("eligible"));
}

#[wasm_bindgen_test]
fn an_input_error_comes_back_as_data_in_the_chosen_language() {
    catalogs();
    let bad = r#"{"month":"2021-06","weekly_allocation":"10","days":[{"date":"2021-06-03","hours":"30","measure":1}]}"#;
    let v = calculate(s("assistant-hours"), s(bad), s("lv"));
    assert_shape(&v);
    assert!(!ok_of(&v));
    let e = Array::from(&get(&v, "errors")).get(0);
    assert_eq!(get(&e, "field").as_string().as_deref(), Some("days[0].hours"));
    assert_eq!(get(&e, "message").as_string().as_deref(), Some("Stundas (3. jūnija): ievadiet skaitli no 0 līdz 24."));
}

#[wasm_bindgen_test]
fn hostile_values_never_panic_and_always_answer_with_data() {
    let cyclic = Object::new();
    Reflect::set(&cyclic, &s("self"), &cyclic).unwrap();
    let deep = {
        let mut v: JsValue = Array::new().into();
        for _ in 0..100_000 {
            let a = Array::new();
            a.push(&v);
            v = a.into();
        }
        v
    };
    let huge = Array::new();
    for i in 0..200_000 {
        huge.push(&JsValue::from_f64(f64::from(i)));
    }
    let with = |k: &str, v: JsValue| {
        let o = JSON::parse(PETERIS).unwrap();
        Reflect::set(&o, &s(k), &v).unwrap();
        JsValue::from(o)
    };
    let values: Vec<JsValue> = vec![
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::TRUE,
        JsValue::from_f64(f64::NAN),
        JsValue::from_f64(f64::INFINITY),
        JsValue::from_f64(-0.0),
        s(""),
        s("{"),
        s("\u{0}"),
        s(&"[".repeat(1_000_000)),
        s(&"x".repeat(2_000_000)),
        js_sys::Symbol::for_("s").into(),
        js_sys::BigInt::from(5u32).into(),
        js_sys::Function::new_no_args("return 1").into(),
        cyclic.into(),
        deep,
        huge.clone().into(),
        with("days", huge.into()),
        with("weekly_allocation", JsValue::from_f64(f64::NAN)),
        with("weekly_allocation", JsValue::from_f64(1e308)),
        with("month", Object::new().into()),
        with("days", JSON::parse(r#"[null, 1, "x", [], {"date": {"a": 1}}]"#).unwrap()),
        with("emergency", JSON::parse(r#"{"activities_resumed": [], "previous_months": [{}, null, "NaN"]}"#).unwrap()),
    ];
    let names = [s("assistant-hours"), s("assistant-month"), s("lt-eligibility"), s("lv-unemployment"), s("nope"), JsValue::NULL, JsValue::from_f64(3.0)];
    for name in names {
        for lang in [s("lv"), s("en"), JsValue::UNDEFINED, JsValue::from_f64(f64::NAN)] {
            for v in &values {
                let answer = calculate(name.clone(), v.clone(), lang.clone());
                assert_shape(&answer);
            }
        }
    }
}

/// Random JSON-ish values built from a fixed seed: every one answered as data.
#[wasm_bindgen_test]
fn random_junk_is_answered_as_data() {
    let mut seed: u64 = 0x1234_5678_9abc_def1;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    fn junk(next: &mut dyn FnMut() -> u64, depth: u32) -> JsValue {
        match next() % if depth > 4 { 6 } else { 8 } {
            0 => JsValue::NULL,
            1 => JsValue::from_bool(next() % 2 == 0),
            2 => JsValue::from_f64((next() % 1000) as f64 / 7.0),
            3 => JsValue::from_str(
                ["2020-06", "2020-06-01", "3,5", "-1", "abc", "", "1e9", "24", "29.02.2020", "receives", "9999-12-31", "0001-01-01"][(next() % 12) as usize],
            ),
            4 => JsValue::from_str(&format!("{}", next() % 50)),
            5 => JsValue::UNDEFINED,
            6 => {
                let a = Array::new();
                for _ in 0..next() % 5 {
                    a.push(&junk(next, depth + 1));
                }
                a.into()
            }
            _ => {
                let o = Object::new();
                let keys = [
                    "month", "weekly_allocation", "days", "emergency", "date", "hours", "measure", "previous_months", "activities_resumed",
                    "granularity", "daily_max", "birth_date", "registered_since", "last_employment_end", "cash_social_assistance",
                    "municipality", "employment_end", "disability",
                ];
                for _ in 0..next() % 6 {
                    let k = keys[(next() % keys.len() as u64) as usize];
                    Reflect::set(&o, &JsValue::from_str(k), &junk(next, depth + 1)).unwrap();
                }
                o.into()
            }
        }
    }
    for i in 0..4000 {
        let v = junk(&mut next, 0);
        let name = ["assistant-hours", "lt-eligibility", "lv-unemployment", "assistant-month"][i % 4];
        assert_shape(&calculate(s(name), v, s("en")));
    }
}
