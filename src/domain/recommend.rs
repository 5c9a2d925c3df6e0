//! The recommendation at the end of the quiz: the ranked options, the top
//! reasons for the leader (each tied to the answer that produced it), why
//! the runner-up lost, what was ruled out, how close the call is and which
//! single answer would change the outcome.
//!
//! Pure core: built from `quiz::outcome` and `matrix::evaluate`, no web imports.

use crate::domain::small::{sort_small_by, SmallMap};

use serde::{Deserialize, Serialize};

use super::criteria::Criterion;
use super::matrix::{self, Evaluation, Overrides, Ranked};
use super::options::SourcingOption;
use super::quiz::{self, QuestionId, QuizOutcome, NOT_SURE};

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
mod tests {
    use super::*;
    use crate::domain::matrix::KnockOut;
    use proptest::prelude::*;

    fn answers(pairs: &[(QuestionId, &str)]) -> SmallMap<QuestionId, String> {
        pairs.iter().map(|(q, a)| (*q, a.to_string())).collect()
    }

    fn totals(rec: &Recommendation) -> String {
        rec.ranking
            .iter()
            .map(|r| format!("{} {:.1}", r.option.short_name(), r.total))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Every reason either names an answer that was given and raised its
    /// criterion, or says it comes from the starting weights (and then no
    /// answer raised that criterion).
    fn check_reasons(rec: &Recommendation, given: &SmallMap<QuestionId, String>) {
        for r in rec.reasons.iter().chain(rec.runner_up_lost.iter()) {
            match (r.question, &r.answer) {
                (Some(q), Some(a)) => {
                    assert_eq!(given.get(&q), Some(a), "reason names an answer not given");
                    let choice = q.choice(a).expect("a real choice");
                    assert!(
                        choice
                            .nudges
                            .iter()
                            .any(|(c, d)| *c == r.criterion && *d > 0),
                        "{:?}/{} did not raise {:?}",
                        q,
                        a,
                        r.criterion
                    );
                    assert!(r.text.contains(choice.said), "{}", r.text);
                }
                (None, None) => {
                    assert!(rec.outcome.strongest_raise(r.criterion).is_none());
                    assert!(r.text.contains("out of 10"), "{}", r.text);
                }
                _ => panic!("question and answer must come together: {r:?}"),
            }
        }
    }

    #[test]
    fn golden_boston_startup_hands_marketing_to_a_local_agency() {
        // A small startup giving its social media to an agency a short drive
        // away, met every month: non-core, small, face to face, no night work.
        let given = answers(&[
            (QuestionId::Function, "marketing"),
            (QuestionId::CoreCompetency, "supporting"),
            (QuestionId::Coverage, "office_hours"),
            (QuestionId::DirectControl, "face_to_face"),
            (QuestionId::Friction, "low"),
            (QuestionId::TeamSize, "up_to_5"),
        ]);
        let rec = recommend(&given, &Overrides::new());
        assert_eq!(
            rec.leader,
            Some(SourcingOption::Domestic),
            "{}",
            totals(&rec)
        );
        assert!(!rec.close_call, "{}", totals(&rec));
        assert_eq!(rec.outcome.team_size_fte, Some(3.0));
        assert!(
            rec.headline.starts_with("Domestic outsourcing fits best"),
            "{}",
            rec.headline
        );
        check_reasons(&rec, &given);
        // The strongest reason is the answer that it is supporting work.
        assert_eq!(rec.reasons[0].question, Some(QuestionId::CoreCompetency));
        println!("boston: {}\n{}", totals(&rec), summary_paragraph(&rec));
    }

    #[test]
    fn golden_boston_startup_with_every_question_answered() {
        let given = answers(&[
            (QuestionId::Function, "marketing"),
            (QuestionId::CoreCompetency, "supporting"),
            (QuestionId::BudgetPressure, "moderate"),
            (QuestionId::Coverage, "office_hours"),
            (QuestionId::DirectControl, "face_to_face"),
            (QuestionId::Regulation, "light"),
            (QuestionId::Expertise, "niche"),
            (QuestionId::Growth, "fast"),
            (QuestionId::Seasonality, "some"),
            (QuestionId::Horizon, "three_years"),
            (QuestionId::Friction, "low"),
            (QuestionId::ForeignMarket, "home_only"),
            (QuestionId::VendorManagement, "some_effort"),
            (QuestionId::TeamSize, "up_to_5"),
        ]);
        let rec = recommend(&given, &Overrides::new());
        assert_eq!(
            rec.leader,
            Some(SourcingOption::Domestic),
            "{}",
            totals(&rec)
        );
        assert!(!rec.close_call, "{}", totals(&rec));
        check_reasons(&rec, &given);
        println!("boston full: {}", totals(&rec));
    }

    #[test]
    fn golden_telecom_support_centre_goes_offshore() {
        // A large telecom: English-speaking support around the clock without
        // night shifts, at much lower labour cost, planned for the long run.
        let given = answers(&[
            (QuestionId::Function, "customer_support"),
            (QuestionId::BudgetPressure, "severe"),
            (QuestionId::Coverage, "no_night_shifts"),
            (QuestionId::Horizon, "ten_years"),
            (QuestionId::TeamSize, "over_100"),
        ]);
        let rec = recommend(&given, &Overrides::new());
        assert!(
            matches!(
                rec.leader,
                Some(SourcingOption::Offshore | SourcingOption::Captive)
            ),
            "{}",
            totals(&rec)
        );
        assert_eq!(rec.outcome.team_size_fte, Some(150.0));
        assert_eq!(rec.outcome.horizon_years, Some(10));
        // Night-shift options are ruled out, with reasons.
        let out: Vec<SourcingOption> = rec.knockouts.iter().map(|(o, _)| *o).collect();
        assert_eq!(
            out,
            vec![
                SourcingOption::InHouse,
                SourcingOption::Domestic,
                SourcingOption::Nearshore
            ]
        );
        assert!(rec.knockouts.iter().all(|(_, why)| why.contains("night")));
        check_reasons(&rec, &given);
        println!("telecom: {}\n{}", totals(&rec), summary_paragraph(&rec));
    }

    #[test]
    fn golden_telecom_with_every_question_answered() {
        let given = answers(&[
            (QuestionId::Function, "customer_support"),
            (QuestionId::CoreCompetency, "supporting"),
            (QuestionId::BudgetPressure, "severe"),
            (QuestionId::Coverage, "no_night_shifts"),
            (QuestionId::DirectControl, "results"),
            (QuestionId::Regulation, "moderate"),
            (QuestionId::Expertise, "routine"),
            (QuestionId::Growth, "steady"),
            (QuestionId::Seasonality, "some"),
            (QuestionId::Horizon, "ten_years"),
            (QuestionId::Friction, "some"),
            (QuestionId::ForeignMarket, "bonus"),
            (QuestionId::VendorManagement, "experienced"),
            (QuestionId::TeamSize, "over_100"),
        ]);
        let rec = recommend(&given, &Overrides::new());
        assert!(
            matches!(
                rec.leader,
                Some(SourcingOption::Offshore | SourcingOption::Captive)
            ),
            "{}",
            totals(&rec)
        );
        check_reasons(&rec, &given);
        println!("telecom full: {}", totals(&rec));
    }

    const OFFSHORE_FAMILY: [SourcingOption; 4] = [
        SourcingOption::Nearshore,
        SourcingOption::Offshore,
        SourcingOption::Captive,
        SourcingOption::Hybrid,
    ];

    #[test]
    fn golden_regulated_data_stays_home() {
        let given = answers(&[
            (QuestionId::Function, "finance_accounting"),
            (QuestionId::CoreCompetency, "partly"),
            (QuestionId::BudgetPressure, "severe"),
            (QuestionId::Regulation, "data_in_country"),
            (QuestionId::Friction, "high"),
            (QuestionId::ForeignMarket, "own_base"),
            (QuestionId::TeamSize, "over_100"),
        ]);
        let rec = recommend(&given, &Overrides::new());
        let leader = rec.leader.expect("in-house or domestic remains");
        assert!(!OFFSHORE_FAMILY.contains(&leader), "{}", totals(&rec));
        assert!(rec
            .ranking
            .iter()
            .all(|r| !OFFSHORE_FAMILY.contains(&r.option)));
        let out: Vec<SourcingOption> = rec.knockouts.iter().map(|(o, _)| *o).collect();
        assert_eq!(out, OFFSHORE_FAMILY.to_vec());
        assert!(rec
            .outcome
            .knockouts
            .contains(&KnockOut::DataMustStayInCountry));
        // No single answer may bring an offshore option back on top.
        if let Some(c) = &rec.change {
            assert!(
                c.question == QuestionId::Regulation || !OFFSHORE_FAMILY.contains(&c.new_leader)
            );
        }
        check_reasons(&rec, &given);
        println!("regulated: {}\n{}", totals(&rec), summary_paragraph(&rec));
    }

    #[test]
    fn golden_not_sure_everywhere_is_a_neutral_close_call() {
        let given: SmallMap<QuestionId, String> = QuestionId::ALL
            .into_iter()
            .map(|q| (q, NOT_SURE.to_string()))
            .collect();
        let rec = recommend(&given, &Overrides::new());
        for c in Criterion::ALL {
            assert_eq!(rec.outcome.weights[&c], c.default_weight());
        }
        assert!(rec.knockouts.is_empty());
        assert!(rec.close_call, "{}", totals(&rec));
        assert!(
            rec.close_call_text.to_lowercase().contains("close call"),
            "{}",
            rec.close_call_text
        );
        assert!(rec.headline.contains("only just"), "{}", rec.headline);
        // With no answers, every reason comes from the starting weights.
        assert!(!rec.reasons.is_empty());
        assert!(rec.reasons.iter().all(|r| r.question.is_none()));
        assert!(summary_paragraph(&rec).contains("Close call"));
        // Unanswered is the same as "Not sure".
        assert_eq!(recommend(&SmallMap::new(), &Overrides::new()), rec);
        println!("not sure: {}\n{}", totals(&rec), summary_paragraph(&rec));
    }

    #[test]
    fn what_would_change_names_an_answer_that_really_swaps_the_top_two() {
        let given = answers(&[
            (QuestionId::Function, "marketing"),
            (QuestionId::CoreCompetency, "supporting"),
        ]);
        let rec = recommend(&given, &Overrides::new());
        let change = rec.change.clone().expect("some answer swaps a close lead");
        assert_eq!(Some(change.new_leader), rec.runner_up);
        let mut changed = given.clone();
        changed.insert(change.question, change.answer.clone());
        let again = recommend(&changed, &Overrides::new());
        assert_eq!(again.leader, rec.runner_up);
        let label = change.question.choice(&change.answer).unwrap().label;
        assert!(
            rec.what_would_change.contains(label),
            "{}",
            rec.what_would_change
        );
        assert!(rec.what_would_change.starts_with("If you answered"));
    }

    #[test]
    fn runner_up_lost_explains_where_it_trails() {
        let rec = recommend(&SmallMap::new(), &Overrides::new());
        let runner = rec.runner_up.unwrap();
        assert!(!rec.runner_up_lost.is_empty());
        for r in &rec.runner_up_lost {
            assert!(r.runner_up_score.unwrap() < r.leader_score);
            assert!(r.text.starts_with(runner.name()), "{}", r.text);
        }
    }

    #[test]
    fn reasons_prefer_answer_linked_criteria() {
        let given = answers(&[(QuestionId::Expertise, "niche")]);
        let rec = recommend(&given, &Overrides::new());
        // Domestic beats in-house on expertise (4 vs 2), and the answer raised it.
        assert_eq!(rec.leader, Some(SourcingOption::Domestic));
        let first = &rec.reasons[0];
        assert_eq!(first.criterion, Criterion::Expertise);
        assert_eq!(first.question, Some(QuestionId::Expertise));
        assert!(first
            .text
            .starts_with("You said the work needs rare specialist skills"));
    }

    #[test]
    fn everything_ruled_out_is_explained() {
        // Data at home rules out four options, night-free 24/7 the other two.
        let given = answers(&[
            (QuestionId::Regulation, "data_in_country"),
            (QuestionId::Coverage, "no_night_shifts"),
        ]);
        let rec = recommend(&given, &Overrides::new());
        assert_eq!(rec.leader, None);
        assert!(rec.ranking.is_empty());
        assert!(rec.reasons.is_empty());
        assert_eq!(rec.knockouts.len(), 6);
        assert!(rec.headline.contains("rule out every option"));
        let change = rec.change.clone().expect("dropping one requirement helps");
        assert!(matches!(
            change.question,
            QuestionId::Regulation | QuestionId::Coverage
        ));
        assert!(!summary_paragraph(&rec).is_empty());
    }

    #[test]
    fn a_single_remaining_option_is_said_plainly() {
        // Data at home leaves in-house and domestic; no vendor capacity removes domestic.
        let given = answers(&[
            (QuestionId::Regulation, "data_in_country"),
            (QuestionId::VendorManagement, "none"),
        ]);
        let rec = recommend(&given, &Overrides::new());
        assert_eq!(rec.leader, Some(SourcingOption::InHouse));
        assert_eq!(rec.runner_up, None);
        assert!(rec.headline.contains("only option"), "{}", rec.headline);
        assert!(!rec.close_call);
        check_reasons(&rec, &given);
        if let Some(c) = &rec.change {
            assert_ne!(c.new_leader, SourcingOption::InHouse);
        }
    }

    #[test]
    fn overrides_feed_the_ranking() {
        let mut overrides = Overrides::new();
        for c in Criterion::ALL {
            matrix::set_override(&mut overrides, SourcingOption::Nearshore, c, 5);
        }
        let rec = recommend(&SmallMap::new(), &overrides);
        assert_eq!(rec.leader, Some(SourcingOption::Nearshore));
        assert!((rec.ranking[0].total - 100.0).abs() < 1e-9);
    }

    fn arb_answers() -> impl Strategy<Value = SmallMap<QuestionId, String>> {
        proptest::collection::vec(0usize..8, QuestionId::ALL.len()).prop_map(|picks| {
            QuestionId::ALL
                .into_iter()
                .zip(picks)
                .filter_map(|(q, i)| q.choices().get(i).map(|c| (q, c.id.to_string())))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn reasons_always_name_a_real_given_answer(given in arb_answers()) {
            let rec = recommend(&given, &Overrides::new());
            check_reasons(&rec, &given);
            prop_assert!(rec.reasons.len() <= MAX_REASONS);
            prop_assert!(rec.runner_up_lost.len() <= MAX_REASONS);
            // Answer-linked reasons come first.
            let linked: Vec<bool> = rec.reasons.iter().map(|r| r.question.is_some()).collect();
            let mut sorted = linked.clone();
            sorted.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(linked, sorted);
            // Knocked-out options are never ranked.
            for (o, why) in &rec.knockouts {
                prop_assert!(rec.ranking.iter().all(|r| r.option != *o));
                prop_assert!(!why.is_empty());
            }
            prop_assert!(!rec.headline.is_empty());
            prop_assert!(!rec.what_would_change.is_empty());
        }

        #[test]
        fn the_suggested_change_really_changes_the_leader(given in arb_answers()) {
            let rec = recommend(&given, &Overrides::new());
            if let Some(c) = &rec.change {
                let mut changed = given.clone();
                changed.insert(c.question, c.answer.clone());
                let again = recommend(&changed, &Overrides::new());
                prop_assert_eq!(again.leader, Some(c.new_leader));
                if rec.runner_up.is_some() {
                    prop_assert_eq!(Some(c.new_leader), rec.runner_up);
                }
            }
        }

        #[test]
        fn data_at_home_never_recommends_going_abroad(given in arb_answers()) {
            let mut given = given;
            given.insert(QuestionId::Regulation, "data_in_country".to_string());
            let rec = recommend(&given, &Overrides::new());
            for r in &rec.ranking {
                prop_assert!(!OFFSHORE_FAMILY.contains(&r.option));
            }
        }
    }
}
