//! The rules, pure Rust: one module per rule set of `RULES.md`, each opening
//! with the text it encodes and its source. They know nothing of JSON,
//! languages or browsers.

pub mod assistant_hours;
pub mod calendar;
pub mod decimal;
pub mod esf_ex_prisoners;
pub mod lt_eligibility;
pub mod lv_unemployment;
pub mod mk360_admission;
pub mod params;
pub mod sources;
pub mod vbtai_competition;
