//! The cost inputs as text: defaults written out, values as fields show
//! them, and the messages for values that were refused.

use crate::domain::model::inputs::{CostInputs, Field, FieldError, Preset, Uncertain, Unit};
use crate::domain::model::knob::Knob;
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::model::typed_number::Decimal;
use crate::domain::present::numbers::{decimal_text, format_money, plain, NumberStyle};
use crate::domain::rules::cost::Projection;
use crate::domain::rules::inputs::InputProblem;
use crate::domain::rules::money::{RATE_MAX, RATE_MIN};

/// The default value(s) of the field as text, built from its record,
/// e.g. "domestic 4 % (2–6), nearshore 7 % (4–10), …"; money defaults (set
/// in US dollars) in `c`'s currency at its rate: "$6,000 per FTE per year".
pub fn default_summary(field: Field, c: &CostInputs, style: NumberStyle) -> String {
    let spec = field.spec();
    let unit = match spec.unit {
        Unit::Percent | Unit::PercentPerYear => " %".to_string(),
        u => format!(" {}", u.label()),
    };
    let one = |x: f64| {
        if spec.unit.is_money() {
            format!(
                "{}{unit}",
                format_money(x * c.usd_scale(), &c.currency, style)
            )
        } else {
            format!("{}{unit}", plain(x, style))
        }
    };
    let unc = |u: &Uncertain| {
        if u.low == u.value && u.high == u.value {
            one(u.value)
        } else {
            format!(
                "{} ({}–{})",
                one(u.value),
                plain(u.low, style),
                plain(u.high, style)
            )
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
pub fn knob_text(knob: Knob, c: &CostInputs, p: &Projection, style: NumberStyle) -> String {
    let decimals = if knob.field.spec().unit.is_money() {
        0
    } else {
        2
    };
    decimal_text(knob.shown(c, p), decimals, style)
}

/// Why a typed value was refused, naming the field by `label`: "Team size
/// must be between 0.5 and 10,000 FTE." Numbers in `style`.
pub fn field_error(label: &str, field: Field, error: FieldError, style: NumberStyle) -> String {
    let spec = field.spec();
    let plain = |x: f64| plain(x, style);
    match error {
        FieldError::Empty => format!("{label} is empty: enter a number."),
        FieldError::NotANumber => format!("{label} must be a number."),
        FieldError::Unclear { read, other } => unclear(label, read, other, style),
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
                u if u.is_money() => String::new(),
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
pub fn knob_error(knob: Knob, error: FieldError, style: NumberStyle) -> String {
    field_error(&knob.label(), knob.field, error, style)
}

/// A problem with stored cost inputs, as a sentence.
pub fn input_problem(problem: &InputProblem, style: NumberStyle) -> String {
    match problem {
        InputProblem::Field(field, error) => field_error(field.spec().label, *field, *error, style),
        InputProblem::Currency(message) => message.clone(),
        InputProblem::Rate => rate_problem(style),
    }
}

/// Why a typed rate to the US dollar was refused.
pub fn rate_error(error: FieldError, style: NumberStyle) -> String {
    let label = "Exchange rate";
    match error {
        FieldError::Empty => format!("{label} is empty: enter a number."),
        FieldError::NotANumber => format!("{label} must be a number."),
        FieldError::Unclear { read, other } => unclear(label, read, other, style),
        _ => rate_problem(style),
    }
}

/// Why a rate to the US dollar was refused.
pub fn rate_problem(style: NumberStyle) -> String {
    format!(
        "The rate must be a number of units for one US dollar, from {} to {}.",
        plain(RATE_MIN, style),
        decimal_text(RATE_MAX, 0, style)
    )
}

/// Why a typed location figure was refused.
pub fn figure_error(figure: EditableFigure, error: FieldError, style: NumberStyle) -> String {
    let label = figure.label();
    let plain = |x: f64| plain(x, style);
    match error {
        FieldError::Empty => format!("{label} is empty: enter a number."),
        FieldError::NotANumber => format!("{label} must be a number."),
        FieldError::Unclear { read, other } => unclear(label, read, other, style),
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

/// A number the two styles read differently: what was understood, written
/// back in the user's style, and how to say what was meant. For an En user
/// "12,5": "Vendor margin: did you mean 12.5? The number format here is
/// 1,234.5: type 12.5, or choose the number format 1.234,5 beside the currency."
fn unclear(label: &str, read: Option<Decimal>, other: Decimal, style: NumberStyle) -> String {
    let theirs = other.normalized();
    let (here, there) = (style.sample(), style.other().sample());
    match read.map(Decimal::normalized) {
        Some(read) => format!(
            "{label}: is that {} or {}? The number format here is {here}: type {} or {}, or choose the number format {there} beside the currency.",
            read.text(style),
            theirs.text(style),
            read.text(style),
            theirs.plain_text(style),
        ),
        None => format!(
            "{label}: did you mean {}? The number format here is {here}: type {}, or choose the number format {there} beside the currency.",
            theirs.text(style),
            theirs.plain_text(style),
        ),
    }
}
