//! The recommendation at the end of the quiz: the ranked options, the top
//! reasons for the leader (each tied to the answer that produced it), why
//! the runner-up lost, what was ruled out, how close the call is and which
//! single answer would change the outcome.
//!
//! Built from `quiz::outcome` and `matrix::evaluate` over the same score
//! sheet as the matrix (`rules::sheet`), with the cost inputs the quiz's
//! answers imply (team size, horizon, function); `present::recommend` puts
//! it in words.

use serde::{Deserialize, Serialize};

use crate::domain::content::questions::NOT_SURE;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::scenario::Scenario;
use crate::domain::model::small::{sort_small_by, SmallMap};
use crate::domain::rules::cost;
use crate::domain::rules::matrix::{self, Evaluation, Flip, Ranked};
use crate::domain::rules::quiz::{self, QuizOutcome};
use crate::domain::rules::sheet::ScoreSheet;

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
    /// The option ranked first.
    pub leader: SourcingOption,
    /// The option ranked second, if any.
    pub runner_up: Option<SourcingOption>,
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

/// What the leading option (or another) costs against the annual budget:
/// in year 1 (transition and ramp-up included) and once settled.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OptionFit {
    pub option: SourcingOption,
    /// Its place in the ranking, 1-based.
    pub place: usize,
    /// Its total, out of 100.
    pub total: f64,
    /// Cost of year 1, transition and dip included.
    pub year1: f64,
    /// Yearly cost once settled (the horizon's last year, no dip or transition).
    pub steady: f64,
    pub fits_year1: bool,
    pub fits_steady: bool,
}

impl OptionFit {
    /// Within the budget in year 1 and once settled.
    pub fn fits(&self) -> bool {
        self.fits_year1 && self.fits_steady
    }
}

/// How the recommendation meets the yearly budget of the cost inputs.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub enum BudgetFit {
    /// No yearly budget has been set.
    NoBudget,
    /// Every option is ruled out: nothing to check.
    NothingLeft,
    Checked {
        /// The yearly budget, in `currency`.
        budget: f64,
        currency: String,
        /// The leading option against it.
        leader: OptionFit,
        /// When the leader misses in year 1 or once settled: the best-ranked
        /// option that fits both; failing that, when the leader misses once
        /// settled, the best-ranked option that fits once settled.
        best_fitting: Option<OptionFit>,
    },
}

/// Checks the ranking against the yearly budget, with the cost inputs the
/// quiz implies (the same projection the score sheet scores).
pub fn budget_fit(
    ranking: &[Ranked],
    projection: &cost::Projection,
    budget: Option<f64>,
) -> BudgetFit {
    let Some(budget) = budget.filter(|b| b.is_finite() && *b > 0.0) else {
        return BudgetFit::NoBudget;
    };
    let fit = |place: usize, r: &Ranked| -> Option<OptionFit> {
        let o = projection.get(r.option)?;
        Some(OptionFit {
            option: r.option,
            place: place + 1,
            total: r.total,
            year1: o.year1,
            steady: o.steady_state,
            fits_year1: o.year1 <= budget,
            fits_steady: o.steady_state <= budget,
        })
    };
    let all: Vec<OptionFit> = ranking
        .iter()
        .enumerate()
        .filter_map(|(i, r)| fit(i, r))
        .collect();
    let Some((leader, others)) = all.split_first() else {
        return BudgetFit::NothingLeft;
    };
    let best_fitting = if leader.fits() {
        None
    } else {
        others.iter().find(|f| f.fits()).or_else(|| {
            (!leader.fits_steady)
                .then(|| others.iter().find(|f| f.fits_steady))
                .flatten()
        })
    }
    .cloned();
    let leader = leader.clone();
    BudgetFit::Checked {
        budget,
        currency: projection.currency.clone(),
        leader,
        best_fitting,
    }
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
    /// The single answer change that would swap leader and runner-up, if any.
    pub change: Option<AnswerChange>,
    /// The single weight change that would swap leader and runner-up, if
    /// no single answer change would.
    pub flip: Option<Flip>,
    /// How the leader meets the yearly budget.
    pub budget: BudgetFit,
}

/// The score difference leader − other on a criterion, weighted.
fn weighted_gap(
    criterion: Criterion,
    leader: SourcingOption,
    other: Option<SourcingOption>,
    outcome: &QuizOutcome,
    sheet: &ScoreSheet,
) -> i64 {
    let weight = i64::from(matrix::effective_weight(&outcome.weights, criterion));
    let lead = i64::from(sheet.score(leader, criterion));
    // Without a runner-up, the leader is measured against the middle score.
    let base = match other {
        Some(o) => i64::from(sheet.score(o, criterion)),
        None => 3,
    };
    weight * (lead - base)
}

/// Builds one reason: the criterion, its weight, both scores and the answer
/// that raised the weight, if one did.
fn make_reason(
    criterion: Criterion,
    leader: SourcingOption,
    runner: Option<SourcingOption>,
    outcome: &QuizOutcome,
    sheet: &ScoreSheet,
) -> Reason {
    let effect = outcome.strongest_raise(criterion);
    Reason {
        criterion,
        question: effect.map(|e| e.question),
        answer: effect.map(|e| e.answer.clone()),
        weight: matrix::effective_weight(&outcome.weights, criterion),
        leader_score: sheet.score(leader, criterion),
        runner_up_score: runner.map(|r| sheet.score(r, criterion)),
        leader,
        runner_up: runner,
    }
}

/// Criteria where the leader is ahead, with their weighted gap, in
/// criterion order.
fn gaps(
    leader: SourcingOption,
    runner: Option<SourcingOption>,
    outcome: &QuizOutcome,
    sheet: &ScoreSheet,
) -> Vec<(Criterion, i64)> {
    Criterion::ALL
        .into_iter()
        .map(|c| (c, weighted_gap(c, leader, runner, outcome, sheet)))
        .filter(|(_, g)| *g > 0)
        .collect()
}

/// The leader's top reasons: answer-linked criteria first, each group by
/// weighted gap (largest first, criterion order on ties).
fn leader_reasons(
    leader: SourcingOption,
    runner: Option<SourcingOption>,
    outcome: &QuizOutcome,
    sheet: &ScoreSheet,
) -> Vec<Reason> {
    let mut candidates = gaps(leader, runner, outcome, sheet);
    // Stable sort keeps criterion order among equals.
    let key = |(c, g): &(Criterion, i64)| (outcome.strongest_raise(*c).is_some(), *g);
    sort_small_by(&mut candidates, |a, b| key(a) > key(b));
    candidates
        .into_iter()
        .take(MAX_REASONS)
        .map(|(c, _)| make_reason(c, leader, runner, outcome, sheet))
        .collect()
}

/// The leader's top reasons under weights no quiz answer produced (the
/// matrix's own weights): the criteria where it is furthest ahead of the
/// runner-up, weighted, largest first.
pub fn reasons_for_weights(
    weights: &SmallMap<Criterion, u8>,
    sheet: &ScoreSheet,
    leader: SourcingOption,
    runner: Option<SourcingOption>,
) -> Vec<Reason> {
    let outcome = QuizOutcome {
        weights: weights.clone(),
        knockouts: Default::default(),
        team_size_fte: None,
        horizon_years: None,
        function: None,
        effects: Vec::new(),
    };
    leader_reasons(leader, runner, &outcome, sheet)
}

/// The leader's weak spot: the weighted criterion where it scores 2 or
/// less of 5 and loses most against the middle score (weight × (3 −
/// score)); the earlier criterion wins a tie. `None` when it has none.
pub fn weak_spot(
    weights: &SmallMap<Criterion, u8>,
    sheet: &ScoreSheet,
    leader: SourcingOption,
) -> Option<(Criterion, u8, u8)> {
    let mut best: Option<(i64, Criterion, u8, u8)> = None;
    for c in Criterion::ALL {
        let weight = matrix::effective_weight(weights, c);
        let score = sheet.score(leader, c);
        let loss = i64::from(weight) * (3 - i64::from(score));
        if score <= 2 && weight > 0 && best.is_none_or(|b| loss > b.0) {
            best = Some((loss, c, score, weight));
        }
    }
    best.map(|(_, c, score, weight)| (c, score, weight))
}

/// Where the runner-up trails most (weighted). Criteria already given as
/// reasons for the leader are left out so the two lists do not repeat each
/// other, unless nothing else separates the two options.
fn runner_up_reasons(
    leader: SourcingOption,
    runner: SourcingOption,
    outcome: &QuizOutcome,
    sheet: &ScoreSheet,
    already: &[Reason],
) -> Vec<Reason> {
    let all = gaps(leader, Some(runner), outcome, sheet);
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
        .map(|(c, _)| make_reason(c, leader, Some(runner), outcome, sheet))
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

/// Whether "what would change it" may propose another answer to this
/// question: only needs, constraints and weights a user could really change.
/// The function and the team size are facts about the work, not choices.
pub fn is_changeable(question: QuestionId) -> bool {
    !matches!(question, QuestionId::Function | QuestionId::TeamSize)
}

/// The single answer change that would put the runner-up on top (or, with
/// no runner-up, any other option). Only real answers to questions a user
/// can change are proposed (never "Not sure", the function or the team
/// size). Among several, the one that moves the weights least wins; ties go
/// to the earlier question and answer.
fn find_answer_change(
    answers: &SmallMap<QuestionId, String>,
    scenario: &Scenario,
    sheet: &ScoreSheet,
    current: &QuizOutcome,
    evaluation: &Evaluation,
) -> Option<AnswerChange> {
    let mut best: Option<(u32, AnswerChange)> = None;
    for question in QuestionId::ALL.into_iter().filter(|q| is_changeable(*q)) {
        let given = answers
            .get(&question)
            .filter(|a| question.accepts(a))
            .map(String::as_str)
            .unwrap_or(NOT_SURE);
        for choice in question.choices() {
            if choice.id == given || choice.id == NOT_SURE {
                continue;
            }
            let mut changed = answers.clone();
            changed.insert(question, choice.id.to_string());
            let out = quiz::outcome(&changed);
            // Only an answer that changes the cost inputs needs a new sheet.
            let rebuilt;
            let sheet = if quiz::same_cost_inputs(current, &out) {
                sheet
            } else {
                rebuilt = quiz_sheet(scenario, &out);
                &rebuilt
            };
            let eval = matrix::evaluate(&out.weights, sheet, &out.knockouts);
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

/// The score sheet the quiz's answers imply: the scenario's own sheet
/// (cost inputs, places, overrides) with the quiz's team size, horizon and
/// function in the cost inputs.
pub fn quiz_sheet(scenario: &Scenario, outcome: &QuizOutcome) -> ScoreSheet {
    let cost = quiz::cost_inputs(&scenario.cost, outcome);
    ScoreSheet::build(
        &cost,
        &scenario.location_edits,
        &scenario.time,
        &scenario.overrides,
        &scenario.cost_scores,
        scenario.fixed_economics,
    )
}

/// The leader, runner-up and close call of a set of answers, without the
/// explanations: what the simulation and the golden profiles check.
pub fn rank(answers: &SmallMap<QuestionId, String>, scenario: &Scenario) -> Evaluation {
    let outcome = quiz::outcome(answers);
    let sheet = quiz_sheet(scenario, &outcome);
    matrix::evaluate(&outcome.weights, &sheet, &outcome.knockouts)
}

/// Builds the recommendation from the scenario's quiz answers: `quiz::outcome`
/// gives weights, knock-outs and cost inputs, the score sheet of the
/// scenario with those inputs gives the scores (the user's overrides
/// included), `matrix::evaluate` ranks the options, and the rest explains
/// the result.
pub fn recommend(scenario: &Scenario) -> Recommendation {
    let answers = &scenario.quiz.answers;
    let outcome = quiz::outcome(answers);
    let sheet = quiz_sheet(scenario, &outcome);
    let evaluation = matrix::evaluate(&outcome.weights, &sheet, &outcome.knockouts);

    let (reasons, runner_up_lost) = match (evaluation.leader, evaluation.runner_up) {
        (Some(leader), runner) => {
            let reasons = leader_reasons(leader, runner, &outcome, &sheet);
            let lost = match runner {
                Some(r) => runner_up_reasons(leader, r, &outcome, &sheet, &reasons),
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

    let change = find_answer_change(answers, scenario, &sheet, &outcome, &evaluation);
    let cost = quiz::cost_inputs(&scenario.cost, &outcome);
    let projection = cost::project_with_time(&cost, &scenario.location_edits, &scenario.time);
    let budget = budget_fit(&evaluation.ranking, &projection, cost.annual_budget);

    Recommendation {
        close_call: evaluation.close_call,
        ranking: evaluation.ranking.clone(),
        leader: evaluation.leader,
        runner_up: evaluation.runner_up,
        margin: evaluation.margin,
        reasons,
        runner_up_lost,
        knockouts,
        change,
        flip: evaluation.flip,
        budget,
        outcome,
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod golden;
