//! Native tests of `rules::matrix`.

use super::*;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::model::scenario::ScenarioId;
use crate::domain::model::time::TimeSettings;
use proptest::prelude::*;

// The matrix's arithmetic is tested over the default scenario's score sheet
// with the given overrides; these helpers keep the tests short.

fn sheet(overrides: &Overrides) -> ScoreSheet {
    ScoreSheet::build(
        &CostInputs::default(),
        &LocationOverrides::new(),
        &TimeSettings::default(),
        overrides,
        &Overrides::new(),
        false,
    )
}

fn score(option: SourcingOption, criterion: Criterion, overrides: &Overrides) -> u8 {
    sheet(overrides).score(option, criterion)
}

fn is_overridden(option: SourcingOption, criterion: Criterion, overrides: &Overrides) -> bool {
    sheet(overrides).cell(option, criterion).overridden
}

fn default_score(option: SourcingOption, criterion: Criterion) -> u8 {
    sheet(&Overrides::new()).default(option, criterion)
}

fn set_override(
    overrides: &mut Overrides,
    option: SourcingOption,
    criterion: Criterion,
    value: u8,
) {
    super::set_override(
        overrides,
        option,
        criterion,
        value,
        default_score(option, criterion),
    );
}

fn total(option: SourcingOption, weights: &SmallMap<Criterion, u8>, overrides: &Overrides) -> f64 {
    super::total(option, weights, &sheet(overrides))
}

fn evaluate(
    weights: &SmallMap<Criterion, u8>,
    overrides: &Overrides,
    knockouts: &SmallSet<KnockOut>,
) -> Evaluation {
    super::evaluate(weights, &sheet(overrides), knockouts)
}

fn excludes(rule: KnockOut, option: SourcingOption) -> bool {
    sheet(&Overrides::new()).excludes(rule, option)
}

fn reason(rule: KnockOut, option: SourcingOption) -> String {
    knockout_reason(rule, option, &sheet(&Overrides::new()))
}

fn default_weights() -> SmallMap<Criterion, u8> {
    Criterion::ALL
        .into_iter()
        .map(|c| (c, c.default_weight()))
        .collect()
}

fn weights_from(values: &[u8]) -> SmallMap<Criterion, u8> {
    Criterion::ALL
        .into_iter()
        .zip(values.iter().copied())
        .collect()
}

fn only(criterion: Criterion) -> SmallMap<Criterion, u8> {
    Criterion::ALL
        .into_iter()
        .map(|c| (c, if c == criterion { 5 } else { 0 }))
        .collect()
}

fn none() -> SmallSet<KnockOut> {
    SmallSet::new()
}

/// Brute force: try every criterion × every weight 0..=10 and keep the
/// smallest step at which `runner` beats `leader` pairwise on f64 totals.
fn brute_force_flip(
    leader: SourcingOption,
    runner: SourcingOption,
    weights: &SmallMap<Criterion, u8>,
    overrides: &Overrides,
) -> Option<Flip> {
    let sh = sheet(overrides);
    let mut best: Option<Flip> = None;
    for c in Criterion::ALL {
        let from = effective_weight(weights, c);
        for to in 0..=MAX_WEIGHT {
            if to == from {
                continue;
            }
            let mut w: SmallMap<Criterion, u8> = Criterion::ALL
                .into_iter()
                .map(|k| (k, effective_weight(weights, k)))
                .collect();
            w.insert(c, to);
            let ta = super::total(leader, &w, &sh);
            let tb = super::total(runner, &w, &sh);
            let ties = ta == tb;
            let runner_wins = tb > ta || (ties && wins_tie(runner, leader));
            if !runner_wins {
                continue;
            }
            let step = from.abs_diff(to);
            if best.is_none_or(|b| step < b.from.abs_diff(b.to)) {
                best = Some(Flip {
                    criterion: c,
                    from,
                    to,
                    ties,
                });
            }
        }
    }
    best
}

#[test]
fn default_ranking_is_close_and_not_a_landslide() {
    let ev = evaluate(&default_weights(), &Overrides::new(), &none());
    assert_eq!(ev.ranking.len(), 6);
    let top = ev.ranking[0].total;
    let bottom = ev.ranking[5].total;
    assert!(top - bottom < 25.0, "spread {top} .. {bottom}");
    assert!(ev.margin < 10.0);
    assert_ne!(ev.leader, Some(SourcingOption::Offshore));
}

#[test]
fn normalised_weights_sum_to_one() {
    let shares = normalised_weights(&default_weights());
    assert_eq!(shares.len(), 18);
    let sum: f64 = shares.values().sum();
    assert!((sum - 1.0).abs() < 1e-9);
    // Missing entries fall back to the defaults.
    assert_eq!(normalised_weights(&SmallMap::new()), shares);
}

#[test]
fn zero_weights_give_zero_shares_and_zero_totals() {
    let zeros = weights_from(&[0; 18]);
    assert!(normalised_weights(&zeros).values().all(|s| *s == 0.0));
    let ev = evaluate(&zeros, &Overrides::new(), &none());
    assert!(ev.ranking.iter().all(|r| r.total == 0.0));
    // Ties fall back to the listing order, deterministically.
    let order: Vec<_> = ev.ranking.iter().map(|r| r.option).collect();
    assert_eq!(order, SourcingOption::ALL.to_vec());
    assert!(!ev.ranking[0].tied_with_previous);
    assert!(ev.ranking[1..].iter().all(|r| r.tied_with_previous));
    assert_eq!(
        ev.ranking.iter().map(|r| r.rank).collect::<Vec<_>>(),
        vec![1, 2, 3, 4, 5, 6]
    );
    assert!(ev.close_call);
}

#[test]
fn all_fives_is_100_and_all_ones_is_0() {
    let mut o = Overrides::new();
    for c in Criterion::ALL {
        set_override(&mut o, SourcingOption::Hybrid, c, 5);
        set_override(&mut o, SourcingOption::Offshore, c, 1);
    }
    let w = default_weights();
    assert_eq!(total(SourcingOption::Hybrid, &w, &o), 100.0);
    assert_eq!(total(SourcingOption::Offshore, &w, &o), 0.0);
}

#[test]
fn weights_above_the_maximum_are_clamped() {
    let mut w = default_weights();
    w.insert(Criterion::Language, 200);
    assert_eq!(effective_weight(&w, Criterion::Language), MAX_WEIGHT);
}

#[test]
fn overrides_change_totals_and_are_marked() {
    let w = default_weights();
    let mut o = Overrides::new();
    let before = total(SourcingOption::Offshore, &w, &o);
    set_override(&mut o, SourcingOption::Offshore, Criterion::Language, 5);
    assert!(is_overridden(
        SourcingOption::Offshore,
        Criterion::Language,
        &o
    ));
    assert_eq!(score(SourcingOption::Offshore, Criterion::Language, &o), 5);
    assert!(total(SourcingOption::Offshore, &w, &o) > before);
    reset_override(&mut o, SourcingOption::Offshore, Criterion::Language);
    assert!(o.is_empty());
    assert_eq!(total(SourcingOption::Offshore, &w, &o), before);
}

#[test]
fn setting_the_default_value_is_not_a_change() {
    let mut o = Overrides::new();
    let d = default_score(SourcingOption::Captive, Criterion::Expertise);
    set_override(&mut o, SourcingOption::Captive, Criterion::Expertise, d);
    assert!(o.is_empty());
    assert!(!is_overridden(
        SourcingOption::Captive,
        Criterion::Expertise,
        &o
    ));
}

#[test]
fn out_of_range_overrides_are_clamped_or_rejected() {
    let mut o = Overrides::new();
    set_override(&mut o, SourcingOption::InHouse, Criterion::LabourCost, 9);
    assert_eq!(o[&SourcingOption::InHouse][&Criterion::LabourCost], 5);

    // A score out of range (from an import; `formats::persist` rejects it)
    // is clamped when scored.
    let mut bad = Overrides::new();
    bad.entry(SourcingOption::Offshore)
        .or_default()
        .insert(Criterion::Language, 0);
    assert_eq!(
        score(SourcingOption::Offshore, Criterion::Language, &bad),
        1
    );
    bad.entry(SourcingOption::Offshore)
        .or_default()
        .insert(Criterion::Language, 17);
    assert_eq!(
        score(SourcingOption::Offshore, Criterion::Language, &bad),
        5
    );
}

#[test]
fn overrides_round_trip_through_json() {
    let mut o = Overrides::new();
    set_override(&mut o, SourcingOption::Offshore, Criterion::Language, 3);
    let json = serde_json::to_string(&o).unwrap();
    assert_eq!(json, r#"{"offshore":{"language":3}}"#);
    let back: Overrides = serde_json::from_str(&json).unwrap();
    assert_eq!(back, o);
}

#[test]
fn knock_out_ids_labels_and_serde() {
    for k in KnockOut::ALL {
        assert_eq!(KnockOut::from_id(k.id()), Some(k));
        assert_eq!(
            serde_json::to_string(&k).unwrap(),
            format!("\"{}\"", k.id())
        );
        assert!(!k.label().is_empty());
        for o in SourcingOption::ALL {
            let r = reason(k, o);
            assert!(r.ends_with('.') && r.starts_with(o.name()), "{r}");
        }
    }
    assert_eq!(KnockOut::from_id("nope"), None);
}

#[test]
fn knock_outs_exclude_the_right_options() {
    use SourcingOption::*;
    let out = |k: KnockOut| -> Vec<SourcingOption> {
        SourcingOption::ALL
            .into_iter()
            .filter(|o| excludes(k, *o))
            .collect()
    };
    assert_eq!(
        out(KnockOut::DataMustStayInCountry),
        vec![Nearshore, Offshore, Captive, Hybrid]
    );
    assert_eq!(
        out(KnockOut::CoverageWithoutNightShifts),
        vec![InHouse, Domestic, Nearshore]
    );
    // The default hybrid sends its share to an offshore vendor.
    assert_eq!(
        out(KnockOut::NoVendorManagementCapacity),
        vec![Domestic, Nearshore, Offshore, Hybrid]
    );
    assert_eq!(out(KnockOut::NoForeignEntity), vec![Captive]);
    // From New York, Mexico and India have no EU adequacy decision.
    assert_eq!(
        out(KnockOut::DataInEuOrAdequate),
        vec![Nearshore, Offshore, Captive, Hybrid]
    );
    assert!(reason(KnockOut::DataMustStayInCountry, Hybrid).contains("share"));
}

#[test]
fn knock_outs_remove_options_and_list_reasons() {
    use SourcingOption::*;
    let ks: SmallSet<KnockOut> = [
        KnockOut::DataMustStayInCountry,
        KnockOut::NoVendorManagementCapacity,
    ]
    .into();
    let ev = evaluate(&default_weights(), &Overrides::new(), &ks);
    let ranked: Vec<_> = ev.ranking.iter().map(|r| r.option).collect();
    assert_eq!(ranked, vec![InHouse]);
    assert_eq!(ev.leader, Some(InHouse));
    assert_eq!(ev.runner_up, None);
    assert_eq!(ev.margin, 0.0);
    assert!(!ev.close_call);
    assert_eq!(ev.flip, None);
    let excluded: Vec<_> = ev.excluded.iter().map(|e| e.option).collect();
    assert_eq!(
        excluded,
        vec![Domestic, Nearshore, Offshore, Captive, Hybrid]
    );
    // Nearshore and offshore break both rules: two reasons, in rule order.
    let near = &ev.excluded[1];
    assert_eq!(near.reasons.len(), 2);
    assert!(near.reasons[0].contains("data must stay"));
    assert!(near.reasons[1].contains("vendor"));
    // Best per row only looks at what is left.
    assert!(ev.best_per_criterion.values().all(|v| v == &vec![InHouse]));
}

#[test]
fn knocking_out_everything_leaves_an_empty_ranking() {
    let ks: SmallSet<KnockOut> = KnockOut::ALL.into_iter().collect();
    let ev = evaluate(&default_weights(), &Overrides::new(), &ks);
    assert!(ev.ranking.is_empty());
    assert_eq!(ev.excluded.len(), 6);
    assert!(ev.best_per_criterion.values().all(|v| v.is_empty()));
    assert_eq!(ev.leader, None);
}

#[test]
fn best_per_criterion_lists_every_top_scorer() {
    use SourcingOption::*;
    let ev = evaluate(&default_weights(), &Overrides::new(), &none());
    assert_eq!(
        ev.best_per_criterion[&Criterion::Language],
        vec![InHouse, Domestic]
    );
    // From the cost model with the defaults (New York, 20 FTE): Mexico's
    // steady cost is under 55 % of in-house (5), India's just above (4).
    assert_eq!(
        ev.best_per_criterion[&Criterion::LabourCost],
        vec![Nearshore]
    );
    assert_eq!(ev.best_per_criterion.len(), 18);
}

#[test]
fn equal_totals_are_ranked_in_listing_order() {
    use SourcingOption::*;
    // Make hybrid identical to in-house: same points, in-house listed first.
    let mut o = Overrides::new();
    for c in Criterion::ALL {
        set_override(&mut o, Hybrid, c, default_score(InHouse, c));
    }
    let ev = evaluate(&default_weights(), &o, &none());
    let ih = ev.ranking.iter().position(|r| r.option == InHouse).unwrap();
    let hy = ev.ranking.iter().position(|r| r.option == Hybrid).unwrap();
    assert_eq!(hy, ih + 1);
    assert!(ev.ranking[hy].tied_with_previous);
    assert_eq!(ev.ranking[hy].total, ev.ranking[ih].total);
    assert_eq!(ev.ranking[hy].rank, ev.ranking[ih].rank + 1);
    // Same inputs, same answer.
    assert_eq!(evaluate(&default_weights(), &o, &none()), ev);
}

/// Offshore 5 on cost and 4 on long-run savings, captive the other way
/// round, everyone else behind both: two criteria pulling apart, whatever
/// the cost model says.
fn opposed() -> Overrides {
    use SourcingOption::*;
    let mut o = Overrides::new();
    for (option, c, v) in [
        (Offshore, Criterion::LabourCost, 5),
        (Offshore, Criterion::LongRunSavings, 4),
        (Captive, Criterion::LabourCost, 4),
        (Captive, Criterion::LongRunSavings, 5),
        (Nearshore, Criterion::LabourCost, 3),
        (Nearshore, Criterion::LongRunSavings, 3),
        (InHouse, Criterion::LabourCost, 2),
        (InHouse, Criterion::LongRunSavings, 2),
        (Domestic, Criterion::LabourCost, 1),
        (Domestic, Criterion::LongRunSavings, 1),
        (Hybrid, Criterion::LabourCost, 3),
        (Hybrid, Criterion::LongRunSavings, 3),
    ] {
        set_override(&mut o, option, c, v);
    }
    o
}

#[test]
fn close_call_flag_follows_the_margin() {
    use SourcingOption::*;
    // Cost alone: offshore 100, captive 75 -> clear.
    let ev = evaluate(&only(Criterion::LabourCost), &opposed(), &none());
    assert_eq!(ev.leader, Some(Offshore));
    assert_eq!(ev.runner_up, Some(Captive));
    assert!((ev.margin - 25.0).abs() < 1e-9);
    assert!(!ev.close_call);

    // Two criteria pulling in opposite directions -> close.
    let mut w = weights_from(&[0; 18]);
    w.insert(Criterion::LabourCost, 10);
    w.insert(Criterion::LongRunSavings, 10);
    let ev = evaluate(&w, &opposed(), &none());
    // Offshore (5,4) and captive (4,5) tie on 87.5; offshore is listed first.
    assert_eq!(ev.leader, Some(Offshore));
    assert_eq!(ev.margin, 0.0);
    assert!(ev.close_call);
    assert!(ev.ranking[1].tied_with_previous);
}

#[test]
fn flip_on_default_weights_matches_brute_force() {
    let w = default_weights();
    let o = Overrides::new();
    let ev = evaluate(&w, &o, &none());
    let (a, b) = (ev.leader.unwrap(), ev.runner_up.unwrap());
    let flip = ev.flip.expect("default weights should have a flip");
    assert_eq!(Some(flip), brute_force_flip(a, b, &w, &o));
    // Applying the flip really swaps the pair.
    let mut w2 = w.clone();
    w2.insert(flip.criterion, flip.to);
    let ta = total(a, &w2, &o);
    let tb = total(b, &w2, &o);
    assert!(tb > ta || (tb == ta && wins_tie(b, a)));
}

#[test]
fn flip_handles_ties_on_listing_order() {
    use SourcingOption::*;
    // Leader listed first: an exact tie is not enough for the runner-up.
    // Cost 10 and long-run savings 9: offshore 67 points, captive 66.
    // Long-run savings at 10 would only tie them (offshore keeps the lead),
    // while market presence 0 -> 1 already puts captive ahead.
    let mut w = weights_from(&[0; 18]);
    w.insert(Criterion::LabourCost, 10);
    w.insert(Criterion::LongRunSavings, 9);
    let ev = evaluate(&w, &opposed(), &none());
    assert_eq!((ev.leader, ev.runner_up), (Some(Offshore), Some(Captive)));
    assert_eq!(ev.flip, brute_force_flip(Offshore, Captive, &w, &opposed()));
    let expected = Flip {
        criterion: Criterion::MarketPresence,
        from: 0,
        to: 1,
        ties: false,
    };
    assert_eq!(ev.flip, Some(expected));

    // Runner-up listed first: an exact tie is enough. Flexibility 1 and
    // transition 3: domestic 13 points, in-house 12; transition at 4 ties
    // them at 16 and in-house wins on the listing order.
    // Domestic's economics are pinned (transition 4, cost and savings 2 like
    // in-house) so that only these two weights separate the pair.
    let mut pinned = Overrides::new();
    set_override(&mut pinned, Domestic, Criterion::TransitionEase, 4);
    set_override(&mut pinned, Domestic, Criterion::LabourCost, 2);
    set_override(&mut pinned, Domestic, Criterion::LongRunSavings, 2);
    let mut w = weights_from(&[0; 18]);
    w.insert(Criterion::Flexibility, 1);
    w.insert(Criterion::TransitionEase, 3);
    let ev = evaluate(&w, &pinned, &none());
    assert_eq!((ev.leader, ev.runner_up), (Some(Domestic), Some(InHouse)));
    let expected = Flip {
        criterion: Criterion::TransitionEase,
        from: 3,
        to: 4,
        ties: true,
    };
    assert_eq!(ev.flip, Some(expected));
    assert_eq!(ev.flip, brute_force_flip(Domestic, InHouse, &w, &pinned));
}

#[test]
fn flip_is_none_when_no_single_weight_can_swap() {
    use SourcingOption::*;
    // In-house everywhere 5: domestic, the only other option left, can
    // never catch up.
    let mut o = Overrides::new();
    for c in Criterion::ALL {
        set_override(&mut o, InHouse, c, 5);
    }
    let ks: SmallSet<KnockOut> = [KnockOut::DataMustStayInCountry].into();
    let ev = evaluate(&default_weights(), &o, &ks);
    assert_eq!(ev.leader, Some(InHouse));
    assert_eq!(ev.flip, None);
    assert_eq!(
        brute_force_flip(InHouse, ev.runner_up.unwrap(), &default_weights(), &o),
        None
    );
}

#[test]
fn a_normalised_gap_can_shrink_when_a_favourable_weight_rises() {
    // Why the monotonicity property below is stated with care: A beats B by
    // 4 on cost (weight 10) and by 1 on language (weight 1). Raising the
    // language weight adds a criterion where A is ahead, yet it dilutes
    // A's bigger lead on cost, so the normalised gap shrinks.
    use SourcingOption::*;
    let mut o = Overrides::new();
    for c in Criterion::ALL {
        set_override(&mut o, InHouse, c, 3);
        set_override(&mut o, Domestic, c, 3);
    }
    set_override(&mut o, InHouse, Criterion::LabourCost, 5);
    set_override(&mut o, Domestic, Criterion::LabourCost, 1);
    set_override(&mut o, InHouse, Criterion::Language, 4);
    let mut w = weights_from(&[0; 18]);
    w.insert(Criterion::LabourCost, 10);
    w.insert(Criterion::Language, 1);
    let gap = |w: &SmallMap<Criterion, u8>| total(InHouse, w, &o) - total(Domestic, w, &o);
    let before = gap(&w);
    w.insert(Criterion::Language, 2);
    assert!(gap(&w) < before);
    assert!(gap(&w) > 0.0);
}

fn arb_weights() -> impl Strategy<Value = SmallMap<Criterion, u8>> {
    prop::collection::vec(0u8..=MAX_WEIGHT, 18).prop_map(|v| weights_from(&v))
}

fn arb_overrides() -> impl Strategy<Value = Overrides> {
    prop::collection::vec((0usize..6, 0usize..18, 0u8..=7), 0..30).prop_map(|cells| {
        let mut o = Overrides::new();
        for (oi, ci, v) in cells {
            // Raw inserts, out-of-range values included, to exercise clamping.
            o.entry(SourcingOption::ALL[oi])
                .or_default()
                .insert(Criterion::ALL[ci], v);
        }
        o
    })
}

fn arb_knockouts() -> impl Strategy<Value = SmallSet<KnockOut>> {
    prop::collection::vec(any::<bool>(), 4).prop_map(|bits| {
        KnockOut::ALL
            .into_iter()
            .zip(bits)
            .filter(|(_, on)| *on)
            .map(|(k, _)| k)
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn flip_matches_brute_force(
        w in arb_weights(),
        o in arb_overrides(),
        ks in arb_knockouts(),
    ) {
        let ev = evaluate(&w, &o, &ks);
        match (ev.leader, ev.runner_up) {
            (Some(a), Some(b)) => {
                prop_assert_eq!(ev.flip, brute_force_flip(a, b, &w, &o));
            }
            _ => prop_assert_eq!(ev.flip, None),
        }
    }

    #[test]
    fn flip_matches_brute_force_with_default_scores(w in arb_weights()) {
        let o = Overrides::new();
        let ev = evaluate(&w, &o, &none());
        let (a, b) = (ev.leader.unwrap(), ev.runner_up.unwrap());
        prop_assert_eq!(ev.flip, brute_force_flip(a, b, &w, &o));
    }

    #[test]
    fn totals_stay_within_0_and_100(
        w in arb_weights(),
        o in arb_overrides(),
        ks in arb_knockouts(),
    ) {
        let shares = normalised_weights(&w);
        let sum: f64 = shares.values().sum();
        prop_assert!((sum - 1.0).abs() < 1e-9 || sum == 0.0);
        let ev = evaluate(&w, &o, &ks);
        prop_assert_eq!(ev.ranking.len() + ev.excluded.len(), 6);
        for r in &ev.ranking {
            prop_assert!((0.0..=100.0).contains(&r.total), "{}", r.total);
            // The share formula and the exact-points formula agree.
            let by_shares: f64 = Criterion::ALL.iter().map(|c| {
                shares[c] * f64::from(score(r.option, *c, &o) - 1) / 4.0 * 100.0
            }).sum();
            prop_assert!((by_shares - r.total).abs() < 1e-9);
        }
        for pair in ev.ranking.windows(2) {
            prop_assert!(pair[0].total >= pair[1].total);
            prop_assert_eq!(pair[1].tied_with_previous, pair[0].total == pair[1].total);
            if pair[1].tied_with_previous {
                prop_assert!(option_index(pair[0].option) < option_index(pair[1].option));
            }
        }
        prop_assert!(ev.margin >= 0.0);
        prop_assert_eq!(ev.close_call, ev.runner_up.is_some() && ev.margin < CLOSE_CALL_MARGIN);
    }

    #[test]
    fn raising_a_favourable_weight_never_hurts_the_favoured_option(
        w in arb_weights(),
        o in arb_overrides(),
        ai in 0usize..6,
        bi in 0usize..6,
        ci in 0usize..18,
    ) {
        let (a, b, c) = (SourcingOption::ALL[ai], SourcingOption::ALL[bi], Criterion::ALL[ci]);
        let d = i32::from(score(a, c, &o)) - i32::from(score(b, c, &o));
        let wc = effective_weight(&w, c);
        prop_assume!(d > 0 && wc < MAX_WEIGHT);
        let mut raised = w.clone();
        raised.insert(c, wc + 1);
        let old_gap = total(a, &w, &o) - total(b, &w, &o);
        let new_gap = total(a, &raised, &o) - total(b, &raised, &o);
        // The exact weighted points difference never falls…
        let sh = sheet(&o);
        let old_pts = points(a, &w, &sh) - points(b, &w, &sh);
        let new_pts = points(a, &raised, &sh) - points(b, &raised, &sh);
        prop_assert!(new_pts > old_pts);
        // …so a lead (or tie) for A is never lost…
        if old_gap >= 0.0 {
            prop_assert!(new_gap >= -1e-9);
        }
        // …and the normalised gap moves towards A's gap on this criterion,
        // so it never falls when that gap is at least the current one.
        let row_gap = f64::from(d) * 25.0;
        let lo = old_gap.min(row_gap) - 1e-9;
        let hi = old_gap.max(row_gap) + 1e-9;
        prop_assert!(new_gap >= lo && new_gap <= hi, "{old_gap} -> {new_gap}, row {row_gap}");
        if row_gap >= old_gap {
            prop_assert!(new_gap >= old_gap - 1e-9);
        }
    }
}

#[test]
fn columns_follow_the_usual_order_or_the_ranking_and_skip_hidden_ones() {
    let mut knockouts = SmallSet::new();
    knockouts.insert(KnockOut::NoForeignEntity);
    let eval = evaluate(&SmallMap::new(), &Overrides::new(), &knockouts);
    let mut hidden = SmallSet::new();
    hidden.insert(SourcingOption::Hybrid);
    let usual = columns(&eval, &hidden, false);
    assert_eq!(usual.len(), 5);
    assert_eq!(usual[0], SourcingOption::InHouse);
    assert!(!usual.contains(&SourcingOption::Hybrid));
    let ranked = columns(&eval, &SmallSet::new(), true);
    assert_eq!(ranked[0], eval.leader.unwrap());
    assert_eq!(*ranked.last().unwrap(), SourcingOption::Captive);
}

#[test]
fn the_sheet_agrees_with_the_evaluation() {
    let mut overrides = Overrides::new();
    set_override(
        &mut overrides,
        SourcingOption::Nearshore,
        Criterion::Language,
        5,
    );
    let mut knockouts = SmallSet::new();
    knockouts.insert(KnockOut::NoForeignEntity);
    let scores = sheet(&overrides);
    let facts = Sheet::new(&scores, &knockouts);
    let eval = evaluate(&SmallMap::new(), &overrides, &knockouts);
    for c in Criterion::ALL {
        for o in SourcingOption::ALL {
            let cell = facts.cell(o, c);
            assert_eq!(cell.score, score(o, c, &overrides));
            assert_eq!(
                cell.best,
                eval.best_per_criterion[&c].contains(&o),
                "{o:?} {c:?}"
            );
            assert_eq!(cell.out, eval.excluded.iter().any(|x| x.option == o));
        }
    }
    let language = facts.cell(SourcingOption::Nearshore, Criterion::Language);
    assert!(language.changed && !language.from_cost_model && language.from_location_data);
    let labour = facts.cell(SourcingOption::Offshore, Criterion::LabourCost);
    assert!(!labour.changed && labour.from_cost_model);
    assert!(facts.is_out(SourcingOption::Captive));
}

#[test]
fn a_score_copied_from_the_cost_model_follows_the_cost_model_again() {
    let (o, c) = (SourcingOption::Nearshore, Criterion::LabourCost);
    let mut s = Scenario::new(ScenarioId(1), "Support");
    let default = ScoreSheet::for_scenario(&s).default(o, c);
    let other = if default == 5 { 4 } else { 5 };
    // An earlier version copied a cost-model score into the overrides.
    s.overrides.entry(o).or_default().insert(c, other);
    s.cost_scores.entry(o).or_default().insert(c, other);
    let cell = ScoreSheet::for_scenario(&s).cell(o, c).clone();
    assert_eq!((cell.score, cell.overridden), (default, false));
    // Typing a score by hand makes it the user's own.
    s.set_score(o, c, other);
    assert!(s.cost_scores.is_empty());
    let cell = ScoreSheet::for_scenario(&s).cell(o, c).clone();
    assert_eq!((cell.score, cell.overridden), (other, true));
    // Typing the default removes the override.
    s.set_score(o, c, default);
    assert!(s.overrides.is_empty());
    s.set_score(o, c, 9);
    assert_eq!(ScoreSheet::for_scenario(&s).score(o, c), 5, "clamped");
    s.reset_score(o, c);
    assert!(s.overrides.is_empty());
    s.set_score(SourcingOption::Offshore, Criterion::Language, 1);
    s.reset_scores();
    assert!(s.cost_scores.is_empty() && s.overrides.is_empty());
}
