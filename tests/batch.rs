#![cfg(not(target_arch = "wasm32"))]
//! The batch as an office runs it over a month's timesheets: the answers
//! come out in the order of the lines in, however the lines are shared out
//! between the cores, and `--brief` writes the same answers without their
//! explanation.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Output, Stdio};

use socialrules::contract::json::{self, Json};
use socialrules::contract::registry as api;
use socialrules::contract::write;
use socialrules::text::Lang;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_socialrules"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    // Written on a thread: the answers fill the output pipe meanwhile.
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let o = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    o
}

fn lines_of(o: &Output) -> Vec<String> {
    String::from_utf8(o.stdout.clone()).unwrap().lines().map(str::to_string).collect()
}

fn example(name: &str) -> String {
    let text = std::fs::read_to_string(format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    // One line: the examples' values hold no newline.
    text.replace('\n', " ")
}

/// Timesheets of every kind: the average rule, ordinary months, MK 316,
/// the months of a contract's choice, warnings, errors, lines that are not JSON.
fn timesheets() -> Vec<String> {
    let mut v = vec![
        example("peteris-2020-06"),
        r#"{"month":"2019-09","weekly_allocation":"16","days":[{"date":"2019-09-17","hours":"10","measure":4},{"date":"2019-09-25","hours":"0.5","measure":5}]}"#.to_string(),
        r#"{"month":"2020-04","weekly_allocation":"45","days":[{"date":"2020-04-10","hours":"3","measure":1}],"emergency":{"activities_resumed":false,"previous_months":["0","0","0"]},"hourly_rate":"2.7044"}"#.to_string(),
        r#"{"month":"2020-11","weekly_allocation":"20","days":[{"date":"2020-11-30","hours":"2","measure":7}],"emergency":{"activities_resumed":false,"previous_months":["100","50","1"]},"paid_outside_month":{"2020-W49":"3"}}"#.to_string(),
        r#"{"month":"2026-11","monthly_allocation":"80","service":"companion","days":[{"date":"2026-11-02","hours":"90"}],"hourly_rate":"5.11"}"#.to_string(),
        r#"{"month":"2021-08","regulation":"mk942","weekly_allocation":"30","days":[],"emergency":{"activities_resumed":true}}"#.to_string(),
        r#"{"month":"2021-08","weekly_allocation":"30","days":[]}"#.to_string(),
        r#"{"month":"2012-12","weekly_allocation":"5","days":[]}"#.to_string(),
        "not json".to_string(),
        String::new(),
    ];
    v.push(r#"{"month":"2020-06","weekly_allocation":"x","days":[{"date":"2020-07-01","hours":"25","measure":9}]}"#.to_string());
    v
}

/// `v` without its member `explanation`.
fn without_explanation(v: &Json) -> Json {
    match v {
        Json::Object(m) => Json::Object(m.iter().filter(|(k, _)| k != "explanation").cloned().collect()),
        other => other.clone(),
    }
}

#[test]
fn a_brief_batch_line_is_the_full_line_without_its_explanation_for_every_calculator() {
    let cases: Vec<(&str, Vec<String>)> = vec![
        ("assistant-hours", timesheets()),
        ("lt-eligibility", vec![example("lt-eligibility"), r#"{"date":"2020-06-01"}"#.to_string()]),
        ("lv-unemployment", vec![example("lv-unemployment"), "[]".to_string()]),
        ("mk360-admission", vec![example("mk360-admission")]),
        ("vbtai-competition", vec![example("vbtai-competition")]),
        ("esf-ex-prisoners", vec![example("esf-ex-prisoners")]),
    ];
    for (name, lines) in cases {
        let input = lines.join("\n") + "\n";
        for lang in ["en", "lv"] {
            let full = run(&["batch", name, "-", "--lang", lang], input.as_bytes());
            let brief = run(&["batch", name, "-", "--lang", lang, "--brief"], input.as_bytes());
            assert_eq!(full.status.code(), brief.status.code(), "{name}: the same exit code");
            let (full, brief) = (lines_of(&full), lines_of(&brief));
            assert_eq!(full.len(), lines.len(), "{name}: a line out for each line in");
            assert_eq!(brief.len(), lines.len(), "{name}: a line out for each line in, brief too");
            for (i, (f, b)) in full.iter().zip(&brief).enumerate() {
                let f = json::parse(f).unwrap().value;
                let b = json::parse(b).unwrap().value;
                if f.get("errors").is_none() {
                    assert!(f.get("explanation").is_some(), "{name} line {i}: the full answer explains");
                }
                assert!(b.get("explanation").is_none(), "{name} line {i}: the brief answer has no explanation");
                assert_eq!(without_explanation(&f), b, "{name} line {i} ({lang}): every other field the same");
            }
        }
    }
}

#[test]
fn brief_with_explain_or_outside_a_batch_is_a_usage_error() {
    let o = run(&["batch", "assistant-hours", "-", "--brief", "--explain"], b"{}\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--brief"));
    assert!(o.stdout.is_empty(), "no answer is written");
    let o = run(&["assistant-hours", "--brief"], example("peteris-2020-06").as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--brief is for a batch"));
}

/// `d` as a decimal, for comparing amounts written differently.
fn amount(v: &Json) -> rust_decimal::Decimal {
    match v {
        Json::String(s) => s.parse().unwrap(),
        other => panic!("an amount is a string, not {other:?}"),
    }
}

#[test]
fn a_totals_line_holds_the_full_answers_totals_and_each_weeks_payable_and_an_error_line_is_the_brief_one() {
    let lines = timesheets();
    let input = lines.join("\n") + "\n";
    for lang in ["en", "ru"] {
        let full = run(&["batch", "assistant-hours", "-", "--lang", lang], input.as_bytes());
        let brief = run(&["batch", "assistant-hours", "-", "--lang", lang, "--brief"], input.as_bytes());
        let totals = run(&["batch", "assistant-hours", "-", "--lang", lang, "--totals"], input.as_bytes());
        assert_eq!(full.status.code(), totals.status.code(), "the same exit code as the full answer");
        let (full, brief, totals) = (lines_of(&full), lines_of(&brief), lines_of(&totals));
        assert_eq!(totals.len(), lines.len(), "a line out for each line in");
        let mut results = 0;
        for (i, ((f, b), t)) in full.iter().zip(&brief).zip(&totals).enumerate() {
            let fv = json::parse(f).unwrap().value;
            if fv.get("errors").is_some() {
                assert_eq!(t, b, "line {i} ({lang}): errors are answered exactly as --brief answers them");
                continue;
            }
            results += 1;
            let tv = json::parse(t).unwrap().value;
            let Json::Object(members) = &tv else { panic!("line {i}: an object") };
            let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
            assert_eq!(keys, ["total_payable", "attested_payable", "emergency_hours", "not_payable", "pay", "weeks"], "line {i}: these fields alone");
            for k in ["total_payable", "attested_payable", "emergency_hours", "not_payable", "pay"] {
                assert_eq!(tv.get(k), fv.get(k), "line {i}: {k} is the full answer's, written the same");
            }
            let (Some(Json::Array(tw)), Some(Json::Array(fw))) = (tv.get("weeks"), fv.get("weeks")) else { panic!("line {i}: weeks") };
            assert_eq!(tw.len(), fw.len(), "line {i}: the full answer's weeks");
            for (a, b) in tw.iter().zip(fw) {
                assert_eq!(a.get("week"), b.get("week"));
                let payable = amount(b.get("attested_payable").unwrap()) + amount(b.get("emergency").unwrap());
                assert_eq!(amount(a.get("payable").unwrap()), payable, "line {i}: a week's payable is its attested payable + emergency hours");
                assert_eq!(a.get("payable"), Some(&Json::String(payable.normalize().to_string())), "line {i}: without trailing zeros");
            }
        }
        assert!(results >= 5, "the cases hold results of every kind, not only errors");
    }
}

#[test]
fn the_totals_of_peteris_june_are_80_hours_of_which_32_emergency() {
    let o = run(&["batch", "assistant-hours", "-", "--totals"], (example("peteris-2020-06") + "\n").as_bytes());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        lines_of(&o),
        [r#"{"total_payable":"80","attested_payable":"48","emergency_hours":"32","not_payable":"0","pay":null,"weeks":[{"week":"2020-W23","payable":"26"},{"week":"2020-W24","payable":"18"},{"week":"2020-W25","payable":"16"},{"week":"2020-W26","payable":"12"},{"week":"2020-W27","payable":"8"}]}"#]
    );
}

#[test]
fn totals_with_another_calculator_or_with_brief_or_outside_a_batch_is_a_usage_error() {
    for args in [
        &["batch", "lt-eligibility", "-", "--totals"][..],
        &["batch", "assistant-month", "-", "--totals"][..],
        &["batch", "assistant-hours", "-", "--totals", "--brief"][..],
        &["batch", "assistant-hours", "-", "--totals", "--explain"][..],
        &["assistant-hours", "--totals"][..],
    ] {
        let o = run(args, (example("peteris-2020-06") + "\n").as_bytes());
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("--totals"), "{args:?}: the message names --totals");
        assert!(o.stdout.is_empty(), "{args:?}: no answer is written");
    }
    let o = run(&["batch", "lt-eligibility", "-", "--totals"], b"{}\n");
    assert!(String::from_utf8_lossy(&o.stderr).contains("for assistant-hours"));
}

/// Line `i`: an ordinary month, an average-rule month with many days (slow),
/// or a line with an error, each telling which line it answers (its weekly
/// allocation, or the unknown field's name).
fn numbered(i: usize) -> String {
    let alloc = format!("{}.{:02}", 1 + i / 100 % 160, i % 100);
    match i % 5 {
        0 => format!(r#"{{"month":"2019-03","weekly_allocation":"{alloc}","days":[{{"date":"2019-03-04","hours":"2","measure":1}}]}}"#),
        1 | 3 => {
            let days: Vec<String> = (1..=27).map(|d| format!(r#"{{"date":"2020-04-{d:02}","hours":"0.5","measure":{}}}"#, 1 + d % 6)).collect();
            format!(
                r#"{{"month":"2020-04","weekly_allocation":"{alloc}","days":[{}],"emergency":{{"activities_resumed":false,"previous_months":["120","99.5","{}"]}}}}"#,
                days.join(","),
                i % 200
            )
        }
        2 => format!(r#"{{"line{i}":true}}"#),
        _ => String::new(),
    }
}

#[test]
fn a_batch_writes_each_answer_in_the_order_of_its_line_while_the_lines_are_computed_in_parallel() {
    // Many chunks of lines of unequal cost, so that the workers finish them out of order.
    let n = 3000;
    let lines: Vec<String> = (0..n).map(numbered).collect();
    let input = lines.join("\n") + "\n";
    let o = run(&["batch", "assistant-hours", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2), "some lines have errors");
    let got = lines_of(&o);
    assert_eq!(got.len(), n);
    for (i, (line, out)) in lines.iter().zip(&got).enumerate() {
        // The same answer as the line alone; and no two lines answer alike
        // (each names its line), so an answer out of place cannot pass.
        let alone = api::answer_bytes("assistant-hours", line.as_bytes(), Lang::En, false).unwrap().cli_text();
        assert_eq!(out, &alone, "line {i}");
    }
    let told: std::collections::HashSet<&String> = got.iter().enumerate().filter(|(i, _)| i % 5 != 4).map(|(_, l)| l).collect();
    assert_eq!(told.len(), n / 5 * 4, "every answer tells its line apart");
}

#[test]
fn the_batch_writer_writes_the_same_bytes_as_serde_json_for_any_text() {
    // Every character up to U+3000 (controls, quotes, backslash, C1, U+2028,
    // U+2029 and their neighbours), alone and in words, as strings and keys.
    let mut texts: Vec<String> = (0u32..0x3000).filter_map(char::from_u32).map(String::from).collect();
    texts.push("a\"b\\c\u{1}\u{1f}\u{7f}\u{85}\u{2028}\u{2029}–…≈ d".to_string());
    texts.push("ā".repeat(300));
    let mut map: BTreeMap<String, Vec<Option<i64>>> = BTreeMap::new();
    for (i, t) in texts.iter().enumerate() {
        map.insert(t.clone(), vec![Some(i as i64 - 1000), None, Some(i64::MIN), Some(i64::MAX)]);
    }
    let value = (texts, map, ('x', '\u{2028}', true, false, u64::MAX, -7i8, ()));
    assert_eq!(write::to_json(&value), write::to_json_serde_json(&value));
    // A binary float is never written: hours and money are decimals, and the
    // two float methods serde's trait requires refuse one (the value is `null`).
    assert_eq!(write::to_json(&(1, 0.5f64)), "null");
    assert_eq!(write::to_json(&vec![2.5f32]), "null");
    // And whole answers, with and without the explanation's words, in each language.
    for lang in [Lang::En, Lang::Lv, Lang::Lt, Lang::Ru] {
        for explain in [false, true] {
            for line in timesheets() {
                let Ok(request) = socialrules::contract::assistant_hours::parse(&line) else { continue };
                let a = socialrules::rules::assistant_hours::calculate(&request).unwrap();
                let steps = socialrules::text::assistant_hours::steps_for(&a);
                let out = write::Out { words: socialrules::text::Words::new(lang), explain, brief: false };
                let answer = socialrules::contract::assistant_hours::output(&a, &steps, out);
                assert_eq!(write::to_json(&answer), write::to_json_serde_json(&answer), "{line}");
            }
        }
    }
}

#[test]
fn plain_decimals_read_on_the_fast_path_have_the_value_scale_and_errors_of_the_general_path() {
    use socialrules::contract::read;
    // The same text with a decimal comma (or an exponent) goes the general way.
    let mut texts: Vec<String> = ["0", "00", "4.5", "40", "0.25", "1.50", "10.000000", "0.000001", "0.0000001", "1.2345678",
        "999999999999999.9", "1000000000000000", "123456789012345678", "0.000000000000000", "007.700"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for i in 0..2000u32 {
        texts.push(format!("{}.{:0w$}", i * 37 % 1000, i * 7919 % 100_000, w = (i % 7) as usize));
    }
    for t in &texts {
        let fast = read::decimal(&Json::String(t.clone()), "f");
        let general = if t.contains('.') {
            read::decimal(&Json::String(t.replace('.', ",")), "f")
        } else {
            read::decimal(&Json::Number(format!("{t}e0")), "f")
        };
        let show = |r: &Result<rust_decimal::Decimal, read::FieldError>| match r {
            Ok(d) => format!("ok {d} (scale {})", d.scale()),
            Err(e) => format!("error {}", e.code.as_str()),
        };
        assert_eq!(show(&fast), show(&general), "{t}");
    }
}
