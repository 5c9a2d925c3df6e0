//! Native tests of `rules::recommend`.

use super::*;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::scores::Overrides;
use crate::domain::rules::matrix;
use proptest::prelude::*;

/// The recommendation for these answers on the default scenario with these overrides.
fn recommend(answers: &SmallMap<QuestionId, String>, overrides: &Overrides) -> Recommendation {
    let mut s = crate::domain::model::scenario::Scenario::new(
        crate::domain::model::scenario::ScenarioId(1),
        "Test",
    );
    s.quiz.answers = answers.clone();
    s.overrides = overrides.clone();
    super::recommend(&s)
}

const OFFSHORE_FAMILY: [SourcingOption; 4] = [
    SourcingOption::Nearshore,
    SourcingOption::Offshore,
    SourcingOption::Captive,
    SourcingOption::Hybrid,
];

#[test]
fn overrides_feed_the_ranking() {
    let mut overrides = Overrides::new();
    for c in Criterion::ALL {
        matrix::set_override(&mut overrides, SourcingOption::Nearshore, c, 5, 0);
    }
    let rec = recommend(&SmallMap::new(), &overrides);
    assert_eq!(rec.leader, Some(SourcingOption::Nearshore));
    assert!((rec.ranking[0].total - 100.0).abs() < 1e-9);
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
    fn the_suggested_change_really_changes_the_leader(given in arb_answers()) {
        let rec = recommend(&given, &Overrides::new());
        if let Some(c) = &rec.change {
            // Only a need, a constraint or a weight: never "Not sure", never
            // the function or the team size (facts about the work).
            prop_assert_ne!(c.answer.as_str(), NOT_SURE);
            prop_assert_ne!(c.question, QuestionId::Function);
            prop_assert_ne!(c.question, QuestionId::TeamSize);
            prop_assert!(c.question.accepts(&c.answer));
            let mut changed = given.clone();
            changed.insert(c.question, c.answer.clone());
            let (before, after) = (quiz::outcome(&given), quiz::outcome(&changed));
            // A need may be the horizon, which moves the costs only.
            prop_assert!(
                before.weights != after.weights
                    || before.knockouts != after.knockouts
                    || !quiz::same_cost_inputs(&before, &after),
                "{:?} = {} moves no weight, no rule and no cost", c.question, c.answer
            );
            let again = recommend(&changed, &Overrides::new());
            prop_assert_eq!(again.leader, Some(c.new_leader));
            if rec.runner_up.is_some() {
                prop_assert_eq!(Some(c.new_leader), rec.runner_up);
            }
        }
    }

    #[test]
    fn data_at_home_never_recommends_going_abroad(given in arb_answers()) {
        let mut given = given;
        given.insert(QuestionId::Regulation, "data_in_country".to_string());
        let rec = recommend(&given, &Overrides::new());
        for r in &rec.ranking {
            prop_assert!(!OFFSHORE_FAMILY.contains(&r.option));
        }
    }
}

/// The default scenario with a yearly budget and these answers.
fn with_budget(budget: Option<f64>, pairs: &[(QuestionId, &str)]) -> Recommendation {
    let mut s = crate::domain::model::scenario::Scenario::new(
        crate::domain::model::scenario::ScenarioId(1),
        "Budget",
    );
    s.quiz.answers = pairs.iter().map(|(q, a)| (*q, a.to_string())).collect();
    s.cost.annual_budget = budget;
    super::recommend(&s)
}

#[test]
fn the_budget_check_uses_the_quiz_cost_inputs_and_names_the_best_fitting_option() {
    let pairs = [
        (QuestionId::TeamSize, "21_to_100"),
        (QuestionId::Horizon, "five_years"),
    ];
    assert_eq!(with_budget(None, &pairs).budget, BudgetFit::NoBudget);
    // A budget below every option's cost: the leader misses and none fits.
    let rec = with_budget(Some(1.0), &pairs);
    let BudgetFit::Checked {
        leader,
        best_fitting,
        budget,
        ..
    } = &rec.budget
    else {
        panic!("{:?}", rec.budget);
    };
    assert_eq!(*budget, 1.0);
    assert_eq!(Some(leader.option), rec.leader);
    assert!(!leader.fits_year1 && !leader.fits_steady);
    assert_eq!(*best_fitting, None);
    // The projection behind it is the quiz's: 50 people, not the scenario's 20.
    let cost = quiz::cost_inputs(&rec_scenario_cost(), &rec.outcome);
    assert_eq!(cost.fte, 50.0);
    let p = cost::project(&cost, &Default::default());
    let lead = p.get(leader.option).unwrap();
    assert!((leader.year1 - lead.year1).abs() < 1e-6);
    assert!((leader.steady - lead.steady_state).abs() < 1e-6);
    // A budget between the cheapest and the leader's cost: the best-ranked
    // option within it is named, and it really fits.
    let cheapest = p
        .options
        .iter()
        .map(|o| o.year1.max(o.steady_state))
        .fold(f64::INFINITY, f64::min);
    let rec = with_budget(Some(cheapest + 1.0), &pairs);
    let BudgetFit::Checked {
        leader,
        best_fitting,
        ..
    } = &rec.budget
    else {
        panic!("{:?}", rec.budget);
    };
    if leader.fits() {
        assert_eq!(*best_fitting, None);
    } else {
        let f = best_fitting.as_ref().expect("the cheapest option fits");
        assert!(f.fits() && f.place > leader.place);
        // No better-ranked option fits.
        for r in rec.ranking.iter().take(f.place - 1) {
            let o = p.get(r.option).unwrap();
            assert!(o.year1 > cheapest + 1.0 || o.steady_state > cheapest + 1.0);
        }
    }
    // A budget above everything: the leader fits.
    let rec = with_budget(Some(1e12), &pairs);
    let BudgetFit::Checked {
        leader,
        best_fitting,
        ..
    } = &rec.budget
    else {
        panic!("{:?}", rec.budget);
    };
    assert!(leader.fits());
    assert_eq!(*best_fitting, None);
}

fn rec_scenario_cost() -> crate::domain::model::inputs::CostInputs {
    crate::domain::model::inputs::CostInputs::default()
}
