//! Native tests of `model::knob`.

use super::*;

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
    // Onsite 2 rows, gap, transition and dip 3 rows, governance 4 rows (each
    // row × 3 ends), coordination and both attritions 3, inflation 4 × 3,
    // and 5 single numbers (seat, vendor overhead, replacement, fixed, set-up).
    let n: usize = ASSUMPTIONS.iter().map(|f| Knob::all_of(*f).len()).sum();
    assert_eq!(n, 6 + 27 + 12 + 9 + 12 + 5);
    let mut c = CostInputs::default();
    for field in ASSUMPTIONS {
        for knob in Knob::all_of(field) {
            knob.set(&mut c, 1.0);
        }
    }
    assert_eq!(c.onsite_share_pct.no_overlap.high, 1.0);
    assert_eq!(c.target_inflation_pct.offshore.low, 1.0);
    assert_eq!(c.home_inflation_pct.value, 1.0);
    assert_eq!(c.dip.domestic.value, 1.0);
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
            slot: Slot::SameHours,
            end: End::Low
        }
        .id(),
        "f-governance-same-hours-low"
    );
}
