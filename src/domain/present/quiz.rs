//! The quiz's effects in words: "You said …, so … counts for more."

use crate::domain::model::quiz::{QuestionId, QuizState};
use crate::domain::model::scores::KnockOut;
use crate::domain::present::numbers::{plain, NumberStyle};
use crate::domain::rules::quiz::{current_question, progress, Effect, QuizOutcome, TeamSize};

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
pub fn effect_text(effect: &Effect, style: NumberStyle) -> String {
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
            said,
            plain(fte, style)
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
    format!("You said {said}, so {}.", knockout_consequence(rule))
}

/// What a knock-out does, as a clause.
fn knockout_consequence(rule: KnockOut) -> &'static str {
    match rule {
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
    }
}

/// Quoted criterion names joined as a list: "\"A\"", "\"A\" and \"B\"",
/// "\"A\", \"B\" and \"C\"".
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// One sentence per answer that changed anything (weights, a hard
/// requirement, the team size or the horizon), in quiz order: every answer
/// that moved the result is named, not only the strongest ones. `team` is
/// the size planned for (`rules::quiz::team_size`), so the sentence says
/// whether it is the user's own figure or the answer's.
pub fn answers_that_counted(
    outcome: &QuizOutcome,
    team: Option<TeamSize>,
    style: NumberStyle,
) -> Vec<String> {
    let mut out = Vec::new();
    for question in QuestionId::ALL {
        let group: Vec<&Effect> = outcome
            .effects
            .iter()
            .filter(|e| e.question == question)
            .collect();
        let answer = match group.first() {
            Some(e) => e.answer.as_str(),
            None if question == QuestionId::Function => match &outcome.function {
                Some(id) => id.as_str(),
                None => continue,
            },
            None => continue,
        };
        let Some(choice) = question.choice(answer) else {
            continue;
        };
        let names = |up: bool| -> Vec<&'static str> {
            group
                .iter()
                .filter(|e| e.change != 0 && (e.change > 0) == up)
                .filter_map(|e| e.criterion.map(|c| c.name()))
                .collect()
        };
        let verb = |n: usize| if n == 1 { "counts" } else { "count" };
        let mut clauses = Vec::new();
        if question == QuestionId::Function && outcome.function.is_some() {
            clauses.push("the cost model's default pay follows that work".to_string());
        }
        for (up, word) in [(true, "more"), (false, "less")] {
            let list = names(up);
            if !list.is_empty() {
                clauses.push(format!(
                    "{} {} for {word}",
                    name_list(&list),
                    verb(list.len())
                ));
            }
        }
        for e in &group {
            if let Some(rule) = e.knockout {
                clauses.push(knockout_consequence(rule).to_string());
            }
            if let Some(fte) = e.team_size_fte {
                clauses.push(match team {
                    Some(TeamSize::Yours(yours)) => format!(
                        "the cost model plans for {} full-time people, the team size on the Budget screen",
                        plain(yours, style)
                    ),
                    _ => format!(
                        "the cost model plans for {} full-time people, the planning figure for that answer",
                        plain(fte, style)
                    ),
                });
            }
            if let Some(years) = e.horizon_years {
                let unit = if years == 1 { "year" } else { "years" };
                clauses.push(format!("the cost model looks {years} {unit} ahead"));
            }
        }
        if !clauses.is_empty() {
            out.push(format!("You said {}: {}.", choice.said, clauses.join("; ")));
        }
    }
    out
}

#[cfg(test)]
mod tests;
