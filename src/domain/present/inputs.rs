//! The cost inputs as text: defaults written out, values as fields show
//! them, and the messages for values that were refused.

use crate::domain::model::inputs::{
    CostInputs, Field, FieldError, Moved, Uncertain, Unit, DEFAULT_ATTRITION,
    DEFAULT_DELIVERY_OVERHEAD, DEFAULT_DIP, DEFAULT_DIP_SECOND_YEAR_PCT, DEFAULT_FTE,
    DEFAULT_GOVERNANCE, DEFAULT_HOME_INFLATION, DEFAULT_HORIZON, DEFAULT_HYBRID_COORDINATION,
    DEFAULT_HYBRID_SHARE_PCT, DEFAULT_OTHER_OVERHEAD_PCT, DEFAULT_PRODUCTIVITY_GAP,
    DEFAULT_REPLACEMENT_COST_PCT, DEFAULT_TARGET_INFLATION, DEFAULT_TRANSITION,
    DEFAULT_VENDOR_EFFICIENCY_PCT, DEFAULT_VENDOR_MARGIN_PCT,
};
use crate::domain::model::knob::Knob;
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::present::numbers::{decimal_text, plain};
use crate::domain::rules::cost::Projection;
use crate::domain::rules::inputs::InputProblem;

/// The default value(s) of the field as text, built from the constants
/// the model uses, e.g. "domestic 4 % (2–6), nearshore 7 % (4–10), …".
pub fn default_summary(field: Field) -> String {
    let pct = |x: f64| format!("{} %", plain(x));
    let unc = |u: &Uncertain| {
        if u.low == u.value && u.high == u.value {
            pct(u.value)
        } else {
            format!("{} ({}–{})", pct(u.value), plain(u.low), plain(u.high))
        }
    };
    let moved = |m: &Moved<Uncertain>| {
        format!(
            "domestic {}, nearshore {}, offshore {}, captive {}",
            unc(&m.domestic),
            unc(&m.nearshore),
            unc(&m.offshore),
            unc(&m.captive)
        )
    };
    match field {
        Field::Fte => format!("{} FTE", plain(DEFAULT_FTE)),
        Field::Salary => "the home location's median developer pay".into(),
        Field::EmployerOnCost => "the home location's statutory rate".into(),
        Field::OtherOverhead => pct(DEFAULT_OTHER_OVERHEAD_PCT),
        Field::VendorMargin => pct(DEFAULT_VENDOR_MARGIN_PCT),
        Field::VendorEfficiency => pct(DEFAULT_VENDOR_EFFICIENCY_PCT),
        Field::DeliveryOverhead => moved(&DEFAULT_DELIVERY_OVERHEAD),
        Field::ProductivityGap => moved(&DEFAULT_PRODUCTIVITY_GAP),
        Field::Governance => moved(&DEFAULT_GOVERNANCE),
        Field::HybridCoordination => unc(&DEFAULT_HYBRID_COORDINATION),
        Field::Transition => moved(&DEFAULT_TRANSITION),
        Field::ProductivityDip => moved(&DEFAULT_DIP),
        Field::DipSecondYear => pct(DEFAULT_DIP_SECOND_YEAR_PCT),
        Field::Attrition => unc(&DEFAULT_ATTRITION),
        Field::ReplacementCost => pct(DEFAULT_REPLACEMENT_COST_PCT),
        Field::WageInflation => format!(
            "home {}, nearshore {}, offshore {}, captive {}",
            unc(&DEFAULT_HOME_INFLATION),
            unc(&DEFAULT_TARGET_INFLATION.nearshore),
            unc(&DEFAULT_TARGET_INFLATION.offshore),
            unc(&DEFAULT_TARGET_INFLATION.captive)
        ),
        Field::HybridShare => pct(DEFAULT_HYBRID_SHARE_PCT),
        Field::Horizon => format!("{DEFAULT_HORIZON} years"),
        Field::Budget => "in-house's steady-state yearly cost".into(),
    }
}

/// The value as the field shows it: money whole, other numbers with up to two decimals.
pub fn knob_text(knob: Knob, c: &CostInputs, p: &Projection) -> String {
    let decimals = match knob.field.spec().unit {
        Unit::MoneyPerYear | Unit::MoneyPerFtePerYear => 0,
        _ => 2,
    };
    decimal_text(knob.shown(c, p), decimals)
}

/// Why a typed value was refused, naming the field by `label`: "Team size
/// must be between 0.5 and 10,000 FTE."
pub fn field_error(label: &str, field: Field, error: FieldError) -> String {
    let spec = field.spec();
    match error {
        FieldError::Empty => format!("{label} is empty: enter a number."),
        FieldError::NotANumber => format!("{label} must be a number."),
        FieldError::Negative => format!("{label} cannot be negative."),
        FieldError::NotWhole => format!(
            "{label} must be a whole number of {} from {} to {}.",
            spec.unit.label(),
            plain(spec.min),
            plain(spec.max)
        ),
        FieldError::OutOfRange => {
            let unit = match spec.unit {
                // Money is in the scenario's currency, which this check does not know.
                Unit::MoneyPerYear | Unit::MoneyPerFtePerYear => String::new(),
                u => format!(" {}", u.label()),
            };
            format!(
                "{label} must be between {} and {}{unit}.",
                plain(spec.min),
                plain(spec.max)
            )
        }
    }
}

/// Why a typed value was refused, naming the exact copy of the field
/// ("Governance overhead, Nearshore, worst case must be …").
pub fn knob_error(knob: Knob, error: FieldError) -> String {
    field_error(&knob.label(), knob.field, error)
}

/// A problem with stored cost inputs, as a sentence.
pub fn input_problem(problem: &InputProblem) -> String {
    match problem {
        InputProblem::Field(field, error) => field_error(field.spec().label, *field, *error),
        InputProblem::Currency(message) => message.clone(),
    }
}

/// Why a typed location figure was refused.
pub fn figure_error(figure: EditableFigure, error: FieldError) -> String {
    let label = figure.label();
    match error {
        FieldError::Empty => format!("{label} is empty: enter a number."),
        FieldError::NotANumber => format!("{label} must be a number."),
        FieldError::Negative | FieldError::NotWhole | FieldError::OutOfRange => {
            let (min, max) = figure.range();
            format!(
                "{label} must be between {} and {} ({}).",
                plain(min),
                plain(max),
                figure.unit()
            )
        }
    }
}

#[cfg(test)]
mod tests;
