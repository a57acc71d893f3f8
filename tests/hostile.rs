#![cfg(not(target_arch = "wasm32"))]
//! Hostile input, as someone trying to break the calculators would send it:
//! every answer is a result or a bounded error list, never a panic, and no
//! input costs more than linear time and memory.
//!
//! - the cases of issue 10, one test each, as a user would see them;
//! - a byte-level fuzzer (deterministic, seeded mutations of a valid input
//!   of every calculator) run for `HOSTILE_FUZZ_SECS` seconds in all
//!   (default 4; `cargo xtask fuzz` runs it longer, in release);
//! - every file in `tests/hostile/` (inputs that once failed, kept) run
//!   through every calculator;
//! - a guard: every calculator answers each hostile 1 MiB shape within a
//!   bound (1 s in release, `HOSTILE_RELEASE=1` as `cargo xtask fuzz` sets;
//!   5 s in the debug build of `cargo test`, where the same work is about
//!   10–20× slower), printing the time per MiB.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use socialrules::contract::json::{self, Json};
use socialrules::contract::json::parse;
use socialrules::contract::registry::{self as api, Answer as Text};
use socialrules::contract::write;

/// An answer read back: the result, or the list of errors.
type Answer = Result<Json, Json>;

/// The answer's JSON line exactly as the command line writes it, and read back.
fn run_bytes(name: &str, input: &[u8], lang: Lang, explain: bool) -> Option<Answer> {
    api::answer_bytes(name, input, lang, explain).map(|a| read_back(&a))
}

fn read_back(a: &Text) -> Answer {
    let line = a.cli_text();
    let v = parse(&line).map(|p| p.value).unwrap_or(Json::Null);
    match (a.is_ok(), v) {
        (true, v) => Ok(v),
        (false, Json::Object(m)) => Err(m.into_iter().find(|(k, _)| k == "errors").map(|(_, v)| v).unwrap_or(Json::Null)),
        (false, v) => Err(v),
    }
}

/// The line as the command line writes it.
fn cli_line(name: &str, input: &[u8], lang: Lang) -> String {
    api::answer_bytes(name, input, lang, false).map(|a| a.cli_text()).unwrap_or_default()
}
use socialrules::text::Lang;

const MIB: usize = 1 << 20;

fn seeds() -> Vec<(&'static str, String)> {
    let example = |f: &str| std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(f)).unwrap();
    vec![
        ("assistant-hours", example("peteris-2020-06.json")),
        (
            "assistant-hours",
            r#"{"month":"2020-07","weekly_allocation":"12,5","days":[{"date":"1.07.2020","hours":3,"measure":2}],"paid_outside_month":{"2020-W27":"4"},"daily_max":8,"granularity":0.25,"hourly_rate":"4.50"}"#.to_string(),
        ),
        ("assistant-month", r#"{"month":"2020-06"}"#.to_string()),
        ("lt-eligibility", example("lt-eligibility.json")),
        ("lv-unemployment", example("lv-unemployment.json")),
        ("mk360-admission", example("mk360-admission.json")),
        (
            "mk360-admission",
            r#"{"placement_date":"15.06.2020","institution":"other_accommodation","negative_test_date":"2020-06-12","certificate_date":"2020-06-08","respiratory_symptoms":"false"}"#.to_string(),
        ),
        ("vbtai-competition", example("vbtai-competition.json")),
        ("esf-ex-prisoners", example("esf-ex-prisoners.json")),
    ]
}

/// Checks that an answer is what the contract promises: a result object, or
/// an error list of at most 101 entries, each with field, code and message,
/// a `too_many_errors` only last; and that its JSON line has no raw line break.
fn check_answer(name: &str, input: &[u8], answer: &Answer) -> Result<(), String> {
    let line = cli_line(name, input, Lang::En);
    if line.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        return Err(format!("{name}: the output line has a raw line break"));
    }
    match answer {
        Ok(Json::Object(_)) => Ok(()),
        Ok(other) => Err(format!("{name}: a result that is not an object: {}", other.kind())),
        Err(Json::Array(errors)) => {
            if errors.is_empty() || errors.len() > 101 {
                return Err(format!("{name}: {} errors for {} bytes", errors.len(), input.len()));
            }
            for (i, e) in errors.iter().enumerate() {
                let (Some(Json::String(f)), Some(Json::String(code)), Some(Json::String(m))) = (e.get("field"), e.get("code"), e.get("message"))
                else {
                    return Err(format!("{name}: an error without field, code and message: {e}"));
                };
                // A placeholder left unfilled (`{$max}`), unless the input itself wrote one.
                if m.contains("{$") && !String::from_utf8_lossy(input).contains("{$") {
                    return Err(format!("{name}: {f} {code}: a message with a placeholder left: {m}"));
                }
                if f.chars().count() > 120 || m.chars().count() > 600 {
                    return Err(format!("{name}: an error too long to show ({} / {} chars)", f.len(), m.len()));
                }
                if code == "too_many_errors" && i + 1 != errors.len() {
                    return Err(format!("{name}: too_many_errors not last"));
                }
                if errors.len() == 101 && i == 100 && code != "too_many_errors" {
                    return Err(format!("{name}: 101 errors and the last is not too_many_errors"));
                }
            }
            Ok(())
        }
        Err(other) => Err(format!("{name}: errors that are not a list: {}", other.kind())),
    }
}

/// Runs one input; a panic or a broken answer is kept as a file in
/// `tests/hostile/` (so that it stays a regression case) and reported.
fn try_input(name: &str, input: &[u8]) -> Result<(), String> {
    let answered = std::panic::catch_unwind(|| run_bytes(name, input, Lang::Lv, false));
    let problem = match &answered {
        Err(_) => Some(format!("{name}: panicked")),
        Ok(None) => Some(format!("{name}: not a calculator")),
        Ok(Some(a)) => check_answer(name, input, a).err().or_else(|| fast_reader_disagrees(name, input)),
    };
    match problem {
        None => Ok(()),
        Some(p) => {
            let file = hostile_dir().join(format!("found-{name}-{:016x}.json", fnv(input)));
            let _ = std::fs::write(&file, input);
            Err(format!("{p}; input kept as {}", file.display()))
        }
    }
}

/// The batch's fast reader of a timesheet (native only) must give the
/// general reader's timesheet, or leave the input to it: a mutated input is
/// where the two would part.
fn fast_reader_disagrees(name: &str, input: &[u8]) -> Option<String> {
    use socialrules::contract::{assistant_hours::parse_general, plain_timesheet};
    let text = std::str::from_utf8(input).ok().filter(|_| name == "assistant-hours")?;
    let fast = plain_timesheet::parse(text)?;
    (parse_general(text) != Ok(fast)).then(|| format!("{name}: the fast reader read it differently from the general reader"))
}

fn hostile_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

fn fnv(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &c| (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3))
}

/// xorshift64*: the same mutations on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const TOKENS: &[&str] = &[
    "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\\ud800", "\\u2028", "\u{2028}", "\u{feff}", "\u{0}", "0e999", "1e999",
    "-0", "1e-999", "0.0000001", "99999999999999999", "null", "true", "false", "[]", "{}", " ", "\t", "\r\n", "2020-W27",
    " 2020-W27", "2020-W53", "29.02.2021", "2020-02-30", "-1", "24.000001", "7", "8", "\"hours\"", "\"date\"", "\"month\"",
    "\"measure\"", "\"emergency\"", "\"paid_outside_month\"", "\"previous_months\"", "\"activities_resumed\"",
];

fn mutate(r: &mut Rng, seed: &[u8], other: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + r.below(4) {
        let at = r.below(v.len() + 1);
        match r.below(9) {
            0 if !v.is_empty() => {
                let i = r.below(v.len());
                v[i] ^= 1 << r.below(8);
            }
            1 => v.insert(at, r.next() as u8),
            2 if !v.is_empty() => {
                let end = (at + 1 + r.below(16)).min(v.len());
                v.drain(at.min(end)..end);
            }
            3 | 4 => {
                let t = TOKENS[r.below(TOKENS.len())].as_bytes();
                v.splice(at..at, t.iter().copied());
            }
            5 if !v.is_empty() => {
                // repeat a slice: long keys, many members, deep nesting
                let a = r.below(v.len());
                let b = (a + 1 + r.below(40)).min(v.len());
                let piece = v[a..b].to_vec();
                let times = 1 + r.below(200);
                let insert: Vec<u8> = piece.iter().copied().cycle().take(piece.len() * times).collect();
                v.splice(at..at, insert);
            }
            6 if !other.is_empty() => {
                let a = r.below(other.len());
                let b = (a + 1 + r.below(64)).min(other.len());
                v.splice(at..at, other[a..b].iter().copied());
            }
            7 if !v.is_empty() => {
                let i = r.below(v.len());
                let set = b"{}[]\",:0123456789.eE-+ \\";
                v[i] = set[r.below(set.len())];
            }
            _ => v.truncate(at),
        }
    }
    v
}

#[test]
fn mutated_inputs_of_every_calculator_are_answered_with_a_result_or_a_bounded_error_list() {
    let secs: f64 = std::env::var("HOSTILE_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(4.0);
    let seeds = seeds();
    let per_seed = Duration::from_secs_f64(secs / seeds.len() as f64);
    let mut failures = Vec::new();
    let mut runs = 0u64;
    for (k, (name, seed)) in seeds.iter().enumerate() {
        let mut r = Rng(0x9e37_79b9_7f4a_7c15 ^ (k as u64 + 1));
        let other = &seeds[(k + 1) % seeds.len()].1;
        let start = Instant::now();
        while start.elapsed() < per_seed {
            let input = mutate(&mut r, seed.as_bytes(), other.as_bytes());
            runs += 1;
            if let Err(e) = try_input(name, &input) {
                failures.push(e);
                if failures.len() > 10 {
                    break;
                }
            }
        }
    }
    eprintln!("fuzz: {runs} mutated inputs in {secs} s");
    assert!(runs > 1000, "the fuzzer ran only {runs} inputs");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_input_that_ever_failed_is_answered_by_every_calculator() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(hostile_dir()).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 10, "the regression cases are missing");
    let mut failures = Vec::new();
    for f in &files {
        let input = std::fs::read(f).unwrap();
        for name in api::CALCULATORS {
            let answered = std::panic::catch_unwind(|| run_bytes(name, &input, Lang::En, false));
            match answered {
                Ok(Some(a)) => {
                    if let Err(e) = check_answer(name, &input, &a) {
                        failures.push(format!("{}: {e}", f.display()));
                    }
                }
                _ => failures.push(format!("{}: {name} panicked", f.display())),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---- the hostile 1 MiB shapes ------------------------------------------------

/// Repeats `item` (separated by `sep`) between `open` and `close` up to just under 1 MiB.
fn fill(open: &str, item: impl Fn(usize) -> String, sep: &str, close: &str) -> String {
    fill_to(MIB, open, item, sep, close)
}

/// [`fill`] up to just under `size` bytes.
fn fill_to(size: usize, open: &str, item: impl Fn(usize) -> String, sep: &str, close: &str) -> String {
    let mut s = String::from(open);
    let mut i = 0;
    loop {
        let it = item(i);
        if s.len() + it.len() + sep.len() + close.len() > size {
            break;
        }
        if i > 0 {
            s.push_str(sep);
        }
        s.push_str(&it);
        i += 1;
    }
    s.push_str(close);
    s
}

fn shapes() -> Vec<(&'static str, String)> {
    let long_key = "k".repeat(100_000);
    vec![
        ("many distinct keys", fill("{", |i| format!("\"k{i}\":0"), ",", "}")),
        ("many keys in a day entry", fill(r#"{"month":"2020-06","weekly_allocation":10,"days":[{"#, |i| format!("\"k{i}\":0"), ",", "}]}")),
        ("many weeks in paid_outside_month", fill(r#"{"month":"2020-07","weekly_allocation":10,"days":[],"paid_outside_month":{"#, |i| format!("\"{}2020-W27\":1", " ".repeat(i % 50) + &"\\t".repeat(i / 50)), ",", "}}")),
        ("duplicate keys under a long key", fill(&format!("{{\"{long_key}\":{{\"{long_key}\":{{"), |_| "\"a\":0".to_string(), ",", "}}}")),
        ("duplicate long keys", fill("{", |_| format!("\"{}\":0", "d".repeat(1000)), ",", "}")),
        ("deep arrays", format!("{}{}", "[".repeat(MIB / 2), "]".repeat(MIB / 2 - 1))),
        ("many nested arrays", fill(r#"{"days":["#, |_| "[[[[[[[[[[]]]]]]]]]]".to_string(), ",", "]}")),
        ("a long string", format!("{{\"month\":\"{}\",\"date\":\"{}\"}}", "x".repeat(MIB / 2 - 20), "y".repeat(MIB / 2 - 20))),
        ("many errors", fill(r#"{"month":"2020-06","weekly_allocation":"x","days":["#, |i| format!(r#"{{"date":"{i}","hours":"-{i}","measure":9,"x{i}":1}}"#), ",", "]}")),
        ("many bad weeks", fill(r#"{"month":"2020-06","weekly_allocation":1,"days":[],"paid_outside_month":{"#, |i| format!("\"w{i}\":\"x\""), ",", "}}")),
        ("a long number", format!("{{\"weekly_allocation\":0.{}1,\"date\":\"2020-01-01\"}}", "0".repeat(MIB - 60))),
        ("a long exponent", format!("{{\"weekly_allocation\":1e{},\"date\":\"2020-01-01\"}}", "9".repeat(MIB - 60))),
        ("many escapes", format!("{{\"month\":\"{}\"}}", "\\u2028".repeat(MIB / 6 - 4))),
        ("many distinct dates (MK 942)", many_dates("2020-06", r#""weekly_allocation":"40""#, MIB)),
        ("many distinct dates (MK 316)", many_dates("2026-06", r#""service":"assistant","monthly_allocation":"80""#, MIB)),
    ]
}

/// A timesheet of `month` whose `days` are one entry for each day from
/// 1 January 2000 on, as many as fit in `size` bytes.
fn many_dates(month: &str, allocation: &str, size: usize) -> String {
    let first = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    fill_to(size, &format!(r#"{{"month":"{month}",{allocation},"days":["#), |i| format!(r#"{{"date":"{}","hours":0}}"#, first + chrono::Days::new(i as u64)), ",", "]}")
}

#[test]
fn many_distinct_dates_cost_time_in_proportion_to_their_number() {
    // Seen by a hostile-input hunt: the over-24-hours check once searched a
    // list of the dates seen so far, so 4× the entries cost 16× the time.
    let best = |input: &str| {
        (0..3)
            .map(|_| {
                let start = Instant::now();
                try_input("assistant-hours", input.as_bytes()).unwrap();
                start.elapsed()
            })
            .min()
            .unwrap()
    };
    for (month, allocation) in [("2020-06", r#""weekly_allocation":"40""#), ("2026-06", r#""service":"assistant","monthly_allocation":"80""#)] {
        let small = best(&many_dates(month, allocation, MIB / 4));
        let large = best(&many_dates(month, allocation, MIB));
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-4);
        eprintln!("{month}: 1/4 MiB {small:?}, 1 MiB {large:?}, ×{ratio:.1}");
        assert!(ratio < 8.0, "{month}: 4× the entries took {ratio:.1}× the time ({small:?} → {large:?})");
    }
}

#[test]
fn every_calculator_answers_each_hostile_one_mib_shape_in_linear_time() {
    let release = std::env::var("HOSTILE_RELEASE").is_ok_and(|v| v == "1");
    // Measured: the slowest shape takes ~0.1 s in release and ~0.5 s in
    // the debug build (2 shared cores); the bound leaves room for a busy
    // machine but not for quadratic cost (minutes at this size).
    let bound = Duration::from_secs(if release { 1 } else { 5 });
    let mut failures = Vec::new();
    for (shape, input) in shapes() {
        assert!(input.len() <= MIB, "{shape}: {} bytes", input.len());
        for name in api::CALCULATORS {
            let start = Instant::now();
            let result = try_input(name, input.as_bytes());
            let took = start.elapsed();
            let per_mib = took.as_secs_f64() * MIB as f64 / input.len() as f64;
            eprintln!("guard: {name:16} {shape:34} {:8.1} ms/MiB", per_mib * 1000.0);
            if let Err(e) = result {
                failures.push(e);
            }
            if took > bound {
                failures.push(format!("{name}: {shape}: {took:?} > {bound:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---- the cases of issue 10, as a user sees them ---------------------------------

fn errors_of(name: &str, input: &[u8]) -> Vec<(String, String, String)> {
    let Some(Err(Json::Array(errors))) = run_bytes(name, input, Lang::En, false) else {
        panic!("{name}: expected errors");
    };
    errors
        .iter()
        .map(|e| {
            let g = |k: &str| match e.get(k) {
                Some(Json::String(s)) => s.clone(),
                _ => String::new(),
            };
            (g("field"), g("code"), g("message"))
        })
        .collect()
}

#[test]
fn a_key_given_thousands_of_times_under_a_long_key_costs_a_bounded_list_of_short_errors() {
    let key = "k".repeat(50_000);
    let input = fill(&format!("{{\"{key}\":{{"), |_| "\"a\":0".to_string(), ",", "}}");
    let input = &input[..170_000.min(input.len())];
    let input = format!("{}}}}}", input.trim_end_matches(|c| c != '0'));
    let errors = errors_of("assistant-hours", input.as_bytes());
    assert_eq!(errors.len(), 101);
    assert_eq!(errors[0].1, "duplicate_key");
    assert!(errors[0].0.starts_with("kkkk") && errors[0].0.ends_with('…') && errors[0].0.chars().count() == 100);
    let last = &errors[100];
    assert_eq!(last.1, "too_many_errors");
    // About 20 000 duplicates: 100 listed, the rest counted.
    let more: usize = last.2.split_whitespace().nth(1).unwrap().replace(',', "").parse().unwrap();
    assert!(more > 19_000, "{}", last.2);
    assert!(last.2.starts_with("And ") && last.2.contains("more errors"));
}

#[test]
fn more_than_100_errors_are_listed_as_100_then_one_entry_saying_how_many_more() {
    let weeks: Vec<String> = (0..250).map(|i| format!("\"w{i}\":1")).collect();
    let input = format!(r#"{{"month":"2020-07","weekly_allocation":1,"days":[],"paid_outside_month":{{{}}}}}"#, weeks.join(","));
    let errors = errors_of("assistant-hours", input.as_bytes());
    assert_eq!(errors.len(), 101);
    assert!(errors[..100].iter().all(|e| e.1 == "invalid_week"));
    assert_eq!(errors[100].1, "too_many_errors");
    assert_eq!(errors[100].2, "And 150 more errors not listed here. Correct the ones above and try again.");
    let lv = run_bytes("assistant-hours", input.as_bytes(), Lang::Lv, false).unwrap().unwrap_err().to_string();
    // 150 takes the genitive plural in Latvian ("zero" category).
    assert!(lv.contains("Un vēl 150 kļūdu"), "{lv}");
}

#[test]
fn exactly_100_errors_are_all_listed_without_a_too_many_errors_entry() {
    let weeks: Vec<String> = (0..100).map(|i| format!("\"w{i}\":1")).collect();
    let input = format!(r#"{{"month":"2020-07","weekly_allocation":1,"days":[],"paid_outside_month":{{{}}}}}"#, weeks.join(","));
    let errors = errors_of("assistant-hours", input.as_bytes());
    assert_eq!(errors.len(), 100);
    assert!(errors.iter().all(|e| e.1 == "invalid_week"));
}

#[test]
fn the_same_week_written_with_spaces_is_a_duplicate_key_not_hours_added_up() {
    for (a, b) in [("2020-W27", " 2020-W27"), ("2020-W27", "2020-W27 "), (" 2020-W27", "\\t2020-W27")] {
        let input = format!(r#"{{"month":"2020-07","weekly_allocation":40,"days":[],"paid_outside_month":{{"{a}":30,"{b}":30}}}}"#);
        let errors = errors_of("assistant-hours", input.as_bytes());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].1, "duplicate_key");
        assert_eq!(errors[0].0, format!("paid_outside_month.{}", b.replace("\\t", "\t")));
    }
    // One of them alone is fine.
    let one = r#"{"month":"2020-07","weekly_allocation":40,"days":[],"paid_outside_month":{" 2020-W27":30}}"#;
    assert!(run_bytes("assistant-hours", one.as_bytes(), Lang::En, false).unwrap().is_ok());
}

#[test]
fn zero_with_any_exponent_is_zero_and_huge_exponents_are_out_of_range_at_once() {
    let day = |h: &str| format!(r#"{{"month":"2021-06","weekly_allocation":10,"days":[{{"date":"2021-06-01","hours":{h},"measure":1}}],"emergency":{{"activities_resumed":true}}}}"#);
    for zero in ["0e999", "0E-999", "0.000e99999999999999999999", "-0e5", &format!("0e{}", "9".repeat(10_000))] {
        assert!(run_bytes("assistant-hours", day(zero).as_bytes(), Lang::En, false).unwrap().is_ok(), "{zero}");
    }
    for (n, code) in [
        ("1e999", "too_large"),
        ("1e99999999999999999999", "too_large"),
        ("1e-99999999999999999999", "too_many_decimals"),
        ("2.5e-1", "ok"),
        ("0.0000000000000000000000000000001e31", "ok"),
        ("24e0", "ok"),
        ("2.4e1", "ok"),
        ("2.40000001e1", "too_many_decimals"),
        ("2.4000001e1", "too_large"),
        ("2.41e1", "too_large"),
    ] {
        let got = match run_bytes("assistant-hours", day(n).as_bytes(), Lang::En, false).unwrap() {
            Ok(_) => "ok".to_string(),
            Err(e) => match &e {
                Json::Array(v) => match v.first().and_then(|x| x.get("code")) {
                    Some(Json::String(c)) => c.clone(),
                    _ => String::new(),
                },
                _ => String::new(),
            },
        };
        assert_eq!(got, code, "{n}");
    }
}

/// Every error of `name` on `input` in `lang`, as (field, code, message).
fn errors_in(name: &str, input: &str, lang: Lang) -> Vec<(String, String, String)> {
    let Some(Err(Json::Array(errors))) = run_bytes(name, input.as_bytes(), lang, false) else {
        panic!("{name}: expected errors for {input}");
    };
    let g = |e: &Json, k: &str| match e.get(k) {
        Some(Json::String(s)) => s.clone(),
        _ => String::new(),
    };
    errors.iter().map(|e| (g(e, "field"), g(e, "code"), g(e, "message"))).collect()
}

#[test]
fn a_number_of_ten_to_the_fifteen_or_more_is_told_with_the_fields_own_limit_in_every_language() {
    // Seen by a hostile-input hunt: such a number (beyond what the reader
    // takes) was `too_large` with the message's maximum left as `{$max}`.
    let day = |hours: &str, measure: &str| format!(r#"{{"month":"2020-05","weekly_allocation":10,"days":[{{"date":"2020-05-04","hours":{hours},"measure":{measure}}}]}}"#);
    let post = |n: &str| format!(r#"{{"education":"other","english":"B2","posts":[{{"from":"2015-01-01","to":null,"kind":"head","subordinates":{n}}}]}}"#);
    let cases = [
        ("assistant-hours", r#"{"month":"2020-05","weekly_allocation":1e15,"days":[]}"#.to_string(), r#"{"month":"2020-05","weekly_allocation":169,"days":[]}"#.to_string(), "weekly_allocation", "too_large"),
        ("assistant-hours", r#"{"month":"2026-05","service":"assistant","monthly_allocation":"99999999999999999999","days":[]}"#.to_string(), r#"{"month":"2026-05","service":"assistant","monthly_allocation":745,"days":[]}"#.to_string(), "monthly_allocation", "too_large"),
        ("assistant-hours", day("1e999", "1"), day("25", "1"), "days[0].hours", "too_large"),
        ("assistant-hours", day("1", "1e20"), day("1", "8"), "days[0].measure", "measure_out_of_range"),
        ("assistant-hours", day("1", "-1e20"), day("1", "-1"), "days[0].measure", "measure_out_of_range"),
        ("assistant-hours", day("-1e20", "1"), day("-1", "1"), "days[0].hours", "negative"),
        ("vbtai-competition", post("1e16"), post("1000001"), "posts[0].subordinates", "too_large"),
        ("vbtai-competition", post("-1e16"), post("-1"), "posts[0].subordinates", "negative"),
    ];
    for lang in [Lang::Lv, Lang::Lt, Lang::En, Lang::Ru] {
        for (name, huge, just_over, field, code) in &cases {
            let find = |input: &str| {
                errors_in(name, input, lang).into_iter().find(|e| e.0 == *field).unwrap_or_else(|| panic!("{name} {lang:?}: no error at {field} for {input}"))
            };
            let (got, over) = (find(huge), find(just_over));
            assert_eq!(got.1, *code, "{name} {lang:?} {huge}");
            // The same words as for a number just over the limit: the limit named, no placeholder left.
            assert_eq!(got, over, "{name} {lang:?}: {huge} and {just_over}");
            assert!(!got.2.contains('{') && !got.2.is_empty(), "{name} {lang:?}: {}", got.2);
        }
    }
}

#[test]
fn a_byte_order_mark_is_skipped_and_invalid_utf8_is_an_error_with_its_offset() {
    let mut with_bom = "\u{feff}".as_bytes().to_vec();
    with_bom.extend_from_slice(br#"{"month":"2020-06"}"#);
    assert!(run_bytes("assistant-month", &with_bom, Lang::En, false).unwrap().is_ok());
    assert!(api::run("assistant-month", "\u{feff}{\"month\":\"2020-06\"}", Lang::En).unwrap().is_ok());
    let bad = b"{\"month\":\"2020-06\xff\"}";
    let errors = errors_of("assistant-month", bad);
    assert_eq!(errors, vec![("".into(), "invalid_utf8".into(), "The input is not UTF-8 text (at byte 17). Save the file as UTF-8 and try again.".into())]);
    // Offsets count from the file's first byte, the mark's three included,
    // for text that is not JSON as for bytes that are not UTF-8 (seen by a
    // hostile-input hunt: the first once counted from after the mark).
    let offset = |input: &[u8], name: &str| {
        let e = errors_of(name, input);
        assert_eq!(e.len(), 1, "{e:?}");
        let at = e[0].2.split("at byte ").nth(1).unwrap_or_else(|| panic!("{e:?}"));
        (e[0].1.clone(), at.chars().take_while(char::is_ascii_digit).collect::<String>())
    };
    for name in api::CALCULATORS {
        assert_eq!(offset(b"{\"a\":x}", name), ("invalid_json".into(), "5".into()), "{name}");
        assert_eq!(offset(b"\xef\xbb\xbf{\"a\":x}", name), ("invalid_json".into(), "8".into()), "{name}");
        assert_eq!(offset(b"\xef\xbb\xbf{\"a\":\xff}", name), ("invalid_utf8".into(), "8".into()), "{name}");
    }
}

#[test]
fn an_input_over_1_mib_is_told_so_in_its_own_words() {
    let big = format!("{{\"month\":\"{}\"}}", "x".repeat(MIB));
    let errors = errors_of("assistant-month", big.as_bytes());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].1, "too_large");
    assert_eq!(errors[0].2, "The input is larger than 1 MiB (1,048,576 bytes). Send one timesheet or one question at a time.");
    // The boundary: 1 MiB exactly is read (and is then some other error).
    let exact = format!("{{\"month\":\"{}\"}}", "x".repeat(MIB - 12));
    assert_eq!(exact.len(), MIB);
    assert_ne!(errors_of("assistant-month", exact.as_bytes())[0].1, "too_large");
    let over = format!("{{\"month\":\"{}\"}}", "x".repeat(MIB - 11));
    assert_eq!(errors_of("assistant-month", over.as_bytes())[0].1, "too_large");
}

#[test]
fn line_separators_and_control_characters_are_escaped_in_every_output_line() {
    let mut out = String::new();
    json::write_str(&mut out, "a\u{2028}b\u{2029}c\u{85}d\u{7f}e\u{1}f\né");
    assert_eq!(out, "\"a\\u2028b\\u2029c\\u0085d\\u007fe\\u0001f\\né\"");
    // An unknown key with a line separator comes back escaped.
    let line = cli_line("assistant-month", "{\"month\":\"2020-06\",\"x\u{2028}y\":1}".as_bytes(), Lang::En);
    assert!(!line.contains('\u{2028}') && line.contains("x\\u2028y"), "{line}");
    // Every writer escapes the same (seen by a hostile-input hunt: the
    // compact one once wrote DEL and the C1 controls, U+0085 among them, as
    // they are, which Python's `splitlines` takes for a line's end); a
    // no-break space, § and é stay as they are.
    let text = "a\u{85}b\u{7f}c\u{80}d\u{9f}e\u{a0}f§é\u{2028}g\u{1}h\u{c2}";
    let want = "\"a\\u0085b\\u007fc\\u0080d\\u009fe\u{a0}f§é\\u2028g\\u0001h\u{c2}\"";
    assert_eq!(write::to_json(&text), want, "the command line's compact writer");
    assert_eq!(write::to_json_serde_json(&text), want, "serde_json's, as the page's module and --pretty use it");
    assert_eq!(write::to_json_pretty(&text), want, "--pretty");
    let mut out = String::new();
    json::write_str(&mut out, text);
    assert_eq!(out, want, "a JSON value's writer");
    let line = cli_line("assistant-month", "{\"month\":\"2020-06\",\"x\u{85}y\u{7f}\":1}".as_bytes(), Lang::En);
    assert!(!line.contains(['\u{85}', '\u{7f}']) && line.contains("x\\u0085y\\u007f"), "{line}");
}

#[test]
fn a_batch_answers_a_line_over_1_mib_with_too_large_and_keeps_every_other_line_in_order() {
    use std::io::Write;
    let ok = r#"{"month":"2020-06"}"#;
    let mut input = Vec::new();
    for i in 0..2000 {
        if i == 700 {
            input.extend_from_slice(b"{\"month\":\"");
            input.extend(std::iter::repeat_n(b'x', 3 * MIB));
            input.extend_from_slice(b"\"}\n");
        } else if i == 701 {
            input.extend_from_slice(b"{\"month\":\"2020-06\xff\"}\r\n");
        } else {
            input.extend_from_slice(ok.as_bytes());
            input.extend_from_slice(if i % 2 == 0 { b"\n" } else { b"\r\n" });
        }
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_socialrules"))
        .args(["batch", "assistant-month", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2000);
    assert!(lines[700].contains("\"too_large\"") && lines[700].contains("larger than 1 MiB"), "{}", lines[700]);
    assert!(lines[701].contains("\"invalid_utf8\""), "{}", lines[701]);
    let first = lines[0];
    assert!(first.starts_with("{\"month\":\"2020-06\""));
    assert!(lines.iter().enumerate().all(|(i, l)| i == 700 || i == 701 || *l == first));
}
