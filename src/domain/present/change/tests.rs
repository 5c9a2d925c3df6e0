//! Native tests of `present::change`: a refusal reads as the same refusal
//! read before changes were messages.

use super::*;
use crate::domain::model::inputs::{Field, FieldError};
use crate::domain::model::knob::{Choice, Knob};
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::scenario::{Workspace, MAX_NAME_CHARS};
use crate::domain::rules::change::{apply, Msg};
use crate::domain::rules::money::MoneyProblem;

fn said(refused: &Refused) -> String {
    refused_text(refused, &CostInputs::default(), NumberStyle::En)
}

#[test]
fn typed_numbers_and_figures_keep_the_fields_words() {
    let knob = Knob::of(Field::Fte);
    for error in [
        FieldError::OutOfRange,
        FieldError::Negative,
        FieldError::NotANumber,
    ] {
        for style in [NumberStyle::En, NumberStyle::De] {
            assert_eq!(
                refused_text(&Refused::Number(knob, error), &CostInputs::default(), style),
                knob_error(knob, error, style)
            );
            let figure = EditableFigure::GniIndex;
            assert_eq!(
                refused_text(
                    &Refused::Figure(figure, error),
                    &CostInputs::default(),
                    style
                ),
                figure_error(figure, error, style)
            );
        }
    }
    // What `apply` refuses reads as the field's message, range included.
    let mut w = Workspace::default();
    let e = apply(&mut w, Msg::SetNumber(knob, 20_000.0)).unwrap_err();
    assert_eq!(
        said(&e),
        knob_error(knob, FieldError::OutOfRange, NumberStyle::En)
    );
    assert!(said(&e).contains("10,000"), "{}", said(&e));
}

#[test]
fn money_refusals_name_the_currency_kept() {
    let cost = CostInputs {
        currency: "EUR".into(),
        ..CostInputs::default()
    };
    let text = refused_text(
        &Refused::Money(MoneyProblem::NoRate("VND".into())),
        &cost,
        NumberStyle::En,
    );
    assert!(text.contains("no reference rate for VND"), "{text}");
    assert!(text.contains("stay in EUR"), "{text}");
    assert_eq!(
        said(&Refused::Money(MoneyProblem::BadRate)),
        note_text(
            &MoneyNote::Refused(MoneyProblem::BadRate),
            &CostInputs::default(),
            NumberStyle::En
        )
    );
}

#[test]
fn scenario_time_and_other_refusals_read_plainly() {
    assert_eq!(
        said(&Refused::Scenario(ScenarioError::NameTooLong)),
        format!("Keep the name to {MAX_NAME_CHARS} characters or fewer.")
    );
    assert_eq!(
        said(&Refused::TooMany {
            have: 99,
            adding: 2
        }),
        ScenarioError::TooMany.to_string()
    );
    assert_eq!(
        said(&Refused::Time(
            "The working day must start before it ends.".into()
        )),
        "The working day must start before it ends."
    );
    assert_eq!(
        said(&Refused::Score(9)),
        "Scores run from 1 to 5; 9 is not one of them."
    );
    assert_eq!(
        said(&Refused::LastShown),
        "At least one option stays in the table."
    );
    let text = said(&Refused::NotOffered(Choice::Home, "atlantis".into()));
    assert!(
        text.contains("atlantis") && text.contains("Home location"),
        "{text}"
    );
    let text = said(&Refused::Answer(QuestionId::TeamSize, "lots".into()));
    assert!(
        text.contains("lots") && text.contains(QuestionId::TeamSize.prompt()),
        "{text}"
    );
    let knob = Knob::of(Field::Fte);
    assert!(said(&Refused::NoSuchCopy(knob)).starts_with(&knob.label()));
}
