//! What the cost inputs resolve to: sanitising, checking, moving home, the
//! choices offered and the location figures in force.

use crate::domain::content::locations::{self, location_choice, Location, LOCATIONS};
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{
    moved_iter, targets_iter, validate_currency, validate_field, CostInputs, Field, FieldError,
    FieldSpec, HybridTarget, LabourIndex, Moved, Targets, Uncertain, ATTRITION, BUDGET, CURRENCIES,
    DELIVERY_OVERHEAD, DIP_SECOND_YEAR, EMPLOYER_ONCOST, FTE, GOVERNANCE, HORIZON,
    HYBRID_COORDINATION, HYBRID_SHARE, OTHER_OVERHEAD, PRODUCTIVITY_DIP, PRODUCTIVITY_GAP,
    REPLACEMENT_COST, SALARY, TRANSITION, VENDOR_EFFICIENCY, VENDOR_MARGIN, WAGE_INFLATION,
};
use crate::domain::model::knob::{Choice, Knob};
use crate::domain::model::location_edits::{EditableFigure, LocationFigures, LocationOverrides};
use crate::domain::rules::cost::Projection;

/// A problem with stored or typed cost inputs; `present::inputs` says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// A number outside its field's range (each end of a range is checked).
    Field(Field, FieldError),
    /// The currency is not a three-letter code; the message says so.
    Currency(String),
}

/// Forcing an uncertain value into a field's range.
trait Clamped {
    fn clamped(self, spec: &FieldSpec, default: Uncertain) -> Uncertain;
}

impl Clamped for Uncertain {
    fn clamped(self, spec: &FieldSpec, default: Uncertain) -> Uncertain {
        Uncertain {
            value: spec.clamp(self.value, default.value),
            low: spec.clamp(self.low, default.low),
            high: spec.clamp(self.high, default.high),
        }
    }
}

impl CostInputs {
    /// Moves home: salary and on-cost follow the new home's presets again,
    /// and the nearshore target follows the region when there is an obvious one.
    pub fn set_home(&mut self, home: LocationId) {
        self.home = home;
        self.salary_per_fte = None;
        self.employer_oncost_pct = None;
        if let Some(near) = locations::suggested_nearshore(home) {
            self.targets.nearshore = near;
        }
    }

    /// Every problem with these inputs; empty when all is well.
    pub fn validate(&self) -> Vec<InputProblem> {
        let mut errors = Vec::new();
        let mut check = |field: Field, value: f64| {
            if let Err(e) = validate_field(field, value) {
                errors.push(InputProblem::Field(field, e));
            }
        };
        let uncertain = |check: &mut dyn FnMut(Field, f64), field: Field, u: &Uncertain| {
            check(field, u.value);
            check(field, u.low);
            check(field, u.high);
        };
        check(Field::Fte, self.fte);
        if let Some(s) = self.salary_per_fte {
            check(Field::Salary, s);
        }
        if let Some(o) = self.employer_oncost_pct {
            check(Field::EmployerOnCost, o);
        }
        check(Field::OtherOverhead, self.other_overhead_pct);
        check(Field::VendorMargin, self.vendor_margin_pct);
        check(Field::VendorEfficiency, self.vendor_efficiency_pct);
        for u in moved_iter(&self.delivery_overhead_pct) {
            uncertain(&mut check, Field::DeliveryOverhead, u);
        }
        for u in moved_iter(&self.productivity_gap_pct) {
            uncertain(&mut check, Field::ProductivityGap, u);
        }
        for u in moved_iter(&self.governance_pct) {
            uncertain(&mut check, Field::Governance, u);
        }
        uncertain(
            &mut check,
            Field::HybridCoordination,
            &self.hybrid_coordination_pct,
        );
        for u in moved_iter(&self.transition_pct) {
            uncertain(&mut check, Field::Transition, u);
        }
        for u in moved_iter(&self.dip_pct) {
            uncertain(&mut check, Field::ProductivityDip, u);
        }
        check(Field::DipSecondYear, self.dip_second_year_pct);
        uncertain(&mut check, Field::Attrition, &self.attrition_pct);
        check(Field::ReplacementCost, self.replacement_cost_pct);
        uncertain(&mut check, Field::WageInflation, &self.home_inflation_pct);
        for u in targets_iter(&self.target_inflation_pct) {
            uncertain(&mut check, Field::WageInflation, u);
        }
        check(Field::HybridShare, self.hybrid_share_pct);
        check(Field::Horizon, f64::from(self.horizon_years));
        if let Some(b) = self.annual_budget {
            check(Field::Budget, b);
        }
        if let Err(e) = validate_currency(&self.currency) {
            errors.push(InputProblem::Currency(e));
        }
        errors
    }

    /// A copy with every value forced into its allowed range (non-finite
    /// values fall back to the defaults). The model only ever computes on
    /// sanitised inputs.
    pub fn sanitized(&self) -> CostInputs {
        let d = CostInputs::default();
        let moved = |m: &Moved<Uncertain>, dm: &Moved<Uncertain>, spec: &FieldSpec| Moved {
            domestic: m.domestic.clamped(spec, dm.domestic),
            nearshore: m.nearshore.clamped(spec, dm.nearshore),
            offshore: m.offshore.clamped(spec, dm.offshore),
            captive: m.captive.clamped(spec, dm.captive),
        };
        CostInputs {
            currency: validate_currency(&self.currency).unwrap_or(d.currency),
            fte: FTE.clamp(self.fte, d.fte),
            home: self.home,
            salary_per_fte: self
                .salary_per_fte
                .filter(|s| s.is_finite())
                .map(|s| SALARY.clamp(s, s)),
            employer_oncost_pct: self
                .employer_oncost_pct
                .filter(|s| s.is_finite())
                .map(|s| EMPLOYER_ONCOST.clamp(s, s)),
            other_overhead_pct: OTHER_OVERHEAD.clamp(self.other_overhead_pct, d.other_overhead_pct),
            labour_index: self.labour_index,
            targets: self.targets.clone(),
            vendor_margin_pct: VENDOR_MARGIN.clamp(self.vendor_margin_pct, d.vendor_margin_pct),
            vendor_efficiency_pct: VENDOR_EFFICIENCY
                .clamp(self.vendor_efficiency_pct, d.vendor_efficiency_pct),
            delivery_overhead_pct: moved(
                &self.delivery_overhead_pct,
                &d.delivery_overhead_pct,
                &DELIVERY_OVERHEAD,
            ),
            productivity_gap_pct: moved(
                &self.productivity_gap_pct,
                &d.productivity_gap_pct,
                &PRODUCTIVITY_GAP,
            ),
            governance_pct: moved(&self.governance_pct, &d.governance_pct, &GOVERNANCE),
            hybrid_coordination_pct: self
                .hybrid_coordination_pct
                .clamped(&HYBRID_COORDINATION, d.hybrid_coordination_pct),
            transition_pct: moved(&self.transition_pct, &d.transition_pct, &TRANSITION),
            dip_pct: moved(&self.dip_pct, &d.dip_pct, &PRODUCTIVITY_DIP),
            dip_second_year_pct: DIP_SECOND_YEAR
                .clamp(self.dip_second_year_pct, d.dip_second_year_pct),
            attrition_pct: self.attrition_pct.clamped(&ATTRITION, d.attrition_pct),
            replacement_cost_pct: REPLACEMENT_COST
                .clamp(self.replacement_cost_pct, d.replacement_cost_pct),
            home_inflation_pct: self
                .home_inflation_pct
                .clamped(&WAGE_INFLATION, d.home_inflation_pct),
            target_inflation_pct: Targets {
                nearshore: self
                    .target_inflation_pct
                    .nearshore
                    .clamped(&WAGE_INFLATION, d.target_inflation_pct.nearshore),
                offshore: self
                    .target_inflation_pct
                    .offshore
                    .clamped(&WAGE_INFLATION, d.target_inflation_pct.offshore),
                captive: self
                    .target_inflation_pct
                    .captive
                    .clamped(&WAGE_INFLATION, d.target_inflation_pct.captive),
            },
            hybrid_share_pct: HYBRID_SHARE.clamp(self.hybrid_share_pct, d.hybrid_share_pct),
            hybrid_target: self.hybrid_target,
            horizon_years: HORIZON.clamp(f64::from(self.horizon_years), f64::from(d.horizon_years))
                as u32,
            annual_budget: self
                .annual_budget
                .filter(|b| b.is_finite())
                .map(|b| BUDGET.clamp(b, b)),
        }
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
            Choice::LabourIndex => LabourIndex::ALL
                .iter()
                .map(|l| (l.id().to_string(), l.label().to_string()))
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

    /// Applies a picked value; anything not on the list changes nothing.
    pub fn set(self, c: &mut CostInputs, value: &str) {
        let location = LocationId::from_id(value);
        match self {
            Choice::Currency => {
                if CURRENCIES.contains(&value) {
                    c.currency = value.to_string();
                }
            }
            Choice::Home => {
                if let Some(home) = location {
                    c.set_home(home);
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
