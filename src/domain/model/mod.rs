//! The model: what a user's decision is made of (scenarios, options,
//! criteria, cost inputs, saved edits), as plain serde data with its own
//! small operations. It imports nothing from the other rooms.

pub mod criteria;
pub mod ids;
pub mod inputs;
pub mod json;
pub mod knob;
pub mod location_edits;
pub mod number_style;
pub mod options;
pub mod quiz;
pub mod scenario;
pub mod scores;
pub mod small;
pub mod time;
pub mod typed_number;
pub mod view;
