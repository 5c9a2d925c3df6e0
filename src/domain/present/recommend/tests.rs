//! Native tests of `present::recommend` (the recommendation and its words).

use super::*;
use crate::domain::content::questions::NOT_SURE;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::scores::{KnockOut, Overrides};
use crate::domain::model::small::SmallMap;
use crate::domain::rules::recommend::MAX_REASONS;
use proptest::prelude::*;

/// The recommendation for these answers on the default scenario with these overrides.
fn recommend(answers: &SmallMap<QuestionId, String>, overrides: &Overrides) -> Recommendation {
    let mut s = crate::domain::model::scenario::Scenario::new(
        crate::domain::model::scenario::ScenarioId(1),
        "Test",
    );
    s.quiz.answers = answers.clone();
    s.overrides = overrides.clone();
    crate::domain::rules::recommend::recommend(&s)
}

fn answers(pairs: &[(QuestionId, &str)]) -> SmallMap<QuestionId, String> {
    pairs.iter().map(|(q, a)| (*q, a.to_string())).collect()
}

fn totals(rec: &Recommendation) -> String {
    rec.ranking
        .iter()
        .map(|r| format!("{} {:.1}", r.option.short_name(), r.total))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every reason either names an answer that was given and raised its
/// criterion, or says it comes from the starting weights (and then no
/// answer raised that criterion).
fn check_reasons(rec: &Recommendation, given: &SmallMap<QuestionId, String>) {
    let leader_reasons = rec.reasons.iter().map(|r| (r, true));
    let lost = rec.runner_up_lost.iter().map(|r| (r, false));
    for (r, for_leader) in leader_reasons.chain(lost) {
        let text = reason_text(r, &rec.outcome, for_leader, NumberStyle::En);
        match (r.question, &r.answer) {
            (Some(q), Some(a)) => {
                assert_eq!(given.get(&q), Some(a), "reason names an answer not given");
                let choice = q.choice(a).expect("a real choice");
                assert!(
                    choice
                        .nudges
                        .iter()
                        .any(|(c, d)| *c == r.criterion && *d > 0),
                    "{:?}/{} did not raise {:?}",
                    q,
                    a,
                    r.criterion
                );
                assert!(text.contains(choice.said), "{text}");
            }
            (None, None) => {
                assert!(rec.outcome.strongest_raise(r.criterion).is_none());
                assert!(text.contains("out of 10"), "{text}");
            }
            _ => panic!("question and answer must come together: {r:?}"),
        }
    }
}

#[test]
fn golden_boston_startup_hands_marketing_to_a_local_agency() {
    // A small startup giving its social media to an agency a short drive
    // away, met every month: non-core, small, face to face, no night work.
    let given = answers(&[
        (QuestionId::Function, "marketing"),
        (QuestionId::CoreCompetency, "supporting"),
        (QuestionId::Coverage, "office_hours"),
        (QuestionId::DirectControl, "face_to_face"),
        (QuestionId::Friction, "low"),
        (QuestionId::TeamSize, "up_to_5"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    assert_eq!(
        rec.leader,
        Some(SourcingOption::Domestic),
        "{}",
        totals(&rec)
    );
    // The agency costs about a fifth more than own staff in the cost model,
    // so in-house may come close; nothing else may.
    if rec.close_call {
        assert_eq!(
            rec.runner_up,
            Some(SourcingOption::InHouse),
            "{}",
            totals(&rec)
        );
    }
    assert_eq!(rec.outcome.team_size_fte, Some(3.0));
    assert!(
        headline(&rec).starts_with("Domestic outsourcing fits best"),
        "{}",
        headline(&rec)
    );
    check_reasons(&rec, &given);
    // The strongest reason is the answer that it is supporting work.
    assert_eq!(rec.reasons[0].question, Some(QuestionId::CoreCompetency));
    println!(
        "boston: {}\n{}",
        totals(&rec),
        summary_paragraph(&rec, NumberStyle::En)
    );
}

#[test]
fn golden_boston_startup_with_every_question_answered() {
    let given = answers(&[
        (QuestionId::Function, "marketing"),
        (QuestionId::CoreCompetency, "supporting"),
        (QuestionId::BudgetPressure, "moderate"),
        (QuestionId::Coverage, "office_hours"),
        (QuestionId::DirectControl, "face_to_face"),
        (QuestionId::Regulation, "light"),
        (QuestionId::Expertise, "niche"),
        (QuestionId::Growth, "fast"),
        (QuestionId::Seasonality, "some"),
        (QuestionId::Horizon, "three_years"),
        (QuestionId::Friction, "low"),
        (QuestionId::ForeignMarket, "home_only"),
        (QuestionId::VendorManagement, "some_effort"),
        (QuestionId::TeamSize, "up_to_5"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    assert_eq!(
        rec.leader,
        Some(SourcingOption::Domestic),
        "{}",
        totals(&rec)
    );
    assert!(!rec.close_call, "{}", totals(&rec));
    check_reasons(&rec, &given);
    println!("boston full: {}", totals(&rec));
}

#[test]
fn golden_telecom_support_centre_goes_offshore() {
    // A large telecom: English-speaking support around the clock without
    // night shifts, at much lower labour cost, planned for the long run.
    let given = answers(&[
        (QuestionId::Function, "customer_support"),
        (QuestionId::BudgetPressure, "severe"),
        (QuestionId::Coverage, "no_night_shifts"),
        (QuestionId::Horizon, "ten_years"),
        (QuestionId::TeamSize, "101_to_300"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    assert!(
        matches!(
            rec.leader,
            Some(SourcingOption::Offshore | SourcingOption::Captive)
        ),
        "{}",
        totals(&rec)
    );
    assert_eq!(rec.outcome.team_size_fte, Some(180.0));
    assert_eq!(rec.outcome.horizon_years, Some(10));
    // Night-shift options are ruled out, with reasons.
    let out: Vec<SourcingOption> = rec.knockouts.iter().map(|(o, _)| *o).collect();
    assert_eq!(
        out,
        vec![
            SourcingOption::InHouse,
            SourcingOption::Domestic,
            SourcingOption::Nearshore
        ]
    );
    assert!(rec.knockouts.iter().all(|(_, why)| why.contains("night")));
    check_reasons(&rec, &given);
    println!(
        "telecom: {}\n{}",
        totals(&rec),
        summary_paragraph(&rec, NumberStyle::En)
    );
}

#[test]
fn golden_telecom_with_every_question_answered() {
    let given = answers(&[
        (QuestionId::Function, "customer_support"),
        (QuestionId::CoreCompetency, "supporting"),
        (QuestionId::BudgetPressure, "severe"),
        (QuestionId::Coverage, "no_night_shifts"),
        (QuestionId::DirectControl, "results"),
        (QuestionId::Regulation, "moderate"),
        (QuestionId::Expertise, "routine"),
        (QuestionId::Growth, "steady"),
        (QuestionId::Seasonality, "some"),
        (QuestionId::Horizon, "ten_years"),
        (QuestionId::Friction, "some"),
        (QuestionId::ForeignMarket, "bonus"),
        (QuestionId::VendorManagement, "experienced"),
        (QuestionId::TeamSize, "101_to_300"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    assert!(
        matches!(
            rec.leader,
            Some(SourcingOption::Offshore | SourcingOption::Captive)
        ),
        "{}",
        totals(&rec)
    );
    check_reasons(&rec, &given);
    println!("telecom full: {}", totals(&rec));
}

const OFFSHORE_FAMILY: [SourcingOption; 4] = [
    SourcingOption::Nearshore,
    SourcingOption::Offshore,
    SourcingOption::Captive,
    SourcingOption::Hybrid,
];

#[test]
fn golden_regulated_data_stays_home() {
    let given = answers(&[
        (QuestionId::Function, "finance_accounting"),
        (QuestionId::CoreCompetency, "partly"),
        (QuestionId::BudgetPressure, "severe"),
        (QuestionId::Regulation, "data_in_country"),
        (QuestionId::Friction, "high"),
        (QuestionId::ForeignMarket, "own_base"),
        (QuestionId::TeamSize, "101_to_300"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    let leader = rec.leader.expect("in-house or domestic remains");
    assert!(!OFFSHORE_FAMILY.contains(&leader), "{}", totals(&rec));
    assert!(rec
        .ranking
        .iter()
        .all(|r| !OFFSHORE_FAMILY.contains(&r.option)));
    let out: Vec<SourcingOption> = rec.knockouts.iter().map(|(o, _)| *o).collect();
    assert_eq!(out, OFFSHORE_FAMILY.to_vec());
    assert!(rec
        .outcome
        .knockouts
        .contains(&KnockOut::DataMustStayInCountry));
    // No single answer may bring an offshore option back on top.
    if let Some(c) = &rec.change {
        assert!(c.question == QuestionId::Regulation || !OFFSHORE_FAMILY.contains(&c.new_leader));
    }
    check_reasons(&rec, &given);
    println!(
        "regulated: {}\n{}",
        totals(&rec),
        summary_paragraph(&rec, NumberStyle::En)
    );
}

#[test]
fn golden_not_sure_everywhere_is_a_neutral_close_call() {
    let given: SmallMap<QuestionId, String> = QuestionId::ALL
        .into_iter()
        .map(|q| (q, NOT_SURE.to_string()))
        .collect();
    let rec = recommend(&given, &Overrides::new());
    for c in Criterion::ALL {
        assert_eq!(rec.outcome.weights[&c], c.default_weight());
    }
    assert!(rec.knockouts.is_empty());
    assert!(rec.close_call, "{}", totals(&rec));
    assert!(
        close_call(&rec).to_lowercase().contains("close call"),
        "{}",
        close_call(&rec)
    );
    assert!(headline(&rec).contains("only just"), "{}", headline(&rec));
    // With no answers, every reason comes from the starting weights.
    assert!(!rec.reasons.is_empty());
    assert!(rec.reasons.iter().all(|r| r.question.is_none()));
    assert!(summary_paragraph(&rec, NumberStyle::En).contains("Close call"));
    // Unanswered is the same as "Not sure".
    assert_eq!(recommend(&SmallMap::new(), &Overrides::new()), rec);
    println!(
        "not sure: {}\n{}",
        totals(&rec),
        summary_paragraph(&rec, NumberStyle::En)
    );
}

#[test]
fn what_would_change_names_an_answer_that_really_swaps_the_top_two() {
    let given = answers(&[
        (QuestionId::Function, "marketing"),
        (QuestionId::CoreCompetency, "supporting"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    let change = rec.change.clone().expect("some answer swaps a close lead");
    assert_eq!(Some(change.new_leader), rec.runner_up);
    let mut changed = given.clone();
    changed.insert(change.question, change.answer.clone());
    let again = recommend(&changed, &Overrides::new());
    assert_eq!(again.leader, rec.runner_up);
    let label = change.question.choice(&change.answer).unwrap().label;
    assert!(
        what_would_change(&rec).contains(label),
        "{}",
        what_would_change(&rec)
    );
    assert!(what_would_change(&rec).starts_with("If you answered"));
}

#[test]
fn runner_up_lost_explains_where_it_trails() {
    let rec = recommend(&SmallMap::new(), &Overrides::new());
    let runner = rec.runner_up.unwrap();
    assert!(!rec.runner_up_lost.is_empty());
    for r in &rec.runner_up_lost {
        assert!(r.runner_up_score.unwrap() < r.leader_score);
        let text = reason_text(r, &rec.outcome, false, NumberStyle::En);
        assert!(text.starts_with(runner.name()), "{text}");
    }
}

#[test]
fn reasons_prefer_answer_linked_criteria() {
    // Data at home leaves in-house and domestic; domestic beats in-house on
    // expertise (4 vs 2), and the answer raised it, so it comes first
    // although the data rule raised legal fit, where in-house leads.
    // Price matters little here: in the cost model a domestic vendor costs
    // about a fifth more than own staff.
    let given = answers(&[
        (QuestionId::Expertise, "niche"),
        (QuestionId::DirectControl, "results"),
        (QuestionId::Regulation, "data_in_country"),
        (QuestionId::BudgetPressure, "low"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    assert_eq!(
        rec.leader,
        Some(SourcingOption::Domestic),
        "{}",
        totals(&rec)
    );
    let first = &rec.reasons[0];
    assert_eq!(first.criterion, Criterion::Expertise);
    assert_eq!(first.question, Some(QuestionId::Expertise));
    assert!(reason_text(first, &rec.outcome, true, NumberStyle::En)
        .starts_with("You said the work needs rare specialist skills"));
}

#[test]
fn everything_ruled_out_is_explained() {
    // Data at home rules out four options, night-free 24/7 the other two.
    let given = answers(&[
        (QuestionId::Regulation, "data_in_country"),
        (QuestionId::Coverage, "no_night_shifts"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    assert_eq!(rec.leader, None);
    assert!(rec.ranking.is_empty());
    assert!(rec.reasons.is_empty());
    assert_eq!(rec.knockouts.len(), 6);
    assert!(headline(&rec).contains("rule out every option"));
    let change = rec.change.clone().expect("dropping one requirement helps");
    assert!(matches!(
        change.question,
        QuestionId::Regulation | QuestionId::Coverage
    ));
    assert!(!summary_paragraph(&rec, NumberStyle::En).is_empty());
}

#[test]
fn a_single_remaining_option_is_said_plainly() {
    // Data at home leaves in-house and domestic; no vendor capacity removes domestic.
    let given = answers(&[
        (QuestionId::Regulation, "data_in_country"),
        (QuestionId::VendorManagement, "none"),
    ]);
    let rec = recommend(&given, &Overrides::new());
    assert_eq!(rec.leader, Some(SourcingOption::InHouse));
    assert_eq!(rec.runner_up, None);
    assert!(headline(&rec).contains("only option"), "{}", headline(&rec));
    assert!(!rec.close_call);
    check_reasons(&rec, &given);
    if let Some(c) = &rec.change {
        assert_ne!(c.new_leader, SourcingOption::InHouse);
    }
}

fn arb_answers() -> impl Strategy<Value = SmallMap<QuestionId, String>> {
    proptest::collection::vec(0usize..8, QuestionId::ALL.len()).prop_map(|picks| {
        QuestionId::ALL
            .into_iter()
            .zip(picks)
            .filter_map(|(q, i)| q.choices().get(i).map(|c| (q, c.id.to_string())))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn reasons_always_name_a_real_given_answer(given in arb_answers()) {
        let rec = recommend(&given, &Overrides::new());
        check_reasons(&rec, &given);
        prop_assert!(rec.reasons.len() <= MAX_REASONS);
        prop_assert!(rec.runner_up_lost.len() <= MAX_REASONS);
        // Answer-linked reasons come first.
        let linked: Vec<bool> = rec.reasons.iter().map(|r| r.question.is_some()).collect();
        let mut sorted = linked.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        prop_assert_eq!(linked, sorted);
        // Knocked-out options are never ranked.
        for (o, why) in &rec.knockouts {
            prop_assert!(rec.ranking.iter().all(|r| r.option != *o));
            prop_assert!(!why.is_empty());
        }
        prop_assert!(!headline(&rec).is_empty());
        prop_assert!(!what_would_change(&rec).is_empty());
    }

}

#[test]
fn the_budget_sentence_says_fit_or_names_the_alternative() {
    use crate::domain::rules::recommend::{BudgetFit, OptionFit};
    assert!(budget_text(&BudgetFit::NoBudget, NumberStyle::En).contains("not set a yearly budget"));
    assert_eq!(budget_text(&BudgetFit::NothingLeft, NumberStyle::En), "");
    let fit = |option, place, year1, steady| OptionFit {
        option,
        place,
        total: 61.4,
        year1,
        steady,
        fits_year1: year1 <= 3_000_000.0,
        fits_steady: steady <= 3_000_000.0,
    };
    let check = |leader, best| BudgetFit::Checked {
        budget: 3_000_000.0,
        currency: "USD".into(),
        leader,
        best_fitting: best,
    };
    let text = budget_text(
        &check(
            fit(SourcingOption::Offshore, 1, 2_400_000.0, 1_500_000.0),
            None,
        ),
        NumberStyle::En,
    );
    assert_eq!(text, "Offshore outsourcing fits your yearly budget of $3M: $2.4M in year 1, transition included, and $1.5M a year once settled.");
    let text = budget_text(
        &check(
            fit(SourcingOption::Domestic, 1, 3_400_000.0, 3_200_000.0),
            Some(fit(SourcingOption::Nearshore, 3, 2_900_000.0, 1_700_000.0)),
        ),
        NumberStyle::En,
    );
    assert_eq!(text, "Domestic outsourcing does not fit your yearly budget of $3M: $3.4M in year 1, transition included, and $3.2M a year once settled. The best-ranked option that fits in both is Nearshore outsourcing (ranked 3rd, 61 of 100): $2.9M in year 1, transition included, and $1.7M a year once settled.");
    let text = budget_text(
        &check(
            fit(SourcingOption::Captive, 1, 3_600_000.0, 2_000_000.0),
            None,
        ),
        NumberStyle::En,
    );
    assert!(text.starts_with("Captive offshore centre fits your yearly budget of $3M once settled, but not in year 1"), "{text}");
    assert!(
        text.ends_with("fund the one-time transition separately or phase the move."),
        "{text}"
    );
    let text = budget_text(
        &check(
            fit(SourcingOption::InHouse, 1, 3_400_000.0, 3_500_000.0),
            Some(fit(SourcingOption::Offshore, 4, 4_900_000.0, 1_700_000.0)),
        ),
        NumberStyle::En,
    );
    assert!(text.contains("the best-ranked option that fits once settled is Offshore outsourcing (ranked 4th, 61 of 100)"), "{text}");
    assert!(
        text.ends_with("Fund its one-time transition separately."),
        "{text}"
    );
    let text = budget_text(
        &check(
            fit(SourcingOption::InHouse, 1, 3_400_000.0, 3_500_000.0),
            None,
        ),
        NumberStyle::En,
    );
    assert!(
        text.ends_with("raise the budget or plan for fewer people."),
        "{text}"
    );
    // Short forms that would look the same are written in full.
    let text = budget_text(
        &check(
            fit(SourcingOption::InHouse, 1, 3_000_400.0, 3_000_100.0),
            None,
        ),
        NumberStyle::En,
    );
    assert!(
        text.contains("$3,000,000") && text.contains("$3,000,400"),
        "{text}"
    );
}
