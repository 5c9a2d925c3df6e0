//! Native tests of `present::sheet`.

use super::*;
use crate::domain::model::scenario::{Scenario, ScenarioId};

#[test]
fn every_cell_says_where_its_score_comes_from() {
    let mut s = Scenario::new(ScenarioId(1), "Test");
    s.set_score(SourcingOption::Offshore, Criterion::Expertise, 1);
    let sheet = ScoreSheet::for_scenario(&s);
    for o in SourcingOption::ALL {
        for c in Criterion::ALL {
            let text = origin_text(&sheet, o, c, NumberStyle::En);
            assert!(text.ends_with('.'), "{o:?} {c:?}: {text}");
            assert!(!origin_label(sheet.cell(o, c)).is_empty());
        }
    }
    let own = origin_text(
        &sheet,
        SourcingOption::Offshore,
        Criterion::Expertise,
        NumberStyle::En,
    );
    assert!(own.starts_with("You set this score."), "{own}");
    assert_eq!(
        origin_label(sheet.cell(SourcingOption::Offshore, Criterion::Expertise)),
        "Your override"
    );
    let cost = sheet.cell(SourcingOption::Offshore, Criterion::LabourCost);
    assert_eq!(origin_label(cost), "Cost model");
    assert!(origin_text(
        &sheet,
        SourcingOption::Offshore,
        Criterion::LabourCost,
        NumberStyle::En
    )
    .contains("cost model"));
    let scale = origin_text(
        &sheet,
        SourcingOption::Offshore,
        Criterion::Scalability,
        NumberStyle::En,
    );
    assert!(
        scale.contains("India") && scale.contains("Kearney GSLI 2023"),
        "{scale}"
    );
    let overlap = origin_text(
        &sheet,
        SourcingOption::Nearshore,
        Criterion::TimeZoneAlignment,
        NumberStyle::En,
    );
    assert!(
        overlap.contains("Mexico") && overlap.contains("IANA"),
        "{overlap}"
    );
    let fixed = origin_text(
        &sheet,
        SourcingOption::Captive,
        Criterion::MarketPresence,
        NumberStyle::En,
    );
    assert!(fixed.starts_with("A fixed score."), "{fixed}");
}
