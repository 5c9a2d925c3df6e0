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
            let mut changed = given.clone();
            changed.insert(c.question, c.answer.clone());
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
