//! The screens of the app (a top-level view), with their names and purposes.

use serde::{Deserialize, Serialize};

/// A top-level screen of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    #[default]
    Quiz,
    Matrix,
    Budget,
    TimeZones,
    Learn,
    Report,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 6] = [
        View::Quiz,
        View::Matrix,
        View::Budget,
        View::TimeZones,
        View::Learn,
        View::Report,
    ];

    /// The value of `view=` in the address.
    pub fn id(self) -> &'static str {
        match self {
            View::Quiz => "quiz",
            View::Matrix => "matrix",
            View::Budget => "budget",
            View::TimeZones => "timezones",
            View::Learn => "learn",
            View::Report => "report",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Quiz => "Quiz",
            View::Matrix => "Matrix",
            View::Budget => "Budget",
            View::TimeZones => "Time zones",
            View::Learn => "Learn",
            View::Report => "Report",
        }
    }

    /// The page heading and document title part.
    pub fn title(self) -> &'static str {
        match self {
            View::Quiz => "Decision quiz",
            View::Matrix => "Comparison matrix",
            View::Budget => "Budget and cost model",
            View::TimeZones => "Time zones",
            View::Learn => "Learn: outsourcing vs offshoring",
            View::Report => "Report",
        }
    }
}
