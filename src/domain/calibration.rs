//! The calibration checks of issue 12, run over every home location with
//! the defaults (function not answered, 20 FTE, 5 years, the home's default
//! targets), and the tables printed for the README:
//! `cargo test --lib calibration -- --nocapture`.

use crate::domain::content::locations;
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::model::options::SourcingOption;
use crate::domain::present::budget::{break_even_text, labour_gap_note, LABOUR_GAP_IN_SCOPE};
use crate::domain::rules::cost::{project, Projection};

fn defaults_at(home: LocationId, fte: f64, years: u32) -> Projection {
    let mut c = CostInputs::default();
    c.set_home(home);
    c.fte = fte;
    c.horizon_years = years;
    project(&c, &LocationOverrides::new())
}

fn get(p: &Projection, o: SourcingOption) -> &crate::domain::rules::cost::OptionProjection {
    p.get(o).expect("every option is projected")
}

/// Whether a home is in the scope of checks (a) and (c): its default
/// offshore place's labour index is at most 35 % of home's.
fn in_scope(p: &Projection) -> bool {
    p.assumptions.relative_cost.offshore <= LABOUR_GAP_IN_SCOPE
}

/// (a) Offshore outsourcing saves 10–35 % over 5 years and breaks even
/// between month 18 and month 60 where the labour gap is wide; elsewhere it
/// shows no saving above 10 % and the app says the gap is too small.
#[test]
fn calibration_a_offshore_saves_10_to_35_pct_and_breaks_even_in_months_18_to_60() {
    let mut scoped = Vec::new();
    for loc in locations::all() {
        let p = defaults_at(loc.id, 20.0, 5);
        let o = get(&p, SourcingOption::Offshore);
        let name = loc.name;
        if in_scope(&p) {
            scoped.push(name);
            assert!(
                (10.0..=35.0).contains(&o.savings_pct),
                "{name}: offshore saves {:.1} %",
                o.savings_pct
            );
            let m = o.break_even.month();
            assert!(
                m.is_some_and(|m| (18..=60).contains(&m)),
                "{name}: break-even {:?}",
                o.break_even
            );
            assert!(labour_gap_note(&p).is_none(), "{name}");
        } else {
            assert!(
                o.savings_pct <= 10.0,
                "{name}: offshore saves {:.1} % although the gap is small",
                o.savings_pct
            );
            let note = labour_gap_note(&p).unwrap_or_default();
            assert!(
                note.contains("skills, coverage or markets"),
                "{name}: {note}"
            );
        }
    }
    println!("in scope of (a) and (c): {}", scoped.join(", "));
    assert!(scoped.len() >= 9, "{scoped:?}");
}

/// (b) Nearshore is cheaper than in-house once settled, and over the
/// default 5-year horizon, wherever its labour index is below 70 % of
/// home's, except the homes in [`NEARSHORE_5_YEAR_SHORTFALL`].
#[test]
fn calibration_b_nearshore_is_cheaper_where_its_labour_is_below_70_pct() {
    let mut checked = 0;
    let mut dearer_over_5_years = Vec::new();
    for loc in locations::all() {
        let p = defaults_at(loc.id, 20.0, 5);
        let rel = p.assumptions.relative_cost.nearshore;
        if rel < 0.7 {
            checked += 1;
            let (n, ih) = (
                get(&p, SourcingOption::Nearshore),
                get(&p, SourcingOption::InHouse),
            );
            assert!(
                n.steady_state < ih.steady_state,
                "{}: nearshore {:.0} vs in-house {:.0}",
                loc.name,
                n.steady_state,
                ih.steady_state
            );
            println!(
                "{:<15} nearshore {:<10} labour {:>3.0} %: 5 years {:+.1} %, once settled {:+.1} %",
                loc.name,
                locations::get(n.location).name,
                rel * 100.0,
                -n.savings_pct,
                100.0 * (n.steady_state / ih.steady_state - 1.0)
            );
            if n.total >= ih.total {
                dearer_over_5_years.push(loc.id);
                // Still within a tenth of in-house, so the shortfall is the
                // one-time transition and ramp-up, not the price.
                assert!(
                    n.savings_pct > -10.0,
                    "{}: {:.1} %",
                    loc.name,
                    n.savings_pct
                );
            }
        }
    }
    assert!(checked >= 10, "{checked}");
    assert_eq!(dearer_over_5_years, NEARSHORE_5_YEAR_SHORTFALL);
}

/// The homes where nearshore, though its labour is below 70 % of home's,
/// does not pay back its transition and ramp-up within 5 years with the
/// default assumptions (London and Dublin to Poland at 66 % and 60 %,
/// Buenos Aires to Brazil at 62 %): meeting check (b) over 5 years for
/// them needs same-hours distance costs below what the cited figures
/// support (see README "Deliberate scoping"). The test above fails if the
/// list changes either way.
const NEARSHORE_5_YEAR_SHORTFALL: [LocationId; 3] = [
    LocationId::UnitedKingdom,
    LocationId::Ireland,
    LocationId::Argentina,
];

/// (c) A captive centre of 100 people over 10 years saves 30–60 % (same
/// scope as (a)), except Romania (India costs 31 % of its labour, near the
/// 35 % edge of the scope), which saves 29.0 % at 100 and 30 % from about
/// 120 to 130 people; at 150 every home in scope is inside the
/// band. One of 5 people costs more than offshore outsourcing (every home).
/// (d) Everest/NASSCOM 2012's 40–70 % at scale is met within this range
/// for most homes.
#[test]
fn calibration_c_captive_pays_off_at_scale_and_not_for_five_people() {
    let mut below = Vec::new();
    for loc in locations::all() {
        for fte in [100.0, 150.0] {
            let big = defaults_at(loc.id, fte, 10);
            if !in_scope(&big) {
                continue;
            }
            let c = get(&big, SourcingOption::Captive);
            assert!(
                c.savings_pct <= 60.0,
                "{}: a {fte}-person captive saves {:.1} % over 10 years",
                loc.name,
                c.savings_pct
            );
            if c.savings_pct < 30.0 {
                below.push((loc.id, fte));
                assert!(c.savings_pct > 28.0, "{}: {:.1} %", loc.name, c.savings_pct);
            }
        }
        let small = defaults_at(loc.id, 5.0, 5);
        assert!(
            get(&small, SourcingOption::Captive).total
                > get(&small, SourcingOption::Offshore).total,
            "{}: a 5-person captive is cheaper than a vendor",
            loc.name
        );
    }
    assert_eq!(below, [(LocationId::Romania, 100.0)]);
    let ro = defaults_at(LocationId::Romania, 130.0, 10);
    assert!(get(&ro, SourcingOption::Captive).savings_pct >= 30.0);
}

/// (d) Everest 2007: at 20 FTE a third-party vendor is cheaper than a
/// captive centre in the same place at steady state (in-scope homes).
#[test]
fn calibration_d_a_vendor_beats_a_20_person_captive_in_the_same_place() {
    for loc in locations::all() {
        let p = defaults_at(loc.id, 20.0, 5);
        if !in_scope(&p) {
            continue;
        }
        let (o, c) = (
            get(&p, SourcingOption::Offshore),
            get(&p, SourcingOption::Captive),
        );
        assert_eq!(
            p.assumptions.targets.offshore,
            p.assumptions.targets.captive
        );
        assert!(
            o.steady_state < c.steady_state,
            "{}: vendor {:.0} vs captive {:.0}",
            loc.name,
            o.steady_state,
            c.steady_state
        );
        assert!(p.assumptions.captive_min_size.is_none_or(|n| n > 20));
    }
}

/// The README's table: every option's 5-year total against in-house and
/// its break-even, for New York, Berlin and London.
#[test]
fn calibration_tables_for_the_readme() {
    for home in [
        LocationId::UnitedStates,
        LocationId::Germany,
        LocationId::UnitedKingdom,
    ] {
        let p = defaults_at(home, 20.0, 5);
        let loc = locations::get(home);
        println!(
            "\n{} ({}), 20 FTE, 5 years, pay {:.0} USD: {}",
            loc.city, loc.name, p.assumptions.salary_per_fte, p.assumptions.salary_origin
        );
        println!("| Option | Where | 5-year total vs in-house | Break-even |");
        println!("|---|---|---|---|");
        for o in &p.options {
            let vs = if o.option == SourcingOption::InHouse {
                "baseline".to_string()
            } else {
                format!("{:+.1} %", -o.savings_pct)
            };
            println!(
                "| {} | {} | {} | {} |",
                o.option.name(),
                locations::get(o.location).name,
                vs,
                break_even_text(o.break_even)
            );
        }
        println!("captive minimum size: {:?}", p.assumptions.captive_min_size);
        assert!(get(&p, SourcingOption::Offshore).savings_pct > 0.0);
        // Check (c): a 100-person captive over 10 years, and a 5-person
        // captive against offshore outsourcing over 5 years.
        let big = defaults_at(home, 100.0, 10);
        let small = defaults_at(home, 5.0, 5);
        let (c100, c5, o5) = (
            get(&big, SourcingOption::Captive),
            get(&small, SourcingOption::Captive),
            get(&small, SourcingOption::Offshore),
        );
        println!(
            "(c) captive of 100 over 10 years: {:+.1} % vs in-house, break-even {}; \
             5 people over 5 years: captive {:+.1} % vs offshore {:+.1} %",
            -c100.savings_pct,
            break_even_text(c100.break_even),
            -c5.savings_pct,
            -o5.savings_pct
        );
        assert!(c5.total > o5.total);
    }
}

/// Where a default place pays more than home (Egypt: nothing in the
/// presets pays less; Brazil and Vietnam: nothing cheaper is near), the
/// Budget screen's labour-gap note says so in plain words.
#[test]
fn every_home_whose_default_place_is_dearer_is_told_so() {
    let mut told = Vec::new();
    for loc in locations::all() {
        let p = defaults_at(loc.id, 20.0, 5);
        let r = &p.assumptions.relative_cost;
        let note = labour_gap_note(&p).unwrap_or_default();
        if r.nearshore >= 1.0 {
            told.push(loc.id);
            assert!(
                note.contains("Nearshore labour in") && note.contains("hours, language or markets"),
                "{}: {note}",
                loc.name
            );
        }
        if r.offshore >= 1.0 {
            told.push(loc.id);
            assert!(
                note.contains("No preset pays less."),
                "{}: {note}",
                loc.name
            );
        }
    }
    assert_eq!(
        told,
        [
            LocationId::Brazil,
            LocationId::Vietnam,
            LocationId::Egypt,
            LocationId::Egypt
        ]
    );
}

/// `locations::default_targets` keeps its promise for all 21 homes: the
/// offshore (and captive) place pays less than home wherever any preset
/// does; the nearshore place pays less wherever a cheaper preset shares at
/// least five working hours with home; and nearshore shares at least as
/// many working hours with home as offshore does (it is the nearer one).
#[test]
fn every_default_place_is_cheaper_than_home_where_one_can_be() {
    use crate::domain::model::time::TimeSettings;
    use crate::domain::rules::timezones::overlap_minutes;
    use locations::{default_targets, get, has_cheaper_place};
    use LocationId::*;
    let idx = |id: LocationId| get(id).dev_pay.index_us100;
    let day = TimeSettings::default();
    let near_enough = 5 * 60;
    let mut exempt = Vec::new();
    for home in LocationId::ALL {
        let (near, off) = default_targets(home);
        assert!(near != home && off != home && near != off, "{home}");
        if has_cheaper_place(home) {
            assert!(
                idx(off) < idx(home),
                "{home}: offshore {off} pays more than home"
            );
        } else {
            exempt.push((home, "offshore"));
        }
        let h = get(home);
        let cheaper_near = locations::all().iter().any(|l| {
            l.id != home
                && l.dev_pay.index_us100 < idx(home)
                && overlap_minutes(h, l, &day) >= near_enough
        });
        if cheaper_near {
            assert!(
                idx(near) < idx(home),
                "{home}: nearshore {near} pays more than home"
            );
        } else {
            exempt.push((home, "nearshore"));
        }
        let (n, o) = (get(near), get(off));
        assert!(
            overlap_minutes(h, n, &day) >= overlap_minutes(h, o, &day),
            "{home}: nearshore {near} shares fewer hours than offshore {off}"
        );
    }
    // Egypt has the lowest pay figure; Brazil's and Vietnam's cheaper
    // places are all far away. The labour-gap note says so for each
    // (`every_home_whose_default_place_is_dearer_is_told_so`).
    assert_eq!(
        exempt,
        [
            (Brazil, "nearshore"),
            (Vietnam, "nearshore"),
            (Egypt, "offshore"),
            (Egypt, "nearshore")
        ]
    );
}
