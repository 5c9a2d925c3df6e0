//! Shoreline: decide how to source a business function, entirely in the browser.

pub mod domain;
pub mod ui;

pub use ui::app::App;
