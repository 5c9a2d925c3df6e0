//! Native tests of `formats::persist`.

use super::*;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::scenario::{Scenario, ScenarioId};
use crate::domain::model::view::View;
use crate::domain::rules::quiz::{apply, current_question, progress, Action};

fn sample() -> Workspace {
    let mut ws = Workspace::default();
    ws.active_mut().name = "Customer support".into();
    ws.active_mut().set_weight(Criterion::Coverage247, 9);
    ws.scenarios.push(Scenario::new(ScenarioId(2), "Payroll"));
    ws.next_id = 3;
    ws.last_view = View::Budget;
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
    fn add_a(mut v: Value) -> Result<Value, String> {
        v["a"] = Value::from(true);
        Ok(v)
    }
    fn add_b(mut v: Value) -> Result<Value, String> {
        v["b"] = Value::from(true);
        Ok(v)
    }
    fn refuse(_: Value) -> Result<Value, String> {
        Err("cannot".into())
    }
    let chain: &[Step] = &[add_a, add_b];
    let from1 = run_chain(chain, serde_json::json!({}), 1).unwrap();
    assert_eq!(from1, serde_json::json!({"a": true, "b": true}));
    let from2 = run_chain(chain, serde_json::json!({}), 2).unwrap();
    assert_eq!(from2, serde_json::json!({"b": true}));
    let current = run_chain(chain, serde_json::json!({}), 3).unwrap();
    assert_eq!(current, serde_json::json!({}));
    let failing: &[Step] = &[add_a, refuse];
    assert_eq!(
        run_chain(failing, serde_json::json!({}), 1),
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
    let key = backup_key(1700000000000);
    assert_eq!(key, "shoreline:v1:backup:1700000000000");
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
    assert_eq!(ws.last_view, View::Matrix);
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
        crate::domain::rules::matrix::score(
            crate::domain::model::options::SourcingOption::Offshore,
            Criterion::Language,
            &s.overrides
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
        .use_cost_score(SourcingOption::Offshore, Criterion::LabourCost, 4);
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
    assert_eq!(loaded.workspace.last_view, View::Quiz);
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
];

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
    // The current schema's sample is stored exactly as this build writes it.
    let current: Value = serde_json::from_str(SAMPLES[SCHEMA as usize - 1]).unwrap();
    let loaded = decode(SAMPLES[SCHEMA as usize - 1]).unwrap();
    let rewritten: Value =
        serde_json::from_str(&encode(&loaded.workspace, &loaded.saved_at)).unwrap();
    assert_eq!(rewritten, current);
}

#[test]
fn out_of_range_overrides_are_rejected_with_a_clear_message() {
    let mut o = Overrides::new();
    crate::domain::rules::matrix::set_override(
        &mut o,
        SourcingOption::InHouse,
        Criterion::LabourCost,
        9,
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
