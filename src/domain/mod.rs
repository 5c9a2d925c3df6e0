//! The pure core: every decision the app makes, with no web imports,
//! tested natively with `cargo test`. Grouped into five rooms by kind;
//! arrows point down only (a room uses the rooms above it in this list,
//! never one below it), and there is no import cycle:
//!
//! - [`model`]: what a decision is made of: scenarios and the workspace,
//!   options, criteria, cost inputs and the user's saved edits.
//! - [`content`]: what we know: cited locations, quiz questions, default
//!   scores and rationales, the Learn guide.
//! - [`rules`]: what we decide: cost projection, matrix ranking, the quiz,
//!   the recommendation, suggested scores, time-zone overlap.
//! - [`present`]: how it reads: number and money text, sentences, escaped
//!   markup, chart geometry, the report.
//! - [`formats`]: how it is stored and sent: persist, transfer, share, route.

pub mod model;

pub mod content;

pub mod rules;

pub mod present;

pub mod formats;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod calibration;
