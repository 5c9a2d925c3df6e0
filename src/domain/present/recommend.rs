//! The recommendation in words: the verdict, the reasons (each naming the
//! answer behind it), how close the call is and what would change it.

use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::present::matrix::{close_call_text, flip_text, total_label};
use crate::domain::present::numbers::{format_money, format_money_short, NumberStyle};
use crate::domain::present::quiz::effect_text;
use crate::domain::rules::matrix::whole;
use crate::domain::rules::quiz::QuizOutcome;
use crate::domain::rules::recommend::{AnswerChange, BudgetFit, OptionFit, Reason, Recommendation};

/// A whole-number total for headlines ("62"); falls back to one decimal
/// when the two numbers shown would otherwise look equal.
fn pair_labels(a: f64, b: f64) -> (String, String) {
    let (ra, rb) = (whole(a).to_string(), whole(b).to_string());
    if ra == rb && a != b {
        (total_label(a), total_label(b))
    } else {
        (ra, rb)
    }
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

/// One reason in plain words. `for_leader` picks the wording: why the leader
/// wins, or (for `runner_up_lost`) why the runner-up lost.
pub fn reason_text(
    reason: &Reason,
    outcome: &QuizOutcome,
    for_leader: bool,
    style: NumberStyle,
) -> String {
    let (criterion, weight) = (reason.criterion, reason.weight);
    let (leader, leader_score) = (reason.leader, reason.leader_score);
    let effect = outcome.strongest_raise(criterion);

    let comparison = match (reason.runner_up, reason.runner_up_score) {
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

    match (effect, for_leader) {
        (Some(e), true) => format!("{} {}", effect_text(e, style), comparison),
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
            None => format!("{}. {}", comparison, effect_text(e, style)),
        },
        (None, false) => format!(
            "{}, on a criterion with a weight of {} out of 10.",
            comparison, weight
        ),
    }
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
            total_label(change.new_leader_total),
            old.name()
        ),
        (None, _) => format!("{start} ({} of 100).", total_label(change.new_leader_total)),
    }
}

/// "1st", "2nd", "3rd", "4th" … for a place in the ranking.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Two amounts in the short form ("$3.4M"), or in full when the short forms
/// would look the same.
fn money_pair(a: f64, b: f64, currency: &str, style: NumberStyle) -> (String, String) {
    let (sa, sb) = (
        format_money_short(a, currency, style),
        format_money_short(b, currency, style),
    );
    if sa == sb && a != b {
        (
            format_money(a, currency, style),
            format_money(b, currency, style),
        )
    } else {
        (sa, sb)
    }
}

/// Year 1 and once-settled costs of an option, against the budget.
fn costs_clause(fit: &OptionFit, budget: f64, currency: &str, style: NumberStyle) -> String {
    let (y1, _) = money_pair(fit.year1, budget, currency, style);
    let (steady, _) = money_pair(fit.steady, budget, currency, style);
    format!("{y1} in year 1, transition included, and {steady} a year once settled")
}

/// Whether the leading option fits the yearly budget, in year 1 and once
/// settled, and if not, the best-ranked option that does. Amounts are
/// nominal (wages grow over the horizon).
pub fn budget_text(fit: &BudgetFit, style: NumberStyle) -> String {
    let BudgetFit::Checked {
        budget,
        currency,
        leader,
        best_fitting,
    } = fit
    else {
        return match fit {
            BudgetFit::NoBudget => "You have not set a yearly budget; set one on the Budget screen to see whether this option fits it.".to_string(),
            _ => String::new(),
        };
    };
    let (b, _) = money_pair(*budget, leader.steady, currency, style);
    let name = leader.option.name();
    let costs = costs_clause(leader, *budget, currency, style);
    let verdict = match (leader.fits_year1, leader.fits_steady) {
        (true, true) => format!("{name} fits your yearly budget of {b}: {costs}."),
        (false, true) => format!(
            "{name} fits your yearly budget of {b} once settled, but not in year 1, when the transition and ramp-up come on top: {costs}."
        ),
        (true, false) => format!(
            "{name} fits your yearly budget of {b} in year 1 but not once settled, as wages grow: {costs}."
        ),
        (false, false) => format!("{name} does not fit your yearly budget of {b}: {costs}."),
    };
    if leader.fits() {
        return verdict;
    }
    let next = match best_fitting {
        Some(f) if f.fits() => format!(
            " The best-ranked option that fits in both is {} (ranked {}, {} of 100): {}.",
            f.option.name(),
            ordinal(f.place),
            whole(f.total),
            costs_clause(f, *budget, currency, style)
        ),
        Some(f) => format!(
            " No option fits in year 1 as well, when a move pays its transition; the best-ranked option that fits once settled is {} (ranked {}, {} of 100): {}. Fund its one-time transition separately.",
            f.option.name(),
            ordinal(f.place),
            whole(f.total),
            costs_clause(f, *budget, currency, style)
        ),
        None if leader.fits_steady => " No option fits in year 1 as well, when a move pays its transition: fund the one-time transition separately or phase the move.".to_string(),
        None => " No option left in the ranking fits it once settled: raise the budget or plan for fewer people.".to_string(),
    };
    format!("{verdict}{next}")
}

/// The one-sentence verdict.
pub fn headline(rec: &Recommendation) -> String {
    match (rec.ranking.first(), rec.ranking.get(1)) {
        (None, _) => "Your answers rule out every option; relax one of the hard requirements to get a recommendation.".to_string(),
        (Some(first), None) => format!(
            "{} is the only option your answers leave open ({} of 100).",
            first.option.name(),
            whole(first.total)
        ),
        (Some(first), Some(second)) => {
            let (a, b) = pair_labels(first.total, second.total);
            if rec.margin == 0.0 {
                format!(
                    "{} and {} are level at {} of 100; your answers do not separate them.",
                    first.option.name(),
                    second.option.name(),
                    a
                )
            } else if rec.close_call {
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

/// How safe the lead is, in one sentence ("Close call: …" when close).
pub fn close_call(rec: &Recommendation) -> String {
    close_call_text(rec.leader, rec.runner_up, rec.margin, rec.close_call)
}

/// What would change the recommendation, in one sentence.
pub fn what_would_change(rec: &Recommendation) -> String {
    match &rec.change {
        Some(c) => change_sentence(c, rec.leader),
        None => match rec.leader {
            None => "No single different answer brings an option back; several hard requirements would have to be relaxed together.".to_string(),
            Some(_) => flip_text(rec.leader, rec.runner_up, rec.flip),
        },
    }
}

/// A short paragraph for the result screen, the report and an e-mail:
/// the verdict, the main reasons, what was ruled out, how close it is and
/// what would change it.
pub fn summary_paragraph(rec: &Recommendation, style: NumberStyle) -> String {
    let mut parts = vec![headline(rec)];
    if rec.leader.is_some() {
        parts.extend(
            rec.reasons
                .iter()
                .map(|r| reason_text(r, &rec.outcome, true, style)),
        );
    }
    if !rec.knockouts.is_empty() {
        let names: Vec<&str> = rec.knockouts.iter().map(|(o, _)| o.name()).collect();
        parts.push(format!(
            "Ruled out by your hard requirements: {}.",
            names.join(", ")
        ));
    }
    if rec.runner_up.is_some() {
        parts.push(close_call(rec));
    }
    parts.push(what_would_change(rec));
    let budget = budget_text(&rec.budget, style);
    if !budget.is_empty() {
        parts.push(budget);
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests;
