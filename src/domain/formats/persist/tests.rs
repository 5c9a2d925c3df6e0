//! Native tests of `formats::persist`.

use super::*;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::scenario::{Scenario, ScenarioId};
use crate::domain::model::scores::KnockOut;
use crate::domain::rules::quiz::{apply, current_question, progress, Action};
use serde_json::Value;

fn sample() -> Workspace {
    let mut ws = Workspace::default();
    ws.active_mut().name = "Customer support".into();
    ws.active_mut().set_weight(Criterion::Coverage247, 9);
    ws.scenarios.push(Scenario::new(ScenarioId(2), "Payroll"));
    ws.next_id = 3;
    ws
}

#[test]
fn encode_then_decode_round_trips() {
    let ws = sample();
    let raw = encode(&ws, "2026-11-29T12:00:00.000Z");
    let loaded = decode(&raw).unwrap();
    assert_eq!(loaded.workspace, ws);
    assert_eq!(loaded.saved_at, "2026-11-29T12:00:00.000Z");
    assert_eq!(loaded.migrated_from, None);
}

#[test]
fn the_envelope_carries_the_schema() {
    let raw = encode(&Workspace::default(), "t");
    let v: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["schema"], SCHEMA);
    assert_eq!(v["saved_at"], "t");
    assert!(v["workspace"]["scenarios"].is_array());
}

#[test]
fn garbage_is_not_json() {
    assert!(matches!(decode("{not json"), Err(LoadError::NotJson(_))));
    assert!(matches!(decode(""), Err(LoadError::NotJson(_))));
}

#[test]
fn json_that_is_not_an_envelope_is_refused() {
    assert!(matches!(decode("[1,2]"), Err(LoadError::NotAnEnvelope(_))));
    assert!(matches!(decode("{}"), Err(LoadError::NotAnEnvelope(_))));
    assert!(matches!(
        decode(r#"{"schema":1,"saved_at":"t"}"#),
        Err(LoadError::NotAnEnvelope(_))
    ));
    assert!(matches!(
        decode(r#"{"schema":0,"saved_at":"t","workspace":{}}"#),
        Err(LoadError::NotAnEnvelope(_))
    ));
}

#[test]
fn a_newer_schema_is_refused_not_downgraded() {
    let raw = encode(&sample(), "t").replace(&format!("\"schema\":{SCHEMA}"), "\"schema\":99");
    assert_eq!(decode(&raw), Err(LoadError::NewerSchema { found: 99 }));
    let huge = r#"{"schema":99999999999,"saved_at":"t","workspace":{}}"#;
    assert!(matches!(decode(huge), Err(LoadError::NewerSchema { .. })));
}

#[test]
fn wrong_shape_and_bad_values_are_refused() {
    let wrong = r#"{"schema":4,"saved_at":"t","workspace":{"scenarios":"nope"}}"#;
    assert!(matches!(decode(wrong), Err(LoadError::WrongShape(_))));
    let mut ws = sample();
    ws.active = ScenarioId(42);
    let raw = encode(&ws, "t");
    assert_eq!(
        decode(&raw),
        Err(LoadError::Invalid(ValidationError::ActiveMissing(42)))
    );
}

#[test]
fn validation_catches_each_rule() {
    let mut ws = sample();
    ws.scenarios.clear();
    assert_eq!(validate(&ws), Err(ValidationError::NoScenarios));

    let mut ws = sample();
    ws.scenarios[1].id = ScenarioId(1);
    assert_eq!(validate(&ws), Err(ValidationError::DuplicateId(1)));

    let mut ws = sample();
    ws.next_id = 2;
    assert_eq!(validate(&ws), Err(ValidationError::IdNotBelowNext(2)));

    let mut ws = sample();
    ws.scenarios[0].name = "   ".into();
    assert_eq!(validate(&ws), Err(ValidationError::EmptyName(1)));

    let mut ws = sample();
    ws.scenarios[0].name = "x".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(validate(&ws), Err(ValidationError::NameTooLong(1)));

    let mut ws = sample();
    ws.scenarios[0].weights.insert(Criterion::Language, 11);
    assert_eq!(validate(&ws), Err(ValidationError::WeightTooHigh(1, 11)));

    let mut ws = sample();
    ws.scenarios = (0..=MAX_SCENARIOS as u32)
        .map(|i| Scenario::new(ScenarioId(i), "s"))
        .collect();
    ws.next_id = 10_000;
    ws.active = ScenarioId(0);
    assert!(matches!(
        validate(&ws),
        Err(ValidationError::TooManyScenarios(_))
    ));

    assert_eq!(validate(&sample()), Ok(()));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert!(matches!(decode(&deep), Err(LoadError::NotJson(_))));
}

#[test]
fn hostile_names_survive_as_plain_text() {
    let mut ws = sample();
    ws.active_mut().name = "<img src=x onerror=alert(1)>".into();
    let loaded = decode(&encode(&ws, "t")).unwrap();
    assert_eq!(
        loaded.workspace.active().name,
        "<img src=x onerror=alert(1)>"
    );
}

/// Issue 13, defect 9: a stored save is read under the typed names' rule.
#[test]
fn controls_in_stored_names_are_taken_out() {
    let mut ws = sample();
    ws.active_mut().name = " \u{202E}Customer\tsupport\u{2069} ".into();
    let loaded = decode(&encode(&ws, "t")).unwrap();
    assert_eq!(loaded.workspace.active().name, "Customer support");
}

#[test]
fn the_migration_chain_runs_every_step_from_the_stored_schema() {
    fn add_a(mut v: Json) -> Result<Json, String> {
        if let Some(map) = v.as_object_mut() {
            map.insert("a".into(), Json::from(true));
        }
        Ok(v)
    }
    fn add_b(mut v: Json) -> Result<Json, String> {
        if let Some(map) = v.as_object_mut() {
            map.insert("b".into(), Json::from(true));
        }
        Ok(v)
    }
    fn refuse(_: Json) -> Result<Json, String> {
        Err("cannot".into())
    }
    let empty = || Json::Object(Map::new());
    let chain: &[Step] = &[add_a, add_b];
    let from1 = run_chain(chain, empty(), 1).unwrap();
    assert_eq!(from1.to_text(), r#"{"a":true,"b":true}"#);
    let from2 = run_chain(chain, empty(), 2).unwrap();
    assert_eq!(from2.to_text(), r#"{"b":true}"#);
    let current = run_chain(chain, empty(), 3).unwrap();
    assert_eq!(current, empty());
    let failing: &[Step] = &[add_a, refuse];
    assert_eq!(
        run_chain(failing, empty(), 1),
        Err(LoadError::MigrationFailed {
            from: 2,
            reason: "cannot".into()
        })
    );
    // The real chain is as long as the schema history.
    assert_eq!(MIGRATIONS.len() as u32, SCHEMA - 1);
}

#[test]
fn notices_name_the_backup_key_and_the_reason() {
    let err = LoadError::NotJson("EOF".into());
    let key = Keys::for_base("https://example.org/").backup(1700000000000);
    assert_eq!(key, "shoreline:v1:backup:/:1700000000000");
    let text = unreadable_notice(&err, &key);
    assert!(text.contains(&key) && text.contains("not valid JSON"));
    assert!(unreadable_not_backed_up_notice(&err).contains("will not overwrite"));
}

#[test]
fn quota_errors_are_recognised_by_any_of_their_names() {
    assert!(is_quota_error("QuotaExceededError", 0));
    assert!(is_quota_error("NS_ERROR_DOM_QUOTA_REACHED", 0));
    assert!(is_quota_error("whatever", 22));
    assert!(!is_quota_error("SecurityError", 18));
}

#[test]
fn a_schema_1_save_is_migrated_to_empty_matrix_state() {
    let raw = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-1.json"
    ));
    let loaded = decode(raw).unwrap();
    assert_eq!(loaded.migrated_from, Some(1));
    let ws = &loaded.workspace;
    assert_eq!(ws.scenarios.len(), 2);
    assert_eq!(ws.active().name, "Customer support");
    assert_eq!(ws.active().weight(Criterion::Coverage247), 9);
    for s in &ws.scenarios {
        assert!(s.overrides.is_empty() && s.knockouts.is_empty() && s.hidden.is_empty());
        assert!(!s.sort_by_total);
    }
    // Written back, it is a current save that reads back identically.
    let again = decode(&encode(ws, "t")).unwrap();
    assert_eq!(&again.workspace, ws);
    assert_eq!(again.migrated_from, None);
}

#[test]
fn a_current_scenario_without_matrix_state_is_the_wrong_shape() {
    let raw = format!(
        r#"{{"schema":{SCHEMA},"saved_at":"t","workspace":{{"scenarios":[{{"id":1,"name":"A","weights":{{}}}}],"active":1,"next_id":2}}}}"#
    );
    assert!(matches!(decode(&raw), Err(LoadError::WrongShape(_))));
}

#[test]
fn a_schema_2_save_is_migrated_to_default_cost_inputs() {
    let raw = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-2.json"
    ));
    let loaded = decode(raw).unwrap();
    assert_eq!(loaded.migrated_from, Some(2));
    let s = loaded.workspace.active();
    assert_eq!(s.cost, crate::domain::model::inputs::CostInputs::default());
    assert!(s.location_edits.edits.is_empty());
    // The matrix state of schema 2 is kept as it was.
    assert_eq!(
        crate::domain::rules::sheet::ScoreSheet::for_scenario(s).score(
            crate::domain::model::options::SourcingOption::Offshore,
            Criterion::Language
        ),
        4
    );
    assert!(s
        .knockouts
        .contains(&crate::domain::model::scores::KnockOut::DataMustStayInCountry));
    let again = decode(&encode(&loaded.workspace, "t")).unwrap();
    assert_eq!(again.workspace, loaded.workspace);
}

#[test]
fn a_schema_3_save_is_migrated_to_an_untouched_quiz() {
    let raw = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-3.json"
    ));
    let loaded = decode(raw).unwrap();
    assert_eq!(loaded.migrated_from, Some(3));
    let s = loaded.workspace.active();
    assert_eq!(s.quiz, crate::domain::model::quiz::QuizState::default());
    assert_eq!(s.quiz_weights, None);
    assert_eq!(s.cost.fte, 35.0, "the schema-3 cost inputs are kept");
    let again = decode(&encode(&loaded.workspace, "t")).unwrap();
    assert_eq!(again.workspace, loaded.workspace);
}

#[test]
fn an_impossible_quiz_answer_is_refused() {
    let mut ws = sample();
    ws.active_mut().quiz.answers.insert(
        crate::domain::model::quiz::QuestionId::Coverage,
        "on_mars".into(),
    );
    assert!(matches!(
        decode(&encode(&ws, "t")),
        Err(LoadError::Invalid(ValidationError::BadQuiz(1, _)))
    ));
}

#[test]
fn impossible_cost_inputs_are_refused() {
    let mut ws = sample();
    ws.active_mut().cost.fte = -3.0;
    assert!(matches!(
        decode(&encode(&ws, "t")),
        Err(LoadError::Invalid(ValidationError::BadCost(1, _)))
    ));
}

#[test]
fn out_of_range_overrides_are_refused() {
    let mut ws = sample();
    ws.active_mut()
        .overrides
        .entry(crate::domain::model::options::SourcingOption::Offshore)
        .or_default()
        .insert(Criterion::Language, 9);
    assert!(matches!(
        decode(&encode(&ws, "t")),
        Err(LoadError::Invalid(ValidationError::BadOverride(1, _)))
    ));
}

#[test]
fn scores_from_the_cost_model_load_and_are_checked() {
    use crate::domain::model::options::SourcingOption;
    // A schema-4 save from before they existed has none.
    let raw = encode(&sample(), "t");
    assert!(!raw.contains("cost_scores"));
    assert!(decode(&raw)
        .unwrap()
        .workspace
        .active()
        .cost_scores
        .is_empty());
    // Taken ones round-trip.
    let mut ws = sample();
    ws.active_mut()
        .cost_scores
        .entry(SourcingOption::Offshore)
        .or_default()
        .insert(Criterion::LabourCost, 4);
    assert_eq!(decode(&encode(&ws, "t")).unwrap().workspace, ws);
    // Out of range ones are refused like overrides.
    ws.active_mut()
        .cost_scores
        .entry(SourcingOption::Offshore)
        .or_default()
        .insert(Criterion::LabourCost, 0);
    assert!(matches!(
        decode(&encode(&ws, "t")),
        Err(LoadError::Invalid(ValidationError::BadOverride(1, _)))
    ));
}

#[test]
fn missing_weights_take_their_defaults() {
    let raw = r#"{"schema":1,"saved_at":"t","workspace":{"scenarios":[{"id":1,"name":"A","weights":{}}],"active":1,"next_id":2}}"#;
    let loaded = decode(raw).unwrap();
    assert_eq!(
        loaded.workspace.active().weight(Criterion::LabourCost),
        Criterion::LabourCost.default_weight()
    );
}

/// A stored save of every schema there has been, oldest first.
const SAMPLES: [&str; SCHEMA as usize] = [
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-1.json"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-2.json"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-3.json"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-4.json"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-5.json"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-6.json"
    )),
];

#[test]
fn schema_4_cost_inputs_lose_the_removed_fields_and_old_defaults_but_keep_typed_ones() {
    let raw = SAMPLES[3];
    let mut stored: Value = serde_json::from_str(raw).unwrap();
    // A typed margin survives; the old default margin gives way to the new one.
    stored["workspace"]["scenarios"][0]["cost"]["vendor_margin_pct"] = Value::from(25.0);
    stored["workspace"]["scenarios"][0]["cost"]["fte"] = Value::from(35.0);
    let loaded = decode(&stored.to_string()).unwrap();
    let cost = &loaded.workspace.scenarios[0].cost;
    let fresh = crate::domain::model::inputs::CostInputs::default();
    assert_eq!(cost.vendor_margin_pct, fresh.vendor_margin_pct);
    assert_eq!(cost.fte, 35.0);
    assert_eq!(cost.target_inflation_pct, fresh.target_inflation_pct);
    let mut typed = stored.clone();
    typed["workspace"]["scenarios"][0]["cost"]["vendor_margin_pct"] = Value::from(18.0);
    let loaded = decode(&typed.to_string()).unwrap();
    assert_eq!(loaded.workspace.scenarios[0].cost.vendor_margin_pct, 18.0);
    // Written back, none of the removed inputs is saved again.
    let text = encode(&loaded.workspace, "t");
    for key in REMOVED_COST_INPUTS {
        assert!(
            !text.contains(&format!("\"{key}\"")),
            "{key} is still saved"
        );
    }
    // The user is told once that the defaults were recalibrated.
    assert!(upgraded_notice(4, None).contains("recalibrated"));
}

#[test]
fn schema_5_same_hours_defaults_take_the_recalibrated_values_but_typed_ones_stay() {
    let raw = SAMPLES[4];
    let mut stored: Value = serde_json::from_str(raw).unwrap();
    let fresh = crate::domain::model::inputs::CostInputs::default();
    let old = serde_json::json!({"value": 8.0, "low": 5.0, "high": 12.0});
    stored["workspace"]["scenarios"][0]["cost"]["onsite_share_pct"]["same_hours"] = old.clone();
    stored["workspace"]["scenarios"][0]["cost"]["transition"]["same_hours"] =
        serde_json::json!({"value": 20.0, "low": 10.0, "high": 35.0});
    // Typed by the user: the same-hours dip of 7 %.
    stored["workspace"]["scenarios"][0]["cost"]["dip"]["same_hours"] =
        serde_json::json!({"value": 7.0, "low": 5.0, "high": 20.0});
    let loaded = decode(&stored.to_string()).unwrap();
    let cost = &loaded.workspace.scenarios[0].cost;
    assert_eq!(
        cost.onsite_share_pct.same_hours,
        fresh.onsite_share_pct.same_hours
    );
    assert_eq!(cost.transition.same_hours, fresh.transition.same_hours);
    assert_eq!(cost.dip.same_hours.value, 7.0);
    assert_ne!(fresh.onsite_share_pct.same_hours.value, 8.0);
    // The user is told once that the defaults were recalibrated.
    assert!(upgraded_notice(5, None).contains("recalibrated"));
    assert!(!upgraded_notice(6, None).contains("recalibrated"));
}

#[test]
fn every_past_schema_has_a_sample_that_migrates_forward_and_round_trips() {
    for (index, raw) in SAMPLES.iter().enumerate() {
        let schema = index as u32 + 1;
        let stored: Value = serde_json::from_str(raw).unwrap();
        assert_eq!(stored["schema"], schema, "sample {schema} is mislabelled");
        let loaded = decode(raw).unwrap_or_else(|e| panic!("sample {schema}: {e}"));
        assert_eq!(loaded.migrated_from, (schema < SCHEMA).then_some(schema));
        // Every scenario keeps its id, name and weights through the chain.
        let before = stored["workspace"]["scenarios"].as_array().unwrap();
        assert_eq!(loaded.workspace.scenarios.len(), before.len());
        for (old, new) in before.iter().zip(&loaded.workspace.scenarios) {
            assert_eq!(old["id"], new.id.0);
            assert_eq!(old["name"], new.name.as_str());
            for (key, weight) in old["weights"].as_object().unwrap() {
                let c = Criterion::ALL
                    .into_iter()
                    .find(|c| serde_json::to_value(c).unwrap() == key.as_str())
                    .unwrap();
                assert_eq!(*weight, new.weight(c));
            }
        }
        // Written back, it is a current save that reads back identically.
        let again = decode(&encode(&loaded.workspace, "t")).unwrap();
        assert_eq!(again.workspace, loaded.workspace, "sample {schema}");
        assert_eq!(again.migrated_from, None);
    }
    // The current schema's sample is stored exactly as this build writes
    // it, but for the screen earlier builds saved with it (`last_view`),
    // which this build reads past and no longer writes.
    let mut current: Value = serde_json::from_str(SAMPLES[SCHEMA as usize - 1]).unwrap();
    let loaded = decode(SAMPLES[SCHEMA as usize - 1]).unwrap();
    let rewritten: Value =
        serde_json::from_str(&encode(&loaded.workspace, &loaded.saved_at)).unwrap();
    let workspace = current["workspace"].as_object_mut().unwrap();
    assert_eq!(workspace.remove("last_view"), Some(Value::from("matrix")));
    assert_eq!(rewritten, current);
}

#[test]
fn the_screen_earlier_versions_saved_is_read_past_and_never_written() {
    // Every sample was saved with the screen it was on; each still loads
    // (the key is ignored, not refused as unknown), so no schema bump.
    for (index, raw) in SAMPLES.iter().enumerate() {
        assert!(
            raw.contains(r#""last_view":"matrix""#),
            "sample {}",
            index + 1
        );
        let loaded = decode(raw).unwrap_or_else(|e| panic!("sample {}: {e}", index + 1));
        assert!(!encode(&loaded.workspace, "t").contains("last_view"));
    }
    // Any screen name, even one this build does not know, changes nothing.
    let plain = encode(&sample(), "t");
    for view in [
        r#""quiz""#,
        r#""time_zones""#,
        r#""no_such_screen""#,
        "7",
        "null",
    ] {
        let with_view = plain.replacen(
            r#""workspace":{"#,
            &format!(r#""workspace":{{"last_view":{view},"#),
            1,
        );
        assert_ne!(with_view, plain);
        assert_eq!(decode(&with_view).unwrap().workspace, sample(), "{view}");
    }
}

#[test]
fn out_of_range_overrides_are_rejected_with_a_clear_message() {
    let mut o = Overrides::new();
    crate::domain::rules::matrix::set_override(
        &mut o,
        SourcingOption::InHouse,
        Criterion::LabourCost,
        9,
        1,
    );
    assert!(validate_overrides(&o).is_ok());
    let mut bad = Overrides::new();
    bad.entry(SourcingOption::Offshore)
        .or_default()
        .insert(Criterion::Language, 0);
    let err = validate_overrides(&bad).unwrap_err();
    assert!(
        err.contains("Offshore outsourcing") && err.contains("Shared language"),
        "{err}"
    );
    bad.entry(SourcingOption::Offshore)
        .or_default()
        .insert(Criterion::Language, 17);
    assert!(validate_overrides(&bad).is_err());
}

#[test]
fn a_saved_quiz_resumes_at_the_same_question() {
    let mut s = QuizState::default();
    s = apply(
        &s,
        Action::Answer(QuestionId::Function, "it_helpdesk".into()),
    );
    s = apply(&s, Action::Next);
    s = apply(
        &s,
        Action::Answer(QuestionId::CoreCompetency, "core".into()),
    );
    s = apply(&s, Action::Next);
    s = apply(&s, Action::Next);
    let json = serde_json::to_string(&s).unwrap();
    assert!(json.contains("\"core_competency\":\"core\""), "{json}");
    let back: QuizState = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.current, 3);
    assert_eq!(current_question(&back), QuestionId::Coverage);
    assert_eq!(progress(&back), (4, QUESTION_COUNT));
    assert!(validate_quiz(&back).is_ok());
    // Missing fields read as the defaults.
    let empty: QuizState = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, QuizState::default());
}

#[test]
fn validate_rejects_bad_answers_and_positions() {
    let mut s = QuizState::default();
    s.answers.insert(QuestionId::Horizon, "forever".into());
    let err = validate_quiz(&s).unwrap_err();
    assert!(
        err.contains("forever") && err.contains("years ahead"),
        "{err}"
    );
    let s = QuizState {
        current: QUESTION_COUNT,
        ..QuizState::default()
    };
    assert!(validate_quiz(&s).is_err());
    // The reducer pulls a corrupt position back into range.
    assert_eq!(apply(&s, Action::Back).current, QUESTION_COUNT - 2);
    assert_eq!(progress(&s), (QUESTION_COUNT, QUESTION_COUNT));
    // Unknown question ids fail at parse time.
    let bad = r#"{"answers":{"star_sign":"leo"},"current":0,"finished":false}"#;
    assert!(serde_json::from_str::<QuizState>(bad).is_err());
}

#[test]
fn workspaces_built_by_the_scenario_operations_are_valid() {
    use crate::domain::model::scenario::{MAX_NAME_CHARS, MAX_SCENARIOS};
    let mut ws = Workspace::default();
    ws.active_mut().set_weight(Criterion::Language, 9);
    ws.create("  Payroll ", false).unwrap();
    ws.switch(ScenarioId(1));
    ws.create("Support copy", true).unwrap();
    ws.create("  ", false).unwrap();
    ws.create("", true).unwrap();
    assert!(ws.create(&"x".repeat(MAX_NAME_CHARS + 1), false).is_err());
    assert_eq!(validate(&ws), Ok(()));
    let mut ws = Workspace::default();
    for i in 1..MAX_SCENARIOS {
        ws.create(&format!("s{i}"), false).unwrap();
    }
    assert!(ws.create("one more", false).is_err());
    assert_eq!(validate(&ws), Ok(()));
}

/// The heaviest scenario the app can make: an 80-character name of 4-byte
/// characters, every weight, every cell re-scored by hand and by the cost
/// model, the whole quiz answered with its longest answers, every figure of
/// every location edited, and the time-zone day changed.
fn heaviest_scenario() -> Scenario {
    use crate::domain::model::ids::LocationId;
    use crate::domain::model::location_edits::EditableFigure;
    let mut s = Scenario::new(ScenarioId(4_000_000_000), "𝔘".repeat(MAX_NAME_CHARS));
    for c in Criterion::ALL {
        s.set_weight(c, 10);
    }
    for o in SourcingOption::ALL {
        for c in Criterion::ALL {
            s.overrides.entry(o).or_default().insert(c, 5);
            s.cost_scores.entry(o).or_default().insert(c, 5);
        }
    }
    s.quiz_weights = Some(s.weights.clone());
    for q in QuestionId::ALL {
        let longest = q.choices().iter().map(|c| c.id).max_by_key(|id| id.len());
        s.quiz
            .answers
            .insert(q, longest.unwrap_or_default().to_string());
    }
    s.quiz.current = QUESTION_COUNT - 1;
    s.quiz.finished = true;
    for id in LocationId::ALL {
        for figure in EditableFigure::ALL {
            let (min, max) = figure.range();
            // A value with as many digits as a typed number can carry.
            let value = min + (max - min) * 0.123_456_789_012_345_67;
            s.location_edits.set(id, figure, value).expect("in range");
        }
    }
    s.time.day_start = 8 * 60;
    s.time.day_end = 20 * 60;
    s.knockouts.extend(KnockOut::ALL);
    s.hidden.extend(SourcingOption::ALL);
    s
}

/// Every number in a JSON value replaced by the longest a float prints as.
fn longest_numbers(value: &mut Value) {
    match value {
        Value::Number(_) | Value::Null => *value = serde_json::json!(-1.2345678901234567e-300),
        Value::Array(items) => items.iter_mut().for_each(longest_numbers),
        Value::Object(fields) => fields.values_mut().for_each(longest_numbers),
        _ => {}
    }
}

#[test]
fn the_heaviest_scenario_weighs_under_a_quarter_of_the_cap() {
    let s = heaviest_scenario();
    let ws = Workspace {
        scenarios: vec![s.clone()],
        active: s.id,
        next_id: s.id.0 + 1,
        ..Workspace::default()
    };
    assert_eq!(validate(&ws), Ok(()));
    // It reads back whole.
    let raw = encode(&ws, "t");
    assert_eq!(decode(&raw).map(|l| l.workspace), Ok(ws));
    // Even with every cost input (and every null) written as the longest
    // number a float prints as, it stays under a quarter of the cap.
    let mut value: Value = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    longest_numbers(&mut value["cost"]);
    let bytes = serde_json::to_vec(&value).unwrap().len();
    assert!(bytes * 4 < MAX_SCENARIO_BYTES, "{bytes} bytes");
}

#[test]
fn a_scenario_heavier_than_the_cap_is_refused_before_it_is_read() {
    let mut ws = sample();
    ws.scenarios[1].name = "x".repeat(MAX_SCENARIO_BYTES);
    let err = decode(&encode(&ws, "t")).unwrap_err();
    let LoadError::TooHeavy { position: 2, bytes } = err else {
        panic!("{err:?}");
    };
    assert!(bytes > MAX_SCENARIO_BYTES);
    assert_eq!(
        err.to_string(),
        format!(
            "its scenario number 2 holds {} KB of data, more than the 64 KB any Shoreline scenario needs",
            bytes.div_ceil(1024)
        )
    );
    // Data serde would skip counts too: a scenario is what its JSON weighs.
    let raw = encode(&sample(), "t").replacen(
        "\"sort_by_total\"",
        &format!(
            "\"junk\":\"{}\",\"sort_by_total\"",
            "j".repeat(MAX_SCENARIO_BYTES)
        ),
        1,
    );
    assert!(matches!(
        decode(&raw),
        Err(LoadError::TooHeavy { position: 1, .. })
    ));
}

#[test]
fn location_edits_are_checked_like_every_other_map() {
    let raw = encode(&sample(), "t");
    let with_edits = |edits: &str| {
        raw.replacen(
            "\"location_edits\":{}",
            &format!("\"location_edits\":{edits}"),
            1,
        )
    };
    // A known location with a figure in range reads; nulls of older saves too.
    let ok = decode(&with_edits(
        r#"{"india":{"dev_pay_median_usd":null,"dev_pay_index":15.0,"gni_per_capita_usd":null,"gni_index":null,"employer_oncost_pct":null}}"#,
    ))
    .expect("valid edits");
    let edits = &ok.workspace.scenarios[0].location_edits;
    assert_eq!(edits.edits.len(), 1);
    // And it is saved back without them.
    assert!(
        encode(&ok.workspace, "t").contains(r#""location_edits":{"india":{"dev_pay_index":15.0}}"#)
    );
    // An unknown location is an error that names it.
    let err = decode(&with_edits(r#"{"atlantis":{"gni_index":3.0}}"#)).unwrap_err();
    assert!(matches!(err, LoadError::WrongShape(_)), "{err:?}");
    assert!(
        err.to_string()
            .contains("there is no location with the id “atlantis”"),
        "{err}"
    );
    // A figure out of its range is refused, saying which and why.
    let err = decode(&with_edits(r#"{"india":{"employer_oncost_pct":150.0}}"#)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "it holds values out of range (scenario 1: the edited figures of India: Employer on-cost must be between 0 and 100 (% of gross pay).)"
    );
    // Home and targets are location ids too.
    let err =
        decode(&raw.replacen("\"home\":\"united_states\"", "\"home\":\"narnia\"", 1)).unwrap_err();
    assert!(
        err.to_string()
            .contains("there is no location with the id “narnia”"),
        "{err}"
    );
}

#[test]
fn a_map_longer_than_any_save_is_refused_as_it_is_read() {
    // Repeated keys do not make a map longer once read, but reading them
    // one by one must stop early: a direct read is refused at the bound.
    let pairs: Vec<String> = (0..10_000).map(|_| "\"language\":3".to_string()).collect();
    let text = format!("{{{}}}", pairs.join(","));
    let err = serde_json::from_str::<crate::domain::model::small::SmallMap<Criterion, u8>>(&text)
        .unwrap_err();
    assert!(err.to_string().contains("more than 64 entries"), "{err}");
}

#[test]
fn each_installation_has_its_own_keys() {
    let production = Keys::for_base("https://intranet.example/tools/shoreline/");
    let staging = Keys::for_base("https://intranet.example/tools/shoreline-next/?view=quiz#x");
    assert_eq!(production.path, "/tools/shoreline/");
    assert_eq!(
        production.workspace,
        "shoreline:v1:workspace:/tools/shoreline/"
    );
    assert_eq!(
        staging.workspace,
        "shoreline:v1:workspace:/tools/shoreline-next/"
    );
    assert_ne!(production.workspace, SHARED_WORKSPACE_KEY);
    assert_eq!(
        production.backup(5),
        "shoreline:v1:backup:/tools/shoreline/:5"
    );
    // Neither installation's backups start with the other's prefix.
    assert!(!staging.backup(5).starts_with(&production.backup_prefix));
    assert!(!production.backup(5).starts_with(&staging.backup_prefix));
    assert_ne!(production.closed_unsaved, staging.closed_unsaved);
}

#[test]
fn the_installation_path_is_the_folder_of_the_base_url() {
    for (base, path) in [
        ("http://127.0.0.1:8080/", "/"),
        ("http://127.0.0.1:8080", "/"),
        ("https://h/a/b/index.html?x=1", "/a/b/"),
        ("https://h/a/b/#share=4.x", "/a/b/"),
        ("https://h/a:b/", "/a%3Ab/"),
        ("/a/b/", "/a/b/"),
        ("", "/"),
        ("garbage", "/"),
    ] {
        assert_eq!(installation_path(base), path, "{base}");
    }
}

#[test]
fn an_identical_backup_is_found_not_written_twice() {
    let keys = Keys::for_base("https://h/app/");
    let other = Keys::for_base("https://h/other/");
    let first = keys.backup(1);
    let theirs = other.backup(2);
    let entries = [
        (SHARED_WORKSPACE_KEY, "same"),
        (theirs.as_str(), "same"),
        (first.as_str(), "text"),
        ("shoreline:v1:probe", "same"),
    ];
    assert_eq!(
        identical_backup(entries, &keys.backup_prefix, "text"),
        Some(first.as_str())
    );
    // Another installation's backup or a key that is not a backup does not count.
    assert_eq!(identical_backup(entries, &keys.backup_prefix, "same"), None);
}

#[test]
fn the_update_notice_says_why_the_work_is_not_saved() {
    let reasons = [
        Unsaved::Held(Hold::Blocked),
        Unsaved::Held(Hold::Newer),
        Unsaved::Held(Hold::UnreadableNotKept),
        Unsaved::Held(Hold::WaitingForExport),
        Unsaved::Held(Hold::Stopped),
        Unsaved::ChoiceOpen,
        Unsaved::Full,
        Unsaved::WriteFailed,
        Unsaved::Pending,
    ];
    let texts: Vec<String> = reasons.iter().map(|r| update_unsaved_notice(*r)).collect();
    for text in &texts {
        assert!(
            text.starts_with("Your work on this page is NOT saved: "),
            "{text}"
        );
        assert!(text.contains("Export them to a file first"), "{text}");
    }
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            assert_ne!(a, b, "two reasons read the same");
        }
    }
}

#[test]
fn the_new_storage_notices_name_keys_and_reasons() {
    assert!(upgraded_not_kept_notice(1, "QuotaExceededError").contains("QuotaExceededError"));
    assert!(
        upgraded_not_kept_notice(1, "x").contains("will not save over it until you have exported")
    );
    assert!(upgraded_shared_notice(2).contains(SHARED_WORKSPACE_KEY));
    assert!(shared_unreadable_notice("odd").contains(SHARED_WORKSPACE_KEY));
    assert!(closed_unsaved_notice("k:1").contains("“k:1”"));
}

/// Issue 13, defect 8: a stored `next_id` at the top of its range used to
/// overflow (`next_id += 1`) on the next new scenario.
#[test]
fn a_stored_next_id_at_the_top_of_its_range_still_gives_fresh_ids() {
    let mut ws = Workspace::default();
    ws.scenarios[0].id = ScenarioId(u32::MAX - 1);
    ws.active = ScenarioId(u32::MAX - 1);
    ws.next_id = u32::MAX;
    let text = encode(&ws, "2026-11-29T10:00:00.000Z");
    let mut ws = decode(&text).expect("a valid save").workspace;
    assert_eq!(ws.next_id, u32::MAX);
    let a = ws.create("Payroll", false).expect("a fresh id");
    let b = ws.create("", true).expect("another");
    let c = ws.duplicate(a).expect("a copy");
    assert_eq!(ws.scenarios.len(), 4);
    assert!(a != b && b != c && a != c);
    assert!(ws.scenarios.iter().all(|s| s.id.0 < ws.next_id));
    assert_eq!(validate(&ws), Ok(()));
    // Every scenario can still be deleted and re-created.
    ws.delete(b).unwrap();
    ws.create("Again", false).unwrap();
    assert_eq!(validate(&ws), Ok(()));
    // The ids in use stay unique until the workspace is full.
    while ws.scenarios.len() < MAX_SCENARIOS {
        ws.create("more", false).unwrap();
    }
    assert_eq!(validate(&ws), Ok(()));
    assert_eq!(
        ws.create("one too many", false),
        Err(crate::domain::model::scenario::ScenarioError::TooMany)
    );
}

/// Issue 13, defect 8: a quiz saved at an impossible position is refused
/// with a message, without overflowing (`current + 1`).
#[test]
fn a_quiz_position_at_the_top_of_its_range_is_refused_not_a_crash() {
    let s = QuizState {
        current: usize::MAX,
        ..QuizState::default()
    };
    let err = validate_quiz(&s).unwrap_err();
    assert!(err.contains("only 14 questions"), "{err}");
    // The reducer pulls it back into range whatever the step.
    for action in [
        Action::Next,
        Action::Back,
        Action::Skip,
        Action::Goto(usize::MAX),
        Action::Answer(QuestionId::TeamSize, "up_to_5".into()),
    ] {
        let next = apply(&s, action.clone());
        assert!(next.current < QUESTION_COUNT, "{action:?}");
    }
    assert_eq!(progress(&s), (QUESTION_COUNT, QUESTION_COUNT));
}

/// Whatever the user sends, the workspace stays one the stored-format
/// checks accept: no message, at any value, puts an out-of-range value in
/// it; a refused one changes nothing; and what is saved loads again.
mod messages {
    use super::*;
    use crate::domain::model::ids::LocationId;
    use crate::domain::model::inputs::FIELDS;
    use crate::domain::model::knob::{Choice, Knob};
    use crate::domain::model::location_edits::EditableFigure;
    use crate::domain::model::number_style::NumberFormat;
    use crate::domain::rules::change::{self, Msg};
    use proptest::prelude::*;

    fn number() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<f64>(),
            -1.0e13..1.0e13f64,
            -2.0..400.0f64,
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(0.0),
        ]
    }

    fn knob() -> impl Strategy<Value = Knob> {
        let knobs: Vec<Knob> = FIELDS
            .iter()
            .flat_map(|spec| Knob::all_of(spec.field))
            .collect();
        proptest::sample::select(knobs)
    }

    fn choice() -> impl Strategy<Value = (Choice, String)> {
        let picks: Vec<(Choice, String)> = [
            Choice::Currency,
            Choice::Home,
            Choice::Nearshore,
            Choice::Offshore,
            Choice::Captive,
            Choice::LabourIndex,
            Choice::HybridTarget,
            Choice::Function,
        ]
        .into_iter()
        .flat_map(|c| {
            c.options()
                .into_iter()
                .map(move |(v, _)| (c, v))
                .chain([(c, "nowhere".to_string())])
        })
        .collect();
        proptest::sample::select(picks)
    }

    fn msg() -> impl Strategy<Value = Msg> {
        let criterion = proptest::sample::select(Criterion::ALL.to_vec());
        let option = proptest::sample::select(SourcingOption::ALL.to_vec());
        let figure = proptest::sample::select(EditableFigure::ALL.to_vec());
        let place = proptest::sample::select(LocationId::ALL.to_vec());
        let id = (0u32..6).prop_map(ScenarioId);
        prop_oneof![
            (criterion.clone(), any::<u8>()).prop_map(|(c, w)| Msg::SetWeight(c, w)),
            (criterion.clone(), any::<bool>()).prop_map(|(c, up)| Msg::StepWeight(c, up)),
            (option.clone(), criterion, any::<u8>()).prop_map(|(o, c, s)| Msg::SetScore(o, c, s)),
            (option, any::<bool>()).prop_map(|(o, on)| Msg::SetShown(o, on)),
            (knob(), number()).prop_map(|(k, v)| Msg::SetNumber(k, v)),
            proptest::option::of(number()).prop_map(Msg::SetBudget),
            number().prop_map(Msg::SetHybridShare),
            choice().prop_map(|(c, v)| Msg::Pick(c, v)),
            (
                proptest::sample::select(vec!["VND", "EUR", "ARS", "usd", "X"]),
                number()
            )
                .prop_map(|(code, rate)| Msg::SwitchCurrency(code.into(), rate)),
            proptest::option::of(number()).prop_map(Msg::SetUsdRate),
            (place, figure, number()).prop_map(|(p, f, v)| Msg::SetFigure(p, f, v)),
            any::<u16>().prop_map(Msg::SetDayStart),
            any::<u16>().prop_map(Msg::SetDayEnd),
            (id.clone(), ".{0,90}").prop_map(|(id, name)| Msg::Rename(id, name)),
            (".{0,90}", any::<bool>()).prop_map(|(name, copy)| Msg::Create { name, copy }),
            id.clone().prop_map(Msg::Delete),
            id.prop_map(Msg::Open),
            proptest::sample::select(NumberFormat::ALL.to_vec()).prop_map(Msg::SetNumberFormat),
            Just(Msg::ResetAssumptions),
            Just(Msg::UseQuizInMatrix),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn no_message_makes_a_workspace_the_store_would_refuse(
            msgs in proptest::collection::vec(msg(), 1..25)
        ) {
            let mut ws = Workspace::default();
            for msg in msgs {
                let before = ws.clone();
                let result = change::apply(&mut ws, msg.clone());
                if result.is_err() {
                    prop_assert_eq!(&ws, &before, "{:?} was refused but changed something", msg);
                }
                if let Ok(applied) = &result {
                    prop_assert_eq!(applied.changed, ws != before, "{:?}", msg);
                }
                prop_assert_eq!(validate(&ws), Ok(()), "after {:?}", msg);
            }
            // What is saved loads again.
            prop_assert!(decode(&encode(&ws, "t")).is_ok());
        }
    }
}

#[test]
fn a_newer_save_whose_backup_failed_says_so() {
    let kept = newer_schema_notice("format 9", None);
    assert!(!kept.contains("No backup"), "{kept}");
    let failed = newer_schema_notice("format 9", Some("QuotaExceededError: full"));
    assert!(
        failed.contains("No backup of it could be written (QuotaExceededError: full)."),
        "{failed}"
    );
}
