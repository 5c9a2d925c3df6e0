//! Native tests of `present::budget`.

use super::*;
use crate::domain::content::locations::location_choice;
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{HybridTarget, LabourIndex};
use crate::domain::model::knob::{Choice, Input, Knob, MAIN_INPUTS};
use crate::domain::model::location_edits::{figure_value, LocationOverrides};
use crate::domain::model::options::SourcingOption;
use crate::domain::present::inputs::figure_error;
use crate::domain::rules::cost::project;

/// Reads a typed figure, with the message as the user reads it.
fn parse_figure(figure: EditableFigure, text: &str) -> Result<f64, String> {
    crate::domain::model::location_edits::parse_figure(figure, text, NumberStyle::En)
        .map_err(|e| figure_error(figure, e, NumberStyle::En))
}

#[test]
fn break_even_texts() {
    assert_eq!(break_even_text(BreakEven::Never(3)), "never within 3 years");
    assert_eq!(break_even_text(BreakEven::Month(13)), "month 13 (year 2)");
    assert_eq!(break_even_text(BreakEven::Never(1)), "never within 1 year");
    assert_eq!(break_even_text(BreakEven::Baseline), "baseline");
}

#[test]
fn result_rows_use_symbols_and_words_for_the_fit() {
    let c = CostInputs::default();
    let mut p = project(&c, &LocationOverrides::new());
    p.apply_budget(0.0);
    let row = result_row(&p.options[0], &p.currency, p.fte, NumberStyle::En);
    assert_eq!((row.fit_symbol, row.fit_word), ("✗", "Over budget"));
    assert_eq!(row.savings, "—");
    assert_eq!(row.break_even, "baseline");
    assert_eq!(row.fte, "0 FTE");
    p.apply_budget(1e12);
    let row = result_row(&p.options[3], &p.currency, p.fte, NumberStyle::En);
    assert_eq!((row.fit_symbol, row.fit_word), ("✓", "Fits"));
    assert!(row.band.contains(" – "));
    assert!(budget_summary(&p, NumberStyle::En).contains("6 of 6 options fit"));
    p.apply_budget(0.0);
    assert!(budget_summary(&p, NumberStyle::En)
        .ends_with("0 of 6 options fit once settled (none); 0 fit in year 1."));
    // Year 1, the worst year and steady state are judged apart.
    let off = &p.options[3];
    p.apply_budget((off.steady_state + off.year1) / 2.0);
    let row = result_row(&p.options[3], &p.currency, p.fte, NumberStyle::En);
    assert_eq!(
        row.fit_by_year.map(|f| f.0),
        [false, false, true],
        "an offshore move costs more in year 1 than once settled"
    );
    assert!(results_table_html(&p, NumberStyle::En)
        .as_str()
        .contains("Year 1: <span aria-hidden=\"true\">✗ </span>Over"));
}

#[test]
fn the_default_budget_fits_in_house() {
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let ih = p.get(SourcingOption::InHouse).unwrap();
    assert!(ih.fits_budget);
    assert!(budget_default_note(&p).starts_with("Following"));
    assert_eq!(resolved_lines(&p, NumberStyle::En).len(), 4);
}

#[test]
fn the_report_does_not_call_the_default_a_budget() {
    let mut p = project(&CostInputs::default(), &LocationOverrides::new());
    let line = report_budget_line(&p, NumberStyle::En);
    assert!(line.starts_with("No yearly budget is set"), "{line}");
    assert!(!line.contains("Annual budget"), "{line}");
    let steady = money_compact(
        p.get(SourcingOption::InHouse).unwrap().steady_state,
        "USD",
        NumberStyle::En,
    );
    assert!(
        line.contains(&format!("({steady})")),
        "{line} should quote {steady}"
    );
    p.apply_budget(3_000_000.0);
    assert_eq!(
        report_budget_line(&p, NumberStyle::En),
        budget_summary(&p, NumberStyle::En)
    );
    assert!(report_budget_line(&p, NumberStyle::En).starts_with("Annual budget $3,000,000"));
}

#[test]
fn places_are_listed_once_with_every_role() {
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let pl = places(&p);
    assert_eq!(pl.len(), 3);
    assert_eq!(pl[0].roles, "Home");
    assert_eq!(pl[2].roles, "Offshore and Captive");
    let us = locations::get(LocationId::UnitedStates);
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
        c.targets.nearshore,
        LocationId::Poland,
        "moving home suggests a nearshore target"
    );
    assert!(pay_note(&c).starts_with("Salary and on-cost follow"));
}

#[test]
fn the_results_table_is_escaped_markup_with_headers() {
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let h = results_table_html(&p, NumberStyle::En).into_string();
    assert_eq!(h.matches("<tr>").count(), 7);
    assert_eq!(h.matches("<th scope=\"row\">").count(), 6);
    assert!(h.contains("Total over 5 years"));
    assert!(h.contains("✓ </span>Fits"));
    let manila = locations::get(LocationId::Philippines);
    assert!(flags_html(manila).as_str().contains("small sample"));
    assert_eq!(flags_html(locations::get(LocationId::India)).as_str(), "");
    let notes = main_notes_html(&CostInputs::default(), NumberStyle::En).into_string();
    assert_eq!(notes.matches("<dt>").count(), 8);
    assert!(notes.contains("<dt>Team size (FTE)</dt>"));
    assert!(notes.contains("Allowed: 0.5 to 10,000."));
    let intro =
        field_intro_html(Field::Governance, &CostInputs::default(), NumberStyle::En).into_string();
    assert!(intro.starts_with("<h3>Governance overhead (%)</h3>"));
    assert!(intro.contains("Default: domestic 4 %"));
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    assert!(place_intro_html(&places(&p)[2])
        .as_str()
        .starts_with("<h3>Offshore and Captive: "));
}

#[test]
fn small_text_helpers() {
    assert_eq!(percent_text(12.4), "12%");
    assert_eq!(percent_text(-3.6), "-4%");
    assert_eq!(fte_text(23.44, NumberStyle::En), "23.4 FTE");
    assert_eq!(fte_text(20.0, NumberStyle::En), "20 FTE");
    assert_eq!(Knob::of(Field::Salary).unit("EUR"), "EUR per FTE per year");
    assert_eq!(Knob::of(Field::Fte).unit("EUR"), "FTE");
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
    assert_eq!(
        default_line(Field::Horizon, &CostInputs::default(), NumberStyle::En),
        "Default: 5 years."
    );
}

#[test]
fn the_us_on_cost_says_it_is_payroll_tax_only() {
    let us = locations::get(LocationId::UnitedStates);
    let note = figure_caveat(us, EditableFigure::EmployerOnCost).expect("a caveat");
    assert!(
        note.starts_with("United States: payroll tax only"),
        "{note}"
    );
    assert!(note.contains("health insurance"), "{note}");
    assert_eq!(figure_caveat(us, EditableFigure::GniIndex), None);
}

#[test]
fn jargon_is_found_and_explained_beside_its_field() {
    let found = |t: &str| -> Vec<&str> { words_used(t).into_iter().map(|(t, _)| t).collect() };
    assert_eq!(found("Team size (FTE)"), vec!["FTE:"]);
    assert!(found("after lifted").is_empty(), "no FTE inside a word");
    assert_eq!(
        found("The employer on-cost, once settled."),
        vec!["Employer on-cost:", "Once settled:"]
    );
    // Every term of the glossary is found as the glossary writes it.
    for (term, _) in crate::domain::content::learn::glossary() {
        assert!(found(term.trim_end_matches(':')).contains(term), "{term}");
    }
    let hint = |f: Field| field_words(Knob::of(f), "EUR");
    assert!(hint(Field::Fte).is_some_and(|h| h.starts_with("FTE: full-time equivalent")));
    assert_eq!(
        hint(Field::Salary),
        None,
        "FTE is explained once, by the team size"
    );
    assert!(hint(Field::EmployerOnCost)
        .is_some_and(|h| h.starts_with("Employer on-cost: what an employer must pay")));
    assert!(hint(Field::VendorMargin)
        .is_some_and(|h| h.starts_with("Vendor margin: the vendor's profit")));
    assert_eq!(hint(Field::Budget), None, "a plain label");
    assert_eq!(
        hint(Field::Governance),
        None,
        "several copies: no repeated hint"
    );
}
