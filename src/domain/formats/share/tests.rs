//! Native tests of `formats::share`.

use super::*;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::small::SmallMap;
use crate::domain::rules::quiz::outcome;
use proptest::prelude::*;

fn payroll() -> Scenario {
    let mut s = Scenario::new(ScenarioId(7), "Payroll");
    s.set_weight(Criterion::Language, 9);
    s.cost.fte = 12.5;
    s
}

fn as_in_link(mut s: Scenario) -> Scenario {
    s.id = ScenarioId(1);
    s
}

#[test]
fn a_link_round_trips_and_is_short_when_little_changed() {
    let s = payroll();
    let link = encode(&s);
    assert!(link.starts_with("share=6."), "{link}");
    assert!(link.len() < 120, "{} chars: {link}", link.len());
    assert_eq!(decode(&link), Ok(as_in_link(s.clone())));
    assert_eq!(decode(&format!("#{link}")), Ok(as_in_link(s)));
    let blank = Scenario::new(ScenarioId(3), "x");
    assert!(encode(&blank).len() < 60);
    assert_eq!(decode(&encode(&blank)), Ok(as_in_link(blank)));
}

#[test]
fn a_scenario_after_the_quiz_fits_in_a_reasonable_link() {
    let mut s = payroll();
    let mut answers = SmallMap::new();
    for q in QuestionId::ALL {
        answers.insert(q, q.choices()[0].id.to_string());
    }
    s.quiz.answers = answers.clone();
    s.apply_quiz_to_matrix(&outcome(&answers));
    let link = encode(&s);
    assert!(link.len() < 3000, "{} chars", link.len());
    assert_eq!(decode(&link), Ok(as_in_link(s)));
}

#[test]
fn fewer_keys_than_the_default_replace_the_map_whole() {
    let mut s = payroll();
    s.weights = SmallMap::new();
    s.weights.insert(Criterion::Language, 2);
    assert_eq!(decode(&encode(&s)), Ok(as_in_link(s)));
}

#[test]
fn damaged_links_are_refused_clearly() {
    let link = encode(&payroll());
    assert_eq!(decode("view=matrix"), Err(ShareError::NotALink));
    assert_eq!(decode(&link[..link.len() - 3]), Err(ShareError::Damaged));
    assert_eq!(decode(&link[..link.len() - 1]), Err(ShareError::Damaged));
    let mut tampered = link.clone().into_bytes();
    let i = tampered.len() - 10;
    tampered[i] = if tampered[i] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    assert_eq!(decode(&tampered), Err(ShareError::Damaged));
    assert_eq!(decode("share=5.!!!!"), Err(ShareError::Damaged));
    assert_eq!(decode("share=5"), Err(ShareError::Damaged));
    // A link of a newer format (its checksum covers its number).
    let mut json = br#"{"name":"Next"}"#.to_vec();
    let sum = checksum(b"9.", &json);
    json.extend_from_slice(&sum);
    let newer = format!("share=9.{}", base64url(&json));
    assert_eq!(decode(&newer), Err(ShareError::Newer(9)));
    // The current link with its number raised is a changed link, not a newer one.
    assert_eq!(
        decode(&link.replacen("share=6.", "share=9.", 1)),
        Err(ShareError::Damaged)
    );
    assert!(failed_message(&ShareError::Damaged).contains("changed or cut short"));
    let offer = offer_message(&payroll(), SCHEMA);
    assert!(
        offer.contains("“\u{2068}Payroll\u{2069}”. In its matrix, ")
            && offer.contains(" leads with "),
        "{offer}"
    );
    assert!(is_share_fragment("#share=5.x") && !is_share_fragment("#main"));
}

#[test]
fn an_intact_link_with_impossible_values_is_refused() {
    let mut s = payroll();
    s.set_weight(Criterion::Language, 1);
    let link = link_of(&serde_json::json!({"weights": {"language": 99}}));
    assert!(matches!(
        decode(&link),
        Err(ShareError::Unreadable(LoadError::Invalid(_)))
    ));
}

/// A checksummed link carrying `patch`, as a changed copy of Shoreline could make one.
fn link_of(patch: &serde_json::Value) -> String {
    let mut json = serde_json::to_vec(patch).unwrap();
    let sum = checksum(b"", &json);
    json.extend_from_slice(&sum);
    format!("share=5.{}", base64url(&json))
}

#[test]
fn a_link_with_an_unknown_location_is_refused_at_the_first() {
    let err = decode(&link_of(
        &serde_json::json!({"location_edits": {"atlantis": {}}}),
    ))
    .unwrap_err();
    assert!(
        failed_message(&err).contains("there is no location with the id “atlantis”"),
        "{err:?}"
    );
    let err = decode(&link_of(&serde_json::json!({"cost": {"home": "atlantis"}}))).unwrap_err();
    assert!(
        matches!(err, ShareError::Unreadable(LoadError::WrongShape(_))),
        "{err:?}"
    );
    // Thousands of entries (as many as a link's 64 KB holds) stop at the first.
    let junk: serde_json::Map<String, serde_json::Value> = (0..4_000)
        .map(|i| (format!("{i:x}"), serde_json::json!({})))
        .collect();
    let link = link_of(&serde_json::json!({ "location_edits": junk }));
    assert!(link.len() < MAX_LINK_CHARS, "{} chars", link.len());
    let started = std::time::Instant::now();
    let err = decode(&link).unwrap_err();
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    assert!(
        failed_message(&err).contains("there is no location with the id “0”"),
        "{err:?}"
    );
    // Edits of known locations travel and come back without nulls.
    let mut s = payroll();
    s.location_edits
        .set(
            crate::domain::model::ids::LocationId::India,
            crate::domain::model::location_edits::EditableFigure::GniIndex,
            4.0,
        )
        .unwrap();
    assert_eq!(decode(&encode(&s)), Ok(as_in_link(s)));
}

#[test]
fn base64url_round_trips_every_length() {
    for n in 0..40u8 {
        let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
        assert_eq!(unbase64url(&base64url(&bytes)), Some(bytes));
    }
}

/// Issue 13, defect 11: unused padding bits used to be ignored, so 15 of the
/// 63 other last characters of a link still opened it.
#[test]
fn only_the_canonical_last_character_decodes() {
    let link = encode(&payroll());
    let (head, last) = link.split_at(link.len() - 1);
    let opening: Vec<char> = B64
        .iter()
        .map(|b| *b as char)
        .filter(|c| decode(&format!("{head}{c}")).is_ok())
        .collect();
    assert_eq!(opening, vec![last.chars().next().unwrap()]);
    // Every length of a final group: one spelling each.
    for n in 1..7u8 {
        let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(91).wrapping_add(5)).collect();
        let text = base64url(&bytes);
        let (head, _) = text.split_at(text.len() - 1);
        let decoding = B64
            .iter()
            .filter(|c| unbase64url(&format!("{head}{}", **c as char)) == Some(bytes.clone()))
            .count();
        assert_eq!(decoding, 1, "{n} bytes");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Any text after the prefix, and any bytes with a valid checksum:
    /// an error or a valid scenario, never a panic.
    #[test]
    fn any_link_gives_an_error_or_a_valid_scenario(
        raw in proptest::collection::vec(any::<u8>(), 0..400),
        with_sum in any::<bool>(),
    ) {
        let mut bytes = raw.clone();
        let link = if with_sum {
            let sum = checksum(b"", &bytes);
            bytes.extend_from_slice(&sum);
            format!("share=5.{}", base64url(&bytes))
        } else {
            format!("share={}", String::from_utf8_lossy(&raw))
        };
        if let Ok(s) = decode(&link) {
            let ws = Workspace { scenarios: vec![s], ..Workspace::default() };
            prop_assert_eq!(persist::validate(&ws), Ok(()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_scenario_round_trips_through_a_link(
        s in crate::domain::formats::transfer::tests::arb_scenario(),
    ) {
        prop_assert_eq!(decode(&encode(&s)), Ok(as_in_link(s)));
    }
}

/// Issue 13, defect 9: a link's name is read under the typed names' rule.
#[test]
fn controls_in_a_linked_name_are_taken_out() {
    let mut s = payroll();
    s.name = "\u{202E}Payroll\u{202C}".into();
    let back = decode(&encode(&s)).unwrap();
    assert_eq!(back.name, "Payroll");
    assert!(offer_message(&back, SCHEMA)
        .starts_with("This link holds a shared scenario, “\u{2068}Payroll\u{2069}”."));
}

#[test]
fn the_format_number_is_read_only_as_written_and_under_the_checksum() {
    let link = encode(&payroll());
    let data = link.strip_prefix(&format!("share={SCHEMA}.")).unwrap();
    assert_eq!(decode(&link), Ok(as_in_link(payroll())));
    // The same number spelled otherwise is a changed link.
    for schema in ["+6", "06", "006", " 6", "6 ", "6_", "0"] {
        assert_eq!(
            decode(&format!("share={schema}.{data}")),
            Err(ShareError::Damaged),
            "{schema}"
        );
    }
    // Another number is a changed link too: it would be read in another
    // format (5 would go through the migration to 6).
    for schema in ["5", "4", "1", "7"] {
        assert_eq!(
            decode(&format!("share={schema}.{data}")),
            Err(ShareError::Damaged),
            "{schema}"
        );
    }
    // Links of earlier formats (made with the checksum of the patch alone) still open.
    let old = link_of(&serde_json::json!({"name": "Old link"}));
    assert!(old.starts_with("share=5."));
    assert_eq!(decode(&old).map(|s| s.name), Ok("Old link".to_string()));
    // ... but not with the number changed to the current one.
    let relabelled = old.replacen("share=5.", &format!("share={SCHEMA}."), 1);
    assert_eq!(decode(&relabelled), Err(ShareError::Damaged));
}

#[test]
fn a_link_of_a_format_before_the_recalibration_says_so() {
    let old = link_of(&serde_json::json!({"name": "Old link"}));
    let (scenario, schema) = decode_from(&old).unwrap();
    assert_eq!(schema, 5);
    assert!(offer_message(&scenario, schema).ends_with(persist::RECALIBRATED_NOTICE));
    let (scenario, schema) = decode_from(&encode(&payroll())).unwrap();
    assert_eq!(schema, SCHEMA);
    assert!(!offer_message(&scenario, schema).contains("recalibrated"));
}
