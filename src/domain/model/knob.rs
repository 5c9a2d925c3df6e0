//! Every editable number and choice of the cost model's inputs: which copy
//! of a field it is, how to read, set and reset it.

use crate::domain::model::inputs::{
    count_in, fields_in, parse_field, CostInputs, Field, FieldError, FieldSpec, Panel, Unit,
};

pub use crate::domain::model::inputs::{End, Slot};
use crate::domain::model::number_style::NumberStyle;

/// One editable number of the cost model: one copy (row, end) of a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Knob {
    pub field: Field,
    pub slot: Slot,
    pub end: End,
}

/// The Assumptions panel: every number of the model that is not one of the
/// main inputs, in reading order (the records of that panel).
pub const ASSUMPTIONS: [Field; count_in(Panel::Assumptions)] = fields_in(Panel::Assumptions);

impl Knob {
    /// A single-valued field.
    pub const fn of(field: Field) -> Knob {
        Knob {
            field,
            slot: Slot::Only,
            end: End::Value,
        }
    }

    /// Every knob of a field, row by row (slot), each row value, low, high.
    pub fn all_of(field: Field) -> Vec<Knob> {
        field
            .spec()
            .copies()
            .map(|(slot, end)| Knob { field, slot, end })
            .collect()
    }

    /// Whether the field has a best/worst range.
    pub fn is_uncertain(field: Field) -> bool {
        field.spec().is_uncertain()
    }

    /// A stable id for the page ("governance-nearshore-low").
    pub fn id(self) -> String {
        let end = match self.end {
            End::Value => "",
            End::Low => "-low",
            End::High => "-high",
        };
        let slot = match self.slot {
            Slot::Only => String::new(),
            s => format!("-{}", s.label().to_ascii_lowercase().replace(' ', "-")),
        };
        format!("f-{:?}{slot}{end}", self.field).to_ascii_lowercase()
    }

    /// The full name of the number, for labels and messages
    /// ("Governance overhead, Nearshore, worst case").
    pub fn label(self) -> String {
        let mut text = self.field.spec().label.to_string();
        if self.slot != Slot::Only {
            text.push_str(", ");
            text.push_str(self.slot.label());
        }
        if self.end != End::Value {
            text.push_str(", ");
            text.push_str(&self.end.label().to_ascii_lowercase());
        }
        text
    }

    /// The unit shown beside the field; money units name the currency.
    pub fn unit(self, currency: &str) -> String {
        let unit = self.field.spec().unit;
        match unit {
            Unit::MoneyPerYear | Unit::MoneyPerFtePerYear | Unit::MoneyOnce => {
                format!("{} {}", currency, unit.label())
            }
            u => u.label().to_string(),
        }
    }

    fn spec(self) -> &'static FieldSpec {
        self.field.spec()
    }

    /// The value the user set, or `None` where the field follows a default
    /// worked out by the model (salary, on-cost, budget).
    pub fn get(self, c: &CostInputs) -> Option<f64> {
        self.spec().get(c, self.slot, self.end)
    }

    /// Stores a checked value (a whole number is rounded into its range).
    pub fn set(self, c: &mut CostInputs, value: f64) {
        self.spec().set(c, self.slot, self.end, value);
    }

    /// Reads and checks typed text (`present::inputs::knob_error` says why
    /// a value was refused, naming this exact number).
    pub fn parse(self, text: &str, style: NumberStyle) -> Result<f64, FieldError> {
        parse_field(self.field, text, style)
    }

    /// Reads typed text and stores it; on a bad value nothing changes.
    pub fn apply(
        self,
        c: &mut CostInputs,
        text: &str,
        style: NumberStyle,
    ) -> Result<(), FieldError> {
        let value = self.parse(text, style)?;
        self.set(c, value);
        Ok(())
    }

    /// Puts the default back.
    pub fn reset(self, c: &mut CostInputs) {
        self.spec().reset(c, self.slot, self.end);
    }

    /// Whether the value differs from its default.
    pub fn is_changed(self, c: &CostInputs) -> bool {
        self.get(c) != self.spec().default_for(c, self.slot, self.end)
    }
}

/// Whether any copy of a field differs from its default.
pub fn field_changed(c: &CostInputs, field: Field) -> bool {
    Knob::all_of(field).into_iter().any(|k| k.is_changed(c))
}

/// Puts every copy of a field back to its default.
pub fn reset_field(c: &mut CostInputs, field: Field) {
    field.spec().reset_all(c);
}

/// Puts every assumption of the panel back to its default.
pub fn reset_assumptions(c: &mut CostInputs) {
    for f in ASSUMPTIONS {
        reset_field(c, f);
    }
}

/// A choice from a fixed list among the inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    Currency,
    Home,
    Nearshore,
    Offshore,
    Captive,
    LabourIndex,
    HybridTarget,
    Function,
}

impl Choice {
    /// The select's id.
    pub fn id(self) -> &'static str {
        match self {
            Choice::Currency => "currency",
            Choice::Home => "home",
            Choice::Nearshore => "nearshore",
            Choice::Offshore => "offshore",
            Choice::Captive => "captive",
            Choice::LabourIndex => "labour-index",
            Choice::HybridTarget => "hybrid-target",
            Choice::Function => "function",
        }
    }

    /// The label text.
    pub fn label(self) -> &'static str {
        match self {
            Choice::Currency => "Currency",
            Choice::Home => "Home location",
            Choice::Nearshore => "Nearshore location",
            Choice::Offshore => "Offshore location",
            Choice::Captive => "Captive centre location",
            Choice::LabourIndex => "Labour cost measure",
            Choice::HybridTarget => "The moved share goes to",
            Choice::Function => "Function",
        }
    }

    /// The value chosen in these inputs.
    pub fn get(self, c: &CostInputs) -> String {
        match self {
            Choice::Currency => c.currency.clone(),
            Choice::Home => c.home.id().to_string(),
            Choice::Nearshore => c.targets.nearshore.id().to_string(),
            Choice::Offshore => c.targets.offshore.id().to_string(),
            Choice::Captive => c.targets.captive.id().to_string(),
            Choice::LabourIndex => c.labour_index.id().to_string(),
            Choice::HybridTarget => c.hybrid_target.option().id().to_string(),
            Choice::Function => c.function.id().to_string(),
        }
    }
}

/// One of the main inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Number(Knob),
    Pick(Choice),
}

/// The main inputs, in reading order (the hybrid and the budget have their own panels).
pub const MAIN_INPUTS: [Input; 13] = [
    Input::Number(Knob::of(Field::Fte)),
    Input::Pick(Choice::Currency),
    Input::Pick(Choice::Home),
    Input::Pick(Choice::Function),
    Input::Number(Knob::of(Field::Salary)),
    Input::Number(Knob::of(Field::EmployerOnCost)),
    Input::Number(Knob::of(Field::OtherOverhead)),
    Input::Pick(Choice::Nearshore),
    Input::Pick(Choice::Offshore),
    Input::Pick(Choice::Captive),
    Input::Pick(Choice::LabourIndex),
    Input::Number(Knob::of(Field::VendorMargin)),
    Input::Number(Knob::of(Field::Horizon)),
];

#[cfg(test)]
mod tests;
