//! The cost model: what each sourcing option costs year by year, when it
//! pays off against in-house, and what fits an annual budget.
//!
//! Deterministic and pure: [`project`] turns [`CostInputs`] and the
//! scenario's [`LocationOverrides`] into a [`Projection`]. Every input has a
//! documented default, unit and allowed range ([`Field::spec`]), and the
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

use crate::domain::content::locations::{
    self, relative_cost_between, LabourIndex, Location, LocationFigures, LocationOverrides,
};
use crate::domain::model::options::SourcingOption;

// ---------------------------------------------------------------------------
// Input building blocks
// ---------------------------------------------------------------------------

/// An uncertain assumption: the value used, and the low and high ends that
/// build the best/worst band. Every uncertain assumption raises cost as it
/// grows, so the low end gives the best case and the high end the worst.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Uncertain {
    /// The value the projection uses.
    pub value: f64,
    /// The optimistic end (lowest cost).
    pub low: f64,
    /// The pessimistic end (highest cost).
    pub high: f64,
}

impl Uncertain {
    /// A value with its low and high ends.
    pub const fn new(value: f64, low: f64, high: f64) -> Self {
        Uncertain { value, low, high }
    }

    /// A value with no spread.
    pub const fn fixed(value: f64) -> Self {
        Uncertain {
            value,
            low: value,
            high: value,
        }
    }

    /// The best-case end. Taking the minimum with the value keeps the band
    /// around the central line even when the user typed the ends the wrong way round.
    pub fn best(&self) -> f64 {
        self.low.min(self.high).min(self.value)
    }

    /// The worst-case end.
    pub fn worst(&self) -> f64 {
        self.high.max(self.low).max(self.value)
    }

    fn pick(&self, case: Case) -> f64 {
        match case {
            Case::Central => self.value,
            Case::Best => self.best(),
            Case::Worst => self.worst(),
        }
    }

    fn clamped(self, spec: &FieldSpec, default: Uncertain) -> Uncertain {
        Uncertain {
            value: spec.clamp(self.value, default.value),
            low: spec.clamp(self.low, default.low),
            high: spec.clamp(self.high, default.high),
        }
    }
}

/// One value per target location slot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Targets<T> {
    pub nearshore: T,
    pub offshore: T,
    pub captive: T,
}

/// One value per option that moves work away from in-house staff.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Moved<T> {
    pub domestic: T,
    pub nearshore: T,
    pub offshore: T,
    pub captive: T,
}

/// Where the hybrid option sends its moved share.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HybridTarget {
    Domestic,
    Nearshore,
    #[default]
    Offshore,
    Captive,
}

impl HybridTarget {
    /// Every target, in display order.
    pub const ALL: [HybridTarget; 4] = [
        HybridTarget::Domestic,
        HybridTarget::Nearshore,
        HybridTarget::Offshore,
        HybridTarget::Captive,
    ];

    /// The option the moved share follows.
    pub fn option(self) -> SourcingOption {
        match self {
            HybridTarget::Domestic => SourcingOption::Domestic,
            HybridTarget::Nearshore => SourcingOption::Nearshore,
            HybridTarget::Offshore => SourcingOption::Offshore,
            HybridTarget::Captive => SourcingOption::Captive,
        }
    }
}

// ---------------------------------------------------------------------------
// Fields: units, ranges, validation
// ---------------------------------------------------------------------------

/// The unit of an input field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Unit {
    /// Full-time equivalents.
    Fte,
    /// Money in the scenario's currency per year.
    MoneyPerYear,
    /// Money in the scenario's currency per FTE per year.
    MoneyPerFtePerYear,
    /// Percent.
    Percent,
    /// Percent per year.
    PercentPerYear,
    /// Whole years.
    Years,
}

impl Unit {
    /// The unit as shown beside a field.
    pub fn label(self) -> &'static str {
        match self {
            Unit::Fte => "FTE",
            Unit::MoneyPerYear => "per year",
            Unit::MoneyPerFtePerYear => "per FTE per year",
            Unit::Percent => "%",
            Unit::PercentPerYear => "% per year",
            Unit::Years => "years",
        }
    }
}

/// Label, unit and allowed range (inclusive) of a numeric input.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct FieldSpec {
    pub label: &'static str,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    /// Only whole numbers are allowed.
    pub whole: bool,
}

impl FieldSpec {
    /// `value` forced into range; a non-finite value becomes `default`.
    pub fn clamp(&self, value: f64, default: f64) -> f64 {
        if value.is_finite() {
            let v = value.clamp(self.min, self.max);
            if self.whole {
                v.round()
            } else {
                v
            }
        } else {
            default
        }
    }
}

/// Team size: 0.5 to 10,000 FTE.
pub const FTE: FieldSpec = FieldSpec {
    label: "Team size",
    unit: Unit::Fte,
    min: 0.5,
    max: 10_000.0,
    whole: false,
};
/// Gross in-house salary per FTE, in the scenario's currency (wide enough for JPY and INR).
pub const SALARY: FieldSpec = FieldSpec {
    label: "In-house salary per FTE",
    unit: Unit::MoneyPerFtePerYear,
    min: 100.0,
    max: 1_000_000_000.0,
    whole: false,
};
/// Employer on-cost, % of gross pay.
pub const EMPLOYER_ONCOST: FieldSpec = FieldSpec {
    label: "Employer on-cost",
    unit: Unit::Percent,
    min: 0.0,
    max: 100.0,
    whole: false,
};
/// Other overhead (facilities, IT, benefits), % of pay plus on-cost.
pub const OTHER_OVERHEAD: FieldSpec = FieldSpec {
    label: "Other overhead",
    unit: Unit::Percent,
    min: 0.0,
    max: 200.0,
    whole: false,
};
/// Vendor margin on its costs.
pub const VENDOR_MARGIN: FieldSpec = FieldSpec {
    label: "Vendor margin",
    unit: Unit::Percent,
    min: 0.0,
    max: 200.0,
    whole: false,
};
/// Effort a specialist vendor saves through scale and tooling, % fewer FTE
/// for the same work (vendors only, not a captive centre).
pub const VENDOR_EFFICIENCY: FieldSpec = FieldSpec {
    label: "Vendor efficiency",
    unit: Unit::Percent,
    min: 0.0,
    max: 50.0,
    whole: false,
};
/// What a vendor (or a captive centre) carries on top of local pay and
/// employer on-cost, % of pay plus on-cost.
pub const DELIVERY_OVERHEAD: FieldSpec = FieldSpec {
    label: "Delivery overhead",
    unit: Unit::Percent,
    min: 0.0,
    max: 500.0,
    whole: false,
};
/// Lasting extra effort for the same output because of distance, %.
pub const PRODUCTIVITY_GAP: FieldSpec = FieldSpec {
    label: "Productivity gap",
    unit: Unit::Percent,
    min: 0.0,
    max: 100.0,
    whole: false,
};
/// Management and governance overhead of the retained organisation, % of
/// the in-house cost of the moved work.
pub const GOVERNANCE: FieldSpec = FieldSpec {
    label: "Governance overhead",
    unit: Unit::Percent,
    min: 0.0,
    max: 100.0,
    whole: false,
};
/// Hybrid coordination overhead, % of the moved share's in-house cost.
pub const HYBRID_COORDINATION: FieldSpec = FieldSpec {
    label: "Hybrid coordination overhead",
    unit: Unit::Percent,
    min: 0.0,
    max: 100.0,
    whole: false,
};
/// One-time transition cost, % of one year's in-house cost.
pub const TRANSITION: FieldSpec = FieldSpec {
    label: "Transition cost",
    unit: Unit::Percent,
    min: 0.0,
    max: 300.0,
    whole: false,
};
/// Productivity dip while ramping up, % lower efficiency. Below 100 so the
/// extra effort d/(1−d) stays finite (75 % means four times the effort).
pub const PRODUCTIVITY_DIP: FieldSpec = FieldSpec {
    label: "Productivity dip",
    unit: Unit::Percent,
    min: 0.0,
    max: 75.0,
    whole: false,
};
/// Share of the dip still felt in year 2.
pub const DIP_SECOND_YEAR: FieldSpec = FieldSpec {
    label: "Dip left in year 2",
    unit: Unit::Percent,
    min: 0.0,
    max: 100.0,
    whole: false,
};
/// Staff leaving each year.
pub const ATTRITION: FieldSpec = FieldSpec {
    label: "Attrition",
    unit: Unit::PercentPerYear,
    min: 0.0,
    max: 100.0,
    whole: false,
};
/// Cost of replacing one leaver, % of a year's salary.
pub const REPLACEMENT_COST: FieldSpec = FieldSpec {
    label: "Replacement cost per leaver",
    unit: Unit::Percent,
    min: 0.0,
    max: 300.0,
    whole: false,
};
/// Wage growth; negative allowed (wage cuts or a falling currency).
pub const WAGE_INFLATION: FieldSpec = FieldSpec {
    label: "Wage inflation",
    unit: Unit::PercentPerYear,
    min: -20.0,
    max: 50.0,
    whole: false,
};
/// Share of the work the hybrid option moves out.
pub const HYBRID_SHARE: FieldSpec = FieldSpec {
    label: "Hybrid share moved out",
    unit: Unit::Percent,
    min: 0.0,
    max: 100.0,
    whole: false,
};
/// Years projected.
pub const HORIZON: FieldSpec = FieldSpec {
    label: "Horizon",
    unit: Unit::Years,
    min: 1.0,
    max: 10.0,
    whole: true,
};
/// Annual budget in the scenario's currency.
pub const BUDGET: FieldSpec = FieldSpec {
    label: "Annual budget",
    unit: Unit::MoneyPerYear,
    min: 0.0,
    max: 1_000_000_000_000.0,
    whole: false,
};

/// A numeric input of the cost model, for validation and labels. Fields
/// with a low/high end (governance, transition, …) check each end against
/// the same range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Fte,
    Salary,
    EmployerOnCost,
    OtherOverhead,
    VendorMargin,
    VendorEfficiency,
    DeliveryOverhead,
    Governance,
    HybridCoordination,
    Transition,
    ProductivityGap,
    ProductivityDip,
    DipSecondYear,
    Attrition,
    ReplacementCost,
    WageInflation,
    HybridShare,
    Horizon,
    Budget,
}

impl Field {
    /// Every numeric field.
    pub const ALL: [Field; 19] = [
        Field::Fte,
        Field::Salary,
        Field::EmployerOnCost,
        Field::OtherOverhead,
        Field::VendorMargin,
        Field::VendorEfficiency,
        Field::DeliveryOverhead,
        Field::Governance,
        Field::HybridCoordination,
        Field::Transition,
        Field::ProductivityGap,
        Field::ProductivityDip,
        Field::DipSecondYear,
        Field::Attrition,
        Field::ReplacementCost,
        Field::WageInflation,
        Field::HybridShare,
        Field::Horizon,
        Field::Budget,
    ];

    /// Label, unit and range.
    pub fn spec(self) -> &'static FieldSpec {
        match self {
            Field::Fte => &FTE,
            Field::Salary => &SALARY,
            Field::EmployerOnCost => &EMPLOYER_ONCOST,
            Field::OtherOverhead => &OTHER_OVERHEAD,
            Field::VendorMargin => &VENDOR_MARGIN,
            Field::VendorEfficiency => &VENDOR_EFFICIENCY,
            Field::DeliveryOverhead => &DELIVERY_OVERHEAD,
            Field::ProductivityGap => &PRODUCTIVITY_GAP,
            Field::Governance => &GOVERNANCE,
            Field::HybridCoordination => &HYBRID_COORDINATION,
            Field::Transition => &TRANSITION,
            Field::ProductivityDip => &PRODUCTIVITY_DIP,
            Field::DipSecondYear => &DIP_SECOND_YEAR,
            Field::Attrition => &ATTRITION,
            Field::ReplacementCost => &REPLACEMENT_COST,
            Field::WageInflation => &WAGE_INFLATION,
            Field::HybridShare => &HYBRID_SHARE,
            Field::Horizon => &HORIZON,
            Field::Budget => &BUDGET,
        }
    }

    /// Where the default comes from: a cited source, or an honest "planning
    /// assumption" when SOURCES.md has nothing to lean on.
    pub fn default_note(self) -> &'static str {
        match self {
            Field::Fte => "Planning default; enter the size of your team.",
            Field::Salary => {
                "Default: the home location's median developer pay (Stack Overflow Developer Survey 2024, USD). \
                 Enter your own gross salary, in the scenario's currency."
            }
            Field::EmployerOnCost => {
                "Default: the home location's statutory employer contributions \
                 (national social-security sources 2020–2025)."
            }
            Field::OtherOverhead => {
                "Planning assumption for facilities, IT and benefits; no cited source."
            }
            Field::VendorMargin => {
                "Planning assumption; no cited source: the vendor's profit on its costs. \
                 Vendor quotes replace it."
            }
            Field::VendorEfficiency => {
                "Planning assumption; no cited source: a specialist vendor's scale, tooling and reuse \
                 let it do the same work with fewer people (vendors only, not a captive centre). \
                 At 20 % a domestic vendor lands near in-house cost although it adds a margin, \
                 and a third-party offshore vendor comes out a little cheaper than a captive centre \
                 in the same place, as Everest (2007) found (typically 5–15 % cheaper)."
            }
            Field::DeliveryOverhead => {
                "Planning assumption; no cited source. Vendor rates are a multiple of local pay: on top \
                 of pay and employer on-cost a service firm carries benefits, facilities, IT, bench, \
                 management, training, sales and onsite coordination. Price per vendor FTE = local pay \
                 × (1 + on-cost) × (1 + this) × (1 + margin); the Assumptions panel shows the result, \
                 so check it against quotes. It is higher where pay is low: equipment, software, \
                 travel and client-side staff cost much the same everywhere, and a vendor's team is \
                 more senior than the survey median. Domestic is about your own other overhead. \
                 For a captive centre it is the centre's own overhead (facilities, local management, \
                 HR, legal, compliance, no vendor scale), set so that a third-party vendor in the same \
                 place is about 8 % cheaper at steady state (Everest 2007: 5–15 % cheaper)."
            }
            Field::ProductivityGap => {
                "Lasting extra effort for the same output because of distance: communication, time \
                 zones, culture, rework. Leans on CIO Magazine (2003): cultural and productivity costs \
                 3–27 %. Per-option values are planning assumptions within that range; a captive \
                 centre's own staff share your processes, so it is set below an offshore vendor's."
            }
            Field::Governance => {
                "The retained organisation that manages the moved work (contract and vendor management, \
                 oversight), as % of what that work costs in-house, not of the vendor's price. Planning \
                 assumption leaning on CIO Magazine (2003): vendor selection alone is 0.2–2 % of contract \
                 value a year. It grows with distance; a captive centre needs the most, as you also run \
                 its entity, people and compliance."
            }
            Field::HybridCoordination => {
                "Planning assumption: the extra cost of splitting one function between two teams, \
                 as % of the moved share's in-house cost, at the low end of CIO Magazine's (2003) \
                 3–27 % cultural and productivity costs."
            }
            Field::Transition => {
                "Planning assumption, % of one year's in-house cost: parallel running while knowledge \
                 is transferred (three months of the in-house team is 25 %), severance and retention, \
                 vendor selection and contracts. CIO Magazine (2003) puts vendor selection at 0.2–2 % \
                 of contract value a year and layoffs and retention at 3–5 %; a captive centre adds \
                 entity set-up, local recruiting and fit-out."
            }
            Field::ProductivityDip => {
                "Meta Group, quoted by CIO Magazine (2003): about 20 % lower efficiency in the first two \
                 years of offshore work: the offshore and captive default. Nearshore and domestic are \
                 set lower (planning assumption: less distance to bridge). The extra effort is \
                 dip / (1 − dip), 25 % more for a 20 % dip, on top of the lasting productivity gap."
            }
            Field::DipSecondYear => {
                "Assumption: half of the dip is left in year 2 as the team ramps up \
                 (Meta Group's figure covers two years; set 100 % to apply it fully)."
            }
            Field::Attrition => {
                "Planning assumption; no cited source. Applies to your own staff (in-house and a \
                 captive centre); a vendor's turnover is part of its delivery overhead. Turnover was \
                 the main factor delaying break-even in Šmite & van Solingen (IEEE Software)."
            }
            Field::ReplacementCost => {
                "Planning assumption (recruiting, onboarding, lost output); no cited source."
            }
            Field::WageInflation => {
                "Planning assumption; no cited source. Lower-cost locations are set to rise faster, \
                 which narrows the gap over time."
            }
            Field::HybridShare => "Your choice: how much of the work leaves the in-house team.",
            Field::Horizon => {
                "Default 5 years: offshore work took about 5 years to break even \
                 (Šmite & van Solingen, IEEE Software)."
            }
            Field::Budget => {
                "Defaults to in-house's steady-state yearly cost (the last year of the horizon), \
                 so in-house itself just fits. Type your real budget."
            }
        }
    }

    /// The default value(s) of the field as text, built from the constants
    /// the model uses, e.g. "domestic 4 % (2–6), nearshore 7 % (4–10), …".
    pub fn default_summary(self) -> String {
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
        match self {
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
}

/// Checks one typed value against its field's range. The error is a
/// sentence for the user; the last good value should stay in place.
pub fn validate_field(field: Field, value: f64) -> Result<f64, String> {
    let spec = field.spec();
    if !value.is_finite() {
        return Err(format!("{} must be a number.", spec.label));
    }
    if value < 0.0 && spec.min >= 0.0 {
        return Err(format!("{} cannot be negative.", spec.label));
    }
    if spec.whole && value.fract() != 0.0 {
        return Err(format!(
            "{} must be a whole number of {} from {} to {}.",
            spec.label,
            spec.unit.label(),
            plain(spec.min),
            plain(spec.max)
        ));
    }
    if value < spec.min || value > spec.max {
        let unit = match spec.unit {
            // Money is in the scenario's currency, which this check does not know.
            Unit::MoneyPerYear | Unit::MoneyPerFtePerYear => String::new(),
            u => format!(" {}", u.label()),
        };
        return Err(format!(
            "{} must be between {} and {}{unit}.",
            spec.label,
            plain(spec.min),
            plain(spec.max)
        ));
    }
    Ok(value)
}

/// Reads a typed value ("1,200", "25 %", " 3.5 ") and checks it.
pub fn parse_field(field: Field, text: &str) -> Result<f64, String> {
    let spec = field.spec();
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if cleaned.is_empty() {
        return Err(format!("{} is empty: enter a number.", spec.label));
    }
    match cleaned.parse::<f64>() {
        Ok(v) => validate_field(field, v),
        Err(_) => Err(format!("{} must be a number.", spec.label)),
    }
}

/// Checks a currency code: three letters, such as "USD".
pub fn validate_currency(code: &str) -> Result<String, String> {
    let code = code.trim().to_ascii_uppercase();
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(code)
    } else {
        Err("Currency must be a three-letter code such as USD, EUR or INR.".into())
    }
}

/// A number with thousands separators and no needless decimals.
fn plain(x: f64) -> String {
    decimal_text(x, 4)
}

/// A number with thousands separators, at most `max_decimals` decimals and
/// no trailing zeros: "1,234.5", "0.25", "-3". Built from integers (no float
/// formatting code in the wasm); "—" for NaN and infinity.
pub fn decimal_text(x: f64, max_decimals: u32) -> String {
    if !x.is_finite() {
        return "—".into();
    }
    let scale = 10u128.pow(max_decimals.min(9));
    // `as` saturates, so even absurd values cannot panic.
    let n = (x.abs() * scale as f64).round() as u128;
    let (whole, mut frac) = (n / scale, n % scale);
    let mut out = String::new();
    if x < 0.0 && n != 0 {
        out.push('-');
    }
    out.push_str(&group_digits(&whole.to_string(), ",", false));
    if frac != 0 {
        let mut digits = max_decimals.min(9) as usize;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let f = frac.to_string();
        out.push('.');
        out.push_str(&"0".repeat(digits - f.len()));
        out.push_str(&f);
    }
    out
}

// ---------------------------------------------------------------------------
// The inputs
// ---------------------------------------------------------------------------

/// Default currency code.
pub const DEFAULT_CURRENCY: &str = "USD";
/// Default team size, FTE.
pub const DEFAULT_FTE: f64 = 20.0;
/// Default other overhead, %.
pub const DEFAULT_OTHER_OVERHEAD_PCT: f64 = 20.0;
/// Default nearshore target: for a US home, Mexico shares working hours (UTC−6).
pub const DEFAULT_NEARSHORE: &str = "mexico";
/// Default offshore target: India, Kearney GSLI 2023 rank 1.
pub const DEFAULT_OFFSHORE: &str = "india";
/// Default captive target: India as well. It is Kearney GSLI 2023 rank 1, its
/// pay figure rests on 819 respondents (the Philippines has 48, a small
/// sample), and putting the captive where the offshore vendor is compares
/// "own centre vs vendor" in the same place.
pub const DEFAULT_CAPTIVE: &str = "india";
/// Default vendor margin on its costs, % (planning assumption).
pub const DEFAULT_VENDOR_MARGIN_PCT: f64 = 25.0;
/// Default vendor efficiency, % fewer FTE for the same work (planning
/// assumption): lets a domestic vendor's scale offset most of its margin.
pub const DEFAULT_VENDOR_EFFICIENCY_PCT: f64 = 20.0;
/// Default delivery overhead on top of local pay and on-cost, % (value,
/// low, high). Planning assumption for the vendors; the captive value is set
/// so that, with the other defaults, the offshore vendor is about 8 %
/// cheaper than a captive in the same place at steady state (Everest 2007:
/// a vendor is typically 5–15 % cheaper).
pub const DEFAULT_DELIVERY_OVERHEAD: Moved<Uncertain> = Moved {
    domestic: Uncertain::new(20.0, 10.0, 40.0),
    nearshore: Uncertain::new(150.0, 80.0, 250.0),
    offshore: Uncertain::new(240.0, 150.0, 350.0),
    captive: Uncertain::new(270.0, 170.0, 380.0),
};
/// Default lasting productivity gap, % more effort for the same output
/// (within CIO Magazine 2003's 3–27 % cultural and productivity costs).
pub const DEFAULT_PRODUCTIVITY_GAP: Moved<Uncertain> = Moved {
    domestic: Uncertain::new(0.0, 0.0, 5.0),
    nearshore: Uncertain::new(10.0, 3.0, 20.0),
    offshore: Uncertain::new(20.0, 10.0, 27.0),
    captive: Uncertain::new(15.0, 5.0, 27.0),
};
/// Default governance overhead per option, % of the moved work's in-house
/// cost (value, low, high). Planning assumption leaning on CIO Magazine 2003.
pub const DEFAULT_GOVERNANCE: Moved<Uncertain> = Moved {
    domestic: Uncertain::new(4.0, 2.0, 6.0),
    nearshore: Uncertain::new(7.0, 4.0, 10.0),
    offshore: Uncertain::new(10.0, 6.0, 15.0),
    captive: Uncertain::new(12.0, 8.0, 18.0),
};
/// Default hybrid coordination overhead, % of the moved share's in-house cost.
pub const DEFAULT_HYBRID_COORDINATION: Uncertain = Uncertain::new(5.0, 3.0, 10.0);
/// Default one-time transition cost, % of one year's in-house cost
/// (parallel running, severance, selection; captive adds set-up).
pub const DEFAULT_TRANSITION: Moved<Uncertain> = Moved {
    domestic: Uncertain::new(10.0, 5.0, 20.0),
    nearshore: Uncertain::new(35.0, 20.0, 50.0),
    offshore: Uncertain::new(50.0, 30.0, 75.0),
    captive: Uncertain::new(75.0, 50.0, 110.0),
};
/// Default ramp-up dip per option, % lower efficiency (Meta Group via CIO
/// Magazine 2003: about 20 % for offshore; less for nearer options).
pub const DEFAULT_DIP: Moved<Uncertain> = Moved {
    domestic: Uncertain::new(10.0, 5.0, 20.0),
    nearshore: Uncertain::new(15.0, 10.0, 25.0),
    offshore: Uncertain::new(20.0, 10.0, 30.0),
    captive: Uncertain::new(20.0, 10.0, 30.0),
};
/// Default share of the dip left in year 2, %.
pub const DEFAULT_DIP_SECOND_YEAR_PCT: f64 = 50.0;
/// Default attrition, % a year.
pub const DEFAULT_ATTRITION: Uncertain = Uncertain::new(13.0, 8.0, 20.0);
/// Default replacement cost per leaver, % of salary.
pub const DEFAULT_REPLACEMENT_COST_PCT: f64 = 50.0;
/// Default home wage inflation, % a year.
pub const DEFAULT_HOME_INFLATION: Uncertain = Uncertain::new(3.0, 2.0, 5.0);
/// Default wage inflation at the targets, % a year.
pub const DEFAULT_TARGET_INFLATION: Targets<Uncertain> = Targets {
    nearshore: Uncertain::new(5.0, 3.0, 8.0),
    offshore: Uncertain::new(6.0, 4.0, 10.0),
    captive: Uncertain::new(6.0, 4.0, 10.0),
};
/// Default hybrid share moved out, %: the smaller part, as the core stays home.
pub const DEFAULT_HYBRID_SHARE_PCT: f64 = 40.0;
/// Default horizon, years.
pub const DEFAULT_HORIZON: u32 = 5;

/// Everything the cost model needs for one scenario. Saved with the
/// scenario; fields missing from older saves take their defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CostInputs {
    /// ISO currency code; every money figure is entered in it.
    pub currency: String,
    /// Team size, FTE.
    pub fte: f64,
    /// Home location id.
    pub home: String,
    /// Gross salary per FTE; `None` follows the home preset's developer pay.
    pub salary_per_fte: Option<f64>,
    /// Employer on-cost at home, %; `None` follows the home preset.
    pub employer_oncost_pct: Option<f64>,
    /// Facilities, IT, benefits, % on top of pay and on-cost.
    pub other_overhead_pct: f64,
    /// The measure of relative labour cost.
    pub labour_index: LabourIndex,
    /// Target location ids.
    pub targets: Targets<String>,
    /// Vendor margin, %.
    pub vendor_margin_pct: f64,
    /// Effort a vendor saves through scale, % (vendors only).
    pub vendor_efficiency_pct: f64,
    /// Delivery overhead on top of local pay and on-cost per option, %
    /// (for the captive centre: its own overhead).
    pub delivery_overhead_pct: Moved<Uncertain>,
    /// Lasting extra effort for the same output per option, %.
    pub productivity_gap_pct: Moved<Uncertain>,
    /// Management/governance overhead per option, % of the moved work's in-house cost.
    pub governance_pct: Moved<Uncertain>,
    /// Hybrid coordination overhead, % of the moved share's in-house cost.
    pub hybrid_coordination_pct: Uncertain,
    /// One-time transition cost per option, % of one year's in-house cost.
    pub transition_pct: Moved<Uncertain>,
    /// Productivity dip in year 1 per option, %.
    pub dip_pct: Moved<Uncertain>,
    /// Share of the dip left in year 2, %.
    pub dip_second_year_pct: f64,
    /// Staff leaving each year, %.
    pub attrition_pct: Uncertain,
    /// Cost of replacing one leaver, % of salary.
    pub replacement_cost_pct: f64,
    /// Wage inflation at home, % a year (in-house and domestic).
    pub home_inflation_pct: Uncertain,
    /// Wage inflation at each target, % a year.
    pub target_inflation_pct: Targets<Uncertain>,
    /// Hybrid share moved out, %.
    pub hybrid_share_pct: f64,
    /// Where the hybrid share goes.
    pub hybrid_target: HybridTarget,
    /// Years projected.
    pub horizon_years: u32,
    /// Annual budget; `None` means in-house's steady-state yearly cost.
    pub annual_budget: Option<f64>,
}

impl Default for CostInputs {
    fn default() -> Self {
        CostInputs {
            currency: DEFAULT_CURRENCY.into(),
            fte: DEFAULT_FTE,
            home: locations::DEFAULT_HOME.into(),
            salary_per_fte: None,
            employer_oncost_pct: None,
            other_overhead_pct: DEFAULT_OTHER_OVERHEAD_PCT,
            labour_index: LabourIndex::default(),
            targets: Targets {
                nearshore: DEFAULT_NEARSHORE.into(),
                offshore: DEFAULT_OFFSHORE.into(),
                captive: DEFAULT_CAPTIVE.into(),
            },
            vendor_margin_pct: DEFAULT_VENDOR_MARGIN_PCT,
            vendor_efficiency_pct: DEFAULT_VENDOR_EFFICIENCY_PCT,
            delivery_overhead_pct: DEFAULT_DELIVERY_OVERHEAD,
            productivity_gap_pct: DEFAULT_PRODUCTIVITY_GAP,
            governance_pct: DEFAULT_GOVERNANCE,
            hybrid_coordination_pct: DEFAULT_HYBRID_COORDINATION,
            transition_pct: DEFAULT_TRANSITION,
            dip_pct: DEFAULT_DIP,
            dip_second_year_pct: DEFAULT_DIP_SECOND_YEAR_PCT,
            attrition_pct: DEFAULT_ATTRITION,
            replacement_cost_pct: DEFAULT_REPLACEMENT_COST_PCT,
            home_inflation_pct: DEFAULT_HOME_INFLATION,
            target_inflation_pct: DEFAULT_TARGET_INFLATION,
            hybrid_share_pct: DEFAULT_HYBRID_SHARE_PCT,
            hybrid_target: HybridTarget::default(),
            horizon_years: DEFAULT_HORIZON,
            annual_budget: None,
        }
    }
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

    /// Every problem with these inputs, as sentences for the user; empty when all is well.
    pub fn validate(&self) -> Vec<String> {
        let mut errors = Vec::new();
        let mut check = |field: Field, value: f64| {
            if let Err(e) = validate_field(field, value) {
                errors.push(e);
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
            errors.push(e);
        }
        for (what, id) in [
            ("Home location", &self.home),
            ("Nearshore location", &self.targets.nearshore),
            ("Offshore location", &self.targets.offshore),
            ("Captive centre location", &self.targets.captive),
        ] {
            if locations::find(id).is_none() {
                errors.push(format!("{what} \"{id}\" is not in the list of locations."));
            }
        }
        errors
    }

    /// A copy with every value forced into its allowed range (non-finite
    /// values and unknown locations fall back to the defaults). The model
    /// only ever computes on sanitised inputs.
    pub fn sanitized(&self) -> CostInputs {
        let d = CostInputs::default();
        let loc = |id: &str, fallback: &str| -> String {
            if locations::find(id).is_some() {
                id.to_string()
            } else {
                fallback.to_string()
            }
        };
        let moved = |m: &Moved<Uncertain>, dm: &Moved<Uncertain>, spec: &FieldSpec| Moved {
            domestic: m.domestic.clamped(spec, dm.domestic),
            nearshore: m.nearshore.clamped(spec, dm.nearshore),
            offshore: m.offshore.clamped(spec, dm.offshore),
            captive: m.captive.clamped(spec, dm.captive),
        };
        CostInputs {
            currency: validate_currency(&self.currency).unwrap_or(d.currency),
            fte: FTE.clamp(self.fte, d.fte),
            home: loc(&self.home, locations::DEFAULT_HOME),
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
            targets: Targets {
                nearshore: loc(&self.targets.nearshore, DEFAULT_NEARSHORE),
                offshore: loc(&self.targets.offshore, DEFAULT_OFFSHORE),
                captive: loc(&self.targets.captive, DEFAULT_CAPTIVE),
            },
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

fn moved_iter<T>(m: &Moved<T>) -> [&T; 4] {
    [&m.domestic, &m.nearshore, &m.offshore, &m.captive]
}

fn targets_iter<T>(t: &Targets<T>) -> [&T; 3] {
    [&t.nearshore, &t.offshore, &t.captive]
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

    /// "month 14 (year 2)", "never within 5 years" or "baseline".
    pub fn describe(self) -> String {
        match self {
            BreakEven::Baseline => "baseline".into(),
            BreakEven::Month(m) => format!("month {m} (year {})", m.div_ceil(12)),
            BreakEven::Never(1) => "never within 1 year".into(),
            BreakEven::Never(n) => format!("never within {n} years"),
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
    /// Id of the location where the work is done.
    pub location: String,
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

    /// Steady-state cost per FTE.
    pub fn steady_state_per_fte(&self, fte: f64) -> f64 {
        if fte > 0.0 {
            self.steady_state / fte
        } else {
            0.0
        }
    }
}

/// The figures the model settled on, for the "Assumptions" panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resolved {
    /// Home location id.
    pub home: String,
    /// Target location ids.
    pub targets: Targets<String>,
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
        let budget = BUDGET.clamp(budget, 0.0);
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
    let figures = |id: &str| -> (&'static Location, LocationFigures) {
        // Sanitised ids always exist; the first preset stands in otherwise.
        let loc = locations::find(id).unwrap_or(&locations::LOCATIONS[0]);
        (loc, overrides.figures(loc))
    };
    let (home_loc, home) = figures(&inp.home);
    let (near_loc, near) = figures(&inp.targets.nearshore);
    let (off_loc, off) = figures(&inp.targets.offshore);
    let (cap_loc, cap) = figures(&inp.targets.captive);

    let salary = inp
        .salary_per_fte
        .unwrap_or_else(|| SALARY.clamp(home.dev_pay_median_usd, SALARY.min));
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
    let where_done = |option: SourcingOption| -> &'static str {
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
                location: where_done(option).to_string(),
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
            home: home_loc.id.to_string(),
            targets: Targets {
                nearshore: near_loc.id.to_string(),
                offshore: off_loc.id.to_string(),
                captive: cap_loc.id.to_string(),
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
// Money formatting
// ---------------------------------------------------------------------------

/// The currencies [`format_money`] knows how to write.
pub const CURRENCIES: [&str; 8] = ["USD", "EUR", "GBP", "INR", "CAD", "AUD", "CHF", "JPY"];

struct MoneyStyle {
    prefix: String,
    suffix: String,
    group: &'static str,
    decimal: &'static str,
    indian: bool,
    cents: bool,
}

fn money_style(code: &str) -> MoneyStyle {
    let s =
        |prefix: &str, group: &'static str, decimal: &'static str, indian: bool, cents: bool| {
            MoneyStyle {
                prefix: prefix.to_string(),
                suffix: String::new(),
                group,
                decimal,
                indian,
                cents,
            }
        };
    match code {
        "USD" => s("$", ",", ".", false, true),
        "EUR" => s("€", ".", ",", false, true),
        "GBP" => s("£", ",", ".", false, true),
        "INR" => s("₹", ",", ".", true, true),
        "CAD" => s("CA$", ",", ".", false, true),
        "AUD" => s("A$", ",", ".", false, true),
        "CHF" => s("CHF\u{a0}", "'", ".", false, true),
        "JPY" => s("¥", ",", ".", false, false),
        _ => MoneyStyle {
            prefix: String::new(),
            suffix: if code.is_empty() {
                String::new()
            } else {
                format!("\u{a0}{code}")
            },
            group: ",",
            decimal: ".",
            indian: false,
            cents: true,
        },
    }
}

/// Groups a string of digits: 1,234,567, or the Indian 12,34,567
/// (the last three digits, then pairs).
fn group_digits(digits: &str, sep: &str, indian: bool) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 2);
    for (i, ch) in digits.chars().enumerate() {
        // Digits from here to the end, this one included.
        let left = len - i;
        let boundary = if indian {
            left == 3 || (left > 3 && (left - 3).is_multiple_of(2))
        } else {
            left.is_multiple_of(3)
        };
        if i > 0 && boundary {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// Writes an amount of money: "$1,234,567", "€1.234.567", "₹12,34,567".
/// Amounts of 1,000 or more are whole; smaller ones keep their cents when
/// they have any ("$12.50"). Unknown codes are written after the number;
/// NaN and infinity come out as "—".
pub fn format_money(amount: f64, currency: &str) -> String {
    if !amount.is_finite() {
        return "—".into();
    }
    let code = currency.trim().to_ascii_uppercase();
    let style = money_style(&code);
    let abs = amount.abs();
    let (whole, cents) = if abs < 1000.0 && style.cents {
        let c = (abs * 100.0).round() as u64;
        (u128::from(c / 100), c % 100)
    } else {
        // `as` saturates, so even absurd amounts cannot panic.
        (abs.round() as u128, 0)
    };
    let mut number = group_digits(&whole.to_string(), style.group, style.indian);
    if cents != 0 {
        number.push_str(style.decimal);
        number.push_str(&format!("{cents:02}"));
    }
    let sign = if amount < 0.0 && (whole != 0 || cents != 0) {
        "-"
    } else {
        ""
    };
    format!("{sign}{}{number}{}", style.prefix, style.suffix)
}

/// A short form for chart axes: "$1.2M", "€850k", "₹3.4M".
pub fn format_money_short(amount: f64, currency: &str) -> String {
    if !amount.is_finite() {
        return "—".into();
    }
    let code = currency.trim().to_ascii_uppercase();
    let style = money_style(&code);
    let abs = amount.abs();
    let (value, unit) = if abs >= 1e9 {
        (abs / 1e9, "B")
    } else if abs >= 1e6 {
        (abs / 1e6, "M")
    } else if abs >= 1e3 {
        (abs / 1e3, "k")
    } else {
        (abs, "")
    };
    // One decimal below ten units ("$1.2M"), none when it would be ".0".
    let tenths = (value * 10.0).round() / 10.0;
    let number = if value < 10.0 && !unit.is_empty() && tenths.fract() != 0.0 {
        decimal_text(tenths, 1).replace('.', style.decimal)
    } else {
        format!("{}", value.round() as u128)
    };
    let sign = if amount < 0.0 && abs >= 0.5 { "-" } else { "" };
    format!("{sign}{}{number}{unit}{}", style.prefix, style.suffix)
}

#[cfg(test)]
mod tests;
