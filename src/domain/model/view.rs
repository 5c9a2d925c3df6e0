//! The screens of the app (a top-level view), with their names and purposes.

use serde::{Deserialize, Serialize};

use crate::domain::model::ids::id_enum;

id_enum! {
    /// A top-level screen of the app. `ALL` is the navigation order; the id
    /// is the value of `view=` in the address. The serde form is the older
    /// snake_case name (`"time_zones"`), kept for saves that hold a view.
    #[derive(Default, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum View {
        #[default]
        Quiz = "quiz",
        Matrix = "matrix",
        Budget = "budget",
        TimeZones = "timezones",
        Learn = "learn",
        Report = "report",
    }
}

impl View {
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
