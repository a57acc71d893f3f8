//! The command line: a thin layer over `socialrules::contract::registry`.
//!
//! ```text
//! socialrules assistant-hours [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules lt-eligibility [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules lv-unemployment [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules batch CALCULATOR FILE.jsonl [--lang lv|lt|en|ru] [--explain]
//! ```
//! Exit 0: a result; 2: the input has errors (printed as JSON on stdout) or
//! the command line is wrong; 1: a file could not be read.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;

use socialrules::contract::registry as api;
use socialrules::text::Lang;
use socialrules::contract::json;

const USAGE: &str = "\
socialrules: the rules of Latvian and Lithuanian social services, exact.

Usage:
  socialrules assistant-hours [FILE] [--lang lv|lt|en|ru] [--pretty]
      Reads a timesheet as JSON from FILE (or standard input) and prints the
      payable hours as JSON. Exit 0 with a result, 2 when the input has errors
      ({\"errors\":[{\"field\",\"code\",\"message\"}]}).
  socialrules lt-eligibility [FILE] [--lang lv|lt|en|ru] [--pretty]
      The Lithuanian employment model: eligible on a date, and from when.
  socialrules lv-unemployment [FILE] [--lang lv|lt|en|ru] [--pretty]
      Latvia: when to apply for unemployed status, retirement and
      pre-retirement dates, long-term unemployment.
  socialrules batch CALCULATOR FILE.jsonl [--lang lv|lt|en|ru] [--explain]
      One JSON object per line in FILE (\"-\" for standard input); prints one
      line out for each line in, in order. Exit 2 if any line had errors.

Options:
  --lang lv|lt|en|ru   language of messages and explanations (default: en)
  --explain      batch: write the explanation's words too (ids, sources and
                 values are always written; one document always has them)
  --pretty       indent the JSON output
  --help         this text
";

fn main() -> ExitCode {
    let mut lang = Lang::En;
    let mut pretty = false;
    let mut explain = false;
    let mut words: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--help" | "-h" => return say(USAGE, ExitCode::SUCCESS),
            "--version" => return say(&format!("socialrules {}\n", env!("CARGO_PKG_VERSION")), ExitCode::SUCCESS),
            "--pretty" => pretty = true,
            "--explain" => explain = true,
            "--lang" => match args.next().as_deref().and_then(Lang::parse) {
                Some(l) => lang = l,
                None => return usage_error("--lang takes lv, lt, en or ru"),
            },
            s if s.starts_with("--lang=") => match Lang::parse(&s[7..]) {
                Some(l) => lang = l,
                None => return usage_error("--lang takes lv, lt, en or ru"),
            },
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            _ => words.push(a),
        }
    }
    match words.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["batch", name, file] if api::CALCULATORS.contains(name) => batch(name, file, lang, explain),
        ["batch", ..] => usage_error("batch takes a calculator name and a file"),
        [name, rest @ ..] if api::CALCULATORS.contains(name) && rest.len() <= 1 => {
            let text = match read_all(rest.first().copied()) {
                Ok(t) => t,
                Err(e) => return io_error(&e),
            };
            let text = String::from_utf8_lossy(&text);
            let Some(answer) = api::answer(name, &text, lang, true) else { return usage_error("unknown calculator") };
            let mut out = answer.cli_text();
            if pretty {
                if let Ok(p) = json::parse(&out) {
                    out.clear();
                    json::write_pretty(&mut out, &p.value, 0);
                }
            }
            say(&format!("{out}\n"), if answer.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(2) })
        }
        [] => usage_error("no command given"),
        _ => usage_error("unknown command"),
    }
}

fn read_all(file: Option<&str>) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    match file {
        None | Some("-") => {
            io::stdin().read_to_end(&mut buf)?;
        }
        Some(path) => buf = std::fs::read(path)?,
    }
    Ok(buf)
}

fn batch(name: &str, file: &str, lang: Lang, explain: bool) -> ExitCode {
    let reader: Box<dyn BufRead> = if file == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
            Err(e) => return io_error(&e),
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut any_bad = false;
    for line in reader.split(b'\n') {
        let line = match line {
            Ok(l) => l,
            Err(e) => return io_error(&e),
        };
        let text = String::from_utf8_lossy(&line);
        let text = text.strip_suffix('\r').unwrap_or(&text);
        let answer = api::answer(name, text, lang, explain);
        let Some(answer) = answer else { return usage_error("unknown calculator") };
        any_bad |= !answer.is_ok();
        if writeln!(out, "{}", answer.cli_text()).is_err() {
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if any_bad {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes to standard output; a closed pipe (`socialrules … | head`) ends
/// the program quietly with exit 1 instead of a panic.
fn say(text: &str, code: ExitCode) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(_) => ExitCode::from(1),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "socialrules: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn io_error(e: &io::Error) -> ExitCode {
    let _ = writeln!(io::stderr(), "socialrules: cannot read the input: {e}");
    ExitCode::from(1)
}
