//! The thin shell: Leptos components that show the core's results and turn
//! user events into calls on it. Storage and the address bar are touched in
//! one file each (`storage.rs`, `address.rs`).

pub mod actions;
pub mod address;
pub mod app;
pub mod budget;
pub mod files;
pub mod learn;
pub mod matrix;
pub mod quiz;
pub mod report;
pub mod scenarios;
pub mod shell;
pub mod state;
pub mod storage;
pub mod timezones;
pub mod widgets;

#[cfg(test)]
mod tests;
