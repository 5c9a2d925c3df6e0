//! The pure core: every decision the app makes, with no web imports.
//! Tested natively with `cargo test`.

pub mod budget;
pub mod chart;
pub mod cost;
pub mod criteria;
pub mod learn;
pub mod locations;
pub mod matrix;
pub mod options;
pub mod persist;
pub mod quiz;
pub mod recommend;
pub mod report;
pub mod route;
pub mod scenario;
pub mod share;
pub mod small;
pub mod suggest;
pub mod timezones;
pub mod transfer;
