//! Native tests of `formats::json`: it reads and writes as serde_json's `Value`.

use super::*;
use proptest::prelude::*;

#[test]
fn text_reads_and_writes_as_serde_json_values_do() {
    let samples = [
        r#"{"b":1,"a":[true,null,-3,2.5,1e300,"x\"\n\u0001é"],"c":{"z":{},"y":[]}}"#,
        r#"{"k":1,"k":2}"#,
        "18446744073709551615",
        "-9223372036854775808",
        "123456789012345678901234567890",
        "0.1",
        "-0",
        "-0.0",
        "5.0",
        r#""\ud83d\ude00""#,
    ];
    for text in samples {
        let ours = Json::parse(text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            ours.to_text(),
            serde_json::to_string(&theirs).unwrap(),
            "{text}"
        );
    }
}

#[test]
fn bad_text_is_refused_with_serde_jsons_message() {
    for text in [
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "nul",
        "1e999",
        &"[".repeat(200),
    ] {
        let ours = Json::parse(text).unwrap_err().to_string();
        let theirs = serde_json::from_str::<serde_json::Value>(text)
            .unwrap_err()
            .to_string();
        assert_eq!(ours, theirs, "{text}");
    }
}

#[test]
fn numbers_compare_as_serde_json_compares_them() {
    let n = |t: &str| Json::parse(t).unwrap();
    assert_eq!(n("5.0"), n("5.00"));
    assert_ne!(n("5"), n("5.0"));
    assert_eq!(n("5.0").as_f64(), Some(5.0));
    assert_eq!(n("5").as_f64(), Some(5.0));
    assert_eq!(n("5").as_u64(), Some(5));
    assert_eq!(n("-5").as_u64(), None);
    assert_eq!(Json::float(f64::NAN), Json::Null);
}

#[test]
fn objects_keep_keys_sorted_and_once() {
    let mut map = Map::new();
    map.insert("b".into(), Json::from(1));
    map.insert("a".into(), Json::from(2));
    map.insert("b".into(), Json::from(3));
    assert_eq!(Json::Object(map.clone()).to_text(), r#"{"a":2,"b":3}"#);
    assert_eq!(map.or_insert_with("c", || Json::Null), &Json::Null);
    assert_eq!(map.or_insert_with("a", || Json::Null), &Json::from(2));
    assert_eq!(map.remove("a"), Some(Json::from(2)));
    assert!(!map.contains_key("a"));
    assert_eq!(map.len(), 2);
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        ".{0,8}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::vec(("[a-d]{0,2}", inner), 0..6)
                .prop_map(|fields| serde_json::Value::Object(fields.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Any JSON reads into the same tree and writes the same text as with
    /// serde_json's `Value`, and equal values compare equal.
    #[test]
    fn any_json_round_trips_as_with_serde_json(value in arb_json()) {
        let text = serde_json::to_string(&value).unwrap();
        let ours = Json::parse(&text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(ours.to_text(), serde_json::to_string(&theirs).unwrap());
        prop_assert_eq!(&Json::parse(&text).unwrap(), &ours);
    }
}
