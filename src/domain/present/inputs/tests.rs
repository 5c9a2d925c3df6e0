//! Native tests of `present::inputs`.

use super::*;
use crate::domain::content::locations;
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{validate_currency, CostInputs, Field};
use crate::domain::model::knob::{End, Slot};
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::rules::cost::project;

/// Edits a location figure, with the message as the user reads it.
fn set(
    o: &mut LocationOverrides,
    id: LocationId,
    figure: EditableFigure,
    value: f64,
) -> Result<(), String> {
    o.set(id, figure, value)
        .map_err(|e| figure_error(figure, e, NumberStyle::En))
}

/// Reads typed text into a knob, with the message as the user reads it.
fn apply(knob: Knob, c: &mut CostInputs, text: &str) -> Result<(), String> {
    knob.apply(c, text, NumberStyle::En)
        .map_err(|e| knob_error(knob, e, NumberStyle::En))
}

/// The check with its message, as the user reads it.
fn validate_field(field: Field, value: f64) -> Result<f64, String> {
    crate::domain::model::inputs::validate_field(field, value)
        .map_err(|e| field_error(field.spec().label, field, e, NumberStyle::En))
}

/// Reading typed text, with the message as the user reads it.
fn parse_field(field: Field, text: &str) -> Result<f64, String> {
    crate::domain::model::inputs::parse_field(field, text, NumberStyle::En)
        .map_err(|e| field_error(field.spec().label, field, e, NumberStyle::En))
}

#[test]
fn validation_messages() {
    assert_eq!(validate_field(Field::Fte, 20.0), Ok(20.0));
    assert_eq!(
        validate_field(Field::Fte, 1e9),
        Err("Team size must be between 0.5 and 10,000 FTE.".into())
    );
    assert_eq!(
        validate_field(Field::Fte, 0.1),
        Err("Team size must be between 0.5 and 10,000 FTE.".into())
    );
    assert_eq!(
        validate_field(Field::VendorMargin, 500.0),
        Err("Vendor margin must be between 0 and 200 %.".into())
    );
    assert_eq!(
        validate_field(Field::VendorMargin, -5.0),
        Err("Vendor margin cannot be negative.".into())
    );
    assert_eq!(
        validate_field(Field::Horizon, 2.5),
        Err("Horizon must be a whole number of years from 1 to 10.".into())
    );
    assert_eq!(
        validate_field(Field::Horizon, 11.0),
        Err("Horizon must be between 1 and 10 years.".into())
    );
    assert_eq!(
        validate_field(Field::Salary, f64::INFINITY),
        Err("In-house salary per FTE must be a number.".into())
    );
    assert_eq!(validate_field(Field::WageInflation, -5.0), Ok(-5.0));
    assert_eq!(
        validate_field(Field::WageInflation, -30.0),
        Err("Wage inflation must be between -20 and 50 % per year.".into())
    );
    assert_eq!(
        validate_field(Field::ProductivityDip, 100.0),
        Err("Ramp-up dip must be between 0 and 75 %.".into())
    );
    assert_eq!(parse_field(Field::Budget, " 1,250,000 "), Ok(1_250_000.0));
    assert_eq!(parse_field(Field::VendorMargin, "30 %"), Ok(30.0));
    assert_eq!(
        parse_field(Field::Fte, ""),
        Err("Team size is empty: enter a number.".into())
    );
    assert_eq!(
        parse_field(Field::Fte, "lots"),
        Err("Team size must be a number.".into())
    );
    assert_eq!(validate_currency(" eur"), Ok("EUR".into()));
    assert!(validate_currency("euro").is_err());

    assert!(CostInputs::default().validate().is_empty());
    let bad = CostInputs {
        fte: 1e9,
        vendor_margin_pct: 500.0,
        home: LocationId::India,
        ..CostInputs::default()
    };
    let errors: Vec<String> = bad
        .validate()
        .iter()
        .map(|p| input_problem(p, NumberStyle::En))
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    // Bad inputs are clamped, never propagated.
    let s = bad.sanitized();
    assert_eq!(
        (s.fte, s.vendor_margin_pct, s.home),
        (10_000.0, 200.0, LocationId::India)
    );
    // An unknown location cannot be held at all: reading one is an error.
    let text = serde_json::to_string(&CostInputs::default())
        .expect("serialise")
        .replace("\"home\":\"united_states\"", "\"home\":\"atlantis\"");
    let err = serde_json::from_str::<CostInputs>(&text)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("there is no location with the id “atlantis”"),
        "{err}"
    );
}

#[test]
fn every_field_has_a_spec_and_a_note() {
    for f in Field::ALL {
        let s = f.spec();
        assert!(s.min < s.max && !s.label.is_empty());
        assert!(!f.default_note().is_empty());
        assert!(!default_summary(f, &CostInputs::default(), NumberStyle::En).is_empty());
    }
    assert!(Field::ProductivityDip.default_note().contains("Meta Group"));
    assert!(Field::ProductivityGap
        .default_note()
        .contains("CIO Magazine (2003)"));
    // Every default names its source or says it is an assumption.
    for f in Field::ALL {
        let note = f.default_note();
        let cited = [
            "Stack Overflow",
            "OECD",
            "BLS",
            "CIO Magazine",
            "Meta Group",
            "Šmite",
            "social-security",
            "Nearshore Americas",
        ]
        .iter()
        .any(|s| note.contains(s));
        assert!(cited || note.contains("ssumption"), "{f:?}: {note}");
        // A note is shown beside a value the user typed as well, so it
        // never calls the value itself a default: the team size, the hybrid
        // share and the budget are the user's to set, and their notes
        // speak of a starting assumption instead.
        assert!(!note.contains("Planning default"), "{f:?}: {note}");
        if matches!(f, Field::Fte | Field::HybridShare | Field::Budget) {
            assert!(
                !note.to_ascii_lowercase().contains("default"),
                "{f:?}: {note}"
            );
        }
    }
    // The notes that name a starting figure name the model's own.
    let c = CostInputs::default();
    assert!(Field::Fte
        .default_note()
        .contains(&format!("plans for {} people", c.fte as u32)));
    assert!(Field::HybridShare
        .default_note()
        .contains(&format!("{} %", c.hybrid_share_pct as u32)));
    // The summaries are built from the constants the model uses.
    assert_eq!(
        default_summary(Field::Governance, &CostInputs::default(), NumberStyle::En),
        "domestic 4 % (2–6), same hours 5 % (3–8), no overlap 12 % (8–18), captive 5 % (3–8)"
    );
    assert_eq!(
        default_summary(
            Field::VendorOverhead,
            &CostInputs::default(),
            NumberStyle::En
        ),
        "5 %"
    );
    assert_eq!(
        default_summary(
            Field::HybridCoordination,
            &CostInputs::default(),
            NumberStyle::En
        ),
        "5 % (3–10)"
    );
    assert!(Field::Governance
        .default_note()
        .contains("CIO Magazine (2003)"));
    // Every default is within its own range.
    assert_eq!(CostInputs::default().sanitized(), CostInputs::default());
}

#[test]
fn bad_typed_values_are_refused_and_change_nothing() {
    let mut c = CostInputs::default();
    let fte = Knob::of(Field::Fte);
    for bad in ["", "abc", "-3", "1000000000", "1e9", "NaN", "inf"] {
        let before = c.clone();
        let err = apply(fte, &mut c, bad).unwrap_err();
        assert!(err.starts_with("Team size"), "{bad}: {err}");
        assert_eq!(c, before);
    }
    assert_eq!(
        apply(fte, &mut c, "1000000000").unwrap_err(),
        "Team size must be between 0.5 and 10,000 FTE."
    );
    let margin = Knob::of(Field::VendorMargin);
    assert_eq!(
        apply(margin, &mut c, "500%").unwrap_err(),
        "Vendor margin must be between 0 and 200 %."
    );
    assert_eq!(c, CostInputs::default());
    apply(fte, &mut c, " 1,250 ").unwrap();
    assert_eq!(c.fte, 1250.0);
    let h = Knob::of(Field::Horizon);
    assert!(apply(h, &mut c, "2.5").is_err());
    apply(h, &mut c, "7").unwrap();
    assert_eq!(c.horizon_years, 7);
}

#[test]
fn messages_name_the_exact_copy_of_a_field() {
    let mut c = CostInputs::default();
    let k = Knob {
        field: Field::Governance,
        slot: Slot::NoOverlap,
        end: End::High,
    };
    assert_eq!(
        apply(k, &mut c, "x").unwrap_err(),
        "Governance overhead, No overlap, worst case must be a number."
    );
}

#[test]
fn salary_on_cost_and_budget_follow_their_defaults_until_set() {
    let mut c = CostInputs::default();
    let p = project(&c, &LocationOverrides::new());
    let salary = Knob::of(Field::Salary);
    assert_eq!(salary.get(&c), None);
    // No function answered: the US average wage (OECD 2022).
    assert_eq!(knob_text(salary, &c, &p, NumberStyle::En), "77,463");
    assert_eq!(
        knob_text(Knob::of(Field::EmployerOnCost), &c, &p, NumberStyle::En),
        "7.65"
    );
    assert!(!salary.is_changed(&c));
    apply(salary, &mut c, "90000").unwrap();
    assert!(salary.is_changed(&c));
    salary.reset(&mut c);
    assert_eq!(c.salary_per_fte, None);
    let budget = Knob::of(Field::Budget);
    assert_eq!(budget.shown(&c, &p), p.budget);
}

#[test]
fn overrides_replace_validate_and_reset() {
    let mut o = LocationOverrides::new();
    let india = locations::get(LocationId::India);
    assert_eq!(o.figures(india), india.preset_figures());

    // An edited median moves the index with it: 28,000 / 140,000 × 100 = 20.
    o.set(LocationId::India, EditableFigure::DevPayMedian, 28_000.0)
        .expect("valid");
    let f = o.figures(india);
    assert_eq!(f.dev_pay_median_usd, 28_000.0);
    assert!((f.dev_pay_index - 20.0).abs() < 1e-9);
    // An edited index wins over the derived one.
    o.set(LocationId::India, EditableFigure::DevPayIndex, 15.0)
        .expect("valid");
    assert_eq!(o.figures(india).dev_pay_index, 15.0);
    assert!(o.is_edited(LocationId::India, EditableFigure::DevPayIndex));

    // Bad values are refused with a message and change nothing.
    let before = o.clone();
    let err = set(
        &mut o,
        LocationId::India,
        EditableFigure::EmployerOnCost,
        150.0,
    )
    .unwrap_err();
    assert_eq!(
        err,
        "Employer on-cost must be between 0 and 100 (% of gross pay)."
    );
    let err = set(&mut o, LocationId::India, EditableFigure::DevPayIndex, 0.0).unwrap_err();
    assert!(
        err.starts_with("Developer pay index must be between 0.1 and 1,000"),
        "{err}"
    );
    assert!(set(
        &mut o,
        LocationId::India,
        EditableFigure::GniIndex,
        f64::NAN
    )
    .unwrap_err()
    .contains("number"));
    assert_eq!(o, before);

    o.reset_figure(LocationId::India, EditableFigure::DevPayIndex);
    assert!((o.figures(india).dev_pay_index - 20.0).abs() < 1e-9);
    o.reset(LocationId::India);
    assert_eq!(o.figures(india), india.preset_figures());
    assert!(o.edits.is_empty());

    o.set(LocationId::Mexico, EditableFigure::EmployerOnCost, 30.0)
        .expect("valid");
    o.reset_figure(LocationId::Mexico, EditableFigure::EmployerOnCost);
    assert!(!o.is_location_edited(LocationId::Mexico));
    o.set(LocationId::Mexico, EditableFigure::EmployerOnCost, 30.0)
        .expect("valid");
    o.reset_all();
    assert_eq!(o, LocationOverrides::default());
}

/// Issue 16: the CFO's "12,5" for a margin became 125 %; now the message
/// shows what was understood and how to write it, and nothing changes.
#[test]
fn an_unclear_separator_is_refused_with_both_readings() {
    assert_eq!(
        parse_field(Field::Fte, "12,5"),
        Err("Team size: did you mean 12.5? The number format here is 1,234.5: type 12.5, or choose the number format 1.234,5 beside the currency.".into())
    );
    assert_eq!(
        parse_field(Field::Fte, "75.000"),
        Err("Team size: is that 75 or 75,000? The number format here is 1,234.5: type 75 or 75000, or choose the number format 1.234,5 beside the currency.".into())
    );
    assert_eq!(parse_field(Field::Fte, "1,250.5"), Ok(1250.5));
    let mut c = CostInputs::default();
    let before = c.clone();
    let knob = Knob::of(Field::VendorMargin);
    assert!(apply(knob, &mut c, "12,5").is_err());
    assert_eq!(c, before, "a refused entry changed the inputs");
}

/// The German CFO's entries, read in her number format; the English
/// reading of the same text is refused in hers, with her format's words.
#[test]
fn a_german_number_format_reads_decimal_commas() {
    let de = NumberStyle::De;
    let read = |text: &str| {
        crate::domain::model::inputs::parse_field(Field::Budget, text, de)
            .map_err(|e| field_error("Annual budget", Field::Budget, e, de))
    };
    assert_eq!(read("12,5"), Ok(12.5));
    assert_eq!(read("75.000"), Ok(75_000.0));
    assert_eq!(read("75.000,50"), Ok(75_000.5));
    assert_eq!(read("1.234,5"), Ok(1_234.5));
    assert_eq!(read("75000,50"), Ok(75_000.5));
    assert_eq!(read("3 000 000"), Ok(3_000_000.0));
    assert_eq!(
        read("12.5"),
        Err("Annual budget: did you mean 12,5? The number format here is 1.234,5: type 12,5, or choose the number format 1,234.5 beside the currency.".into())
    );
    assert_eq!(
        read("1,234"),
        Err("Annual budget: is that 1,234 or 1.234? The number format here is 1.234,5: type 1,234 or 1234, or choose the number format 1,234.5 beside the currency.".into())
    );
    // French: a narrow no-break space between thousands, a decimal comma.
    let fr = NumberStyle::Fr;
    assert_eq!(
        crate::domain::model::inputs::parse_field(Field::Budget, "1\u{202f}234,5", fr),
        Ok(1_234.5)
    );
    let too_small = crate::domain::model::inputs::parse_field(Field::Fte, "0,25", fr).unwrap_err();
    assert_eq!(
        field_error("Team size", Field::Fte, too_small, fr),
        "Team size must be between 0,5 and 10\u{202f}000 FTE."
    );
}
