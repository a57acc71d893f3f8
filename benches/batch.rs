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

#[path = "common/timesheets.rs"]
mod timesheets;
use timesheets::{timesheet, Rng};

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
