//! The decision quiz as saved: its questions (ids only) and where the user is.

use serde::{Deserialize, Serialize};

use crate::domain::model::small::SmallMap;

/// How many questions the quiz asks.
pub const QUESTION_COUNT: usize = 14;

/// One quiz question. Declared in the order the quiz asks them, so the
/// derived ordering (and a `SmallMap` keyed by it) follows the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    /// Which business function is being sourced.
    Function,
    /// Whether the function is what sets the business apart.
    CoreCompetency,
    /// How hard the pressure to cut costs is.
    BudgetPressure,
    /// Whether the work must run outside office hours.
    Coverage,
    /// How closely the business must work with the people doing it.
    DirectControl,
    /// Regulatory climate and data sensitivity.
    Regulation,
    /// Need for hard-to-find skills.
    Expertise,
    /// Expected speed of growth.
    Growth,
    /// Seasonal peaks or project-based work.
    Seasonality,
    /// Planning horizon in years.
    Horizon,
    /// Tolerance for cultural, language and time-zone differences.
    Friction,
    /// Wish for a foothold in another country.
    ForeignMarket,
    /// Capacity to choose and manage an outside provider.
    VendorManagement,
    /// Size of the team, in full-time people.
    TeamSize,
}

impl QuestionId {
    /// Every question, in the order the quiz asks them.
    pub const ALL: [QuestionId; QUESTION_COUNT] = [
        QuestionId::Function,
        QuestionId::CoreCompetency,
        QuestionId::BudgetPressure,
        QuestionId::Coverage,
        QuestionId::DirectControl,
        QuestionId::Regulation,
        QuestionId::Expertise,
        QuestionId::Growth,
        QuestionId::Seasonality,
        QuestionId::Horizon,
        QuestionId::Friction,
        QuestionId::ForeignMarket,
        QuestionId::VendorManagement,
        QuestionId::TeamSize,
    ];

    /// Stable identifier, the same as the serde form.
    pub fn id(self) -> &'static str {
        match self {
            QuestionId::Function => "function",
            QuestionId::CoreCompetency => "core_competency",
            QuestionId::BudgetPressure => "budget_pressure",
            QuestionId::Coverage => "coverage",
            QuestionId::DirectControl => "direct_control",
            QuestionId::Regulation => "regulation",
            QuestionId::Expertise => "expertise",
            QuestionId::Growth => "growth",
            QuestionId::Seasonality => "seasonality",
            QuestionId::Horizon => "horizon",
            QuestionId::Friction => "friction",
            QuestionId::ForeignMarket => "foreign_market",
            QuestionId::VendorManagement => "vendor_management",
            QuestionId::TeamSize => "team_size",
        }
    }

    /// Parses a stable identifier back into a question.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.id() == id)
    }

    /// Position of the question in the quiz, from 0.
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|q| *q == self).unwrap_or(0)
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
    /// or not reached, and counts as "Not sure".
    pub answers: SmallMap<QuestionId, String>,
    /// Index of the question on screen (0-based, below `QUESTION_COUNT`).
    pub current: usize,
    /// Whether the user went past the last question and sees the result.
    pub finished: bool,
}
