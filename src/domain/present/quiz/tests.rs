//! Native tests of `present::quiz`.

use super::*;
use crate::domain::model::criteria::{Criterion, MAX_WEIGHT};
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::small::SmallMap;
use crate::domain::rules::quiz::{outcome, TeamSize};

fn answers(pairs: &[(QuestionId, &str)]) -> SmallMap<QuestionId, String> {
    pairs.iter().map(|(q, a)| (*q, a.to_string())).collect()
}

#[test]
fn knock_out_and_cost_input_effects_read_well() {
    let o = outcome(&answers(&[(QuestionId::Coverage, "no_night_shifts")]));
    let ko = o.effects.iter().find(|e| e.knockout.is_some()).unwrap();
    let text = effect_text(ko, NumberStyle::En);
    assert!(text.contains("night shifts are ruled out"), "{text}");
    let o = outcome(&answers(&[(QuestionId::TeamSize, "6_to_20")]));
    assert!(o
        .effects
        .iter()
        .any(|e| effect_text(e, NumberStyle::En).contains("12 full-time")));
}

#[test]
fn weights_are_clamped_and_effects_name_the_answer() {
    // Severe cost pressure and a huge team both raise labour cost (8 + 3 + 2).
    let o = outcome(&answers(&[
        (QuestionId::BudgetPressure, "severe"),
        (QuestionId::TeamSize, "over_100"),
    ]));
    assert_eq!(o.weights[&Criterion::LabourCost], MAX_WEIGHT);
    for e in &o.effects {
        let choice = e.question.choice(&e.answer).unwrap();
        let text = effect_text(e, NumberStyle::En);
        assert!(text.starts_with("You said "), "{text}");
        assert!(text.contains(choice.said), "{text}");
    }
    let budget = o
        .effects
        .iter()
        .find(|e| e.criterion == Some(Criterion::LabourCost))
        .unwrap();
    assert_eq!(
        effect_text(budget, NumberStyle::En),
        "You said the pressure to cut costs is severe, so \"Low labour & operating cost\" counts for more."
    );
    // Many low answers together never go below zero.
    let o = outcome(&answers(&[
        (QuestionId::Expertise, "routine"),
        (QuestionId::Friction, "high"),
        (QuestionId::ForeignMarket, "home_only"),
    ]));
    assert_eq!(o.weights[&Criterion::MarketPresence], 0);
    assert!(o.weights.values().all(|w| *w <= MAX_WEIGHT));
}

#[test]
fn every_answer_that_moved_anything_is_named_once_in_quiz_order() {
    // The COO's answers: customer support, weekends, 60 people, no answer
    // to the growth question.
    let given = answers(&[
        (QuestionId::TeamSize, "21_to_100"),
        (QuestionId::Function, "customer_support"),
        (QuestionId::Coverage, "extended"),
        (QuestionId::BudgetPressure, "severe"),
        (QuestionId::Regulation, "data_in_country"),
        (QuestionId::Growth, "not_sure"),
    ]);
    let out = outcome(&given);
    let lines = answers_that_counted(&out, Some(TeamSize::FromAnswer(50.0)), NumberStyle::En);
    assert_eq!(lines.len(), 5, "{lines:#?}");
    // Quiz order: function, budget, coverage, regulation, team size.
    assert!(
        lines[0].starts_with("You said the work is customer support:"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains("default pay follows that work"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1]
            .contains("\"Low labour & operating cost\" and \"Long-run savings\" count for more"),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains("count for less"), "{}", lines[1]);
    assert!(
        lines[2].contains("longer days or weekends")
            && lines[2].contains("\"24/7 coverage\" counts for more"),
        "{}",
        lines[2]
    );
    assert!(lines[3].contains("is ruled out"), "{}", lines[3]);
    assert!(
        lines[4].contains("plans for 50 full-time people, the planning figure for that answer"),
        "{}",
        lines[4]
    );
    // Her own 60 people, inside "21 to 100", is named as hers.
    let hers = answers_that_counted(&out, Some(TeamSize::Yours(60.0)), NumberStyle::En);
    assert!(
        hers[4].contains("plans for 60 full-time people, the team size on the Budget screen"),
        "{}",
        hers[4]
    );
    assert!(!hers[4].contains("50"), "{}", hers[4]);
    // "Not sure" moved nothing, so it is not listed.
    assert!(lines.iter().all(|l| !l.contains("not sure")), "{lines:#?}");
    for l in &lines {
        assert!(l.ends_with('.'), "{l}");
    }
    assert!(answers_that_counted(&outcome(&SmallMap::new()), None, NumberStyle::En).is_empty());
}

#[test]
fn the_announcement_names_the_position_and_the_question() {
    use crate::domain::model::quiz::QuizState;
    let s = QuizState {
        current: 4,
        ..QuizState::default()
    };
    assert_eq!(
        question_announcement(&s),
        format!("Question 5 of 14: {}", QuestionId::DirectControl.prompt())
    );
    assert_eq!(
        question_announcement(&s),
        "Question 5 of 14: How closely do you need to work with the people doing it?"
    );
}
