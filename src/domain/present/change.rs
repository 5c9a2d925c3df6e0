//! Why a change was refused (`rules::change::Refused`), as the sentence the
//! user reads beside the control. Each reuses the words the app used for
//! the same refusal before changes were messages.

use crate::domain::model::inputs::CostInputs;
use crate::domain::model::number_style::NumberStyle;
use crate::domain::model::scenario::ScenarioError;
use crate::domain::model::scores::{MAX_SCORE, MIN_SCORE};
use crate::domain::present::inputs::{figure_error, knob_error};
use crate::domain::present::money::note_text;
use crate::domain::rules::change::Refused;
use crate::domain::rules::money::MoneyNote;

/// The refusal in words; `cost` is the open scenario's inputs (unchanged,
/// since nothing was), for the currency a money refusal names.
pub fn refused_text(refused: &Refused, cost: &CostInputs, style: NumberStyle) -> String {
    match refused {
        Refused::Scenario(e) => e.to_string(),
        Refused::TooMany { .. } => ScenarioError::TooMany.to_string(),
        Refused::Number(knob, e) => knob_error(*knob, *e, style),
        Refused::NoSuchCopy(knob) => format!("{} has no such value.", knob.label()),
        Refused::Figure(figure, e) => figure_error(*figure, *e, style),
        Refused::Money(problem) => note_text(&MoneyNote::Refused(problem.clone()), cost, style),
        Refused::NotOffered(choice, value) => {
            format!(
                "“{value}” is not one of the choices for {}.",
                choice.label()
            )
        }
        Refused::Time(sentence) => sentence.clone(),
        Refused::Answer(question, answer) => {
            format!(
                "“{answer}” is not one of the answers to “{}”",
                question.prompt()
            )
        }
        Refused::Score(score) => {
            format!("Scores run from {MIN_SCORE} to {MAX_SCORE}; {score} is not one of them.")
        }
        Refused::LastShown => "At least one option stays in the table.".into(),
    }
}

#[cfg(test)]
mod tests;
