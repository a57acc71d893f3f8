//! socialrules: the rules of Latvian and Lithuanian social services, exact.
//!
//! The rules are pure Rust ([`assistant`]: RULES.md R1), with decimals from
//! `rust_decimal` and dates from `chrono`. [`assistant_io`] reads and writes
//! their JSON contract, [`api`] runs any calculator by name, and the command
//! line (`src/main.rs`) and the WebAssembly bindings (`wasm_api`, only on
//! `wasm32`) are thin layers over [`api`].

pub mod api;
pub mod assistant;
pub mod assistant_io;
pub mod dates;
pub mod i18n;
pub mod input;
pub mod json;

/// The WebAssembly bindings (only on `wasm32`).
#[cfg(target_arch = "wasm32")]
pub mod wasm_api;
