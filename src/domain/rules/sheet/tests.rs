//! Native tests of `rules::sheet`. They assert where scores come from and
//! orderings that hold under any sensible cost model, not cost figures.

use super::*;
use crate::domain::model::inputs::HybridTarget;
use crate::domain::model::scenario::ScenarioId;
use Criterion::*;
use SourcingOption::*;

fn scenario() -> Scenario {
    Scenario::new(ScenarioId(1), "Test")
}

fn berlin() -> Scenario {
    let mut s = scenario();
    s.cost.home = LocationId::Germany;
    s.cost.targets.nearshore = LocationId::Poland;
    s
}

#[test]
fn economics_come_from_the_cost_model_for_every_option() {
    let sheet = ScoreSheet::for_scenario(&scenario());
    for o in SourcingOption::ALL {
        for c in [LabourCost, LongRunSavings, TransitionEase] {
            assert!(
                matches!(sheet.cell(o, c).origin, Origin::CostModel(_)),
                "{o:?} {c:?}"
            );
        }
    }
    assert!(sheet.score(Offshore, LabourCost) > sheet.score(InHouse, LabourCost));
    assert!(sheet.score(Offshore, LongRunSavings) > sheet.score(InHouse, LongRunSavings));
    assert!(sheet.score(InHouse, TransitionEase) > sheet.score(Offshore, TransitionEase));
    assert_eq!(sheet.score(InHouse, TransitionEase), 5, "nothing moves");
}

#[test]
fn hours_and_coverage_come_from_the_places() {
    let sheet = ScoreSheet::for_scenario(&scenario());
    for o in [InHouse, Domestic, Nearshore, Offshore, Captive] {
        for c in [TimeZoneAlignment, Coverage247] {
            assert!(
                matches!(sheet.cell(o, c).origin, Origin::LocationData(_)),
                "{o:?} {c:?}"
            );
        }
    }
    // New York: Mexico shares the day, India covers the night.
    assert_eq!(sheet.score(InHouse, TimeZoneAlignment), 5);
    assert!(sheet.score(Nearshore, TimeZoneAlignment) > sheet.score(Offshore, TimeZoneAlignment));
    assert!(sheet.score(Offshore, Coverage247) > sheet.score(Nearshore, Coverage247));
}

#[test]
fn language_legal_fit_and_scale_follow_the_location_data() {
    let sheet = ScoreSheet::for_scenario(&berlin());
    // Poland: EF EPI "588 high", an EU member, GSLI rank 13.
    assert_eq!(sheet.score(Nearshore, Language), 4);
    assert_eq!(sheet.score(Nearshore, RegulatoryFit), 4);
    assert_eq!(sheet.score(Nearshore, Scalability), 4);
    // India: not an adequate country, GSLI rank 1; a captive carries more.
    assert_eq!(sheet.score(Offshore, RegulatoryFit), 2);
    assert_eq!(sheet.score(Captive, RegulatoryFit), 1);
    assert_eq!(sheet.score(Offshore, Scalability), 5);
    assert_eq!(sheet.score(Captive, Scalability), 4);
    // India has no EF EPI figure in the data: a fixed score, saying so.
    assert_eq!(
        sheet.cell(Offshore, Language).origin,
        Origin::Fixed {
            no_figure: Some(Figure::EnglishProficiency)
        }
    );
    // Outside the EU and the UK, legal fit keeps its fixed score.
    let ny = ScoreSheet::for_scenario(&scenario());
    assert!(matches!(
        ny.cell(Offshore, RegulatoryFit).origin,
        Origin::Fixed { .. }
    ));
    // Mexico's English is low.
    assert_eq!(ny.score(Nearshore, Language), 2);
}

#[test]
fn fixed_scores_keep_their_rationale() {
    let sheet = ScoreSheet::for_scenario(&scenario());
    for c in [MarketPresence, QualityControl, DirectControl, LowDependency] {
        for o in [InHouse, Domestic, Nearshore, Offshore, Captive] {
            assert_eq!(sheet.cell(o, c).origin, Origin::Fixed { no_figure: None });
            assert_eq!(sheet.score(o, c), default_score(o, c));
        }
    }
    assert_eq!(sheet.score(Captive, MarketPresence), 5);
    assert_eq!(sheet.score(Domestic, Scalability), 3);
}

#[test]
fn a_users_override_wins_and_says_so() {
    let mut s = scenario();
    s.set_score(Offshore, Scalability, 1);
    let cell = ScoreSheet::for_scenario(&s)
        .cell(Offshore, Scalability)
        .clone();
    assert_eq!((cell.score, cell.default, cell.overridden), (1, 5, true));
    assert!(
        matches!(cell.origin, Origin::LocationData(_)),
        "the default's origin stays"
    );
}

#[test]
fn hybrid_follows_its_target_and_share() {
    let mut s = scenario();
    s.cost.hybrid_share_pct = 60.0;
    let sheet = ScoreSheet::for_scenario(&s);
    // Access: the target's score.
    assert_eq!(
        sheet.score(Hybrid, Coverage247),
        sheet.score(Offshore, Coverage247)
    );
    assert_eq!(
        sheet.score(Hybrid, Expertise),
        sheet.score(Offshore, Expertise)
    );
    // Control, quality and dependency: in-house's and the target's blended
    // by the share, rounded to the nearest.
    for c in [QualityControl, DirectControl, LowDependency] {
        let blend =
            0.4 * f64::from(sheet.score(InHouse, c)) + 0.6 * f64::from(sheet.score(Offshore, c));
        assert_eq!(sheet.score(Hybrid, c), blend.round() as u8, "{c:?}");
        assert!(matches!(
            sheet.cell(Hybrid, c).origin,
            Origin::Hybrid {
                rule: HybridRule::CoreStaysYours,
                ..
            }
        ));
    }
    // A minority share buys less.
    s.cost.hybrid_share_pct = 20.0;
    let small = ScoreSheet::for_scenario(&s);
    assert_eq!(
        small.score(Hybrid, Expertise),
        small.score(Offshore, Expertise) - 1
    );
    // Sent to a domestic firm, hybrid shares home's hours.
    s.cost.hybrid_target = HybridTarget::Domestic;
    let home = ScoreSheet::for_scenario(&s);
    assert_eq!(home.score(Hybrid, TimeZoneAlignment), 5);
    assert!(!home.placement.abroad(Hybrid));
    assert!(home.excludes(KnockOut::NoVendorManagementCapacity, Hybrid));
    assert!(!home.excludes(KnockOut::DataMustStayInCountry, Hybrid));
    s.cost.hybrid_target = HybridTarget::Captive;
    let own = ScoreSheet::for_scenario(&s);
    assert!(own.excludes(KnockOut::NoForeignEntity, Hybrid));
    assert!(!own.excludes(KnockOut::NoVendorManagementCapacity, Hybrid));
}

#[test]
fn knock_outs_follow_the_place() {
    // The EU rule keeps EU and adequate places.
    let sheet = ScoreSheet::for_scenario(&berlin());
    assert!(
        !sheet.excludes(KnockOut::DataInEuOrAdequate, Nearshore),
        "Poland"
    );
    assert!(
        sheet.excludes(KnockOut::DataInEuOrAdequate, Offshore),
        "India"
    );
    assert!(!sheet.excludes(KnockOut::DataInEuOrAdequate, InHouse));
    let mut s = berlin();
    s.cost.targets.offshore = LocationId::Brazil;
    let brazil = ScoreSheet::for_scenario(&s);
    assert!(
        !brazil.excludes(KnockOut::DataInEuOrAdequate, Offshore),
        "adequate"
    );
    // Night-free round-the-clock needs places far enough apart: New York
    // and India are; Berlin and India (4.5 h) are not.
    let ny = ScoreSheet::for_scenario(&scenario());
    assert!(ny.excludes(KnockOut::CoverageWithoutNightShifts, InHouse));
    assert!(ny.excludes(KnockOut::CoverageWithoutNightShifts, Nearshore));
    assert!(!ny.excludes(KnockOut::CoverageWithoutNightShifts, Offshore));
    assert!(sheet.excludes(KnockOut::CoverageWithoutNightShifts, Offshore));
    let mut s = berlin();
    s.cost.targets.offshore = LocationId::Philippines;
    let manila = ScoreSheet::for_scenario(&s);
    assert!(!manila.excludes(KnockOut::CoverageWithoutNightShifts, Offshore));
}

#[test]
fn english_bands_read_the_published_cell() {
    let band = |id| EnglishBand::of(locations::get(id));
    assert_eq!(band(LocationId::Portugal), Some(EnglishBand::VeryHigh));
    assert_eq!(band(LocationId::Poland), Some(EnglishBand::High));
    assert_eq!(band(LocationId::CostaRica), Some(EnglishBand::Moderate));
    assert_eq!(band(LocationId::Egypt), Some(EnglishBand::Low));
    assert_eq!(band(LocationId::India), None);
}

#[test]
fn the_economics_switch_takes_the_fixed_scores_and_keeps_overrides() {
    let mut s = scenario();
    s.fixed_economics = true;
    crate::domain::rules::matrix::set_override(&mut s.overrides, Offshore, LabourCost, 2, 0);
    let sheet = ScoreSheet::for_scenario(&s);
    for o in SourcingOption::ALL {
        for c in [LabourCost, LongRunSavings, TransitionEase] {
            let cell = sheet.cell(o, c);
            assert!(
                matches!(cell.origin, Origin::Fixed { .. } | Origin::Hybrid { .. }),
                "{o:?} {c:?}: {:?}",
                cell.origin
            );
            if o != Hybrid {
                assert_eq!(cell.default, default_score(o, c), "{o:?} {c:?}");
            }
        }
    }
    // The user's own score still wins.
    assert_eq!(sheet.score(Offshore, LabourCost), 2);
    // Everything else is as before.
    let live = ScoreSheet::for_scenario(&scenario());
    assert_eq!(
        sheet.default(Offshore, TimeZoneAlignment),
        live.default(Offshore, TimeZoneAlignment)
    );
    // The switch is saved only when set.
    let text = serde_json::to_string(&scenario()).unwrap();
    assert!(!text.contains("fixed_economics"), "{text}");
    let text = serde_json::to_string(&s).unwrap();
    let back: Scenario = serde_json::from_str(&text).unwrap();
    assert!(back.fixed_economics);
}

/// Control follows the share from in-house (nothing moved) to the target
/// (everything moved), and a hybrid moving nothing is in-house for every
/// knock-out, wherever its target is.
#[test]
fn hybrid_control_and_knock_outs_follow_the_share() {
    let mut s = scenario();
    s.cost.hybrid_target = HybridTarget::Offshore;
    let mut last = u8::MAX;
    for share in [0.0, 25.0, 50.0, 75.0, 100.0] {
        s.cost.hybrid_share_pct = share;
        let sheet = ScoreSheet::for_scenario(&s);
        let control = sheet.score(Hybrid, DirectControl);
        assert!(control <= last, "{share}: control rises as more moves out");
        last = control;
        if share == 0.0 {
            for c in [QualityControl, DirectControl, LowDependency] {
                assert_eq!(sheet.score(Hybrid, c), sheet.score(InHouse, c), "{c:?}");
            }
        }
        if share == 100.0 {
            for c in [QualityControl, DirectControl, LowDependency] {
                assert_eq!(sheet.score(Hybrid, c), sheet.score(Offshore, c), "{c:?}");
            }
        }
    }
    assert!(last < ScoreSheet::for_scenario(&scenario()).score(InHouse, DirectControl));
    // Nothing moved: no rule about where the work goes, who does it or on
    // what entity can rule hybrid out, whatever its target.
    for target in [
        HybridTarget::Offshore,
        HybridTarget::Captive,
        HybridTarget::Domestic,
    ] {
        s.cost.hybrid_target = target;
        s.cost.hybrid_share_pct = 0.0;
        let none = ScoreSheet::for_scenario(&s);
        assert!(!none.placement.abroad(Hybrid));
        for rule in [
            KnockOut::DataMustStayInCountry,
            KnockOut::DataInEuOrAdequate,
            KnockOut::NoVendorManagementCapacity,
            KnockOut::NoForeignEntity,
        ] {
            assert!(!none.excludes(rule, Hybrid), "{target:?} {rule:?}");
        }
        // A sliver moved abroad is enough for the rules to apply again.
        s.cost.hybrid_share_pct = 1.0;
        let some = ScoreSheet::for_scenario(&s);
        match target {
            HybridTarget::Offshore => {
                assert!(some.excludes(KnockOut::DataMustStayInCountry, Hybrid));
                assert!(some.excludes(KnockOut::NoVendorManagementCapacity, Hybrid));
            }
            HybridTarget::Captive => assert!(some.excludes(KnockOut::NoForeignEntity, Hybrid)),
            _ => assert!(some.excludes(KnockOut::NoVendorManagementCapacity, Hybrid)),
        }
    }
}

/// Shared language reads the first language home and place share, not only
/// English: Mexico to Colombia (both Spanish) scores 5 although Colombia's
/// English is low; Mexico to Vietnam still scores on English; New York to
/// Toronto scores 5 as both native English; Lisbon to São Paulo shares
/// Portuguese.
#[test]
fn a_shared_first_language_scores_like_native_english() {
    let mut mx = scenario();
    mx.cost.set_home(LocationId::Mexico);
    assert_eq!(mx.cost.targets.nearshore, LocationId::Colombia);
    let sheet = ScoreSheet::for_scenario(&mx);
    assert_eq!(sheet.score(Nearshore, Language), 5);
    assert!(matches!(
        sheet.cell(Nearshore, Language).origin,
        Origin::LocationData(LocationFact::English {
            shared: Some("Spanish"),
            ..
        })
    ));
    // Vietnam: EF EPI "498 low", no shared language.
    assert_eq!(mx.cost.targets.offshore, LocationId::Vietnam);
    assert_eq!(sheet.score(Offshore, Language), 2);
    let mut ny = scenario();
    ny.cost.targets.nearshore = LocationId::Canada;
    assert_eq!(ScoreSheet::for_scenario(&ny).score(Nearshore, Language), 5);
    let mut lisbon = scenario();
    lisbon.cost.set_home(LocationId::Portugal);
    lisbon.cost.targets.nearshore = LocationId::Brazil;
    let pt = ScoreSheet::for_scenario(&lisbon);
    assert_eq!(pt.score(Nearshore, Language), 5);
    // The data: every place has a first language, and native English
    // means English first.
    for loc in locations::all() {
        assert!(!loc.first_language.is_empty(), "{}", loc.name);
        if loc.native_english {
            assert_eq!(loc.first_language, "English", "{}", loc.name);
        }
    }
    assert_eq!(locations::get(LocationId::India).first_language, "Hindi");
}
