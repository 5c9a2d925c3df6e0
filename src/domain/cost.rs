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

use super::locations::{
    self, relative_cost_between, LabourIndex, Location, LocationFigures, LocationOverrides,
};
use super::options::SourcingOption;

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
mod tests {
    use super::*;
    use crate::domain::locations::EditableFigure;
    use proptest::prelude::*;

    const EPS: f64 = 1e-6;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= EPS * (1.0 + a.abs().max(b.abs()))
    }

    fn assert_close(a: f64, b: f64, what: &str) {
        assert!(close(a, b), "{what}: {a} vs {b}");
    }

    #[test]
    fn decimal_text_is_built_from_integers() {
        assert_eq!(decimal_text(0.5, 4), "0.5");
        assert_eq!(decimal_text(7.65, 2), "7.65");
        assert_eq!(decimal_text(1234567.891, 2), "1,234,567.89");
        assert_eq!(decimal_text(-3.0, 2), "-3");
        assert_eq!(decimal_text(-0.001, 2), "0");
        assert_eq!(decimal_text(0.05, 2), "0.05");
        assert_eq!(decimal_text(2.999, 2), "3");
        assert_eq!(decimal_text(f64::NAN, 2), "—");
        assert_eq!(decimal_text(1e40, 2), decimal_text(1e40, 2));
    }

    /// Round numbers so the arithmetic can be written out by hand. Each
    /// option gets its own overhead, gap, governance, transition and dip so
    /// that mixing them up would show.
    fn hand() -> CostInputs {
        let moved = |domestic, nearshore, offshore, captive| Moved {
            domestic: Uncertain::fixed(domestic),
            nearshore: Uncertain::fixed(nearshore),
            offshore: Uncertain::fixed(offshore),
            captive: Uncertain::fixed(captive),
        };
        CostInputs {
            fte: 10.0,
            salary_per_fte: Some(100_000.0),
            employer_oncost_pct: Some(10.0),
            other_overhead_pct: 20.0,
            vendor_margin_pct: 25.0,
            vendor_efficiency_pct: 20.0,
            delivery_overhead_pct: moved(20.0, 100.0, 200.0, 250.0),
            productivity_gap_pct: moved(0.0, 10.0, 20.0, 15.0),
            governance_pct: moved(4.0, 7.0, 10.0, 12.0),
            hybrid_coordination_pct: Uncertain::fixed(5.0),
            transition_pct: moved(10.0, 30.0, 50.0, 75.0),
            // Extra effort d/(1−d): 0, 0.25, 0.25 and 1 in year 1, half in year 2.
            dip_pct: moved(0.0, 20.0, 20.0, 50.0),
            dip_second_year_pct: 50.0,
            attrition_pct: Uncertain::fixed(10.0),
            replacement_cost_pct: 50.0,
            home_inflation_pct: Uncertain::fixed(0.0),
            target_inflation_pct: Targets {
                nearshore: Uncertain::fixed(0.0),
                offshore: Uncertain::fixed(0.0),
                captive: Uncertain::fixed(0.0),
            },
            hybrid_share_pct: 40.0,
            horizon_years: 3,
            annual_budget: Some(1_000_000.0),
            ..CostInputs::default()
        }
    }

    /// The same value for every moved option.
    fn all4(u: Uncertain) -> Moved<Uncertain> {
        Moved {
            domestic: u,
            nearshore: u,
            offshore: u,
            captive: u,
        }
    }

    fn opt(p: &Projection, o: SourcingOption) -> &OptionProjection {
        p.get(o).expect("every option is projected")
    }

    fn none() -> LocationOverrides {
        LocationOverrides::new()
    }

    #[test]
    fn in_house_by_hand() {
        let p = project(&hand(), &none());
        let ih = opt(&p, SourcingOption::InHouse);
        // Per FTE: 100,000 × 1.10 (on-cost) × 1.20 (overhead) = 132,000,
        // plus 10 % attrition × 50 % of salary = 5,000 → 137,000; × 10 FTE.
        let year = 10.0 * (100_000.0 * 1.10 * 1.20 + 100_000.0 * 0.10 * 0.50);
        assert_close(year, 1_370_000.0, "in-house year");
        assert_close(p.assumptions.in_house_per_fte, 137_000.0, "per FTE");
        assert_eq!(ih.yearly.len(), 3);
        for y in &ih.yearly {
            assert_close(*y, year, "flat without inflation");
        }
        assert_close(ih.total, 3.0 * year, "total");
        assert_eq!(ih.break_even, BreakEven::Baseline);
        assert_eq!(ih.savings, 0.0);
        // Budget 1,000,000 < 1,370,000: does not fit; it buys 1,000,000 / 137,000 FTE.
        assert!(!ih.fits_budget);
        assert_close(ih.fte_for_budget, 1_000_000.0 / 137_000.0, "FTE for budget");
        assert_close(p.assumptions.in_house_year1, year, "transition base");
    }

    #[test]
    fn in_house_grows_with_home_inflation() {
        let mut inp = hand();
        inp.home_inflation_pct = Uncertain::fixed(10.0);
        let p = project(&inp, &none());
        let ih = opt(&p, SourcingOption::InHouse);
        // 1,370,000 × 1.1^0, 1.1^1, 1.1^2.
        assert_close(ih.yearly[0], 1_370_000.0, "y1");
        assert_close(ih.yearly[1], 1_370_000.0 * 1.1, "y2");
        assert_close(ih.yearly[2], 1_370_000.0 * 1.1 * 1.1, "y3");
        assert_close(ih.steady_state, 1_657_700.0, "steady = last year");
        assert_close(
            ih.cumulative[2],
            1_370_000.0 * (1.0 + 1.1 + 1.21),
            "cumulative",
        );
        // Governance follows the in-house cost, so it grows with home inflation
        // even where the work is done: offshore year 3 = work + 10 % × 1,657,700.
        let o = opt(&p, SourcingOption::Offshore);
        assert_close(o.yearly[2], 471_744.0 + 165_770.0, "governance on in-house");
    }

    #[test]
    fn domestic_by_hand() {
        let p = project(&hand(), &none());
        let d = opt(&p, SourcingOption::Domestic);
        // Price per vendor FTE: 100,000 × 1.10 (home on-cost) × 1.20 (delivery
        // overhead) × 1.25 (margin) = 165,000.
        assert_close(p.assumptions.price_per_fte.domestic, 165_000.0, "price");
        // Effort: (1 − 0.20 efficiency) × (1 + 0 gap) = 0.8 FTE per in-house FTE.
        assert_close(p.assumptions.effort_per_fte.domestic, 0.8, "effort");
        // Work: 10 × 165,000 × 0.8 = 1,320,000; governance 4 % × 1,370,000 = 54,800.
        let run = 10.0 * 165_000.0 * 0.8 + 0.04 * 1_370_000.0;
        assert_close(run, 1_374_800.0, "run");
        // No dip for this option in hand(); transition 10 % × 1,370,000 = 137,000.
        assert_close(d.one_time, 137_000.0, "transition");
        assert_close(d.yearly[0], 1_511_800.0, "y1 = run + transition");
        assert_close(d.yearly[1], run, "y2");
        assert_close(d.yearly[2], run, "y3");
        assert_close(d.steady_state, run, "steady");
        assert_close(d.year1, d.yearly[0], "year1");
        // 1,374,800 > 1,370,000 every year: it never catches up.
        assert_eq!(d.break_even, BreakEven::Never(3));
        assert_eq!(d.break_even.describe(), "never within 3 years");
        // Total 3 × 1,374,800 + 137,000 = 4,261,400 vs 4,110,000.
        assert_close(d.total, 4_261_400.0, "total");
        assert_close(d.savings, -151_400.0, "savings");
        assert!(!d.fits_budget, "1,374,800 > 1,000,000");
    }

    #[test]
    fn nearshore_by_hand() {
        let p = project(&hand(), &none());
        let n = opt(&p, SourcingOption::Nearshore);
        assert_eq!(n.location, "mexico");
        // Mexico: wage 100,000 × 22.3 / 100 = 22,300; on-cost 25 %.
        // Price: 22,300 × 1.25 × 2.00 (overhead 100 %) × 1.25 (margin) = 69,687.50.
        assert_close(p.assumptions.price_per_fte.nearshore, 69_687.5, "price");
        // Effort: 0.8 × 1.10 (gap) = 0.88. Work: 10 × 69,687.50 × 0.88 = 613,250.
        let work = 10.0 * 69_687.5 * 0.88;
        assert_close(work, 613_250.0, "work");
        // Governance 7 % × 1,370,000 = 95,900.
        let gov = 95_900.0;
        assert_close(n.steady_state, 709_150.0, "steady = work + governance");
        // Dip 20 %: 25 % more work in year 1, 12.5 % in year 2.
        assert_close(n.running[0], work * 1.25 + gov, "run y1");
        assert_close(n.running[0], 862_462.5, "run y1 literal");
        assert_close(n.running[1], work * 1.125 + gov, "run y2");
        assert_close(n.running[2], 709_150.0, "run y3");
        // Transition 30 % × 1,370,000 = 411,000.
        assert_close(n.one_time, 411_000.0, "transition");
        assert_close(n.yearly[0], 1_273_462.5, "y1");
        // Break-even: 411,000 + (862,462.5 / 12)·m ≤ (1,370,000 / 12)·m
        // ⇔ m ≥ 411,000 / 42,294.79 = 9.72 → month 10.
        assert_eq!(n.break_even, BreakEven::Month(10));
        assert!(n.fits_budget, "709,150 ≤ 1,000,000");
    }

    #[test]
    fn offshore_by_hand() {
        let p = project(&hand(), &none());
        let o = opt(&p, SourcingOption::Offshore);
        assert_eq!(o.location, "india");
        // India: wage 100,000 × 0.117 = 11,700; on-cost 12 %.
        // Price: 11,700 × 1.12 × 3.00 (overhead 200 %) × 1.25 = 49,140.
        assert_close(p.assumptions.price_per_fte.offshore, 49_140.0, "price");
        // Effort: 0.8 × 1.20 (gap) = 0.96. Work: 10 × 49,140 × 0.96 = 471,744.
        assert_close(p.assumptions.effort_per_fte.offshore, 0.96, "effort");
        let work = 471_744.0;
        // Governance 10 % of the in-house cost 1,370,000 = 137,000 (not of the price).
        let gov = 137_000.0;
        let run = work + gov;
        assert_close(o.steady_state, 608_744.0, "steady");
        // Year 1: 471,744 × 1.25 + 137,000 + transition 50 % × 1,370,000 = 685,000.
        assert_close(o.one_time, 685_000.0, "transition");
        assert_close(o.yearly[0], work * 1.25 + gov + 685_000.0, "y1");
        assert_close(o.yearly[0], 1_411_680.0, "y1 literal");
        assert_close(o.yearly[1], work * 1.125 + gov, "y2");
        assert_close(o.yearly[1], 667_712.0, "y2 literal");
        assert_close(o.yearly[2], run, "y3");
        // Year 1 costs 41,680 more than in-house; year 2 saves
        // (1,370,000 − 667,712) / 12 = 58,524 a month → month 12 + 1 = 13.
        assert_eq!(o.break_even, BreakEven::Month(13));
        assert_eq!(o.break_even.describe(), "month 13 (year 2)");
        let total = 1_411_680.0 + 667_712.0 + 608_744.0;
        assert_close(o.total, total, "total");
        assert_close(o.savings, 4_110_000.0 - total, "savings");
        assert_close(
            o.savings_pct,
            (4_110_000.0 - total) / 4_110_000.0 * 100.0,
            "savings %",
        );
        // FTE the budget buys: 1,000,000 / (608,744 / 10).
        assert_close(o.fte_for_budget, 1_000_000.0 / 60_874.4, "FTE");
    }

    #[test]
    fn captive_by_hand() {
        let p = project(&hand(), &none());
        let c = opt(&p, SourcingOption::Captive);
        // Own staff in India, no margin: 11,700 × 1.12 × 3.50 (overhead 250 %)
        // = 45,864, plus replacing leavers 11,700 × 10 % × 50 % = 585 → 46,449.
        assert_close(
            p.assumptions.price_per_fte.captive,
            46_449.0,
            "cost per FTE",
        );
        // Effort: no vendor efficiency, gap 15 % → 1.15. Work: 10 × 46,449 × 1.15.
        assert_close(p.assumptions.effort_per_fte.captive, 1.15, "effort");
        let work = 534_163.5;
        // Governance 12 % × 1,370,000 = 164,400.
        assert_close(c.steady_state, work + 164_400.0, "steady");
        assert_close(c.steady_state, 698_563.5, "steady literal");
        // Dip 50 %: twice the work in year 1, 1.5 times in year 2.
        // Transition 75 % × 1,370,000 = 1,027,500.
        assert_close(c.one_time, 1_027_500.0, "transition");
        assert_close(c.yearly[0], work * 2.0 + 164_400.0 + 1_027_500.0, "y1");
        assert_close(c.yearly[0], 2_260_227.0, "y1 literal");
        assert_close(c.yearly[1], 965_645.25, "y2 = 534,163.5 × 1.5 + 164,400");
        // End of year 2: 3,225,872.25 vs 2,740,000, 485,872.25 behind; year 3
        // saves (1,370,000 − 698,563.5) / 12 = 55,953.04 a month → 8.68 → month 33.
        assert_eq!(c.break_even, BreakEven::Month(33));
    }

    #[test]
    fn hybrid_by_hand() {
        let p = project(&hand(), &none());
        let h = opt(&p, SourcingOption::Hybrid);
        let off = opt(&p, SourcingOption::Offshore);
        // 60 % stays in-house (822,000), 40 % goes offshore, plus 5 % coordination
        // on the moved share's in-house cost: 0.4 × 0.05 × 1,370,000 = 27,400.
        // Offshore running: 726,680, 667,712, 608,744; 40 % of its transition once.
        for (y, off_run) in [(0, 726_680.0), (1, 667_712.0), (2, 608_744.0)] {
            let expected = 822_000.0 + 0.4 * off_run + 27_400.0;
            let one_time = if y == 0 { 0.4 * 685_000.0 } else { 0.0 };
            assert_close(h.yearly[y], expected + one_time, "hybrid year");
        }
        assert_close(h.yearly[0], 1_414_072.0, "y1 literal");
        assert_close(h.one_time, 0.4 * off.one_time, "share of transition");
        assert_close(
            h.steady_state,
            822_000.0 + 0.4 * 608_744.0 + 27_400.0,
            "steady",
        );
        assert_eq!(h.location, "india");
    }

    #[test]
    fn hybrid_at_zero_is_in_house_and_at_full_is_target_plus_coordination() {
        for target in HybridTarget::ALL {
            let mut inp = CostInputs {
                hybrid_target: target,
                hybrid_share_pct: 0.0,
                ..CostInputs::default()
            };
            let p = project(&inp, &none());
            let ih = opt(&p, SourcingOption::InHouse);
            let h = opt(&p, SourcingOption::Hybrid);
            // Exactly equal, not merely close.
            assert_eq!(h.yearly, ih.yearly);
            assert_eq!(h.cumulative, ih.cumulative);
            assert_eq!(h.steady_state, ih.steady_state);
            assert_eq!(h.band, ih.band);
            assert_eq!(h.break_even, BreakEven::Baseline);

            inp.hybrid_share_pct = 100.0;
            let p = project(&inp, &none());
            let t = opt(&p, target.option());
            let ih = opt(&p, SourcingOption::InHouse);
            let h = opt(&p, SourcingOption::Hybrid);
            // Coordination: 5 % of the in-house cost of the (whole) moved work.
            let c = 0.05;
            for y in 0..h.yearly.len() {
                assert_close(h.yearly[y], t.yearly[y] + c * ih.running[y], "s = 1");
            }
            assert_close(
                h.steady_state,
                t.steady_state + c * ih.steady_state,
                "steady",
            );
            assert_close(h.one_time, t.one_time, "transition");
        }
    }

    #[test]
    fn cost_is_monotone_in_fte_and_salary() {
        let base = CostInputs::default();
        let mut prev: Option<Projection> = None;
        for fte in [0.5, 1.0, 7.0, 20.0, 300.0, 10_000.0] {
            let p = project(
                &CostInputs {
                    fte,
                    ..base.clone()
                },
                &none(),
            );
            if let Some(q) = &prev {
                for (a, b) in q.options.iter().zip(&p.options) {
                    assert!(
                        b.total > a.total && b.steady_state > a.steady_state,
                        "{:?}",
                        a.option
                    );
                }
            }
            prev = Some(p);
        }
        let mut prev: Option<Projection> = None;
        for salary in [100.0, 30_000.0, 140_000.0, 1e6, 1e9] {
            let p = project(
                &CostInputs {
                    salary_per_fte: Some(salary),
                    ..base.clone()
                },
                &none(),
            );
            if let Some(q) = &prev {
                for (a, b) in q.options.iter().zip(&p.options) {
                    assert!(b.total > a.total && b.year1 > a.year1, "{:?}", a.option);
                }
            }
            prev = Some(p);
        }
    }

    fn assert_break_even_consistent(p: &Projection) {
        let ih = opt(p, SourcingOption::InHouse);
        let months = 12 * p.horizon_years;
        for o in &p.options {
            // Year ends agree with the yearly series.
            let mut sum = 0.0;
            for (y, yearly) in o.yearly.iter().enumerate() {
                sum += yearly;
                assert!(close(o.cumulative[y], sum), "{:?} cumulative", o.option);
                assert_eq!(o.cumulative_at_month(12 * (y as u32 + 1)), o.cumulative[y]);
            }
            match o.break_even {
                BreakEven::Baseline => {}
                BreakEven::Month(m) => {
                    assert!((1..=months).contains(&m));
                    assert!(o.cumulative_at_month(m) <= ih.cumulative_at_month(m));
                    for k in 1..m {
                        assert!(o.cumulative_at_month(k) > ih.cumulative_at_month(k));
                    }
                    // If it is cheaper at a year end, it broke even by then.
                    for (y, c) in o.cumulative.iter().enumerate() {
                        if *c <= ih.cumulative[y] {
                            assert!(m <= 12 * (y as u32 + 1));
                        }
                    }
                }
                BreakEven::Never(n) => {
                    assert_eq!(n, p.horizon_years);
                    for (y, c) in o.cumulative.iter().enumerate() {
                        assert!(*c > ih.cumulative[y], "{:?} year {}", o.option, y + 1);
                    }
                }
            }
        }
    }

    #[test]
    fn break_even_is_consistent_with_the_yearly_series() {
        assert_break_even_consistent(&project(&hand(), &none()));
        assert_break_even_consistent(&project(&CostInputs::default(), &none()));
        // Month interpolation: in-house after 6 months is half a year.
        let p = project(&hand(), &none());
        let ih = opt(&p, SourcingOption::InHouse);
        assert_close(ih.cumulative_at_month(6), 685_000.0, "half year");
        assert_close(ih.cumulative_at_month(18), 1_370_000.0 * 1.5, "18 months");
        // Past the horizon the total stays flat.
        assert_eq!(ih.cumulative_at_month(999), ih.total);
        let o = opt(&p, SourcingOption::Offshore);
        assert_eq!(o.cumulative_at_month(0), o.one_time);
        // Offshore at month 12 is 41,680 behind, at month 13 ahead.
        assert_close(
            o.cumulative_at_month(12) - ih.cumulative_at_month(12),
            41_680.0,
            "behind after year 1",
        );
    }

    #[test]
    fn steady_state_has_no_dip_even_on_short_horizons() {
        let mut inp = hand();
        inp.horizon_years = 1;
        let p = project(&inp, &none());
        let o = opt(&p, SourcingOption::Offshore);
        assert_close(o.steady_state, 608_744.0, "no dip, no transition");
        assert_close(
            o.year1,
            471_744.0 * 1.25 + 137_000.0 + 685_000.0,
            "year 1 keeps both",
        );
        // 1,411,680 > 1,370,000: not paid off within the one year.
        assert_eq!(o.break_even, BreakEven::Never(1));
        assert_eq!(o.break_even.describe(), "never within 1 year");
    }

    #[test]
    fn each_option_uses_its_own_assumptions() {
        // Raising one option's overhead, gap, governance, transition or dip
        // moves that option only.
        let base = project(&hand(), &none());
        type Edit = fn(&mut CostInputs);
        let edits: [(SourcingOption, Edit); 5] = [
            (SourcingOption::Domestic, |i| {
                i.delivery_overhead_pct.domestic = Uncertain::fixed(40.0)
            }),
            (SourcingOption::Nearshore, |i| {
                i.productivity_gap_pct.nearshore = Uncertain::fixed(30.0)
            }),
            (SourcingOption::Offshore, |i| {
                i.governance_pct.offshore = Uncertain::fixed(20.0)
            }),
            (SourcingOption::Captive, |i| {
                i.transition_pct.captive = Uncertain::fixed(90.0)
            }),
            (SourcingOption::Domestic, |i| {
                i.dip_pct.domestic = Uncertain::fixed(20.0)
            }),
        ];
        for (option, edit) in edits {
            let mut inp = hand();
            inp.hybrid_target = HybridTarget::Nearshore;
            let before = project(&inp, &none());
            edit(&mut inp);
            let after = project(&inp, &none());
            for (a, b) in before.options.iter().zip(&after.options) {
                if a.option == option {
                    assert!(b.total > a.total, "{option:?} should cost more");
                } else if a.option != SourcingOption::Hybrid {
                    assert_eq!(a.total, b.total, "{:?} moved with {option:?}", a.option);
                }
            }
        }
        // Vendor efficiency lowers the vendors, not the captive centre or in-house.
        let lean = project(
            &CostInputs {
                vendor_efficiency_pct: 40.0,
                ..hand()
            },
            &none(),
        );
        for (a, b) in base.options.iter().zip(&lean.options) {
            match a.option {
                SourcingOption::Domestic
                | SourcingOption::Nearshore
                | SourcingOption::Offshore
                | SourcingOption::Hybrid => assert!(b.total < a.total, "{:?}", a.option),
                SourcingOption::InHouse | SourcingOption::Captive => {
                    assert_eq!(a.total, b.total, "{:?}", a.option)
                }
            }
        }
    }

    #[test]
    fn the_band_brackets_the_central_line() {
        let p = project(&CostInputs::default(), &none());
        for o in &p.options {
            assert!(
                o.band.low_total <= o.total && o.total <= o.band.high_total,
                "{:?}",
                o.option
            );
            assert!(
                o.band.low_total < o.band.high_total,
                "{:?} has a spread",
                o.option
            );
            assert!(o.band.low_steady_state <= o.steady_state);
            assert!(o.steady_state <= o.band.high_steady_state);
            for y in 0..o.cumulative.len() {
                assert!(o.band.low_cumulative[y] <= o.cumulative[y]);
                assert!(o.cumulative[y] <= o.band.high_cumulative[y]);
            }
        }
        // Fixed assumptions give no spread.
        let p = project(&hand(), &none());
        for o in &p.options {
            assert_close(o.band.low_total, o.total, "no spread");
            assert_close(o.band.high_total, o.total, "no spread");
        }
        // Each new uncertain assumption spreads the band on its own.
        type Spread = fn(&mut CostInputs);
        let spreads: [Spread; 3] = [
            |i| i.delivery_overhead_pct.offshore = Uncertain::new(200.0, 150.0, 300.0),
            |i| i.productivity_gap_pct.offshore = Uncertain::new(20.0, 10.0, 27.0),
            |i| i.dip_pct.offshore = Uncertain::new(20.0, 10.0, 30.0),
        ];
        for spread in spreads {
            let mut inp = hand();
            spread(&mut inp);
            let p = project(&inp, &none());
            let o = opt(&p, SourcingOption::Offshore);
            assert!(o.band.low_total < o.total && o.total < o.band.high_total);
        }
    }

    /// The model with its defaults, for the calibration test and the report.
    fn default_table(p: &Projection) -> String {
        let money = |x: f64| format_money(x, &p.currency);
        let mut out = format!(
            "{:<10} {:>11} {:>12} {:>12} {:>8} {:>21}  {}\n",
            "option", "year 1", "steady", "total", "savings", "break-even", "band (total)"
        );
        for o in &p.options {
            out.push_str(&format!(
                "{:<10} {:>11} {:>12} {:>12} {:>7.1}% {:>21}  {} – {}\n",
                format!("{:?}", o.option),
                money(o.year1),
                money(o.steady_state),
                money(o.total),
                o.savings_pct,
                o.break_even.describe(),
                money(o.band.low_total),
                money(o.band.high_total),
            ));
        }
        let a = &p.assumptions;
        out.push_str(&format!(
            "per FTE, year 1: in-house {}; price domestic {}, nearshore {}, offshore {}, \
             captive {}; effort {:.3} / {:.3} / {:.3} / {:.3}\n",
            money(a.in_house_per_fte),
            money(a.price_per_fte.domestic),
            money(a.price_per_fte.nearshore),
            money(a.price_per_fte.offshore),
            money(a.price_per_fte.captive),
            a.effort_per_fte.domestic,
            a.effort_per_fte.nearshore,
            a.effort_per_fte.offshore,
            a.effort_per_fte.captive,
        ));
        out
    }

    /// The defaults land where SOURCES.md's evidence says they should.
    #[test]
    fn defaults_are_calibrated_to_the_sources() {
        let p = project(&CostInputs::default(), &none());
        println!("{}", default_table(&p));
        let ih = opt(&p, SourcingOption::InHouse);
        let (dom, near, off, cap, hyb) = (
            opt(&p, SourcingOption::Domestic),
            opt(&p, SourcingOption::Nearshore),
            opt(&p, SourcingOption::Offshore),
            opt(&p, SourcingOption::Captive),
            opt(&p, SourcingOption::Hybrid),
        );
        // Offshore outsourcing: case studies realise 15–30 % even where quotes
        // are far lower; break-even takes years, not months (Šmite & van Solingen).
        assert!(
            (15.0..=40.0).contains(&off.savings_pct),
            "{}",
            off.savings_pct
        );
        let off_be = off.break_even.month().unwrap_or(u32::MAX);
        assert!((13..=48).contains(&off_be), "{off_be}");
        // Nearshore saves somewhat less.
        assert!(near.savings_pct > 0.0 && near.savings_pct < off.savings_pct);
        // A domestic vendor lands near in-house cost.
        assert!(
            (-10.0..=10.0).contains(&dom.savings_pct),
            "{}",
            dom.savings_pct
        );
        // Captive: more transition, later break-even; at steady state a
        // third-party vendor in the same place is 5–15 % cheaper (Everest
        // 2007) and the captive saves 40–70 % against in-house (Everest/NASSCOM 2012).
        assert!(cap.one_time > off.one_time);
        assert!(cap.break_even.month().unwrap_or(u32::MAX) > off_be);
        let vendor_vs_captive = 1.0 - off.steady_state / cap.steady_state;
        assert!(
            (0.05..=0.15).contains(&vendor_vs_captive),
            "{vendor_vs_captive}"
        );
        // The notes say "about 8 %".
        assert!(
            (0.07..0.09).contains(&vendor_vs_captive),
            "{vendor_vs_captive}"
        );
        let captive_steady_saving = 1.0 - cap.steady_state / ih.steady_state;
        assert!(
            (0.40..=0.70).contains(&captive_steady_saving),
            "{captive_steady_saving}"
        );
        // Hybrid (40 % offshore) lies between in-house and offshore.
        assert!(hyb.savings_pct > 0.0 && hyb.savings_pct < off.savings_pct);
        // The default budget is in-house's steady-state cost: in-house fits.
        assert!(p.budget_is_default);
        assert_eq!(p.budget, ih.steady_state);
        assert!(ih.fits_budget);
        // Implied India vendor price per FTE: 16,380 × 1.12 × 3.4 × 1.25 = 77,968.80.
        assert_close(p.assumptions.price_per_fte.offshore, 77_968.8, "price");
    }

    #[test]
    fn defaults_follow_the_home_preset_and_overrides() {
        let p = project(&CostInputs::default(), &none());
        assert_eq!(p.assumptions.salary_per_fte, 140_000.0);
        assert!(p.assumptions.salary_from_preset);
        assert_eq!(p.assumptions.home_oncost_pct, 7.65);
        assert_close(p.assumptions.relative_cost.offshore, 0.117, "India vs US");
        assert_close(p.assumptions.relative_cost.nearshore, 0.223, "Mexico vs US");
        assert!(p.budget_is_default);
        assert_close(
            p.budget,
            opt(&p, SourcingOption::InHouse).steady_state,
            "budget = in-house steady state",
        );

        // A user edit of India's index changes the offshore cost.
        let mut o = LocationOverrides::new();
        o.set("india", EditableFigure::DevPayIndex, 23.4)
            .expect("valid");
        let q = project(&CostInputs::default(), &o);
        assert_close(q.assumptions.relative_cost.offshore, 0.234, "edited");
        assert!(opt(&q, SourcingOption::Offshore).total > opt(&p, SourcingOption::Offshore).total);

        // The GNI index: 3.1 / 100.
        let gni = CostInputs {
            labour_index: LabourIndex::Gni,
            ..CostInputs::default()
        };
        assert_close(
            project(&gni, &none()).assumptions.relative_cost.offshore,
            0.031,
            "GNI",
        );

        // Moving home resets salary and on-cost to the new presets.
        let mut de = CostInputs {
            salary_per_fte: Some(1.0),
            ..CostInputs::default()
        };
        de.set_home("germany");
        assert_eq!(de.targets.nearshore, "poland");
        let p = project(&de, &none());
        assert_eq!(p.assumptions.salary_per_fte, 72_499.0);
        assert_eq!(p.assumptions.home_oncost_pct, 20.45);
        assert_close(
            p.assumptions.relative_cost.offshore,
            11.7 / 51.8,
            "India vs Germany",
        );
    }

    #[test]
    fn budget_changes_fit_and_fte_without_recomputing() {
        let mut p = project(&CostInputs::default(), &none());
        let ih_steady = opt(&p, SourcingOption::InHouse).steady_state;
        p.apply_budget(ih_steady);
        assert!(opt(&p, SourcingOption::InHouse).fits_budget);
        assert_close(
            opt(&p, SourcingOption::InHouse).fte_for_budget,
            20.0,
            "same team",
        );
        p.apply_budget(0.0);
        assert!(p
            .options
            .iter()
            .all(|o| !o.fits_budget && o.fte_for_budget == 0.0));
        p.apply_budget(f64::NAN);
        assert_eq!(p.budget, 0.0);
        assert!(p.budget_slider_max() >= 2.0 * ih_steady);
        assert!(p.budget_slider_step() > 0.0);
        assert_eq!(nice_ceil(7_300_000.0), 10_000_000.0);
        assert_eq!(nice_ceil(2_100.0), 2_500.0);
        assert_eq!(nice_ceil(0.0), 1.0);
    }

    #[test]
    fn validation_messages() {
        assert_eq!(validate_field(Field::Fte, 20.0), Ok(20.0));
        assert_eq!(
            validate_field(Field::Fte, 1e9),
            Err("Team size must be between 0.5 and 10,000 FTE.".into())
        );
        assert_eq!(
            validate_field(Field::Fte, 0.1),
            Err("Team size must be between 0.5 and 10,000 FTE.".into())
        );
        assert_eq!(
            validate_field(Field::VendorMargin, 500.0),
            Err("Vendor margin must be between 0 and 200 %.".into())
        );
        assert_eq!(
            validate_field(Field::VendorMargin, -5.0),
            Err("Vendor margin cannot be negative.".into())
        );
        assert_eq!(
            validate_field(Field::Horizon, 2.5),
            Err("Horizon must be a whole number of years from 1 to 10.".into())
        );
        assert_eq!(
            validate_field(Field::Horizon, 11.0),
            Err("Horizon must be between 1 and 10 years.".into())
        );
        assert_eq!(
            validate_field(Field::Salary, f64::INFINITY),
            Err("In-house salary per FTE must be a number.".into())
        );
        assert_eq!(validate_field(Field::WageInflation, -5.0), Ok(-5.0));
        assert_eq!(
            validate_field(Field::WageInflation, -30.0),
            Err("Wage inflation must be between -20 and 50 % per year.".into())
        );
        assert_eq!(
            validate_field(Field::ProductivityDip, 100.0),
            Err("Productivity dip must be between 0 and 75 %.".into())
        );
        assert_eq!(parse_field(Field::Budget, " 1,250,000 "), Ok(1_250_000.0));
        assert_eq!(parse_field(Field::VendorMargin, "30 %"), Ok(30.0));
        assert_eq!(
            parse_field(Field::Fte, ""),
            Err("Team size is empty: enter a number.".into())
        );
        assert_eq!(
            parse_field(Field::Fte, "lots"),
            Err("Team size must be a number.".into())
        );
        assert_eq!(validate_currency(" eur"), Ok("EUR".into()));
        assert!(validate_currency("euro").is_err());

        assert!(CostInputs::default().validate().is_empty());
        let bad = CostInputs {
            fte: 1e9,
            vendor_margin_pct: 500.0,
            home: "atlantis".into(),
            ..CostInputs::default()
        };
        let errors = bad.validate();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("atlantis")));
        // Bad inputs are clamped, never propagated.
        let s = bad.sanitized();
        assert_eq!(
            (s.fte, s.vendor_margin_pct, s.home.as_str()),
            (10_000.0, 200.0, "united_states")
        );
    }

    #[test]
    fn every_field_has_a_spec_and_a_note() {
        for f in Field::ALL {
            let s = f.spec();
            assert!(s.min < s.max && !s.label.is_empty());
            assert!(!f.default_note().is_empty());
            assert!(!f.default_summary().is_empty());
        }
        assert!(Field::ProductivityDip.default_note().contains("Meta Group"));
        assert!(Field::ProductivityGap
            .default_note()
            .contains("CIO Magazine (2003)"));
        assert!(Field::DeliveryOverhead
            .default_note()
            .contains("Planning assumption"));
        assert!(Field::DeliveryOverhead
            .default_note()
            .contains("Everest 2007"));
        // The summaries are built from the constants the model uses.
        assert_eq!(
            Field::Governance.default_summary(),
            "domestic 4 % (2–6), nearshore 7 % (4–10), offshore 10 % (6–15), captive 12 % (8–18)"
        );
        assert_eq!(Field::VendorEfficiency.default_summary(), "20 %");
        assert_eq!(Field::HybridCoordination.default_summary(), "5 % (3–10)");
        assert!(Field::Governance
            .default_note()
            .contains("CIO Magazine (2003)"));
        // Every default is within its own range.
        assert_eq!(CostInputs::default().sanitized(), CostInputs::default());
    }

    #[test]
    fn inputs_survive_json_and_old_saves_get_defaults() {
        let mut inp = hand();
        inp.hybrid_target = HybridTarget::Captive;
        let json = serde_json::to_string(&inp).expect("serialise");
        let back: CostInputs = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, inp);
        let old: CostInputs = serde_json::from_str(r#"{"fte": 12}"#).expect("parse");
        assert_eq!(
            old,
            CostInputs {
                fte: 12.0,
                ..CostInputs::default()
            }
        );
        assert!(json.contains("\"hybrid_target\":\"captive\""));
    }

    #[test]
    fn currency_formatting() {
        assert_eq!(format_money(1_234_567.0, "USD"), "$1,234,567");
        assert_eq!(format_money(1_234_567.4, "usd"), "$1,234,567");
        assert_eq!(format_money(1_234_567.5, "EUR"), "€1.234.568");
        assert_eq!(format_money(1_234_567.0, "GBP"), "£1,234,567");
        assert_eq!(format_money(1_234_567.0, "INR"), "₹12,34,567");
        assert_eq!(format_money(123_456_789.0, "INR"), "₹12,34,56,789");
        assert_eq!(format_money(1_000.0, "INR"), "₹1,000");
        assert_eq!(format_money(100_000.0, "INR"), "₹1,00,000");
        assert_eq!(format_money(999.0, "INR"), "₹999");
        assert_eq!(format_money(1_234_567.0, "CAD"), "CA$1,234,567");
        assert_eq!(format_money(1_234_567.0, "AUD"), "A$1,234,567");
        assert_eq!(format_money(1_234_567.0, "CHF"), "CHF\u{a0}1'234'567");
        assert_eq!(format_money(1_234_567.0, "JPY"), "¥1,234,567");
        assert_eq!(format_money(12.5, "JPY"), "¥13");
        assert_eq!(format_money(12.5, "USD"), "$12.50");
        assert_eq!(format_money(12.5, "EUR"), "€12,50");
        assert_eq!(format_money(12.0, "USD"), "$12");
        assert_eq!(format_money(0.0, "USD"), "$0");
        assert_eq!(format_money(-0.001, "USD"), "$0");
        assert_eq!(format_money(-2_500.0, "USD"), "-$2,500");
        assert_eq!(format_money(100.0, "USD"), "$100");
        assert_eq!(format_money(123_456.0, "USD"), "$123,456");
        assert_eq!(format_money(1_234_567.0, "SEK"), "1,234,567\u{a0}SEK");
        assert_eq!(format_money(f64::NAN, "USD"), "—");
        assert_eq!(format_money(f64::INFINITY, "USD"), "—");
        assert_eq!(format_money_short(1_234_567.0, "USD"), "$1.2M");
        assert_eq!(format_money_short(2_000_000.0, "USD"), "$2M");
        assert_eq!(format_money_short(850_000.0, "EUR"), "€850k");
        assert_eq!(format_money_short(1_500_000.0, "EUR"), "€1,5M");
        assert_eq!(format_money_short(12_000_000_000.0, "USD"), "$12B");
        assert_eq!(format_money_short(500.0, "USD"), "$500");
    }

    // ---- property tests over the whole allowed input space ----

    fn in_range(spec: &'static FieldSpec) -> impl Strategy<Value = f64> {
        prop_oneof![Just(spec.min), Just(spec.max), spec.min..=spec.max]
    }

    // Boxed: the nested strategy types of the whole input space otherwise
    // overflow the test thread's stack in debug builds.
    fn uncertain(spec: &'static FieldSpec) -> BoxedStrategy<Uncertain> {
        (in_range(spec), in_range(spec), in_range(spec))
            .prop_map(|(value, low, high)| Uncertain { value, low, high })
            .boxed()
    }

    fn moved(spec: &'static FieldSpec) -> BoxedStrategy<Moved<Uncertain>> {
        (
            uncertain(spec),
            uncertain(spec),
            uncertain(spec),
            uncertain(spec),
        )
            .prop_map(|(domestic, nearshore, offshore, captive)| Moved {
                domestic,
                nearshore,
                offshore,
                captive,
            })
            .boxed()
    }

    fn location_id() -> impl Strategy<Value = String> {
        prop::sample::select(
            locations::all()
                .iter()
                .map(|l| l.id.to_string())
                .collect::<Vec<_>>(),
        )
    }

    fn hybrid_target() -> impl Strategy<Value = HybridTarget> {
        prop::sample::select(HybridTarget::ALL.to_vec())
    }

    prop_compose! {
        fn inputs()(
            basics in (
                in_range(&FTE),
                location_id(),
                prop::option::of(in_range(&SALARY)),
                prop::option::of(in_range(&EMPLOYER_ONCOST)),
                in_range(&OTHER_OVERHEAD),
                prop::bool::ANY,
                (location_id(), location_id(), location_id()),
                in_range(&VENDOR_MARGIN),
                in_range(&VENDOR_EFFICIENCY),
                prop::sample::select(CURRENCIES.to_vec()),
            ),
            per_option in (
                moved(&DELIVERY_OVERHEAD),
                moved(&PRODUCTIVITY_GAP),
                moved(&GOVERNANCE),
                moved(&TRANSITION),
                moved(&PRODUCTIVITY_DIP),
            ),
            coordination in uncertain(&HYBRID_COORDINATION),
            dip_second_year in in_range(&DIP_SECOND_YEAR),
            staff in (uncertain(&ATTRITION), in_range(&REPLACEMENT_COST)),
            inflation in (uncertain(&WAGE_INFLATION), uncertain(&WAGE_INFLATION), uncertain(&WAGE_INFLATION), uncertain(&WAGE_INFLATION)),
            hybrid in (in_range(&HYBRID_SHARE), hybrid_target()),
            horizon in 1u32..=10,
            budget in prop::option::of(in_range(&BUDGET)),
        ) -> CostInputs {
            let (fte, home, salary, oncost, overhead, gni, (near, off, cap), margin, eff, currency) = basics;
            let (delivery_overhead, gap, governance, transition, dip) = per_option;
            CostInputs {
                currency: currency.to_string(),
                fte,
                home,
                salary_per_fte: salary,
                employer_oncost_pct: oncost,
                other_overhead_pct: overhead,
                labour_index: if gni { LabourIndex::Gni } else { LabourIndex::DeveloperPay },
                targets: Targets { nearshore: near, offshore: off, captive: cap },
                vendor_margin_pct: margin,
                vendor_efficiency_pct: eff,
                delivery_overhead_pct: delivery_overhead,
                productivity_gap_pct: gap,
                governance_pct: governance,
                hybrid_coordination_pct: coordination,
                transition_pct: transition,
                dip_pct: dip,
                dip_second_year_pct: dip_second_year,
                attrition_pct: staff.0,
                replacement_cost_pct: staff.1,
                home_inflation_pct: inflation.0,
                target_inflation_pct: Targets { nearshore: inflation.1, offshore: inflation.2, captive: inflation.3 },
                hybrid_share_pct: hybrid.0,
                hybrid_target: hybrid.1,
                horizon_years: horizon,
                annual_budget: budget,
            }
        }
    }

    prop_compose! {
        fn overrides()(
            edits in prop::collection::vec(
                (location_id(), prop::sample::select(EditableFigure::ALL.to_vec()), 0.0f64..=1.0),
                0..8,
            ),
            extremes in prop::collection::vec(
                (location_id(), prop::sample::select(EditableFigure::ALL.to_vec()), prop::bool::ANY),
                0..4,
            ),
        ) -> LocationOverrides {
            let mut o = LocationOverrides::new();
            for (id, figure, t) in edits {
                let (min, max) = figure.range();
                let _ = o.set(&id, figure, min + t * (max - min));
            }
            for (id, figure, high) in extremes {
                let (min, max) = figure.range();
                let _ = o.set(&id, figure, if high { max } else { min });
            }
            o
        }
    }

    fn assert_sane(p: &Projection) {
        let ok = |x: f64| x.is_finite() && x >= 0.0;
        assert!(ok(p.budget) && ok(p.fte));
        assert!(ok(p.assumptions.salary_per_fte) && ok(p.assumptions.in_house_year1));
        assert!(ok(p.budget_slider_max()) && ok(p.budget_slider_step()));
        for o in &p.options {
            let all = o
                .running
                .iter()
                .chain(&o.yearly)
                .chain(&o.cumulative)
                .chain(&o.band.low_cumulative)
                .chain(&o.band.high_cumulative)
                .chain([
                    &o.one_time,
                    &o.year1,
                    &o.steady_state,
                    &o.total,
                    &o.fte_for_budget,
                    &o.band.low_total,
                    &o.band.high_total,
                    &o.band.low_steady_state,
                    &o.band.high_steady_state,
                ]);
            for x in all {
                assert!(ok(*x), "{:?}: {x}", o.option);
            }
            assert!(o.savings.is_finite() && o.savings_pct.is_finite());
            assert!(o.savings_pct <= 100.0);
            assert_eq!(o.yearly.len(), p.horizon_years as usize);
            // The band brackets the central line (relative tolerance for rounding).
            assert!(o.band.low_total <= o.total * (1.0 + 1e-9));
            assert!(o.total <= o.band.high_total * (1.0 + 1e-9));
            assert!(!format_money(o.total, &p.currency).contains("NaN"));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn no_nan_infinity_or_negative_anywhere(inp in inputs(), ov in overrides()) {
            prop_assert!(inp.validate().is_empty(), "{:?}", inp.validate());
            let p = project(&inp, &ov);
            assert_sane(&p);
            assert_break_even_consistent(&p);
        }

        #[test]
        fn hybrid_limits_hold_everywhere(inp in inputs()) {
            let zero = CostInputs { hybrid_share_pct: 0.0, ..inp.clone() };
            let p = project(&zero, &none());
            let (ih, h) = (opt(&p, SourcingOption::InHouse), opt(&p, SourcingOption::Hybrid));
            prop_assert_eq!(&h.yearly, &ih.yearly);
            prop_assert_eq!(h.steady_state, ih.steady_state);
            prop_assert_eq!(&h.band, &ih.band);
            let full = CostInputs { hybrid_share_pct: 100.0, ..inp };
            let p = project(&full, &none());
            let t = opt(&p, full.hybrid_target.option());
            let ih = opt(&p, SourcingOption::InHouse);
            let h = opt(&p, SourcingOption::Hybrid);
            // The target plus coordination on the in-house cost of the moved work.
            let c = full.sanitized().hybrid_coordination_pct.value / 100.0;
            for y in 0..h.yearly.len() {
                prop_assert!(close(h.yearly[y], t.yearly[y] + c * ih.running[y]));
            }
            prop_assert!(close(h.steady_state, t.steady_state + c * ih.steady_state));
        }

        #[test]
        fn monotone_in_fte_and_salary(inp in inputs(), f in 1.0f64..=4.0) {
            let p = project(&inp, &none());
            let bigger = CostInputs { fte: (inp.fte * f).min(FTE.max), ..inp.clone() };
            let q = project(&bigger, &none());
            for (a, b) in p.options.iter().zip(&q.options) {
                prop_assert!(b.total >= a.total && b.steady_state >= a.steady_state);
            }
            let salary = p.assumptions.salary_per_fte;
            let richer = CostInputs { salary_per_fte: Some((salary * f).min(SALARY.max)), ..inp };
            let q = project(&richer, &none());
            for (a, b) in p.options.iter().zip(&q.options) {
                prop_assert!(b.total >= a.total && b.year1 >= a.year1);
            }
        }

        #[test]
        fn any_numbers_at_all_are_made_safe(
            fte in any::<f64>(), salary in any::<f64>(), margin in any::<f64>(),
            dip in any::<f64>(), inflation in any::<f64>(), share in any::<f64>(),
            budget in any::<f64>(), horizon in any::<u32>(),
            overhead in any::<f64>(), gap in any::<f64>(), efficiency in any::<f64>(),
        ) {
            let inp = CostInputs {
                fte,
                salary_per_fte: Some(salary),
                vendor_margin_pct: margin,
                vendor_efficiency_pct: efficiency,
                delivery_overhead_pct: all4(Uncertain::new(overhead, -overhead, overhead)),
                productivity_gap_pct: all4(Uncertain::new(gap, gap, -gap)),
                dip_pct: all4(Uncertain::new(dip, dip, dip)),
                home_inflation_pct: Uncertain::new(inflation, -inflation, inflation),
                hybrid_share_pct: share,
                annual_budget: Some(budget),
                horizon_years: horizon,
                ..CostInputs::default()
            };
            assert_sane(&project(&inp, &none()));
        }
    }
}
