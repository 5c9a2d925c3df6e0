//! Every editable number and choice of the cost model's inputs: which copy
//! of a field it is, how to read, set and reset it.

use crate::domain::model::inputs::{
    parse_field, CostInputs, Field, FieldError, Moved, Targets, Uncertain, Unit,
};

/// Which copy of a field a knob edits: fields per option, per place, or single.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    Only,
    Home,
    Domestic,
    Nearshore,
    Offshore,
    Captive,
}

impl Slot {
    /// The name a person reads ("" for a single value).
    pub fn label(self) -> &'static str {
        match self {
            Slot::Only => "",
            Slot::Home => "Home",
            Slot::Domestic => "Domestic",
            Slot::Nearshore => "Nearshore",
            Slot::Offshore => "Offshore",
            Slot::Captive => "Captive",
        }
    }
}

/// Which end of an uncertain assumption a knob edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum End {
    Value,
    Low,
    High,
}

impl End {
    /// Every end, as the columns of the Assumptions panel.
    pub const ALL: [End; 3] = [End::Value, End::Low, End::High];

    /// The column heading.
    pub fn label(self) -> &'static str {
        match self {
            End::Value => "Used",
            End::Low => "Best case",
            End::High => "Worst case",
        }
    }
}

/// One editable number of the cost model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Knob {
    pub field: Field,
    pub slot: Slot,
    pub end: End,
}

/// The fields with a value per moved option.
const PER_OPTION: [Field; 5] = [
    Field::DeliveryOverhead,
    Field::ProductivityGap,
    Field::Governance,
    Field::Transition,
    Field::ProductivityDip,
];

/// The Assumptions panel: every number of the model that is not one of the
/// main inputs, in reading order.
pub const ASSUMPTIONS: [Field; 11] = [
    Field::VendorEfficiency,
    Field::DeliveryOverhead,
    Field::ProductivityGap,
    Field::Governance,
    Field::HybridCoordination,
    Field::Transition,
    Field::ProductivityDip,
    Field::DipSecondYear,
    Field::Attrition,
    Field::ReplacementCost,
    Field::WageInflation,
];

fn moved_slot<T>(m: &mut Moved<T>, slot: Slot) -> Option<&mut T> {
    match slot {
        Slot::Domestic => Some(&mut m.domestic),
        Slot::Nearshore => Some(&mut m.nearshore),
        Slot::Offshore => Some(&mut m.offshore),
        Slot::Captive => Some(&mut m.captive),
        _ => None,
    }
}

fn target_slot<T>(t: &mut Targets<T>, slot: Slot) -> Option<&mut T> {
    match slot {
        Slot::Nearshore => Some(&mut t.nearshore),
        Slot::Offshore => Some(&mut t.offshore),
        Slot::Captive => Some(&mut t.captive),
        _ => None,
    }
}

fn end_of(u: &mut Uncertain, end: End) -> &mut f64 {
    match end {
        End::Value => &mut u.value,
        End::Low => &mut u.low,
        End::High => &mut u.high,
    }
}

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
        let slots: &[Slot] = if PER_OPTION.contains(&field) {
            &[
                Slot::Domestic,
                Slot::Nearshore,
                Slot::Offshore,
                Slot::Captive,
            ]
        } else if field == Field::WageInflation {
            &[Slot::Home, Slot::Nearshore, Slot::Offshore, Slot::Captive]
        } else {
            &[Slot::Only]
        };
        let ends: &[End] = if Self::is_uncertain(field) {
            &End::ALL
        } else {
            &[End::Value]
        };
        slots
            .iter()
            .flat_map(|&slot| ends.iter().map(move |&end| Knob { field, slot, end }))
            .collect()
    }

    /// Whether the field has a best/worst range.
    pub fn is_uncertain(field: Field) -> bool {
        PER_OPTION.contains(&field)
            || matches!(
                field,
                Field::HybridCoordination | Field::Attrition | Field::WageInflation
            )
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
            s => format!("-{}", s.label().to_ascii_lowercase()),
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
            Unit::MoneyPerYear | Unit::MoneyPerFtePerYear => {
                format!("{} {}", currency, unit.label())
            }
            u => u.label().to_string(),
        }
    }

    fn slot_mut(self, c: &mut CostInputs) -> Option<&mut f64> {
        let end = self.end;
        let u: &mut Uncertain = match self.field {
            Field::DeliveryOverhead => moved_slot(&mut c.delivery_overhead_pct, self.slot)?,
            Field::ProductivityGap => moved_slot(&mut c.productivity_gap_pct, self.slot)?,
            Field::Governance => moved_slot(&mut c.governance_pct, self.slot)?,
            Field::Transition => moved_slot(&mut c.transition_pct, self.slot)?,
            Field::ProductivityDip => moved_slot(&mut c.dip_pct, self.slot)?,
            Field::HybridCoordination => &mut c.hybrid_coordination_pct,
            Field::Attrition => &mut c.attrition_pct,
            Field::WageInflation => match self.slot {
                Slot::Home => &mut c.home_inflation_pct,
                s => target_slot(&mut c.target_inflation_pct, s)?,
            },
            Field::Fte => return Some(&mut c.fte),
            Field::OtherOverhead => return Some(&mut c.other_overhead_pct),
            Field::VendorMargin => return Some(&mut c.vendor_margin_pct),
            Field::VendorEfficiency => return Some(&mut c.vendor_efficiency_pct),
            Field::DipSecondYear => return Some(&mut c.dip_second_year_pct),
            Field::ReplacementCost => return Some(&mut c.replacement_cost_pct),
            Field::HybridShare => return Some(&mut c.hybrid_share_pct),
            Field::Salary => return c.salary_per_fte.as_mut(),
            Field::EmployerOnCost => return c.employer_oncost_pct.as_mut(),
            Field::Budget => return c.annual_budget.as_mut(),
            Field::Horizon => return None,
        };
        Some(end_of(u, end))
    }

    /// The value the user set, or `None` where the field follows a default
    /// worked out by the model (salary, on-cost, budget).
    pub fn get(self, c: &CostInputs) -> Option<f64> {
        if self.field == Field::Horizon {
            return Some(f64::from(c.horizon_years));
        }
        let mut copy = c.clone();
        self.slot_mut(&mut copy).map(|v| *v)
    }

    /// Stores a checked value.
    pub fn set(self, c: &mut CostInputs, value: f64) {
        match self.field {
            Field::Horizon => c.horizon_years = value.clamp(1.0, 10.0) as u32,
            Field::Salary => c.salary_per_fte = Some(value),
            Field::EmployerOnCost => c.employer_oncost_pct = Some(value),
            Field::Budget => c.annual_budget = Some(value),
            _ => {
                if let Some(v) = self.slot_mut(c) {
                    *v = value;
                }
            }
        }
    }

    /// Reads and checks typed text (`present::inputs::knob_error` says why
    /// a value was refused, naming this exact number).
    pub fn parse(self, text: &str) -> Result<f64, FieldError> {
        parse_field(self.field, text)
    }

    /// Reads typed text and stores it; on a bad value nothing changes.
    pub fn apply(self, c: &mut CostInputs, text: &str) -> Result<(), FieldError> {
        let value = self.parse(text)?;
        self.set(c, value);
        Ok(())
    }

    /// Puts the default back.
    pub fn reset(self, c: &mut CostInputs) {
        let d = CostInputs::default();
        match self.field {
            Field::Horizon => c.horizon_years = d.horizon_years,
            Field::Salary => c.salary_per_fte = None,
            Field::EmployerOnCost => c.employer_oncost_pct = None,
            Field::Budget => c.annual_budget = None,
            _ => {
                if let Some(v) = self.get(&d) {
                    self.set(c, v);
                }
            }
        }
    }

    /// Whether the value differs from its default.
    pub fn is_changed(self, c: &CostInputs) -> bool {
        self.get(c) != self.get(&CostInputs::default())
    }
}

/// Whether any copy of a field differs from its default.
pub fn field_changed(c: &CostInputs, field: Field) -> bool {
    Knob::all_of(field).into_iter().any(|k| k.is_changed(c))
}

/// Puts every copy of a field back to its default.
pub fn reset_field(c: &mut CostInputs, field: Field) {
    for k in Knob::all_of(field) {
        k.reset(c);
    }
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
pub const MAIN_INPUTS: [Input; 12] = [
    Input::Number(Knob::of(Field::Fte)),
    Input::Pick(Choice::Currency),
    Input::Pick(Choice::Home),
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
