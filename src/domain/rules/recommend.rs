//! The recommendation at the end of the quiz: the ranked options, the top
//! reasons for the leader (each tied to the answer that produced it), why
//! the runner-up lost, what was ruled out, how close the call is and which
//! single answer would change the outcome.
//!
//! Pure core: built from `quiz::outcome` and `matrix::evaluate`, no web imports.

use crate::domain::model::small::{sort_small_by, SmallMap};

use serde::{Deserialize, Serialize};

use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::rules::matrix::{self, Evaluation, Overrides, Ranked};
use crate::domain::rules::quiz::{self, QuestionId, QuizOutcome, NOT_SURE};

/// How many reasons are given for the leader, and for the runner-up's loss.
pub const MAX_REASONS: usize = 3;

/// One criterion that explains the result, and the answer behind its weight.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Reason {
    /// The criterion the reason is about.
    pub criterion: Criterion,
    /// The question whose answer raised this criterion's weight; `None`
    /// when the weight comes from the starting weights.
    pub question: Option<QuestionId>,
    /// The answer id given to `question`.
    pub answer: Option<String>,
    /// The weight in force (0..=10).
    pub weight: u8,
    /// The leader's score on this criterion (1..=5).
    pub leader_score: u8,
    /// The runner-up's score, when there is a runner-up.
    pub runner_up_score: Option<u8>,
    /// The reason in plain words.
    pub text: String,
}

/// A single different answer that would put another option on top.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AnswerChange {
    /// The question to answer differently.
    pub question: QuestionId,
    /// The alternative answer id.
    pub answer: String,
    /// The option that would then come first.
    pub new_leader: SourcingOption,
    /// Its total under the changed answer.
    pub new_leader_total: f64,
    /// The current leader's total under the changed answer; `None` when it
    /// would be ruled out (or there is no current leader).
    pub old_leader_total: Option<f64>,
}

/// Everything the result screen shows.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Recommendation {
    /// The weights, knock-outs, cost inputs and effects the answers produced.
    pub outcome: QuizOutcome,
    /// Options still in the running, best first.
    pub ranking: Vec<Ranked>,
    /// The option ranked first, if any is left.
    pub leader: Option<SourcingOption>,
    /// The option ranked second, if any.
    pub runner_up: Option<SourcingOption>,
    /// Leader's total minus the runner-up's (0 without a runner-up).
    pub margin: f64,
    /// Up to `MAX_REASONS` reasons for the leader, answer-linked ones first.
    pub reasons: Vec<Reason>,
    /// Up to `MAX_REASONS` criteria where the runner-up trails most.
    pub runner_up_lost: Vec<Reason>,
    /// Options ruled out by knock-outs, with the reason in plain words.
    pub knockouts: Vec<(SourcingOption, String)>,
    /// Whether the lead is below `matrix::CLOSE_CALL_MARGIN`.
    pub close_call: bool,
    /// How safe the lead is, in one sentence ("Close call: …" when close).
    pub close_call_text: String,
    /// The single answer change that would swap leader and runner-up, if any.
    pub change: Option<AnswerChange>,
    /// What would change the recommendation, in one sentence.
    pub what_would_change: String,
    /// One sentence a manager could forward.
    pub headline: String,
}

/// A whole-number total for headlines ("62"); falls back to one decimal
/// when the two numbers shown would otherwise look equal.
fn pair_labels(a: f64, b: f64) -> (String, String) {
    let (ra, rb) = (matrix::whole(a).to_string(), matrix::whole(b).to_string());
    if ra == rb && a != b {
        (matrix::total_label(a), matrix::total_label(b))
    } else {
        (ra, rb)
    }
}

/// The score difference leader − other on a criterion, weighted.
fn weighted_gap(
    criterion: Criterion,
    leader: SourcingOption,
    other: Option<SourcingOption>,
    outcome: &QuizOutcome,
    overrides: &Overrides,
) -> i64 {
    let weight = i64::from(matrix::effective_weight(&outcome.weights, criterion));
    let lead = i64::from(matrix::score(leader, criterion, overrides));
    // Without a runner-up, the leader is measured against the middle score.
    let base = match other {
        Some(o) => i64::from(matrix::score(o, criterion, overrides)),
        None => 3,
    };
    weight * (lead - base)
}

/// The weight phrase for a criterion no answer raised.
fn default_weight_phrase(criterion: Criterion, weight: u8, outcome: &QuizOutcome) -> String {
    if outcome.touched(criterion) {
        format!(
            "\"{}\" still carries a weight of {} out of 10 after your answers",
            criterion.name(),
            weight
        )
    } else {
        format!(
            "\"{}\" keeps its starting weight of {} out of 10, which no answer changed",
            criterion.name(),
            weight
        )
    }
}

/// Builds one reason; `for_leader` picks the wording (why the leader wins,
/// or why the runner-up lost).
fn make_reason(
    criterion: Criterion,
    leader: SourcingOption,
    runner: Option<SourcingOption>,
    outcome: &QuizOutcome,
    overrides: &Overrides,
    for_leader: bool,
) -> Reason {
    let weight = matrix::effective_weight(&outcome.weights, criterion);
    let leader_score = matrix::score(leader, criterion, overrides);
    let runner_up_score = runner.map(|r| matrix::score(r, criterion, overrides));
    let effect = outcome.strongest_raise(criterion);

    let comparison = match (runner, runner_up_score) {
        (Some(r), Some(rs)) if for_leader => format!(
            "{} scores {} of 5 on it, against {} for {}.",
            leader.name(),
            leader_score,
            rs,
            r.name()
        ),
        (Some(r), Some(rs)) => format!(
            "{} scores {} of 5 on \"{}\", against {} for {}",
            r.name(),
            rs,
            criterion.name(),
            leader_score,
            leader.name()
        ),
        _ => format!("{} scores {} of 5 on it.", leader.name(), leader_score),
    };

    let text = match (effect, for_leader) {
        (Some(e), true) => format!("{} {}", e.text, comparison),
        (None, true) => format!(
            "{}. {}",
            default_weight_phrase(criterion, weight, outcome),
            comparison
        ),
        (Some(e), false) => match e.question.choice(&e.answer) {
            Some(choice) => format!(
                "{}, and that counts for more because you said {}.",
                comparison, choice.said
            ),
            None => format!("{}. {}", comparison, e.text),
        },
        (None, false) => format!(
            "{}, on a criterion with a weight of {} out of 10.",
            comparison, weight
        ),
    };

    Reason {
        criterion,
        question: effect.map(|e| e.question),
        answer: effect.map(|e| e.answer.clone()),
        weight,
        leader_score,
        runner_up_score,
        text,
    }
}

/// Criteria where the leader is ahead, with their weighted gap, in
/// criterion order.
fn gaps(
    leader: SourcingOption,
    runner: Option<SourcingOption>,
    outcome: &QuizOutcome,
    overrides: &Overrides,
) -> Vec<(Criterion, i64)> {
    Criterion::ALL
        .into_iter()
        .map(|c| (c, weighted_gap(c, leader, runner, outcome, overrides)))
        .filter(|(_, g)| *g > 0)
        .collect()
}

/// The leader's top reasons: answer-linked criteria first, each group by
/// weighted gap (largest first, criterion order on ties).
fn leader_reasons(
    leader: SourcingOption,
    runner: Option<SourcingOption>,
    outcome: &QuizOutcome,
    overrides: &Overrides,
) -> Vec<Reason> {
    let mut candidates = gaps(leader, runner, outcome, overrides);
    // Stable sort keeps criterion order among equals.
    let key = |(c, g): &(Criterion, i64)| (outcome.strongest_raise(*c).is_some(), *g);
    sort_small_by(&mut candidates, |a, b| key(a) > key(b));
    candidates
        .into_iter()
        .take(MAX_REASONS)
        .map(|(c, _)| make_reason(c, leader, runner, outcome, overrides, true))
        .collect()
}

/// Where the runner-up trails most (weighted). Criteria already given as
/// reasons for the leader are left out so the two lists do not repeat each
/// other, unless nothing else separates the two options.
fn runner_up_reasons(
    leader: SourcingOption,
    runner: SourcingOption,
    outcome: &QuizOutcome,
    overrides: &Overrides,
    already: &[Reason],
) -> Vec<Reason> {
    let all = gaps(leader, Some(runner), outcome, overrides);
    let fresh: Vec<(Criterion, i64)> = all
        .iter()
        .copied()
        .filter(|(c, _)| !already.iter().any(|r| r.criterion == *c))
        .collect();
    let mut candidates = if fresh.is_empty() { all } else { fresh };
    // Stable sort keeps criterion order among equals.
    sort_small_by(&mut candidates, |a, b| a.1 > b.1);
    candidates
        .into_iter()
        .take(MAX_REASONS)
        .map(|(c, _)| make_reason(c, leader, Some(runner), outcome, overrides, false))
        .collect()
}

/// How far apart two outcomes are: total weight movement, with a knock-out
/// change counting as a large step.
fn distance(a: &QuizOutcome, b: &QuizOutcome) -> u32 {
    let weights: u32 = Criterion::ALL
        .iter()
        .map(|c| {
            let wa = matrix::effective_weight(&a.weights, *c);
            let wb = matrix::effective_weight(&b.weights, *c);
            u32::from(wa.abs_diff(wb))
        })
        .sum();
    let rules = a
        .knockouts
        .iter()
        .filter(|k| !b.knockouts.contains(*k))
        .count()
        + b.knockouts
            .iter()
            .filter(|k| !a.knockouts.contains(*k))
            .count();
    weights + 10 * u32::try_from(rules).unwrap_or(u32::MAX / 20)
}

/// The single answer change that would put the runner-up on top (or, with
/// no runner-up, any other option). Among several, the one that moves the
/// weights least wins; ties go to the earlier question and answer.
fn find_answer_change(
    answers: &SmallMap<QuestionId, String>,
    overrides: &Overrides,
    current: &QuizOutcome,
    evaluation: &Evaluation,
) -> Option<AnswerChange> {
    let mut best: Option<(u32, AnswerChange)> = None;
    for question in QuestionId::ALL {
        let given = answers
            .get(&question)
            .filter(|a| question.accepts(a))
            .map(String::as_str)
            .unwrap_or(NOT_SURE);
        for choice in question.choices() {
            if choice.id == given {
                continue;
            }
            let mut changed = answers.clone();
            changed.insert(question, choice.id.to_string());
            let out = quiz::outcome(&changed);
            let eval = matrix::evaluate(&out.weights, overrides, &out.knockouts);
            let Some(new_leader) = eval.leader else {
                continue;
            };
            let wanted = match (evaluation.leader, evaluation.runner_up) {
                (_, Some(runner)) => new_leader == runner,
                (Some(leader), None) => new_leader != leader,
                (None, None) => true,
            };
            if !wanted {
                continue;
            }
            let cost = distance(current, &out);
            if best.as_ref().is_some_and(|(c, _)| *c <= cost) {
                continue;
            }
            let change = AnswerChange {
                question,
                answer: choice.id.to_string(),
                new_leader,
                new_leader_total: matrix::total_of(&eval, new_leader).unwrap_or(0.0),
                old_leader_total: evaluation.leader.and_then(|l| matrix::total_of(&eval, l)),
            };
            best = Some((cost, change));
        }
    }
    best.map(|(_, change)| change)
}

/// "If you answered … to …, … would come out on top …".
fn change_sentence(change: &AnswerChange, old_leader: Option<SourcingOption>) -> String {
    let label = change
        .question
        .choice(&change.answer)
        .map(|c| c.label)
        .unwrap_or("another answer");
    let start = format!(
        "If you answered \"{}\" to \"{}\", {} would come out on top",
        label,
        change.question.prompt(),
        change.new_leader.name()
    );
    match (old_leader, change.old_leader_total) {
        (Some(old), Some(old_total)) => {
            let (a, b) = pair_labels(change.new_leader_total, old_total);
            format!("{start} ({a} of 100, against {b} for {}).", old.name())
        }
        (Some(old), None) => format!(
            "{start} ({} of 100), and {} would be ruled out.",
            matrix::total_label(change.new_leader_total),
            old.name()
        ),
        (None, _) => format!(
            "{start} ({} of 100).",
            matrix::total_label(change.new_leader_total)
        ),
    }
}

/// The one-sentence verdict.
fn headline(evaluation: &Evaluation) -> String {
    match (evaluation.ranking.first(), evaluation.ranking.get(1)) {
        (None, _) => "Your answers rule out every option; relax one of the hard requirements to get a recommendation.".to_string(),
        (Some(first), None) => format!(
            "{} is the only option your answers leave open ({} of 100).",
            first.option.name(),
            matrix::whole(first.total)
        ),
        (Some(first), Some(second)) => {
            let (a, b) = pair_labels(first.total, second.total);
            if evaluation.margin == 0.0 {
                format!(
                    "{} and {} are level at {} of 100; your answers do not separate them.",
                    first.option.name(),
                    second.option.name(),
                    a
                )
            } else if evaluation.close_call {
                format!(
                    "{} fits best, but only just ({} of 100), narrowly ahead of {} ({}).",
                    first.option.name(),
                    a,
                    second.option.name(),
                    b
                )
            } else {
                format!(
                    "{} fits best ({} of 100), ahead of {} ({}).",
                    first.option.name(),
                    a,
                    second.option.name(),
                    b
                )
            }
        }
    }
}

/// Builds the recommendation from the quiz answers and the user's matrix
/// overrides: `quiz::outcome` gives weights and knock-outs, `matrix::evaluate`
/// ranks the options, and the rest explains the result.
pub fn recommend(answers: &SmallMap<QuestionId, String>, overrides: &Overrides) -> Recommendation {
    let outcome = quiz::outcome(answers);
    let evaluation = matrix::evaluate(&outcome.weights, overrides, &outcome.knockouts);

    let (reasons, runner_up_lost) = match (evaluation.leader, evaluation.runner_up) {
        (Some(leader), runner) => {
            let reasons = leader_reasons(leader, runner, &outcome, overrides);
            let lost = match runner {
                Some(r) => runner_up_reasons(leader, r, &outcome, overrides, &reasons),
                None => Vec::new(),
            };
            (reasons, lost)
        }
        (None, _) => (Vec::new(), Vec::new()),
    };

    let knockouts = evaluation
        .excluded
        .iter()
        .map(|e| (e.option, e.reasons.join(" ")))
        .collect();

    let change = find_answer_change(answers, overrides, &outcome, &evaluation);
    let what_would_change = match &change {
        Some(c) => change_sentence(c, evaluation.leader),
        None => match evaluation.leader {
            None => "No single different answer brings an option back; several hard requirements would have to be relaxed together.".to_string(),
            Some(_) => matrix::flip_sentence(&evaluation),
        },
    };

    Recommendation {
        headline: headline(&evaluation),
        close_call_text: matrix::close_call_sentence(&evaluation),
        close_call: evaluation.close_call,
        ranking: evaluation.ranking.clone(),
        leader: evaluation.leader,
        runner_up: evaluation.runner_up,
        margin: evaluation.margin,
        reasons,
        runner_up_lost,
        knockouts,
        change,
        what_would_change,
        outcome,
    }
}

/// A short paragraph for the result screen, the report and an e-mail:
/// the verdict, the main reasons, what was ruled out, how close it is and
/// what would change it.
pub fn summary_paragraph(rec: &Recommendation) -> String {
    let mut parts = vec![rec.headline.clone()];
    if rec.leader.is_some() {
        parts.extend(rec.reasons.iter().map(|r| r.text.clone()));
    }
    if !rec.knockouts.is_empty() {
        let names: Vec<&str> = rec.knockouts.iter().map(|(o, _)| o.name()).collect();
        parts.push(format!(
            "Ruled out by your hard requirements: {}.",
            names.join(", ")
        ));
    }
    if rec.runner_up.is_some() {
        parts.push(rec.close_call_text.clone());
    }
    parts.push(rec.what_would_change.clone());
    parts.join(" ")
}

#[cfg(test)]
mod tests;
