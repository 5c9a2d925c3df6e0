//! The decision quiz as saved: its questions (ids only) and where the user is.

use serde::{Deserialize, Serialize};

use crate::domain::model::ids::id_enum;
use crate::domain::model::small::SmallMap;

/// How many questions the quiz asks.
pub const QUESTION_COUNT: usize = 14;

id_enum! {
    serde("quiz question")
    /// One quiz question. Declared in the order the quiz asks them, so
    /// `ALL`, the derived ordering (and a `SmallMap` keyed by it) follow the
    /// quiz.
    pub enum QuestionId {
        /// Which business function is being sourced.
        Function = "function",
        /// Whether the function is what sets the business apart.
        CoreCompetency = "core_competency",
        /// How hard the pressure to cut costs is.
        BudgetPressure = "budget_pressure",
        /// Whether the work must run outside office hours.
        Coverage = "coverage",
        /// How closely the business must work with the people doing it.
        DirectControl = "direct_control",
        /// Regulatory climate and data sensitivity.
        Regulation = "regulation",
        /// Need for hard-to-find skills.
        Expertise = "expertise",
        /// Expected speed of growth.
        Growth = "growth",
        /// Seasonal peaks or project-based work.
        Seasonality = "seasonality",
        /// Planning horizon in years.
        Horizon = "horizon",
        /// Tolerance for cultural, language and time-zone differences.
        Friction = "friction",
        /// Wish for a foothold in another country.
        ForeignMarket = "foreign_market",
        /// Capacity to choose and manage an outside provider.
        VendorManagement = "vendor_management",
        /// Size of the team, in full-time people.
        TeamSize = "team_size",
    }
}

const _: () = assert!(QuestionId::ALL.len() == QUESTION_COUNT);

impl QuestionId {
    /// Position of the question in the quiz, from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The question at a position, if there is one.
    pub fn at(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }
}

/// Where the user is in the quiz and what they answered; saved inside the
/// scenario so a half-finished quiz resumes at the same question.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct QuizState {
    /// Answer id per answered question. A question missing here was skipped
    /// or not reached, and counts as "Not sure". Answers of earlier versions
    /// are read in their current form (see [`current_answer`]).
    #[serde(deserialize_with = "read_answers")]
    pub answers: SmallMap<QuestionId, String>,
    /// Index of the question on screen (0-based, below `QUESTION_COUNT`).
    pub current: usize,
    /// Whether the user went past the last question and sees the result.
    pub finished: bool,
}

/// An answer id of an earlier version in its current form. The team-size
/// band "more than 100 people" (150 in the cost model) became two bands;
/// its nearest is "101 to 300 people" (180).
pub fn current_answer(question: QuestionId, answer: String) -> String {
    match (question, answer.as_str()) {
        (QuestionId::TeamSize, "over_100") => "101_to_300".to_string(),
        _ => answer,
    }
}

/// Reads saved answers, bringing answers of earlier versions up to date, so
/// every place that reads a quiz (storage, files, links) sees them the same.
fn read_answers<'de, D>(deserializer: D) -> Result<SmallMap<QuestionId, String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let raw = SmallMap::<QuestionId, String>::deserialize(deserializer)?;
    Ok(raw
        .into_iter()
        .map(|(q, a)| (q, current_answer(q, a)))
        .collect())
}
