//! The project's build tool: `cargo xtask <command>` (alias in .cargo/config.toml).
//!
//!   setup    install what is missing: the wasm32 target, Debian's Chromium and
//!            ChromeDriver, the npm tools (binaryen's wasm-opt, playwright-core, axe-core)
//!   build    the WebAssembly for the page: release, wasm-bindgen, wasm-opt -Oz → www/pkg/
//!   serve    serve www/ on 127.0.0.1 (std only), printing the address
//!   run      setup + build + serve: the README's main command
//!   test     setup + every test: native, wasm in headless Chromium, end to end
//!   bench    the batch benchmark and the in-browser recompute benchmark
//!   fuzz     the hostile-input tests in release: the fuzzer for SECS seconds
//!            (default 300), the 1 MiB guard with its 1 s bound (`fuzz [SECS]`)
//!
//! wasm-bindgen and its test runner are linked in as a library, pinned by the
//! workspace's Cargo.lock, so the CLI and the crate always agree.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    let r = match args.first().map(String::as_str) {
        Some("setup") => setup(&root, true),
        Some("build") => setup(&root, false).and_then(|()| build(&root)),
        Some("serve") => serve(&root, port(&args)),
        Some("run") => setup(&root, false).and_then(|()| build(&root)).and_then(|()| serve(&root, port(&args))),
        Some("test") => setup(&root, true).and_then(|()| test(&root)),
        Some("bench") => setup(&root, true).and_then(|()| bench(&root)),
        Some("fuzz") => fuzz(&root, args.get(1).map_or("300", String::as_str)),
        Some("wasm-test-runner") => {
            let rest = std::iter::once("wasm-bindgen-test-runner".to_string()).chain(args[1..].iter().cloned());
            wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(rest).map_err(|e| format!("{e:#}"))
        }
        _ => {
            eprintln!("usage: cargo xtask setup|build|serve [--port N]|run [--port N]|test|bench|fuzz [SECS]");
            return ExitCode::from(2);
        }
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
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

fn step(what: &str) {
    eprintln!("\n== {what}");
}

fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn have(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd).args(args).output().map(|o| o.status.success()).unwrap_or(false)
}

/// Installs whatever of the prerequisites is missing; quick when nothing is.
/// The browser is needed only to test and to benchmark, not to build or serve.
fn setup(root: &Path, browser: bool) -> Result {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown"))
        .unwrap_or(false);
    if !installed {
        step("setup: the wasm32-unknown-unknown target");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if browser && (!Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists()) {
        step("setup: Debian's chromium and chromium-driver");
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
            run(&mut c)
        };
        apt(&["update", "-qq"])?;
        apt(&["install", "-y", "-qq", "--no-install-recommends", "chromium", "chromium-driver"])?;
    }
    let stamp = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    let stale = match (std::fs::metadata(&stamp).and_then(|m| m.modified()), std::fs::metadata(&lock).and_then(|m| m.modified())) {
        (Ok(a), Ok(b)) => a < b,
        _ => true,
    };
    if stale || !root.join("node_modules/.bin/wasm-opt").exists() {
        step("setup: npm tools (binaryen, playwright-core, axe-core)");
        if !have("npm", &["--version"]) {
            return Err("npm is missing: install Node.js 20 and npm".into());
        }
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))?;
    }
    Ok(())
}

/// cargo build (wasm32, profile `wasm`) → wasm-bindgen → wasm-opt -Oz → www/pkg.
fn build(root: &Path) -> Result {
    step("build: WebAssembly (profile wasm: opt-level z, LTO, panic abort)");
    run(Command::new(cargo()).args(["build", "--lib", "--target", "wasm32-unknown-unknown", "--profile", "wasm"]).current_dir(root))?;
    let wasm = root.join("target/wasm32-unknown-unknown/wasm/socialrules.wasm");
    let pkg = root.join("www/pkg");
    let _ = std::fs::remove_dir_all(&pkg);
    step("build: wasm-bindgen --target web");
    wasm_bindgen_cli::wasm_bindgen::run_cli_with_args([
        "wasm-bindgen".as_ref(),
        "--target".as_ref(),
        "web".as_ref(),
        "--no-typescript".as_ref(),
        "--remove-name-section".as_ref(),
        "--remove-producers-section".as_ref(),
        "--out-dir".as_ref(),
        pkg.as_os_str(),
        wasm.as_os_str(),
    ] as [&std::ffi::OsStr; 9])
    .map_err(|e| format!("wasm-bindgen: {e:#}"))?;
    step("build: wasm-opt -Oz (npm's binaryen; never Debian's)");
    let bg = pkg.join("socialrules_bg.wasm");
    run(Command::new(root.join("node_modules/.bin/wasm-opt")).arg("-Oz").arg(&bg).arg("-o").arg(&bg))?;
    let size = std::fs::metadata(&bg).map(|m| m.len()).unwrap_or(0);
    eprintln!("www/pkg/socialrules_bg.wasm: {size} bytes");
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
    step("bench: batch of 100 000 timesheets (cargo bench --bench batch)");
    run(Command::new(cargo()).args(["bench", "--package", "socialrules", "--bench", "batch"]).current_dir(root))?;
    build(root)?;
    step("bench: one recompute of a 31-day month in Chromium, 1 000 runs");
    run(Command::new("node").arg("tests/e2e/bench-browser.mjs").current_dir(root))
}

/// A static file server for www/ on 127.0.0.1; `--port 0` picks a free port.
fn serve(root: &Path, port: u16) -> Result {
    let dir = root.join("www");
    if !dir.join("pkg/socialrules_bg.wasm").exists() {
        return Err("www/pkg is missing: run `cargo xtask run` (or `cargo xtask build`) first".into());
    }
    let listener = (0..20)
        .find_map(|k| {
            let p = if port == 0 { 0 } else { port.saturating_add(k) };
            TcpListener::bind(("127.0.0.1", p)).ok()
        })
        .ok_or_else(|| format!("no free port from {port}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!(
        "Serving www/ at http://{addr}/  (calculators: {addr}/assistant-hours.html, {addr}/lv-unemployment.html, {addr}/lt-eligibility.html). Ctrl-C stops."
    );
    std::io::stdout().flush().ok();
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
    let (status, body, ctype) = match (method, safe, std::fs::File::open(&file)) {
        ("GET" | "HEAD", true, Ok(mut f)) => {
            let mut body = Vec::new();
            f.read_to_end(&mut body)?;
            ("200 OK", body, content_type(&file))
        }
        ("GET" | "HEAD", _, _) => ("404 Not Found", b"not found\n".to_vec(), "text/plain; charset=utf-8"),
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
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}
