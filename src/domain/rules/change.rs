//! Every change a user makes to the workspace, as one typed message
//! ([`Msg`]), and the one pure function that makes it ([`apply`]).
//!
//! The screens send messages and never assign a field. `apply` checks each
//! value against the same limits the controls read for their markup (a
//! number's [`FieldSpec`](crate::domain::model::inputs::FieldSpec) range,
//! `MIN_WEIGHT..=MAX_WEIGHT`, `MIN_SCORE..=MAX_SCORE`, the name length, the
//! working day's quarter hours):
//! - a slider's value past its end, which the slider itself cannot send,
//!   is pulled to that end and said so ([`Note::Clamped`]);
//! - a typed value out of range, a choice not offered, a name too long or
//!   a working day that ends before it starts is refused ([`Refused`]) and
//!   nothing changes; `present::change` says why, in today's words.
//!
//! It also says whether anything changed ([`Applied::changed`]), so that an
//! unchanged workspace is not saved again. The screen showing is no part of
//! the workspace, so moving between screens is no message at all.
//!
//! It sits in `rules`, not `model`: making a change runs rules (the quiz
//! reducer, the score sheet a re-scored cell is compared with, currency
//! conversion), and `model` uses no other room.

use crate::domain::model::criteria::{Criterion, MAX_WEIGHT, MIN_WEIGHT};
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{clamp_f64, validate_field, Field, FieldError};
use crate::domain::model::knob::{self, Choice, Knob};
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::model::number_style::NumberFormat;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::scenario::{Scenario, ScenarioError, ScenarioId, Workspace};
use crate::domain::model::scores::{KnockOut, MAX_SCORE, MIN_SCORE};
use crate::domain::model::time::TimeSettings;
use crate::domain::rules::money::{MoneyNote, MoneyProblem};
use crate::domain::rules::quiz::{self, Action};

/// Something the user did that changes the workspace. The scenario
/// operations name the scenario; every other message acts on the open one.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    // The list of scenarios, and the workspace's own setting.
    /// Opens a scenario.
    Open(ScenarioId),
    /// Creates a scenario named as typed (blank: a default name), empty or
    /// as a copy of the open one, and opens it.
    Create { name: String, copy: bool },
    /// Copies a scenario under a distinct name and opens the copy.
    Duplicate(ScenarioId),
    /// Renames a scenario.
    Rename(ScenarioId, String),
    /// Deletes a scenario (never the last one).
    Delete(ScenarioId),
    /// Adds a scenario (a share link's) under a fresh id and a distinct name.
    AddScenario(Box<Scenario>),
    /// Adds every scenario of a file or a backup, never replacing one.
    Import(Box<Workspace>),
    /// How numbers are written and read.
    SetNumberFormat(NumberFormat),

    // The quiz.
    /// Answers a question, or moves through the quiz (next, back, skip,
    /// go to a question, start over).
    Quiz(Action),
    /// Takes the quiz's result into the matrix (weights and knock-outs) and
    /// the cost model (team size, horizon, function): it was ranked with them.
    UseQuizInMatrix,
    /// Takes the quiz's team size, horizon and function into the cost model.
    UseQuizInCosts,

    // The matrix.
    /// Sets a criterion's weight (a slider: pulled into the weight range).
    SetWeight(Criterion, u8),
    /// Moves a weight one step up (`true`) or down, within the weight range.
    StepWeight(Criterion, bool),
    /// Puts every weight back to its default.
    ResetWeights,
    /// Scores a cell by hand, within the score range.
    SetScore(SourcingOption, Criterion, u8),
    /// Puts one cell back to its default score.
    ResetScore(SourcingOption, Criterion),
    /// Puts every cell back to its default score.
    ResetScores,
    /// Turns a hard requirement on or off.
    SetKnockOut(KnockOut, bool),
    /// Shows or hides an option's column; the last one shown stays.
    SetShown(SourcingOption, bool),
    /// Orders the columns by total (`true`) or in the usual order.
    SetSortByTotal(bool),
    /// Scores the three economic rows with the cost model (`true`) or with
    /// fixed, typical scores.
    SetEconomicsFromCosts(bool),

    // The cost model.
    /// Sets one number of the cost inputs (typed: refused out of range).
    SetNumber(Knob, f64),
    /// Sets the annual budget (the slider: pulled into range); `None`
    /// follows in-house's yearly cost again.
    SetBudget(Option<f64>),
    /// Sets the share of the work the hybrid moves out, % (the slider:
    /// pulled into range).
    SetHybridShare(f64),
    /// Salary and on-cost follow the home location's figures again.
    UseHomePay,
    /// Puts every copy of a number back to its default.
    ResetField(Field),
    /// Puts every number of the Assumptions panel back to its default.
    ResetAssumptions,
    /// Picks a value from a list of the inputs (a currency converts the
    /// amounts, a home proposes its currency).
    Pick(Choice, String),
    /// Switches to a currency the ECB has no rate for, at the rate the user
    /// typed (units per US dollar).
    SwitchCurrency(String, f64),
    /// Sets the rate of the scenario's currency (units per US dollar);
    /// `None` goes back to the ECB's.
    SetUsdRate(Option<f64>),
    /// Replaces one cited figure of a location, for this scenario.
    SetFigure(LocationId, EditableFigure, f64),
    /// Brings every figure of a location back to its cited preset.
    ResetPlace(LocationId),

    // Time zones.
    /// The working day starts, in minutes after local midnight.
    SetDayStart(u16),
    /// The working day ends, in minutes after local midnight.
    SetDayEnd(u16),
    /// Northern summer: an hour ahead where daylight saving applies.
    SetSummer(bool),
}

/// What a message did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    /// Whether the workspace is different now (else there is nothing to save).
    pub changed: bool,
    /// What to tell the user, if anything.
    pub note: Note,
}

/// What a message did that the user may be told.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Note {
    #[default]
    Nothing,
    /// The value was outside its range and was pulled to the nearest end.
    Clamped,
    /// What a choice did to the money: converted every amount, or kept the
    /// currency (`present::money::note_text` says it).
    Money(MoneyNote),
    /// A scenario was deleted: its name.
    Deleted(String),
    /// A file's scenarios were added, under these names, in the file's order.
    Imported(Vec<String>),
}

/// Why a message was refused; the workspace is exactly as it was.
/// `present::change::refused_text` says it in words.
#[derive(Clone, Debug, PartialEq)]
pub enum Refused {
    /// A change to the list of scenarios.
    Scenario(ScenarioError),
    /// A file's scenarios would be more than a workspace holds.
    TooMany { have: usize, adding: usize },
    /// A number of the cost inputs outside its range (or not a number).
    Number(Knob, FieldError),
    /// A copy of a number that does not exist (a row or an end it lacks).
    NoSuchCopy(Knob),
    /// A location figure outside its range.
    Figure(EditableFigure, FieldError),
    /// A currency or a rate that cannot be used.
    Money(MoneyProblem),
    /// A value that is not on the list it was picked from.
    NotOffered(Choice, String),
    /// A working day that does not make sense: today's sentence for it.
    Time(String),
    /// An answer the question does not offer.
    Answer(QuestionId, String),
    /// A score outside the score range.
    Score(u8),
    /// The last option shown cannot be hidden: the table would be empty.
    LastShown,
}

impl From<ScenarioError> for Refused {
    fn from(e: ScenarioError) -> Self {
        Refused::Scenario(e)
    }
}

impl Applied {
    fn changed(changed: bool) -> Self {
        Applied {
            changed,
            note: Note::Nothing,
        }
    }
}

/// Makes one change to the workspace, or refuses it and changes nothing.
pub fn apply(w: &mut Workspace, msg: Msg) -> Result<Applied, Refused> {
    match msg {
        Msg::Open(id) => {
            let was = w.active;
            if !w.switch(id) {
                return Err(ScenarioError::Missing.into());
            }
            Ok(Applied::changed(was != id))
        }
        Msg::Create { name, copy } => {
            w.create(&name, copy)?;
            Ok(Applied::changed(true))
        }
        Msg::Duplicate(id) => {
            w.duplicate(id)?;
            Ok(Applied::changed(true))
        }
        Msg::Rename(id, name) => {
            let before = w.get(id).map(|s| s.name.clone());
            w.rename(id, &name)?;
            Ok(Applied::changed(
                before != w.get(id).map(|s| s.name.clone()),
            ))
        }
        Msg::Delete(id) => {
            let gone = w.delete(id)?;
            Ok(Applied {
                changed: true,
                note: Note::Deleted(gone.name),
            })
        }
        Msg::AddScenario(scenario) => {
            w.add(*scenario)?;
            Ok(Applied::changed(true))
        }
        Msg::Import(file) => {
            let (have, adding) = (w.scenarios.len(), file.scenarios.len());
            let names = w
                .merge(&file)
                .map_err(|_| Refused::TooMany { have, adding })?;
            Ok(Applied {
                changed: !names.is_empty(),
                note: Note::Imported(names),
            })
        }
        Msg::SetNumberFormat(format) => {
            let changed = w.number_format != format;
            w.number_format = format;
            Ok(Applied::changed(changed))
        }
        msg => {
            let before = w.active().clone();
            let s = w.active_mut();
            let note = edit(s, msg)?;
            Ok(Applied {
                changed: *s != before,
                note,
            })
        }
    }
}

/// A change to the open scenario. Every refusal is decided before anything
/// is written, so a refused message leaves the scenario as it was.
fn edit(s: &mut Scenario, msg: Msg) -> Result<Note, Refused> {
    let mut note = Note::Nothing;
    match msg {
        Msg::Quiz(action) => {
            if let Action::Answer(question, answer) = &action {
                if !question.accepts(answer) {
                    return Err(Refused::Answer(*question, answer.clone()));
                }
            }
            s.quiz = quiz::apply(&s.quiz, action);
        }
        Msg::UseQuizInMatrix => {
            let outcome = quiz::outcome(&s.quiz.answers);
            s.apply_quiz_to_matrix(&outcome);
            s.apply_quiz_to_costs(&outcome);
        }
        Msg::UseQuizInCosts => s.apply_quiz_to_costs(&quiz::outcome(&s.quiz.answers)),
        Msg::SetWeight(criterion, weight) => {
            let held = weight.clamp(MIN_WEIGHT, MAX_WEIGHT);
            if held != weight {
                note = Note::Clamped;
            }
            s.set_weight(criterion, held);
        }
        Msg::StepWeight(criterion, up) => s.step_weight(criterion, up),
        Msg::ResetWeights => s.reset_weights(),
        Msg::SetScore(option, criterion, score) => {
            if !(MIN_SCORE..=MAX_SCORE).contains(&score) {
                return Err(Refused::Score(score));
            }
            s.set_score(option, criterion, score);
        }
        Msg::ResetScore(option, criterion) => s.reset_score(option, criterion),
        Msg::ResetScores => s.reset_scores(),
        Msg::SetKnockOut(rule, on) => {
            if on {
                s.knockouts.insert(rule);
            } else {
                s.knockouts.remove(&rule);
            }
        }
        Msg::SetShown(option, shown) => {
            if shown {
                s.hidden.remove(&option);
            } else if !s.hidden.contains(&option) {
                if s.hidden.len() + 1 >= SourcingOption::ALL.len() {
                    return Err(Refused::LastShown);
                }
                s.hidden.insert(option);
            }
        }
        Msg::SetSortByTotal(on) => s.sort_by_total = on,
        Msg::SetEconomicsFromCosts(on) => s.fixed_economics = !on,
        Msg::SetNumber(knob, value) => {
            let exists = knob
                .field
                .spec()
                .copies()
                .any(|(slot, end)| slot == knob.slot && end == knob.end);
            if !exists {
                return Err(Refused::NoSuchCopy(knob));
            }
            let value = validate_field(knob.field, value).map_err(|e| Refused::Number(knob, e))?;
            knob.set(&mut s.cost, value);
        }
        Msg::SetBudget(None) => s.cost.annual_budget = None,
        Msg::SetBudget(Some(value)) => {
            let (value, pulled) = held(Field::Budget, value)?;
            s.cost.annual_budget = Some(value);
            note = pulled;
        }
        Msg::SetHybridShare(value) => {
            let (value, pulled) = held(Field::HybridShare, value)?;
            s.cost.hybrid_share_pct = value;
            note = pulled;
        }
        Msg::UseHomePay => {
            knob::reset_field(&mut s.cost, Field::Salary);
            knob::reset_field(&mut s.cost, Field::EmployerOnCost);
        }
        Msg::ResetField(field) => knob::reset_field(&mut s.cost, field),
        Msg::ResetAssumptions => knob::reset_assumptions(&mut s.cost),
        Msg::Pick(choice, value) => {
            if !choice.offers(&value) {
                return Err(Refused::NotOffered(choice, value));
            }
            match choice.set(&mut s.cost, &value) {
                Some(MoneyNote::Refused(problem)) => return Err(Refused::Money(problem)),
                Some(money) => note = Note::Money(money),
                None => {}
            }
        }
        Msg::SwitchCurrency(code, rate) => {
            if let Some(conversion) = s
                .cost
                .switch_currency(&code, Some(rate))
                .map_err(Refused::Money)?
            {
                note = Note::Money(MoneyNote::Converted(conversion));
            }
        }
        Msg::SetUsdRate(rate) => s.cost.set_usd_rate(rate).map_err(Refused::Money)?,
        Msg::SetFigure(id, figure, value) => s
            .location_edits
            .set(id, figure, value)
            .map_err(|e| Refused::Figure(figure, e))?,
        Msg::ResetPlace(id) => s.location_edits.reset(id),
        Msg::SetDayStart(minutes) => set_day(s, |day| day.day_start = minutes)?,
        Msg::SetDayEnd(minutes) => set_day(s, |day| day.day_end = minutes)?,
        Msg::SetSummer(on) => set_day(s, |day| day.summer = on)?,
        // Changes to the workspace itself, made by `apply`.
        Msg::Open(_)
        | Msg::Create { .. }
        | Msg::Duplicate(_)
        | Msg::Rename(..)
        | Msg::Delete(_)
        | Msg::AddScenario(_)
        | Msg::Import(_)
        | Msg::SetNumberFormat(_) => {}
    }
    Ok(note)
}

/// Changes the working day, kept only when the whole day makes sense (a
/// start after the end is refused, and the last good day stays).
fn set_day(s: &mut Scenario, change: impl FnOnce(&mut TimeSettings)) -> Result<(), Refused> {
    let mut day = s.time.clone();
    change(&mut day);
    day.validate().map_err(Refused::Time)?;
    s.time = day;
    Ok(())
}

/// A slider's value held within its field's range: a value past an end is
/// pulled to it ([`Note::Clamped`]); one that is not a number is refused.
fn held(field: Field, value: f64) -> Result<(f64, Note), Refused> {
    if !value.is_finite() {
        return Err(Refused::Number(Knob::of(field), FieldError::NotANumber));
    }
    let spec = field.spec();
    let inside = clamp_f64(value, spec.min, spec.max);
    let note = if inside == value {
        Note::Nothing
    } else {
        Note::Clamped
    };
    Ok((inside, note))
}

#[cfg(test)]
mod tests;
