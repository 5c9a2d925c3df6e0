//! The model: what a user's decision is made of (scenarios, options,
//! criteria, cost inputs, saved edits), as plain serde data with its own
//! small operations. It imports nothing from the other rooms.

pub mod criteria;
pub mod options;
pub mod scenario;
pub mod small;
