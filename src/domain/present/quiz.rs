//! The quiz's effects in words: "You said …, so … counts for more."

use crate::domain::model::quiz::QuizState;
use crate::domain::model::scores::KnockOut;
use crate::domain::rules::quiz::{current_question, progress, Effect};

/// What a screen reader hears when a question comes on screen:
/// "Question 5 of 14: <prompt>".
pub fn question_announcement(state: &QuizState) -> String {
    let (at, of) = progress(state);
    format!(
        "Question {at} of {of}: {}",
        current_question(state).prompt()
    )
}

/// The sentence that explains one change an answer made, naming the answer.
pub fn effect_text(effect: &Effect) -> String {
    let said = effect
        .question
        .choice(&effect.answer)
        .map_or("", |choice| choice.said);
    if let Some(criterion) = effect.criterion {
        let direction = if effect.change > 0 { "more" } else { "less" };
        format!(
            "You said {}, so \"{}\" counts for {}.",
            said,
            criterion.name(),
            direction
        )
    } else if let Some(rule) = effect.knockout {
        knockout_text(said, rule)
    } else if let Some(fte) = effect.team_size_fte {
        format!(
            "You said {}, so the cost model plans for {} full-time people.",
            said, fte
        )
    } else if let Some(years) = effect.horizon_years {
        let unit = if years == 1 { "year" } else { "years" };
        format!(
            "You said {}, so the cost model looks {} {} ahead.",
            said, years, unit
        )
    } else {
        format!("You said {said}.")
    }
}

/// The sentence for a knock-out an answer adds.
fn knockout_text(said: &str, rule: KnockOut) -> String {
    let consequence = match rule {
        KnockOut::DataMustStayInCountry => {
            "every option that moves the work or the data abroad is ruled out"
        }
        KnockOut::DataInEuOrAdequate => {
            "every option that sends the work to a place outside the EU/EEA without an EU adequacy decision is ruled out"
        }
        KnockOut::CoverageWithoutNightShifts => {
            "options that could only cover the night with night shifts are ruled out"
        }
        KnockOut::NoVendorManagementCapacity => {
            "options that depend on an outside provider are ruled out"
        }
        KnockOut::NoForeignEntity => "a centre of your own abroad is ruled out",
    };
    format!("You said {said}, so {consequence}.")
}

#[cfg(test)]
mod tests;
