//! Scores the cost model suggests for the matrix's cost criteria.
//!
//! The matrix's default scores for "Low labour & operating cost",
//! "Ease of set-up / transition" and "Long-run savings" are general ones.
//! The cost model knows the user's own figures, so it can suggest a score
//! per option, with a sentence citing those figures. The user decides
//! whether to take it (see `Scenario::use_cost_score`).
//!
//! Every figure is first rounded to a whole percentage, and the scores
//! follow from fixed integer thresholds, so a suggestion never depends on
//! floating-point near-misses. The thresholds are set so that the cost
//! model's default inputs give about the matrix's default scores:
//!
//! | criterion | figure (whole %) | 5 | 4 | 3 | 2 | 1 |
//! |---|---|---|---|---|---|---|
//! | Labour & operating cost | steady-state yearly cost below in-house's | ≥ 45 | ≥ 35 | ≥ 15 | ≥ 5 | less, or dearer |
//! | Long-run savings | saving over the horizon vs in-house, transition included | ≥ 35 | ≥ 20 | ≥ 10 | ≥ 3 | less, or dearer |
//! | Ease of set-up / transition | one-time cost, % of a year of in-house cost | ≤ 5 | ≤ 20 | ≤ 40 | ≤ 60 | more |

use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::present::budget::percent_text;
use crate::domain::rules::cost::{format_money, BreakEven, Projection};

/// The criteria the cost model can score, in matrix order.
pub const COST_CRITERIA: [Criterion; 3] = [
    Criterion::LabourCost,
    Criterion::TransitionEase,
    Criterion::LongRunSavings,
];

/// Minimum yearly saving at steady state (whole % below in-house) for a
/// labour-cost score of 5, 4, 3 and 2; anything less scores 1.
pub const LABOUR_CUT_FOR: [i64; 4] = [45, 35, 15, 5];
/// Minimum saving over the horizon (whole % of the in-house total) for a
/// long-run-savings score of 5, 4, 3 and 2; anything less scores 1.
pub const SAVINGS_FOR: [i64; 4] = [35, 20, 10, 3];
/// Highest one-time transition cost (whole % of a year of in-house cost)
/// for a transition-ease score of 5, 4, 3 and 2; anything more scores 1.
pub const TRANSITION_AT_MOST_FOR: [i64; 4] = [5, 20, 40, 60];

/// A score the cost model suggests for one cell, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// 1..=5, higher is better.
    pub score: u8,
    /// One sentence citing the user's figures.
    pub reason: String,
}

/// Whether the cost model can suggest a score for this criterion.
pub fn is_cost_criterion(criterion: Criterion) -> bool {
    COST_CRITERIA.contains(&criterion)
}

/// `part` as a whole percentage of `base`; `None` when either is not a
/// usable figure (the base must be positive).
fn whole_pct(part: f64, base: f64) -> Option<i64> {
    let pct = (100.0 * part / base).round();
    (base > 0.0 && pct.is_finite()).then_some(pct as i64)
}

/// 5 for a value at or above the first threshold, 4 at or above the second, … 1 below all.
fn score_at_least(value: i64, thresholds: [i64; 4]) -> u8 {
    let passed = thresholds.iter().position(|t| value >= *t).unwrap_or(4);
    5 - passed as u8
}

/// Labour-cost score from the whole % by which the steady-state yearly cost
/// is below in-house's (negative when it is dearer).
pub fn labour_cost_score(cut_pct: i64) -> u8 {
    score_at_least(cut_pct, LABOUR_CUT_FOR)
}

/// Long-run-savings score from the saving over the horizon, whole % of the in-house total.
pub fn long_run_savings_score(savings_pct: i64) -> u8 {
    score_at_least(savings_pct, SAVINGS_FOR)
}

/// Transition-ease score from the one-time cost, whole % of a year of in-house cost.
pub fn transition_ease_score(one_time_pct: i64) -> u8 {
    // "At most t" on the cost is "at least −t" on its negation.
    score_at_least(
        one_time_pct.saturating_neg(),
        TRANSITION_AT_MOST_FOR.map(|t| -t),
    )
}

/// "over 5 years" / "over 1 year".
fn over_years(years: u32) -> String {
    if years == 1 {
        "over 1 year".into()
    } else {
        format!("over {years} years")
    }
}

/// The score the cost model suggests for one cell, or `None` for a
/// criterion it cannot score or a projection without a usable in-house
/// baseline.
pub fn suggest(
    projection: &Projection,
    option: SourcingOption,
    criterion: Criterion,
) -> Option<Suggestion> {
    let this = projection.get(option)?;
    let in_house = projection.get(SourcingOption::InHouse)?;
    let money = |x: f64| format_money(x, &projection.currency);
    let baseline = option == SourcingOption::InHouse;
    match criterion {
        Criterion::LabourCost => {
            let cut = 100i64.saturating_sub(whole_pct(this.steady_state, in_house.steady_state)?);
            let compared = if baseline {
                ", the baseline the other options are measured against".to_string()
            } else if cut > 0 {
                format!(", {} less than in-house", percent_text(cut as f64))
            } else if cut < 0 {
                format!(
                    ", {} more than in-house",
                    percent_text(cut.unsigned_abs() as f64)
                )
            } else {
                ", about the same as in-house".to_string()
            };
            Some(Suggestion {
                score: labour_cost_score(cut),
                reason: format!(
                    "Costs {} a year once settled in your cost model{compared}.",
                    money(this.steady_state)
                ),
            })
        }
        Criterion::LongRunSavings => {
            let saved = whole_pct(this.savings, in_house.total)?;
            let over = over_years(projection.horizon_years);
            let reason = if baseline || this.break_even == BreakEven::Baseline {
                format!("Saves nothing {over} in your cost model: it is the in-house baseline.")
            } else if saved > 0 {
                format!(
                    "Saves {} ({}) {over} in your cost model, transition included, and pays off in {}.",
                    percent_text(saved as f64),
                    money(this.savings),
                    this.break_even.describe()
                )
            } else if saved < 0 {
                format!(
                    "Costs {} ({}) more than in-house {over} in your cost model, transition included.",
                    percent_text(saved.unsigned_abs() as f64),
                    money(-this.savings)
                )
            } else {
                format!("Costs about the same as in-house {over} in your cost model.")
            };
            Some(Suggestion {
                score: long_run_savings_score(saved),
                reason,
            })
        }
        Criterion::TransitionEase => {
            let base = projection.assumptions.in_house_year1;
            let share = whole_pct(this.one_time, base)?;
            let reason = if this.one_time <= 0.0 {
                "No one-time transition cost in your cost model: the work stays where it is."
                    .to_string()
            } else {
                format!(
                    "A one-time transition cost of {} in your cost model, {} of a year of in-house cost.",
                    money(this.one_time),
                    percent_text(share as f64)
                )
            };
            Some(Suggestion {
                score: transition_ease_score(share),
                reason,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
