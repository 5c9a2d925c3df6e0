//! Native tests of `rules::inputs`.

use super::*;
use crate::domain::content::locations::find;
use crate::domain::model::location_edits::EditableFigure;

#[test]
fn overrides_survive_json_and_tolerate_corrupt_values() {
    let mut o = LocationOverrides::new();
    o.set("mexico", EditableFigure::GniPerCapita, 15_990.0)
        .expect("valid");
    let json = serde_json::to_string(&o).expect("serialise");
    assert_eq!(
        json,
        r#"{"mexico":{"dev_pay_median_usd":null,"dev_pay_index":null,"gni_per_capita_usd":15990.0,"gni_index":null,"employer_oncost_pct":null}}"#
    );
    let back: LocationOverrides = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, o);
    // Missing fields default to "not edited".
    let sparse: LocationOverrides =
        serde_json::from_str(r#"{"india":{"dev_pay_index":0}}"#).expect("parse");
    // A stored index of 0 is clamped to the minimum, never 0.
    let f = sparse.figures(find("india").expect("preset"));
    assert_eq!(f.dev_pay_index, 0.1);
}
