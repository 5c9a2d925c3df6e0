//! The comparison matrix's rules: overrides, knock-out reasons, weighted
//! totals over the score sheet (`rules::sheet`), the
//! ranking and its sensitivity ("which single weight would swap the top
//! two?"). The sentences that report them are in `present::matrix`.
//!
//! Totals are computed from exact integer "points" (Σ weight × (score − 1))
//! and only turned into a 0..=100 float for display. That keeps ties,
//! the ranking and the sensitivity analysis exact and consistent with each
//! other, with no floating-point near-misses.

use serde::{Deserialize, Serialize};

use crate::domain::content::locations;
use crate::domain::content::scores::option_index;
use crate::domain::model::criteria::{Criterion, MAX_WEIGHT};
use crate::domain::model::options::SourcingOption;
use crate::domain::model::scenario::Scenario;
use crate::domain::model::scores::{KnockOut, Overrides, MAX_SCORE, MIN_SCORE};
use crate::domain::model::small::{sort_small_by, SmallMap, SmallSet};
use crate::domain::rules::sheet::ScoreSheet;

/// A lead smaller than this many points (out of 100) is flagged as a close call.
pub const CLOSE_CALL_MARGIN: f64 = 5.0;

// ---------------------------------------------------------------------------
// Overrides
// ---------------------------------------------------------------------------

/// Sets a cell override, clamped to 1..=5. Setting the cell's default value
/// (`default`, from the score sheet) removes the override, so "changed"
/// marks only real changes.
pub fn set_override(
    overrides: &mut Overrides,
    option: SourcingOption,
    criterion: Criterion,
    value: u8,
    default: u8,
) {
    let value = value.clamp(MIN_SCORE, MAX_SCORE);
    if value == default {
        reset_override(overrides, option, criterion);
    } else {
        overrides
            .entry(option)
            .or_default()
            .insert(criterion, value);
    }
}

/// Removes a cell override so the default score applies again.
pub fn reset_override(overrides: &mut Overrides, option: SourcingOption, criterion: Criterion) {
    if let Some(row) = overrides.get_mut(&option) {
        row.remove(&criterion);
        // Empty rows are dropped so saved data stays minimal and comparable.
        if row.is_empty() {
            overrides.remove(&option);
        }
    }
}

// ---------------------------------------------------------------------------
// Knock-outs
// ---------------------------------------------------------------------------

/// A plain sentence shown on an option a rule greys out, naming the place
/// where it matters. For an option the rule does not exclude, says that it
/// is compatible.
pub fn knockout_reason(rule: KnockOut, option: SourcingOption, sheet: &ScoreSheet) -> String {
    use SourcingOption::*;
    let name = option.name();
    if !sheet.excludes(rule, option) {
        return format!("{name} is compatible with this requirement.");
    }
    let place = locations::get(sheet.placement.place(option)).name;
    let hybrid = option == Hybrid;
    match rule {
        KnockOut::DataMustStayInCountry if hybrid => format!(
            "{name} is ruled out because its moved share goes to {place}, and your data must stay in the country."
        ),
        KnockOut::DataMustStayInCountry => format!(
            "{name} is ruled out because the work would be done in {place}, and your data must stay in the country."
        ),
        KnockOut::DataInEuOrAdequate => format!(
            "{name} is ruled out because {place} is neither in the EU/EEA nor covered by an EU adequacy decision, and your personal data must stay in such a place."
        ),
        KnockOut::CoverageWithoutNightShifts => format!(
            "{name} is ruled out because even with early and late day shifts, your home and {place} together cannot cover the whole day and night without someone working nights."
        ),
        KnockOut::NoVendorManagementCapacity if hybrid => format!(
            "{name} is ruled out because its moved share goes to an outside vendor, and you have no capacity to manage one."
        ),
        KnockOut::NoVendorManagementCapacity => format!(
            "{name} is ruled out because it depends on an outside vendor, and you have no capacity to manage one."
        ),
        KnockOut::NoForeignEntity if hybrid => format!(
            "{name} is ruled out because its moved share goes to a centre of your own abroad, which you cannot set up or run."
        ),
        KnockOut::NoForeignEntity => format!(
            "{name} is ruled out because it needs your own legal entity abroad, which you cannot set up or run."
        ),
    }
}

// ---------------------------------------------------------------------------
// Weights and totals
// ---------------------------------------------------------------------------

/// The weight in force for a criterion: the given one clamped to
/// 0..=`MAX_WEIGHT`, or the default when the map has no entry.
pub fn effective_weight(weights: &SmallMap<Criterion, u8>, criterion: Criterion) -> u8 {
    weights
        .get(&criterion)
        .copied()
        .unwrap_or_else(|| criterion.default_weight())
        .min(MAX_WEIGHT)
}

/// Each criterion's share of the total weight (summing to 1.0). When every
/// weight is 0, every share is 0 rather than dividing by zero.
pub fn normalised_weights(weights: &SmallMap<Criterion, u8>) -> SmallMap<Criterion, f64> {
    let sum: u32 = Criterion::ALL
        .iter()
        .map(|c| u32::from(effective_weight(weights, *c)))
        .sum();
    Criterion::ALL
        .into_iter()
        .map(|c| {
            let share = if sum == 0 {
                0.0
            } else {
                f64::from(effective_weight(weights, c)) / f64::from(sum)
            };
            (c, share)
        })
        .collect()
}

/// Exact weighted points of an option: Σ weight × (score − 1).
/// Comparing points is the same as comparing totals, without rounding.
fn points(option: SourcingOption, weights: &SmallMap<Criterion, u8>, sheet: &ScoreSheet) -> i64 {
    Criterion::ALL
        .iter()
        .map(|c| {
            i64::from(effective_weight(weights, *c))
                * i64::from(sheet.score(option, *c).saturating_sub(MIN_SCORE))
        })
        .sum()
}

/// Sum of the weights in force.
fn weight_sum(weights: &SmallMap<Criterion, u8>) -> i64 {
    Criterion::ALL
        .iter()
        .map(|c| i64::from(effective_weight(weights, *c)))
        .sum()
}

/// Turns exact points into a 0..=100 total.
fn points_to_total(points: i64, weight_sum: i64) -> f64 {
    if weight_sum == 0 {
        return 0.0;
    }
    let span = i64::from(MAX_SCORE - MIN_SCORE);
    100.0 * points as f64 / (span * weight_sum) as f64
}

/// The weighted total of an option on 0..=100: Σ share × (score − 1) / 4 × 100.
/// All 5s give 100, all 1s give 0, and all-zero weights give 0.
pub fn total(option: SourcingOption, weights: &SmallMap<Criterion, u8>, sheet: &ScoreSheet) -> f64 {
    points_to_total(points(option, weights, sheet), weight_sum(weights))
}

// ---------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------

/// One option's place in the ranking.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Ranked {
    pub option: SourcingOption,
    /// Weighted total on 0..=100.
    pub total: f64,
    /// Position 1..=n. Ranks are always distinct; equal totals are ordered by
    /// `SourcingOption::ALL` and flagged with `tied_with_previous`.
    pub rank: usize,
    /// True when this option's total equals the one ranked just above it,
    /// so the UI can show "=" instead of implying a real gap.
    pub tied_with_previous: bool,
}

/// An option removed by knock-out rules, with one reason per rule.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Excluded {
    pub option: SourcingOption,
    pub reasons: Vec<String>,
}

/// The smallest change of a single weight that would put the runner-up ahead
/// of the leader (all other weights unchanged).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flip {
    pub criterion: Criterion,
    /// The weight now.
    pub from: u8,
    /// The nearest weight (0..=`MAX_WEIGHT`) at which the runner-up wins.
    pub to: u8,
    /// True when at `to` the two totals are exactly equal and the runner-up
    /// wins only because it comes first in the listing order.
    pub ties: bool,
}

/// Everything the matrix shows below the table.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Options not knocked out, best first.
    pub ranking: Vec<Ranked>,
    /// Options knocked out, in `SourcingOption::ALL` order.
    pub excluded: Vec<Excluded>,
    /// Per criterion, every remaining option sharing the top score (empty
    /// when every option is knocked out).
    pub best_per_criterion: SmallMap<Criterion, Vec<SourcingOption>>,
    pub leader: Option<SourcingOption>,
    pub runner_up: Option<SourcingOption>,
    /// Leader's total minus the runner-up's; 0 when there is no runner-up.
    pub margin: f64,
    /// Both a leader and a runner-up exist and the margin is below `CLOSE_CALL_MARGIN`.
    pub close_call: bool,
    /// The single weight change that would swap leader and runner-up, if any.
    pub flip: Option<Flip>,
}

/// Scores every option of a score sheet under the given weights and knock-outs.
///
/// Knock-outs are applied first: an excluded option is not ranked at all.
pub fn evaluate(
    weights: &SmallMap<Criterion, u8>,
    sheet: &ScoreSheet,
    knockouts: &SmallSet<KnockOut>,
) -> Evaluation {
    let mut excluded = Vec::new();
    let mut remaining = Vec::new();
    for option in SourcingOption::ALL {
        let reasons: Vec<String> = knockouts
            .iter()
            .filter(|k| sheet.excludes(**k, option))
            .map(|k| knockout_reason(*k, option, sheet))
            .collect();
        if reasons.is_empty() {
            remaining.push(option);
        } else {
            excluded.push(Excluded { option, reasons });
        }
    }

    let sum = weight_sum(weights);
    let mut scored: Vec<(SourcingOption, i64)> = remaining
        .iter()
        .map(|o| (*o, points(*o, weights, sheet)))
        .collect();
    // Stable sort on exact points keeps equal totals in ALL order.
    sort_small_by(&mut scored, |a, b| a.1 > b.1);

    let ranking: Vec<Ranked> = scored
        .iter()
        .enumerate()
        .map(|(i, (option, p))| Ranked {
            option: *option,
            total: points_to_total(*p, sum),
            rank: i + 1,
            tied_with_previous: i > 0 && scored[i - 1].1 == *p,
        })
        .collect();

    let best_per_criterion = Criterion::ALL
        .into_iter()
        .map(|c| {
            let top = remaining.iter().map(|o| sheet.score(*o, c)).max();
            let best = match top {
                Some(top) => remaining
                    .iter()
                    .copied()
                    .filter(|o| sheet.score(*o, c) == top)
                    .collect(),
                None => Vec::new(),
            };
            (c, best)
        })
        .collect();

    let leader = ranking.first().map(|r| r.option);
    let runner_up = ranking.get(1).map(|r| r.option);
    let margin = match (ranking.first(), ranking.get(1)) {
        (Some(a), Some(b)) => a.total - b.total,
        _ => 0.0,
    };
    let close_call = runner_up.is_some() && margin < CLOSE_CALL_MARGIN;
    let flip = match (leader, runner_up) {
        (Some(a), Some(b)) => find_flip(a, b, weights, sheet),
        _ => None,
    };

    Evaluation {
        ranking,
        excluded,
        best_per_criterion,
        leader,
        runner_up,
        margin,
        close_call,
        flip,
    }
}

/// The matrix evaluation of a scenario as saved: its score sheet, weights
/// and knock-outs.
pub fn evaluate_scenario(s: &Scenario) -> Evaluation {
    evaluate(&s.weights, &ScoreSheet::for_scenario(s), &s.knockouts)
}

/// Whether `b` ranks above `a` when their totals are equal (listing order).
fn wins_tie(b: SourcingOption, a: SourcingOption) -> bool {
    option_index(b) < option_index(a)
}

/// Floor division for a positive divisor.
fn floor_div(n: i64, d: i64) -> i64 {
    n.div_euclid(d)
}

/// Ceiling division for a positive divisor.
fn ceil_div(n: i64, d: i64) -> i64 {
    -((-n).div_euclid(d))
}

/// The smallest single-weight change that puts `runner` ahead of `leader`.
///
/// Solved analytically: the sign of total_leader − total_runner is the sign
/// of D = Σ wᵢ·dᵢ with dᵢ = score_leader(i) − score_runner(i) (the common
/// positive denominator does not matter). Changing only wₖ to x gives
/// D_other + x·dₖ, which is linear in x, so the threshold is one division.
/// Only the leader–runner-up pair is considered; a third option may move too.
fn find_flip(
    leader: SourcingOption,
    runner: SourcingOption,
    weights: &SmallMap<Criterion, u8>,
    sheet: &ScoreSheet,
) -> Option<Flip> {
    let diff = |c: Criterion| i64::from(sheet.score(leader, c)) - i64::from(sheet.score(runner, c));
    let d_total: i64 = Criterion::ALL
        .iter()
        .map(|c| i64::from(effective_weight(weights, *c)) * diff(*c))
        .sum();
    let runner_wins_tie = wins_tie(runner, leader);
    let max = i64::from(MAX_WEIGHT);

    let mut best: Option<Flip> = None;
    for c in Criterion::ALL {
        let from = i64::from(effective_weight(weights, c));
        let d = diff(c);
        let other = d_total - from * d;
        // The runner wins at x when other + x·d < 0, or == 0 if it wins ties.
        let to = if d > 0 {
            // Lower the weight: x·d ≤ −other (tie allowed) or x·d ≤ −other − 1.
            let limit = if runner_wins_tie { -other } else { -other - 1 };
            let x = floor_div(limit, d);
            (0..from).contains(&x).then_some(x)
        } else if d < 0 {
            // Raise the weight: x·|d| ≥ other (tie allowed) or ≥ other + 1.
            let e = -d;
            let limit = if runner_wins_tie { other } else { other + 1 };
            let x = ceil_div(limit, e).max(0);
            (x > from && x <= max).then_some(x)
        } else {
            // Both score the same here: this weight cannot separate them.
            None
        };
        let Some(to) = to else { continue };
        let (Ok(from_u8), Ok(to_u8)) = (u8::try_from(from), u8::try_from(to)) else {
            continue;
        };
        let candidate = Flip {
            criterion: c,
            from: from_u8,
            to: to_u8,
            ties: other + to * d == 0,
        };
        // Strictly smaller steps only, so equal steps keep criterion order.
        let step = |f: &Flip| f.from.abs_diff(f.to);
        if best.as_ref().is_none_or(|b| step(&candidate) < step(b)) {
            best = Some(candidate);
        }
    }
    best
}

// ---------------------------------------------------------------------------
// What the table shows (the words are in `present::matrix`)
// ---------------------------------------------------------------------------

/// The option columns of the table: every option not hidden, in the usual
/// order or, when `by_total`, ranked options best first and excluded ones last.
pub fn columns(
    evaluation: &Evaluation,
    hidden: &SmallSet<SourcingOption>,
    by_total: bool,
) -> Vec<SourcingOption> {
    let order: Vec<SourcingOption> = if by_total {
        evaluation
            .ranking
            .iter()
            .map(|r| r.option)
            .chain(evaluation.excluded.iter().map(|e| e.option))
            .collect()
    } else {
        SourcingOption::ALL.to_vec()
    };
    order.into_iter().filter(|o| !hidden.contains(o)).collect()
}

/// A 0..=100 value as a whole number, for bar widths.
pub fn whole(value: f64) -> i64 {
    value.clamp(0.0, 100.0).round() as i64
}

/// What one cell shows, apart from anything that depends on the weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellFacts {
    pub score: u8,
    /// The default score the data and rules give.
    pub default: u8,
    /// The user changed this score.
    pub changed: bool,
    /// The default comes from the cost model.
    pub from_cost_model: bool,
    /// The default comes from the location data.
    pub from_location_data: bool,
    /// The highest score of its row among the options not ruled out.
    pub best: bool,
    /// The option is ruled out by a knock-out.
    pub out: bool,
}

/// Every cell's facts. It changes only with the score sheet and the
/// knock-outs, so a weight change never touches the table's cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    cells: SmallMap<(SourcingOption, Criterion), CellFacts>,
}

impl Sheet {
    pub fn new(scores: &ScoreSheet, knockouts: &SmallSet<KnockOut>) -> Self {
        use crate::domain::rules::sheet::Origin;
        let out = |o: SourcingOption| knockouts.iter().any(|k| scores.excludes(*k, o));
        let mut cells = SmallMap::new();
        for c in Criterion::ALL {
            let top = SourcingOption::ALL
                .into_iter()
                .filter(|o| !out(*o))
                .map(|o| scores.score(o, c))
                .max();
            for o in SourcingOption::ALL {
                let cell = scores.cell(o, c);
                cells.insert(
                    (o, c),
                    CellFacts {
                        score: cell.score,
                        default: cell.default,
                        changed: cell.overridden,
                        from_cost_model: matches!(cell.origin, Origin::CostModel(_)),
                        from_location_data: matches!(cell.origin, Origin::LocationData(_)),
                        best: !out(o) && top == Some(cell.score),
                        out: out(o),
                    },
                );
            }
        }
        Sheet { cells }
    }

    pub fn cell(&self, option: SourcingOption, criterion: Criterion) -> CellFacts {
        self.cells
            .get(&(option, criterion))
            .copied()
            .unwrap_or(CellFacts {
                score: MIN_SCORE,
                default: MIN_SCORE,
                changed: false,
                from_cost_model: false,
                from_location_data: false,
                best: false,
                out: false,
            })
    }

    /// Whether the option is ruled out.
    pub fn is_out(&self, option: SourcingOption) -> bool {
        self.cell(option, Criterion::ALL[0]).out
    }
}

/// The total of an option, if it is ranked.
pub fn total_of(evaluation: &Evaluation, option: SourcingOption) -> Option<f64> {
    evaluation
        .ranking
        .iter()
        .find(|r| r.option == option)
        .map(|r| r.total)
}

/// Scenario operations on the matrix cells (they need the score sheet's defaults).
impl Scenario {
    /// Sets a cell's score by hand (clamped to 1..=5). Setting the default
    /// the data and rules give removes the override.
    pub fn set_score(&mut self, option: SourcingOption, criterion: Criterion, value: u8) {
        reset_override(&mut self.cost_scores, option, criterion);
        let default = ScoreSheet::for_scenario(self).default(option, criterion);
        set_override(&mut self.overrides, option, criterion, value, default);
    }
    /// Puts a cell back to its default score.
    pub fn reset_score(&mut self, option: SourcingOption, criterion: Criterion) {
        reset_override(&mut self.overrides, option, criterion);
        reset_override(&mut self.cost_scores, option, criterion);
    }
}

#[cfg(test)]
mod tests;
