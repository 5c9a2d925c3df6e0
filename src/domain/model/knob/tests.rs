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
