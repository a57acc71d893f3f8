//! The command line: a thin layer over `socialrules::contract::registry`.
//!
//! ```text
//! socialrules assistant-hours [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules lt-eligibility [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules lv-unemployment [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules mk360-admission [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules vbtai-competition [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules esf-ex-prisoners [FILE] [--lang lv|lt|en|ru] [--pretty]
//! socialrules batch CALCULATOR FILE.jsonl [--lang lv|lt|en|ru] [--explain | --brief | --totals]
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

/// mimalloc instead of the system's allocator: measured fewer instructions
/// and less time a batch line (README, "Dependencies").
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
  socialrules batch CALCULATOR FILE.jsonl [--lang lv|lt|en|ru] [--explain | --brief | --totals]
      One JSON object per line in FILE (\"-\" for standard input); prints one
      line out for each line in, in order. Exit 2 if any line had errors.
      A line over 1 MiB is answered with too_large (and not kept in memory).

Options:
  --lang lv|lt|en|ru   language of messages and explanations (default: en)
  --explain      batch: write the explanation's words too (its ids, sources
                 and values are always written; a single document always has them)
  --brief        batch: each answer without its explanation array (every other
                 field, warnings and errors as without it)
  --totals       batch, assistant-hours only: each answer as a payer needs it,
                 {\"total_payable\",\"attested_payable\",\"emergency_hours\",
                 \"not_payable\",\"pay\",\"weeks\":[{\"week\",\"payable\"}]} (a week's
                 payable = its attested_payable + emergency); errors as --brief
  --pretty       indent the JSON output
  --help         this text
";

fn main() -> ExitCode {
    let mut lang = Lang::En;
    let mut pretty = false;
    let mut explain = false;
    let mut brief = false;
    let mut totals = false;
    let mut words: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--help" | "-h" => return say(USAGE, ExitCode::SUCCESS),
            "--version" => return say(&format!("socialrules {}\n", env!("CARGO_PKG_VERSION")), ExitCode::SUCCESS),
            "--pretty" => pretty = true,
            "--explain" => explain = true,
            "--brief" => brief = true,
            "--totals" => totals = true,
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
        ["batch", _, _] if brief && explain => usage_error("--brief leaves the explanation out: it does not go with --explain"),
        ["batch", _, _] if totals && (brief || explain) => usage_error("--totals writes the totals alone: it does not go with --brief or --explain"),
        ["batch", name, _] if totals && *name != "assistant-hours" => usage_error("--totals is for assistant-hours (the payable hours of a timesheet)"),
        ["batch", name, file] if api::CALCULATORS.contains(name) => {
            let lines = if totals {
                api::Lines::Totals
            } else if brief {
                api::Lines::Brief
            } else {
                api::Lines::Full { explain }
            };
            batch(name, file, lang, lines)
        }
        ["batch", ..] => usage_error("batch takes a calculator name and a file"),
        [_, ..] if brief => usage_error("--brief is for a batch (a single document always has its explanation)"),
        [_, ..] if totals => usage_error("--totals is for a batch of assistant-hours timesheets"),
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

/// A chunk of a batch's input: the bytes of its lines one after the
/// other, and each line's range in them (`None` for a line that was longer
/// than [`LINE_CAP`]: the rest was skipped, not stored). Chunks are reused.
#[derive(Default)]
struct Chunk {
    bytes: Vec<u8>,
    lines: Vec<Option<(usize, usize)>>,
}

/// The most bytes of a line kept: 1 MiB + 1 (to tell "too large") + 1 for
/// the carriage return of a CRLF line ending.
const LINE_CAP: usize = api::MAX_INPUT_BYTES + 2;

/// Reads the next line (without its `\n`, nor a `\r` before it) onto the
/// end of `buf`, keeping at most [`LINE_CAP`] bytes and skipping the rest of
/// a longer line without storing it. `Ok(None)` at the end of the input;
/// `Ok(Some(false))` for a line that was too long (nothing kept).
fn read_line_bounded(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<Option<bool>> {
    let start = buf.len();
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
        let (part, done) = match newline_in(available) {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        let room = LINE_CAP.saturating_sub(buf.len() - start);
        if part.len() > room {
            overflow = true;
            buf.truncate(start);
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
    if buf.len() > start && buf.last() == Some(&b'\r') {
        buf.pop();
    }
    let fits = !overflow && buf.len() - start <= api::MAX_INPUT_BYTES;
    if !fits {
        buf.truncate(start);
    }
    Ok(Some(fits))
}

/// The first `\n` in `b` (the reader thread looks at every byte of the
/// input): `memchr`, already linked in through serde_json, searches many
/// bytes at a time.
fn newline_in(b: &[u8]) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    return memchr::memchr(b'\n', b);
    // The command line is never run as WebAssembly, but `cargo test
    // --target wasm32-unknown-unknown` compiles it.
    #[cfg(target_arch = "wasm32")]
    b.iter().position(|&c| c == b'\n')
}

/// Lines per chunk handed to a worker, and the most bytes of input in one chunk.
const CHUNK_LINES: usize = 256;
const CHUNK_BYTES: usize = 4 << 20;

/// The answer of one line, written as one line of JSON onto `out`. A panic
/// (a bug) is caught and answered on its line, so that no other line is lost.
fn answer_line(name: &str, line: Option<&[u8]>, lang: Lang, lines: api::Lines, out: &mut Vec<u8>) -> bool {
    let start = out.len();
    let computed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match line {
        Some(bytes) => api::answer_line(name, bytes, lang, lines, out),
        None => {
            let words = socialrules::text::Words::new(lang);
            out.extend_from_slice(b"{\"errors\":");
            out.extend_from_slice(api::errors_text(&[api::too_large()], &words).as_bytes());
            out.push(b'}');
            Some(false)
        }
    }));
    match computed {
        Ok(Some(ok)) => {
            out.push(b'\n');
            ok
        }
        Ok(None) | Err(_) => {
            out.truncate(start);
            out.extend_from_slice(b"{\"errors\":[{\"field\":\"\",\"code\":\"internal_error\",\"message\":\"This line could not be computed (an error in the program). Please report it.\"}]}\n");
            false
        }
    }
}

/// Buffers handed back for reuse (a batch allocates its buffers once, not per line).
struct Pool<T>(Mutex<Vec<T>>);

impl<T: Default> Pool<T> {
    fn take(&self) -> T {
        self.0.lock().ok().and_then(|mut v| v.pop()).unwrap_or_default()
    }
    fn put(&self, item: T) {
        if let Ok(mut v) = self.0.lock() {
            v.push(item);
        }
    }
}

/// The batch: a reader (this thread) cuts the input into chunks of lines,
/// workers (one per core) answer them, a writer puts the answers out in
/// input order. At most `WINDOW` chunks are in flight, so memory stays
/// bounded whatever the input's size; their buffers are reused.
fn batch(name: &str, file: &str, lang: Lang, lines: api::Lines) -> ExitCode {
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
    let chunks: Arc<Pool<Chunk>> = Arc::new(Pool(Mutex::new(Vec::new())));
    let outs: Arc<Pool<Vec<u8>>> = Arc::new(Pool(Mutex::new(Vec::new())));
    let (job_tx, job_rx) = sync_channel::<(usize, Chunk)>(window);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = sync_channel::<(usize, Vec<u8>, bool)>(window);
    let (token_tx, token_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        let _ = token_tx.send(());
    }
    let outcome = std::thread::scope(|scope| {
        for _ in 0..workers {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            let name = Arc::clone(&name);
            let (chunks, outs) = (Arc::clone(&chunks), Arc::clone(&outs));
            scope.spawn(move || loop {
                let job = match job_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((seq, chunk)) = job else { return };
                let mut out = outs.take();
                out.clear();
                let mut all_ok = true;
                for line in &chunk.lines {
                    let bytes = line.and_then(|(a, b)| chunk.bytes.get(a..b));
                    all_ok &= answer_line(&name, bytes, lang, lines, &mut out);
                }
                chunks.put(chunk);
                if done_tx.send((seq, out, all_ok)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let writer_outs = Arc::clone(&outs);
        let writer = scope.spawn(move || write_in_order(&done_rx, &token_tx, &writer_outs));
        let read = read_chunks(&mut *reader, &job_tx, &token_rx, &chunks);
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
fn read_chunks(
    reader: &mut dyn BufRead,
    job_tx: &std::sync::mpsc::SyncSender<(usize, Chunk)>,
    tokens: &Receiver<()>,
    chunks: &Pool<Chunk>,
) -> io::Result<()> {
    let mut seq = 0;
    let mut at_end = false;
    while !at_end {
        if tokens.recv().is_err() {
            return Ok(()); // the writer stopped (output closed)
        }
        let mut chunk = chunks.take();
        chunk.bytes.clear();
        chunk.lines.clear();
        while chunk.lines.len() < CHUNK_LINES && chunk.bytes.len() < CHUNK_BYTES {
            let start = chunk.bytes.len();
            match read_line_bounded(reader, &mut chunk.bytes)? {
                None => {
                    at_end = true;
                    break;
                }
                Some(true) => chunk.lines.push(Some((start, chunk.bytes.len()))),
                Some(false) => chunk.lines.push(None),
            }
        }
        if chunk.lines.is_empty() {
            break;
        }
        if job_tx.send((seq, chunk)).is_err() {
            return Ok(());
        }
        seq += 1;
    }
    Ok(())
}

/// Writes the chunks' answers in input order; gives a token back for each,
/// and its buffer for reuse. `Ok(true)` if every line had a result,
/// `Err(())` if the output failed.
fn write_in_order(done: &Receiver<(usize, Vec<u8>, bool)>, tokens: &std::sync::mpsc::SyncSender<()>, outs: &Pool<Vec<u8>>) -> Result<bool, ()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut pending: BTreeMap<usize, (Vec<u8>, bool)> = BTreeMap::new();
    let mut next = 0;
    let mut all_ok = true;
    for (seq, text, ok) in done {
        pending.insert(seq, (text, ok));
        while let Some((text, ok)) = pending.remove(&next) {
            out.write_all(&text).map_err(|_| ())?;
            outs.put(text);
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
