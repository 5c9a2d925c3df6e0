//! Native tests of `rules::change`: every message, the ends of every range
//! (pulled in for a slider, refused when typed), and that a refused message
//! leaves the workspace exactly as it was.

use super::*;
use crate::domain::content::money::ecb_per_usd;
use crate::domain::model::inputs::{End, Slot, FIELDS};
use crate::domain::model::knob::ASSUMPTIONS;
use crate::domain::model::scenario::{MAX_NAME_CHARS, MAX_SCENARIOS, NEW_SCENARIO_NAME};
use crate::domain::model::time::{TimeSettings, DAY_MINUTES};

/// Applies `msg` and expects it done; returns what it did.
fn done(w: &mut Workspace, msg: Msg) -> Applied {
    match apply(w, msg.clone()) {
        Ok(applied) => applied,
        Err(e) => panic!("{msg:?} was refused: {e:?}"),
    }
}

/// Applies `msg` and expects it refused with the workspace untouched.
fn refused(w: &mut Workspace, msg: Msg) -> Refused {
    let before = w.clone();
    let result = apply(w, msg.clone());
    assert_eq!(*w, before, "{msg:?} was refused but changed the workspace");
    match result {
        Err(e) => e,
        Ok(applied) => panic!("{msg:?} was not refused: {applied:?}"),
    }
}

/// Applies `msg` and expects it done with nothing changed.
fn no_change(w: &mut Workspace, msg: Msg) {
    let before = w.clone();
    let applied = done(w, msg.clone());
    assert!(!applied.changed, "{msg:?} said it changed something");
    assert_eq!(*w, before, "{msg:?} changed the workspace");
}

fn two_scenarios() -> Workspace {
    let mut w = Workspace::default();
    done(
        &mut w,
        Msg::Create {
            name: "Payroll".into(),
            copy: false,
        },
    );
    w
}

// The list of scenarios and the workspace's setting.

#[test]
fn open_switches_and_an_unknown_scenario_is_refused() {
    let mut w = two_scenarios();
    assert_eq!(w.active().name, "Payroll");
    let first = w.scenarios[0].id;
    assert!(done(&mut w, Msg::Open(first)).changed);
    assert_eq!(w.active, first);
    no_change(&mut w, Msg::Open(first));
    assert_eq!(
        refused(&mut w, Msg::Open(ScenarioId(99))),
        Refused::Scenario(ScenarioError::Missing)
    );
}

#[test]
fn create_names_blank_copy_and_refuses_a_name_too_long() {
    let mut w = Workspace::default();
    w.active_mut().cost.fte = 42.0;
    let blank = Msg::Create {
        name: "  ".into(),
        copy: false,
    };
    assert!(done(&mut w, blank).changed);
    assert_eq!(w.active().name, NEW_SCENARIO_NAME);
    assert_eq!(
        w.active().cost.fte,
        Scenario::new(ScenarioId(0), "x").cost.fte
    );
    let first = w.scenarios[0].id;
    done(&mut w, Msg::Open(first));
    let copy = Msg::Create {
        name: String::new(),
        copy: true,
    };
    done(&mut w, copy);
    assert_eq!(w.active().name, "My sourcing decision (2)");
    assert_eq!(w.active().cost.fte, 42.0);
    // The name limit the markup's `maxlength` reads, at both sides of it.
    let longest = "n".repeat(MAX_NAME_CHARS);
    done(
        &mut w,
        Msg::Create {
            name: longest.clone(),
            copy: false,
        },
    );
    assert_eq!(w.active().name, longest);
    let too_long = Msg::Create {
        name: "n".repeat(MAX_NAME_CHARS + 1),
        copy: false,
    };
    assert_eq!(
        refused(&mut w, too_long),
        Refused::Scenario(ScenarioError::NameTooLong)
    );
}

#[test]
fn duplicate_copies_and_opens_and_a_missing_scenario_is_refused() {
    let mut w = Workspace::default();
    let open = w.active;
    done(&mut w, Msg::Duplicate(open));
    assert_eq!(w.scenarios.len(), 2);
    assert_eq!(w.active().name, "My sourcing decision (2)");
    assert_eq!(
        refused(&mut w, Msg::Duplicate(ScenarioId(99))),
        Refused::Scenario(ScenarioError::Missing)
    );
}

#[test]
fn rename_checks_the_name_and_the_same_name_is_no_change() {
    let mut w = two_scenarios();
    let id = w.active;
    assert!(done(&mut w, Msg::Rename(id, " Payroll EU ".into())).changed);
    assert_eq!(w.active().name, "Payroll EU");
    no_change(&mut w, Msg::Rename(id, "Payroll EU".into()));
    let taken = w.scenarios[0].name.clone();
    assert_eq!(
        refused(&mut w, Msg::Rename(id, taken.clone())),
        Refused::Scenario(ScenarioError::NameTaken(taken))
    );
    assert_eq!(
        refused(&mut w, Msg::Rename(id, "\u{202E}\t ".into())),
        Refused::Scenario(ScenarioError::EmptyName)
    );
    assert_eq!(
        refused(&mut w, Msg::Rename(id, "x".repeat(MAX_NAME_CHARS + 1))),
        Refused::Scenario(ScenarioError::NameTooLong)
    );
    assert_eq!(
        refused(&mut w, Msg::Rename(ScenarioId(99), "Other".into())),
        Refused::Scenario(ScenarioError::Missing)
    );
}

#[test]
fn delete_says_what_went_and_never_takes_the_last() {
    let mut w = two_scenarios();
    let open = w.active;
    let applied = done(&mut w, Msg::Delete(open));
    assert_eq!(applied.note, Note::Deleted("Payroll".into()));
    assert!(applied.changed);
    assert_eq!(w.scenarios.len(), 1);
    assert_eq!(
        refused(&mut w, Msg::Delete(ScenarioId(1))),
        Refused::Scenario(ScenarioError::LastOne)
    );
}

#[test]
fn a_shared_scenario_is_added_under_a_distinct_name_up_to_the_limit() {
    let mut w = Workspace::default();
    let shared = Scenario::new(ScenarioId(1), "My sourcing decision");
    done(&mut w, Msg::AddScenario(Box::new(shared.clone())));
    assert_eq!(w.active().name, "My sourcing decision (2)");
    while w.scenarios.len() < MAX_SCENARIOS {
        done(&mut w, Msg::AddScenario(Box::new(shared.clone())));
    }
    assert_eq!(
        refused(&mut w, Msg::AddScenario(Box::new(shared))),
        Refused::Scenario(ScenarioError::TooMany)
    );
}

#[test]
fn an_import_adds_every_scenario_or_none() {
    let mut w = Workspace::default();
    let file = two_scenarios();
    let applied = done(&mut w, Msg::Import(Box::new(file.clone())));
    assert_eq!(
        applied.note,
        Note::Imported(vec!["My sourcing decision (2)".into(), "Payroll".into()])
    );
    // The scenario the file had open is open.
    assert_eq!(w.active().name, "Payroll");
    assert_eq!(w.scenarios.len(), 3);
    while w.scenarios.len() < MAX_SCENARIOS - 1 {
        w.create("", false).unwrap();
    }
    let have = w.scenarios.len();
    assert_eq!(
        refused(&mut w, Msg::Import(Box::new(file))),
        Refused::TooMany { have, adding: 2 }
    );
}

#[test]
fn the_number_format_is_a_workspace_setting() {
    let mut w = Workspace::default();
    assert!(done(&mut w, Msg::SetNumberFormat(NumberFormat::De)).changed);
    assert_eq!(w.number_format, NumberFormat::De);
    no_change(&mut w, Msg::SetNumberFormat(NumberFormat::De));
}

// The quiz.

#[test]
fn the_quiz_takes_offered_answers_and_refuses_others() {
    let mut w = Workspace::default();
    let q = QuestionId::TeamSize;
    done(&mut w, Msg::Quiz(Action::Answer(q, "21_to_100".into())));
    assert_eq!(
        w.active().quiz.answers.get(&q).map(String::as_str),
        Some("21_to_100")
    );
    assert_eq!(
        refused(&mut w, Msg::Quiz(Action::Answer(q, "a_million".into()))),
        Refused::Answer(q, "a_million".into())
    );
    // Moves go through the quiz's own rules.
    no_change(&mut w, Msg::Quiz(Action::Back));
    done(&mut w, Msg::Quiz(Action::Next));
    assert_eq!(w.active().quiz.current, 1);
    done(&mut w, Msg::Quiz(Action::Skip));
    assert_eq!(w.active().quiz.current, 2);
    done(&mut w, Msg::Quiz(Action::Back));
    assert_eq!(w.active().quiz.current, 1);
    no_change(&mut w, Msg::Quiz(Action::NextFrom(QuestionId::Function)));
    done(&mut w, Msg::Quiz(Action::Goto(0)));
    assert_eq!(w.active().quiz.current, 0);
    // A question past the last is no move (the quiz rule), not an error.
    no_change(&mut w, Msg::Quiz(Action::Goto(99)));
    done(&mut w, Msg::Quiz(Action::StartOver));
    assert!(w.active().quiz.answers.is_empty());
}

#[test]
fn the_quiz_result_goes_into_the_matrix_and_the_costs() {
    let mut w = Workspace::default();
    done(
        &mut w,
        Msg::Quiz(Action::Answer(QuestionId::TeamSize, "101_to_300".into())),
    );
    done(
        &mut w,
        Msg::Quiz(Action::Answer(
            QuestionId::Regulation,
            QuestionId::Regulation.choices()[0].id.into(),
        )),
    );
    let outcome = quiz::outcome(&w.active().quiz.answers);
    let mut costs_only = w.clone();
    assert!(done(&mut costs_only, Msg::UseQuizInCosts).changed);
    assert_eq!(costs_only.active().cost.fte, 180.0);
    assert_eq!(costs_only.active().weights, w.active().weights);
    assert_eq!(costs_only.active().quiz_weights, None);
    assert!(done(&mut w, Msg::UseQuizInMatrix).changed);
    assert_eq!(w.active().weights, outcome.weights);
    assert_eq!(w.active().knockouts, outcome.knockouts);
    assert_eq!(w.active().quiz_weights, Some(outcome.weights));
    assert_eq!(w.active().cost.fte, 180.0);
    no_change(&mut w, Msg::UseQuizInMatrix);
}

// The matrix.

#[test]
fn a_weight_is_pulled_into_its_range_at_the_top_and_kept_at_the_bottom() {
    let mut w = Workspace::default();
    let c = Criterion::Language;
    for weight in [MIN_WEIGHT, 3, MAX_WEIGHT] {
        let applied = done(&mut w, Msg::SetWeight(c, weight));
        assert_eq!(applied.note, Note::Nothing);
        assert_eq!(w.active().weight(c), weight);
    }
    for past in [MAX_WEIGHT + 1, u8::MAX] {
        done(&mut w, Msg::SetWeight(c, 2));
        let applied = done(&mut w, Msg::SetWeight(c, past));
        assert_eq!(applied.note, Note::Clamped);
        assert_eq!(w.active().weight(c), MAX_WEIGHT);
    }
    // The bottom of the range is the bottom of `u8`: nothing lies below it.
    assert_eq!(MIN_WEIGHT, u8::MIN);
}

#[test]
fn a_weight_steps_within_its_range() {
    let mut w = Workspace::default();
    let c = Criterion::Language;
    done(&mut w, Msg::SetWeight(c, MIN_WEIGHT));
    no_change(&mut w, Msg::StepWeight(c, false));
    done(&mut w, Msg::StepWeight(c, true));
    assert_eq!(w.active().weight(c), MIN_WEIGHT + 1);
    done(&mut w, Msg::SetWeight(c, MAX_WEIGHT));
    no_change(&mut w, Msg::StepWeight(c, true));
    done(&mut w, Msg::StepWeight(c, false));
    assert_eq!(w.active().weight(c), MAX_WEIGHT - 1);
    assert!(done(&mut w, Msg::ResetWeights).changed);
    assert_eq!(w.active().weight(c), c.default_weight());
    no_change(&mut w, Msg::ResetWeights);
}

#[test]
fn a_score_is_set_within_its_range_and_refused_outside() {
    let mut w = Workspace::default();
    let (o, c) = (SourcingOption::Offshore, Criterion::Language);
    for score in MIN_SCORE..=MAX_SCORE {
        done(&mut w, Msg::SetScore(o, c, score));
    }
    assert_eq!(
        w.active().overrides.get(&o).and_then(|r| r.get(&c)),
        Some(&MAX_SCORE)
    );
    for outside in [0, MIN_SCORE - 1, MAX_SCORE + 1, u8::MAX] {
        assert_eq!(
            refused(&mut w, Msg::SetScore(o, c, outside)),
            Refused::Score(outside)
        );
    }
    assert!(done(&mut w, Msg::ResetScore(o, c)).changed);
    assert!(w.active().overrides.is_empty());
    done(&mut w, Msg::SetScore(o, c, MAX_SCORE));
    assert!(done(&mut w, Msg::ResetScores).changed);
    assert!(w.active().overrides.is_empty());
    no_change(&mut w, Msg::ResetScores);
}

#[test]
fn knock_outs_turn_on_and_off() {
    let mut w = Workspace::default();
    let k = KnockOut::NoForeignEntity;
    assert!(done(&mut w, Msg::SetKnockOut(k, true)).changed);
    assert!(w.active().knockouts.contains(&k));
    no_change(&mut w, Msg::SetKnockOut(k, true));
    done(&mut w, Msg::SetKnockOut(k, false));
    assert!(w.active().knockouts.is_empty());
    no_change(&mut w, Msg::SetKnockOut(k, false));
}

#[test]
fn options_hide_until_one_is_left() {
    let mut w = Workspace::default();
    let (last, others) = SourcingOption::ALL.split_last().unwrap();
    for o in others {
        done(&mut w, Msg::SetShown(*o, false));
    }
    no_change(&mut w, Msg::SetShown(others[0], false));
    assert_eq!(
        refused(&mut w, Msg::SetShown(*last, false)),
        Refused::LastShown
    );
    done(&mut w, Msg::SetShown(others[0], true));
    assert!(!w.active().hidden.contains(&others[0]));
    no_change(&mut w, Msg::SetShown(*last, true));
}

#[test]
fn the_column_order_and_the_economics_switch() {
    let mut w = Workspace::default();
    no_change(&mut w, Msg::SetSortByTotal(false));
    done(&mut w, Msg::SetSortByTotal(true));
    assert!(w.active().sort_by_total);
    no_change(&mut w, Msg::SetEconomicsFromCosts(true));
    done(&mut w, Msg::SetEconomicsFromCosts(false));
    assert!(w.active().fixed_economics);
    done(&mut w, Msg::SetEconomicsFromCosts(true));
    assert!(!w.active().fixed_economics);
}

// The cost model.

#[test]
fn every_copy_of_every_number_takes_its_ends_and_refuses_past_them() {
    for spec in FIELDS.iter() {
        for knob in Knob::all_of(spec.field) {
            let mut w = Workspace::default();
            for end in [spec.min, spec.max] {
                done(&mut w, Msg::SetNumber(knob, end));
                assert_eq!(knob.get(&w.active().cost), Some(end), "{knob:?}");
            }
            let below = if spec.whole {
                spec.min - 1.0
            } else {
                spec.min - spec.min.abs().max(1.0) * 0.01
            };
            let above = if spec.whole {
                spec.max + 1.0
            } else {
                spec.max * 1.01
            };
            let low = refused(&mut w, Msg::SetNumber(knob, below));
            let expected = if below < 0.0 && spec.min >= 0.0 {
                FieldError::Negative
            } else {
                FieldError::OutOfRange
            };
            assert_eq!(low, Refused::Number(knob, expected), "{knob:?}");
            assert_eq!(
                refused(&mut w, Msg::SetNumber(knob, above)),
                Refused::Number(knob, FieldError::OutOfRange),
                "{knob:?}"
            );
            for bad in [f64::NAN, f64::INFINITY] {
                assert_eq!(
                    refused(&mut w, Msg::SetNumber(knob, bad)),
                    Refused::Number(knob, FieldError::NotANumber)
                );
            }
            if spec.whole {
                assert_eq!(
                    refused(&mut w, Msg::SetNumber(knob, spec.min + 0.5)),
                    Refused::Number(knob, FieldError::NotWhole)
                );
            }
        }
    }
}

#[test]
fn a_copy_a_number_does_not_have_is_refused() {
    let mut w = Workspace::default();
    let missing = [
        Knob {
            field: Field::Fte,
            slot: Slot::Nearshore,
            end: End::Value,
        },
        Knob {
            field: Field::Fte,
            slot: Slot::Only,
            end: End::High,
        },
    ];
    for knob in missing {
        assert_eq!(
            refused(&mut w, Msg::SetNumber(knob, 10.0)),
            Refused::NoSuchCopy(knob)
        );
    }
}

#[test]
fn the_budget_slider_is_pulled_into_range_at_both_ends() {
    let mut w = Workspace::default();
    let spec = Field::Budget.spec();
    let applied = done(&mut w, Msg::SetBudget(Some(250_000.0)));
    assert_eq!(applied.note, Note::Nothing);
    assert_eq!(w.active().cost.annual_budget, Some(250_000.0));
    let applied = done(&mut w, Msg::SetBudget(Some(-5.0)));
    assert_eq!(applied.note, Note::Clamped);
    assert_eq!(w.active().cost.annual_budget, Some(spec.min));
    let applied = done(&mut w, Msg::SetBudget(Some(spec.max * 10.0)));
    assert_eq!(applied.note, Note::Clamped);
    assert_eq!(w.active().cost.annual_budget, Some(spec.max));
    assert_eq!(
        refused(&mut w, Msg::SetBudget(Some(f64::NAN))),
        Refused::Number(Knob::of(Field::Budget), FieldError::NotANumber)
    );
    done(&mut w, Msg::SetBudget(None));
    assert_eq!(w.active().cost.annual_budget, None);
    no_change(&mut w, Msg::SetBudget(None));
}

#[test]
fn the_hybrid_slider_is_pulled_into_range_at_both_ends() {
    let mut w = Workspace::default();
    let spec = Field::HybridShare.spec();
    done(&mut w, Msg::SetHybridShare(35.0));
    assert_eq!(w.active().cost.hybrid_share_pct, 35.0);
    for (past, end) in [(-1.0, spec.min), (150.0, spec.max)] {
        let applied = done(&mut w, Msg::SetHybridShare(past));
        assert_eq!(applied.note, Note::Clamped);
        assert_eq!(w.active().cost.hybrid_share_pct, end);
    }
    assert_eq!(
        refused(&mut w, Msg::SetHybridShare(f64::NEG_INFINITY)),
        Refused::Number(Knob::of(Field::HybridShare), FieldError::NotANumber)
    );
}

#[test]
fn pay_fields_and_assumptions_go_back_to_their_defaults() {
    let mut w = Workspace::default();
    let fresh = w.active().cost.clone();
    done(&mut w, Msg::SetNumber(Knob::of(Field::Salary), 70_000.0));
    done(
        &mut w,
        Msg::SetNumber(Knob::of(Field::EmployerOnCost), 30.0),
    );
    done(&mut w, Msg::UseHomePay);
    assert_eq!(w.active().cost.salary_per_fte, None);
    assert_eq!(w.active().cost.employer_oncost_pct, None);
    no_change(&mut w, Msg::UseHomePay);

    let field = ASSUMPTIONS[0];
    let knob = Knob::all_of(field)[0];
    let spec = field.spec();
    let other = if knob.get(&fresh) == Some(spec.max) {
        spec.min
    } else {
        spec.max
    };
    done(&mut w, Msg::SetNumber(knob, other));
    done(&mut w, Msg::ResetField(field));
    assert_eq!(w.active().cost, fresh);
    for field in ASSUMPTIONS {
        let knob = Knob::all_of(field)[0];
        done(&mut w, Msg::SetNumber(knob, field.spec().max));
    }
    assert!(done(&mut w, Msg::ResetAssumptions).changed);
    assert_eq!(w.active().cost, fresh);
    no_change(&mut w, Msg::ResetAssumptions);
}

#[test]
fn every_value_a_list_offers_can_be_picked_and_no_other() {
    let choices = [
        Choice::Currency,
        Choice::Home,
        Choice::Nearshore,
        Choice::Offshore,
        Choice::Captive,
        Choice::LabourIndex,
        Choice::HybridTarget,
        Choice::Function,
    ];
    for choice in choices {
        for (value, _) in choice.options() {
            assert!(choice.offers(&value), "{choice:?} offers {value}");
            let mut w = Workspace::default();
            match apply(&mut w, Msg::Pick(choice, value.clone())) {
                Ok(_) => assert_eq!(choice.get(&w.active().cost), value, "{choice:?}"),
                // A currency with no rate waits for one; nothing changed.
                Err(Refused::Money(MoneyProblem::NoRate(code))) => {
                    assert_eq!((choice, code.as_str()), (Choice::Currency, value.as_str()));
                    assert_eq!(w, Workspace::default());
                }
                Err(e) => panic!("{choice:?} {value}: {e:?}"),
            }
        }
        let mut w = Workspace::default();
        assert_eq!(
            refused(&mut w, Msg::Pick(choice, "atlantis".into())),
            Refused::NotOffered(choice, "atlantis".into())
        );
    }
}

#[test]
fn a_new_home_converts_the_money_and_says_so() {
    let mut w = Workspace::default();
    done(&mut w, Msg::SetBudget(Some(1_000_000.0)));
    let applied = done(&mut w, Msg::Pick(Choice::Home, "germany".into()));
    let Note::Money(MoneyNote::Converted(conversion)) = applied.note else {
        panic!("no conversion: {applied:?}");
    };
    assert_eq!(
        (conversion.from.as_str(), conversion.to.as_str()),
        ("USD", "EUR")
    );
    assert_eq!(w.active().cost.currency, "EUR");
    let budget = w.active().cost.annual_budget.unwrap();
    assert!((budget - 1_000_000.0 * conversion.rate).abs() < 1e-6);
    // A home whose currency has no reference rate keeps the currency.
    let applied = done(&mut w, Msg::Pick(Choice::Home, "vietnam".into()));
    assert_eq!(
        applied.note,
        Note::Money(MoneyNote::Kept {
            home_currency: "VND"
        })
    );
    assert_eq!(w.active().cost.currency, "EUR");
}

#[test]
fn a_currency_without_a_rate_waits_for_the_users_rate() {
    assert_eq!(ecb_per_usd("VND"), None);
    let mut w = Workspace::default();
    assert_eq!(
        refused(&mut w, Msg::Pick(Choice::Currency, "VND".into())),
        Refused::Money(MoneyProblem::NoRate("VND".into()))
    );
    for bad in [0.0, -3.0, f64::NAN, 1e12] {
        assert_eq!(
            refused(&mut w, Msg::SwitchCurrency("VND".into(), bad)),
            Refused::Money(MoneyProblem::BadRate)
        );
    }
    let applied = done(&mut w, Msg::SwitchCurrency("VND".into(), 25_000.0));
    assert!(matches!(
        applied.note,
        Note::Money(MoneyNote::Converted(ref c)) if c.to == "VND" && c.rate == 25_000.0
    ));
    assert_eq!(w.active().cost.currency, "VND");
    assert_eq!(w.active().cost.usd_rate, Some(25_000.0));
}

#[test]
fn a_typed_rate_is_checked_and_the_ecb_rate_comes_back() {
    let mut w = Workspace::default();
    done(&mut w, Msg::Pick(Choice::Currency, "EUR".into()));
    let ecb = w.active().cost.usd_rate;
    assert_eq!(ecb, ecb_per_usd("EUR"));
    done(&mut w, Msg::SetUsdRate(Some(0.95)));
    assert_eq!(w.active().cost.usd_rate, Some(0.95));
    assert_eq!(
        refused(&mut w, Msg::SetUsdRate(Some(0.0))),
        Refused::Money(MoneyProblem::BadRate)
    );
    done(&mut w, Msg::SetUsdRate(None));
    assert_eq!(w.active().cost.usd_rate, ecb);
}

#[test]
fn a_location_figure_takes_its_range_and_is_reset_per_place() {
    let mut w = Workspace::default();
    let id = LocationId::India;
    for figure in EditableFigure::ALL {
        let (min, max) = figure.range();
        for end in [min, max] {
            done(&mut w, Msg::SetFigure(id, figure, end));
            assert_eq!(w.active().location_edits.get(id, figure), Some(end));
        }
        for past in [min - 1.0, max * 2.0, f64::NAN] {
            let e = refused(&mut w, Msg::SetFigure(id, figure, past));
            assert!(matches!(e, Refused::Figure(f, _) if f == figure), "{e:?}");
        }
    }
    assert!(done(&mut w, Msg::ResetPlace(id)).changed);
    assert!(!w.active().location_edits.is_location_edited(id));
    no_change(&mut w, Msg::ResetPlace(id));
}

// Time zones.

#[test]
fn the_working_day_is_kept_only_when_it_makes_sense() {
    let mut w = Workspace::default();
    done(&mut w, Msg::SetDayStart(8 * 60));
    done(&mut w, Msg::SetDayEnd(DAY_MINUTES));
    assert_eq!(
        (w.active().time.day_start, w.active().time.day_end),
        (8 * 60, DAY_MINUTES)
    );
    done(&mut w, Msg::SetSummer(true));
    assert!(w.active().time.summer);
    let refusals = [
        (Msg::SetDayEnd(DAY_MINUTES + 15), "start before it ends"),
        (Msg::SetDayStart(DAY_MINUTES), "start before it ends"),
        (Msg::SetDayStart(DAY_MINUTES - 30), "at least one hour"),
        (Msg::SetDayStart(8 * 60 + 5), "quarter hours"),
    ];
    for (msg, words) in refusals {
        match refused(&mut w, msg) {
            Refused::Time(sentence) => assert!(sentence.contains(words), "{sentence}"),
            other => panic!("{other:?}"),
        }
    }
    done(&mut w, Msg::SetDayStart(9 * 60));
    done(&mut w, Msg::SetDayEnd(17 * 60 + 30));
    done(&mut w, Msg::SetSummer(false));
    assert_eq!(w.active().time, TimeSettings::default());
}

#[test]
fn a_change_acts_on_the_open_scenario_only() {
    let mut w = two_scenarios();
    let other = w.scenarios[0].clone();
    done(&mut w, Msg::SetWeight(Criterion::Language, 0));
    done(&mut w, Msg::SetNumber(Knob::of(Field::Fte), 77.0));
    assert_eq!(w.scenarios[0], other);
    assert_eq!(w.active().cost.fte, 77.0);
}

/// Found by the property test of `formats::persist` (issue 11): a
/// conversion must not carry an amount, or a default, past its range, or
/// the save would be refused when read back.
#[test]
fn converting_money_keeps_every_amount_in_its_range() {
    use crate::domain::rules::money::RATE_MAX;
    let mut w = Workspace::default();
    let budget = Field::Budget.spec();
    let salary = Field::Salary.spec();
    done(&mut w, Msg::SetBudget(Some(budget.max)));
    done(&mut w, Msg::SetNumber(Knob::of(Field::Salary), salary.min));
    // Many koruna to the dollar: the top budget stays at the top.
    done(&mut w, Msg::Pick(Choice::Currency, "CZK".into()));
    assert_eq!(w.active().cost.annual_budget, Some(budget.max));
    assert!(w.active().cost.validate().is_empty());
    // Back to dollars: the lowest salary stays at the bottom.
    done(&mut w, Msg::Pick(Choice::Currency, "USD".into()));
    assert_eq!(w.active().cost.salary_per_fte, Some(salary.min));
    assert!(w.active().cost.validate().is_empty());
    // The highest rate a user may type: the defaults follow it, within range.
    done(&mut w, Msg::SwitchCurrency("VND".into(), RATE_MAX));
    assert!(
        w.active().cost.validate().is_empty(),
        "{:?}",
        w.active().cost.validate()
    );
}
