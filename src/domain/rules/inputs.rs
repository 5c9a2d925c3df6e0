//! What the cost inputs resolve to: sanitising, checking, moving home, the
//! choices offered and the location figures in force.

use crate::domain::content::locations::{self, location_choice, Location, LOCATIONS};
use crate::domain::model::inputs::{
    validate_currency, validate_field, CostInputs, Field, FieldError, HybridTarget, LabourIndex,
    Targets, CURRENCIES, DEFAULT_CAPTIVE, DEFAULT_CURRENCY, DEFAULT_HOME, DEFAULT_NEARSHORE,
    DEFAULT_OFFSHORE, FIELDS,
};
use crate::domain::model::knob::{labour_id, Choice, Knob};
use crate::domain::model::location_edits::{
    EditError, EditableFigure, LocationFigures, LocationOverrides,
};
use crate::domain::rules::cost::Projection;

/// A problem with stored or typed cost inputs; `present::inputs` says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// A number outside its field's range (each end of a range is checked).
    Field(Field, FieldError),
    /// The currency is not a three-letter code; the message says so.
    Currency(String),
    /// A location id that is not in the presets (`what` names its role).
    UnknownLocation { what: &'static str, id: String },
}

impl CostInputs {
    /// Moves home: salary and on-cost follow the new home's presets again,
    /// and the nearshore target follows the region when there is an obvious one.
    pub fn set_home(&mut self, home_id: &str) {
        self.home = home_id.to_string();
        self.salary_per_fte = None;
        self.employer_oncost_pct = None;
        if let Some(near) = locations::suggested_nearshore(home_id) {
            self.targets.nearshore = near.to_string();
        }
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
        for (what, id) in [
            ("Home location", &self.home),
            ("Nearshore location", &self.targets.nearshore),
            ("Offshore location", &self.targets.offshore),
            ("Captive centre location", &self.targets.captive),
        ] {
            if locations::find(id).is_none() {
                errors.push(InputProblem::UnknownLocation {
                    what,
                    id: id.clone(),
                });
            }
        }
        errors
    }

    /// A copy with every value forced into its allowed range (non-finite
    /// values and unknown locations fall back to the defaults). The model
    /// only ever computes on sanitised inputs.
    pub fn sanitized(&self) -> CostInputs {
        let loc = |id: &str, fallback: &str| -> String {
            if locations::find(id).is_some() {
                id.to_string()
            } else {
                fallback.to_string()
            }
        };
        let mut c = CostInputs {
            currency: validate_currency(&self.currency).unwrap_or_else(|_| DEFAULT_CURRENCY.into()),
            home: loc(&self.home, DEFAULT_HOME),
            targets: Targets {
                nearshore: loc(&self.targets.nearshore, DEFAULT_NEARSHORE),
                offshore: loc(&self.targets.offshore, DEFAULT_OFFSHORE),
                captive: loc(&self.targets.captive, DEFAULT_CAPTIVE),
            },
            ..self.clone()
        };
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
            Choice::Currency => CURRENCIES
                .iter()
                .map(|c| (c.to_string(), c.to_string()))
                .collect(),
            Choice::LabourIndex => [LabourIndex::DeveloperPay, LabourIndex::Gni]
                .iter()
                .map(|l| (labour_id(*l).to_string(), l.label().to_string()))
                .collect(),
            Choice::HybridTarget => HybridTarget::ALL
                .iter()
                .map(|t| (t.option().id().to_string(), t.option().name().to_string()))
                .collect(),
            _ => locations::all()
                .iter()
                .map(|l| (l.id.to_string(), location_choice(l)))
                .collect(),
        }
    }

    /// Applies a picked value; anything not on the list changes nothing.
    pub fn set(self, c: &mut CostInputs, value: &str) {
        if !self.options().iter().any(|(v, _)| v == value) {
            return;
        }
        let v = value.to_string();
        match self {
            Choice::Currency => c.currency = v,
            Choice::Home => c.set_home(value),
            Choice::Nearshore => c.targets.nearshore = v,
            Choice::Offshore => c.targets.offshore = v,
            Choice::Captive => c.targets.captive = v,
            Choice::LabourIndex => {
                c.labour_index = if value == "gni" {
                    LabourIndex::Gni
                } else {
                    LabourIndex::DeveloperPay
                }
            }
            Choice::HybridTarget => {
                if let Some(t) = HybridTarget::ALL
                    .into_iter()
                    .find(|t| t.option().id() == value)
                {
                    c.hybrid_target = t;
                }
            }
        }
    }
}

impl Knob {
    /// The value the model uses: the user's, or the resolved default.
    pub fn shown(self, c: &CostInputs, p: &Projection) -> f64 {
        self.get(c).unwrap_or(match self.field {
            Field::Salary => p.assumptions.salary_per_fte,
            Field::EmployerOnCost => p.assumptions.home_oncost_pct,
            _ => p.budget,
        })
    }
}

impl LocationOverrides {
    /// Replaces one figure after checking it. Unknown locations and values
    /// out of range are refused and change nothing.
    pub fn set(&mut self, id: &str, figure: EditableFigure, value: f64) -> Result<(), EditError> {
        if locations::find(id).is_none() {
            return Err(EditError::NoSuchLocation);
        }
        let value = figure.validate(value).map_err(EditError::Value)?;
        *self.edits.entry(id.to_string()).or_default().slot(figure) = Some(value);
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
        let Some(edit) = self.edits.get(loc.id) else {
            return preset;
        };
        let pick = |figure: EditableFigure| -> Option<f64> {
            let (min, max) = figure.range();
            edit.get(figure)
                .filter(|v| v.is_finite())
                .map(|v| v.clamp(min, max))
        };
        let us = &LOCATIONS[0];
        let (idx_min, idx_max) = EditableFigure::DevPayIndex.range();
        let dev_median = pick(EditableFigure::DevPayMedian);
        let dev_index = pick(EditableFigure::DevPayIndex).unwrap_or_else(|| match dev_median {
            Some(m) => (m / us.dev_pay.median_usd * 100.0).clamp(idx_min, idx_max),
            None => preset.dev_pay_index,
        });
        let gni = pick(EditableFigure::GniPerCapita);
        let gni_index = pick(EditableFigure::GniIndex).unwrap_or_else(|| match gni {
            Some(g) => (g / us.gni.per_capita_usd * 100.0).clamp(idx_min, idx_max),
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
