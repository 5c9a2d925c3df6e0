//! The cost model: what each sourcing option costs year by year, when it
//! pays off against in-house, and what fits an annual budget.
//!
//! Deterministic and pure: [`project`] turns [`CostInputs`] and the
//! scenario's [`LocationOverrides`] into a [`Projection`]. Every input has a
//! documented default, unit and allowed range (`model::inputs`), and the
//! model clamps whatever it is given into those ranges first, so no output
//! is ever NaN, infinite or negative.
//!
//! # The arithmetic
//!
//! Notation (all percentages as fractions): `F` team size in FTE, `W` gross
//! in-house salary per FTE, `oc` employer on-cost of the place where staff
//! are employed, `o` other overhead of your own organisation, `a` attrition
//! a year, `rc` replacement cost per leaver as a fraction of salary, `R`
//! relative labour cost of a target (index_target / index_home; 1 for a
//! domestic vendor), `w = W·R` the local wage, `v` delivery overhead of the
//! option, `m` vendor margin, `e` vendor efficiency, `p` productivity gap of
//! the option, `g` governance overhead of the option, `i` wage inflation of
//! the place where the work is done, `d` ramp-up dip of the option, `s2` the
//! share of the dip left in year 2, `t` transition cost as a fraction of one
//! year's in-house cost, `s` hybrid share moved out, `c` hybrid coordination.
//!
//! * Growth in year `y` (1-based): `G(y) = (1+i)^(y−1)`.
//! * In-house, fully loaded per FTE: `L = W·(1+oc_home)·(1+o) + W·a·rc`
//!   (pay, on-cost, other overhead, then replacing leavers);
//!   `IH(y) = F·L·G_home(y)`.
//! * Price of one vendor FTE: `P = w·(1+oc)·(1+v)·(1+m)`. Real vendor rates
//!   are a multiple of local pay: `v` carries what a service firm pays on
//!   top of pay and on-cost (benefits, facilities, IT, bench, management,
//!   training, sales, onsite coordination), `m` its profit.
//! * Cost of one own FTE in a captive centre: `P = w·(1+oc)·(1+v) + w·a·rc`
//!   (no margin; `v` is the centre's own overhead).
//! * Ramp-up: with efficiency `1−d` the same output needs `1/(1−d)` of the
//!   effort, so `X(1) = d/(1−d)`, `X(2) = s2·d/(1−d)`, `X(y≥3) = 0`.
//! * Effort per in-house FTE of the moved work: vendors
//!   `E(y) = (1−e)·(1+p)·(1+X(y))`, captive `E(y) = (1+p)·(1+X(y))`.
//! * Running cost of a moved option: `F·P·E(y)·G_place(y) + g·IH(y)`: the
//!   work, plus the retained organisation that manages it, priced as a
//!   share of what the work costs in-house (not of the vendor's price).
//! * One-time transition, paid in month 1: `t·IH(1)`.
//! * Hybrid moving share `s` to option `T`:
//!   `(1−s)·IH(y) + s·T_running(y) + s·c·IH(y)`, plus `s·T_transition` once.
//!   At `s = 0` it is in-house exactly; at `s = 1` it is `T` plus `c` on
//!   the in-house cost of the moved work.
//! * Steady state: the last year of the horizon without dip or transition.
//! * The default budget is in-house's steady-state yearly cost, so in-house
//!   itself just fits.

use serde::{Deserialize, Serialize};

use crate::domain::content::locations::{self, Location};
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{
    CostInputs, Field, HybridTarget, LabourIndex, Moved, Targets, Uncertain,
};
use crate::domain::model::location_edits::{LocationFigures, LocationOverrides};
use crate::domain::model::options::SourcingOption;

/// The central, best or worst end of an uncertain assumption.
trait Pick {
    fn pick(&self, case: Case) -> f64;
}

impl Pick for Uncertain {
    fn pick(&self, case: Case) -> f64 {
        match case {
            Case::Central => self.value,
            Case::Best => self.best(),
            Case::Worst => self.worst(),
        }
    }
}

// ---------------------------------------------------------------------------
// The projection
// ---------------------------------------------------------------------------

/// When an option's cumulative cost first drops to in-house's or below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum BreakEven {
    /// The option is the in-house baseline itself (in-house, or hybrid moving 0 %).
    Baseline,
    /// In this month (1 = the first month of year 1).
    Month(u32),
    /// Not within the horizon of this many years.
    Never(u32),
}

impl BreakEven {
    /// The month, if it breaks even within the horizon.
    pub fn month(self) -> Option<u32> {
        match self {
            BreakEven::Month(m) => Some(m),
            _ => None,
        }
    }
}

/// The best/worst band of an option from the low and high ends of the uncertain assumptions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// Cumulative cost at the end of each year, best case.
    pub low_cumulative: Vec<f64>,
    /// Cumulative cost at the end of each year, worst case.
    pub high_cumulative: Vec<f64>,
    /// Total over the horizon, best case.
    pub low_total: f64,
    /// Total over the horizon, worst case.
    pub high_total: f64,
    /// Steady-state yearly cost, best case.
    pub low_steady_state: f64,
    /// Steady-state yearly cost, worst case.
    pub high_steady_state: f64,
}

/// What one option costs over the horizon. Money is in the inputs' currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionProjection {
    pub option: SourcingOption,
    /// The location where the work is done.
    pub location: LocationId,
    /// Running cost per year (index 0 = year 1), without the one-time transition.
    pub running: Vec<f64>,
    /// One-time transition cost, paid in month 1.
    pub one_time: f64,
    /// Cost per year: running cost, plus the transition in year 1.
    pub yearly: Vec<f64>,
    /// Cumulative cost at the end of each year.
    pub cumulative: Vec<f64>,
    /// Cost of year 1, transition and dip included.
    pub year1: f64,
    /// Yearly cost in the last year of the horizon without dip or transition.
    pub steady_state: f64,
    /// Total over the horizon.
    pub total: f64,
    /// In-house total minus this total; negative when the option costs more.
    pub savings: f64,
    /// Savings as % of the in-house total; negative when the option costs more.
    pub savings_pct: f64,
    /// When it pays off against in-house.
    pub break_even: BreakEven,
    /// Whether the steady-state cost is within the annual budget.
    pub fits_budget: bool,
    /// FTE the annual budget buys at this option's steady-state cost per FTE.
    pub fte_for_budget: f64,
    /// Best/worst band.
    pub band: Band,
}

impl OptionProjection {
    /// Cumulative cost at the end of month `month` (0 = after the up-front
    /// transition, before any running cost). Running cost is spread evenly
    /// over the months of its year; past the horizon the total stays flat.
    pub fn cumulative_at_month(&self, month: u32) -> f64 {
        cumulative_at_month(self.one_time, &self.running, month)
    }
}

/// The figures the model settled on, for the "Assumptions" panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resolved {
    /// Home location.
    pub home: LocationId,
    /// Target locations.
    pub targets: Targets<LocationId>,
    /// Salary per FTE used.
    pub salary_per_fte: f64,
    /// Whether it came from the home preset (not typed by the user).
    pub salary_from_preset: bool,
    /// Home employer on-cost used, %.
    pub home_oncost_pct: f64,
    /// Whether it came from the home preset.
    pub oncost_from_preset: bool,
    /// Labour cost of each target as a fraction of home.
    pub relative_cost: Targets<f64>,
    /// Employer on-cost at each target, %.
    pub target_oncost_pct: Targets<f64>,
    /// Which index measured the relative cost.
    pub labour_index: LabourIndex,
    /// In-house cost in year 1: the base of the transition costs.
    pub in_house_year1: f64,
    /// In-house fully loaded cost per FTE in year 1.
    pub in_house_per_fte: f64,
    /// Year-1 price of one vendor FTE (domestic, nearshore, offshore), and
    /// the cost of one own FTE in the captive centre, before effort,
    /// governance, dip and inflation: compare it with quotes.
    pub price_per_fte: Moved<f64>,
    /// FTE of each option needed per in-house FTE at steady state:
    /// `(1−e)·(1+p)` for vendors, `1+p` for the captive centre.
    pub effort_per_fte: Moved<f64>,
}

/// The whole projection: every option, in [`SourcingOption::ALL`] order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    pub currency: String,
    pub horizon_years: u32,
    pub fte: f64,
    /// The annual budget applied.
    pub budget: f64,
    /// Whether the budget is the default (in-house's steady-state cost).
    pub budget_is_default: bool,
    pub assumptions: Resolved,
    pub options: Vec<OptionProjection>,
}

impl Projection {
    /// The projection of one option.
    pub fn get(&self, option: SourcingOption) -> Option<&OptionProjection> {
        self.options.iter().find(|o| o.option == option)
    }

    /// Re-applies a budget without recomputing the costs (the budget slider
    /// changes nothing else, so this keeps dragging cheap).
    pub fn apply_budget(&mut self, budget: f64) {
        let budget = Field::Budget.spec().clamp(budget, 0.0);
        self.budget = budget;
        self.budget_is_default = false;
        let fte = self.fte;
        for o in &mut self.options {
            o.fits_budget = o.steady_state <= budget;
            o.fte_for_budget = fte_for(budget, o.steady_state, fte);
        }
    }

    /// The top of the budget slider: about twice the in-house cost, rounded up to a round number.
    pub fn budget_slider_max(&self) -> f64 {
        let ih = self
            .get(SourcingOption::InHouse)
            .map(|o| o.steady_state.max(o.year1))
            .unwrap_or(0.0);
        nice_ceil((2.0 * ih).max(self.budget))
    }

    /// A round slider step giving about 200 positions.
    pub fn budget_slider_step(&self) -> f64 {
        nice_ceil(self.budget_slider_max() / 200.0)
    }
}

/// The smallest 1, 2, 2.5 or 5 × 10^k at or above `x` (1 for zero or less).
fn nice_ceil(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || x.is_infinite() {
        return 1.0;
    }
    let mag = 10f64.powi(x.log10().floor() as i32);
    for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if step * mag >= x {
            return step * mag;
        }
    }
    10.0 * mag
}

fn fte_for(budget: f64, steady_state: f64, fte: f64) -> f64 {
    if steady_state > 0.0 && fte > 0.0 {
        budget / (steady_state / fte)
    } else {
        0.0
    }
}

fn cumulative_at_month(one_time: f64, running: &[f64], month: u32) -> f64 {
    let full = (month / 12) as usize;
    let rem = f64::from(month % 12) / 12.0;
    let mut total = one_time;
    for r in running.iter().take(full) {
        total += r;
    }
    if let Some(r) = running.get(full) {
        total += r * rem;
    }
    total
}

#[derive(Clone, Copy)]
enum Case {
    Central,
    Best,
    Worst,
}

/// One option's series in one case.
struct Series {
    running: Vec<f64>,
    one_time: f64,
    steady: f64,
}

impl Series {
    fn yearly(&self) -> Vec<f64> {
        self.running
            .iter()
            .enumerate()
            .map(|(i, r)| if i == 0 { r + self.one_time } else { *r })
            .collect()
    }

    fn cumulative(&self) -> Vec<f64> {
        // Built from the monthly function so the break-even search and the
        // yearly totals agree to the last bit.
        (1..=self.running.len() as u32)
            .map(|y| cumulative_at_month(self.one_time, &self.running, 12 * y))
            .collect()
    }
}

/// Figures fixed by locations and the home salary (not uncertain).
struct Context {
    fte: f64,
    salary: f64,
    home_oncost: f64,
    relative: Targets<f64>,
    target_oncost: Targets<f64>,
}

fn frac(pct: f64) -> f64 {
    pct / 100.0
}

/// `(1+i)^(y−1)` for a 1-based year.
fn growth(inflation_pct: f64, year: u32) -> f64 {
    (1.0 + frac(inflation_pct)).powi(year.saturating_sub(1) as i32)
}

/// Per-FTE figures of one case, in year-1 prices.
struct Rates {
    /// In-house fully loaded cost per FTE.
    in_house: f64,
    /// Price of a vendor FTE / cost of a captive FTE.
    price: Moved<f64>,
    /// FTE needed per in-house FTE, before the ramp-up dip.
    effort: Moved<f64>,
}

fn rates(inp: &CostInputs, ctx: &Context, case: Case) -> Rates {
    let o = frac(inp.other_overhead_pct);
    let a = frac(inp.attrition_pct.pick(case));
    let rc = frac(inp.replacement_cost_pct);
    let m = frac(inp.vendor_margin_pct);
    let e = frac(inp.vendor_efficiency_pct);
    let v = |u: &Uncertain| frac(u.pick(case));
    let ov = &inp.delivery_overhead_pct;
    let gap = &inp.productivity_gap_pct;
    let w = ctx.salary;
    // In-house: pay, on-cost, other overhead, then replacing leavers.
    let in_house = w * (1.0 + ctx.home_oncost) * (1.0 + o) + w * a * rc;
    // A vendor FTE: local pay and on-cost, the firm's delivery overhead, its margin.
    let vendor = |wage: f64, oncost: f64, overhead: &Uncertain| {
        wage * (1.0 + oncost) * (1.0 + v(overhead)) * (1.0 + m)
    };
    let (rn, ro, rcap) = (
        ctx.relative.nearshore,
        ctx.relative.offshore,
        ctx.relative.captive,
    );
    let (on, oo, ocap) = (
        ctx.target_oncost.nearshore,
        ctx.target_oncost.offshore,
        ctx.target_oncost.captive,
    );
    Rates {
        in_house,
        price: Moved {
            domestic: vendor(w, ctx.home_oncost, &ov.domestic),
            nearshore: vendor(w * rn, on, &ov.nearshore),
            offshore: vendor(w * ro, oo, &ov.offshore),
            // Own staff: pay, on-cost, the centre's overhead, replacing leavers; no margin.
            captive: w * rcap * (1.0 + ocap) * (1.0 + v(&ov.captive)) + w * rcap * a * rc,
        },
        effort: Moved {
            domestic: (1.0 - e) * (1.0 + v(&gap.domestic)),
            nearshore: (1.0 - e) * (1.0 + v(&gap.nearshore)),
            offshore: (1.0 - e) * (1.0 + v(&gap.offshore)),
            captive: 1.0 + v(&gap.captive),
        },
    }
}

/// The series of all six options for one case.
fn compute(inp: &CostInputs, ctx: &Context, case: Case) -> [Series; 6] {
    let n = inp.horizon_years;
    let r = rates(inp, ctx, case);
    let s2 = frac(inp.dip_second_year_pct);
    // With efficiency 1−d the same output needs 1/(1−d) of the effort: d/(1−d) extra.
    // d ≤ 0.75 after sanitising, so this is at most 3.
    let dip = |u: &Uncertain, year: u32| {
        let d = frac(u.pick(case));
        let extra = d / (1.0 - d);
        match year {
            1 => extra,
            2 => extra * s2,
            _ => 0.0,
        }
    };
    let i_home = inp.home_inflation_pct.pick(case);

    // In-house.
    let ih_base = ctx.fte * r.in_house;
    let ih = |y: u32| ih_base * growth(i_home, y);
    let in_house = Series {
        running: (1..=n).map(ih).collect(),
        one_time: 0.0,
        steady: ih(n),
    };
    // Transition costs are a fraction of the first year's in-house cost.
    let ih1 = ih_base;

    // A moved option: the work (price × effort × dip, growing with the
    // place's wages) plus governance on the in-house cost of that work.
    let moved = |price: f64,
                 effort: f64,
                 inflation: f64,
                 option_dip: &Uncertain,
                 gov: &Uncertain,
                 transition: &Uncertain| {
        let work = ctx.fte * price * effort;
        let g = frac(gov.pick(case));
        Series {
            running: (1..=n)
                .map(|y| work * growth(inflation, y) * (1.0 + dip(option_dip, y)) + g * ih(y))
                .collect(),
            one_time: frac(transition.pick(case)) * ih1,
            steady: work * growth(inflation, n) + g * ih(n),
        }
    };
    let (g, t, d) = (&inp.governance_pct, &inp.transition_pct, &inp.dip_pct);
    let ti = &inp.target_inflation_pct;
    // A domestic vendor pays home wages and grows with them.
    let domestic = moved(
        r.price.domestic,
        r.effort.domestic,
        i_home,
        &d.domestic,
        &g.domestic,
        &t.domestic,
    );
    let nearshore = moved(
        r.price.nearshore,
        r.effort.nearshore,
        ti.nearshore.pick(case),
        &d.nearshore,
        &g.nearshore,
        &t.nearshore,
    );
    let offshore = moved(
        r.price.offshore,
        r.effort.offshore,
        ti.offshore.pick(case),
        &d.offshore,
        &g.offshore,
        &t.offshore,
    );
    let captive = moved(
        r.price.captive,
        r.effort.captive,
        ti.captive.pick(case),
        &d.captive,
        &g.captive,
        &t.captive,
    );

    let s = frac(inp.hybrid_share_pct);
    let c = frac(inp.hybrid_coordination_pct.pick(case));
    let target = match inp.hybrid_target {
        HybridTarget::Domestic => &domestic,
        HybridTarget::Nearshore => &nearshore,
        HybridTarget::Offshore => &offshore,
        HybridTarget::Captive => &captive,
    };
    // (1−s)·in-house + s·target + s·c·in-house; at s = 0 the last two terms are exactly 0.
    let hybrid = Series {
        running: in_house
            .running
            .iter()
            .zip(&target.running)
            .map(|(ih, tr)| (1.0 - s) * ih + s * tr + s * c * ih)
            .collect(),
        one_time: s * target.one_time,
        steady: (1.0 - s) * in_house.steady + s * target.steady + s * c * in_house.steady,
    };
    [in_house, domestic, nearshore, offshore, captive, hybrid]
}

/// Projects every option over the horizon. Inputs are sanitised first
/// (see [`CostInputs::sanitized`]), so any inputs give finite, non-negative costs.
pub fn project(inputs: &CostInputs, overrides: &LocationOverrides) -> Projection {
    let inp = inputs.sanitized();
    let figures = |id: LocationId| -> (&'static Location, LocationFigures) {
        let loc = locations::get(id);
        (loc, overrides.figures(loc))
    };
    let (home_loc, home) = figures(inp.home);
    let (near_loc, near) = figures(inp.targets.nearshore);
    let (off_loc, off) = figures(inp.targets.offshore);
    let (cap_loc, cap) = figures(inp.targets.captive);

    let salary = inp.salary_per_fte.unwrap_or_else(|| {
        let salary = Field::Salary.spec();
        salary.clamp(home.dev_pay_median_usd, salary.min)
    });
    let home_oncost_pct = inp.employer_oncost_pct.unwrap_or(home.employer_oncost_pct);
    let rel = |t: &LocationFigures| relative_cost_between(&home, t, inp.labour_index);
    let ctx = Context {
        fte: inp.fte,
        salary,
        home_oncost: frac(home_oncost_pct),
        relative: Targets {
            nearshore: rel(&near),
            offshore: rel(&off),
            captive: rel(&cap),
        },
        target_oncost: Targets {
            nearshore: frac(near.employer_oncost_pct),
            offshore: frac(off.employer_oncost_pct),
            captive: frac(cap.employer_oncost_pct),
        },
    };

    let central = compute(&inp, &ctx, Case::Central);
    let central_rates = rates(&inp, &ctx, Case::Central);
    let best = compute(&inp, &ctx, Case::Best);
    let worst = compute(&inp, &ctx, Case::Worst);

    let ih_cumulative = central[0].cumulative();
    let ih_total = ih_cumulative.last().copied().unwrap_or(0.0);
    let in_house_year1 = central[0].running.first().copied().unwrap_or(0.0);
    let budget_is_default = inp.annual_budget.is_none();
    // In-house's steady-state cost, so that in-house itself fits by default.
    let budget = inp.annual_budget.unwrap_or(central[0].steady);
    let months = 12 * inp.horizon_years;
    let where_done = |option: SourcingOption| -> LocationId {
        match option {
            SourcingOption::InHouse | SourcingOption::Domestic => home_loc.id,
            SourcingOption::Nearshore => near_loc.id,
            SourcingOption::Offshore => off_loc.id,
            SourcingOption::Captive => cap_loc.id,
            SourcingOption::Hybrid => match inp.hybrid_target {
                HybridTarget::Domestic => home_loc.id,
                HybridTarget::Nearshore => near_loc.id,
                HybridTarget::Offshore => off_loc.id,
                HybridTarget::Captive => cap_loc.id,
            },
        }
    };

    let options = SourcingOption::ALL
        .iter()
        .enumerate()
        .map(|(k, &option)| {
            let series = &central[k];
            let cumulative = series.cumulative();
            let total = cumulative.last().copied().unwrap_or(0.0);
            let savings = ih_total - total;
            let savings_pct = if ih_total > 0.0 {
                savings / ih_total * 100.0
            } else {
                0.0
            };
            let baseline = option == SourcingOption::InHouse
                || (option == SourcingOption::Hybrid && inp.hybrid_share_pct == 0.0);
            let break_even = if baseline {
                BreakEven::Baseline
            } else {
                (1..=months)
                    .find(|&mo| {
                        cumulative_at_month(series.one_time, &series.running, mo)
                            <= cumulative_at_month(0.0, &central[0].running, mo)
                    })
                    .map_or(BreakEven::Never(inp.horizon_years), BreakEven::Month)
            };
            let (low, high) = (&best[k], &worst[k]);
            let low_cumulative = low.cumulative();
            let high_cumulative = high.cumulative();
            OptionProjection {
                option,
                location: where_done(option),
                running: series.running.clone(),
                one_time: series.one_time,
                yearly: series.yearly(),
                year1: series.yearly().first().copied().unwrap_or(0.0),
                steady_state: series.steady,
                total,
                savings,
                savings_pct,
                break_even,
                fits_budget: series.steady <= budget,
                fte_for_budget: fte_for(budget, series.steady, inp.fte),
                band: Band {
                    low_total: low_cumulative.last().copied().unwrap_or(0.0),
                    high_total: high_cumulative.last().copied().unwrap_or(0.0),
                    low_cumulative,
                    high_cumulative,
                    low_steady_state: low.steady,
                    high_steady_state: high.steady,
                },
                cumulative,
            }
        })
        .collect();

    Projection {
        currency: inp.currency.clone(),
        horizon_years: inp.horizon_years,
        fte: inp.fte,
        budget,
        budget_is_default,
        assumptions: Resolved {
            home: home_loc.id,
            targets: Targets {
                nearshore: near_loc.id,
                offshore: off_loc.id,
                captive: cap_loc.id,
            },
            salary_per_fte: salary,
            salary_from_preset: inp.salary_per_fte.is_none(),
            home_oncost_pct,
            oncost_from_preset: inp.employer_oncost_pct.is_none(),
            relative_cost: ctx.relative.clone(),
            target_oncost_pct: Targets {
                nearshore: near.employer_oncost_pct,
                offshore: off.employer_oncost_pct,
                captive: cap.employer_oncost_pct,
            },
            labour_index: inp.labour_index,
            in_house_year1,
            in_house_per_fte: central_rates.in_house,
            price_per_fte: central_rates.price,
            effort_per_fte: central_rates.effort,
        },
        options,
    }
}

// ---------------------------------------------------------------------------
// Relative labour cost
// ---------------------------------------------------------------------------

/// The labour cost of `target` as a fraction of `home`: index_target / index_home.
///
/// Both indices are kept within `EditableFigure::DevPayIndex`'s range by
/// [`LocationOverrides::figures`], so the division is safe; a zero or
/// non-finite home index still yields 1.0 rather than infinity.
pub fn relative_cost_between(
    home: &LocationFigures,
    target: &LocationFigures,
    index: LabourIndex,
) -> f64 {
    let h = home.index(index);
    let t = target.index(index);
    if h > 0.0 && h.is_finite() && t >= 0.0 && t.is_finite() {
        t / h
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests;
