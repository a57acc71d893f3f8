//! `cargo xtask release`: the command line built with profile-guided
//! optimisation (PGO), the binary the batch is measured with.
//!
//! rustc's own PGO (the rustc book, "Profile-guided Optimization"): an
//! instrumented release build answers a training batch, `llvm-profdata`
//! (rustup's `llvm-tools` component, installed if missing) merges what it
//! counted, and the release build is made again with that profile. The
//! training batch is the benchmark's own generated timesheets
//! (`benches/common/timesheets.rs`), 20 000 of them in the three outputs
//! (full, `--brief`, `--totals`), never the peer's inputs that the
//! side-by-side run measures. The binary computes exactly what the plain
//! release build computes (the same code; the benchmark checks that their
//! outputs are byte for byte the same).

use super::*;

#[path = "../../benches/common/timesheets.rs"]
mod timesheets;

/// Where the build puts its parts, under target/.
const DIR: &str = "target/pgo";
/// Timesheets in the training batch.
const TRAINING: usize = 20_000;

/// Builds the profile-guided binary; returns its path
/// (target/pgo/release/socialrules).
pub fn release(root: &Path) -> Result<PathBuf> {
    let dir = root.join(DIR);
    let profdata = llvm_profdata()?;
    let profiles = dir.join("profiles");
    let _ = std::fs::remove_dir_all(&profiles);
    std::fs::create_dir_all(&profiles).map_err(|e| format!("{}: {e}", profiles.display()))?;

    step("release: the instrumented build (cargo build --release, -Cprofile-generate)");
    let instrumented = dir.join("instrumented");
    run(Command::new(cargo())
        .args(["build", "--release", "--package", "socialrules", "--bin", "socialrules", "--target-dir"])
        .arg(&instrumented)
        .env("RUSTFLAGS", format!("-Cprofile-generate={}", profiles.display()))
        .current_dir(root))?;

    step(&format!("release: the training batch, {TRAINING} generated timesheets, full, --brief and --totals"));
    let input = dir.join("training.jsonl");
    let mut rng = timesheets::Rng(0x7a11_0000_5eed_0002);
    let text: String = (0..TRAINING).map(|_| timesheets::timesheet(&mut rng) + "\n").collect();
    std::fs::write(&input, text).map_err(|e| format!("{}: {e}", input.display()))?;
    for mode in [None, Some("--brief"), Some("--totals")] {
        let mut cmd = Command::new(instrumented.join("release/socialrules"));
        cmd.args(["batch", "assistant-hours"]).arg(&input).args(mode).stdout(Stdio::null());
        let status = cmd.status().map_err(|e| format!("the instrumented build: {e}"))?;
        // Exit 2: some lines had errors (none are generated): still trained.
        if !matches!(status.code(), Some(0 | 2)) {
            return Err(format!("the instrumented build failed on the training batch ({status})"));
        }
    }
    let merged = dir.join("merged.profdata");
    quiet(Command::new(&profdata).arg("merge").arg("-o").arg(&merged).arg(&profiles), true)?;

    step("release: the build with the profile (cargo build --release, -Cprofile-use)");
    run(Command::new(cargo())
        .args(["build", "--release", "--package", "socialrules", "--bin", "socialrules", "--target-dir"])
        .arg(&dir)
        .env("RUSTFLAGS", format!("-Cprofile-use={}", merged.display()))
        .current_dir(root))?;
    let bin = dir.join("release/socialrules");
    eprintln!("   the command line, profile-guided: {}", bin.display());
    Ok(bin)
}

/// `llvm-profdata` of the active toolchain (rustup's `llvm-tools`), installed if missing.
fn llvm_profdata() -> Result<PathBuf> {
    let out = |args: &[&str]| -> Result<String> {
        let o = Command::new("rustc").args(args).output().map_err(|e| format!("rustc: {e}"))?;
        Ok(String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let sysroot = out(&["--print", "sysroot"])?;
    let host = out(&["-vV"])?.lines().find_map(|l| l.strip_prefix("host: ").map(str::to_string)).ok_or("rustc -vV: no host")?;
    let path = PathBuf::from(sysroot).join("lib/rustlib").join(host).join("bin/llvm-profdata");
    if !path.exists() {
        step("release: rustup component add llvm-tools (llvm-profdata)");
        quiet(Command::new("rustup").args(["component", "add", "llvm-tools"]), true)?;
    }
    if path.exists() {
        Ok(path)
    } else {
        Err(format!("llvm-profdata is missing ({}) after rustup component add llvm-tools", path.display()))
    }
}
