//! Benchmark: `socialrules batch assistant-hours` over 100 000 generated
//! timesheets (`cargo bench --bench batch`). Not a test: it measures and
//! prints, it asserts only that every line was answered.
//!
//! Two figures: the release binary end to end (read JSONL, compute, write
//! JSONL), and the same work in process (`api::answer` per line, no explanation words), each the
//! median of 5 runs. Set `BENCH_N` to change the count.

use std::process::{Command, Stdio};
use std::time::Instant;

use socialrules::contract::registry as api;
use socialrules::text::Lang;

/// A small deterministic generator (xorshift64*), so every run sees the same timesheets.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn days_in(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// One timesheet: half in the 2020 emergency months, half in ordinary months.
fn timesheet(r: &mut Rng) -> String {
    let (year, month) = if r.below(2) == 0 {
        (2020, 3 + r.below(4) as u32)
    } else {
        (2013 + r.below(8) as i32, 1 + r.below(12) as u32)
    };
    let mut days = Vec::new();
    for d in 1..=days_in(year, month) {
        if r.below(3) > 0 {
            let q = r.below(33); // quarter hours, 0–8 h
            days.push(format!(
                r#"{{"date":"{year}-{month:02}-{d:02}","hours":"{}.{:02}","measure":{}}}"#,
                q / 4,
                (q % 4) * 25,
                1 + r.below(7)
            ));
        }
    }
    let emergency = if year == 2020 && (3..=6).contains(&month) {
        let p = |r: &mut Rng| format!("\"{}.{}\"", r.below(200), r.below(10));
        format!(
            r#","emergency":{{"activities_resumed":{},"previous_months":[{},{},{}]}}"#,
            r.below(5) == 0,
            p(r),
            p(r),
            p(r)
        )
    } else {
        String::new()
    };
    format!(
        r#"{{"month":"{year}-{month:02}","weekly_allocation":"{}","days":[{}]{emergency},"hourly_rate":"3.1447"}}"#,
        5 + r.below(40),
        days.join(",")
    )
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let n: usize = std::env::var("BENCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let lines: Vec<String> = (0..n).map(|_| timesheet(&mut rng)).collect();
    let text = lines.join("\n") + "\n";
    let dir = std::env::temp_dir().join("socialrules-bench");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("timesheets.jsonl");
    std::fs::write(&file, &text).expect("write input");
    println!("{n} generated timesheets, {:.1} MB of JSONL", text.len() as f64 / 1e6);

    let mut binary = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_socialrules"))
            .args(["batch", "assistant-hours"])
            .arg(&file)
            .stdout(Stdio::piped())
            .output()
            .expect("run the binary");
        let secs = start.elapsed().as_secs_f64();
        let answered = out.stdout.iter().filter(|b| **b == b'\n').count();
        assert_eq!(answered, n, "every line is answered");
        binary.push(n as f64 / secs);
    }
    let mut in_process = Vec::new();
    let mut errors = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let mut bytes = 0usize;
        errors = 0;
        for line in &lines {
            let answer = api::answer("assistant-hours", line, Lang::En, false).expect("calculator");
            errors += usize::from(!answer.is_ok());
            bytes += answer.cli_text().len();
        }
        let secs = start.elapsed().as_secs_f64();
        assert!(bytes > 0);
        in_process.push(n as f64 / secs);
    }
    println!("answers with input errors: {errors} (expected 0)");
    println!("batch binary, end to end: {:.0} timesheets/s (median of 5)", median(binary));
    println!("in process (api::answer):  {:.0} timesheets/s (median of 5)", median(in_process));
}
