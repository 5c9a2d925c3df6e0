//! Native tests of `rules::inputs`.

use super::*;
use crate::domain::model::ids::LocationId;
use crate::domain::model::location_edits::EditableFigure;

#[test]
fn overrides_survive_json_and_tolerate_corrupt_values() {
    let mut o = LocationOverrides::new();
    o.set(LocationId::Mexico, EditableFigure::GniPerCapita, 15_990.0)
        .expect("valid");
    let json = serde_json::to_string(&o).expect("serialise");
    // Only what is edited is written: no nulls.
    assert_eq!(json, r#"{"mexico":{"gni_per_capita_usd":15990.0}}"#);
    let back: LocationOverrides = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, o);
    // Older saves wrote a null for every figure not edited: they read the same.
    let older: LocationOverrides = serde_json::from_str(
        r#"{"mexico":{"dev_pay_median_usd":null,"dev_pay_index":null,"gni_per_capita_usd":15990.0,"gni_index":null,"employer_oncost_pct":null}}"#,
    )
    .expect("parse");
    assert_eq!(older, o);
    // An entry that edits nothing is dropped; an unknown location is an error.
    let empty: LocationOverrides =
        serde_json::from_str(r#"{"india":{},"china":{"gni_index":null}}"#).expect("parse");
    assert!(empty.edits.is_empty());
    let err = serde_json::from_str::<LocationOverrides>(r#"{"atlantis":{}}"#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("there is no location with the id “atlantis”"),
        "{err}"
    );
    // Missing fields default to "not edited".
    let sparse: LocationOverrides =
        serde_json::from_str(r#"{"india":{"dev_pay_index":0}}"#).expect("parse");
    // A stored index of 0 is clamped to the minimum, never 0.
    let f = sparse.figures(locations::get(LocationId::India));
    assert_eq!(f.dev_pay_index, 0.1);
}
