//! The project's build tool: `cargo xtask <command>` (alias in .cargo/config.toml).
//!
//!   setup    install what is missing: the wasm32 target, Debian's Chromium and
//!            ChromeDriver, the npm tools (binaryen's wasm-opt, esbuild, playwright-core, axe-core, @fluent/bundle)
//!   build    the served site in site/: the page's WebAssembly, one module per
//!            calculator (+ `words`), each with its part of each catalog
//!            (wasm-bindgen, wasm-opt -Os → site/pkg/), and the files of www/
//!            (the sources) with JS and CSS minified per file by esbuild
//!   serve    serve site/ (or `--dir DIR`) on 127.0.0.1 (std only), printing the address
//!   run      setup + build + serve: the README's main command
//!   test     setup + every test: native, wasm in headless Chromium, end to end
//!   package  setup + build, then dist/ (the npm package, with TypeScript
//!            declarations generated from the Rust types) and its tarball:
//!            see [`package`]
//!   release  the command line built with profile-guided optimisation into
//!            target/pgo/release/socialrules (see [`pgo`]): the batch's binary
//!   bench    the batch side by side with the OpenFisca peer (see [`peer`]),
//!            the batch benchmark and the in-browser recompute benchmark;
//!            `bench peer` the side-by-side run alone
//!   fuzz     the hostile-input tests in release: the fuzzer for SECS seconds
//!            (default 300), the 1 MiB guard with its 1 s bound (`fuzz [SECS]`)
//!
//! wasm-bindgen and its test runner are linked in as a library, pinned by the
//! workspace's Cargo.lock, so the CLI and the crate always agree.
//!
//! What a user sees: one `== …` line per phase and per install (apt, npm and
//! rustup print only when they fail), then the tools' own output (cargo's
//! progress, the test reports). Stopping it (Ctrl-C, SIGTERM, SIGHUP, or the
//! death of whatever started it) stops the running child and the server too:
//! see [`guard`].

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, Instant};

mod offline;
mod package;
mod pgo;

const CHROMIUM: &str = "/usr/bin/chromium";
/// The toolchain of the page's WebAssembly only: a pinned nightly, for two
/// unstable flags that make every module smaller (`-Cpanic=immediate-abort`
/// with the standard library rebuilt for size, `-Zbuild-std`; measured in the
/// README, "Size"). Everything else (the command line, the tests) is built
/// with the stable toolchain.
pub const PAGE_TOOLCHAIN: &str = "nightly-2026-05-20";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    let command = args.first().map(String::as_str).unwrap_or("");
    if let Some(plan) = plan(command) {
        // The first line, before anything slow: what this command is going to do
        // (serve is quick and prints its addresses at once).
        if command != "serve" {
            eprintln!("== cargo xtask {command}: {plan}");
        }
        guard::install();
    }
    let started = Instant::now();
    let r = match args.first().map(String::as_str) {
        Some("setup") => setup(&root, true),
        Some("build") => setup(&root, false).and_then(|()| build(&root)),
        Some("serve") => serve(&serve_dir(&root, &args), port(&args)),
        Some("run") => setup(&root, false).and_then(|()| build(&root)).and_then(|()| serve(&root.join(SITE), port(&args))),
        Some("test") => setup(&root, true).and_then(|()| test(&root)),
        // `--no-build`: package site/ as it is.
        Some("package") => setup(&root, false)
            .and_then(|()| if args.iter().any(|a| a == "--no-build") { Ok(()) } else { build(&root) })
            .and_then(|()| package::package(&root).map(drop)),
        Some("release") => pgo::release(&root).map(drop),
        Some("bench") if args.get(1).map(String::as_str) == Some("peer") => peer::side_by_side(&root),
        Some("bench") => setup(&root, true).and_then(|()| bench(&root)),
        Some("fuzz") => fuzz(&root, args.get(1).map_or("300", String::as_str)),
        Some("wasm-test-runner") => {
            let rest = std::iter::once("wasm-bindgen-test-runner".to_string()).chain(args[1..].iter().cloned());
            wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(rest).map_err(|e| format!("{e:#}"))
        }
        _ => {
            eprintln!("usage: cargo xtask setup|build|serve [--port N] [--dir DIR]|run [--port N]|test|package [--no-build]|release|bench [peer]|fuzz [SECS]");
            return ExitCode::from(2);
        }
    };
    match r {
        Ok(()) => {
            if plan(command).is_some() && command != "serve" && command != "run" {
                eprintln!("\n== cargo xtask {command}: done in {}", took(started));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).unwrap_or(here)
}

fn port(args: &[String]) -> u16 {
    args.iter()
        .position(|a| a == "--port")
        .and_then(|i| args.get(i + 1))
        .and_then(|p| p.parse().ok())
        .or_else(|| std::env::var("PORT").ok().and_then(|p| p.parse().ok()))
        .unwrap_or(8000)
}

/// The served site, written whole by `build` (not in git): `www/` is its
/// source and is never served.
pub const SITE: &str = "site";

/// The directory `serve` serves: `--dir DIR` (a copy of site/, as the offline
/// tests use), else site/.
fn serve_dir(root: &Path, args: &[String]) -> PathBuf {
    args.iter().position(|a| a == "--dir").and_then(|i| args.get(i + 1)).map_or_else(|| root.join(SITE), PathBuf::from)
}

/// The one-line plan printed first by each command (None: not a command of ours).
fn plan(command: &str) -> Option<&'static str> {
    Some(match command {
        "setup" => "install what is missing (wasm32 target, Chromium and ChromeDriver, npm tools)",
        "build" => "setup, then the site into site/ (the WebAssembly into site/pkg/, www/ minified)",
        "serve" => "serve site/ as it is",
        "run" => "setup, build the WebAssembly, then serve the page",
        "test" => "setup, then native tests, WebAssembly tests in Chromium, build, package, end-to-end tests",
        "package" => "setup, build the WebAssembly, then the npm package in dist/ and its tarball",
        "release" => "the command line, built with profile-guided optimisation (trained on generated timesheets)",
        "bench" => "setup, then the batch against the OpenFisca peer, the batch benchmark, build, the in-browser benchmark",
        _ => return None,
    })
}

fn step(what: &str) {
    eprintln!("\n== {what}");
}

/// "42 s" or "3 min 05 s".
fn took(since: Instant) -> String {
    let s = since.elapsed().as_secs();
    if s < 60 {
        format!("{s} s")
    } else {
        format!("{} min {:02} s", s / 60, s % 60)
    }
}

/// Runs a child in its own process group (so that stopping xtask can stop
/// it and everything it started: see [`guard`]), its output shown as it comes.
fn run(cmd: &mut Command) -> Result {
    cmd.process_group(0);
    spawn_wait(cmd, false, true).map(drop)
}

/// Runs an installer with its output captured, shown only if it fails.
/// `own_group: false` keeps it in the terminal's foreground group, so that
/// `sudo` can still ask for a password.
fn quiet(cmd: &mut Command, own_group: bool) -> Result {
    if own_group {
        cmd.process_group(0);
    }
    let started = Instant::now();
    spawn_wait(cmd, true, own_group)?;
    eprintln!("   done in {}", took(started));
    Ok(())
}

fn spawn_wait(cmd: &mut Command, capture: bool, own_group: bool) -> Result {
    let shown = format!("{cmd:?}");
    if capture {
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    }
    let child = cmd.spawn().map_err(|e| format!("cannot start {shown}: {e}"))?;
    // invariant: a pid fits in i32 (pid_t) on every Unix.
    let pid = i32::try_from(child.id()).unwrap_or(0);
    guard::child_started(if own_group { -pid } else { pid });
    let out = child.wait_with_output();
    guard::child_ended();
    let out = out.map_err(|e| format!("waiting for {shown}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        if capture {
            std::io::stderr().write_all(&out.stdout).ok();
            std::io::stderr().write_all(&out.stderr).ok();
        }
        Err(format!("{shown} failed ({})", out.status))
    }
}

/// Stopping cleanly. `cargo xtask …` is started by cargo (which on Unix
/// replaces itself with xtask, but a wrapper — a script, `timeout`, a CI
/// runner, node for the end-to-end tests — may not), so xtask stops when:
/// - it gets SIGINT (Ctrl-C), SIGTERM or SIGHUP;
/// - its parent dies (a thread polls `parent_id()`, every 50 ms).
///
/// It then forwards the signal to the running child's process group, waits
/// up to 5 s for it to end (then SIGKILL), and exits 128 + signal; a server
/// has no child and exits at once, closing its port. A second Ctrl-C exits
/// at once.
mod guard {
    use super::*;

    /// The signal received, 0 while none.
    static SIGNAL: AtomicI32 = AtomicI32::new(0);
    /// The running child: its pid, negated when it leads its own process group; 0: none.
    static CHILD: AtomicI32 = AtomicI32::new(0);

    extern "C" fn on_signal(sig: libc::c_int) {
        // Only async-signal-safe calls here: an atomic swap and _exit.
        if SIGNAL.swap(sig, Ordering::SeqCst) != 0 {
            unsafe { libc::_exit(128 + sig) };
        }
    }

    pub fn install() {
        for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            // SAFETY: a zeroed sigaction with a plain handler, an empty mask and
            // no flags is valid; on_signal is async-signal-safe.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(sig, &action, std::ptr::null_mut());
            }
        }
        let parent = std::os::unix::process::parent_id();
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(50));
            let sig = SIGNAL.load(Ordering::SeqCst);
            if sig != 0 {
                stop(sig, "");
            }
            // A parent of 0 or 1 at the start (a container's init, a daemon) is not watched.
            if parent > 1 && std::os::unix::process::parent_id() != parent {
                SIGNAL.store(libc::SIGTERM, Ordering::SeqCst);
                stop(libc::SIGTERM, " (the process that started it has exited)");
            }
        });
    }

    /// Set while serving.
    pub static SERVING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    /// Set once the "stopped by" line has been printed (by either thread).
    static TOLD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

    fn stop(sig: i32, why: &str) -> ! {
        let name = match sig {
            libc::SIGINT => "SIGINT",
            libc::SIGTERM => "SIGTERM",
            libc::SIGHUP => "SIGHUP",
            _ => "a signal",
        };
        // A plain SIGTERM is how a server is stopped (the end-to-end tests do
        // it for every file): no line for that.
        let routine = sig == libc::SIGTERM && why.is_empty() && SERVING.load(Ordering::SeqCst);
        if !routine && !TOLD.swap(true, Ordering::SeqCst) {
            eprintln!("\nxtask: stopped by {name}{why}");
        }
        let child = CHILD.load(Ordering::SeqCst);
        if child != 0 {
            unsafe { libc::kill(child, sig) };
            let until = Instant::now() + Duration::from_secs(5);
            while CHILD.load(Ordering::SeqCst) == child && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(20));
            }
            if CHILD.load(Ordering::SeqCst) == child {
                unsafe { libc::kill(child, libc::SIGKILL) };
            }
        }
        std::process::exit(128 + sig)
    }

    pub fn child_started(pid: i32) {
        CHILD.store(pid, Ordering::SeqCst);
        // A signal that came between spawn and here: forward it now.
        let sig = SIGNAL.load(Ordering::SeqCst);
        if sig != 0 && pid != 0 {
            unsafe { libc::kill(pid, sig) };
        }
    }

    pub fn child_ended() {
        CHILD.store(0, Ordering::SeqCst);
        let sig = SIGNAL.load(Ordering::SeqCst);
        if sig != 0 {
            // Stopping: the watcher thread would exit within 50 ms; exit now, the same way.
            stop(sig, "");
        }
    }
}

fn have(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd).args(args).output().map(|o| o.status.success()).unwrap_or(false)
}

/// Installs whatever of the prerequisites is missing; quick when nothing is.
/// The browser is needed only to test and to benchmark, not to build or serve.
fn setup(root: &Path, browser: bool) -> Result {
    let mut installed_any = false;
    let has_target = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown"))
        .unwrap_or(false);
    if !has_target {
        step("setup: installing the wasm32-unknown-unknown target (rustup, about 30 MB)");
        quiet(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]), true)?;
        installed_any = true;
    }
    let has_page_toolchain = Command::new("rustup")
        .args(["component", "list", "--installed", "--toolchain", PAGE_TOOLCHAIN])
        .output()
        .map(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == "rust-src"))
        .unwrap_or(false);
    if !has_page_toolchain {
        step(&format!("setup: installing the page's toolchain, {PAGE_TOOLCHAIN} with rust-src (rustup, minimal profile; about 700 MB on disk)"));
        quiet(Command::new("rustup").args(["toolchain", "install", PAGE_TOOLCHAIN, "--profile", "minimal", "--component", "rust-src"]), true)?;
        installed_any = true;
    }
    if browser && (!Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists()) {
        step("setup: installing Debian's chromium and chromium-driver (apt-get; a minute or two)");
        let root_user = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
        let apt = |args: &[&str]| {
            let mut c = if root_user {
                Command::new("apt-get")
            } else {
                let mut c = Command::new("sudo");
                c.arg("apt-get");
                c
            };
            c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            // Not in a process group of its own: sudo may ask for a password on the terminal.
            quiet(&mut c, root_user)
        };
        apt(&["update", "-qq"])?;
        apt(&["install", "-y", "-qq", "--no-install-recommends", "chromium", "chromium-driver"])?;
        installed_any = true;
    }
    let stamp = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    let stale = match (std::fs::metadata(&stamp).and_then(|m| m.modified()), std::fs::metadata(&lock).and_then(|m| m.modified())) {
        (Ok(a), Ok(b)) => a < b,
        _ => true,
    };
    if stale || !root.join("node_modules/.bin/wasm-opt").exists() || !root.join("node_modules/.bin/esbuild").exists() {
        step("setup: installing the npm tools (npm ci: binaryen, esbuild, playwright-core, axe-core, @fluent/bundle)");
        if !have("npm", &["--version"]) {
            return Err("npm is missing: install Node.js 20 and npm".into());
        }
        quiet(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root), true)?;
        installed_any = true;
    }
    if !installed_any {
        let what = if browser { "wasm32 target, the page's toolchain, Chromium and ChromeDriver, npm tools" } else { "wasm32 target, the page's toolchain, npm tools" };
        step(&format!("setup: nothing to install ({what} present)"));
    }
    Ok(())
}

/// cargo build (wasm32, profile `wasm`) → wasm-bindgen → wasm-opt -Os → site/pkg.
/// The WebAssembly modules of the page: one per calculator (a page loads
/// only its own rules), and `words`, with no calculator, for the start page.
/// Each is the crate built with that calculator's cargo feature alone.
/// The timesheet has two: `assistant-hours`, MK 316 months alone (what a
/// timesheet page loads first: today's months), and `assistant-hours-mk942`,
/// every month (loaded by the page for a month before 2022).
pub const MODULES: &[(&str, &str)] = &[
    ("assistant-hours", "assistant-hours"),
    ("assistant-hours-mk942", "assistant-hours-mk942"),
    ("lt-eligibility", "lt-eligibility"),
    ("lv-unemployment", "lv-unemployment"),
    ("mk360-admission", "mk360-admission"),
    ("vbtai-competition", "vbtai-competition"),
    ("esf-ex-prisoners", "esf-ex-prisoners"),
    ("words", ""),
];

/// The modules whose messages an id belongs to, by its prefix (`r1-`,
/// `quote-r1-`, `warning-` …), or `None` for the messages every page needs
/// (formats, months, the shared fields and errors, the pages' labels).
fn modules_of(id: &str) -> Option<&'static [&'static str]> {
    let id = id.strip_prefix("quote-").unwrap_or(id);
    // Shared although its name says otherwise: both date calculators ask it.
    if id == "ui-lt-work" {
        return None;
    }
    // An entry every module can show, listed before a shorter prefix that would take it.
    const SHARED: &[&str] = &["*"];
    const DATES: &[&str] = &["lt-eligibility", "lv-unemployment", "mk360-admission", "vbtai-competition"];
    // What only the MK 942 months show: their explanation's steps, quotes,
    // sources and warnings, and the errors only their fields can give (the
    // module of MK 316 alone never shows them).
    const MK942: &[&str] = &["assistant-hours-mk942"];
    let sets: [(&str, &[&str]); _] = [
        ("source-mk942", MK942),
        ("source-lm-", MK942),
        ("source-es-", MK942),
        ("source-mk360-p34-3", MK942),
        ("source-mk662-p73-74", MK942),
        ("r1-regime", &["assistant-hours"]),
        ("r1-monthly-", &["assistant-hours"]),
        ("r1-", MK942),
        ("warning-over_state_funded_max", MK942),
        ("error-required-emergency", MK942),
        ("error-required-activities_resumed", MK942),
        ("error-required-previous_months", MK942),
        ("error-measure_out_of_range", MK942),
        ("error-previous_months_count", MK942),
        ("error-invalid_week", MK942),
        ("error-week_not_at_edge", MK942),
        ("error-granularity_over_daily_max", MK942),
        // Only the module of MK 316 alone gives it.
        ("error-other_module", &["assistant-hours"]),
        // Errors only the date questions can give.
        ("error-date_before_date", &["lt-eligibility", "lv-unemployment"]),
        ("error-date_after_date-from", &["vbtai-competition"]),
        ("error-date_after_date", DATES),
        ("field-birth_date", &["lt-eligibility", "lv-unemployment"]),
        // The sources each rule set cites (the first that matches decides).
        ("source-mk316", &["assistant-hours"]),
        ("source-a1-", &["lt-eligibility"]),
        ("source-lt-", &["lt-eligibility"]),
        ("source-nva-", &["lv-unemployment"]),
        ("source-state-pensions", &["lv-unemployment"]),
        ("source-mk360", &["mk360-admission"]),
        ("source-mk662", &["mk360-admission"]),
        ("source-vbtai", &["vbtai-competition"]),
        ("source-esf", &["esf-ex-prisoners"]),
        // Fields and errors that only one calculator asks about.
        ("error-not_for_regime", &["assistant-hours"]),
        ("error-not_in_force", &["assistant-hours"]),
        ("error-required-month", &["assistant-hours"]),
        ("error-required-weekly_allocation", &["assistant-hours"]),
        ("error-required-monthly_allocation", &["assistant-hours"]),
        ("error-required-regulation", &["assistant-hours"]),
        ("field-at-date", &["assistant-hours"]),
        // The timesheet's fields and the errors only its reader gives
        // (`Code`s of src/contract/read.rs emitted in contract/assistant_hours.rs
        // alone); another calculator reports such a key as unknown, by its
        // path, never by this label.
        ("field-month", &["assistant-hours"]),
        ("field-days", &["assistant-hours"]),
        ("field-hours", &["assistant-hours"]),
        ("field-measure", &["assistant-hours"]),
        ("field-emergency", &["assistant-hours"]),
        ("field-activities_resumed", &["assistant-hours"]),
        ("field-previous_months", &["assistant-hours"]),
        ("field-daily_max", &["assistant-hours"]),
        ("field-granularity", &["assistant-hours"]),
        ("field-paid_outside_month", &["assistant-hours"]),
        ("field-hourly_rate", &["assistant-hours"]),
        ("error-invalid_month", &["assistant-hours"]),
        ("error-date_outside_month", &["assistant-hours"]),
        ("error-day_over_24", &["assistant-hours"]),
        ("error-not_covered", &["assistant-hours"]),
        // Bytes that are not UTF-8: only the command line and the batch read
        // bytes; a page hands the rules a string (src/wasm.rs). Kept in the
        // start page's part alone, where the test of the formatter against
        // the reference Fluent (languages.test.mjs) reads every message.
        ("error-invalid_utf8", &["words"]),
        // Numbers: only the timesheet and the competition (its subordinates)
        // read them (read::decimal, whole, decimal_in); money only the
        // timesheet's pay and the programme card's budget.
        ("error-not_a_number", &["assistant-hours", "vbtai-competition"]),
        ("error-negative", &["assistant-hours", "vbtai-competition"]),
        ("error-must_be_positive", &["assistant-hours", "vbtai-competition"]),
        ("error-too_small", &["assistant-hours", "vbtai-competition"]),
        ("error-too_many_decimals", &["assistant-hours", "vbtai-competition"]),
        ("error-not_a_whole_number", &["assistant-hours", "vbtai-competition"]),
        ("format-money", &["assistant-hours", "esf-ex-prisoners"]),
        ("hours", &["assistant-hours"]),
        ("field-regulation", &["assistant-hours"]),
        ("field-service", &["assistant-hours"]),
        ("field-monthly_allocation", &["assistant-hours"]),
        ("field-weekly_allocation", &["assistant-hours"]),
        ("field-registered_since", &["lt-eligibility", "lv-unemployment"]),
        ("field-last_employment_end", &["lt-eligibility"]),
        ("field-cash_social_assistance", &["lt-eligibility"]),
        ("field-municipality", &["lt-eligibility"]),
        ("error-too_large-municipality", &["lt-eligibility"]),
        // A number over its maximum (after the municipality's own message;
        // error-too_large- is the input's size, shared), a list too long.
        ("error-too_large-", SHARED),
        ("error-too_large", &["assistant-hours", "vbtai-competition"]),
        ("error-too_many_entries", &["assistant-hours", "vbtai-competition"]),
        ("field-employment_end", &["lv-unemployment"]),
        ("field-disability", &["lv-unemployment"]),
        ("field-placement_date", &["mk360-admission"]),
        ("field-institution", &["mk360-admission"]),
        ("field-negative_test_date", &["mk360-admission"]),
        ("field-certificate_date", &["mk360-admission"]),
        ("field-respiratory_symptoms", &["mk360-admission"]),
        ("field-urgent_child_placement", &["mk360-admission"]),
        ("field-from_inpatient_treatment", &["mk360-admission"]),
        // A post's start and end (after field-from_inpatient_treatment: the first match decides).
        ("field-from", &["vbtai-competition"]),
        ("field-to", &["vbtai-competition"]),
        ("field-education", &["vbtai-competition"]),
        ("field-english", &["vbtai-competition"]),
        ("field-posts", &["vbtai-competition"]),
        ("field-kind", &["vbtai-competition"]),
        ("field-subordinates", &["vbtai-competition"]),
        ("field-deadline", &["vbtai-competition"]),
        // The pages' own labels.
        ("ui-lt-", &["lt-eligibility"]),
        ("ui-verdict-", &["lt-eligibility"]),
        ("ui-crit-", &["lt-eligibility"]),
        ("ui-lv-", &["lv-unemployment"]),
        ("ui-groups-", &["lv-unemployment"]),
        ("ui-years-months", &["lv-unemployment"]),
        ("ui-not-covered-date", &["lv-unemployment"]),
        ("ui-start-", &["words"]),
        ("ui-mk-", &["mk360-admission"]),
        ("ui-vb-", &["vbtai-competition"]),
        ("ui-esf-", &["esf-ex-prisoners"]),
        // Each rule set's explanations.
        ("warning-", &["assistant-hours"]),
        ("r2-", &["lt-eligibility"]),
        ("fact-", &["lt-eligibility"]),
        ("r3-", &["lv-unemployment"]),
        ("group-", &["lv-unemployment"]),
        ("r4-", &["mk360-admission"]),
        ("r5-", &["vbtai-competition"]),
        ("r6-", &["esf-ex-prisoners"]),
    ];
    sets.iter().find(|(p, _)| id.starts_with(p)).map(|(_, m)| *m).filter(|m| *m != SHARED)
}

/// The page scripts that show each module's words (besides the shared
/// `page.js`, `form.js`, `core.js`, and `update.js`, page.js's notice of a
/// new version, loaded on need).
fn scripts_of(module: &str) -> &'static [&'static str] {
    match module {
        // elements.js (the custom elements) mounts every calculator: listed for each.
        // keep-file.js, assistant-hours-import.js, allocation-help.js and start.js are loaded on need (a dynamic import).
        "assistant-hours" => &["assistant-hours.js", "assistant-hours-import.js", "allocation-help.js", "elements.js", "keep.js", "keep-file.js", "print.js"],
        // The form's MK 942 parts come with the module of every month (its words in its part alone).
        "assistant-hours-mk942" => &["assistant-hours.js", "assistant-hours-mk942.js", "assistant-hours-import.js", "allocation-help.js", "elements.js", "keep.js", "keep-file.js", "print.js"],
        // Each date calculator's spec is its own file, on date-calculators.js's form.
        "lt-eligibility" => &["lt-eligibility.js", "date-calculators.js", "elements.js", "keep.js", "keep-file.js"],
        "lv-unemployment" => &["lv-unemployment.js", "date-calculators.js", "elements.js", "keep.js", "keep-file.js"],
        "mk360-admission" => &["mk360-admission.js", "date-calculators.js", "elements.js", "keep.js", "keep-file.js"],
        "vbtai-competition" => &["vbtai-competition.js", "date-calculators.js", "date-lists.js", "elements.js", "keep.js", "keep-file.js"],
        // The programme card has no questions: nothing kept (date-calculators.js does not load keep.js for it).
        "esf-ex-prisoners" => &["esf-ex-prisoners.js", "date-calculators.js", "elements.js"],
        "words" => &["start.js"],
        _ => &[],
    }
}

/// Whether the page label `id` is one the scripts `js` can show: named
/// whole, or by a template's prefix (`ui-crit-${…}`).
fn label_used(id: &str, js: &str) -> bool {
    let quoted = |q: char| js.contains(&format!("{q}{id}{q}"));
    if quoted('\'') || quoted('"') || quoted('`') {
        return true;
    }
    js.match_indices("`ui-").any(|(i, _)| {
        let rest = &js[i + 1..];
        let end = rest.find(['`', '$']).unwrap_or(rest.len());
        rest[end..].starts_with("${") && id.starts_with(&rest[..end])
    })
}

/// The messages of a catalog's text that `module` can show: every entry of
/// its own rule set and every shared one, and of the pages' labels those its
/// scripts use; without the translators' comments. An entry is a line
/// `id = …` and the indented (or `}`) lines after it.
fn catalog_for(text: &str, module: &str, js: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut keep = false;
    for line in text.lines() {
        let continues = line.starts_with([' ', '\t', '}']);
        if !continues {
            keep = match line.split_once(" =") {
                Some((id, _)) if !line.starts_with('#') && !id.contains(' ') => {
                    let label = id.starts_with("ui-");
                    // The module of every month shows all the timesheet's words.
                    let own = |m: &[&str]| m.contains(&module) || (module == "assistant-hours-mk942" && m.contains(&"assistant-hours"));
                    modules_of(id.trim_start_matches('-')).is_none_or(own) && (!label || label_used(id, js))
                }
                _ => false,
            };
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// wasm-bindgen copies the exported functions' doc comments into the glue
/// as JSDoc blocks: useful in an editor, 0.6 KB gzip on every page. They are
/// left out (the functions are documented in `src/wasm.rs`).
fn strip_doc_comments(glue: &Path) -> Result {
    let text = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    let mut out = String::with_capacity(text.len());
    let mut in_doc = false;
    for line in text.lines() {
        if !in_doc && line.trim_start().starts_with("/**") {
            in_doc = !line.contains("*/");
            continue;
        }
        if in_doc {
            in_doc = !line.contains("*/");
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    std::fs::write(glue, out).map_err(|e| format!("{}: {e}", glue.display()))
}

/// wasm-opt -Os on `bg`, in place; its output is kept in
/// `target/wasm-opt/` by the input's hash, so a build whose module did not
/// change skips the optimiser (about 8 s a module).
fn optimise(root: &Path, bg: &Path) -> Result {
    use std::hash::{Hash, Hasher};
    // Each measured (README, "Size"): a fresh instance's memory is
    // zero-filled, and its lowest 1 KB is never read or written (Rust puts
    // the 1 MiB stack there, growing down from its top; our nesting is
    // bounded), so wasm-opt may rely on both; the target-features section
    // is for linkers, not browsers. Functions of one caller are inlined only
    // when small: a module is then a few KB larger but 1.5–4 KB smaller in
    // gzip (one huge function compresses worse: many locals, fewer repeats).
    const FLAGS: [&str; 7] = [
        // -Os rather than -Oz: each page 12–44 B gzip smaller, measured on
        // all seven by the size test.
        "-Os",
        "--converge",
        "--zero-filled-memory",
        "--low-memory-unused",
        "--strip-target-features",
        "--one-caller-inline-max-function-size=25",
        "--always-inline-max-function-size=4",
    ];
    let input = std::fs::read(bg).map_err(|e| format!("{}: {e}", bg.display()))?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    input.hash(&mut h);
    FLAGS.hash(&mut h);
    // … and wasm-opt's own version.
    std::fs::read(root.join("node_modules/binaryen/package.json")).unwrap_or_default().hash(&mut h);
    let cache = root.join("target/wasm-opt");
    let kept = cache.join(format!("{:016x}.wasm", h.finish()));
    if kept.exists() {
        std::fs::copy(&kept, bg).map_err(|e| format!("{}: {e}", kept.display()))?;
        return Ok(());
    }
    run(Command::new(root.join("node_modules/.bin/wasm-opt")).args(FLAGS).arg(bg).arg("-o").arg(bg))?;
    let _ = std::fs::create_dir_all(&cache);
    let _ = std::fs::copy(bg, &kept);
    Ok(())
}

/// For each module: cargo build (wasm32, profile `wasm`, its feature) →
/// wasm-bindgen → wasm-opt -Os → site/pkg/<module>/; then the catalogs →
/// site/pkg/<module>/<lang>.json (parsed); then the files of www/, minified (see
/// [`site_files`]); last the app manifests and the service worker's list.
fn build(root: &Path) -> Result {
    let site = root.join(SITE);
    let _ = std::fs::remove_dir_all(&site);
    let pkg = site.join("pkg");
    let wasm = root.join("target/wasm32-unknown-unknown/wasm/socialrules.wasm");
    for (module, feature) in MODULES {
        step(&format!("build: the {module} module ({PAGE_TOOLCHAIN}, wasm profile: opt-level z, LTO, std rebuilt, panic immediate-abort; wasm-bindgen; npm's wasm-opt -Os, never Debian's)"));
        let mut cargo_build = Command::new("rustup");
        cargo_build
            .args(["run", PAGE_TOOLCHAIN, "cargo", "build", "--quiet", "--lib", "--target", "wasm32-unknown-unknown", "--profile", "wasm", "--no-default-features"])
            .args(["-Zbuild-std=std,panic_abort"])
            // The standard library it compiles, at full speed: measured in the
            // browser benchmark, one recompute median 0.8 → 0.5–0.7 ms, p95
            // 1.3 → 1.0–1.1 ms against std at the profile's opt-level "z", and
            // every page 20–50 B smaller in gzip. (Here, not in Cargo.toml,
            // where every other build would warn that `std` matches nothing.)
            .args(["--config", "profile.wasm.package.std.opt-level=3"])
            // A panic is already an abort (a trap) in the page; immediate-abort
            // also drops the panic messages and their formatting code, and
            // location-detail=none the source files' paths and lines that
            // `#[track_caller]` functions still kept (every page 60-80 B
            // smaller in gzip).
            .env("RUSTFLAGS", "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none")
            .env_remove("RUSTC")
            .env_remove("CARGO");
        if !feature.is_empty() {
            cargo_build.args(["--features", feature]);
        }
        run(cargo_build.current_dir(root))?;
        let out = pkg.join(module);
        wasm_bindgen_cli::wasm_bindgen::run_cli_with_args([
            "wasm-bindgen".as_ref(),
            "--target".as_ref(),
            "web".as_ref(),
            "--no-typescript".as_ref(),
            "--remove-name-section".as_ref(),
            "--remove-producers-section".as_ref(),
            "--out-dir".as_ref(),
            out.as_os_str(),
            wasm.as_os_str(),
        ] as [&std::ffi::OsStr; 9])
        .map_err(|e| format!("wasm-bindgen: {e:#}"))?;
        strip_doc_comments(&out.join("socialrules.js"))?;
        let bg = out.join("socialrules_bg.wasm");
        optimise(root, &bg)?;
        let size = std::fs::metadata(&bg).map(|m| m.len()).unwrap_or(0);
        eprintln!("   {SITE}/pkg/{module}/socialrules_bg.wasm: {size} bytes");
    }
    // The catalogs: one per language (src/text/catalog/*.ftl); each module
    // gets, per language, the messages it can show (a page loads its own
    // module's, in its language only).
    let read = |p: PathBuf| std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()));
    let mut shared_js = String::new();
    for f in ["page.js", "form.js", "core.js", "update.js"] {
        shared_js.push_str(&read(root.join("www/sr").join(f))?);
    }
    // Each part is written already parsed (`Catalog::compiled`, JSON), so
    // the page's module needs no Fluent parser; the whole catalogs too, into
    // target/catalog/, for the test that compares a part with the whole.
    step("build: the catalog parts, parsed and written as JSON (site/pkg/<module>/<lang>.json)");
    let whole = root.join("target/catalog");
    std::fs::create_dir_all(&whole).map_err(|e| format!("{}: {e}", whole.display()))?;
    let write = |to: PathBuf, text: String| std::fs::write(&to, text).map_err(|e| format!("{}: {e}", to.display()));
    for lang in socialrules::text::Lang::ALL {
        let code = lang.code();
        let text = read(root.join(format!("src/text/catalog/{code}.ftl")))?;
        let compiled = |part: &str| -> Result<String> {
            let (cat, errors) = socialrules::text::Catalog::parse(lang, part);
            match errors.first() {
                None => Ok(cat.compiled()),
                Some(e) => Err(format!("src/text/catalog/{code}.ftl: {} problems, the first at line {}: {}", errors.len(), e.line, e.reason)),
            }
        };
        write(whole.join(format!("{code}.json")), compiled(&text)?)?;
        for (module, _) in MODULES {
            let mut js = shared_js.clone();
            for f in scripts_of(module) {
                js.push_str(&read(root.join("www/sr").join(f))?);
            }
            write(pkg.join(module).join(format!("{code}.json")), compiled(&catalog_for(&text, module, &js))?)?;
        }
    }
    site_files(root, &site)?;
    // Last: the app manifests and the service worker's list of every file.
    offline::write(root).map(drop)
}

/// The files of www/ (the sources) into `site`: the pages, icons and other
/// files as they are; every JS and CSS file (and each module's wasm-bindgen
/// glue in site/pkg/) minified on its own by npm's esbuild (`--minify`, no
/// bundling: each ES module stays its own file with its own imports; no
/// source maps). A stale `www/pkg/` of an older build is left out.
fn site_files(root: &Path, site: &Path) -> Result {
    fn walk(dir: &Path, top: &Path, out: &mut Vec<PathBuf>) -> Result {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                if p != top.join("pkg") {
                    walk(&p, top, out)?;
                }
            } else {
                out.push(p);
            }
        }
        Ok(())
    }
    step("build: the files of www/ into site/, JS and CSS minified per file (npm's esbuild --minify, no bundling)");
    let www = root.join("www");
    let mut files = Vec::new();
    walk(&www, &www, &mut files)?;
    let minified = |p: &Path| p.extension().is_some_and(|e| e == "js" || e == "css");
    let (sources, others): (Vec<PathBuf>, Vec<PathBuf>) = files.into_iter().partition(|p| minified(p));
    for from in others {
        let rel = from.strip_prefix(&www).map_err(|e| e.to_string())?;
        let to = site.join(rel);
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::copy(&from, &to).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    // `--charset=utf8`: the sources' words and marks stay as they are (not \u escapes).
    let esbuild = |files: &[PathBuf], from: &Path, to: &Path| {
        run(Command::new(root.join("node_modules/.bin/esbuild"))
            .args(["--minify", "--charset=utf8", "--log-level=warning", "--allow-overwrite"])
            .arg(format!("--outbase={}", from.display()))
            .arg(format!("--outdir={}", to.display()))
            .args(files)
            .current_dir(root))
    };
    esbuild(&sources, &www, site)?;
    let pkg = site.join("pkg");
    let glue: Vec<PathBuf> = MODULES.iter().map(|(m, _)| pkg.join(m).join("socialrules.js")).collect();
    esbuild(&glue, &pkg, &pkg)?;
    let size = |p: &Path| std::fs::metadata(p).map(|meta| meta.len()).unwrap_or(0);
    let (raw, min) = sources.iter().fold((0, 0), |(raw, min), p| {
        (raw + size(p), min + p.strip_prefix(&www).map_or(0, |rel| size(&site.join(rel))))
    });
    eprintln!("   {} JS and CSS files of www/: {raw} → {min} bytes; {} glue files minified", sources.len(), glue.len());
    Ok(())
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn test(root: &Path) -> Result {
    step("test: native (cargo test)");
    run(Command::new(cargo()).args(["test", "--package", "socialrules"]).current_dir(root))?;

    step("test: WebAssembly bindings in headless Chromium (wasm-bindgen-test)");
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let runner = format!("target.wasm32-unknown-unknown.runner=[{:?},\"wasm-test-runner\"]", me.display().to_string());
    run(Command::new(cargo())
        .args(["test", "--package", "socialrules", "--target", "wasm32-unknown-unknown", "--test", "wasm", "--config"])
        .arg(runner)
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .current_dir(root))?;

    build(root)?;
    // The package test (tests/e2e/package.test.mjs) installs this tarball.
    package::package(root)?;
    step("test: end to end in Chromium (node --test, playwright-core, axe-core)");
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/e2e"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    run(Command::new("node").arg("--test").args(&files).current_dir(root))
}

/// tests/hostile.rs in release: a longer fuzzing run, and the guard's 1 s bound.
fn fuzz(root: &Path, secs: &str) -> Result {
    step(&format!("fuzz: tests/hostile.rs in release, {secs} s of mutated inputs"));
    run(Command::new(cargo())
        .args(["test", "--release", "--package", "socialrules", "--test", "hostile", "--", "--nocapture", "--test-threads", "1"])
        .env("HOSTILE_FUZZ_SECS", secs)
        .env("HOSTILE_RELEASE", "1")
        .current_dir(root))
}

fn bench(root: &Path) -> Result {
    peer::side_by_side(root)?;
    step("bench: batch of 100 000 timesheets (cargo bench --bench batch)");
    run(Command::new(cargo()).args(["bench", "--package", "socialrules", "--bench", "batch"]).current_dir(root))?;
    build(root)?;
    step("bench: one recompute of a 31-day month in Chromium, 1 000 runs");
    run(Command::new("node").arg("tests/e2e/bench-browser.mjs").current_dir(root))
}

/// A static file server for `dir` (site/) on 127.0.0.1; `--port 0` picks a
/// free port. `pkg/sw-manifest.js` is answered from the files as they are
/// when it is asked (see [`offline`]).
fn serve(dir: &Path, port: u16) -> Result {
    let dir = dir.to_path_buf();
    if !dir.join("pkg/words/socialrules_bg.wasm").exists() {
        return Err(format!("{}: the built site is missing: run `cargo xtask run` (or `cargo xtask build`) first", dir.display()));
    }
    let listener = (0..20)
        .find_map(|k| {
            let p = if port == 0 { 0 } else { port.saturating_add(k) };
            TcpListener::bind(("127.0.0.1", p)).ok()
        })
        .ok_or_else(|| format!("no free port from {port}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // The first line carries the address that tests/e2e/helpers.mjs looks for.
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().and_then(|e| e.file_name().into_string().ok()))
        .filter(|n| n.ends_with(".html") && n != "index.html")
        .collect();
    pages.sort();
    let mut out = format!("\n== serve: {} at http://{addr}/\n   the calculators:\n", dir.file_name().map_or_else(|| dir.display().to_string(), |n| format!("{}/", n.to_string_lossy())));
    for p in &pages {
        out.push_str(&format!("   http://{addr}/{p}\n"));
    }
    out.push_str("   Ctrl-C stops the server.");
    println!("{out}");
    std::io::stdout().flush().ok();
    guard::SERVING.store(true, Ordering::SeqCst);
    for stream in listener.incoming().flatten() {
        let dir = dir.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &dir);
        });
    }
    Ok(())
}

fn handle(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? <= 2 {
            break;
        }
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let safe = !path.split('/').any(|seg| seg == ".." || seg.contains('\\'));
    let mut file = dir.join(path.trim_start_matches('/'));
    if file.is_dir() {
        file = file.join("index.html");
    }
    // The service worker's list, from the files as they are now (see [`offline`]).
    let live = match (method, safe && path.trim_start_matches('/') == offline::SW_MANIFEST) {
        ("GET" | "HEAD", true) => offline::sw_manifest(dir).ok().map(|(text, _, _)| text.into_bytes()),
        _ => None,
    };
    let (status, body, ctype) = match (live, method, safe, std::fs::File::open(&file)) {
        (Some(text), ..) => ("200 OK", text, "text/javascript; charset=utf-8"),
        (None, "GET" | "HEAD", true, Ok(mut f)) => {
            let mut body = Vec::new();
            f.read_to_end(&mut body)?;
            ("200 OK", body, content_type(&file))
        }
        (None, "GET" | "HEAD", _, _) => ("404 Not Found", b"not found\n".to_vec(), "text/plain; charset=utf-8"),
        _ => ("405 Method Not Allowed", b"method not allowed\n".to_vec(), "text/plain; charset=utf-8"),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "ftl" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

/// The batch side by side with the OpenFisca peer (issue 10, item 4): the
/// same generated timesheets through both, whole process, in one run.
///
/// The peer (`../shared/peers/openfisca`, read-only; `SOCIALRULES_PEER`
/// overrides) is copied to `target/peer/`, its `setup.sh` installs
/// OpenFisca into `target/peer/.work/venv` (quiet unless it fails), its
/// `gen.py --complete` writes `BENCH_N` timesheets (100 000; gen.py's fixed
/// seed), and then `BENCH_ROUNDS` rounds (5, at least 3) run in turn:
/// `socialrules batch assistant-hours F > out`, the same with `--brief`,
/// with `--totals`, and `python run_batch.py assistant-hours F out`. Every
/// line's totals must agree (`compare.py --no-weeks` for the full and brief
/// answers; `compare.py` with the weeks for `--totals`, whose weeks have
/// `payable`), or the bench fails. Printed: the four medians, the three
/// ratios, lines/s, output bytes and each side's peak memory (the child's
/// rusage).
mod peer {
    use super::*;

    struct Run {
        secs: f64,
        peak_kb: i64,
    }

    fn source(root: &Path) -> Result<PathBuf> {
        let candidates = [
            std::env::var_os("SOCIALRULES_PEER").map(PathBuf::from),
            Some(root.join("../shared/peers/openfisca")),
            Some(PathBuf::from("/work/shared/peers/openfisca")),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|p| p.join("run_batch.py").exists())
            .ok_or_else(|| "the OpenFisca peer is missing: set SOCIALRULES_PEER to its directory (with run_batch.py)".into())
    }

    /// Copies `from` into `to` (files made writable, so that the next copy can
    /// replace them; the executable bit kept), leaving `.work` and caches out.
    fn copy_tree(from: &Path, to: &Path) -> Result {
        use std::os::unix::fs::PermissionsExt;
        std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
        for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
            let entry = entry.map_err(|e| e.to_string())?;
            let name = entry.file_name();
            if name == ".work" || name == "__pycache__" || name == ".pytest_cache" {
                continue;
            }
            let (src, dst) = (entry.path(), to.join(&name));
            let meta = entry.metadata().map_err(|e| e.to_string())?;
            if meta.is_dir() {
                copy_tree(&src, &dst)?;
            } else {
                let bytes = std::fs::read(&src).map_err(|e| format!("{}: {e}", src.display()))?;
                let _ = std::fs::remove_file(&dst);
                std::fs::write(&dst, bytes).map_err(|e| format!("{}: {e}", dst.display()))?;
                let mode = if meta.permissions().mode() & 0o111 != 0 { 0o755 } else { 0o644 };
                std::fs::set_permissions(&dst, std::fs::Permissions::from_mode(mode)).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }

    /// Runs `cmd` (its stdout into `out`, its stderr captured and shown only
    /// on failure) and measures it whole: wall time, and its peak resident
    /// memory from `wait4`'s rusage.
    fn timed(mut cmd: Command, out: &Path) -> Result<Run> {
        let shown = format!("{cmd:?}");
        let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
        cmd.stdin(Stdio::null()).stdout(file).stderr(Stdio::piped()).process_group(0);
        let started = Instant::now();
        let mut child = cmd.spawn().map_err(|e| format!("cannot start {shown}: {e}"))?;
        // invariant: a pid fits in i32 (pid_t) on every Unix.
        let pid = i32::try_from(child.id()).unwrap_or(0);
        guard::child_started(-pid);
        // Read stderr on a thread: a child that fills the pipe would block.
        let stderr = child.stderr.take();
        let reader = std::thread::spawn(move || {
            let mut text = Vec::new();
            if let Some(mut e) = stderr {
                let _ = e.read_to_end(&mut text);
            }
            text
        });
        let mut status: libc::c_int = 0;
        // SAFETY: a zeroed rusage is valid; wait4 fills it for our own child,
        // which std has not reaped (we never call child.wait()).
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        let secs = started.elapsed().as_secs_f64();
        guard::child_ended();
        let err = reader.join().unwrap_or_default();
        if waited != pid || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
            std::io::stderr().write_all(&err).ok();
            return Err(format!("{shown} failed (wait status {status})"));
        }
        Ok(Run { secs, peak_kb: usage.ru_maxrss })
    }

    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    }

    fn size(p: &Path) -> u64 {
        std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
    }

    pub fn side_by_side(root: &Path) -> Result {
        let n: usize = std::env::var("BENCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000);
        let rounds: usize = std::env::var("BENCH_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(5).max(3);
        let from = source(root)?;
        let dir = root.join("target/peer");
        let work = dir.join(".work");
        step(&format!("bench: the OpenFisca peer from {} into target/peer/, its setup.sh (pip, quiet)", from.display()));
        copy_tree(&from, &dir)?;
        quiet(Command::new("bash").arg("setup.sh").current_dir(&dir), true)?;

        let input = work.join(format!("ah-{n}.jsonl"));
        if !input.exists() {
            step(&format!("bench: {n} timesheets with gen.py --complete (fixed seed)"));
            run(Command::new("python3")
                .args(["gen.py", "assistant-hours", &n.to_string()])
                .arg(&input)
                .arg("--complete")
                .current_dir(&dir))?;
        }
        step("bench: the plain release binary (cargo build --release)");
        run(Command::new(cargo()).args(["build", "--release", "--package", "socialrules", "--bin", "socialrules"]).current_dir(root))?;
        let plain_bin = root.join("target/release/socialrules");
        // The binary measured: the same code, built with profile-guided
        // optimisation (`cargo xtask release`); the plain build's --totals
        // is timed beside it.
        let ours_bin = pgo::release(root)?;
        let python = work.join("venv/bin/python");
        let (ours_out, brief_out, peer_out) = (work.join("ours.jsonl"), work.join("ours-brief.jsonl"), work.join("peer.jsonl"));
        let totals_out = work.join("ours-totals.jsonl");
        let plain_out = work.join("ours-totals-plain.jsonl");

        step(&format!(
            "bench: {rounds} rounds of each, in turn (full, --brief, --totals, --totals of the plain build, peer), {n} timesheets ({:.1} MB), whole process",
            size(&input) as f64 / 1e6
        ));
        let (mut ours, mut brief, mut totals, mut plain, mut theirs) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for round in 1..=rounds {
            let mut a = Command::new(&ours_bin);
            a.args(["batch", "assistant-hours"]).arg(&input);
            let a = timed(a, &ours_out)?;
            let mut c = Command::new(&ours_bin);
            c.args(["batch", "assistant-hours"]).arg(&input).arg("--brief");
            let c = timed(c, &brief_out)?;
            let mut d = Command::new(&ours_bin);
            d.args(["batch", "assistant-hours"]).arg(&input).arg("--totals");
            let d = timed(d, &totals_out)?;
            let mut e = Command::new(&plain_bin);
            e.args(["batch", "assistant-hours"]).arg(&input).arg("--totals");
            let e = timed(e, &plain_out)?;
            let mut b = Command::new(&python);
            b.args(["run_batch.py", "assistant-hours"]).arg(&input).arg(&peer_out).current_dir(&dir);
            let b = timed(b, &work.join("peer.report.json"))?;
            eprintln!(
                "   round {round}: socialrules {:.3} s, --brief {:.3} s, --totals {:.3} s (plain build {:.3} s), OpenFisca {:.3} s",
                a.secs, c.secs, d.secs, e.secs, b.secs
            );
            ours.push(a);
            brief.push(c);
            totals.push(d);
            plain.push(e);
            theirs.push(b);
        }
        step("bench: the profile-guided build writes the plain build's bytes (--totals)");
        if std::fs::read(&totals_out).ok() != std::fs::read(&plain_out).ok() {
            return Err("the profile-guided build's --totals differ from the plain build's".into());
        }
        for (what, out) in [("full", &ours_out), ("--brief", &brief_out), ("--totals", &totals_out)] {
            step(&format!("bench: every line's totals agree, {what} (compare.py assistant-hours PEER OURS --no-weeks)"));
            run(Command::new("python3")
                .args(["compare.py", "assistant-hours"])
                .arg(&peer_out)
                .arg(out)
                .arg("--no-weeks")
                .current_dir(&dir))
            .map_err(|e| format!("the totals differ from the peer's ({what}): {e}"))?;
        }
        // Each week's payable: --totals must give the full answer's
        // (attested_payable + emergency of each week) on every line.
        step("bench: each week's payable of --totals is the full answer's (compare.py assistant-hours FULL TOTALS)");
        run(Command::new("python3").args(["compare.py", "assistant-hours"]).arg(&ours_out).arg(&totals_out).current_dir(&dir))
            .map_err(|e| format!("--totals' weeks differ from the full answer's: {e}"))?;
        // Against the peer, weeks can differ where the two place R1.2's
        // leftover units differently (README, "rounding"; the peer's
        // README, item 1): the month's totals never do (checked above).
        step("bench: each week's payable against the peer's (compare.py assistant-hours PEER TOTALS; differences reported, not failed)");
        let weekly = Command::new("python3")
            .args(["compare.py", "assistant-hours"])
            .arg(&peer_out)
            .arg(&totals_out)
            .args(["--show", "0"])
            .current_dir(&dir)
            .output()
            .map_err(|e| format!("compare.py: {e}"))?;
        let weekly = String::from_utf8_lossy(&weekly.stdout).trim().to_string();
        eprintln!("   weeks against the peer: {weekly} (R1.2's leftover units placed in other weeks; totals equal)");

        let peak = |v: &[Run]| v.iter().map(|r| r.peak_kb).max().unwrap_or(0) as f64 / 1024.0;
        let secs = |v: &[Run]| median(v.iter().map(|r| r.secs).collect());
        let range = |v: &[Run]| {
            let t: Vec<f64> = v.iter().map(|r| r.secs).collect();
            (t.iter().copied().fold(f64::INFINITY, f64::min), t.iter().copied().fold(0.0, f64::max))
        };
        let (a, c, d, e, b) = (secs(&ours), secs(&brief), secs(&totals), secs(&plain), secs(&theirs));
        let nf = n as f64;
        eprintln!("\n   {n} timesheets, medians of {rounds} whole-process runs (min–max):");
        for (name, t, v, out) in [
            ("socialrules batch assistant-hours         ", a, &ours, &ours_out),
            ("socialrules batch assistant-hours --brief ", c, &brief, &brief_out),
            ("socialrules batch assistant-hours --totals", d, &totals, &totals_out),
            ("  the same, plain release build (no PGO)  ", e, &plain, &plain_out),
            ("OpenFisca run_batch.py                    ", b, &theirs, &peer_out),
        ] {
            let (lo, hi) = range(v);
            eprintln!(
                "   {name}  {t:>7.3} s ({lo:.3}–{hi:.3})  {:>9.0} lines/s  output {:>6.1} MB  peak memory {:>6.1} MiB",
                nf / t,
                size(out) as f64 / 1e6,
                peak(v)
            );
        }
        eprintln!("   ratio, full output:  socialrules is {:.1}× the peer (target: 25×)", b / a);
        eprintln!("   ratio, --brief:      socialrules is {:.1}× the peer (target: 25×)", b / c);
        eprintln!("   ratio, --totals:     socialrules is {:.1}× the peer (target: 25×)", b / d);
        eprintln!("   ratio, --totals, plain release build: {:.1}× the peer", b / e);
        Ok(())
    }
}
