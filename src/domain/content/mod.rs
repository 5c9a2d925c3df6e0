//! What we know: cited location figures, quiz questions, default scores
//! and their rationales, and the Learn guide. Data and its lookups only.

pub mod functions;
pub mod learn;
pub mod locations;
pub mod money;
pub mod questions;
pub mod scores;
