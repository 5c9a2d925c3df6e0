//! Native tests of `model::inputs`: the records of the cost model's numbers.

use super::*;

/// Every slot a copy could name.
const SLOTS: [Slot; 8] = [
    Slot::Only,
    Slot::Home,
    Slot::Domestic,
    Slot::Nearshore,
    Slot::Offshore,
    Slot::Captive,
    Slot::SameHours,
    Slot::NoOverlap,
];

#[test]
fn one_record_per_field_in_field_order() {
    assert_eq!(FIELDS.len(), Field::ALL.len());
    for (i, (spec, field)) in FIELDS.iter().zip(Field::ALL).enumerate() {
        assert_eq!(spec.field, field, "record {i} is out of order");
        assert_eq!(field as usize, i, "{field:?}");
        assert!(std::ptr::eq(field.spec(), spec), "{field:?}");
        assert!(spec.min < spec.max, "{field:?}");
        assert!(!spec.label.is_empty() && !spec.note.is_empty(), "{field:?}");
        assert_eq!(field.default_note(), spec.note);
    }
}

#[test]
fn every_default_is_inside_its_own_range() {
    for spec in &FIELDS {
        for (slot, end) in spec.copies() {
            if let Some(v) = spec.default_at(slot, end) {
                assert!(
                    v >= spec.min && v <= spec.max,
                    "{:?} {slot:?} {end:?}: {v}",
                    spec.field
                );
                assert!(!spec.whole || v.fract() == 0.0, "{:?}", spec.field);
            }
        }
    }
}

#[test]
fn each_record_reaches_exactly_the_rows_it_lists() {
    let mut c = CostInputs::default();
    for spec in &FIELDS {
        let rows: Vec<Slot> = spec.copies().map(|(slot, _)| slot).collect();
        for slot in SLOTS {
            assert_eq!(
                (spec.at)(&c, slot).is_some(),
                rows.contains(&slot),
                "{:?} {slot:?}",
                spec.field
            );
            assert_eq!(
                (spec.at_mut)(&mut c, slot).is_some(),
                rows.contains(&slot),
                "{:?} {slot:?}",
                spec.field
            );
        }
    }
}

#[test]
fn every_copy_is_its_own_number() {
    // A different value in every copy of every field, then each read back:
    // two records (or rows, or ends) sharing a place would show here.
    let mut c = CostInputs::default();
    let mut written = Vec::new();
    for spec in &FIELDS {
        for (i, (slot, end)) in spec.copies().enumerate() {
            let span = spec.max - spec.min;
            let value = if spec.whole {
                spec.min + 1.0 + (i as f64)
            } else {
                spec.min + span * (0.1 + 0.01 * i as f64)
            };
            spec.set(&mut c, slot, end, value);
            written.push((spec, slot, end, value));
        }
    }
    for (spec, slot, end, value) in written {
        assert_eq!(
            spec.get(&c, slot, end),
            Some(value),
            "{:?} {slot:?} {end:?}",
            spec.field
        );
    }
    for spec in &FIELDS {
        spec.reset_all(&mut c);
    }
    assert_eq!(c, CostInputs::default());
}

#[test]
fn a_copy_a_field_does_not_have_changes_nothing() {
    let mut c = CostInputs::default();
    let fte = Field::Fte.spec();
    fte.set(&mut c, Slot::Offshore, End::Value, 3.0);
    fte.set(&mut c, Slot::Only, End::High, 3.0);
    let dip = Field::ProductivityDip.spec();
    dip.set(&mut c, Slot::Only, End::Value, 3.0);
    dip.set(&mut c, Slot::Home, End::Value, 3.0);
    assert_eq!(c, CostInputs::default());
    assert_eq!(fte.get(&c, Slot::Only, End::Low), None);
    assert_eq!(dip.get(&c, Slot::Only, End::Value), None);
}

#[test]
fn whole_numbers_are_rounded_into_range_by_their_record() {
    let horizon = Field::Horizon.spec();
    let mut c = CostInputs::default();
    for (typed, kept) in [(7.0, 7), (7.6, 8), (99.0, 10), (-3.0, 1), (f64::NAN, 1)] {
        horizon.set(&mut c, Slot::Only, End::Value, typed);
        assert_eq!(c.horizon_years, kept, "{typed}");
    }
}

#[test]
fn worked_out_figures_have_no_default_number() {
    let mut c = CostInputs::default();
    for field in [Field::Salary, Field::EmployerOnCost, Field::Budget] {
        let spec = field.spec();
        assert_eq!(spec.default_at(Slot::Only, End::Value), None);
        assert_eq!(spec.get(&c, Slot::Only, End::Value), None);
        spec.set(&mut c, Slot::Only, End::Value, 1000.0);
        assert_eq!(spec.get(&c, Slot::Only, End::Value), Some(1000.0));
        spec.reset(&mut c, Slot::Only, End::Value);
        assert_eq!(spec.get(&c, Slot::Only, End::Value), None);
    }
}

#[test]
fn panels_list_their_records_in_order() {
    let assumptions = fields_in::<{ count_in(Panel::Assumptions) }>(Panel::Assumptions);
    let expected: Vec<Field> = FIELDS
        .iter()
        .filter(|s| s.panel == Panel::Assumptions)
        .map(|s| s.field)
        .collect();
    assert_eq!(assumptions.to_vec(), expected);
    assert_eq!(
        count_in(Panel::Main) + count_in(Panel::Assumptions),
        FIELDS.len()
    );
}

/// The saved shape: every key (and nested key) the stored format has.
fn shape(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    if let serde_json::Value::Object(map) = v {
        for (k, v) in map {
            let path = format!("{at}{k}");
            out.push(path.clone());
            shape(v, &format!("{path}."), out);
        }
    }
}

#[test]
fn the_saved_shape_of_the_inputs_is_the_schema_5_shape() {
    let json = serde_json::to_value(CostInputs::default()).expect("serialise");
    let mut keys = Vec::new();
    shape(&json, "", &mut keys);
    let uncertain = |k: &str| {
        vec![
            k.to_string(),
            format!("{k}.value"),
            format!("{k}.low"),
            format!("{k}.high"),
        ]
    };
    let moved = |k: &str| {
        let mut out = vec![k.to_string()];
        for row in ["domestic", "same_hours", "no_overlap"] {
            out.extend(uncertain(&format!("{k}.{row}")));
        }
        out
    };
    let mut expected: Vec<String> = [
        "currency",
        "fte",
        "home",
        "function",
        "salary_per_fte",
        "employer_oncost_pct",
        "other_overhead_pct",
        "labour_index",
        "targets",
        "targets.nearshore",
        "targets.offshore",
        "targets.captive",
        "vendor_margin_pct",
        "vendor_overhead_pct",
        "seat_cost",
        "captive_fixed_cost",
        "captive_setup",
        "replacement_cost_pct",
        "hybrid_share_pct",
        "hybrid_target",
        "horizon_years",
        "annual_budget",
    ]
    .map(String::from)
    .to_vec();
    for k in [
        "onsite_share_pct",
        "productivity_gap",
        "governance",
        "transition",
        "dip",
    ] {
        expected.extend(moved(k));
    }
    for k in [
        "hybrid_coordination_pct",
        "attrition_pct",
        "captive_attrition_pct",
        "captive_governance_pct",
        "home_inflation_pct",
    ] {
        expected.extend(uncertain(k));
    }
    expected.push("target_inflation_pct".into());
    for row in ["nearshore", "offshore", "captive"] {
        expected.extend(uncertain(&format!("target_inflation_pct.{row}")));
    }
    keys.sort();
    expected.sort();
    assert_eq!(keys, expected);
    assert_eq!(json["horizon_years"], 5);
    assert!(json["salary_per_fte"].is_null() && json["annual_budget"].is_null());
}

/// The labels are lowercased in sentences ("Reset team size") with
/// `to_ascii_lowercase`, which keeps Unicode's case tables out of the wasm:
/// that is the same as `to_lowercase` only while they are ASCII.
#[test]
fn field_and_slot_labels_lowercase_as_ascii() {
    let labels = FIELDS
        .iter()
        .map(|spec| spec.label)
        .chain(SLOTS.iter().map(|slot| slot.label()));
    for label in labels {
        assert!(label.is_ascii(), "{label:?} is not ASCII");
        assert_eq!(label.to_ascii_lowercase(), label.to_lowercase());
    }
}

/// What serde's derive makes of cost inputs in JSON text: the inputs, or
/// its message without serde_json's line and column.
fn derive_reads(text: &str) -> Result<CostInputs, String> {
    serde_json::from_str::<CostInputs>(text).map_err(|e| {
        let place = format!(" at line {} column {}", e.line(), e.column());
        e.to_string().trim_end_matches(&place).to_string()
    })
}

fn hand_reads(text: &str) -> Result<CostInputs, String> {
    cost_from_json(&crate::domain::model::json::Json::parse(text).map_err(|e| e.to_string())?)
}

/// The hand-written reader and the derive agree on every field replaced by
/// anything JSON can hold (or taken out), values and messages alike.
#[test]
fn the_hand_reader_reads_and_refuses_as_the_derive() {
    use crate::domain::model::json::Json;
    // With a rate, which a USD scenario leaves out of its file.
    let base = CostInputs {
        usd_rate: Some(0.5),
        ..CostInputs::default()
    };
    let default = serde_json::to_string(&base).unwrap();
    let Json::Object(fields) = Json::parse(&default).unwrap() else {
        panic!("cost inputs are an object");
    };
    let candidates = [
        "null",
        "true",
        "-1",
        "0",
        "7",
        "4294967296",
        "1.5",
        "1e300",
        "\"x\"",
        "\"india\"",
        "\"gni\"",
        "\"offshore\"",
        "\"software_engineering\"",
        "{}",
        r#"{"value":1,"low":0,"high":2.5}"#,
        r#"{"value":1,"low":0}"#,
        "[1,0,2]",
        "[1,0]",
        "[1,0,2,3]",
        "[]",
        r#"["india","india","mexico"]"#,
        r#"{"value":"1","low":0,"high":2}"#,
        r#"{"nearshore":"india","offshore":"mexico","captive":"india"}"#,
        r#"{"nearshore":"india","offshore":"atlantis","captive":"india"}"#,
        r#"{"domestic":{"value":1,"low":0,"high":2},"same_hours":{"value":1,"low":0,"high":2},"no_overlap":{"value":1,"low":0,"high":2}}"#,
        r#"{"nearshore":{"value":1,"low":0,"high":2},"offshore":{"value":1,"low":0,"high":2},"captive":{"value":1,"low":0,"high":2}}"#,
    ];
    let mut compared = 0;
    for (key, _) in fields.iter() {
        for candidate in candidates.iter().map(|c| Some(*c)).chain([None]) {
            let mut changed = fields.clone();
            match candidate {
                Some(c) => changed.insert(key.clone(), Json::parse(c).unwrap()),
                None => {
                    changed.remove(key);
                }
            }
            let text = Json::Object(changed).to_text();
            assert_eq!(
                hand_reads(&text),
                derive_reads(&text),
                "{key} = {candidate:?}"
            );
            compared += 1;
        }
    }
    assert!(compared > 500, "{compared}");
    // Every field, in declaration order, as an array (which serde reads too).
    let all: Vec<String> = read::COST_FIELDS
        .iter()
        .map(|k| fields.get(k).expect("a field of the struct").to_text())
        .collect();
    let in_order = format!("[{}]", all.join(","));
    assert_eq!(hand_reads(&in_order), Ok(base));
    assert_eq!(fields.len(), read::COST_FIELDS.len());
    for text in [
        "null",
        "[]",
        "[\"EUR\", 3]",
        "[\"EUR\", \"3\"]",
        "7",
        "\"x\"",
        r#"{"unknown":1}"#,
        &default,
        &in_order,
        &format!("[{},7]", all.join(",")),
    ] {
        assert_eq!(hand_reads(text), derive_reads(text), "{text}");
    }
}

proptest::proptest! {
    /// Any cost inputs the app can hold read back the same by hand.
    #[test]
    fn any_inputs_read_back_by_hand(
        fte in proptest::num::f64::ANY,
        salary in proptest::option::of(-1e12f64..1e12),
        margin in -1e3f64..1e3,
        years in proptest::num::u32::ANY,
        low in proptest::num::f64::NORMAL,
        home in 0..LocationId::ALL.len(),
        function in 0..Function::ALL.len(),
    ) {
        let mut c = CostInputs {
            fte,
            salary_per_fte: salary,
            vendor_margin_pct: margin,
            horizon_years: years,
            home: LocationId::ALL[home],
            function: Function::ALL[function],
            ..CostInputs::default()
        };
        c.dip.same_hours.low = low;
        c.target_inflation_pct.captive.high = -low;
        let text = serde_json::to_string(&c).unwrap();
        proptest::prop_assert_eq!(hand_reads(&text), derive_reads(&text));
    }
}
