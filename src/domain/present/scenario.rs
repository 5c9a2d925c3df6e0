//! Why a change to the list of scenarios was refused, as a sentence.

use crate::domain::model::scenario::{ScenarioError, MAX_NAME_CHARS, MAX_SCENARIOS};

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScenarioError::EmptyName => write!(f, "Give the scenario a name."),
            ScenarioError::NameTooLong => {
                write!(f, "Keep the name to {MAX_NAME_CHARS} characters or fewer.")
            }
            ScenarioError::NameTaken(name) => {
                write!(f, "Another scenario is already called “{name}”.")
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
