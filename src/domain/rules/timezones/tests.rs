//! Native tests of `rules::timezones`.

use super::*;
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::time::TimeSettings;
use proptest::prelude::*;

fn loc(id: LocationId) -> &'static Location {
    locations::get(id)
}

#[test]
fn new_york_and_bengaluru_barely_meet() {
    let s = TimeSettings::default(); // 09:00–17:30, winter
                                     // Bengaluru is 10 h 30 min ahead of New York in winter: its 09:00
                                     // is New York's 22:30, and its 17:30 is New York's 07:00. No overlap.
    let (ny, blr) = (loc(LocationId::UnitedStates), loc(LocationId::India));
    assert_eq!(offset_minutes(blr, &s) - offset_minutes(ny, &s), 630);
    assert_eq!(overlap_minutes(ny, blr, &s), 0);
    // In northern summer New York is an hour ahead: still none.
    let summer = TimeSettings {
        summer: true,
        ..s.clone()
    };
    assert_eq!(
        offset_minutes(blr, &summer) - offset_minutes(ny, &summer),
        570
    );
    assert_eq!(overlap_minutes(ny, blr, &summer), 0);
    // Together they cover 8.5 + 8.5 = 17 h of the day.
    assert_eq!(coverage_minutes(&[ny, blr], &s), 17 * 60);
}

#[test]
fn london_and_warsaw_share_all_but_an_hour() {
    let s = TimeSettings::default();
    let (lon, waw) = (loc(LocationId::UnitedKingdom), loc(LocationId::Poland));
    // Warsaw is 1 h ahead: 8.5 h day minus 1 h = 7.5 h shared.
    assert_eq!(overlap_minutes(lon, waw, &s), 450);
    assert_eq!(alignment_score(450, 510), 5);
    assert_eq!(coverage_minutes(&[lon, waw], &s), 570);
}

#[test]
fn scores_follow_their_thresholds() {
    assert_eq!(alignment_score(0, 510), 1);
    assert_eq!(alignment_score(15, 510), 2);
    assert_eq!(alignment_score(120, 510), 3);
    assert_eq!(alignment_score(240, 510), 4);
    assert_eq!(alignment_score(360, 510), 5);
    // A short working day that is fully shared is a 5.
    assert_eq!(alignment_score(240, 240), 5);
    assert_eq!(coverage_score(510), 1);
    assert_eq!(coverage_score(600), 2);
    assert_eq!(coverage_score(13 * 60), 3);
    assert_eq!(coverage_score(16 * 60), 4);
    assert_eq!(coverage_score(22 * 60), 5);
}

#[test]
fn the_default_scenario_compares_four_roles() {
    let cost = CostInputs::default();
    let c = compare(&cost, &TimeSettings::default());
    assert_eq!(c.places[0].roles, "Home");
    assert_eq!(c.places[0].overlap, 510);
    assert!(c.places[0].ribbon[9] && !c.places[0].ribbon[8] && c.places[0].ribbon[16]);
    let roles: Vec<&str> = c.places.iter().map(|p| p.roles.as_str()).collect();
    assert!(roles.iter().any(|r| r.contains("Offshore")), "{roles:?}");
    let s = |o: SourcingOption| c.suggested.iter().find(|x| x.option == o).unwrap();
    assert_eq!(s(SourcingOption::InHouse).alignment, 5);
    assert_eq!(s(SourcingOption::InHouse).coverage_score, 1);
    assert!(s(SourcingOption::Offshore).coverage_score > s(SourcingOption::InHouse).coverage_score);
    assert!(s(SourcingOption::Offshore).alignment < s(SourcingOption::Nearshore).alignment);
}

proptest! {
    #[test]
    fn overlap_is_symmetric_and_bounded(a in 0usize..21, b in 0usize..21, start in 0u16..80, len in 4u16..16, summer: bool) {
        let s = TimeSettings { day_start: start * 15, day_end: start * 15 + len * 15 * 4, summer };
        prop_assume!(s.validate().is_ok());
        let (x, y) = (&locations::LOCATIONS[a], &locations::LOCATIONS[b]);
        let o = overlap_minutes(x, y, &s);
        prop_assert_eq!(o, overlap_minutes(y, x, &s));
        prop_assert!(o >= 0 && o <= i32::from(s.length()));
        prop_assert_eq!(overlap_minutes(x, x, &s), i32::from(s.length()));
        let cov = coverage_minutes(&[x, y], &s);
        prop_assert_eq!(cov, 2 * i32::from(s.length()) - o);
        let sc = alignment_score(o, i32::from(s.length()));
        prop_assert!((1..=5).contains(&sc));
    }
}
