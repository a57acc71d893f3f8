//! The JSON contracts: reading each calculator's input (every problem
//! found, each naming its field), the typed output it writes, and the
//! registry that runs any calculator by name for the command line and the page.

// The timesheet's and the programme card's contracts only in a build with
// them: their explanations make values no other calculator makes
// (`text::explain::Value`).
#[cfg(feature = "assistant-hours")]
pub mod assistant_hours;
#[cfg(feature = "esf-ex-prisoners")]
pub mod esf_ex_prisoners;
pub mod facts;
pub mod json;
pub mod lt_eligibility;
pub mod lv_unemployment;
pub mod mk360_admission;
/// The batch's fast reader of a timesheet's common shape (native builds only).
#[cfg(all(feature = "assistant-hours", not(target_arch = "wasm32")))]
pub mod plain_timesheet;
pub mod read;
pub mod registry;
pub mod typescript;
pub mod vbtai_competition;
pub mod write;
