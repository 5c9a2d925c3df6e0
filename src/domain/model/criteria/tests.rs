//! Native tests of `model::criteria`.

use super::*;

#[test]
fn there_are_eighteen_criteria_in_six_groups() {
    assert_eq!(Criterion::ALL.len(), 18);
    let total: usize = Group::ALL
        .iter()
        .map(|g| Criterion::in_group(*g).count())
        .sum();
    assert_eq!(total, 18);
    for g in Group::ALL {
        assert!(Criterion::in_group(g).count() >= 2, "{g:?} is too small");
    }
}

#[test]
fn ids_round_trip_and_match_serde() {
    for c in Criterion::ALL {
        assert_eq!(Criterion::from_id(c.id()), Some(c));
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            format!("\"{}\"", c.id())
        );
    }
}

#[test]
fn display_order_keeps_groups_together() {
    let groups: Vec<Group> = Criterion::ALL.iter().map(|c| c.group()).collect();
    let mut dedup = groups.clone();
    dedup.dedup();
    assert_eq!(dedup, Group::ALL.to_vec());
}

#[test]
fn default_weights_are_in_range_and_not_all_zero() {
    assert!(Criterion::ALL
        .iter()
        .all(|c| c.default_weight() <= MAX_WEIGHT));
    assert!(Criterion::ALL.iter().any(|c| c.default_weight() > 0));
}
