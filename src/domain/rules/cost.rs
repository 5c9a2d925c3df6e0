//! The cost model: what each sourcing option costs year by year, when it
//! pays off against in-house, and what fits an annual budget.
//!
//! Deterministic and pure: [`project`] turns [`CostInputs`] and the
//! scenario's [`LocationOverrides`] into a [`Projection`]. Every input has a
//! documented default, unit and allowed range (`model::inputs`), and the
//! model clamps whatever it is given into those ranges first, so no output
//! is ever NaN, infinite or negative.
//!
//! # The arithmetic (cost model v2)
//!
//! Notation (percentages as fractions): `F` team size in FTE, `w` home pay
//! for the function (`content::functions`), `idx_X` the labour index of
//! place `X`, `w_X = w·idx_X/idx_home` the local pay of the same work,
//! `oc_X` the employer on-cost at `X`, `ben` benefits and pay-linked
//! overhead, `K` the workplace cost per seat, `v` vendor overhead, `m`
//! vendor margin, `a` attrition, `rc` replacement cost per leaver.
//!
//! * A seat at `X` (in-house, a vendor's or a captive's):
//!   `seat(X) = w_X·(1+oc_X)·(1+ben) + K`.
//! * In-house per FTE: `L = seat(home) + w·a_home·rc`; `IH(y) = F·L·G_home(y)`
//!   with `G(y) = (1+i)^(y−1)`.
//! * A vendor's price follows the vendor's location, not the option:
//!   `price(X) = seat(X)·(1+v)·(1+m)`; a domestic vendor is `price(home)`.
//! * Distance follows the pair (home, X): `d = 1 − overlap/day`, the share of
//!   the scenario's working day not shared (`rules::timezones`). Each distance
//!   cost `c` has a same-hours and a no-overlap value abroad:
//!   `c(d) = c_same + (c_far − c_same)·d`; a domestic vendor has its own value.
//!   - onsite share `u` (times the function's onsite factor: a quarter for
//!     process work): `blended = (1−u)·price(X) + u·price(home)`;
//!   - productivity gap `p`, governance `g` (on `IH`), transition `t` (on
//!     `IH(1)`, once), ramp-up dip `δ` with extra effort `δ/(1−δ)` in full
//!     in years 1 and 2.
//! * Vendor running cost: `F·blended·(1+p)·(1+X(y))·G_X(y) + g·IH(y)`;
//!   one-time `t·IH(1)`.
//! * Captive centre at `X`: `own = seat(X) + w_X·a_X·rc`, onsite share
//!   `u/2` priced at in-house cost, gap `0.7·p`, fixed running cost `Φ`
//!   (default five in-house FTE), head-office governance `g_c`:
//!   `(F·blended_own·(1+p_c)·(1+X(y)) + Φ)·G_X(y) + g_c·IH(y)`; one-time
//!   `t·IH(1) + set-up`. Its minimum sensible size is the smallest `F` at
//!   which it costs less than a vendor at `X` at steady state.
//! * Hybrid moving share `s` to option `T`:
//!   `(1−s)·IH(y) + s·T_running(y) + s·c·IH(y)`, plus `s·T_transition` once.
//! * Steady state: the last year of the horizon without dip or transition.
//! * Money is nominal (wages grow); the default budget is in-house's
//!   steady-state yearly cost, so in-house itself just fits.

use serde::{Deserialize, Serialize};

use crate::domain::content::functions::default_pay;
use crate::domain::content::locations::{self, Location};
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{
    ByDistance, CostInputs, Field, Function, HybridTarget, LabourIndex, Moved, Targets, Uncertain,
};
use crate::domain::model::location_edits::{LocationFigures, LocationOverrides};
use crate::domain::model::options::SourcingOption;
use crate::domain::model::scenario::Scenario;
use crate::domain::model::time::TimeSettings;
use crate::domain::rules::timezones::overlap_minutes;

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
    /// What the ramp-up dip adds over the horizon (within `running`).
    pub ramp_up_extra: f64,
    /// Cost per year: running cost, plus the transition in year 1.
    pub yearly: Vec<f64>,
    /// Cumulative cost at the end of each year.
    pub cumulative: Vec<f64>,
    /// Cost of year 1, transition and dip included.
    pub year1: f64,
    /// The costliest year of the horizon (nominal, with wage growth).
    pub worst_year: f64,
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
    /// Whether year 1 (transition and dip included) is within the budget.
    pub fits_year1: bool,
    /// Whether the costliest year is within the budget.
    pub fits_worst_year: bool,
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
    /// The function the default pay follows.
    pub function: Function,
    /// Salary per FTE used.
    pub salary_per_fte: f64,
    /// Whether it came from the home preset (not typed by the user).
    pub salary_from_preset: bool,
    /// Where the default salary comes from (the words shown beside it).
    pub salary_origin: String,
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
    /// FTE of each option needed per in-house FTE at steady state: `1+p`.
    pub effort_per_fte: Moved<f64>,
    /// Working hours each option's place shares with home.
    pub overlap_hours: Moved<f64>,
    /// The captive centre's fixed running cost a year (year-1 prices).
    pub captive_fixed_cost: f64,
    /// Whether that is the default (five in-house FTE).
    pub captive_fixed_from_default: bool,
    /// The smallest team at which the captive centre costs less than a
    /// vendor in the same place at steady state; `None`: not up to 10,000 FTE.
    pub captive_min_size: Option<u32>,
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
            o.fits_year1 = o.year1 <= budget;
            o.fits_worst_year = o.worst_year <= budget;
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

impl Case {
    /// The other end when `flip` (for an input that lowers cost as it grows).
    fn flip_if(self, flip: bool) -> Case {
        match (self, flip) {
            (Case::Best, true) => Case::Worst,
            (Case::Worst, true) => Case::Best,
            (case, _) => case,
        }
    }
}

/// One option's series in one case.
struct Series {
    running: Vec<f64>,
    /// Extra cost of the ramp-up dip over the horizon.
    ramp_extra: f64,
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

/// Where one option's staff work, as the model needs it.
#[derive(Clone, Copy)]
struct Place {
    /// Local pay of the same work as a fraction of home pay.
    rel: f64,
    /// Employer on-cost there, as a fraction.
    oncost: f64,
    /// Whether the place is abroad (not home).
    abroad: bool,
    /// Share of the working day not shared with home, 0..1 (0 at home).
    distance: f64,
    /// Hours of the working day shared with home.
    overlap_hours: f64,
}

/// Figures fixed by locations and the home salary (not uncertain).
struct Context {
    fte: f64,
    salary: f64,
    home: Place,
    near: Place,
    off: Place,
    cap: Place,
}

fn frac(pct: f64) -> f64 {
    pct / 100.0
}

/// `(1+i)^(y−1)` for a 1-based year.
fn growth(inflation_pct: f64, year: u32) -> f64 {
    (1.0 + frac(inflation_pct)).powi(year.saturating_sub(1) as i32)
}

/// The captive centre's productivity gap as a share of a vendor's at the
/// same distance: own staff share your processes (assumption).
pub const CAPTIVE_GAP_SHARE: f64 = 0.7;
/// The captive centre's onsite share as a share of a vendor's (assumption).
pub const CAPTIVE_ONSITE_SHARE: f64 = 0.5;
/// The default fixed running cost of a captive centre, in in-house FTE at
/// their fully loaded cost (assumption; `Field::CaptiveFixedCost`).
pub const CAPTIVE_FIXED_IN_FTE: f64 = 5.0;
/// Working hours a year, for the price per hour (assumption).
pub const HOURS_PER_YEAR: f64 = 1_800.0;

/// Per-FTE figures of one case, in year-1 prices, and the distance costs of
/// each moved option.
struct Rates {
    /// In-house fully loaded cost per FTE.
    in_house: f64,
    /// Price of a vendor FTE at its location (domestic, nearshore,
    /// offshore), cost of an own FTE in the captive centre.
    price: Moved<f64>,
    /// The price blended with onsite work at home.
    blended: Moved<f64>,
    /// Lasting extra effort for the same output (fraction).
    gap: Moved<f64>,
    /// Governance at home (fraction of the in-house cost of the work).
    governance: Moved<f64>,
    /// One-time transition (fraction of one year's in-house cost).
    transition: Moved<f64>,
    /// Ramp-up dip in years 1 and 2 (fraction).
    dip: Moved<f64>,
    /// The captive centre's fixed running cost a year.
    fixed: f64,
    /// Price of a vendor at the captive centre's place, blended and with
    /// its gap and governance: for the captive's minimum size.
    vendor_at_captive_per_fte: f64,
}

fn rates(inp: &CostInputs, ctx: &Context, case: Case) -> Rates {
    let ben = frac(inp.other_overhead_pct);
    let k = inp.seat_cost;
    let v = frac(inp.vendor_overhead_pct);
    let m = frac(inp.vendor_margin_pct);
    let a_home = frac(inp.attrition_pct.pick(case));
    let a_cap = frac(inp.captive_attrition_pct.pick(case));
    let rc = frac(inp.replacement_cost_pct);
    let w = ctx.salary;
    // One seat at a place: local pay, on-cost, benefits, then the workplace.
    let seat = |pl: &Place| w * pl.rel * (1.0 + pl.oncost) * (1.0 + ben) + k;
    let in_house = seat(&ctx.home) + w * a_home * rc;
    let price = |pl: &Place| seat(pl) * (1.0 + v) * (1.0 + m);
    // A cost that follows distance: the domestic value at home, else from
    // the same-hours value to the no-overlap value.
    let by = |b: &ByDistance, pl: &Place| {
        if pl.abroad {
            let (near, far) = (b.same_hours.pick(case), b.no_overlap.pick(case));
            frac(near + (far - near) * pl.distance)
        } else {
            frac(b.domestic.pick(case))
        }
    };
    // Onsite work raises the cost only where home is dearer than the place;
    // where the place is dearer, its best case is the high end, so the band
    // still brackets the central line.
    let onsite = |pl: &Place, dearer_abroad: bool| {
        if !pl.abroad {
            return 0.0;
        }
        let b = &inp.onsite_share_pct;
        let (near, far) = (
            b.same_hours.pick(case.flip_if(dearer_abroad)),
            b.no_overlap.pick(case.flip_if(dearer_abroad)),
        );
        frac(near + (far - near) * pl.distance) * inp.function.onsite_factor()
    };
    let home_price = price(&ctx.home);
    let vendor_blended = |pl: &Place| {
        let u = onsite(pl, price(pl) > home_price);
        (1.0 - u) * price(pl) + u * home_price
    };
    let own = seat(&ctx.cap) + w * ctx.cap.rel * a_cap * rc;
    let u_cap = CAPTIVE_ONSITE_SHARE * onsite(&ctx.cap, own > in_house);
    let gap_cap = CAPTIVE_GAP_SHARE * by(&inp.productivity_gap, &ctx.cap);
    let gov_cap = frac(inp.captive_governance_pct.pick(case));
    let fixed = inp
        .captive_fixed_cost
        .unwrap_or(CAPTIVE_FIXED_IN_FTE * in_house);
    let vendor_at_captive_per_fte = vendor_blended(&ctx.cap)
        * (1.0 + by(&inp.productivity_gap, &ctx.cap))
        + by(&inp.governance, &ctx.cap) * in_house;
    Rates {
        in_house,
        price: Moved {
            domestic: home_price,
            nearshore: price(&ctx.near),
            offshore: price(&ctx.off),
            captive: own,
        },
        blended: Moved {
            domestic: home_price,
            nearshore: vendor_blended(&ctx.near),
            offshore: vendor_blended(&ctx.off),
            captive: (1.0 - u_cap) * own + u_cap * in_house,
        },
        gap: Moved {
            domestic: by(&inp.productivity_gap, &ctx.home),
            nearshore: by(&inp.productivity_gap, &ctx.near),
            offshore: by(&inp.productivity_gap, &ctx.off),
            captive: gap_cap,
        },
        governance: Moved {
            domestic: by(&inp.governance, &ctx.home),
            nearshore: by(&inp.governance, &ctx.near),
            offshore: by(&inp.governance, &ctx.off),
            captive: gov_cap,
        },
        transition: Moved {
            domestic: by(&inp.transition, &ctx.home),
            nearshore: by(&inp.transition, &ctx.near),
            offshore: by(&inp.transition, &ctx.off),
            captive: by(&inp.transition, &ctx.cap),
        },
        dip: Moved {
            domestic: by(&inp.dip, &ctx.home),
            nearshore: by(&inp.dip, &ctx.near),
            offshore: by(&inp.dip, &ctx.off),
            captive: by(&inp.dip, &ctx.cap),
        },
        fixed,
        vendor_at_captive_per_fte,
    }
}

/// The series of all six options for one case.
fn compute(inp: &CostInputs, ctx: &Context, case: Case) -> [Series; 6] {
    let n = inp.horizon_years;
    let r = rates(inp, ctx, case);
    // With efficiency 1−d the same output needs 1/(1−d) of the effort:
    // d/(1−d) extra, in full in years 1 and 2 (Meta Group: the first two
    // years). d ≤ 0.75 after sanitising, so this is at most 3.
    let extra = |d: f64, year: u32| {
        if year <= 2 {
            d / (1.0 - d)
        } else {
            0.0
        }
    };
    let i_home = inp.home_inflation_pct.pick(case);

    // In-house.
    let ih_base = ctx.fte * r.in_house;
    let ih = |y: u32| ih_base * growth(i_home, y);
    let in_house = Series {
        running: (1..=n).map(ih).collect(),
        ramp_extra: 0.0,
        one_time: 0.0,
        steady: ih(n),
    };
    // Transition costs are a fraction of the first year's in-house cost.
    let ih1 = ih_base;

    // A moved option: the work (blended price × effort × dip, growing with
    // the place's wages), a fixed cost growing alike, and governance on the
    // in-house cost of the work.
    let moved =
        |blended: f64, gap: f64, dip: f64, fixed: f64, inflation: f64, gov: f64, once: f64| {
            let work = ctx.fte * blended * (1.0 + gap);
            Series {
                running: (1..=n)
                    .map(|y| {
                        (work * (1.0 + extra(dip, y)) + fixed) * growth(inflation, y) + gov * ih(y)
                    })
                    .collect(),
                ramp_extra: (1..=n)
                    .map(|y| work * extra(dip, y) * growth(inflation, y))
                    .sum(),
                one_time: once,
                steady: (work + fixed) * growth(inflation, n) + gov * ih(n),
            }
        };
    let ti = &inp.target_inflation_pct;
    let (b, g, gov, t, d) = (&r.blended, &r.gap, &r.governance, &r.transition, &r.dip);
    // A domestic vendor pays home wages and grows with them.
    let domestic = moved(
        b.domestic,
        g.domestic,
        d.domestic,
        0.0,
        i_home,
        gov.domestic,
        t.domestic * ih1,
    );
    let nearshore = moved(
        b.nearshore,
        g.nearshore,
        d.nearshore,
        0.0,
        ti.nearshore.pick(case),
        gov.nearshore,
        t.nearshore * ih1,
    );
    let offshore = moved(
        b.offshore,
        g.offshore,
        d.offshore,
        0.0,
        ti.offshore.pick(case),
        gov.offshore,
        t.offshore * ih1,
    );
    let captive = moved(
        b.captive,
        g.captive,
        d.captive,
        r.fixed,
        ti.captive.pick(case),
        gov.captive,
        t.captive * ih1 + inp.captive_setup,
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
        ramp_extra: s * target.ramp_extra,
        one_time: s * target.one_time,
        steady: (1.0 - s) * in_house.steady + s * target.steady + s * c * in_house.steady,
    };
    [in_house, domestic, nearshore, offshore, captive, hybrid]
}

/// The smallest whole team at which a captive centre's steady-state cost
/// falls below a vendor's at the same place (`None`: not below 10,000 FTE,
/// or never). Both costs grow linearly with the team, the captive's from
/// its fixed running cost, so the crossing is found directly.
fn captive_min_size(inp: &CostInputs, ctx: &Context) -> Option<u32> {
    let r = rates(inp, ctx, Case::Central);
    let captive_per_fte =
        r.blended.captive * (1.0 + r.gap.captive) + r.governance.captive * r.in_house;
    let advantage = r.vendor_at_captive_per_fte - captive_per_fte;
    if advantage <= 0.0 {
        return None;
    }
    // Fixed cost and the work grow alike, so year-1 prices decide.
    let size = (r.fixed / advantage).floor() + 1.0;
    (size <= Field::Fte.spec().max).then_some(size.max(1.0) as u32)
}

/// Projects every option over the horizon with the default working day.
/// Inputs are sanitised first (see [`CostInputs::sanitized`]), so any
/// inputs give finite, non-negative costs.
pub fn project(inputs: &CostInputs, overrides: &LocationOverrides) -> Projection {
    project_with_time(inputs, overrides, &TimeSettings::default())
}

/// Projects a scenario: its cost inputs, location edits and working day.
pub fn project_scenario(s: &Scenario) -> Projection {
    project_with_time(&s.cost, &s.location_edits, &s.time)
}

/// Projects every option over the horizon; distance costs follow the
/// working hours each place shares with home under `time`.
pub fn project_with_time(
    inputs: &CostInputs,
    overrides: &LocationOverrides,
    time: &TimeSettings,
) -> Projection {
    let inp = inputs.sanitized();
    let time = if time.validate().is_ok() {
        time.clone()
    } else {
        TimeSettings::default()
    };
    let day = f64::from(time.length().max(1));
    let figures = |id: LocationId| -> (&'static Location, LocationFigures) {
        let loc = locations::get(id);
        (loc, overrides.figures(loc))
    };
    let (home_loc, home) = figures(inp.home);
    let (near_loc, near) = figures(inp.targets.nearshore);
    let (off_loc, off) = figures(inp.targets.offshore);
    let (cap_loc, cap) = figures(inp.targets.captive);

    let pay = default_pay(inp.function, home_loc, &home, inp.labour_index);
    // The cited pay is in US dollars: converted at the scenario's rate
    // (exactly 1 for USD, so a USD scenario's figures do not move).
    let salary = inp.salary_per_fte.unwrap_or_else(|| {
        let salary = Field::Salary.spec();
        salary.clamp(pay.salary * inp.usd_scale(), salary.min)
    });
    let home_oncost_pct = inp.employer_oncost_pct.unwrap_or(home.employer_oncost_pct);
    let rel = |t: &LocationFigures| relative_cost_between(&home, t, inp.labour_index);
    let place = |loc: &'static Location, f: &LocationFigures| {
        let abroad = loc.id != home_loc.id;
        let overlap = f64::from(overlap_minutes(home_loc, loc, &time).max(0));
        Place {
            rel: rel(f),
            oncost: frac(f.employer_oncost_pct),
            abroad,
            distance: if abroad {
                (1.0 - overlap / day).clamp(0.0, 1.0)
            } else {
                0.0
            },
            overlap_hours: overlap / 60.0,
        }
    };
    let ctx = Context {
        fte: inp.fte,
        salary,
        home: Place {
            rel: 1.0,
            oncost: frac(home_oncost_pct),
            abroad: false,
            distance: 0.0,
            overlap_hours: day / 60.0,
        },
        near: place(near_loc, &near),
        off: place(off_loc, &off),
        cap: place(cap_loc, &cap),
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
            let yearly = series.yearly();
            let year1 = yearly.first().copied().unwrap_or(0.0);
            let worst_year = yearly.iter().copied().fold(0.0, f64::max);
            OptionProjection {
                option,
                location: where_done(option),
                running: series.running.clone(),
                one_time: series.one_time,
                ramp_up_extra: series.ramp_extra,
                year1,
                worst_year,
                yearly,
                steady_state: series.steady,
                total,
                savings,
                savings_pct,
                break_even,
                fits_budget: series.steady <= budget,
                fits_year1: year1 <= budget,
                fits_worst_year: worst_year <= budget,
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

    let r = &central_rates;
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
            function: inp.function,
            salary_per_fte: salary,
            salary_from_preset: inp.salary_per_fte.is_none(),
            salary_origin: pay.origin,
            home_oncost_pct,
            oncost_from_preset: inp.employer_oncost_pct.is_none(),
            relative_cost: Targets {
                nearshore: ctx.near.rel,
                offshore: ctx.off.rel,
                captive: ctx.cap.rel,
            },
            target_oncost_pct: Targets {
                nearshore: near.employer_oncost_pct,
                offshore: off.employer_oncost_pct,
                captive: cap.employer_oncost_pct,
            },
            labour_index: inp.labour_index,
            in_house_year1,
            in_house_per_fte: r.in_house,
            price_per_fte: r.price.clone(),
            effort_per_fte: Moved {
                domestic: 1.0 + r.gap.domestic,
                nearshore: 1.0 + r.gap.nearshore,
                offshore: 1.0 + r.gap.offshore,
                captive: 1.0 + r.gap.captive,
            },
            overlap_hours: Moved {
                domestic: ctx.home.overlap_hours,
                nearshore: ctx.near.overlap_hours,
                offshore: ctx.off.overlap_hours,
                captive: ctx.cap.overlap_hours,
            },
            captive_fixed_cost: r.fixed,
            captive_fixed_from_default: inp.captive_fixed_cost.is_none(),
            captive_min_size: captive_min_size(&inp, &ctx),
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
