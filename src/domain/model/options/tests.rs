//! Native tests of `model::options`.

use super::*;

#[test]
fn ids_round_trip_and_are_unique() {
    let mut seen = crate::domain::model::small::SmallSet::new();
    for o in SourcingOption::ALL {
        assert_eq!(SourcingOption::from_id(o.id()), Some(o));
        assert!(seen.insert(o.id()), "duplicate id {}", o.id());
    }
    assert_eq!(SourcingOption::from_id("moon_base"), None);
}

#[test]
fn serde_uses_the_stable_ids() {
    for o in SourcingOption::ALL {
        let json = serde_json::to_string(&o).unwrap();
        assert_eq!(json, format!("\"{}\"", o.id()));
    }
}

#[test]
fn outsourcing_is_about_who_offshoring_about_where() {
    // The seed's core difference: outsourcing changes who does the work,
    // offshoring changes where it is done.
    assert!(SourcingOption::Domestic.is_outsourced());
    assert!(!SourcingOption::Domestic.crosses_border());
    assert!(SourcingOption::Captive.crosses_border());
    assert!(!SourcingOption::Captive.is_outsourced());
    assert!(!SourcingOption::InHouse.is_outsourced());
    assert!(!SourcingOption::InHouse.crosses_border());
}
