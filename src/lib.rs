//! socialrules: the rules of Latvian and Lithuanian social services, exact.
//!
//! The rules are pure Rust, one module per rule set ([`assistant`]: RULES.md
//! R1; [`lt_eligibility`]: R2; [`lv_unemployment`]: R3; dated parameters in
//! [`params`]), with decimals from `rust_decimal` and dates from `chrono`.
//! [`assistant_io`] and [`dates_io`] read and write their JSON contracts, [`api`] runs any calculator by name, and the command
//! line (`src/main.rs`) and the WebAssembly bindings (`wasm_api`, only on
//! `wasm32`) are thin layers over [`api`].

pub mod api;
pub mod assistant;
pub mod assistant_io;
pub mod dates;
pub mod dates_io;
pub mod i18n;
pub mod input;
pub mod json;
pub mod lt_eligibility;
pub mod lv_unemployment;
pub mod params;

/// The WebAssembly bindings (only on `wasm32`).
#[cfg(target_arch = "wasm32")]
pub mod wasm_api;
