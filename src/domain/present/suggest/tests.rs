//! Native tests of `present::suggest`.

use super::*;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::model::options::SourcingOption;
use crate::domain::rules::cost::project;
use crate::domain::rules::suggest::{suggest, COST_CRITERIA};

#[test]
fn hand_worked_default_reasons() {
    // The figures are worked out in `rules::suggest`'s tests. The captive's
    // one-time cost: 90 % of year 1's in-house $2,222,040 (India shares no
    // working hours with New York) plus the $300,000 set-up.
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let text = |o, c| reason(&suggest(&p, o, c).unwrap(), &p.currency, NumberStyle::En);
    assert_eq!(
        text(SourcingOption::Offshore, Criterion::LabourCost),
        "Costs $1,411,374 a year once settled in your cost model, 44% less than in-house."
    );
    assert_eq!(
        text(SourcingOption::InHouse, Criterion::LabourCost),
        "Costs $2,500,921 a year once settled in your cost model, the baseline the other options are measured against."
    );
    assert_eq!(
        text(SourcingOption::Offshore, Criterion::LongRunSavings),
        "Saves 23% ($2,752,117) over 5 years in your cost model, transition included, and pays off in month 30 (year 3)."
    );
    assert_eq!(
        text(SourcingOption::Domestic, Criterion::LongRunSavings),
        "Costs 21% ($2,457,770) more than in-house over 5 years in your cost model, transition included."
    );
    assert_eq!(
        text(SourcingOption::InHouse, Criterion::LongRunSavings),
        "Saves nothing over 5 years in your cost model: it is the in-house baseline."
    );
    assert_eq!(
        text(SourcingOption::Captive, Criterion::TransitionEase),
        "A one-time transition cost of $2,299,832 and $162,484 of extra running cost while the new team ramps up, together 111% of a year of in-house cost in your cost model."
    );
    assert_eq!(
        text(SourcingOption::InHouse, Criterion::TransitionEase),
        "No one-time transition cost and no ramp-up in your cost model: the work stays where it is."
    );
    // Every reason is one full sentence.
    for c in COST_CRITERIA {
        for o in SourcingOption::ALL {
            assert!(text(o, c).ends_with('.'), "{}", text(o, c));
        }
    }
}

#[test]
fn a_dearer_option_says_so() {
    // A domestic vendor with a fat margin costs more than in-house.
    let c = CostInputs {
        vendor_margin_pct: 60.0,
        ..CostInputs::default()
    };
    let p = project(&c, &LocationOverrides::new());
    let labour = suggest(&p, SourcingOption::Domestic, Criterion::LabourCost).unwrap();
    assert_eq!(labour.score, 1);
    let labour = reason(&labour, &p.currency, NumberStyle::En);
    assert!(labour.contains("more than in-house"), "{labour}");
    let savings = suggest(&p, SourcingOption::Domestic, Criterion::LongRunSavings).unwrap();
    assert_eq!(savings.score, 1);
    let savings = reason(&savings, &p.currency, NumberStyle::En);
    assert!(
        savings.starts_with("Costs ") && savings.contains("more than in-house"),
        "{savings}"
    );
}

#[test]
fn a_one_year_horizon_reads_in_the_singular() {
    let c = CostInputs {
        horizon_years: 1,
        ..CostInputs::default()
    };
    let p = project(&c, &LocationOverrides::new());
    let s = suggest(&p, SourcingOption::InHouse, Criterion::LongRunSavings).unwrap();
    let s = reason(&s, &p.currency, NumberStyle::En);
    assert!(s.contains("over 1 year "), "{s}");
}
