#![cfg(not(target_arch = "wasm32"))]
//! The command line as a user runs it: files, standard input, exit codes,
//! languages and batches.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_socialrules"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = spawn(args);
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/peteris-2020-06.json");

#[test]
fn the_shipped_example_answers_peteris_june_2020_with_32_emergency_hours_and_80_payable() {
    let o = run(&["assistant-hours", EXAMPLE], "");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    assert!(out.contains(r#""emergency_hours":"32""#), "{out}");
    assert!(out.contains(r#""total_payable":"80""#), "{out}");
    assert!(out.ends_with('\n'));
}

#[test]
fn standard_input_works_like_a_file_and_pretty_output_is_the_same_json() {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let a = run(&["assistant-hours"], &text);
    let b = run(&["assistant-hours", "--pretty"], &text);
    assert_eq!(a.status.code(), Some(0));
    let pa = socialrules::contract::json::parse(&stdout(&a)).unwrap().value;
    let pb = socialrules::contract::json::parse(&stdout(&b)).unwrap().value;
    assert_eq!(pa, pb);
}

#[test]
fn bad_input_exits_2_with_every_error_in_the_chosen_language() {
    let bad = r#"{"month":"2021-06","weekly_allocation":"x","days":[{"date":"2021-06-03","hours":"30","measure":1}]}"#;
    let o = run(&["assistant-hours", "--lang", "lv"], bad);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(out.starts_with(r#"{"errors":["#), "{out}");
    assert!(out.contains(r#""field":"weekly_allocation","code":"not_a_number""#), "{out}");
    assert!(out.contains("Stundas (3. jūnija): ievadiet skaitli no 0 līdz 24."), "{out}");
    let o = run(&["assistant-hours"], bad);
    assert!(stdout(&o).contains("Enter the hours for 3 June as a number from 0 to 24."));
}

#[test]
fn a_batch_answers_each_line_in_order_and_goes_on_after_a_bad_line() {
    let good = std::fs::read_to_string(EXAMPLE).unwrap().replace('\n', " ");
    let lines = format!("{good}\nnot json\n\n{good}\r\n{{\"month\":\"2012-12\",\"weekly_allocation\":1,\"days\":[]}}\n");
    let dir = std::env::temp_dir().join(format!("socialrules-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("batch.jsonl");
    std::fs::write(&file, &lines).unwrap();
    let o = run(&["batch", "assistant-hours", file.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(2), "a bad line makes the exit code 2");
    let out = stdout(&o);
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got.len(), 5, "{out}");
    assert!(got[0].contains(r#""total_payable":"80""#));
    assert!(got[1].contains(r#""code":"invalid_json""#));
    assert!(got[2].contains(r#""code":"invalid_json""#), "an empty line is answered too, to keep the order");
    assert!(got[3].contains(r#""total_payable":"80""#));
    assert!(got[4].contains(r#""code":"not_covered""#));
    // And from standard input with "-".
    let o = run(&["batch", "assistant-hours", "-"], &format!("{good}\n"));
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().count(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_errors_and_missing_files_are_told_plainly() {
    let o = run(&["assistant-hours", "--lang", "de"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--lang takes"));
    let o = run(&["no-such-command"], "");
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["assistant-hours", "/no/such/file.json"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read"));
    let o = run(&["--help"], "");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("batch CALCULATOR"));
}

#[test]
fn invalid_utf8_is_an_input_error_not_a_crash() {
    let mut child = spawn(&["assistant-hours"]);
    child.stdin.take().unwrap().write_all(&[0xff, 0xfe, b'{']).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_date_calculators_answer_on_the_command_line_and_in_batches() {
    let o = run(
        &["lt-eligibility"],
        r#"{"date":"2020-06-01","birth_date":"1985-03-10","registered_since":"2019-01-15","cash_social_assistance":"receives","municipality":"Kazlų Rūda"}"#,
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains(r#""verdict":"eligible""#));
    let lines = concat!(
        r#"{"date":"2024-01-01","birth_date":"1961-05-02","employment_end":"2022-12-31","registered_since":"2023-01-05"}"#,
        "\n",
        r#"{"date":"2024-01-01"}"#,
        "\n",
        r#"{"date":"2024-01-01","birth_date":"1952-10-01"}"#,
        "\n"
    );
    let o = run(&["batch", "lv-unemployment", "-", "--lang", "lv"], lines);
    assert_eq!(o.status.code(), Some(2), "one line has an error");
    let out = stdout(&o);
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got.len(), 3);
    assert!(got[0].contains(r#""long_term_from":"2024-01-05""#), "{}", got[0]);
    assert!(got[1].contains(r#""field":"birth_date","code":"required""#), "{}", got[1]);
    assert!(got[2].contains(r#""retirement_date":"2015-04-01""#), "{}", got[2]);
    let o = run(&["batch", "lt-eligibility", "-"], "{\"date\":\"2020-06-01\",\"birth_date\":\"1970-01-01\",\"cash_social_assistance\":\"no\"}\n");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains(r#""verdict":"not_eligible""#));
}

#[test]
fn a_reader_that_stops_early_ends_the_program_quietly_not_with_a_panic() {
    let text = std::fs::read_to_string(EXAMPLE).unwrap().replace('\n', " ");
    let many = format!("{text}\n").repeat(2000);
    for args in [&["assistant-hours", "--pretty"][..], &["batch", "assistant-hours", "-"][..]] {
        let mut child = spawn(args);
        drop(child.stdout.take()); // like `| head -c 0`
        let input = if args[0] == "batch" { many.clone() } else { text.clone() };
        let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
        let o = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(o.status.code(), Some(1), "{args:?}");
    }
}
