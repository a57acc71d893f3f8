//! `cargo xtask package`: the ready-built npm package in `dist/` and its
//! tarball (`npm pack`), from the built site `build` wrote in `site/` (not
//! rebuilt here; its JS and CSS minified):
//!
//! - `sr/` (every ES module of `site/sr/` and the styles beside them), `pkg/<module>/` (the
//!   WebAssembly, its JS glue, its catalog parts), `socialrules.css`;
//! - `types/rules.d.ts`, generated from the Rust types (`socialrules-ts`,
//!   built with the cargo feature `ts`), and the hand-written
//!   `core.d.ts`, `elements.d.ts`, `mount.d.ts` (and one per mount
//!   module) of `xtask/package/`;
//! - `package.json` (name `socialrules`, the crate's version) and the
//!   package's `README.md` (from `xtask/package/README.md`).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cargo, run, step, Result};

/// The modules a bundler or TypeScript reaches by name: subpath → file in `sr/`, declarations.
const EXPORTS: &[(&str, &str)] = &[
    ("elements.js", "elements.d.ts"),
    ("core.js", "core.d.ts"),
    ("assistant-hours.js", "assistant-hours.d.ts"),
    ("date-calculators.js", "date-calculators.d.ts"),
    ("self-assessments.js", "self-assessments.d.ts"),
];

fn io<T>(p: &Path, r: std::io::Result<T>) -> Result<T> {
    r.map_err(|e| format!("{}: {e}", p.display()))
}

fn copy_dir(from: &Path, to: &Path, keep: &dyn Fn(&Path) -> bool) -> Result {
    io(to, std::fs::create_dir_all(to))?;
    let mut entries: Vec<PathBuf> = io(from, std::fs::read_dir(from))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for src in entries {
        let Some(name) = src.file_name() else { continue };
        let dst = to.join(name);
        if src.is_dir() {
            copy_dir(&src, &dst, keep)?;
        } else if keep(&src) {
            io(&src, std::fs::copy(&src, &dst))?;
        }
    }
    Ok(())
}

/// The crate's version, from the `[package]` table of Cargo.toml.
fn version(root: &Path) -> Result<String> {
    let p = root.join("Cargo.toml");
    let text = io(&p, std::fs::read_to_string(&p))?;
    text.lines()
        .skip_while(|l| l.trim() != "[package]")
        .take_while(|l| !l.starts_with('[') || l.trim() == "[package]")
        .find_map(|l| l.strip_prefix("version = \"").and_then(|v| v.strip_suffix('"')))
        .map(str::to_string)
        .ok_or_else(|| "Cargo.toml: no version in [package]".into())
}

/// A JSON string literal (the texts here are plain ASCII paths and words).
fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn package_json(version: &str, modules: &[String]) -> String {
    let mut exports = Vec::new();
    for (file, types) in EXPORTS {
        if modules.iter().any(|m| m == file) {
            exports.push(format!("    {}: {{ \"types\": {}, \"default\": {} }}", q(&format!("./{file}")), q(&format!("./types/{types}")), q(&format!("./sr/{file}"))));
        }
    }
    exports.push("    \"./sr/*\": \"./sr/*\"".into());
    exports.push("    \"./socialrules.css\": \"./socialrules.css\"".into());
    exports.push("    \"./types/*\": \"./types/*\"".into());
    exports.push("    \"./package.json\": \"./package.json\"".into());
    format!(
        r#"{{
  "name": "socialrules",
  "version": {},
  "description": "Rules of Latvian and Lithuanian social services, exact, in WebAssembly: custom elements, mount functions and a run() API, in four languages",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "types": "./types/core.d.ts",
  "exports": {{
{}
  }},
  "files": ["sr/", "pkg/", "types/", "socialrules.css", "README.md"],
  "sideEffects": ["./sr/elements.js", "./socialrules.css"]
}}
"#,
        q(version),
        exports.join(",\n")
    )
}

/// Writes `dist/` from `site/` (built already) and packs it: returns the tarball's path.
pub fn package(root: &Path) -> Result<PathBuf> {
    let site = root.join(crate::SITE);
    if !site.join("pkg/words/socialrules_bg.wasm").exists() {
        return Err("site/ is missing: run `cargo xtask build` first".into());
    }
    let dist = root.join("dist");
    step("package: dist/ (the minified ES modules, WebAssembly and catalogs of site/, CSS, declarations, package.json, README)");
    if dist.exists() {
        io(&dist, std::fs::remove_dir_all(&dist))?;
    }
    // The modules and the styles they load themselves (elements.css).
    let own = |p: &Path| p.extension().is_some_and(|e| e == "js" || e == "css");
    copy_dir(&site.join("sr"), &dist.join("sr"), &own)?;
    copy_dir(&site.join("pkg"), &dist.join("pkg"), &|p: &Path| p.extension().is_some_and(|e| e == "js" || e == "wasm" || e == "json"))?;
    io(&dist, std::fs::copy(site.join("socialrules.css"), dist.join("socialrules.css")))?;

    let types = dist.join("types");
    io(&types, std::fs::create_dir_all(&types))?;
    step("package: types/rules.d.ts from the Rust types (cargo run --features ts --bin socialrules-ts)");
    run(Command::new(cargo())
        .args(["run", "--quiet", "--package", "socialrules", "--features", "ts", "--bin", "socialrules-ts", "--"])
        .arg(types.join("rules.d.ts"))
        .current_dir(root))?;
    let here = root.join("xtask/package");
    for f in ["core.d.ts", "elements.d.ts", "mount.d.ts", "assistant-hours.d.ts", "date-calculators.d.ts", "self-assessments.d.ts"] {
        io(&here.join(f), std::fs::copy(here.join(f), types.join(f)))?;
    }

    let version = version(root)?;
    let readme = here.join("README.md");
    let text = io(&readme, std::fs::read_to_string(&readme))?.replace("{version}", &version);
    io(&dist, std::fs::write(dist.join("README.md"), text))?;
    let mut modules: Vec<String> = io(&dist, std::fs::read_dir(dist.join("sr")))?
        .filter_map(|e| e.ok().and_then(|e| e.file_name().into_string().ok()))
        .collect();
    modules.sort();
    io(&dist, std::fs::write(dist.join("package.json"), package_json(&version, &modules)))?;

    step("package: npm pack");
    let out = Command::new("npm")
        .args(["pack", "--silent", "--no-audit", "--no-fund"])
        .current_dir(&dist)
        .output()
        .map_err(|e| format!("cannot start npm: {e}"))?;
    if !out.status.success() {
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
        return Err("npm pack failed".into());
    }
    let tgz = dist.join(format!("socialrules-{version}.tgz"));
    let size = std::fs::metadata(&tgz).map(|m| m.len()).map_err(|e| format!("{}: {e}", tgz.display()))?;
    eprintln!("   {} ({:.1} KB); install with `npm install {}`", tgz.display(), size as f64 / 1000.0, tgz.display());
    if !modules.iter().any(|m| m == "elements.js") {
        eprintln!("   (sr/elements.js is not there yet: the package has no custom elements)");
    }
    Ok(tgz)
}
