//! socialrules: the rules of Latvian and Lithuanian social services, exact.
//!
//! Three layers and two thin shells:
//! - [`rules`]: the rules themselves, pure Rust (`rust_decimal`, `chrono`),
//!   one module per rule set, each opening with the text it encodes; every
//!   dated value in [`rules::params`]. No JSON, no languages, no browser.
//! - [`contract`]: the JSON contracts: reading input (every problem listed,
//!   each naming its field), writing output, and the one calculator
//!   registry that the command line and the WebAssembly bindings share.
//! - [`text`]: the words: one catalog per language, messages and
//!   explanations rendered in the requested language only.
//! - `src/main.rs` (the command line) and `src/wasm.rs` (the WebAssembly
//!   bindings, only on `wasm32`) call [`contract::registry`].

pub mod contract;
pub mod rules;
pub mod text;

/// The WebAssembly bindings (only on `wasm32`).
#[cfg(target_arch = "wasm32")]
pub mod wasm;
