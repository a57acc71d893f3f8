//! The command line: a thin layer over `socialrules::contract::registry`.
//!
//! ```text
//! socialrules assistant-hours [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules lt-eligibility [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules lv-unemployment [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules mk360-admission [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules vbtai-competition [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules esf-ex-prisoners [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules batch CALCULATOR FILE.jsonl [--lang lv|lt|en|ru] [--explain]
//! ```
//! Exit 0: a result; 2: the input has errors (printed as JSON on stdout) or
//! the command line is wrong; 1: a file could not be read.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

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
  socialrules mk360-admission [FILE] [--lang lv|lt|en|ru] [--pretty]
      Latvia, Cabinet Regulation No. 360 (2020-06-10 to 2021-10-10): admission
      to social services with accommodation (test, certificate, isolation).
  socialrules vbtai-competition [FILE] [--lang lv|lt|en|ru] [--pretty]
      Latvia, the 2020 competition for head of VBTAI: education, three years'
      continuous management experience in the last 10 years, English B2.
  socialrules esf-ex-prisoners [FILE] [--lang lv|lt|en|ru] [--pretty]
      Latvia, the ESF project for prisoners and former prisoners: the
      programme card (input {}), with the budget split computed exactly.
  socialrules batch CALCULATOR FILE.jsonl [--lang lv|lt|en|ru]
      One JSON object per line in FILE (\"-\" for standard input); prints one
      line out for each line in, in order. Exit 2 if any line had errors.
      A line over 1 MiB is answered with too_large (and not kept in memory).

Options:
  --lang lv|lt|en|ru   language of messages and explanations (default: en)
  --explain      batch: write the explanation's words too (its ids, sources
                 and values are always written; a single document always has them)
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
            let bytes = match read_bounded(rest.first().copied()) {
                Ok(t) => t,
                Err(e) => return io_error(&e),
            };
            let Some(answer) = api::answer_bytes(name, &bytes, lang, true) else { return usage_error("unknown calculator") };
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

/// Reads one document, at most [`api::MAX_INPUT_BYTES`] + 1 bytes: enough
/// to tell that a larger one is too large, without reading it all.
fn read_bounded(file: Option<&str>) -> io::Result<Vec<u8>> {
    let limit = api::MAX_INPUT_BYTES as u64 + 1;
    let mut buf = Vec::new();
    match file {
        None | Some("-") => {
            io::stdin().lock().take(limit).read_to_end(&mut buf)?;
        }
        Some(path) => {
            std::fs::File::open(path)?.take(limit).read_to_end(&mut buf)?;
        }
    }
    Ok(buf)
}

/// A line of a batch: its bytes (at most [`LINE_CAP`]), or `None` when it
/// was longer (the rest was skipped, not stored).
type Line = Option<Vec<u8>>;

/// The most bytes of a line kept: 1 MiB + 1 (to tell "too large") + 1 for
/// the carriage return of a CRLF line ending.
const LINE_CAP: usize = api::MAX_INPUT_BYTES + 2;

/// Reads the next line (without its `\n`, nor a `\r` before it) into `buf`,
/// keeping at most [`LINE_CAP`] bytes and skipping the rest of a longer line
/// without storing it. `Ok(None)` at the end of the input; `Ok(Some(false))`
/// for a line that was too long.
fn read_line_bounded(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buf.clear();
    let mut overflow = false;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (part, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        let room = LINE_CAP.saturating_sub(buf.len());
        if part.len() > room {
            overflow = true;
        }
        if !overflow {
            buf.extend_from_slice(part);
        }
        let used = done.unwrap_or(available.len());
        reader.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(!overflow && buf.len() <= api::MAX_INPUT_BYTES))
}

/// Lines per chunk handed to a worker, and the most bytes of input in one chunk.
const CHUNK_LINES: usize = 256;
const CHUNK_BYTES: usize = 4 << 20;

/// The answer of one line, written as one line of JSON into `out`. A panic
/// (a bug) is caught and answered on its line, so that no other line is lost.
fn answer_line(name: &str, line: &Line, lang: Lang, explain: bool, out: &mut String) -> bool {
    let computed = std::panic::catch_unwind(|| match line {
        Some(bytes) => api::answer_bytes(name, bytes, lang, explain),
        None => Some(api::Answer::Errors(api::errors_text(&[api::too_large()], &socialrules::text::Words::new(lang)))),
    });
    match computed {
        Ok(Some(a)) => {
            // What `cli_text` gives, without copying the result.
            match &a {
                api::Answer::Result(r) => out.push_str(r),
                api::Answer::Errors(e) => {
                    out.push_str("{\"errors\":");
                    out.push_str(e);
                    out.push('}');
                }
            }
            out.push('\n');
            a.is_ok()
        }
        Ok(None) | Err(_) => {
            out.push_str("{\"errors\":[{\"field\":\"\",\"code\":\"internal_error\",\"message\":\"This line could not be computed (an error in the program). Please report it.\"}]}\n");
            false
        }
    }
}

/// The batch: a reader (this thread) cuts the input into chunks of lines,
/// workers (one per core) answer them, a writer puts the answers out in
/// input order. At most `WINDOW` chunks are in flight, so memory stays
/// bounded whatever the input's size.
fn batch(name: &str, file: &str, lang: Lang, explain: bool) -> ExitCode {
    let mut reader: Box<dyn BufRead> = if file == "-" {
        Box::new(BufReader::with_capacity(1 << 16, io::stdin()))
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
            Err(e) => return io_error(&e),
        }
    };
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).clamp(1, 16);
    let window = workers * 4;
    let name: Arc<str> = Arc::from(name);
    let (job_tx, job_rx) = sync_channel::<(usize, Vec<Line>)>(window);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = sync_channel::<(usize, String, bool)>(window);
    let (token_tx, token_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        let _ = token_tx.send(());
    }
    let outcome = std::thread::scope(|scope| {
        for _ in 0..workers {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            let name = Arc::clone(&name);
            scope.spawn(move || loop {
                let job = match job_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((seq, lines)) = job else { return };
                let mut out = String::with_capacity(lines.len() * 512);
                let mut all_ok = true;
                for line in &lines {
                    all_ok &= answer_line(&name, line, lang, explain, &mut out);
                }
                if done_tx.send((seq, out, all_ok)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let writer = scope.spawn(move || write_in_order(&done_rx, &token_tx));
        let read = read_chunks(&mut *reader, &job_tx, &token_rx);
        drop(job_tx);
        let written = writer.join().unwrap_or(Err(()));
        (read, written)
    });
    match outcome {
        (Err(e), _) => io_error(&e),
        (Ok(()), Err(())) => ExitCode::from(1),
        (Ok(()), Ok(true)) => ExitCode::SUCCESS,
        (Ok(()), Ok(false)) => ExitCode::from(2),
    }
}

/// Cuts the input into chunks and hands them out; waits for a token (a
/// chunk written) before each, so that at most the window is in flight.
fn read_chunks(reader: &mut dyn BufRead, job_tx: &std::sync::mpsc::SyncSender<(usize, Vec<Line>)>, tokens: &Receiver<()>) -> io::Result<()> {
    let mut seq = 0;
    let mut buf = Vec::new();
    let mut at_end = false;
    while !at_end {
        if tokens.recv().is_err() {
            return Ok(()); // the writer stopped (output closed)
        }
        let mut lines: Vec<Line> = Vec::with_capacity(CHUNK_LINES);
        let mut bytes = 0;
        while lines.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
            match read_line_bounded(reader, &mut buf)? {
                None => {
                    at_end = true;
                    break;
                }
                Some(true) => {
                    bytes += buf.len();
                    lines.push(Some(buf.clone()));
                }
                Some(false) => lines.push(None),
            }
        }
        if lines.is_empty() {
            break;
        }
        if job_tx.send((seq, lines)).is_err() {
            return Ok(());
        }
        seq += 1;
    }
    Ok(())
}

/// Writes the chunks' answers in input order; gives a token back for each.
/// `Ok(true)` if every line had a result, `Err(())` if the output failed.
fn write_in_order(done: &Receiver<(usize, String, bool)>, tokens: &std::sync::mpsc::SyncSender<()>) -> Result<bool, ()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut pending: BTreeMap<usize, (String, bool)> = BTreeMap::new();
    let mut next = 0;
    let mut all_ok = true;
    for (seq, text, ok) in done {
        pending.insert(seq, (text, ok));
        while let Some((text, ok)) = pending.remove(&next) {
            out.write_all(text.as_bytes()).map_err(|_| ())?;
            all_ok &= ok;
            next += 1;
            let _ = tokens.send(());
        }
    }
    out.flush().map_err(|_| ())?;
    Ok(all_ok)
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
