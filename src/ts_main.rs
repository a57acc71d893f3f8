//! `socialrules-ts FILE`: writes the package's TypeScript declarations of
//! the rules (answers generated from the output structs, inputs from the
//! checked field tables) to FILE. Built only with the cargo feature `ts`;
//! `cargo xtask package` runs it.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: socialrules-ts FILE.d.ts");
        return ExitCode::from(2);
    };
    match socialrules::contract::typescript::rules_d_ts() {
        Ok(text) => match std::fs::write(&path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("socialrules-ts: {path}: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("socialrules-ts: {e}");
            ExitCode::FAILURE
        }
    }
}
