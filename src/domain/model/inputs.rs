//! The cost model's inputs as saved with a scenario: every number with its
//! unit, allowed range and default, and the checks a typed value must pass.

use serde::{Deserialize, Serialize};

use crate::domain::model::ids::{id_enum, LocationId};
use crate::domain::model::options::SourcingOption;

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

id_enum! {
    serde("hybrid target")
    /// Where the hybrid option sends its moved share; saved as the id of
    /// the option the share follows.
    #[derive(Default)]
    pub enum HybridTarget {
        Domestic = "domestic",
        Nearshore = "nearshore",
        #[default]
        Offshore = "offshore",
        Captive = "captive",
    }
}

impl HybridTarget {
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

    /// Label, unit and range. Where the default comes from is
    /// `content::cost_notes` (`Field::default_note`); the default written
    /// out is `present::inputs::default_summary`.
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
}

/// Why a typed or stored number was refused. `present::inputs` says it in
/// words, naming the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// Nothing was typed.
    Empty,
    /// Not a number (or not a finite one).
    NotANumber,
    /// Below zero where the range starts at zero or above.
    Negative,
    /// A fraction where only whole numbers are allowed.
    NotWhole,
    /// Outside the allowed range.
    OutOfRange,
}

/// Checks one typed value against its field's range; the last good value
/// should stay in place when it is refused.
pub fn validate_field(field: Field, value: f64) -> Result<f64, FieldError> {
    let spec = field.spec();
    if !value.is_finite() {
        return Err(FieldError::NotANumber);
    }
    if value < 0.0 && spec.min >= 0.0 {
        return Err(FieldError::Negative);
    }
    if spec.whole && value.fract() != 0.0 {
        return Err(FieldError::NotWhole);
    }
    if value < spec.min || value > spec.max {
        return Err(FieldError::OutOfRange);
    }
    Ok(value)
}

/// Reads a typed number ("1,200", "25 %", " 3.5 "): thousands separators,
/// spaces and a trailing % are ignored.
pub fn parse_number(text: &str) -> Result<f64, FieldError> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if cleaned.is_empty() {
        return Err(FieldError::Empty);
    }
    cleaned.parse::<f64>().map_err(|_| FieldError::NotANumber)
}

/// Reads a typed value ("1,200", "25 %", " 3.5 ") and checks it.
pub fn parse_field(field: Field, text: &str) -> Result<f64, FieldError> {
    validate_field(field, parse_number(text)?)
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

/// The default home location.
pub const DEFAULT_HOME: LocationId = LocationId::UnitedStates;

/// Default currency code.
pub const DEFAULT_CURRENCY: &str = "USD";

/// Default team size, FTE.
pub const DEFAULT_FTE: f64 = 20.0;

/// Default other overhead, %.
pub const DEFAULT_OTHER_OVERHEAD_PCT: f64 = 20.0;

/// Default nearshore target: for a US home, Mexico shares working hours (UTC−6).
pub const DEFAULT_NEARSHORE: LocationId = LocationId::Mexico;

/// Default offshore target: India, Kearney GSLI 2023 rank 1.
pub const DEFAULT_OFFSHORE: LocationId = LocationId::India;

/// Default captive target: India as well. It is Kearney GSLI 2023 rank 1, its
/// pay figure rests on 819 respondents (the Philippines has 48, a small
/// sample), and putting the captive where the offshore vendor is compares
/// "own centre vs vendor" in the same place.
pub const DEFAULT_CAPTIVE: LocationId = LocationId::India;

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
    /// Home location (an unknown id in saved data is an error, not a default).
    pub home: LocationId,
    /// Gross salary per FTE; `None` follows the home preset's developer pay.
    pub salary_per_fte: Option<f64>,
    /// Employer on-cost at home, %; `None` follows the home preset.
    pub employer_oncost_pct: Option<f64>,
    /// Facilities, IT, benefits, % on top of pay and on-cost.
    pub other_overhead_pct: f64,
    /// The measure of relative labour cost.
    pub labour_index: LabourIndex,
    /// Target locations.
    pub targets: Targets<LocationId>,
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
            home: DEFAULT_HOME,
            salary_per_fte: None,
            employer_oncost_pct: None,
            other_overhead_pct: DEFAULT_OTHER_OVERHEAD_PCT,
            labour_index: LabourIndex::default(),
            targets: Targets {
                nearshore: DEFAULT_NEARSHORE,
                offshore: DEFAULT_OFFSHORE,
                captive: DEFAULT_CAPTIVE,
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

pub(crate) fn moved_iter<T>(m: &Moved<T>) -> [&T; 4] {
    [&m.domestic, &m.nearshore, &m.offshore, &m.captive]
}

pub(crate) fn targets_iter<T>(t: &Targets<T>) -> [&T; 3] {
    [&t.nearshore, &t.offshore, &t.captive]
}

/// The currencies the app offers and knows how to write
/// (`present::numbers::format_money`).
pub const CURRENCIES: [&str; 8] = ["USD", "EUR", "GBP", "INR", "CAD", "AUD", "CHF", "JPY"];

id_enum! {
    serde("labour cost measure")
    /// Which figure the cost model measures relative labour cost by.
    #[derive(Default)]
    pub enum LabourIndex {
        /// Stack Overflow 2024 developer pay at market rates (the default: it
        /// measures what skilled staff actually cost, in USD).
        #[default]
        DeveloperPay = "developer_pay",
        /// World Bank GNI per capita (a general income level; broader but blunter).
        Gni = "gni",
    }
}

impl LabourIndex {
    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            LabourIndex::DeveloperPay => "Developer pay (Stack Overflow 2024)",
            LabourIndex::Gni => "GNI per capita (World Bank 2023)",
        }
    }
}
