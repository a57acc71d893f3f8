//! The JSON contracts: reading each calculator's input (every problem
//! found, each naming its field), writing its output, and the registry
//! that runs any calculator by name for the command line and the page.

pub mod assistant_hours;
pub mod dates;
pub mod json;
pub mod read;
pub mod registry;
