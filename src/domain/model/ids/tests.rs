//! Native tests of `model::ids`: the ids of every id enum, their serde form
//! and the errors for unknown ids.

use super::*;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::inputs::{HybridTarget, LabourIndex};
use crate::domain::model::options::SourcingOption;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::scores::KnockOut;
use crate::domain::model::small::SmallMap;
use crate::domain::model::view::View;

/// What `#[serde(rename_all = "snake_case")]` made of a variant name: the
/// serde form these enums had before their ids were declared once.
fn snake_case(variant: &str) -> String {
    let mut out = String::new();
    for (i, c) in variant.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Every variant: its id is unique, found again by `from_id`, written by
/// `Display`, and (for serde enums) is its JSON form, both ways.
fn check<T>(all: &[T], ids: &[&str], serde_form_is_snake_case: bool)
where
    T: Copy
        + PartialEq
        + std::fmt::Debug
        + std::fmt::Display
        + serde::Serialize
        + serde::de::DeserializeOwned,
{
    assert_eq!(all.len(), ids.len());
    for (i, (v, id)) in all.iter().zip(ids).enumerate() {
        assert!(!ids[..i].contains(id), "{id} twice");
        assert_eq!(v.to_string(), *id);
        let json = serde_json::to_string(v).expect("serialise");
        if serde_form_is_snake_case {
            assert_eq!(json, format!("\"{}\"", snake_case(&format!("{v:?}"))));
        }
        assert_eq!(serde_json::from_str::<T>(&json).expect("read back"), *v);
        let value = serde_json::Value::String(json.trim_matches('"').into());
        assert_eq!(
            serde_json::from_value::<T>(value).expect("from a value"),
            *v
        );
    }
}

#[test]
fn every_id_enum_keeps_its_json_form() {
    check(&SourcingOption::ALL, &SourcingOption::IDS, true);
    check(&Criterion::ALL, &Criterion::IDS, true);
    check(&QuestionId::ALL, &QuestionId::IDS, true);
    check(&KnockOut::ALL, &KnockOut::IDS, true);
    check(&HybridTarget::ALL, &HybridTarget::IDS, true);
    check(&LabourIndex::ALL, &LabourIndex::IDS, true);
    check(&LocationId::ALL, &LocationId::IDS, true);
    assert_eq!(SourcingOption::InHouse.id(), "in_house");
    assert_eq!(Criterion::Coverage247.id(), "coverage247");
    assert_eq!(LocationId::UnitedStates.id(), "united_states");
    assert_eq!(HybridTarget::default(), HybridTarget::Offshore);
    assert_eq!(LabourIndex::default(), LabourIndex::DeveloperPay);
    // The hybrid target is saved as the id of the option it follows.
    for t in HybridTarget::ALL {
        assert_eq!(t.id(), t.option().id());
    }
}

#[test]
fn the_view_has_an_address_id_and_keeps_its_older_serde_name() {
    assert_eq!(View::TimeZones.id(), "timezones");
    assert_eq!(View::from_id("timezones"), Some(View::TimeZones));
    assert_eq!(View::from_id("time_zones"), None);
    assert_eq!(
        serde_json::to_string(&View::TimeZones).expect("serialise"),
        "\"time_zones\""
    );
    assert_eq!(View::ALL.len(), 6);
    assert_eq!(View::default(), View::Quiz);
}

#[test]
fn ids_order_like_their_declaration() {
    assert!(SourcingOption::InHouse < SourcingOption::Hybrid);
    assert!(QuestionId::Function < QuestionId::TeamSize);
    assert_eq!(QuestionId::TeamSize.index(), 13);
    let map: SmallMap<Criterion, u8> =
        serde_json::from_str(r#"{"language":3,"labour_cost":8}"#).expect("read");
    assert_eq!(
        map.keys().copied().collect::<Vec<_>>(),
        [Criterion::LabourCost, Criterion::Language]
    );
    assert_eq!(
        serde_json::to_string(&map).expect("serialise"),
        r#"{"labour_cost":8,"language":3}"#
    );
}

#[test]
fn an_unknown_id_is_an_error_that_names_what_was_expected() {
    let err = serde_json::from_str::<LocationId>("\"atlantis\"").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("there is no location with the id “atlantis”"),
        "{err}"
    );
    let err = serde_json::from_str::<SmallMap<Criterion, u8>>(r#"{"charm":3}"#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("there is no criterion with the id “charm”"),
        "{err}"
    );
    let err = serde_json::from_value::<QuestionId>(serde_json::json!("mood")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "there is no quiz question with the id “mood”"
    );
    // Not a string at all.
    assert!(serde_json::from_str::<SourcingOption>("3").is_err());
    // The map form derived serde also read is not Shoreline's.
    assert!(serde_json::from_str::<SourcingOption>(r#"{"offshore":null}"#).is_err());
    // Case matters, as before.
    assert!(LocationId::from_id("India").is_none());
}

#[test]
fn an_unknown_id_is_shown_short_and_without_control_characters() {
    let long = "x".repeat(10_000);
    let err = serde_json::from_value::<LocationId>(serde_json::json!(long))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        format!("there is no location with the id “{}…”", "x".repeat(40))
    );
    let hostile = "evil\u{202e}gnp.exe\n";
    let err = serde_json::from_value::<LocationId>(serde_json::json!(hostile))
        .unwrap_err()
        .to_string();
    assert_eq!(err, "there is no location with the id “evilgnp.exe”");
}
