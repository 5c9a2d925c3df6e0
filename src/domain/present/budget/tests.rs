//! Native tests of `present::budget`.

use super::*;
use crate::domain::content::locations::LocationOverrides;
use crate::domain::model::options::SourcingOption;
use crate::domain::rules::cost::project;

#[test]
fn every_assumption_knob_reads_back_what_it_sets() {
    for field in ASSUMPTIONS {
        for knob in Knob::all_of(field) {
            let mut c = CostInputs::default();
            let spec = field.spec();
            let value = (spec.min + spec.max) / 2.0;
            knob.set(&mut c, value);
            assert_eq!(knob.get(&c), Some(value), "{}", knob.label());
            assert!(knob.is_changed(&c) || knob.get(&CostInputs::default()) == Some(value));
            knob.reset(&mut c);
            assert_eq!(c, CostInputs::default(), "{}", knob.label());
        }
    }
}

#[test]
fn knobs_cover_every_value_of_every_field() {
    // 5 per-option fields × 4 × 3, coordination 3, attrition 3, inflation 4 × 3, 3 singles.
    let n: usize = ASSUMPTIONS.iter().map(|f| Knob::all_of(*f).len()).sum();
    assert_eq!(n, 60 + 3 + 3 + 12 + 3);
    let mut c = CostInputs::default();
    for field in ASSUMPTIONS {
        for knob in Knob::all_of(field) {
            knob.set(&mut c, 1.0);
        }
    }
    assert_eq!(c.delivery_overhead_pct.captive.high, 1.0);
    assert_eq!(c.target_inflation_pct.offshore.low, 1.0);
    assert_eq!(c.home_inflation_pct.value, 1.0);
    assert_eq!(c.dip_pct.domestic.value, 1.0);
    reset_assumptions(&mut c);
    assert_eq!(c, CostInputs::default());
}

#[test]
fn knob_ids_are_unique() {
    let mut ids: Vec<String> = Field::ALL
        .iter()
        .flat_map(|f| Knob::all_of(*f))
        .map(|k| k.id())
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    assert_eq!(Knob::of(Field::Fte).id(), "f-fte");
    assert_eq!(
        Knob {
            field: Field::Governance,
            slot: Slot::Nearshore,
            end: End::Low
        }
        .id(),
        "f-governance-nearshore-low"
    );
}

#[test]
fn bad_typed_values_are_refused_and_change_nothing() {
    let mut c = CostInputs::default();
    let fte = Knob::of(Field::Fte);
    for bad in ["", "abc", "-3", "1000000000", "1e9", "NaN", "inf"] {
        let before = c.clone();
        let err = fte.apply(&mut c, bad).unwrap_err();
        assert!(err.starts_with("Team size"), "{bad}: {err}");
        assert_eq!(c, before);
    }
    assert_eq!(
        fte.apply(&mut c, "1000000000").unwrap_err(),
        "Team size must be between 0.5 and 10,000 FTE."
    );
    let margin = Knob::of(Field::VendorMargin);
    assert_eq!(
        margin.apply(&mut c, "500%").unwrap_err(),
        "Vendor margin must be between 0 and 200 %."
    );
    assert_eq!(c, CostInputs::default());
    fte.apply(&mut c, " 1,250 ").unwrap();
    assert_eq!(c.fte, 1250.0);
    let h = Knob::of(Field::Horizon);
    assert!(h.apply(&mut c, "2.5").is_err());
    h.apply(&mut c, "7").unwrap();
    assert_eq!(c.horizon_years, 7);
}

#[test]
fn messages_name_the_exact_copy_of_a_field() {
    let mut c = CostInputs::default();
    let k = Knob {
        field: Field::Governance,
        slot: Slot::Offshore,
        end: End::High,
    };
    assert_eq!(
        k.apply(&mut c, "x").unwrap_err(),
        "Governance overhead, Offshore, worst case must be a number."
    );
}

#[test]
fn salary_on_cost_and_budget_follow_their_defaults_until_set() {
    let mut c = CostInputs::default();
    let p = project(&c, &LocationOverrides::new());
    let salary = Knob::of(Field::Salary);
    assert_eq!(salary.get(&c), None);
    assert_eq!(salary.text(&c, &p), "140,000");
    assert_eq!(Knob::of(Field::EmployerOnCost).text(&c, &p), "7.65");
    assert!(!salary.is_changed(&c));
    salary.apply(&mut c, "90000").unwrap();
    assert!(salary.is_changed(&c));
    salary.reset(&mut c);
    assert_eq!(c.salary_per_fte, None);
    let budget = Knob::of(Field::Budget);
    assert_eq!(budget.shown(&c, &p), p.budget);
}

#[test]
fn result_rows_use_symbols_and_words_for_the_fit() {
    let c = CostInputs::default();
    let mut p = project(&c, &LocationOverrides::new());
    p.apply_budget(0.0);
    let row = result_row(&p.options[0], &p.currency);
    assert_eq!((row.fit_symbol, row.fit_word), ("✗", "Over budget"));
    assert_eq!(row.savings, "—");
    assert_eq!(row.break_even, "baseline");
    assert_eq!(row.fte, "0 FTE");
    p.apply_budget(1e12);
    let row = result_row(&p.options[3], &p.currency);
    assert_eq!((row.fit_symbol, row.fit_word), ("✓", "Fits"));
    assert!(row.band.contains(" – "));
    assert!(budget_summary(&p).contains("6 of 6 options fit"));
    p.apply_budget(0.0);
    assert!(budget_summary(&p).ends_with("0 of 6 options fit at steady state (none)."));
}

#[test]
fn the_default_budget_fits_in_house() {
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let ih = p.get(SourcingOption::InHouse).unwrap();
    assert!(ih.fits_budget);
    assert!(budget_default_note(&p).starts_with("Following"));
    assert_eq!(resolved_lines(&p).len(), 4);
}

#[test]
fn places_are_listed_once_with_every_role() {
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let pl = places(&p);
    assert_eq!(pl.len(), 3);
    assert_eq!(pl[0].roles, "Home");
    assert_eq!(pl[2].roles, "Offshore and Captive");
    let us = locations::find("united_states").unwrap();
    let f = LocationOverrides::new().figures(us);
    assert_eq!(figure_value(&f, EditableFigure::DevPayMedian), 140_000.0);
    assert_eq!(figure_value(&f, EditableFigure::EmployerOnCost), 7.65);
}

#[test]
fn choices_accept_only_their_own_values() {
    let mut c = CostInputs::default();
    for choice in MAIN_INPUTS.iter().filter_map(|i| match i {
        Input::Pick(ch) => Some(*ch),
        Input::Number(_) => None,
    }) {
        let options = choice.options();
        assert!(
            options.iter().any(|(v, _)| *v == choice.get(&c)),
            "{choice:?}"
        );
        let before = c.clone();
        choice.set(&mut c, "<nowhere>");
        assert_eq!(c, before);
        let last = options.last().unwrap().0.clone();
        choice.set(&mut c, &last);
        assert_eq!(choice.get(&c), last, "{choice:?}");
    }
    assert_eq!(Choice::Home.options().len(), 21);
    Choice::HybridTarget.set(&mut c, "captive");
    assert_eq!(c.hybrid_target, HybridTarget::Captive);
    Choice::LabourIndex.set(&mut c, "gni");
    assert_eq!(c.labour_index, LabourIndex::Gni);
    Choice::Home.set(&mut c, "germany");
    assert_eq!(
        c.targets.nearshore, "poland",
        "moving home suggests a nearshore target"
    );
    assert!(pay_note(&c).starts_with("Salary and on-cost follow"));
}

#[test]
fn the_results_table_is_escaped_markup_with_headers() {
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let h = results_table_html(&p);
    assert_eq!(h.matches("<tr>").count(), 7);
    assert_eq!(h.matches("<th scope=\"row\">").count(), 6);
    assert!(h.contains("Total over 5 years"));
    assert!(h.contains("✓ </span>Fits"));
    assert_eq!(escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
    let manila = locations::find("philippines").unwrap();
    assert!(flags_html(manila).contains("small sample"));
    assert_eq!(flags_html(locations::find("india").unwrap()), "");
    let notes = main_notes_html();
    assert_eq!(notes.matches("<dt>").count(), 8);
    assert!(notes.contains("<dt>Team size (FTE)</dt>"));
    assert!(notes.contains("Allowed: 0.5 to 10,000."));
    let intro = field_intro_html(Field::Governance);
    assert!(intro.starts_with("<h3>Governance overhead (%)</h3>"));
    assert!(intro.contains("Default: domestic 4 %"));
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    assert!(place_intro_html(&places(&p)[2]).starts_with("<h3>Offshore and Captive: "));
}

#[test]
fn small_text_helpers() {
    assert_eq!(percent_text(12.4), "12%");
    assert_eq!(percent_text(-3.6), "-4%");
    assert_eq!(fte_text(23.44), "23.4 FTE");
    assert_eq!(fte_text(20.0), "20 FTE");
    assert_eq!(Knob::of(Field::Salary).unit("EUR"), "EUR per FTE per year");
    assert_eq!(Knob::of(Field::Fte).unit("EUR"), "FTE");
    assert!(is_known_currency("INR"));
    assert!(!is_known_currency("XYZ"));
    let manila = crate::domain::content::locations::all()
        .iter()
        .find(|l| l.is_small_sample())
        .unwrap();
    assert!(location_choice(manila).contains('('));
    assert_eq!(
        parse_figure(EditableFigure::EmployerOnCost, "500").unwrap_err(),
        "Employer on-cost must be between 0 and 100 (% of gross pay)."
    );
    assert_eq!(
        parse_figure(EditableFigure::DevPayMedian, "12,500").unwrap(),
        12_500.0
    );
    assert!(figure_source(EditableFigure::DevPayMedian).contains("2024"));
    assert_eq!(default_line(Field::Horizon), "Default: 5 years.");
}
