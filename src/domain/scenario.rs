//! A scenario is everything about one sourcing decision; the workspace holds them all.
//!
//! Plain serde data with no signals inside: the UI keeps one `Workspace` in a
//! reactive store and derives everything else from it.

use crate::domain::small::{SmallMap, SmallSet};

use serde::{Deserialize, Serialize};

use super::cost::CostInputs;
use super::criteria::{Criterion, MAX_WEIGHT};
use super::locations::LocationOverrides;
use super::matrix::{KnockOut, Overrides};
use super::options::SourcingOption;
use super::quiz::{QuizOutcome, QuizState};
use super::route::View;
use super::timezones::TimeSettings;

/// The longest scenario name we keep, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The most scenarios one workspace may hold.
pub const MAX_SCENARIOS: usize = 100;

/// A stable scenario identifier, unique within a workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ScenarioId(pub u32);

/// One sourcing decision, such as "Customer support" or "Payroll".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: ScenarioId,
    /// User text: always shown as text, never as markup.
    pub name: String,
    /// How much each criterion matters, 0 (ignore) to `MAX_WEIGHT`.
    pub weights: SmallMap<Criterion, u8>,
    /// Matrix cells the user re-scored (the defaults are kept beside them).
    pub overrides: Overrides,
    /// Requirements that rule options out before scoring.
    pub knockouts: SmallSet<KnockOut>,
    /// Options left out of the matrix table (they stay in the ranking).
    pub hidden: SmallSet<SourcingOption>,
    /// Whether matrix columns are ordered by total instead of the usual order.
    pub sort_by_total: bool,
    /// Every input of the cost model (team, pay, locations, overheads, budget).
    pub cost: CostInputs,
    /// The user's edits of cited location figures (presets stay beside them).
    pub location_edits: LocationOverrides,
    /// The decision quiz: answers so far and where the user is.
    pub quiz: QuizState,
    /// The weights last taken over from the quiz, to tell quiz weights from
    /// ones changed by hand since; `None` until the quiz result is applied.
    pub quiz_weights: Option<SmallMap<Criterion, u8>>,
    /// The working day the Time zones view compares (added without a schema
    /// change: saves without it get the default day).
    #[serde(default)]
    pub time: TimeSettings,
}

/// Where a weight comes from, as the matrix shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightOrigin {
    /// The quiz has not been applied.
    Default,
    /// As the quiz set it.
    Quiz,
    /// Changed by hand since the quiz set it.
    ChangedSinceQuiz,
}

impl Scenario {
    /// A scenario with the default weights.
    pub fn new(id: ScenarioId, name: impl Into<String>) -> Self {
        Scenario {
            id,
            name: name.into(),
            weights: Criterion::ALL
                .into_iter()
                .map(|c| (c, c.default_weight()))
                .collect(),
            overrides: Overrides::new(),
            knockouts: SmallSet::new(),
            hidden: SmallSet::new(),
            sort_by_total: false,
            cost: CostInputs::default(),
            location_edits: LocationOverrides::default(),
            quiz: QuizState::default(),
            quiz_weights: None,
            time: TimeSettings::default(),
        }
    }

    /// The weight of a criterion; a criterion missing from the map has its default.
    pub fn weight(&self, criterion: Criterion) -> u8 {
        self.weights
            .get(&criterion)
            .copied()
            .unwrap_or_else(|| criterion.default_weight())
    }

    /// Puts every weight back to its default.
    pub fn reset_weights(&mut self) {
        self.weights = Criterion::ALL
            .into_iter()
            .map(|c| (c, c.default_weight()))
            .collect();
    }

    /// Where a weight comes from: the defaults, the quiz, or a change by hand since.
    pub fn weight_origin(&self, criterion: Criterion) -> WeightOrigin {
        match self.quiz_weights.as_ref().and_then(|q| q.get(&criterion)) {
            None => WeightOrigin::Default,
            Some(w) if *w == self.weight(criterion) => WeightOrigin::Quiz,
            Some(_) => WeightOrigin::ChangedSinceQuiz,
        }
    }

    /// Takes over the quiz's weights and knock-outs for the matrix.
    pub fn apply_quiz_to_matrix(&mut self, outcome: &QuizOutcome) {
        self.weights = outcome.weights.clone();
        self.knockouts = outcome.knockouts.clone();
        self.quiz_weights = Some(outcome.weights.clone());
    }

    /// Takes over the quiz's team size and horizon for the cost model.
    pub fn apply_quiz_to_costs(&mut self, outcome: &QuizOutcome) {
        if let Some(fte) = outcome.team_size_fte {
            self.cost.fte = fte;
        }
        if let Some(years) = outcome.horizon_years {
            self.cost.horizon_years = u32::from(years);
        }
    }

    /// Sets a weight, clamped to the allowed range.
    pub fn set_weight(&mut self, criterion: Criterion, weight: u8) {
        self.weights.insert(criterion, weight.min(MAX_WEIGHT));
    }
}

/// The whole saved state: every scenario, which one is open, and where the user was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub scenarios: Vec<Scenario>,
    pub active: ScenarioId,
    /// The id the next new scenario gets; always above every id in use.
    pub next_id: u32,
    /// The screen the user last looked at, so a returning user lands there.
    #[serde(default)]
    pub last_view: View,
}

/// The name of the scenario a newcomer starts with.
pub const FIRST_SCENARIO_NAME: &str = "My sourcing decision";

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            scenarios: vec![Scenario::new(ScenarioId(1), FIRST_SCENARIO_NAME)],
            active: ScenarioId(1),
            next_id: 2,
            last_view: View::default(),
        }
    }
}

impl Workspace {
    /// The open scenario. A valid workspace always has one; should the id be
    /// stale, the first scenario stands in.
    pub fn active(&self) -> &Scenario {
        self.scenarios
            .iter()
            .find(|s| s.id == self.active)
            .unwrap_or(&self.scenarios[0])
    }

    /// The open scenario, for changing it.
    pub fn active_mut(&mut self) -> &mut Scenario {
        let index = self
            .scenarios
            .iter()
            .position(|s| s.id == self.active)
            .unwrap_or(0);
        &mut self.scenarios[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_scenario_has_the_default_weights() {
        let s = Scenario::new(ScenarioId(7), "Payroll");
        for c in Criterion::ALL {
            assert_eq!(s.weight(c), c.default_weight());
        }
    }

    #[test]
    fn weights_are_clamped() {
        let mut s = Scenario::new(ScenarioId(1), "x");
        s.set_weight(Criterion::Language, 200);
        assert_eq!(s.weight(Criterion::Language), MAX_WEIGHT);
    }

    #[test]
    fn quiz_weights_are_told_apart_from_hand_changes() {
        use crate::domain::quiz::{outcome, QuestionId};
        let mut s = Scenario::new(ScenarioId(1), "Support");
        assert_eq!(
            s.weight_origin(Criterion::LabourCost),
            WeightOrigin::Default
        );
        let mut answers = SmallMap::new();
        answers.insert(QuestionId::BudgetPressure, "severe".to_string());
        answers.insert(QuestionId::TeamSize, "over_100".to_string());
        answers.insert(QuestionId::Horizon, "ten_years".to_string());
        answers.insert(QuestionId::Regulation, "data_in_country".to_string());
        let out = outcome(&answers);
        s.apply_quiz_to_matrix(&out);
        assert_eq!(s.weights, out.weights);
        assert!(s.knockouts.contains(&KnockOut::DataMustStayInCountry));
        assert_eq!(s.weight_origin(Criterion::LabourCost), WeightOrigin::Quiz);
        s.set_weight(Criterion::LabourCost, 0);
        assert_eq!(
            s.weight_origin(Criterion::LabourCost),
            WeightOrigin::ChangedSinceQuiz
        );
        assert_eq!(s.weight_origin(Criterion::Language), WeightOrigin::Quiz);
        s.apply_quiz_to_costs(&out);
        assert_eq!(s.cost.fte, 150.0);
        assert_eq!(s.cost.horizon_years, 10);
    }

    #[test]
    fn the_default_workspace_opens_its_only_scenario() {
        let mut ws = Workspace::default();
        assert_eq!(ws.active().name, FIRST_SCENARIO_NAME);
        ws.active_mut().name = "Customer support".into();
        assert_eq!(ws.scenarios[0].name, "Customer support");
        assert!(ws.next_id > ws.active.0);
    }
}
