//! The Scenarios dialog's sentences: what a change to the list of
//! scenarios did, or why it was refused. Names are isolated ([`quoted`]).

use crate::domain::model::scenario::{ScenarioError, MAX_NAME_CHARS, MAX_SCENARIOS};
use crate::domain::present::names::quoted;

/// After a rename.
pub fn renamed(name: &str) -> String {
    format!("Renamed to {}.", quoted(name))
}

/// After a new scenario was made and opened.
pub fn created(name: &str) -> String {
    format!("Created {} and opened it.", quoted(name))
}

/// After a copy was made and opened.
pub fn duplicated(name: &str) -> String {
    format!("Made a copy, {}, and opened it.", quoted(name))
}

/// The question before a delete.
pub fn delete_question(name: &str) -> String {
    format!(
        "Delete {} and everything in it? This cannot be undone.",
        quoted(name)
    )
}

/// After a delete: what went, and what is open now.
pub fn deleted(gone: &str, open: &str) -> String {
    format!("Deleted {}. {} is open now.", quoted(gone), quoted(open))
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScenarioError::EmptyName => write!(f, "Give the scenario a name."),
            ScenarioError::NameTooLong => {
                write!(f, "Keep the name to {MAX_NAME_CHARS} characters or fewer.")
            }
            ScenarioError::NameTaken(name) => {
                write!(f, "Another scenario is already called {}.", quoted(name))
            }
            ScenarioError::TooMany => {
                write!(
                    f,
                    "A workspace holds at most {MAX_SCENARIOS} scenarios; delete one first."
                )
            }
            ScenarioError::LastOne => write!(f, "The last scenario cannot be deleted."),
            ScenarioError::Missing => write!(f, "That scenario no longer exists."),
        }
    }
}
