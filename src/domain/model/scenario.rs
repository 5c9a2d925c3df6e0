//! A scenario is everything about one sourcing decision; the workspace holds them all.
//!
//! Plain serde data with no signals inside: the UI keeps one `Workspace` in a
//! reactive store and derives everything else from it.

use serde::{Deserialize, Serialize};

use crate::domain::model::criteria::{Criterion, MAX_WEIGHT, WEIGHT_STEP};
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::model::number_style::NumberFormat;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::quiz::QuizState;
use crate::domain::model::scores::{KnockOut, Overrides};
use crate::domain::model::small::{SmallMap, SmallSet};
use crate::domain::model::time::TimeSettings;

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
    /// Read by hand, not by the derive (less code in the wasm; same result).
    #[serde(deserialize_with = "crate::domain::model::inputs::read_cost")]
    pub cost: CostInputs,
    /// The user's edits of cited location figures (presets stay beside them).
    pub location_edits: LocationOverrides,
    /// The decision quiz: answers so far and where the user is.
    pub quiz: QuizState,
    /// The weights last taken over from the quiz, to tell quiz weights from
    /// ones changed by hand since; `None` until the quiz result is applied.
    pub quiz_weights: Option<SmallMap<Criterion, u8>>,
    /// The working day the Time zones view compares. An optional, additive
    /// field: written only when it differs from the default day, so saves,
    /// exports and links stay exactly as before until someone changes it,
    /// and older versions ignore it.
    #[serde(default, skip_serializing_if = "TimeSettings::is_default")]
    pub time: TimeSettings,
    /// Cells whose score was taken from the cost model, with the score
    /// taken; changing the score by hand drops the entry. Absent from older
    /// saves and left out of the saved text while empty.
    #[serde(default, skip_serializing_if = "SmallMap::is_empty")]
    pub cost_scores: Overrides,
    /// The user chose fixed scores for the three economic rows instead of
    /// the cost model's. Additive like `time`: written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fixed_economics: bool,
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
            cost_scores: Overrides::new(),
            fixed_economics: false,
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

    /// Puts every cell back to its default score.
    pub fn reset_scores(&mut self) {
        self.overrides.clear();
        self.cost_scores.clear();
    }

    /// Sets a weight, clamped to the allowed range.
    pub fn set_weight(&mut self, criterion: Criterion, weight: u8) {
        self.weights.insert(criterion, weight.min(MAX_WEIGHT));
    }

    /// One step up or down (the −/+ buttons), held within 0..=MAX_WEIGHT.
    pub fn step_weight(&mut self, criterion: Criterion, up: bool) {
        let now = self.weight(criterion);
        let next = if up {
            now.saturating_add(WEIGHT_STEP)
        } else {
            now.saturating_sub(WEIGHT_STEP)
        };
        self.set_weight(criterion, next);
    }
}

/// The whole saved state: every scenario and which one is open. The
/// screen showing is not part of it: the address carries it (`?view=`), so
/// moving between screens saves nothing. Saves of earlier versions hold a
/// `last_view`, which is read past (serde ignores a key it does not know).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub scenarios: Vec<Scenario>,
    pub active: ScenarioId,
    /// The id the next new scenario gets; always above every id in use.
    pub next_id: u32,
    /// How numbers are written and read: the browser's way unless the user
    /// chose one. A setting of the workspace, not of a scenario; left out
    /// of saved files while automatic, so older saves load unchanged.
    #[serde(default, skip_serializing_if = "NumberFormat::is_automatic")]
    pub number_format: NumberFormat,
}

/// The name of the scenario a newcomer starts with.
pub const FIRST_SCENARIO_NAME: &str = "My sourcing decision";

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            scenarios: vec![Scenario::new(ScenarioId(1), FIRST_SCENARIO_NAME)],
            active: ScenarioId(1),
            next_id: 2,
            number_format: NumberFormat::default(),
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

/// Why a change to the list of scenarios was refused; `present::scenario`
/// says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    EmptyName,
    NameTooLong,
    NameTaken(String),
    TooMany,
    LastOne,
    Missing,
}

/// Whether a character may not stand in a name: control characters (C0,
/// DEL and C1) and the invisible marks that change the direction of the
/// text around them (bidi embeddings and overrides U+202A–202E, isolates
/// U+2066–2069, the left-to-right, right-to-left and Arabic letter marks)
/// and the line and paragraph separators.
/// A right-to-left override in a name would turn the message around it
/// backwards; and messages wrap names in isolate marks of their own
/// (`present::names`), which a name must not be able to close.
pub fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// A name with its hidden controls taken out and its ends trimmed: line
/// breaks and tabs become spaces, the other controls go. One rule for
/// typed names, imported files, share links and stored saves.
pub fn tidy_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if !is_hidden_control(c) {
            out.push(c);
        } else if c.is_whitespace() {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// A name as typed, tidied ([`tidy_name`]) and checked: not empty, not too long.
pub fn clean_name(typed: &str) -> Result<String, ScenarioError> {
    let name = tidy_name(typed);
    if name.is_empty() {
        Err(ScenarioError::EmptyName)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(ScenarioError::NameTooLong)
    } else {
        Ok(name)
    }
}

/// The name a new scenario gets when the user names none.
pub const NEW_SCENARIO_NAME: &str = "New scenario";

impl Workspace {
    fn name_in_use(&self, name: &str) -> bool {
        self.scenarios.iter().any(|s| s.name == name)
    }

    /// `wanted` if no scenario has that name, else the first free
    /// "wanted (2)", "wanted (3)", … (shortened to stay within the name limit).
    pub fn distinct_name(&self, wanted: &str) -> String {
        if !self.name_in_use(wanted) {
            return wanted.to_string();
        }
        (2..)
            .map(|n| {
                let suffix = format!(" ({n})");
                let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
                let base: String = wanted.chars().take(room).collect();
                format!("{}{suffix}", base.trim_end())
            })
            .find(|name| !self.name_in_use(name))
            .unwrap_or_default()
    }

    /// Tidies every name ([`tidy_name`]): what a stored save, a file or a
    /// link holds is read under the same rule as a typed name.
    pub fn tidy_names(&mut self) {
        for s in &mut self.scenarios {
            s.name = tidy_name(&s.name);
        }
    }

    /// An id no scenario has, below `next_id`: `next_id` itself (which then
    /// moves on) while it can, else the lowest free id. A stored or imported
    /// `next_id` can sit at the top of its range, where it cannot move on.
    fn fresh_id(&mut self) -> ScenarioId {
        let in_use = |ws: &Workspace, id: u32| ws.scenarios.iter().any(|s| s.id.0 == id);
        match self.next_id.checked_add(1) {
            Some(after) if !in_use(self, self.next_id) => {
                let id = ScenarioId(self.next_id);
                self.next_id = after;
                id
            }
            _ => {
                // At most MAX_SCENARIOS ids are in use, so this finds one at once.
                let free = (1..=u32::MAX).find(|id| !in_use(self, *id)).unwrap_or(0);
                if free >= self.next_id {
                    self.next_id = free.saturating_add(1);
                }
                ScenarioId(free)
            }
        }
    }

    /// Adds a scenario with a fresh id and a distinct name, and opens it.
    pub fn add(&mut self, mut scenario: Scenario) -> Result<ScenarioId, ScenarioError> {
        if self.scenarios.len() >= MAX_SCENARIOS {
            return Err(ScenarioError::TooMany);
        }
        let id = self.fresh_id();
        scenario.id = id;
        scenario.name = self.distinct_name(&scenario.name);
        self.scenarios.push(scenario);
        self.active = id;
        Ok(id)
    }

    /// Creates a scenario named as typed, blank or as a copy of the open one, and opens it.
    /// An empty name gives [`NEW_SCENARIO_NAME`], or for a copy the open
    /// scenario's name made distinct ("Payroll (2)").
    pub fn create(&mut self, typed: &str, copy_current: bool) -> Result<ScenarioId, ScenarioError> {
        let typed = tidy_name(typed);
        let name = match (typed.as_str(), copy_current) {
            ("", false) => NEW_SCENARIO_NAME.to_string(),
            ("", true) => self.active().name.clone(),
            _ => clean_name(&typed)?,
        };
        let scenario = if copy_current {
            Scenario {
                name,
                ..self.active().clone()
            }
        } else {
            Scenario::new(ScenarioId(0), name)
        };
        self.add(scenario)
    }

    /// Copies a scenario under a distinct name ("Payroll (2)") and opens the copy.
    pub fn duplicate(&mut self, id: ScenarioId) -> Result<ScenarioId, ScenarioError> {
        let original = self.get(id).ok_or(ScenarioError::Missing)?.clone();
        self.add(original)
    }

    /// Renames a scenario; refuses a name another scenario has.
    pub fn rename(&mut self, id: ScenarioId, typed: &str) -> Result<(), ScenarioError> {
        let name = clean_name(typed)?;
        if self.scenarios.iter().any(|s| s.id != id && s.name == name) {
            return Err(ScenarioError::NameTaken(name));
        }
        let scenario = self.get_mut(id).ok_or(ScenarioError::Missing)?;
        scenario.name = name;
        Ok(())
    }

    /// Whether a scenario may be deleted: it exists and is not the last one.
    pub fn check_delete(&self, id: ScenarioId) -> Result<usize, ScenarioError> {
        let index = self
            .scenarios
            .iter()
            .position(|s| s.id == id)
            .ok_or(ScenarioError::Missing)?;
        if self.scenarios.len() == 1 {
            return Err(ScenarioError::LastOne);
        }
        Ok(index)
    }

    /// Deletes a scenario (never the last); if it was open, its neighbour opens.
    pub fn delete(&mut self, id: ScenarioId) -> Result<Scenario, ScenarioError> {
        let index = self.check_delete(id)?;
        let removed = self.scenarios.remove(index);
        if self.active == id {
            self.active = self.scenarios[index.min(self.scenarios.len() - 1)].id;
        }
        Ok(removed)
    }

    /// Opens a scenario; false if there is none with this id.
    pub fn switch(&mut self, id: ScenarioId) -> bool {
        let exists = self.get(id).is_some();
        if exists {
            self.active = id;
        }
        exists
    }

    /// Adds every scenario of `file` under fresh ids and distinct names
    /// (never replacing one) and opens the one the file had open; returns
    /// the names they got, in the file's order. Refused whole, changing
    /// nothing, when the workspace would hold more than [`MAX_SCENARIOS`].
    pub fn merge(&mut self, file: &Workspace) -> Result<Vec<String>, ScenarioError> {
        if self.scenarios.len() + file.scenarios.len() > MAX_SCENARIOS {
            return Err(ScenarioError::TooMany);
        }
        let mut names = Vec::new();
        let mut open = None;
        for scenario in &file.scenarios {
            let id = self.add(scenario.clone())?;
            if scenario.id == file.active || open.is_none() {
                open = Some(id);
            }
            names.push(self.active().name.clone());
        }
        if let Some(id) = open {
            self.switch(id);
        }
        Ok(names)
    }

    /// The scenario with this id.
    pub fn get(&self, id: ScenarioId) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    fn get_mut(&mut self, id: ScenarioId) -> Option<&mut Scenario> {
        self.scenarios.iter_mut().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests;
