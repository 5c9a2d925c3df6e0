//! Native tests of `rules::quiz`.

use super::*;
use crate::domain::model::scenario::{ScenarioId, WeightOrigin};

fn answers(pairs: &[(QuestionId, &str)]) -> SmallMap<QuestionId, String> {
    pairs.iter().map(|(q, a)| (*q, a.to_string())).collect()
}

fn one(q: QuestionId, a: &str) -> QuizOutcome {
    outcome(&answers(&[(q, a)]))
}

/// Weight of a criterion after one answer, minus its default.
fn delta(q: QuestionId, a: &str, c: Criterion) -> i32 {
    let o = one(q, a);
    i32::from(o.weights[&c]) - i32::from(c.default_weight())
}

fn no_knockouts(q: QuestionId) {
    for choice in q.choices() {
        if choice.knockout.is_none() {
            assert!(one(q, choice.id).knockouts.is_empty(), "{:?}", choice.id);
        }
    }
}

// --- the question table ------------------------------------------------

#[test]
fn there_are_fourteen_questions_with_three_to_five_answers_plus_not_sure() {
    assert_eq!(QuestionId::ALL.len(), QUESTION_COUNT);
    for q in QuestionId::ALL {
        let choices = q.choices();
        let last = choices.last().map(|c| c.id);
        assert_eq!(last, Some(NOT_SURE), "{q:?} must end with Not sure");
        let real = choices.len() - 1;
        // The function question lists six kinds of work, as the brief asks.
        let max = if q == QuestionId::Function { 6 } else { 5 };
        assert!((3..=max).contains(&real), "{q:?} has {real} answers");
        let ids: SmallSet<&str> = choices.iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), choices.len(), "{q:?} repeats an answer id");
        assert!(!q.prompt().is_empty() && q.prompt().ends_with('?'));
        assert!(q.why().ends_with('.'));
        assert!(
            crate::domain::content::learn::topic(q.learn_topic()).is_some(),
            "{q:?}"
        );
    }
}

#[test]
fn question_ids_round_trip_and_match_serde() {
    for (i, q) in QuestionId::ALL.into_iter().enumerate() {
        assert_eq!(QuestionId::from_id(q.id()), Some(q));
        assert_eq!(q.index(), i);
        assert_eq!(QuestionId::at(i), Some(q));
        assert_eq!(
            serde_json::to_string(&q).unwrap(),
            format!("\"{}\"", q.id())
        );
    }
    assert_eq!(QuestionId::from_id("favourite_colour"), None);
    // SmallMap order follows the quiz order.
    let mut sorted = QuestionId::ALL.to_vec();
    sorted.sort();
    assert_eq!(sorted, QuestionId::ALL.to_vec());
}

#[test]
fn not_sure_everywhere_keeps_the_default_weights() {
    let all: SmallMap<QuestionId, String> = QuestionId::ALL
        .into_iter()
        .map(|q| (q, NOT_SURE.to_string()))
        .collect();
    let o = outcome(&all);
    for c in Criterion::ALL {
        assert_eq!(o.weights[&c], c.default_weight());
    }
    assert!(o.knockouts.is_empty());
    assert!(o.effects.is_empty());
    assert_eq!(o.team_size_fte, None);
    assert_eq!(o.horizon_years, None);
    assert_eq!(outcome(&SmallMap::new()), o);
}

#[test]
fn invalid_answers_change_nothing() {
    let o = outcome(&answers(&[
        (QuestionId::BudgetPressure, "bankrupt"),
        (QuestionId::Regulation, "severe"),
    ]));
    assert_eq!(o, outcome(&SmallMap::new()));
}

#[test]
fn every_effect_matches_its_table_entry() {
    for q in QuestionId::ALL {
        for choice in q.choices() {
            let o = one(q, choice.id);
            let weight_effects: Vec<(Criterion, i8)> = o
                .effects
                .iter()
                .filter_map(|e| e.criterion.map(|c| (c, e.change)))
                .collect();
            assert_eq!(
                weight_effects,
                choice.nudges.to_vec(),
                "{q:?}/{}",
                choice.id
            );
            assert_eq!(o.knockouts.iter().next().copied(), choice.knockout);
            if choice.id == NOT_SURE {
                assert!(o.effects.is_empty());
            }
        }
    }
}

// --- one test per question --------------------------------------------

#[test]
fn q01_function_nudges_what_the_work_needs() {
    let q = QuestionId::Function;
    assert!(delta(q, "customer_support", Criterion::Language) > 0);
    assert!(delta(q, "customer_support", Criterion::Coverage247) > 0);
    assert!(delta(q, "it_helpdesk", Criterion::Coverage247) > 0);
    assert!(delta(q, "software_development", Criterion::Expertise) > 0);
    assert!(delta(q, "finance_accounting", Criterion::RegulatoryFit) > 0);
    assert!(delta(q, "marketing", Criterion::CulturalAlignment) > 0);
    assert!(delta(q, "marketing", Criterion::Flexibility) > 0);
    assert!(one(q, "other").effects.is_empty());
    no_knockouts(q);
}

#[test]
fn q02_core_competency_trades_control_against_focus() {
    let q = QuestionId::CoreCompetency;
    assert!(delta(q, "core", Criterion::DirectControl) > 0);
    assert!(delta(q, "core", Criterion::QualityControl) > 0);
    assert!(delta(q, "core", Criterion::CoreFocus) < 0);
    assert!(delta(q, "partly", Criterion::QualityControl) > 0);
    assert!(delta(q, "supporting", Criterion::CoreFocus) > 0);
    assert!(delta(q, "supporting", Criterion::DirectControl) < 0);
    no_knockouts(q);
}

#[test]
fn q03_budget_pressure_moves_the_cost_weights() {
    let q = QuestionId::BudgetPressure;
    assert!(delta(q, "severe", Criterion::LabourCost) > 0);
    assert!(delta(q, "severe", Criterion::LongRunSavings) > 0);
    assert!(delta(q, "moderate", Criterion::LabourCost) > 0);
    assert!(
        delta(q, "severe", Criterion::LabourCost) > delta(q, "moderate", Criterion::LabourCost)
    );
    assert!(delta(q, "low", Criterion::LabourCost) < 0);
    assert!(delta(q, "low", Criterion::LongRunSavings) < 0);
    no_knockouts(q);
}

#[test]
fn q04_coverage_sets_the_weight_and_the_night_shift_rule() {
    let q = QuestionId::Coverage;
    assert!(delta(q, "office_hours", Criterion::Coverage247) < 0);
    assert!(delta(q, "extended", Criterion::Coverage247) > 0);
    assert!(
        delta(q, "round_the_clock", Criterion::Coverage247)
            > delta(q, "extended", Criterion::Coverage247)
    );
    assert!(one(q, "round_the_clock").knockouts.is_empty());
    let o = one(q, "no_night_shifts");
    assert!(o.knockouts.contains(&KnockOut::CoverageWithoutNightShifts));
    assert_eq!(o.weights[&Criterion::Coverage247], MAX_WEIGHT);
    // Covering the night from far away means not sharing your hours.
    assert!(delta(q, "no_night_shifts", Criterion::TimeZoneAlignment) < 0);
    let ko = o.effects.iter().find(|e| e.knockout.is_some()).unwrap();
    assert_eq!(ko.question, q);
    assert_eq!(ko.answer, "no_night_shifts");
}

#[test]
fn q05_direct_control_weighs_control_and_contact() {
    let q = QuestionId::DirectControl;
    assert!(delta(q, "hands_on", Criterion::DirectControl) >= 4);
    assert!(delta(q, "face_to_face", Criterion::Communication) > 0);
    assert!(delta(q, "face_to_face", Criterion::TimeZoneAlignment) > 0);
    assert!(delta(q, "results", Criterion::DirectControl) < 0);
    no_knockouts(q);
}

#[test]
fn q06_regulation_weighs_compliance_and_can_keep_data_home() {
    let q = QuestionId::Regulation;
    assert!(delta(q, "light", Criterion::RegulatoryFit) < 0);
    assert!(delta(q, "moderate", Criterion::RegulatoryFit) > 0);
    assert!(delta(q, "strict", Criterion::RegulatoryFit) >= 3);
    assert!(delta(q, "strict", Criterion::LowGeopoliticalRisk) > 0);
    assert!(one(q, "strict").knockouts.is_empty());
    let o = one(q, "data_in_country");
    assert_eq!(
        o.knockouts,
        SmallSet::from([KnockOut::DataMustStayInCountry])
    );
    assert!(o.weights[&Criterion::RegulatoryFit] > Criterion::RegulatoryFit.default_weight());
}

#[test]
fn q07_expertise_moves_the_expertise_weight() {
    let q = QuestionId::Expertise;
    assert!(delta(q, "niche", Criterion::Expertise) > delta(q, "some", Criterion::Expertise));
    assert!(delta(q, "some", Criterion::Expertise) > 0);
    assert!(delta(q, "routine", Criterion::Expertise) < 0);
    no_knockouts(q);
}

#[test]
fn q08_growth_moves_scalability() {
    let q = QuestionId::Growth;
    assert!(delta(q, "fast", Criterion::Scalability) > delta(q, "steady", Criterion::Scalability));
    assert!(delta(q, "steady", Criterion::Scalability) > 0);
    assert!(delta(q, "flat", Criterion::Scalability) < 0);
    no_knockouts(q);
}

#[test]
fn q09_seasonality_moves_flexibility() {
    let q = QuestionId::Seasonality;
    assert!(delta(q, "strong", Criterion::Flexibility) > delta(q, "some", Criterion::Flexibility));
    assert!(delta(q, "some", Criterion::Flexibility) > 0);
    assert!(delta(q, "steady", Criterion::Flexibility) < 0);
    no_knockouts(q);
}

#[test]
fn q10_horizon_sets_the_years_and_the_payback_balance() {
    let q = QuestionId::Horizon;
    let years: Vec<Option<u8>> = q
        .choices()
        .iter()
        .map(|c| one(q, c.id).horizon_years)
        .collect();
    assert_eq!(years, vec![Some(1), Some(3), Some(5), Some(10), None]);
    assert!(delta(q, "one_year", Criterion::TransitionEase) > 0);
    assert!(delta(q, "one_year", Criterion::LongRunSavings) < 0);
    assert!(delta(q, "ten_years", Criterion::LongRunSavings) > 0);
    assert!(delta(q, "ten_years", Criterion::TransitionEase) < 0);
    for c in q.choices() {
        if let Some(y) = c.horizon_years {
            assert!((1..=10).contains(&y));
        }
    }
    no_knockouts(q);
}

#[test]
fn q11_friction_tolerance_moves_the_friction_weights() {
    let q = QuestionId::Friction;
    for c in [
        Criterion::CulturalAlignment,
        Criterion::Language,
        Criterion::TimeZoneAlignment,
    ] {
        assert!(delta(q, "low", c) > 0, "{c:?}");
        assert!(delta(q, "high", c) < 0, "{c:?}");
    }
    assert!(delta(q, "some", Criterion::TimeZoneAlignment) > 0);
    no_knockouts(q);
}

#[test]
fn q12_foreign_market_weighs_presence_and_can_rule_out_an_entity() {
    let q = QuestionId::ForeignMarket;
    assert!(
        delta(q, "own_base", Criterion::MarketPresence)
            > delta(q, "bonus", Criterion::MarketPresence)
    );
    assert!(delta(q, "bonus", Criterion::MarketPresence) > 0);
    assert!(delta(q, "home_only", Criterion::MarketPresence) < 0);
    assert!(one(q, "home_only").knockouts.is_empty());
    assert_eq!(
        one(q, "no_entity").knockouts,
        SmallSet::from([KnockOut::NoForeignEntity])
    );
}

#[test]
fn q13_vendor_management_weighs_dependency_and_can_rule_out_vendors() {
    let q = QuestionId::VendorManagement;
    assert!(delta(q, "experienced", Criterion::LowDependency) < 0);
    // Little capacity favours the options that need the least managing:
    // easy set-up and easy communication, never low dependency (which
    // favours the captive, the most management-heavy option).
    for a in ["some_effort", "stretched", "none"] {
        assert!(delta(q, a, Criterion::TransitionEase) > 0, "{a}");
        assert!(delta(q, a, Criterion::LowDependency) <= 0, "{a}");
    }
    assert!(delta(q, "stretched", Criterion::Communication) > 0);
    assert!(delta(q, "none", Criterion::Communication) > 0);
    assert!(one(q, "stretched").knockouts.is_empty());
    assert_eq!(
        one(q, "none").knockouts,
        SmallSet::from([KnockOut::NoVendorManagementCapacity])
    );
}

#[test]
fn q14_team_size_sets_the_head_count() {
    let q = QuestionId::TeamSize;
    let fte: Vec<Option<f64>> = q
        .choices()
        .iter()
        .map(|c| one(q, c.id).team_size_fte)
        .collect();
    assert_eq!(
        fte,
        vec![
            Some(3.0),
            Some(12.0),
            Some(50.0),
            Some(180.0),
            Some(500.0),
            None
        ]
    );
    assert!(delta(q, "up_to_5", Criterion::TransitionEase) > 0);
    assert!(delta(q, "101_to_300", Criterion::LongRunSavings) > 0);
    assert!(
        delta(q, "over_300", Criterion::LongRunSavings)
            > delta(q, "101_to_300", Criterion::LongRunSavings)
    );
    assert!(delta(q, "over_300", Criterion::LabourCost) > 0);
    no_knockouts(q);
}

// --- reducer -----------------------------------------------------------

#[test]
fn answer_records_valid_answers_and_ignores_others() {
    let s = QuizState::default();
    let s = apply(&s, Action::Answer(QuestionId::Function, "marketing".into()));
    assert_eq!(
        s.answers.get(&QuestionId::Function).map(String::as_str),
        Some("marketing")
    );
    assert_eq!(s.current, 0, "answering does not move on by itself");
    let same = apply(&s, Action::Answer(QuestionId::Function, "astrology".into()));
    assert_eq!(same, s);
    // An answer id from another question is not valid here.
    let same = apply(&s, Action::Answer(QuestionId::Growth, "severe".into()));
    assert_eq!(same, s);
    // Changing an answer replaces it.
    let s = apply(&s, Action::Answer(QuestionId::Function, NOT_SURE.into()));
    assert_eq!(
        s.answers.get(&QuestionId::Function).map(String::as_str),
        Some(NOT_SURE)
    );
    assert_eq!(answered_count(&s), 0);
}

#[test]
fn next_back_and_finish() {
    let mut s = QuizState::default();
    assert_eq!(progress(&s), (1, QUESTION_COUNT));
    s = apply(&s, Action::Back);
    assert_eq!(s.current, 0, "back never goes below the first question");
    for i in 1..QUESTION_COUNT {
        s = apply(&s, Action::Next);
        assert_eq!(s.current, i);
        assert!(!s.finished);
    }
    assert_eq!(progress(&s), (QUESTION_COUNT, QUESTION_COUNT));
    s = apply(&s, Action::Next);
    assert!(s.finished);
    assert_eq!(s.current, LAST);
    assert_eq!(progress(&s), (QUESTION_COUNT, QUESTION_COUNT));
    // Next on the result changes nothing.
    assert_eq!(apply(&s, Action::Next), s);
    // Back from the result shows the last question again.
    let back = apply(&s, Action::Back);
    assert!(!back.finished);
    assert_eq!(back.current, LAST);
    let back = apply(&back, Action::Back);
    assert_eq!(back.current, LAST - 1);
}

#[test]
fn skip_leaves_the_question_unanswered_and_moves_on() {
    let s = apply(
        &QuizState::default(),
        Action::Answer(QuestionId::Function, "marketing".into()),
    );
    let s = apply(&s, Action::Skip);
    assert_eq!(s.current, 1);
    assert!(!s.answers.contains_key(&QuestionId::Function));
    let mut s = s;
    for _ in 0..QUESTION_COUNT {
        s = apply(&s, Action::Skip);
    }
    assert!(s.finished);
    assert!(s.answers.is_empty());
    assert_eq!(outcome(&s.answers), outcome(&SmallMap::new()));
}

#[test]
fn goto_and_start_over() {
    let mut s = QuizState::default();
    s = apply(&s, Action::Answer(QuestionId::Growth, "fast".into()));
    s = apply(&s, Action::Goto(5));
    assert_eq!(s.current, 5);
    assert_eq!(progress(&s), (6, QUESTION_COUNT));
    assert_eq!(
        apply(&s, Action::Goto(QUESTION_COUNT)),
        s,
        "out of range is ignored"
    );
    s.finished = true;
    let edited = apply(&s, Action::Goto(2));
    assert_eq!(edited.current, 2);
    assert!(!edited.finished);
    assert_eq!(edited.answers, s.answers, "jumping keeps the answers");
    assert_eq!(apply(&s, Action::StartOver), QuizState::default());
}

// --- moving on by itself after a pointer choice ------------------------

/// Chooses `answer` to the question on screen as the quiz screen does, and
/// runs whatever `after_choosing` schedules.
fn choose(s: &QuizState, answer: &str, how: Chosen) -> QuizState {
    let question = current_question(s);
    let s = apply(s, Action::Answer(question, answer.into()));
    match after_choosing(&s, question, how) {
        Some(action) => apply(&s, action),
        None => s,
    }
}

#[test]
fn a_pointer_choice_moves_on_and_a_keyboard_choice_does_not() {
    let s = QuizState::default();
    assert_eq!(
        after_choosing(&s, QuestionId::Function, Chosen::ByPointer),
        Some(Action::NextFrom(QuestionId::Function))
    );
    assert_eq!(
        after_choosing(&s, QuestionId::Function, Chosen::ByKeyboard),
        None
    );
    let by_key = choose(&s, "marketing", Chosen::ByKeyboard);
    assert_eq!(by_key.current, 0, "arrow keys only select");
    assert_eq!(
        by_key
            .answers
            .get(&QuestionId::Function)
            .map(String::as_str),
        Some("marketing")
    );
    let by_click = choose(&s, "marketing", Chosen::ByPointer);
    assert_eq!(by_click.current, 1);
    assert_eq!(by_click.answers, by_key.answers, "both record the answer");
}

#[test]
fn space_chooses_and_moves_on_at_once_like_enter() {
    let s = QuizState::default();
    assert_eq!(
        after_choosing(&s, QuestionId::Function, Chosen::BySpace),
        Some(Action::NextFrom(QuestionId::Function))
    );
    let by_space = choose(&s, "marketing", Chosen::BySpace);
    assert_eq!(by_space.current, 1, "Space confirms");
    assert_eq!(
        by_space
            .answers
            .get(&QuestionId::Function)
            .map(String::as_str),
        Some("marketing")
    );
    // Space confirms at once; a pointer pauses first; arrows never move on.
    assert_eq!(Chosen::BySpace.pause_ms(), 0);
    assert_eq!(Chosen::ByPointer.pause_ms(), PAUSE_BEFORE_NEXT_MS);
    // Space on the last question leads to the result, and nothing moves
    // on from the result.
    let mut last = QuizState {
        current: LAST,
        ..QuizState::default()
    };
    last = choose(&last, NOT_SURE, Chosen::BySpace);
    assert!(last.finished);
    assert_eq!(
        after_choosing(&last, QuestionId::TeamSize, Chosen::BySpace),
        None
    );
    // Space on a question that is no longer on screen does nothing.
    assert_eq!(
        after_choosing(&by_space, QuestionId::Function, Chosen::BySpace),
        None
    );
}

#[test]
fn fourteen_pointer_choices_reach_the_result() {
    let mut s = QuizState::default();
    for (i, q) in QuestionId::ALL.into_iter().enumerate() {
        assert_eq!(current_question(&s), q);
        assert!(!s.finished, "finished before question {}", i + 1);
        // "Not sure" moves on like any other answer.
        let answer = if i % 2 == 0 {
            q.choices()[0].id
        } else {
            NOT_SURE
        };
        s = choose(&s, answer, Chosen::ByPointer);
    }
    assert!(s.finished, "the last answer leads to the result");
    assert_eq!(s.current, LAST);
    assert_eq!(s.answers.len(), QUESTION_COUNT);
    // Nothing moves on from the result.
    assert_eq!(
        after_choosing(&s, QuestionId::TeamSize, Chosen::ByPointer),
        None
    );
}

#[test]
fn the_delayed_move_does_nothing_once_the_user_has_moved() {
    let answered = apply(
        &QuizState::default(),
        Action::Answer(QuestionId::Function, "marketing".into()),
    );
    let pending = after_choosing(&answered, QuestionId::Function, Chosen::ByPointer)
        .expect("a pointer choice moves on");
    // Next pressed during the pause: the pause's move does not skip a question.
    let nexted = apply(&answered, Action::Next);
    assert_eq!(apply(&nexted, pending.clone()), nexted);
    // Two quick clicks schedule two moves; only the first counts.
    let once = apply(&answered, pending.clone());
    assert_eq!(apply(&once, pending.clone()), once);
    // Back from a later question, then the old move: nothing skips ahead.
    let mut later = once.clone();
    later.current = 4;
    let back = apply(&later, Action::Back);
    assert_eq!(apply(&back, pending.clone()), back);
    // Back to the question and a click on its answer (the same or another)
    // moves on again, as expected.
    let mut at_first = back.clone();
    at_first.current = 0;
    let again = choose(&at_first, "marketing", Chosen::ByPointer);
    assert_eq!(again.current, 1);
    let other = choose(&at_first, NOT_SURE, Chosen::ByPointer);
    assert_eq!(other.current, 1);
    // A question that is not the one on screen never moves on.
    assert_eq!(
        after_choosing(&back, QuestionId::Function, Chosen::ByPointer),
        None
    );
    // Nor does the move from the last question once the result shows.
    let mut last = QuizState {
        current: LAST,
        ..QuizState::default()
    };
    let pending_last = after_choosing(&last, QuestionId::TeamSize, Chosen::ByPointer)
        .expect("the last question moves on to the result");
    last = apply(&last, Action::Next);
    assert!(last.finished);
    assert_eq!(apply(&last, pending_last), last);
}

#[test]
fn quiz_weights_are_told_apart_from_hand_changes() {
    use crate::domain::model::quiz::QuestionId;
    use crate::domain::rules::quiz::outcome;
    let mut s = Scenario::new(ScenarioId(1), "Support");
    assert_eq!(
        s.weight_origin(Criterion::LabourCost),
        WeightOrigin::Default
    );
    let mut answers = SmallMap::new();
    answers.insert(QuestionId::BudgetPressure, "severe".to_string());
    answers.insert(QuestionId::TeamSize, "101_to_300".to_string());
    answers.insert(QuestionId::Horizon, "ten_years".to_string());
    answers.insert(QuestionId::Regulation, "data_in_country".to_string());
    let out = outcome(&answers);
    s.apply_quiz_to_matrix(&out);
    assert_eq!(s.weights, out.weights);
    assert!(s.knockouts.contains(&KnockOut::DataMustStayInCountry));
    assert_eq!(s.weight_origin(Criterion::LabourCost), WeightOrigin::Quiz);
    s.set_weight(Criterion::LabourCost, 0);
    assert_eq!(
        s.weight_origin(Criterion::LabourCost),
        WeightOrigin::ChangedSinceQuiz
    );
    assert_eq!(s.weight_origin(Criterion::Language), WeightOrigin::Quiz);
    s.apply_quiz_to_costs(&out);
    assert_eq!(s.cost.fte, 180.0);
    assert_eq!(s.cost.horizon_years, 10);
}

#[test]
fn the_old_team_size_band_reads_as_the_nearest_new_one() {
    let text =
        r#"{"answers":{"team_size":"over_100","growth":"fast"},"current":3,"finished":false}"#;
    let state: QuizState = serde_json::from_str(text).unwrap();
    assert_eq!(state.answers[&QuestionId::TeamSize], "101_to_300");
    assert_eq!(state.answers[&QuestionId::Growth], "fast");
    assert!(QuestionId::TeamSize.accepts(&state.answers[&QuestionId::TeamSize]));
}

#[test]
fn regulation_offers_the_eu_adequacy_rule() {
    let o = one(QuestionId::Regulation, "data_in_eu");
    assert_eq!(o.knockouts, SmallSet::from([KnockOut::DataInEuOrAdequate]));
}

#[test]
fn budget_pressure_severe_lets_cost_decide() {
    let o = one(QuestionId::BudgetPressure, "severe");
    assert_eq!(o.weights[&Criterion::LabourCost], MAX_WEIGHT);
    assert_eq!(o.weights[&Criterion::LongRunSavings], MAX_WEIGHT);
}

#[test]
fn the_quiz_names_the_function_for_the_cost_model() {
    assert_eq!(
        one(QuestionId::Function, "customer_support")
            .function
            .as_deref(),
        Some("customer_support")
    );
    assert_eq!(one(QuestionId::Function, NOT_SURE).function, None);
    for c in QuestionId::Function.choices() {
        assert_eq!(
            cost_function_id(c.id).is_some(),
            c.id != NOT_SURE,
            "{}",
            c.id
        );
    }
}

#[test]
fn a_typed_team_size_inside_the_answer_is_kept_and_named_as_yours() {
    let coo = one(QuestionId::TeamSize, "21_to_100");
    let mut typed = CostInputs {
        fte: 60.0,
        ..CostInputs::default()
    };
    // Her 60 lies in "21 to 100": the quiz plans for 60, not 50.
    assert_eq!(team_size(&typed, &coo), Some(TeamSize::Yours(60.0)));
    assert_eq!(cost_inputs(&typed, &coo).fte, 60.0);
    // The band's edges: 100 belongs to "21 to 100", 20 does not.
    typed.fte = 100.0;
    assert_eq!(team_size(&typed, &coo), Some(TeamSize::Yours(100.0)));
    typed.fte = 20.5;
    assert_eq!(team_size(&typed, &coo), Some(TeamSize::Yours(20.5)));
    // A size outside the answer gives way to the answer's figure.
    typed.fte = 150.0;
    assert_eq!(team_size(&typed, &coo), Some(TeamSize::FromAnswer(50.0)));
    assert_eq!(cost_inputs(&typed, &coo).fte, 50.0);
    // The default size (20) is not typed, even inside "6 to 20".
    let small = one(QuestionId::TeamSize, "6_to_20");
    let untouched = CostInputs::default();
    assert_eq!(untouched.fte, 20.0);
    assert_eq!(
        team_size(&untouched, &small),
        Some(TeamSize::FromAnswer(12.0))
    );
    // Above 300 has no upper end.
    let big = one(QuestionId::TeamSize, "over_300");
    typed.fte = 2_000.0;
    assert_eq!(team_size(&typed, &big), Some(TeamSize::Yours(2_000.0)));
    // No answer: no team size from the quiz, the typed one stays.
    let none = one(QuestionId::TeamSize, NOT_SURE);
    assert_eq!(team_size(&typed, &none), None);
    assert_eq!(cost_inputs(&typed, &none).fte, 2_000.0);
}

#[test]
fn every_team_size_answer_covers_its_planning_figure_and_the_bands_meet() {
    let mut last_up_to = 0.0;
    for choice in QuestionId::TeamSize.choices() {
        let Some(fte) = choice.team_size_fte else {
            continue;
        };
        let (above, up_to) = team_size_band(choice.id).expect("a band for every size answer");
        assert!(fte > above && fte <= up_to, "{}", choice.id);
        assert_eq!(above, last_up_to, "{}: a gap or an overlap", choice.id);
        last_up_to = up_to;
    }
    assert!(last_up_to.is_infinite());
}
