//! Offline and install (issue 11, item 4): what `build` writes for the
//! service worker (`sw.js`) and for installing the site as an app, in the
//! built site (`site/`, see `SITE` in main.rs):
//!
//! - `site/pkg/sw-manifest.js`: every file of `site/` (as served: minified)
//!   but the service worker
//!   itself, each with the SHA-1 of its content, and a version derived from
//!   them. `sw.js` imports it, so a build that changes any file changes the
//!   service worker too: the browser installs the new one, under a new cache
//!   name (`socialrules-<version>`), and its `activate` deletes the older
//!   caches. `serve` answers this file from the files as they are at the
//!   moment it is asked (so an edited file is picked up without a build); the
//!   file `build` writes is what a static host serves.
//! - `site/pkg/<lang>.webmanifest`, one per language: the app's name and
//!   description come from that language's catalog (every word a person sees
//!   does); a page links its language's (`www/sr/page.js`). The short name
//!   is the project's name, `socialrules`, as the page header shows it in
//!   every language.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

type Result<T = ()> = std::result::Result<T, String>;

/// The generated file the service worker imports, relative to `site/`.
pub const SW_MANIFEST: &str = "pkg/sw-manifest.js";
/// The service worker, relative to `site/`: not in its own list (the browser
/// fetches and compares it itself).
const SW: &str = "sw.js";
const LANGS: [&str; 4] = ["lv", "lt", "en", "ru"];

/// Writes the four app manifests (from the catalogs in `root`) into
/// `site/pkg/`, then `site/pkg/sw-manifest.js` over every file of `site/`.
/// Returns the version.
pub fn write(root: &Path) -> Result<String> {
    let www = root.join(crate::SITE);
    for lang in LANGS {
        let catalog = root.join(format!("src/text/catalog/{lang}.ftl"));
        let text = std::fs::read_to_string(&catalog).map_err(|e| format!("{}: {e}", catalog.display()))?;
        let to = www.join(format!("pkg/{lang}.webmanifest"));
        std::fs::write(&to, app_manifest(lang, &text)?).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    let (text, version, count) = sw_manifest(&www)?;
    let to = www.join(SW_MANIFEST);
    std::fs::write(&to, text).map_err(|e| format!("{}: {e}", to.display()))?;
    eprintln!("   {}/{SW_MANIFEST}: {count} files, version {version}", crate::SITE);
    Ok(version)
}

/// The text of `pkg/sw-manifest.js` for the files of `www` (the served site) as they are now,
/// its version and the number of files.
pub fn sw_manifest(www: &Path) -> Result<(String, String, usize)> {
    let mut files = Vec::new();
    list(www, www, &mut files)?;
    files.sort();
    let mut listing = String::new();
    let mut entries = String::new();
    for (i, path) in files.iter().enumerate() {
        let full = www.join(path);
        let bytes = std::fs::read(&full).map_err(|e| format!("{}: {e}", full.display()))?;
        let sha = sha1_smol::Sha1::from(&bytes).hexdigest();
        let _ = writeln!(listing, "{path} {sha}");
        let comma = if i + 1 < files.len() { "," } else { "" };
        let _ = writeln!(entries, "    {}: \"{sha}\"{comma}", json_string(path));
    }
    let version = sha1_smol::Sha1::from(listing.as_bytes()).hexdigest()[..16].to_string();
    let text = format!(
        "// Written by `cargo xtask build` (xtask/src/offline.rs); do not edit.\n\
         // The files the service worker (sw.js) keeps for use with no network,\n\
         // relative to the site, each with the SHA-1 of its content; the version\n\
         // names the cache and changes with any file.\n\
         self.SR_OFFLINE = {{\n  \"version\": \"{version}\",\n  \"files\": {{\n{entries}  }}\n}};\n"
    );
    Ok((text, version, files.len()))
}

/// Every file under `dir` as a path relative to `www` with `/`, leaving out
/// the service worker, its generated list and hidden files.
fn list(www: &Path, dir: &Path, out: &mut Vec<String>) -> Result {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let path: PathBuf = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        if kind.is_dir() {
            list(www, &path, out)?;
        } else if kind.is_file() {
            let rel = path.strip_prefix(www).map_err(|e| e.to_string())?;
            let rel: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            let rel = rel.join("/");
            if rel != SW && rel != SW_MANIFEST {
                out.push(rel);
            }
        }
    }
    Ok(())
}

/// The app manifest of `lang`, its words from the catalog `text`. It lives in
/// `site/pkg/`, so the site is `../`.
fn app_manifest(lang: &str, text: &str) -> Result<String> {
    let name = message(text, "ui-app-name").ok_or_else(|| format!("{lang}.ftl: ui-app-name is missing or not one plain line"))?;
    let description =
        message(text, "ui-start-intro").ok_or_else(|| format!("{lang}.ftl: ui-start-intro is missing or not one plain line"))?;
    let icon = |src: &str, sizes: &str, kind: &str, purpose: &str| {
        format!("    {{ \"src\": \"../{src}\", \"sizes\": \"{sizes}\", \"type\": \"{kind}\", \"purpose\": \"{purpose}\" }}")
    };
    let icons = [
        icon("icon.svg", "any", "image/svg+xml", "any"),
        icon("icon-192.png", "192x192", "image/png", "any"),
        icon("icon-512.png", "512x512", "image/png", "any"),
        // The PNGs keep their drawing inside the maskable safe zone (the middle 80 %).
        icon("icon-192.png", "192x192", "image/png", "maskable"),
        icon("icon-512.png", "512x512", "image/png", "maskable"),
    ]
    .join(",\n");
    Ok(format!(
        "{{\n  \"id\": \"./\",\n  \"lang\": \"{lang}\",\n  \"dir\": \"ltr\",\n  \"name\": {},\n  \"short_name\": \"socialrules\",\n  \"description\": {},\n  \
         \"start_url\": \"../\",\n  \"scope\": \"../\",\n  \"display\": \"standalone\",\n  \"theme_color\": \"#0b0c0c\",\n  \
         \"background_color\": \"#ffffff\",\n  \"icons\": [\n{icons}\n  ]\n}}\n",
        json_string(&name),
        json_string(&description)
    ))
}

/// The value of the catalog message `id` when it is one line of plain text
/// (no placeholder, no attribute).
fn message(text: &str, id: &str) -> Option<String> {
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if let Some(value) = line.strip_prefix(id).and_then(|r| r.trim_start().strip_prefix('=')) {
            let continued = lines.next().is_some_and(|next| next.starts_with([' ', '\t']));
            let value = value.trim();
            return (!value.is_empty() && !value.contains(['{', '}']) && !continued).then(|| value.to_string());
        }
    }
    None
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_read_only_when_it_is_one_plain_line() {
        let text = "ui-app-name = Kalkulatori\nui-x = a { $n }\nui-y =\n    two lines\n";
        assert_eq!(message(text, "ui-app-name").as_deref(), Some("Kalkulatori"));
        assert_eq!(message(text, "ui-x"), None);
        assert_eq!(message(text, "ui-y"), None);
        assert_eq!(message(text, "ui-app"), None);
    }

    #[test]
    fn a_changed_file_changes_its_hash_and_the_version() {
        let dir = std::env::temp_dir().join(format!("sr-offline-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("index.html"), "a").unwrap();
        std::fs::write(dir.join("sw.js"), "sw").unwrap();
        std::fs::write(dir.join("pkg/x.wasm"), "w").unwrap();
        let (one, v1, n) = sw_manifest(&dir).unwrap();
        assert_eq!(n, 2, "sw.js is not in its own list: {one}");
        assert!(one.contains("\"index.html\": \"86f7e437faa5a7fce15d1ddcb9eaeaea377667b8\""), "{one}");
        std::fs::write(dir.join(SW_MANIFEST), one.clone()).unwrap();
        assert_eq!(sw_manifest(&dir).unwrap().1, v1, "the generated list is not in itself");
        std::fs::write(dir.join("index.html"), "b").unwrap();
        let (two, v2, _) = sw_manifest(&dir).unwrap();
        assert_ne!(v1, v2);
        assert!(two.contains("\"pkg/x.wasm\""));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
