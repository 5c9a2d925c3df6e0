//! The decision quiz's rules: the reducer that walks through the questions,
//! and the pure mapping from answers to criterion weights, knock-out rules
//! and cost inputs.
//!
//! Every answer's effect is listed in one table (`content::questions`), and
//! `outcome` records each change it makes as an `Effect`, so the
//! recommendation can always say which answer produced which priority
//! (`present::quiz` says it in words).

use serde::{Deserialize, Serialize};

use crate::domain::content::questions::{team_size_band, NOT_SURE};
use crate::domain::model::criteria::{Criterion, MAX_WEIGHT};
use crate::domain::model::inputs::{CostInputs, Field};
use crate::domain::model::knob::field_changed;
use crate::domain::model::quiz::{QuestionId, QuizState, QUESTION_COUNT};
use crate::domain::model::scenario::Scenario;
use crate::domain::model::scores::KnockOut;
use crate::domain::model::small::{SmallMap, SmallSet};

// ---------------------------------------------------------------------------
// State and reducer
// ---------------------------------------------------------------------------

/// Something the user did in the quiz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Records an answer (ignored when the question does not offer it).
    Answer(QuestionId, String),
    /// Moves to the next question, or to the result after the last one.
    Next,
    /// Moves on as `Next` does, but only while this question is still the
    /// one on screen: the delayed move after an answer chosen by pointer
    /// (see `after_choosing`), which does nothing once the user has gone
    /// Back, pressed Next or seen the result in the meantime.
    NextFrom(QuestionId),
    /// Moves to the previous question; from the result, back to the last question.
    Back,
    /// Clears the current question's answer and moves on.
    Skip,
    /// Jumps to a question by index (ignored when out of range).
    Goto(usize),
    /// Forgets every answer and starts from the first question.
    StartOver,
}

/// The index of the last question.
const LAST: usize = QUESTION_COUNT - 1;

/// Applies one action and returns the new state; the old one is untouched.
pub fn apply(state: &QuizState, action: Action) -> QuizState {
    let mut next = state.clone();
    // A corrupt position is pulled back into range before anything else.
    next.current = next.current.min(LAST);
    match action {
        Action::Answer(question, answer) => {
            if question.accepts(&answer) {
                next.answers.insert(question, answer);
            }
        }
        Action::Next => advance(&mut next),
        Action::NextFrom(question) => {
            if question.index() == next.current {
                advance(&mut next);
            }
        }
        Action::Skip => {
            if !next.finished {
                if let Some(question) = QuestionId::at(next.current) {
                    next.answers.remove(&question);
                }
                advance(&mut next);
            }
        }
        Action::Back => {
            if next.finished {
                next.finished = false;
            } else {
                next.current = next.current.saturating_sub(1);
            }
        }
        Action::Goto(index) => {
            if index < QUESTION_COUNT {
                next.current = index;
                next.finished = false;
            }
        }
        Action::StartOver => next = QuizState::default(),
    }
    next
}

/// Moves one question on, or to the result after the last question.
fn advance(state: &mut QuizState) {
    if state.finished {
        return;
    }
    if state.current < LAST {
        state.current = state.current.saturating_add(1);
    } else {
        state.finished = true;
    }
}

/// How an answer was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chosen {
    /// A mouse click or a touch tap on the answer.
    ByPointer,
    /// Space on an answer in the radio group: choose it and confirm, as
    /// Enter does.
    BySpace,
    /// The arrow keys in the radio group (they select as they move), or
    /// anything else that is not a pointer or Space.
    ByKeyboard,
}

impl Chosen {
    /// How long the chosen answer stays on screen before the move that
    /// `after_choosing` gives: the pause after a pointer, so the person
    /// sees the choice register; none after Space, which confirms at once
    /// like Enter.
    pub fn pause_ms(self) -> u64 {
        match self {
            Chosen::ByPointer => PAUSE_BEFORE_NEXT_MS,
            Chosen::BySpace | Chosen::ByKeyboard => 0,
        }
    }
}

/// How long the chosen answer stays on screen before the quiz moves on by
/// itself, so the person sees their choice register: 300 ms, inside the
/// 250–400 ms that reads as "taken" without feeling slow.
pub const PAUSE_BEFORE_NEXT_MS: u64 = 300;
const _: () = assert!(PAUSE_BEFORE_NEXT_MS >= 250 && PAUSE_BEFORE_NEXT_MS <= 400);

/// What choosing an answer to `question` does besides recording it: the
/// action to run after `how.pause_ms()`, if any.
///
/// A pointer moves on (to the result after the last question), so 14
/// answers take 14 clicks, and Space confirms the answer it is on, as Enter
/// does. The arrow keys do not move on: they select as they move through a
/// radio group, so moving on with them would make every answer but the
/// first two unreachable. Nothing moves on from a question that is no
/// longer on screen or once the result shows.
pub fn after_choosing(state: &QuizState, question: QuestionId, how: Chosen) -> Option<Action> {
    let on_screen = !state.finished && current_question(state) == question;
    let confirms = matches!(how, Chosen::ByPointer | Chosen::BySpace);
    (confirms && on_screen).then_some(Action::NextFrom(question))
}

/// The question on screen.
pub fn current_question(state: &QuizState) -> QuestionId {
    QuestionId::at(state.current.min(LAST)).unwrap_or(QuestionId::Function)
}

/// The position to show as "4 of 14": (question number from 1, total).
/// A finished quiz reads as (total, total).
pub fn progress(state: &QuizState) -> (usize, usize) {
    if state.finished {
        (QUESTION_COUNT, QUESTION_COUNT)
    } else {
        (state.current.min(LAST) + 1, QUESTION_COUNT)
    }
}

/// How many questions have a real answer (not "Not sure", not skipped).
pub fn answered_count(state: &QuizState) -> usize {
    state
        .answers
        .iter()
        .filter(|(q, a)| a.as_str() != NOT_SURE && q.accepts(a))
        .count()
}

// ---------------------------------------------------------------------------
// Answers -> weights, knock-outs and cost inputs
// ---------------------------------------------------------------------------

/// One change an answer made (`present::quiz::effect_text` explains it).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Effect {
    /// The question whose answer made the change.
    pub question: QuestionId,
    /// The answer id given to `question`.
    pub answer: String,
    /// The criterion whose weight moved, if this is a weight change.
    pub criterion: Option<Criterion>,
    /// The rule added, if this is a knock-out.
    pub knockout: Option<KnockOut>,
    /// How much the weight moved before clamping (0 for knock-outs and cost inputs).
    pub change: i8,
    /// The team size set, if this is the team-size change.
    pub team_size_fte: Option<f64>,
    /// The horizon set, if this is the horizon change.
    pub horizon_years: Option<u8>,
}

/// What a set of answers means for the matrix and the cost model.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct QuizOutcome {
    /// A weight for every criterion, 0..=`MAX_WEIGHT`.
    pub weights: SmallMap<Criterion, u8>,
    /// Hard requirements the answers add.
    pub knockouts: SmallSet<KnockOut>,
    /// Full-time people, when the team-size question was answered.
    pub team_size_fte: Option<f64>,
    /// Planning horizon in years (1..=10), when the horizon question was answered.
    pub horizon_years: Option<u8>,
    /// The cost model's id of the function the work belongs to, when the
    /// function question was answered (see [`cost_function_id`]).
    pub function: Option<String>,
    /// Every change, in question order.
    pub effects: Vec<Effect>,
}

impl QuizOutcome {
    /// The effect of a given answer that raised this criterion's weight the
    /// most (the earliest question wins a tie), if any answer raised it.
    pub fn strongest_raise(&self, criterion: Criterion) -> Option<&Effect> {
        let mut best: Option<&Effect> = None;
        for e in &self.effects {
            if e.criterion == Some(criterion)
                && e.change > 0
                && best.is_none_or(|b| e.change > b.change)
            {
                best = Some(e);
            }
        }
        best
    }

    /// Whether any answer changed this criterion's weight, up or down.
    pub fn touched(&self, criterion: Criterion) -> bool {
        self.effects
            .iter()
            .any(|e| e.criterion == Some(criterion) && e.change != 0)
    }
}

/// Turns answers into weights, knock-outs and cost inputs.
///
/// Starts from the default weights; each answer adds its nudges, and the sum
/// is clamped to 0..=`MAX_WEIGHT` at the end, so the result does not depend
/// on the order of the answers. "Not sure", a skipped question and an answer
/// the question does not offer all change nothing.
pub fn outcome(answers: &SmallMap<QuestionId, String>) -> QuizOutcome {
    let mut raw: SmallMap<Criterion, i32> = Criterion::ALL
        .into_iter()
        .map(|c| (c, i32::from(c.default_weight())))
        .collect();
    let mut knockouts = SmallSet::new();
    let mut team_size_fte = None;
    let mut horizon_years = None;
    let mut effects = Vec::new();

    for question in QuestionId::ALL {
        let Some(answer) = answers.get(&question) else {
            continue;
        };
        let Some(choice) = question.choice(answer) else {
            continue;
        };
        for (criterion, change) in choice.nudges {
            if *change == 0 {
                continue;
            }
            *raw.entry(*criterion).or_insert(0) += i32::from(*change);
            effects.push(Effect {
                question,
                answer: choice.id.to_string(),
                criterion: Some(*criterion),
                knockout: None,
                change: *change,
                team_size_fte: None,
                horizon_years: None,
            });
        }
        if let Some(rule) = choice.knockout {
            knockouts.insert(rule);
            effects.push(Effect {
                question,
                answer: choice.id.to_string(),
                criterion: None,
                knockout: Some(rule),
                change: 0,
                team_size_fte: None,
                horizon_years: None,
            });
        }
        if let Some(fte) = choice.team_size_fte {
            team_size_fte = Some(fte);
            effects.push(Effect {
                question,
                answer: choice.id.to_string(),
                criterion: None,
                knockout: None,
                change: 0,
                team_size_fte: Some(fte),
                horizon_years: None,
            });
        }
        if let Some(years) = choice.horizon_years {
            horizon_years = Some(years);
            effects.push(Effect {
                question,
                answer: choice.id.to_string(),
                criterion: None,
                knockout: None,
                change: 0,
                team_size_fte: None,
                horizon_years: Some(years),
            });
        }
    }

    let weights = raw
        .into_iter()
        .map(|(c, w)| {
            let clamped = w.clamp(0, i32::from(MAX_WEIGHT));
            (c, u8::try_from(clamped).unwrap_or(MAX_WEIGHT))
        })
        .collect();

    let function = answers
        .get(&QuestionId::Function)
        .and_then(|a| cost_function_id(a))
        .map(str::to_string);

    QuizOutcome {
        weights,
        knockouts,
        team_size_fte,
        horizon_years,
        function,
        effects,
    }
}

/// The cost model's id of the function a quiz answer names: the pay the
/// cost model assumes follows it. "Not sure" and unknown answers give `None`
/// (the cost model's own default applies).
pub fn cost_function_id(answer: &str) -> Option<&'static str> {
    match answer {
        "customer_support" => Some("customer_support"),
        "it_helpdesk" => Some("it_helpdesk"),
        "software_development" => Some("software_development"),
        "finance_accounting" => Some("finance_accounting"),
        "marketing" => Some("marketing"),
        "other" => Some("other"),
        _ => None,
    }
}

/// Puts the quiz's function into the cost inputs (pay follows the
/// function); an id the cost model does not know leaves it as it was.
pub fn set_cost_function(cost: &mut CostInputs, function_id: &str) {
    if let Some(function) = crate::domain::model::inputs::Function::from_id(function_id) {
        cost.set_function(function);
    }
}

/// Where the team size the quiz plans for comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TeamSize {
    /// The size the user typed, which lies inside their answer.
    Yours(f64),
    /// The answer's planning figure: no size was typed, or the typed one
    /// lies outside the answer.
    FromAnswer(f64),
}

impl TeamSize {
    /// The number of full-time people.
    pub fn fte(self) -> f64 {
        match self {
            TeamSize::Yours(fte) | TeamSize::FromAnswer(fte) => fte,
        }
    }
}

/// The team size the quiz plans for, when the team-size question was
/// answered: the size typed on the Budget screen when it lies inside the
/// answer (60 people answered as "21 to 100"), else the answer's planning
/// figure (50). A size left at its default counts as not typed.
pub fn team_size(base: &CostInputs, outcome: &QuizOutcome) -> Option<TeamSize> {
    let effect = outcome.effects.iter().find(|e| e.team_size_fte.is_some())?;
    let planned = effect.team_size_fte?;
    let typed = field_changed(base, Field::Fte);
    let inside = team_size_band(&effect.answer)
        .is_some_and(|(above, up_to)| base.fte > above && base.fte <= up_to);
    Some(if typed && inside {
        TeamSize::Yours(base.fte)
    } else {
        TeamSize::FromAnswer(planned)
    })
}

/// The scenario's cost inputs with the quiz's team size (see
/// [`team_size`]), horizon and function: what the quiz's recommendation is
/// computed on.
pub fn cost_inputs(base: &CostInputs, outcome: &QuizOutcome) -> CostInputs {
    let mut cost = base.clone();
    if let Some(size) = team_size(base, outcome) {
        cost.fte = size.fte();
    }
    if let Some(years) = outcome.horizon_years {
        cost.horizon_years = u32::from(years);
    }
    if let Some(function) = &outcome.function {
        set_cost_function(&mut cost, function);
    }
    cost
}

/// Whether two outcomes put the same figures into the cost model.
pub fn same_cost_inputs(a: &QuizOutcome, b: &QuizOutcome) -> bool {
    a.team_size_fte == b.team_size_fte
        && a.horizon_years == b.horizon_years
        && a.function == b.function
}

/// Scenario operations that take over a quiz outcome.
impl Scenario {
    /// Takes over the quiz's weights and knock-outs for the matrix.
    pub fn apply_quiz_to_matrix(&mut self, outcome: &QuizOutcome) {
        self.weights = outcome.weights.clone();
        self.knockouts = outcome.knockouts.clone();
        self.quiz_weights = Some(outcome.weights.clone());
    }
    /// Takes over the quiz's team size, horizon and function for the cost model.
    pub fn apply_quiz_to_costs(&mut self, outcome: &QuizOutcome) {
        self.cost = cost_inputs(&self.cost, outcome);
    }
}

#[cfg(test)]
mod tests;
