//! Native tests of `rules::suggest`.

use super::*;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::rules::cost::project;
use proptest::prelude::*;

fn default_projection() -> Projection {
    project(&CostInputs::default(), &LocationOverrides::new())
}

fn scores(p: &Projection, c: Criterion) -> Vec<u8> {
    SourcingOption::ALL
        .iter()
        .map(|o| suggest(p, *o, c).map(|s| s.score).unwrap_or(0))
        .collect()
}

#[test]
fn thresholds_are_inclusive_and_ordered() {
    // Labour: yearly cut vs in-house (cost ratio ≤ 0.55, 0.75, 0.95, 1.05).
    assert_eq!(labour_cost_score(100), 5);
    assert_eq!(labour_cost_score(45), 5);
    assert_eq!(labour_cost_score(44), 4);
    assert_eq!(labour_cost_score(25), 4);
    assert_eq!(labour_cost_score(24), 3);
    assert_eq!(labour_cost_score(5), 3);
    assert_eq!(labour_cost_score(4), 2);
    assert_eq!(labour_cost_score(0), 2, "in-house itself");
    assert_eq!(labour_cost_score(-5), 2);
    assert_eq!(labour_cost_score(-6), 1);
    // Savings over the horizon (≥ 35, 20, 5, > −5).
    assert_eq!(long_run_savings_score(35), 5);
    assert_eq!(long_run_savings_score(34), 4);
    assert_eq!(long_run_savings_score(20), 4);
    assert_eq!(long_run_savings_score(19), 3);
    assert_eq!(long_run_savings_score(5), 3);
    assert_eq!(long_run_savings_score(4), 2);
    assert_eq!(long_run_savings_score(0), 2, "in-house itself");
    assert_eq!(long_run_savings_score(-4), 2);
    assert_eq!(long_run_savings_score(-5), 1);
    // Set-up cost: lower is easier (0, < 20, < 50, < 90).
    assert_eq!(transition_ease_score(0), 5);
    assert_eq!(transition_ease_score(1), 4);
    assert_eq!(transition_ease_score(19), 4);
    assert_eq!(transition_ease_score(20), 3);
    assert_eq!(transition_ease_score(49), 3);
    assert_eq!(transition_ease_score(50), 2);
    assert_eq!(transition_ease_score(89), 2);
    assert_eq!(transition_ease_score(90), 1);
    assert_eq!(transition_ease_score(500), 1);
}

#[test]
fn the_ramp_up_is_what_the_first_two_years_run_above_the_third() {
    assert_eq!(ramp_up_extra(&[]), 0.0);
    assert_eq!(ramp_up_extra(&[100.0]), 0.0);
    assert_eq!(ramp_up_extra(&[130.0, 110.0, 100.0, 103.0]), 40.0);
    // Growth without a dip is no ramp-up.
    assert_eq!(ramp_up_extra(&[100.0, 103.0, 106.0]), 0.0);
}

#[test]
fn only_the_cost_criteria_get_suggestions() {
    let p = default_projection();
    for c in Criterion::ALL {
        let got = suggest(&p, SourcingOption::Offshore, c);
        assert_eq!(got.is_some(), is_cost_criterion(c), "{c:?}");
    }
}

#[test]
fn hand_worked_default_figures() {
    // The cost model's default inputs (20 FTE, United States home, no
    // function answered, Mexico, India, 5 years; the calibrated model of
    // issue 12) give these steady yearly costs, totals and one-time costs:
    //
    // | option    | once settled | % of in-house | cut | saving over 5 y | one-time, % of y1 |
    // | in-house  | $2,500,921   | 100           | 0   | 0               | 0                 |
    // | domestic  | $2,857,692   | 114.3 -> 114  | -14 | -20.8 -> -21    | 10                |
    // | nearshore | $1,316,828   | 52.7 -> 53    | 47  | 36.4 -> 36      | 46                |
    // | offshore  | $1,411,374   | 56.4 -> 56    | 44  | 23.3 -> 23      | 90                |
    // | captive   | $1,504,176   | 60.1 -> 60    | 40  | 18.7 -> 19      | 104               |
    // | hybrid    | $2,115,121   | 84.6 -> 85    | 15  | 7.3 -> 7        | 36                |
    //
    // Steady cost as a share of in-house: <= 55 % -> 5, <= 75 % -> 4,
    // <= 95 % -> 3, <= 105 % -> 2, else 1 (in-house itself 2). Saving over
    // the horizon: >= 35 % -> 5, >= 20 % -> 4, >= 5 % -> 3, > -5 % -> 2,
    // else 1.
    let p = default_projection();
    assert_eq!(scores(&p, Criterion::LabourCost), [2, 1, 5, 4, 4, 3]);
    assert_eq!(scores(&p, Criterion::LongRunSavings), [2, 1, 5, 4, 3, 3]);
    let transition = scores(&p, Criterion::TransitionEase);
    assert_eq!(transition[0], 5, "in-house moves nothing");
    // Moving further costs more to set up.
    assert!(transition[1] >= transition[2] && transition[2] >= transition[3]);
}

#[test]
fn no_baseline_means_no_suggestion() {
    let mut p = default_projection();
    for o in &mut p.options {
        o.steady_state = 0.0;
        o.total = 0.0;
    }
    p.assumptions.in_house_year1 = 0.0;
    for c in COST_CRITERIA {
        assert_eq!(suggest(&p, SourcingOption::Offshore, c), None);
    }
    let mut p = default_projection();
    p.options.clear();
    assert_eq!(
        suggest(&p, SourcingOption::Offshore, Criterion::LabourCost),
        None
    );
}

fn arb_inputs() -> impl Strategy<Value = CostInputs> {
    (
        0.5f64..2000.0,
        0.0f64..100.0,
        -20.0f64..60.0,
        1u32..=15,
        0.0f64..100.0,
    )
        .prop_map(|(fte, margin, efficiency, years, share)| CostInputs {
            fte,
            vendor_margin_pct: margin,
            vendor_overhead_pct: efficiency,
            horizon_years: years,
            hybrid_share_pct: share,
            ..CostInputs::default()
        })
}

proptest! {
    #[test]
    fn scores_stay_in_range(cut in any::<i64>(), saved in any::<i64>(), once in any::<i64>()) {
        for s in [labour_cost_score(cut), long_run_savings_score(saved), transition_ease_score(once)] {
            prop_assert!((1..=5).contains(&s));
        }
    }

    #[test]
    fn better_figures_never_score_lower(a in -200i64..200, b in -200i64..200) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(labour_cost_score(hi) >= labour_cost_score(lo));
        prop_assert!(long_run_savings_score(hi) >= long_run_savings_score(lo));
        // A bigger one-time cost is worse.
        prop_assert!(transition_ease_score(lo) >= transition_ease_score(hi));
    }

    #[test]
    fn suggestions_from_any_inputs_are_in_range_and_monotone(inputs in arb_inputs()) {
        let p = project(&inputs, &LocationOverrides::new());
        for c in COST_CRITERIA {
            for o in SourcingOption::ALL {
                let s = suggest(&p, o, c).expect("a usable baseline");
                prop_assert!((1..=5).contains(&s.score));
            }
        }
        // A cheaper option never gets a lower labour-cost suggestion,
        // nor a bigger saver a lower long-run one.
        for a in &p.options {
            for b in &p.options {
                let score = |o: SourcingOption, c| suggest(&p, o, c).map(|s| s.score);
                if a.steady_state <= b.steady_state {
                    prop_assert!(score(a.option, Criterion::LabourCost) >= score(b.option, Criterion::LabourCost));
                }
                if a.savings >= b.savings {
                    prop_assert!(score(a.option, Criterion::LongRunSavings) >= score(b.option, Criterion::LongRunSavings));
                }
                if a.one_time + ramp_up_extra(&a.running) <= b.one_time + ramp_up_extra(&b.running) {
                    prop_assert!(score(a.option, Criterion::TransitionEase) >= score(b.option, Criterion::TransitionEase));
                }
            }
        }
    }
}
