//! The matrix's three economic scores, from the cost model.
//!
//! "Low labour & operating cost", "Ease of set-up / transition" and
//! "Long-run savings" are not fixed numbers: the score sheet
//! (`rules::sheet`) takes them from the projection of the scenario's own
//! cost inputs, with a sentence citing those figures.
//!
//! Every figure is first rounded to a whole percentage, and the scores
//! follow from fixed integer thresholds, so a score never depends on
//! floating-point near-misses. The thresholds (the lead's design for issue
//! 12; in-house itself scores 2 on the first two rows, since it is the
//! baseline the others are measured against):
//!
//! | criterion | figure (whole %) | 5 | 4 | 3 | 2 | 1 |
//! |---|---|---|---|---|---|---|
//! | Labour & operating cost | steady-state yearly cost below in-house's | ≥ 45 | ≥ 25 | ≥ 5 | ≥ −5 | dearer still |
//! | Long-run savings | saving over the horizon vs in-house, transition included | ≥ 35 | ≥ 20 | ≥ 5 | ≥ −4 | dearer still |
//! | Ease of set-up / transition | one-time cost plus the ramp-up's extra running cost, % of a year of in-house cost | 0 | ≤ 19 | ≤ 49 | ≤ 89 | more |

use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::rules::cost::{BreakEven, Projection};

/// The criteria the cost model can score, in matrix order.
pub const COST_CRITERIA: [Criterion; 3] = [
    Criterion::LabourCost,
    Criterion::TransitionEase,
    Criterion::LongRunSavings,
];

/// Minimum yearly saving at steady state (whole % below in-house) for a
/// labour-cost score of 5, 4, 3 and 2; anything less scores 1.
pub const LABOUR_CUT_FOR: [i64; 4] = [45, 25, 5, -5];
/// Minimum saving over the horizon (whole % of the in-house total) for a
/// long-run-savings score of 5, 4, 3 and 2; anything less scores 1.
pub const SAVINGS_FOR: [i64; 4] = [35, 20, 5, -4];
/// Highest set-up cost (one-time cost plus the ramp-up's extra running
/// cost, whole % of a year of in-house cost) for a transition-ease score of
/// 5, 4, 3 and 2; anything more scores 1.
pub const TRANSITION_AT_MOST_FOR: [i64; 4] = [0, 19, 49, 89];

/// A score the cost model suggests for one cell, and the figures behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// 1..=5, higher is better.
    pub score: u8,
    /// The user's figures the score follows from.
    pub basis: Basis,
}

/// The figures behind a suggested score (money in the projection's currency).
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    /// Labour & operating cost: the steady-state yearly cost and the whole %
    /// by which it is below in-house's (negative when dearer).
    LabourCost {
        steady_state: f64,
        cut_pct: i64,
        /// The option is in-house itself.
        baseline: bool,
    },
    /// Long-run savings over the horizon, transition included.
    LongRunSavings {
        /// Whole % of the in-house total (negative when dearer).
        saved_pct: i64,
        savings: f64,
        break_even: BreakEven,
        /// The option is the in-house baseline (in-house, or hybrid moving 0 %).
        baseline: bool,
        horizon_years: u32,
    },
    /// Ease of set-up: the one-time transition cost, the extra running cost
    /// of the ramp-up years, and their sum's whole % of a year of in-house cost.
    TransitionEase {
        one_time: f64,
        ramp_up: f64,
        share_pct: i64,
    },
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

/// Transition-ease score from the set-up cost, whole % of a year of in-house cost.
pub fn transition_ease_score(one_time_pct: i64) -> u8 {
    // "At most t" on the cost is "at least −t" on its negation.
    score_at_least(
        one_time_pct.saturating_neg(),
        TRANSITION_AT_MOST_FOR.map(|t| -t),
    )
}

/// How much more the first two years run than the third (or the last year
/// of a shorter horizon): the cost of the ramp-up dip as the projection shows
/// it. Wage growth makes later years dearer, so this slightly understates
/// the dip rather than inventing one; an option without a dip gets 0.
pub fn ramp_up_extra(running: &[f64]) -> f64 {
    let Some(settled) = running.get(2).or(running.last()).copied() else {
        return 0.0;
    };
    running
        .iter()
        .take(2)
        .map(|y| (y - settled).max(0.0))
        .filter(|x| x.is_finite())
        .sum()
}

/// The score the cost model gives one cell, or `None` for a
/// criterion it cannot score or a projection without a usable in-house
/// baseline.
pub fn suggest(
    projection: &Projection,
    option: SourcingOption,
    criterion: Criterion,
) -> Option<Suggestion> {
    let this = projection.get(option)?;
    let in_house = projection.get(SourcingOption::InHouse)?;
    let baseline = option == SourcingOption::InHouse;
    match criterion {
        Criterion::LabourCost => {
            let cut = 100i64.saturating_sub(whole_pct(this.steady_state, in_house.steady_state)?);
            Some(Suggestion {
                score: labour_cost_score(cut),
                basis: Basis::LabourCost {
                    steady_state: this.steady_state,
                    cut_pct: cut,
                    baseline,
                },
            })
        }
        Criterion::LongRunSavings => {
            let saved = whole_pct(this.savings, in_house.total)?;
            Some(Suggestion {
                score: long_run_savings_score(saved),
                basis: Basis::LongRunSavings {
                    saved_pct: saved,
                    savings: this.savings,
                    break_even: this.break_even,
                    baseline: baseline || this.break_even == BreakEven::Baseline,
                    horizon_years: projection.horizon_years,
                },
            })
        }
        Criterion::TransitionEase => {
            let base = projection.assumptions.in_house_year1;
            let ramp_up = ramp_up_extra(&this.running);
            let share = whole_pct(this.one_time + ramp_up, base)?;
            Some(Suggestion {
                score: transition_ease_score(share),
                basis: Basis::TransitionEase {
                    one_time: this.one_time,
                    ramp_up,
                    share_pct: share,
                },
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
