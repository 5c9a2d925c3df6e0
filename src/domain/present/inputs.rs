//! The cost inputs as text: defaults written out, values as fields show
//! them, and the messages for values that were refused.

use crate::domain::model::inputs::{CostInputs, Field, FieldError, Preset, Uncertain, Unit};
use crate::domain::model::knob::Knob;
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::model::typed_number::Decimal;
use crate::domain::present::numbers::{decimal_text, plain};
use crate::domain::rules::cost::Projection;
use crate::domain::rules::inputs::InputProblem;

/// The default value(s) of the field as text, built from its record,
/// e.g. "domestic 4 % (2–6), nearshore 7 % (4–10), …".
pub fn default_summary(field: Field) -> String {
    let spec = field.spec();
    let unit = match spec.unit {
        Unit::Percent | Unit::PercentPerYear => " %".to_string(),
        u => format!(" {}", u.label()),
    };
    let one = |x: f64| format!("{}{unit}", plain(x));
    let unc = |u: &Uncertain| {
        if u.low == u.value && u.high == u.value {
            one(u.value)
        } else {
            format!("{} ({}–{})", one(u.value), plain(u.low), plain(u.high))
        }
    };
    match spec.default {
        Preset::Value(x) => one(x),
        Preset::Worked(text) => text.to_string(),
        Preset::Range(u) => unc(&u),
        Preset::Rows(rows) => rows
            .iter()
            .map(|(slot, u)| format!("{} {}", slot.label().to_ascii_lowercase(), unc(u)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The value as the field shows it: money whole, other numbers with up to two decimals.
pub fn knob_text(knob: Knob, c: &CostInputs, p: &Projection) -> String {
    let decimals = match knob.field.spec().unit {
        Unit::MoneyPerYear | Unit::MoneyPerFtePerYear | Unit::MoneyOnce => 0,
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
        FieldError::Unclear { read, other } => unclear(label, read, other),
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
                Unit::MoneyPerYear | Unit::MoneyPerFtePerYear | Unit::MoneyOnce => String::new(),
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
        FieldError::Unclear { read, other } => unclear(label, read, other),
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

/// A number whose separator could mean either thing: both readings, and how
/// to write the one meant. Decimals take a point here.
fn unclear(label: &str, read: Option<Decimal>, other: Decimal) -> String {
    match read.map(Decimal::normalized) {
        Some(read) => format!(
            "{label}: is that {} or {}? Write {} or {} (a point marks decimals, commas or spaces group thousands).",
            read.text(),
            other.text(),
            read.text(),
            other.text().replace(',', "")
        ),
        None => format!(
            "{label}: did you mean {}? A point marks decimals here (12.5), commas or spaces group thousands (75,000); write {}.",
            other.text(),
            other.text()
        ),
    }
}
