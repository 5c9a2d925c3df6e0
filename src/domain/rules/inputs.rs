//! What the cost inputs resolve to: sanitising, checking, moving home, the
//! choices offered and the location figures in force.

use crate::domain::content::locations::{self, location_choice, Location, LOCATIONS};
use crate::domain::content::money;
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{
    clamp_f64, validate_currency, validate_field, CostInputs, Field, FieldError, Function,
    HybridTarget, LabourIndex, Targets, FIELDS,
};
use crate::domain::model::knob::{Choice, Knob};
use crate::domain::model::location_edits::{EditableFigure, LocationFigures, LocationOverrides};
use crate::domain::rules::cost::Projection;
use crate::domain::rules::money::{validate_rate, MoneyNote};

/// A problem with stored or typed cost inputs; `present::inputs` says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// A number outside its field's range (each end of a range is checked).
    Field(Field, FieldError),
    /// The currency is not a three-letter code; the message says so.
    Currency(String),
    /// The rate to the US dollar is not a positive number in range.
    Rate,
}

impl CostInputs {
    /// Moves home: salary and on-cost follow the new home's presets again,
    /// and the targets take the new home's defaults
    /// ([`locations::default_targets`]).
    pub fn set_home(&mut self, home: LocationId) {
        self.home = home;
        self.salary_per_fte = None;
        self.employer_oncost_pct = None;
        let (near, off) = locations::default_targets(home);
        self.targets = Targets {
            nearshore: near,
            offshore: off,
            captive: off,
        };
    }

    /// Every problem with these inputs; empty when all is well.
    pub fn validate(&self) -> Vec<InputProblem> {
        let mut errors = Vec::new();
        for spec in &FIELDS {
            for (slot, end) in spec.copies() {
                // A figure the model works out (`None`) has nothing to check.
                if let Some(value) = spec.get(self, slot, end) {
                    if let Err(e) = validate_field(spec.field, value) {
                        errors.push(InputProblem::Field(spec.field, e));
                    }
                }
            }
        }
        if let Err(e) = validate_currency(&self.currency) {
            errors.push(InputProblem::Currency(e));
        }
        if self.usd_rate.is_some_and(|r| validate_rate(r).is_err()) {
            errors.push(InputProblem::Rate);
        }
        errors
    }

    /// A copy with every value forced into its allowed range (non-finite
    /// values fall back to the defaults). The model only ever computes on
    /// sanitised inputs.
    pub fn sanitized(&self) -> CostInputs {
        let mut c = CostInputs {
            currency: validate_currency(&self.currency)
                .unwrap_or_else(|_| CostInputs::default().currency),
            usd_rate: self.usd_rate.filter(|r| validate_rate(*r).is_ok()),
            ..self.clone()
        };
        c.settle_rate();
        for spec in &FIELDS {
            for (slot, end) in spec.copies() {
                match spec.get(&c, slot, end) {
                    Some(v) if v.is_finite() => spec.set(&mut c, slot, end, spec.clamp(v, v)),
                    // Not a number: the default (a worked-out figure for salary, on-cost, budget).
                    Some(_) => spec.reset(&mut c, slot, end),
                    None => {}
                }
            }
        }
        c
    }
}

impl Choice {
    /// Every (value, text) pair offered.
    pub fn options(self) -> Vec<(String, String)> {
        match self {
            Choice::Currency => money::offered()
                .iter()
                .map(|c| (c.to_string(), c.to_string()))
                .collect(),
            Choice::LabourIndex => LabourIndex::ALL
                .iter()
                .map(|l| (l.id().to_string(), l.label().to_string()))
                .collect(),
            Choice::Function => Function::ALL
                .iter()
                .map(|f| (f.id().to_string(), f.label().to_string()))
                .collect(),
            Choice::HybridTarget => HybridTarget::ALL
                .iter()
                .map(|t| (t.option().id().to_string(), t.option().name().to_string()))
                .collect(),
            _ => locations::all()
                .iter()
                .map(|l| (l.id.id().to_string(), location_choice(l)))
                .collect(),
        }
    }

    /// Whether `value` is one of the values [`Choice::options`] offers.
    pub fn offers(self, value: &str) -> bool {
        match self {
            Choice::Currency => money::offered().contains(&value),
            Choice::LabourIndex => LabourIndex::from_id(value).is_some(),
            Choice::Function => Function::from_id(value).is_some(),
            Choice::HybridTarget => HybridTarget::from_id(value).is_some(),
            _ => LocationId::from_id(value).is_some(),
        }
    }

    /// Applies a picked value; anything not on the list changes nothing. A
    /// new currency converts the amounts, and a new home proposes its
    /// currency ([`CostInputs::move_home`]); the note says what happened.
    pub fn set(self, c: &mut CostInputs, value: &str) -> Option<MoneyNote> {
        let location = LocationId::from_id(value);
        match self {
            Choice::Currency => {
                if money::offered().contains(&value) {
                    return c.choose_currency(value);
                }
            }
            Choice::Home => {
                if let Some(home) = location {
                    return c.move_home(home);
                }
            }
            Choice::Nearshore => c.targets.nearshore = location.unwrap_or(c.targets.nearshore),
            Choice::Offshore => c.targets.offshore = location.unwrap_or(c.targets.offshore),
            Choice::Captive => c.targets.captive = location.unwrap_or(c.targets.captive),
            Choice::LabourIndex => {
                c.labour_index = LabourIndex::from_id(value).unwrap_or(c.labour_index)
            }
            Choice::HybridTarget => {
                c.hybrid_target = HybridTarget::from_id(value).unwrap_or(c.hybrid_target)
            }
            Choice::Function => {
                if let Some(f) = Function::from_id(value) {
                    c.set_function(f);
                }
            }
        }
        None
    }
}

impl Knob {
    /// The value the model uses: the user's, or the resolved default.
    pub fn shown(self, c: &CostInputs, p: &Projection) -> f64 {
        self.get(c).unwrap_or(match self.field {
            Field::Salary => p.assumptions.salary_per_fte,
            Field::EmployerOnCost => p.assumptions.home_oncost_pct,
            Field::CaptiveFixedCost => p.assumptions.captive_fixed_cost,
            _ => p.budget,
        })
    }
}

impl LocationOverrides {
    /// Replaces one figure after checking it. Unknown locations and values
    /// out of range are refused and change nothing.
    pub fn set(
        &mut self,
        id: LocationId,
        figure: EditableFigure,
        value: f64,
    ) -> Result<(), FieldError> {
        let value = figure.validate(value)?;
        *self.edits.entry(id).or_default().slot(figure) = Some(value);
        Ok(())
    }

    /// The figures the cost model uses for a location: an edit where there
    /// is one, else the preset.
    ///
    /// An edited median without an edited index moves the index with it
    /// (median / the survey's US median × 100), so the two never disagree;
    /// an edited index wins. Stored values out of range (a hand-edited file)
    /// are clamped, and non-finite ones ignored, so nothing downstream can
    /// divide by zero.
    pub fn figures(&self, loc: &Location) -> LocationFigures {
        let preset = loc.preset_figures();
        let Some(edit) = self.edits.get(&loc.id) else {
            return preset;
        };
        let pick = |figure: EditableFigure| -> Option<f64> {
            let (min, max) = figure.range();
            edit.get(figure)
                .filter(|v| v.is_finite())
                .map(|v| clamp_f64(v, min, max))
        };
        let us = &LOCATIONS[0];
        let (idx_min, idx_max) = EditableFigure::DevPayIndex.range();
        let dev_median = pick(EditableFigure::DevPayMedian);
        let dev_index = pick(EditableFigure::DevPayIndex).unwrap_or_else(|| match dev_median {
            Some(m) => clamp_f64(m / us.dev_pay.median_usd * 100.0, idx_min, idx_max),
            None => preset.dev_pay_index,
        });
        let gni = pick(EditableFigure::GniPerCapita);
        let gni_index = pick(EditableFigure::GniIndex).unwrap_or_else(|| match gni {
            Some(g) => clamp_f64(g / us.gni.per_capita_usd * 100.0, idx_min, idx_max),
            None => preset.gni_index,
        });
        LocationFigures {
            dev_pay_median_usd: dev_median.unwrap_or(preset.dev_pay_median_usd),
            dev_pay_index: dev_index,
            gni_per_capita_usd: gni.unwrap_or(preset.gni_per_capita_usd),
            gni_index,
            employer_oncost_pct: pick(EditableFigure::EmployerOnCost)
                .unwrap_or(preset.employer_oncost_pct),
        }
    }
}

#[cfg(test)]
mod tests;
