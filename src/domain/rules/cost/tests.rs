//! Native tests of `rules::cost`.

use super::*;
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::*;
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::model::time::TimeSettings;
use proptest::prelude::*;

const EPS: f64 = 1e-6;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= EPS * (1.0 + a.abs().max(b.abs()))
}

fn assert_close(a: f64, b: f64, what: &str) {
    assert!(close(a, b), "{what}: {a} vs {b}");
}

/// Round numbers so the arithmetic can be written out by hand: home New
/// York, nearshore Bogotá (the same hours, distance 0), offshore and captive
/// Bengaluru (no shared hours, distance 1), a typed salary and fixed values.
fn hand() -> CostInputs {
    let by = |domestic, same_hours, no_overlap| ByDistance {
        domestic: Uncertain::fixed(domestic),
        same_hours: Uncertain::fixed(same_hours),
        no_overlap: Uncertain::fixed(no_overlap),
    };
    CostInputs {
        fte: 10.0,
        home: LocationId::UnitedStates,
        targets: Targets {
            nearshore: LocationId::Colombia,
            offshore: LocationId::India,
            captive: LocationId::India,
        },
        salary_per_fte: Some(100_000.0),
        employer_oncost_pct: Some(10.0),
        other_overhead_pct: 20.0,
        seat_cost: 10_000.0,
        vendor_overhead_pct: 5.0,
        vendor_margin_pct: 10.0,
        onsite_share_pct: by(0.0, 8.0, 20.0),
        productivity_gap: by(0.0, 3.0, 15.0),
        governance: by(4.0, 5.0, 12.0),
        captive_governance_pct: Uncertain::fixed(5.0),
        hybrid_coordination_pct: Uncertain::fixed(5.0),
        transition: by(10.0, 20.0, 90.0),
        // Extra effort d/(1−d): 0 domestic, 0.25 far away, in years 1 and 2.
        dip: by(0.0, 10.0, 20.0),
        attrition_pct: Uncertain::fixed(10.0),
        captive_attrition_pct: Uncertain::fixed(18.0),
        replacement_cost_pct: 50.0,
        captive_fixed_cost: Some(600_000.0),
        captive_setup: 300_000.0,
        home_inflation_pct: Uncertain::fixed(0.0),
        target_inflation_pct: Targets {
            nearshore: Uncertain::fixed(0.0),
            offshore: Uncertain::fixed(0.0),
            captive: Uncertain::fixed(0.0),
        },
        hybrid_share_pct: 40.0,
        horizon_years: 3,
        annual_budget: Some(1_000_000.0),
        ..CostInputs::default()
    }
}

fn opt(p: &Projection, o: SourcingOption) -> &OptionProjection {
    p.get(o).expect("every option is projected")
}

fn none() -> LocationOverrides {
    LocationOverrides::new()
}

#[test]
fn in_house_by_hand() {
    let p = project(&hand(), &none());
    let ih = opt(&p, SourcingOption::InHouse);
    // Per FTE: 100,000 × 1.10 (on-cost) × 1.20 (benefits) + 10,000 (seat)
    // + 10 % attrition × 50 % of salary = 132,000 + 10,000 + 5,000 = 147,000.
    assert_close(p.assumptions.in_house_per_fte, 147_000.0, "per FTE");
    for y in &ih.yearly {
        assert_close(*y, 1_470_000.0, "flat without inflation");
    }
    assert_close(ih.total, 3.0 * 1_470_000.0, "total");
    assert_eq!(ih.break_even, BreakEven::Baseline);
    assert!(!ih.fits_budget && !ih.fits_year1 && !ih.fits_worst_year);
    assert_close(ih.fte_for_budget, 1_000_000.0 / 147_000.0, "FTE for budget");
}

#[test]
fn domestic_by_hand() {
    let p = project(&hand(), &none());
    let d = opt(&p, SourcingOption::Domestic);
    // price(home) = (132,000 + 10,000) × 1.05 × 1.10 = 164,010; no gap, no dip;
    // governance 4 % of 1,470,000 = 58,800; transition 10 % once.
    assert_close(p.assumptions.price_per_fte.domestic, 164_010.0, "price");
    assert_close(d.steady_state, 1_640_100.0 + 58_800.0, "steady");
    assert_close(d.one_time, 147_000.0, "transition");
    assert_close(d.year1, 1_698_900.0 + 147_000.0, "year 1");
}

#[test]
fn the_vendor_price_follows_the_vendors_location_and_distance_the_hours() {
    let p = project(&hand(), &none());
    let a = &p.assumptions;
    assert_close(
        a.overlap_hours.nearshore,
        8.5,
        "Bogotá shares New York's day",
    );
    assert_close(a.overlap_hours.offshore, 0.0, "Bengaluru shares none of it");
    // Bengaluru: pay 11,700 (index 11.7), seat 11,700 × 1.12 × 1.2 + 10,000
    // = 25,724.8, vendor price × 1.155 = 29,712.144.
    assert_close(a.price_per_fte.offshore, 29_712.144, "India vendor price");
    let o = opt(&p, SourcingOption::Offshore);
    // Distance 1: onsite 20 % at 164,010: 0.8 × 29,712.144 + 0.2 × 164,010
    // = 56,571.7152; gap 15 % → 65,057.47248 per FTE; governance 12 %.
    let work = 10.0 * 56_571.715_2 * 1.15;
    assert_close(o.steady_state, work + 0.12 * 1_470_000.0, "offshore steady");
    // The full dip (20 %: 25 % more effort) in years 1 and 2, none in year 3.
    assert_close(o.running[0], work * 1.25 + 176_400.0, "year 1");
    assert_close(o.running[1], work * 1.25 + 176_400.0, "year 2");
    assert_close(o.running[2], work + 176_400.0, "year 3");
    assert_close(o.ramp_up_extra, 2.0 * 0.25 * work, "ramp-up extra");
    assert_close(o.one_time, 0.9 * 1_470_000.0, "transition far away");
    // The same vendor priced from Berlin: the same price per FTE in USD
    // terms of the same pay (the seat follows Bengaluru, not the option).
    let mut de = hand();
    de.home = LocationId::Germany;
    de.targets.nearshore = LocationId::India;
    let q = project(&de, &none());
    assert_close(
        q.assumptions.price_per_fte.nearshore,
        q.assumptions.price_per_fte.offshore,
        "one place, one price",
    );
}

#[test]
fn captive_by_hand() {
    let p = project(&hand(), &none());
    let c = opt(&p, SourcingOption::Captive);
    // Own FTE: seat 25,724.8 + 11,700 × 18 % × 50 % = 26,777.8; half the
    // vendor's onsite share (10 %) at in-house cost: 0.9 × 26,777.8 + 14,700
    // = 38,800.02; gap 0.7 × 15 % = 10.5 %.
    let work = 10.0 * 38_800.02 * 1.105;
    assert_close(p.assumptions.price_per_fte.captive, 26_777.8, "own FTE");
    assert_close(c.steady_state, work + 600_000.0 + 73_500.0, "steady");
    assert_close(
        c.one_time,
        0.9 * 1_470_000.0 + 300_000.0,
        "transition + set-up",
    );
    // Vendor per FTE 65,057.47248 + 12 % × 147,000 = 82,697.47248; captive
    // 42,874.0221 + 5 % × 147,000 = 50,224.0221: 600,000 / 32,473.45 = 18.5.
    assert_eq!(p.assumptions.captive_min_size, Some(19));
    assert_close(p.assumptions.captive_fixed_cost, 600_000.0, "typed");
    // The default fixed cost is five in-house FTE.
    let q = project(
        &CostInputs {
            captive_fixed_cost: None,
            ..hand()
        },
        &none(),
    );
    assert_close(q.assumptions.captive_fixed_cost, 5.0 * 147_000.0, "default");
    assert!(q.assumptions.captive_fixed_from_default);
}

#[test]
fn hybrid_by_hand() {
    let p = project(&hand(), &none());
    let (ih, off, h) = (
        opt(&p, SourcingOption::InHouse),
        opt(&p, SourcingOption::Offshore),
        opt(&p, SourcingOption::Hybrid),
    );
    // 40 % offshore: 0.6 × in-house + 0.4 × offshore + 0.4 × 5 % × in-house.
    for y in 0..3 {
        assert_close(
            h.running[y],
            0.6 * ih.running[y] + 0.4 * off.running[y] + 0.02 * ih.running[y],
            "hybrid running",
        );
    }
    assert_close(h.one_time, 0.4 * off.one_time, "hybrid transition");
}

#[test]
fn budget_fit_is_judged_in_year_1_the_worst_year_and_at_steady_state() {
    let mut p = project(&hand(), &none());
    let o = opt(&p, SourcingOption::Offshore).clone();
    assert!(o.worst_year >= o.year1 && o.worst_year >= o.steady_state);
    // Between steady state and year 1: fits at steady state only.
    p.apply_budget((o.steady_state + o.year1) / 2.0);
    let q = opt(&p, SourcingOption::Offshore);
    assert!(q.fits_budget && !q.fits_year1 && !q.fits_worst_year);
    p.apply_budget(o.worst_year);
    let q = opt(&p, SourcingOption::Offshore);
    assert!(q.fits_budget && q.fits_year1 && q.fits_worst_year);
}

#[test]
fn cost_is_monotone_in_fte_and_salary() {
    let base = CostInputs::default();
    let mut prev: Option<Projection> = None;
    for fte in [0.5, 1.0, 7.0, 20.0, 300.0, 10_000.0] {
        let p = project(
            &CostInputs {
                fte,
                ..base.clone()
            },
            &none(),
        );
        if let Some(q) = &prev {
            for (a, b) in q.options.iter().zip(&p.options) {
                assert!(
                    b.total > a.total && b.steady_state > a.steady_state,
                    "{:?}",
                    a.option
                );
            }
        }
        prev = Some(p);
    }
    let mut prev: Option<Projection> = None;
    for salary in [100.0, 30_000.0, 140_000.0, 1e6, 1e9] {
        let p = project(
            &CostInputs {
                salary_per_fte: Some(salary),
                ..base.clone()
            },
            &none(),
        );
        if let Some(q) = &prev {
            for (a, b) in q.options.iter().zip(&p.options) {
                assert!(b.total > a.total && b.year1 > a.year1, "{:?}", a.option);
            }
        }
        prev = Some(p);
    }
}

fn assert_break_even_consistent(p: &Projection) {
    let ih = opt(p, SourcingOption::InHouse);
    let months = 12 * p.horizon_years;
    for o in &p.options {
        // Year ends agree with the yearly series.
        let mut sum = 0.0;
        for (y, yearly) in o.yearly.iter().enumerate() {
            sum += yearly;
            assert!(close(o.cumulative[y], sum), "{:?} cumulative", o.option);
            assert_eq!(o.cumulative_at_month(12 * (y as u32 + 1)), o.cumulative[y]);
        }
        match o.break_even {
            BreakEven::Baseline => {}
            BreakEven::Month(m) => {
                assert!((1..=months).contains(&m));
                assert!(o.cumulative_at_month(m) <= ih.cumulative_at_month(m));
                for k in 1..m {
                    assert!(o.cumulative_at_month(k) > ih.cumulative_at_month(k));
                }
                // If it is cheaper at a year end, it broke even by then.
                for (y, c) in o.cumulative.iter().enumerate() {
                    if *c <= ih.cumulative[y] {
                        assert!(m <= 12 * (y as u32 + 1));
                    }
                }
            }
            BreakEven::Never(n) => {
                assert_eq!(n, p.horizon_years);
                for (y, c) in o.cumulative.iter().enumerate() {
                    assert!(*c > ih.cumulative[y], "{:?} year {}", o.option, y + 1);
                }
            }
        }
    }
}

#[test]
fn break_even_is_consistent_with_the_yearly_series() {
    assert_break_even_consistent(&project(&hand(), &none()));
    assert_break_even_consistent(&project(&CostInputs::default(), &none()));
    // Month interpolation: in-house after 6 months is half a year.
    let p = project(&hand(), &none());
    let ih = opt(&p, SourcingOption::InHouse);
    assert_close(ih.cumulative_at_month(6), 735_000.0, "half year");
    assert_close(ih.cumulative_at_month(18), 1_470_000.0 * 1.5, "18 months");
    // Past the horizon the total stays flat.
    assert_eq!(ih.cumulative_at_month(999), ih.total);
    let o = opt(&p, SourcingOption::Offshore);
    assert_eq!(o.cumulative_at_month(0), o.one_time);
}

#[test]
fn steady_state_has_no_dip_even_on_short_horizons() {
    let mut inp = hand();
    inp.horizon_years = 1;
    let p = project(&inp, &none());
    let o = opt(&p, SourcingOption::Offshore);
    let work = 10.0 * 56_571.715_2 * 1.15;
    assert_close(o.steady_state, work + 176_400.0, "no dip, no transition");
    assert_close(
        o.year1,
        work * 1.25 + 176_400.0 + 1_323_000.0,
        "year 1 keeps both",
    );
    assert_eq!(o.break_even, BreakEven::Never(1));
}

#[test]
fn distance_costs_follow_the_shared_hours_not_the_option() {
    // Raising the no-overlap values moves the far places only; raising the
    // domestic values moves the domestic vendor only.
    type Edit = fn(&mut CostInputs);
    let edits: [(Edit, &[SourcingOption]); 3] = [
        (
            |i| i.productivity_gap.no_overlap = Uncertain::fixed(25.0),
            &[
                SourcingOption::Offshore,
                SourcingOption::Captive,
                SourcingOption::Hybrid,
            ],
        ),
        (
            |i| i.governance.domestic = Uncertain::fixed(9.0),
            &[SourcingOption::Domestic],
        ),
        (
            |i| i.onsite_share_pct.same_hours = Uncertain::fixed(20.0),
            &[SourcingOption::Nearshore],
        ),
    ];
    for (edit, moved) in edits {
        let inp = hand();
        let before = project(&inp, &none());
        let mut changed = inp.clone();
        edit(&mut changed);
        let after = project(&changed, &none());
        for (a, b) in before.options.iter().zip(&after.options) {
            if moved.contains(&a.option) {
                assert!(b.total > a.total, "{:?} should cost more", a.option);
            } else {
                assert_eq!(a.total, b.total, "{:?} moved", a.option);
            }
        }
    }
    // A later working day at home (the same hours everywhere) changes
    // nothing; summer time moves New York an hour and Bogotá not.
    let summer = TimeSettings {
        summer: true,
        ..TimeSettings::default()
    };
    let p = project_with_time(&hand(), &none(), &summer);
    assert_close(p.assumptions.overlap_hours.nearshore, 7.5, "summer");
    assert!(
        opt(&p, SourcingOption::Nearshore).total
            > opt(&project(&hand(), &none()), SourcingOption::Nearshore).total
    );
}

#[test]
fn the_band_brackets_the_central_line() {
    let p = project(&CostInputs::default(), &none());
    for o in &p.options {
        assert!(
            o.band.low_total <= o.total && o.total <= o.band.high_total,
            "{:?}",
            o.option
        );
        assert!(
            o.band.low_total < o.band.high_total,
            "{:?} has a spread",
            o.option
        );
        assert!(o.band.low_steady_state <= o.steady_state);
        assert!(o.steady_state <= o.band.high_steady_state);
        for y in 0..o.cumulative.len() {
            assert!(o.band.low_cumulative[y] <= o.cumulative[y]);
            assert!(o.cumulative[y] <= o.band.high_cumulative[y]);
        }
    }
    // Fixed assumptions give no spread.
    let p = project(&hand(), &none());
    for o in &p.options {
        assert_close(o.band.low_total, o.total, "no spread");
        assert_close(o.band.high_total, o.total, "no spread");
    }
    // Each uncertain assumption spreads the band on its own.
    type Spread = fn(&mut CostInputs);
    let spreads: [Spread; 3] = [
        |i| i.onsite_share_pct.no_overlap = Uncertain::new(20.0, 12.0, 30.0),
        |i| i.productivity_gap.no_overlap = Uncertain::new(15.0, 8.0, 27.0),
        |i| i.dip.no_overlap = Uncertain::new(20.0, 10.0, 30.0),
    ];
    for spread in spreads {
        let mut inp = hand();
        spread(&mut inp);
        let p = project(&inp, &none());
        let o = opt(&p, SourcingOption::Offshore);
        assert!(o.band.low_total < o.total && o.total < o.band.high_total);
    }
}

#[test]
fn defaults_follow_the_home_preset_and_overrides() {
    let p = project(&CostInputs::default(), &none());
    // No function answered: the US average wage (OECD 2022).
    assert_eq!(p.assumptions.salary_per_fte, 77_463.0);
    assert!(p.assumptions.salary_from_preset);
    assert!(p.assumptions.salary_origin.contains("OECD"));
    let dev = CostInputs {
        function: Function::SoftwareDevelopment,
        ..CostInputs::default()
    };
    assert_eq!(project(&dev, &none()).assumptions.salary_per_fte, 140_000.0);
    assert_eq!(p.assumptions.home_oncost_pct, 7.65);
    assert_close(p.assumptions.relative_cost.offshore, 0.117, "India vs US");
    assert_close(p.assumptions.relative_cost.nearshore, 0.223, "Mexico vs US");
    assert!(p.budget_is_default);
    assert_close(
        p.budget,
        opt(&p, SourcingOption::InHouse).steady_state,
        "budget = in-house steady state",
    );

    // A user edit of India's index changes the offshore cost.
    let mut o = LocationOverrides::new();
    o.set(LocationId::India, EditableFigure::DevPayIndex, 23.4)
        .expect("valid");
    let q = project(&CostInputs::default(), &o);
    assert_close(q.assumptions.relative_cost.offshore, 0.234, "edited");
    assert!(opt(&q, SourcingOption::Offshore).total > opt(&p, SourcingOption::Offshore).total);

    // The GNI index: 3.1 / 100.
    let gni = CostInputs {
        labour_index: LabourIndex::Gni,
        ..CostInputs::default()
    };
    assert_close(
        project(&gni, &none()).assumptions.relative_cost.offshore,
        0.031,
        "GNI",
    );

    // Moving home resets salary and on-cost to the new presets.
    let mut de = CostInputs {
        salary_per_fte: Some(1.0),
        ..CostInputs::default()
    };
    de.set_function(Function::SoftwareDevelopment);
    de.set_home(LocationId::Germany);
    assert_eq!(de.targets.nearshore, LocationId::Poland);
    assert_eq!(de.targets.offshore, LocationId::India);
    let p = project(&de, &none());
    assert_eq!(p.assumptions.salary_per_fte, 72_499.0);
    assert_eq!(p.assumptions.home_oncost_pct, 20.45);
    assert_close(
        p.assumptions.relative_cost.offshore,
        11.7 / 51.8,
        "India vs Germany",
    );
}

#[test]
fn budget_changes_fit_and_fte_without_recomputing() {
    let mut p = project(&CostInputs::default(), &none());
    let ih_steady = opt(&p, SourcingOption::InHouse).steady_state;
    p.apply_budget(ih_steady);
    assert!(opt(&p, SourcingOption::InHouse).fits_budget);
    assert_close(
        opt(&p, SourcingOption::InHouse).fte_for_budget,
        20.0,
        "same team",
    );
    p.apply_budget(0.0);
    assert!(p
        .options
        .iter()
        .all(|o| !o.fits_budget && o.fte_for_budget == 0.0));
    p.apply_budget(f64::NAN);
    assert_eq!(p.budget, 0.0);
    assert!(p.budget_slider_max() >= 2.0 * ih_steady);
    assert!(p.budget_slider_step() > 0.0);
    assert_eq!(nice_ceil(7_300_000.0), 10_000_000.0);
    assert_eq!(nice_ceil(2_100.0), 2_500.0);
    assert_eq!(nice_ceil(0.0), 1.0);
}

#[test]
fn inputs_survive_json_and_old_saves_get_defaults() {
    let mut inp = hand();
    inp.hybrid_target = HybridTarget::Captive;
    let json = serde_json::to_string(&inp).expect("serialise");
    let back: CostInputs = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, inp);
    let old: CostInputs = serde_json::from_str(r#"{"fte": 12}"#).expect("parse");
    assert_eq!(
        old,
        CostInputs {
            fte: 12.0,
            ..CostInputs::default()
        }
    );
    assert!(json.contains("\"hybrid_target\":\"captive\""));
}

// ---- property tests over the whole allowed input space ----

fn in_range(spec: &'static FieldSpec) -> impl Strategy<Value = f64> {
    prop_oneof![Just(spec.min), Just(spec.max), spec.min..=spec.max]
}

// Boxed: the nested strategy types of the whole input space otherwise
// overflow the test thread's stack in debug builds.
fn uncertain(spec: &'static FieldSpec) -> BoxedStrategy<Uncertain> {
    (in_range(spec), in_range(spec), in_range(spec))
        .prop_map(|(value, low, high)| Uncertain { value, low, high })
        .boxed()
}

fn by_distance(spec: &'static FieldSpec) -> BoxedStrategy<ByDistance> {
    (uncertain(spec), uncertain(spec), uncertain(spec))
        .prop_map(|(domestic, same_hours, no_overlap)| ByDistance {
            domestic,
            same_hours,
            no_overlap,
        })
        .boxed()
}

fn function() -> impl Strategy<Value = Function> {
    prop::sample::select(Function::ALL.to_vec())
}

fn location_id() -> impl Strategy<Value = LocationId> {
    prop::sample::select(LocationId::ALL.to_vec())
}

fn hybrid_target() -> impl Strategy<Value = HybridTarget> {
    prop::sample::select(HybridTarget::ALL.to_vec())
}

prop_compose! {
    fn inputs()(
        basics in (
            in_range(Field::Fte.spec()),
            location_id(),
            prop::option::of(in_range(Field::Salary.spec())),
            prop::option::of(in_range(Field::EmployerOnCost.spec())),
            in_range(Field::OtherOverhead.spec()),
            prop::bool::ANY,
            (location_id(), location_id(), location_id()),
            in_range(Field::VendorMargin.spec()),
            in_range(Field::VendorOverhead.spec()),
            prop::sample::select(CURRENCIES.to_vec()),
        ),
        per_option in (
            by_distance(Field::OnsiteShare.spec()),
            by_distance(Field::ProductivityGap.spec()),
            by_distance(Field::Governance.spec()),
            by_distance(Field::Transition.spec()),
            by_distance(Field::ProductivityDip.spec()),
        ),
        coordination in uncertain(Field::HybridCoordination.spec()),
        captive in (
            uncertain(Field::Governance.spec()),
            uncertain(Field::CaptiveAttrition.spec()),
            prop::option::of(in_range(Field::CaptiveFixedCost.spec())),
            in_range(Field::CaptiveSetup.spec()),
            in_range(Field::SeatCost.spec()),
            function(),
        ),
        staff in (uncertain(Field::Attrition.spec()), in_range(Field::ReplacementCost.spec())),
        inflation in (uncertain(Field::WageInflation.spec()), uncertain(Field::WageInflation.spec()), uncertain(Field::WageInflation.spec()), uncertain(Field::WageInflation.spec())),
        hybrid in (in_range(Field::HybridShare.spec()), hybrid_target()),
        horizon in 1u32..=10,
        budget in prop::option::of(in_range(Field::Budget.spec())),
    ) -> CostInputs {
        let (fte, home, salary, oncost, overhead, gni, (near, off, cap), margin, vendor_overhead, currency) = basics;
        let (mut onsite, gap, governance, transition, dip) = per_option;
        onsite.domestic = Uncertain::fixed(0.0);
        let (captive_gov, captive_attrition, fixed, setup, seat, function) = captive;
        CostInputs {
            currency: currency.to_string(),
            fte,
            home,
            salary_per_fte: salary,
            employer_oncost_pct: oncost,
            other_overhead_pct: overhead,
            labour_index: if gni { LabourIndex::Gni } else { LabourIndex::DeveloperPay },
            targets: Targets { nearshore: near, offshore: off, captive: cap },
            function,
            seat_cost: seat,
            vendor_margin_pct: margin,
            vendor_overhead_pct: vendor_overhead,
            onsite_share_pct: onsite,
            productivity_gap: gap,
            governance,
            captive_governance_pct: captive_gov,
            hybrid_coordination_pct: coordination,
            transition,
            dip,
            captive_attrition_pct: captive_attrition,
            captive_fixed_cost: fixed,
            captive_setup: setup,
            attrition_pct: staff.0,
            replacement_cost_pct: staff.1,
            home_inflation_pct: inflation.0,
            target_inflation_pct: Targets { nearshore: inflation.1, offshore: inflation.2, captive: inflation.3 },
            hybrid_share_pct: hybrid.0,
            hybrid_target: hybrid.1,
            horizon_years: horizon,
            annual_budget: budget,
            usd_rate: None,
        }
    }
}

prop_compose! {
    fn overrides()(
        edits in prop::collection::vec(
            (location_id(), prop::sample::select(EditableFigure::ALL.to_vec()), 0.0f64..=1.0),
            0..8,
        ),
        extremes in prop::collection::vec(
            (location_id(), prop::sample::select(EditableFigure::ALL.to_vec()), prop::bool::ANY),
            0..4,
        ),
    ) -> LocationOverrides {
        let mut o = LocationOverrides::new();
        for (id, figure, t) in edits {
            let (min, max) = figure.range();
            let _ = o.set(id, figure, min + t * (max - min));
        }
        for (id, figure, high) in extremes {
            let (min, max) = figure.range();
            let _ = o.set(id, figure, if high { max } else { min });
        }
        o
    }
}

fn assert_sane(p: &Projection) {
    let ok = |x: f64| x.is_finite() && x >= 0.0;
    assert!(ok(p.budget) && ok(p.fte));
    assert!(ok(p.assumptions.salary_per_fte) && ok(p.assumptions.in_house_year1));
    assert!(ok(p.budget_slider_max()) && ok(p.budget_slider_step()));
    for o in &p.options {
        let all = o
            .running
            .iter()
            .chain(&o.yearly)
            .chain(&o.cumulative)
            .chain(&o.band.low_cumulative)
            .chain(&o.band.high_cumulative)
            .chain([
                &o.one_time,
                &o.year1,
                &o.steady_state,
                &o.total,
                &o.fte_for_budget,
                &o.band.low_total,
                &o.band.high_total,
                &o.band.low_steady_state,
                &o.band.high_steady_state,
            ]);
        for x in all {
            assert!(ok(*x), "{:?}: {x}", o.option);
        }
        assert!(o.savings.is_finite() && o.savings_pct.is_finite());
        assert!(o.savings_pct <= 100.0);
        assert_eq!(o.yearly.len(), p.horizon_years as usize);
        // The band brackets the central line (relative tolerance for rounding).
        assert!(o.band.low_total <= o.total * (1.0 + 1e-9));
        assert!(o.total <= o.band.high_total * (1.0 + 1e-9));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_nan_infinity_or_negative_anywhere(inp in inputs(), ov in overrides()) {
        prop_assert!(inp.validate().is_empty(), "{:?}", inp.validate());
        let p = project(&inp, &ov);
        assert_sane(&p);
        assert_break_even_consistent(&p);
    }

    #[test]
    fn hybrid_limits_hold_everywhere(inp in inputs()) {
        let zero = CostInputs { hybrid_share_pct: 0.0, ..inp.clone() };
        let p = project(&zero, &none());
        let (ih, h) = (opt(&p, SourcingOption::InHouse), opt(&p, SourcingOption::Hybrid));
        prop_assert_eq!(&h.yearly, &ih.yearly);
        prop_assert_eq!(h.steady_state, ih.steady_state);
        prop_assert_eq!(&h.band, &ih.band);
        let full = CostInputs { hybrid_share_pct: 100.0, ..inp };
        let p = project(&full, &none());
        let t = opt(&p, full.hybrid_target.option());
        let ih = opt(&p, SourcingOption::InHouse);
        let h = opt(&p, SourcingOption::Hybrid);
        // The target plus coordination on the in-house cost of the moved work.
        let c = full.sanitized().hybrid_coordination_pct.value / 100.0;
        for y in 0..h.yearly.len() {
            prop_assert!(close(h.yearly[y], t.yearly[y] + c * ih.running[y]));
        }
        prop_assert!(close(h.steady_state, t.steady_state + c * ih.steady_state));
    }

    #[test]
    fn monotone_in_fte_and_salary(inp in inputs(), f in 1.0f64..=4.0) {
        let p = project(&inp, &none());
        let bigger = CostInputs { fte: (inp.fte * f).min(Field::Fte.spec().max), ..inp.clone() };
        let q = project(&bigger, &none());
        for (a, b) in p.options.iter().zip(&q.options) {
            prop_assert!(b.total >= a.total && b.steady_state >= a.steady_state);
        }
        let salary = p.assumptions.salary_per_fte;
        let richer = CostInputs { salary_per_fte: Some((salary * f).min(Field::Salary.spec().max)), ..inp };
        let q = project(&richer, &none());
        for (a, b) in p.options.iter().zip(&q.options) {
            prop_assert!(b.total >= a.total && b.year1 >= a.year1);
        }
    }

    #[test]
    fn any_numbers_at_all_are_made_safe(
        fte in any::<f64>(), salary in any::<f64>(), margin in any::<f64>(),
        dip in any::<f64>(), inflation in any::<f64>(), share in any::<f64>(),
        budget in any::<f64>(), horizon in any::<u32>(),
        overhead in any::<f64>(), gap in any::<f64>(), seat in any::<f64>(),
    ) {
        let all3 = |u| ByDistance { domestic: u, same_hours: u, no_overlap: u };
        let inp = CostInputs {
            fte,
            salary_per_fte: Some(salary),
            vendor_margin_pct: margin,
            vendor_overhead_pct: overhead,
            seat_cost: seat,
            captive_fixed_cost: Some(-seat),
            onsite_share_pct: all3(Uncertain::new(overhead, -overhead, overhead)),
            productivity_gap: all3(Uncertain::new(gap, gap, -gap)),
            dip: all3(Uncertain::new(dip, dip, dip)),
            home_inflation_pct: Uncertain::new(inflation, -inflation, inflation),
            hybrid_share_pct: share,
            annual_budget: Some(budget),
            horizon_years: horizon,
            ..CostInputs::default()
        };
        assert_sane(&project(&inp, &none()));
    }
}

#[test]
fn relative_labour_cost_is_the_index_over_100() {
    let india = locations::get(LocationId::India);
    assert!(
        (india
            .preset_figures()
            .relative_to_us(LabourIndex::DeveloperPay)
            - 0.117)
            .abs()
            < 1e-12
    );
    assert!((india.preset_figures().relative_to_us(LabourIndex::Gni) - 0.031).abs() < 1e-12);
    assert_eq!(LabourIndex::default(), LabourIndex::DeveloperPay);
    // Between two non-US places: target index / home index.
    let de = locations::get(LocationId::Germany).preset_figures();
    let pl = locations::get(LocationId::Poland).preset_figures();
    let r = relative_cost_between(&de, &pl, LabourIndex::DeveloperPay);
    assert!((r - 38.9 / 51.8).abs() < 1e-12);
    // A broken home index falls back to 1 rather than infinity.
    let broken = LocationFigures {
        dev_pay_index: 0.0,
        ..de
    };
    assert_eq!(
        relative_cost_between(&broken, &pl, LabourIndex::DeveloperPay),
        1.0
    );
}
