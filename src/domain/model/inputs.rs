//! The cost model's inputs as saved with a scenario, and one record per
//! number ([`FIELDS`]): its label, unit, range, default, where the default
//! comes from, which panel shows it and where it sits in [`CostInputs`].
//!
//! Whatever treats the numbers alike goes through the records: the
//! defaults, the checks and the clamping (`rules::inputs`), the defaults
//! written out (`present::inputs`), and every editable copy (`knob::Knob`).
//! Adding a number is: its field in `CostInputs` (the name it is saved
//! under, and a blank in `Default`), its `Field` id, and its record.

use serde::{Deserialize, Serialize};

use crate::domain::model::ids::{id_enum, LocationId};
use crate::domain::model::number_style::NumberStyle;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::typed_number::{read_number, Decimal, NotRead};

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

    /// One end, as a knob edits it.
    pub fn end(&self, end: End) -> f64 {
        match end {
            End::Value => self.value,
            End::Low => self.low,
            End::High => self.high,
        }
    }

    /// One end, for changing it.
    pub fn end_mut(&mut self, end: End) -> &mut f64 {
        match end {
            End::Value => &mut self.value,
            End::Low => &mut self.low,
            End::High => &mut self.high,
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

impl<T> Targets<T> {
    /// The value of a target row (`None` for any other slot).
    pub fn at(&self, slot: Slot) -> Option<&T> {
        match slot {
            Slot::Nearshore => Some(&self.nearshore),
            Slot::Offshore => Some(&self.offshore),
            Slot::Captive => Some(&self.captive),
            _ => None,
        }
    }

    /// The same, for changing it.
    pub fn at_mut(&mut self, slot: Slot) -> Option<&mut T> {
        match slot {
            Slot::Nearshore => Some(&mut self.nearshore),
            Slot::Offshore => Some(&mut self.offshore),
            Slot::Captive => Some(&mut self.captive),
            _ => None,
        }
    }
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

/// A cost that follows distance: a domestic vendor's value, and the values
/// abroad at the same working hours as home and with no shared hours; in
/// between, the model interpolates on the share of the working day not
/// shared (`rules::cost`). Saved under names older versions did not use,
/// so their per-option values are dropped rather than misread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ByDistance {
    pub domestic: Uncertain,
    pub same_hours: Uncertain,
    pub no_overlap: Uncertain,
}

impl ByDistance {
    /// The value of a row (`None` for any other slot).
    pub fn at(&self, slot: Slot) -> Option<&Uncertain> {
        match slot {
            Slot::Domestic => Some(&self.domestic),
            Slot::SameHours => Some(&self.same_hours),
            Slot::NoOverlap => Some(&self.no_overlap),
            _ => None,
        }
    }

    /// The same, for changing it.
    pub fn at_mut(&mut self, slot: Slot) -> Option<&mut Uncertain> {
        match slot {
            Slot::Domestic => Some(&mut self.domestic),
            Slot::SameHours => Some(&mut self.same_hours),
            Slot::NoOverlap => Some(&mut self.no_overlap),
            _ => None,
        }
    }
}

id_enum! {
    serde("function")
    /// The kind of work moved: the default pay follows it. Saved as the id
    /// of the quiz's Function answer.
    #[derive(Default)]
    pub enum Function {
        #[default]
        NotAnswered = "not_answered",
        CustomerSupport = "customer_support",
        ItHelpdesk = "it_helpdesk",
        SoftwareDevelopment = "software_development",
        FinanceAccounting = "finance_accounting",
        Marketing = "marketing",
        Other = "other",
    }
}

impl Function {
    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Function::NotAnswered => "Not answered",
            Function::CustomerSupport => "Customer support",
            Function::ItHelpdesk => "IT support or helpdesk",
            Function::SoftwareDevelopment => "Software development",
            Function::FinanceAccounting => "Finance or accounting",
            Function::Marketing => "Marketing",
            Function::Other => "Something else",
        }
    }

    /// The share of the cited onsite figures that applies to this work. The
    /// figures (Nearshore Americas, Softtek) describe software and IT
    /// services, where a slice of the delivery team works at the client's
    /// site. Process work (customer support, finance and accounting,
    /// marketing) keeps a few liaison and transition staff instead: a
    /// quarter of the figures (assumption).
    pub fn onsite_factor(self) -> f64 {
        match self {
            Function::CustomerSupport | Function::FinanceAccounting | Function::Marketing => 0.25,
            Function::NotAnswered
            | Function::ItHelpdesk
            | Function::SoftwareDevelopment
            | Function::Other => 1.0,
        }
    }
}

/// The unit of an input field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// Money in the scenario's currency, paid once.
    MoneyOnce,
}

impl Unit {
    /// Whether the unit is an amount of money (in the scenario's currency).
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::MoneyPerYear | Unit::MoneyPerFtePerYear | Unit::MoneyOnce
        )
    }

    /// The unit as shown beside a field.
    pub fn label(self) -> &'static str {
        match self {
            Unit::Fte => "FTE",
            Unit::MoneyPerYear => "per year",
            Unit::MoneyPerFtePerYear => "per FTE per year",
            Unit::Percent => "%",
            Unit::PercentPerYear => "% per year",
            Unit::Years => "years",
            Unit::MoneyOnce => "once",
        }
    }
}

/// Which copy of a field: fields per option, per place, or single.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    Only,
    Home,
    Domestic,
    Nearshore,
    Offshore,
    Captive,
    /// Abroad, working the same hours as home.
    SameHours,
    /// Abroad, with no working hours in common with home.
    NoOverlap,
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
            Slot::SameHours => "Same hours",
            Slot::NoOverlap => "No overlap",
        }
    }
}

/// Which end of an uncertain assumption.
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

/// A number's default, which also gives its shape (one value or one per
/// row, with or without a best and worst case).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Preset {
    /// One number.
    Value(f64),
    /// Nothing is saved until the user types a number: the model works the
    /// figure out from what the text names ("the home location's statutory rate").
    Worked(&'static str),
    /// One uncertain number: the value used, the best and the worst case.
    Range(Uncertain),
    /// One uncertain number per row, in display order.
    Rows(&'static [(Slot, Uncertain)]),
}

/// Which panel of the Budget screen shows a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// The main inputs, the hybrid and the budget, each laid out by hand.
    Main,
    /// The Assumptions panel, which lists its numbers in record order.
    Assumptions,
}

/// Where one copy of a number is saved in [`CostInputs`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell<'a> {
    /// A plain number.
    Number(&'a f64),
    /// A number that follows a figure the model works out until it is typed.
    Optional(&'a Option<f64>),
    /// A whole number.
    Whole(&'a u32),
    /// A value with its best and worst case.
    Range(&'a Uncertain),
}

/// The same place, for changing it.
#[derive(Debug, PartialEq)]
pub enum CellMut<'a> {
    Number(&'a mut f64),
    Optional(&'a mut Option<f64>),
    Whole(&'a mut u32),
    Range(&'a mut Uncertain),
}

impl Cell<'_> {
    /// The number at `end`; `None` where there is none (an end a certain
    /// number does not have, or a figure the model works out).
    pub fn value(self, end: End) -> Option<f64> {
        match self {
            Cell::Range(u) => Some(u.end(end)),
            _ if end != End::Value => None,
            Cell::Number(v) => Some(*v),
            Cell::Optional(v) => *v,
            Cell::Whole(v) => Some(f64::from(*v)),
        }
    }
}

/// The only copy of a single number (`None` for any other slot).
fn only<T>(slot: Slot, cell: T) -> Option<T> {
    (slot == Slot::Only).then_some(cell)
}

/// One number of the cost model: everything the app knows about it.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    /// Its id.
    pub field: Field,
    /// The name a person reads.
    pub label: &'static str,
    pub unit: Unit,
    /// The allowed range, inclusive; each end of an uncertain number is
    /// checked against it too.
    pub min: f64,
    pub max: f64,
    /// Only whole numbers are allowed.
    pub whole: bool,
    /// How far a slider moves it in one step (0: no slider).
    pub step: f64,
    /// The default, which also gives the rows and ends the number has.
    pub default: Preset,
    /// Where the default comes from: a cited source, or an honest
    /// "planning assumption" when SOURCES.md has nothing to lean on.
    pub note: &'static str,
    /// The panel that shows it.
    pub panel: Panel,
    /// Where a row of it is saved (`None` for a row it does not have).
    pub at: for<'a> fn(&'a CostInputs, Slot) -> Option<Cell<'a>>,
    /// The same, for changing it.
    pub at_mut: for<'a> fn(&'a mut CostInputs, Slot) -> Option<CellMut<'a>>,
}

impl FieldSpec {
    /// `value` forced into range; a non-finite value becomes `default`.
    pub fn clamp(&self, value: f64, default: f64) -> f64 {
        if value.is_finite() {
            let v = clamp_f64(value, self.min, self.max);
            if self.whole {
                v.round()
            } else {
                v
            }
        } else {
            default
        }
    }

    /// Whether the number has a best and a worst case.
    pub fn is_uncertain(&self) -> bool {
        matches!(self.default, Preset::Range(_) | Preset::Rows(_))
    }

    /// Every copy of the number (row, end): row by row, each row's value,
    /// best and worst case.
    pub fn copies(&self) -> impl Iterator<Item = (Slot, End)> + 'static {
        let rows: &'static [(Slot, Uncertain)] = match self.default {
            Preset::Rows(rows) => rows,
            _ => &[],
        };
        let single = rows.is_empty().then_some(Slot::Only);
        let ends: &'static [End] = if self.is_uncertain() {
            &End::ALL
        } else {
            &[End::Value]
        };
        rows.iter()
            .map(|(slot, _)| *slot)
            .chain(single)
            .flat_map(move |slot| ends.iter().map(move |&end| (slot, end)))
    }

    /// The default of one copy; `None` where the model works it out.
    pub fn default_at(&self, slot: Slot, end: End) -> Option<f64> {
        match self.default {
            Preset::Value(v) => (slot == Slot::Only && end == End::Value).then_some(v),
            Preset::Worked(_) => None,
            Preset::Range(u) => (slot == Slot::Only).then(|| u.end(end)),
            Preset::Rows(rows) => rows
                .iter()
                .find(|(s, _)| *s == slot)
                .map(|(_, u)| u.end(end)),
        }
    }

    /// The default of one copy in `c`'s currency: money defaults are set in
    /// US dollars and converted at `c`'s rate ([`CostInputs::usd_scale`]).
    pub fn default_for(&self, c: &CostInputs, slot: Slot, end: End) -> Option<f64> {
        let d = self.default_at(slot, end)?;
        Some(if self.unit.is_money() {
            d * c.usd_scale()
        } else {
            d
        })
    }

    /// The number the user set in one copy, or `None` where it follows a
    /// figure the model works out (or the copy does not exist).
    pub fn get(&self, c: &CostInputs, slot: Slot, end: End) -> Option<f64> {
        (self.at)(c, slot)?.value(end)
    }

    /// Stores a checked number in one copy (a whole number is rounded
    /// into range; a copy the number does not have changes nothing).
    pub fn set(&self, c: &mut CostInputs, slot: Slot, end: End, value: f64) {
        match (self.at_mut)(c, slot) {
            Some(CellMut::Range(u)) => *u.end_mut(end) = value,
            _ if end != End::Value => {}
            Some(CellMut::Number(v)) => *v = value,
            Some(CellMut::Optional(v)) => *v = Some(value),
            // In range and rounded, so the cast is exact.
            Some(CellMut::Whole(v)) if value.is_finite() => {
                *v = clamp_f64(value, self.min.max(0.0), self.max).round() as u32;
            }
            Some(CellMut::Whole(_)) | None => {}
        }
    }

    /// Puts one copy back to its default, held in range: a money default
    /// at an extreme rate (a typed rate of a million per US dollar) would
    /// otherwise pass the range the saved-data checks hold it to.
    pub fn reset(&self, c: &mut CostInputs, slot: Slot, end: End) {
        match self.default_for(c, slot, end) {
            Some(value) => self.set(c, slot, end, self.clamp(value, value)),
            None => {
                if let Some(CellMut::Optional(v)) = (self.at_mut)(c, slot) {
                    *v = None;
                }
            }
        }
    }

    /// Puts every copy back to its default.
    pub fn reset_all(&self, c: &mut CostInputs) {
        for (slot, end) in self.copies() {
            self.reset(c, slot, end);
        }
    }
}

/// A number of the cost model: the id of its record in [`FIELDS`]. Numbers
/// with a best and worst case (governance, transition, …) check each end
/// against the same range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Fte,
    Salary,
    EmployerOnCost,
    OtherOverhead,
    SeatCost,
    VendorOverhead,
    VendorMargin,
    OnsiteShare,
    ProductivityGap,
    Governance,
    HybridCoordination,
    Transition,
    ProductivityDip,
    Attrition,
    CaptiveAttrition,
    ReplacementCost,
    CaptiveFixedCost,
    CaptiveSetup,
    WageInflation,
    HybridShare,
    Horizon,
    Budget,
}

impl Field {
    /// Every number, in record order.
    pub const ALL: [Field; 22] = [
        Field::Fte,
        Field::Salary,
        Field::EmployerOnCost,
        Field::OtherOverhead,
        Field::SeatCost,
        Field::VendorOverhead,
        Field::VendorMargin,
        Field::OnsiteShare,
        Field::ProductivityGap,
        Field::Governance,
        Field::HybridCoordination,
        Field::Transition,
        Field::ProductivityDip,
        Field::Attrition,
        Field::CaptiveAttrition,
        Field::ReplacementCost,
        Field::CaptiveFixedCost,
        Field::CaptiveSetup,
        Field::WageInflation,
        Field::HybridShare,
        Field::Horizon,
        Field::Budget,
    ];

    /// How many numbers there are.
    pub const COUNT: usize = Field::ALL.len();

    /// The number's record: label, unit, range, default, note, place.
    pub fn spec(self) -> &'static FieldSpec {
        &FIELDS[self as usize]
    }

    /// Where the default comes from: a cited source, or an honest "planning
    /// assumption" (the record's note; the default written out is
    /// `present::inputs::default_summary`).
    pub fn default_note(self) -> &'static str {
        self.spec().note
    }
}

/// Every number of the cost model, one record each, in [`Field`] order.
pub static FIELDS: [FieldSpec; Field::COUNT] = TABLE;

/// How many records a panel shows.
pub const fn count_in(panel: Panel) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < TABLE.len() {
        if TABLE[i].panel as u8 == panel as u8 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The numbers a panel shows, in record order (`N` is `count_in(panel)`).
pub const fn fields_in<const N: usize>(panel: Panel) -> [Field; N] {
    let mut out = [Field::Fte; N];
    let mut n = 0;
    let mut i = 0;
    while i < TABLE.len() {
        if TABLE[i].panel as u8 == panel as u8 {
            out[n] = TABLE[i].field;
            n += 1;
        }
        i += 1;
    }
    out
}

/// Every number of the cost model, one record each, in `Field` order (the
/// order of the Assumptions panel and of the checks).
const TABLE: [FieldSpec; Field::COUNT] = [
    FieldSpec {
        field: Field::Fte,
        label: "Team size",
        unit: Unit::Fte,
        min: 0.5,
        max: 10_000.0,
        whole: false,
        step: 0.0,
        default: Preset::Value(20.0),
        note: "Type the size of your team. Until you do, the cost model plans for 20 people: an assumption, not a fact.",
        panel: Panel::Main,
        at: |c, slot| only(slot, Cell::Number(&c.fte)),
        at_mut: |c, slot| only(slot, CellMut::Number(&mut c.fte)),
    },
    // Gross pay; wide enough for the dong and the rial (a US salary
    // converted to VND passes a billion), as wide as the other amounts.
    FieldSpec {
        field: Field::Salary,
        label: "In-house salary per FTE",
        unit: Unit::MoneyPerFtePerYear,
        min: 100.0,
        max: 1_000_000_000_000.0,
        whole: false,
        step: 0.0,
        default: Preset::Worked("the home location's pay for the function"),
        note:
            "Default: pay for the function at home. Software development: the home location's \
            median developer pay (Stack Overflow Developer Survey 2024, USD). Customer support, \
            IT support, finance and marketing: the US median wage for that work (BLS OEWS May \
            2023) scaled by the home location's labour index, an estimate. Another or no function: \
            the home location's average wage (OECD 2022, PPP USD), or the US one scaled by the \
            labour index where the OECD has no figure. Enter your own gross salary, in the \
            scenario's currency: a typed salary always wins.",
        panel: Panel::Main,
        at: |c, slot| only(slot, Cell::Optional(&c.salary_per_fte)),
        at_mut: |c, slot| only(slot, CellMut::Optional(&mut c.salary_per_fte)),
    },
    // % of gross pay.
    FieldSpec {
        field: Field::EmployerOnCost,
        label: "Employer on-cost",
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        whole: false,
        step: 0.0,
        default: Preset::Worked("the home location's statutory rate"),
        note:
            "Default: the home location's statutory employer contributions \
            (national social-security sources 2020–2025). Every other place uses its own rate. \
            Where the law asks only a payroll tax, as in the United States (FICA), health \
            insurance and other benefits are not in it: the benefits overhead carries them.",
        panel: Panel::Main,
        at: |c, slot| only(slot, Cell::Optional(&c.employer_oncost_pct)),
        at_mut: |c, slot| only(slot, CellMut::Optional(&mut c.employer_oncost_pct)),
    },
    // Benefits and pay-linked overhead: % of pay plus on-cost.
    FieldSpec {
        field: Field::OtherOverhead,
        label: "Benefits and pay-linked overhead",
        unit: Unit::Percent,
        min: 0.0,
        max: 200.0,
        whole: false,
        step: 0.0,
        default: Preset::Value(20.0),
        note:
            "Assumption; no cited source: benefits and other costs that follow pay, as % of pay \
            plus on-cost, the same wherever the staff are employed.",
        panel: Panel::Main,
        at: |c, slot| only(slot, Cell::Number(&c.other_overhead_pct)),
        at_mut: |c, slot| only(slot, CellMut::Number(&mut c.other_overhead_pct)),
    },
    // Per-seat cost that does not follow local pay.
    FieldSpec {
        field: Field::SeatCost,
        label: "Workplace cost per seat",
        unit: Unit::MoneyPerFtePerYear,
        min: 0.0,
        max: 1_000_000_000_000.0,
        whole: false,
        step: 0.0,
        default: Preset::Value(6_000.0),
        note:
            "Assumption; no cited source: equipment, software licences, connectivity and a share \
            of facilities, which cost much the same everywhere, so they weigh more where pay is \
            low. Added to every seat: in-house, a vendor's and a captive centre's.",
        panel: Panel::Assumptions,
        at: |c, slot| only(slot, Cell::Number(&c.seat_cost)),
        at_mut: |c, slot| only(slot, CellMut::Number(&mut c.seat_cost)),
    },
    // Bench, delivery and account management, pre-sales, training.
    FieldSpec {
        field: Field::VendorOverhead,
        label: "Vendor overhead",
        unit: Unit::Percent,
        min: 0.0,
        max: 300.0,
        whole: false,
        step: 0.0,
        default: Preset::Value(5.0),
        note:
            "Assumption; no cited source: what a vendor carries beyond the seat (bench, delivery \
            and account management, pre-sales, training). A vendor's price per FTE is the seat at \
            the vendor's location × (1 + this) × (1 + margin), the same wherever you are; the \
            Assumptions panel shows the result, so check it against quotes.",
        panel: Panel::Assumptions,
        at: |c, slot| only(slot, Cell::Number(&c.vendor_overhead_pct)),
        at_mut: |c, slot| only(slot, CellMut::Number(&mut c.vendor_overhead_pct)),
    },
    // The vendor's profit on its costs.
    FieldSpec {
        field: Field::VendorMargin,
        label: "Vendor margin",
        unit: Unit::Percent,
        min: 0.0,
        max: 200.0,
        whole: false,
        step: 0.0,
        default: Preset::Value(10.0),
        note:
            "Assumption; no cited source: the vendor's profit on its costs. Vendor quotes replace it.",
        panel: Panel::Main,
        at: |c, slot| only(slot, Cell::Number(&c.vendor_margin_pct)),
        at_mut: |c, slot| only(slot, CellMut::Number(&mut c.vendor_margin_pct)),
    },
    // Vendor staff at your site or travelling, % of the seats, by distance.
    FieldSpec {
        field: Field::OnsiteShare,
        label: "Onsite share",
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        whole: false,
        step: 0.0,
        default: Preset::Rows(&[
            (Slot::SameHours, Uncertain::new(12.0, 8.0, 20.0)),
            (Slot::NoOverlap, Uncertain::new(20.0, 12.0, 30.0)),
        ]),
        note:
            "Vendor staff working at your site or travelling, priced at a domestic vendor's rate; \
            it grows from the same-hours value to the no-overlap value as the shared working hours \
            shrink. Estimates published by nearshore vendors: about 8 % onsite nearshore and 30 % \
            and more far away (Nearshore Americas), about 20 % nearshore and 35–40 % with Asian \
            vendors (Softtek, 2005). Nearby we take 12 % within those two figures; as they sell \
            nearshore we take a lower far end. These describe software and IT services; for \
            customer support, finance and accounting, and marketing the model takes a quarter of \
            them (a few liaison staff, not part of the team). Assumption. A captive centre needs \
            half of it.",
        panel: Panel::Assumptions,
        at: |c, slot| match slot {
            Slot::SameHours | Slot::NoOverlap => c.onsite_share_pct.at(slot).map(Cell::Range),
            _ => None,
        },
        at_mut: |c, slot| match slot {
            Slot::SameHours | Slot::NoOverlap => {
                c.onsite_share_pct.at_mut(slot).map(CellMut::Range)
            }
            _ => None,
        },
    },
    // Lasting extra effort for the same output because of distance, %.
    FieldSpec {
        field: Field::ProductivityGap,
        label: "Productivity gap",
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        whole: false,
        step: 0.0,
        default: Preset::Rows(&[
            (Slot::Domestic, Uncertain::new(0.0, 0.0, 5.0)),
            (Slot::SameHours, Uncertain::new(3.0, 0.0, 8.0)),
            (Slot::NoOverlap, Uncertain::new(15.0, 8.0, 27.0)),
        ]),
        note:
            "Lasting extra effort for the same output: communication, time zones, culture, rework. \
            Abroad it grows from the same-hours value to the no-overlap value as the shared working \
            hours shrink. Leans on CIO Magazine (2003): cultural and productivity costs 3–27 %. \
            A captive centre's own staff share your processes: 70 % of a vendor's gap (assumption).",
        panel: Panel::Assumptions,
        at: |c, slot| c.productivity_gap.at(slot).map(Cell::Range),
        at_mut: |c, slot| c.productivity_gap.at_mut(slot).map(CellMut::Range),
    },
    // The retained organisation's management and governance, % of the
    // moved work's in-house cost.
    FieldSpec {
        field: Field::Governance,
        label: "Governance overhead",
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        whole: false,
        step: 0.0,
        default: Preset::Rows(&[
            (Slot::Domestic, Uncertain::new(4.0, 2.0, 6.0)),
            (Slot::SameHours, Uncertain::new(5.0, 3.0, 8.0)),
            (Slot::NoOverlap, Uncertain::new(12.0, 8.0, 18.0)),
            (Slot::Captive, Uncertain::new(5.0, 3.0, 8.0)),
        ]),
        note:
            "Your retained organisation that manages the provider (contract and vendor management, \
            oversight), as % of what the moved work costs in-house. Abroad it grows from the \
            same-hours value to the no-overlap value as the shared working hours shrink; a captive \
            centre has its own management on site (its fixed running cost), so head office adds \
            only its own value. Assumption leaning on CIO Magazine (2003): vendor selection alone \
            is 0.2–2 % of contract value a year.",
        panel: Panel::Assumptions,
        at: |c, slot| match slot {
            Slot::Captive => Some(Cell::Range(&c.captive_governance_pct)),
            _ => c.governance.at(slot).map(Cell::Range),
        },
        at_mut: |c, slot| match slot {
            Slot::Captive => Some(CellMut::Range(&mut c.captive_governance_pct)),
            _ => c.governance.at_mut(slot).map(CellMut::Range),
        },
    },
    // % of the moved share's in-house cost.
    FieldSpec {
        field: Field::HybridCoordination,
        label: "Hybrid coordination overhead",
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        whole: false,
        step: 0.0,
        default: Preset::Range(Uncertain::new(5.0, 3.0, 10.0)),
        note:
            "Assumption: the extra cost of splitting one function between two teams, \
            as % of the moved share's in-house cost, at the low end of CIO Magazine's (2003) \
            3–27 % cultural and productivity costs.",
        panel: Panel::Assumptions,
        at: |c, slot| only(slot, Cell::Range(&c.hybrid_coordination_pct)),
        at_mut: |c, slot| only(slot, CellMut::Range(&mut c.hybrid_coordination_pct)),
    },
    // One-time, % of one year's in-house cost.
    FieldSpec {
        field: Field::Transition,
        label: "Transition cost",
        unit: Unit::Percent,
        min: 0.0,
        max: 300.0,
        whole: false,
        step: 0.0,
        default: Preset::Rows(&[
            (Slot::Domestic, Uncertain::new(10.0, 5.0, 20.0)),
            (Slot::SameHours, Uncertain::new(40.0, 25.0, 60.0)),
            (Slot::NoOverlap, Uncertain::new(90.0, 60.0, 120.0)),
        ]),
        note:
            "One-time, % of one year's in-house cost of the moved work: knowledge transfer and \
            parallel running, severance and retention, vendor selection and contracts. Abroad it \
            grows from the same-hours value to the no-overlap value as the shared working hours \
            shrink. CIO Magazine (2003) puts layoffs and retention at 3–5 % and vendor selection \
            at 0.2–2 % of contract value a year; the rest is an assumption. Severance, retention and \
            a new team learning your work do not shrink with distance, so a team abroad at your \
            working hours already costs 40 % of a year; far away, travel and longer parallel \
            running add the rest. A captive centre pays \
            its set-up on top.",
        panel: Panel::Assumptions,
        at: |c, slot| c.transition.at(slot).map(Cell::Range),
        at_mut: |c, slot| c.transition.at_mut(slot).map(CellMut::Range),
    },
    // % lower efficiency while ramping up, in years 1 and 2. Below 100 so
    // the extra effort d/(1−d) stays finite (75 % means four times the effort).
    FieldSpec {
        field: Field::ProductivityDip,
        label: "Ramp-up dip",
        unit: Unit::Percent,
        min: 0.0,
        max: 75.0,
        whole: false,
        step: 0.0,
        default: Preset::Rows(&[
            (Slot::Domestic, Uncertain::new(10.0, 5.0, 20.0)),
            (Slot::SameHours, Uncertain::new(15.0, 10.0, 20.0)),
            (Slot::NoOverlap, Uncertain::new(20.0, 10.0, 30.0)),
        ]),
        note:
            "Meta Group, quoted by CIO Magazine (2003): about 20 % lower efficiency in the first \
            two years of offshore work, applied in full in years 1 and 2 (the no-overlap value). \
            A team abroad at your working hours still has to learn your work, so it keeps most of \
            the dip (15 %); a domestic vendor 10 % (assumptions). The extra effort is dip / (1 − dip), 25 % more for a 20 % dip.",
        panel: Panel::Assumptions,
        at: |c, slot| c.dip.at(slot).map(Cell::Range),
        at_mut: |c, slot| c.dip.at_mut(slot).map(CellMut::Range),
    },
    // Your own staff leaving each year.
    FieldSpec {
        field: Field::Attrition,
        label: "Attrition at home",
        unit: Unit::PercentPerYear,
        min: 0.0,
        max: 100.0,
        whole: false,
        step: 0.0,
        default: Preset::Range(Uncertain::new(13.0, 8.0, 20.0)),
        note:
            "Assumption; no cited source: your own staff at home leaving each year. A vendor's \
            turnover is part of its price.",
        panel: Panel::Assumptions,
        at: |c, slot| only(slot, Cell::Range(&c.attrition_pct)),
        at_mut: |c, slot| only(slot, CellMut::Range(&mut c.attrition_pct)),
    },
    FieldSpec {
        field: Field::CaptiveAttrition,
        label: "Attrition in a captive centre",
        unit: Unit::PercentPerYear,
        min: 0.0,
        max: 100.0,
        whole: false,
        step: 0.0,
        default: Preset::Range(Uncertain::new(18.0, 12.0, 25.0)),
        note:
            "Assumption: your own staff abroad leave more often. Turnover was the main factor \
            delaying break-even in Šmite & van Solingen (IEEE Software).",
        panel: Panel::Assumptions,
        at: |c, slot| only(slot, Cell::Range(&c.captive_attrition_pct)),
        at_mut: |c, slot| only(slot, CellMut::Range(&mut c.captive_attrition_pct)),
    },
    // % of a year's salary per leaver.
    FieldSpec {
        field: Field::ReplacementCost,
        label: "Replacement cost per leaver",
        unit: Unit::Percent,
        min: 0.0,
        max: 300.0,
        whole: false,
        step: 0.0,
        default: Preset::Value(50.0),
        note: "Assumption (recruiting, onboarding, lost output); no cited source.",
        panel: Panel::Assumptions,
        at: |c, slot| only(slot, Cell::Number(&c.replacement_cost_pct)),
        at_mut: |c, slot| only(slot, CellMut::Number(&mut c.replacement_cost_pct)),
    },
    FieldSpec {
        field: Field::CaptiveFixedCost,
        label: "Captive centre fixed running cost",
        unit: Unit::MoneyPerYear,
        min: 0.0,
        max: 1_000_000_000_000.0,
        whole: false,
        step: 0.0,
        default: Preset::Worked("five in-house FTE at their fully loaded cost"),
        note:
            "Assumption; no cited source: site leadership, HR, finance, legal and compliance, IT, \
            the entity's audits and filings, and head office's time on the entity, whatever the \
            centre's size; it grows with the centre's wage inflation. The default is what five of \
            your in-house people cost, as these roles are paid nearer your level than the centre's. \
            This fixed cost is why a captive centre only pays off above a minimum size.",
        panel: Panel::Assumptions,
        at: |c, slot| only(slot, Cell::Optional(&c.captive_fixed_cost)),
        at_mut: |c, slot| only(slot, CellMut::Optional(&mut c.captive_fixed_cost)),
    },
    FieldSpec {
        field: Field::CaptiveSetup,
        label: "Captive centre set-up",
        unit: Unit::MoneyOnce,
        min: 0.0,
        max: 1_000_000_000_000.0,
        whole: false,
        step: 0.0,
        default: Preset::Value(300_000.0),
        note:
            "Assumption; no cited source: founding the entity, legal work, fitting out the site and \
            the first recruiting, paid once on top of the transition.",
        panel: Panel::Assumptions,
        at: |c, slot| only(slot, Cell::Number(&c.captive_setup)),
        at_mut: |c, slot| only(slot, CellMut::Number(&mut c.captive_setup)),
    },
    // Wage growth at home (in-house and domestic) and at each target;
    // negative allowed (wage cuts or a falling currency).
    FieldSpec {
        field: Field::WageInflation,
        label: "Wage inflation",
        unit: Unit::PercentPerYear,
        min: -20.0,
        max: 50.0,
        whole: false,
        step: 0.0,
        default: Preset::Rows(&[
            (Slot::Home, Uncertain::new(3.0, 2.0, 5.0)),
            (Slot::Nearshore, Uncertain::new(4.0, 3.0, 8.0)),
            (Slot::Offshore, Uncertain::new(4.0, 3.0, 10.0)),
            (Slot::Captive, Uncertain::new(4.0, 3.0, 10.0)),
        ]),
        note:
            "Assumption; no cited source. Places abroad are set to rise a little faster, \
            which narrows the gap over time.",
        panel: Panel::Assumptions,
        at: |c, slot| match slot {
            Slot::Home => Some(&c.home_inflation_pct),
            _ => c.target_inflation_pct.at(slot),
        }
        .map(Cell::Range),
        at_mut: |c, slot| match slot {
            Slot::Home => Some(&mut c.home_inflation_pct),
            _ => c.target_inflation_pct.at_mut(slot),
        }
        .map(CellMut::Range),
    },
    // The smaller part by default, as the core stays home.
    FieldSpec {
        field: Field::HybridShare,
        label: "Hybrid share moved out",
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        whole: false,
        step: 5.0,
        default: Preset::Value(40.0),
        note: "Your choice: how much of the work leaves the in-house team. Until you set it, 40 % is an assumption.",
        panel: Panel::Main,
        at: |c, slot| only(slot, Cell::Number(&c.hybrid_share_pct)),
        at_mut: |c, slot| only(slot, CellMut::Number(&mut c.hybrid_share_pct)),
    },
    FieldSpec {
        field: Field::Horizon,
        label: "Horizon",
        unit: Unit::Years,
        min: 1.0,
        max: 10.0,
        whole: true,
        step: 0.0,
        default: Preset::Value(5.0),
        note:
            "Default 5 years: offshore work took about 5 years to break even \
            (Šmite & van Solingen, IEEE Software).",
        panel: Panel::Main,
        at: |c, slot| only(slot, Cell::Whole(&c.horizon_years)),
        at_mut: |c, slot| only(slot, CellMut::Whole(&mut c.horizon_years)),
    },
    // In the scenario's currency.
    FieldSpec {
        field: Field::Budget,
        label: "Annual budget",
        unit: Unit::MoneyPerYear,
        min: 0.0,
        max: 1_000_000_000_000.0,
        whole: false,
        step: 0.0,
        default: Preset::Worked("in-house's yearly cost once settled"),
        note: "Type your real budget. Until you do, it is an assumption: in-house's yearly cost \
            once settled (the last year of the horizon), so in-house itself just fits.",
        panel: Panel::Main,
        at: |c, slot| only(slot, Cell::Optional(&c.annual_budget)),
        at_mut: |c, slot| only(slot, CellMut::Optional(&mut c.annual_budget)),
    },
];

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
    /// A separator the two number styles read differently ("12,5",
    /// "75.000" in En): the reading in the user's style, if any, and the
    /// one in the other style.
    Unclear {
        read: Option<Decimal>,
        other: Decimal,
    },
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

/// `value` forced into `min..=max`, as `f64::clamp` does (NaN stays NaN),
/// but without its assert on the bounds, whose message would link float
/// formatting into the wasm. Bounds known at compile time need not use it.
pub fn clamp_f64(value: f64, min: f64, max: f64) -> f64 {
    if value < min {
        min
    } else if value > max {
        max
    } else {
        value
    }
}

/// Reads a typed number ("1,200", "25 %", " 3.5 " in the En style) with
/// [`read_number`]: a separator the other style reads differently ("12,5",
/// "75.000" in En) is refused with both readings, never guessed.
pub fn parse_number(text: &str, style: NumberStyle) -> Result<f64, FieldError> {
    match read_number(text, style) {
        Ok(d) => Ok(d.value()),
        Err(NotRead::Empty) => Err(FieldError::Empty),
        Err(NotRead::NotANumber) => Err(FieldError::NotANumber),
        Err(NotRead::Unclear { read, other }) => Err(FieldError::Unclear { read, other }),
    }
}

/// Reads a typed value ("1,200", "25 %", " 3.5 ") and checks it.
pub fn parse_field(field: Field, text: &str, style: NumberStyle) -> Result<f64, FieldError> {
    validate_field(field, parse_number(text, style)?)
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

/// Default nearshore target: for a US home, Mexico shares working hours (UTC−6).
pub const DEFAULT_NEARSHORE: LocationId = LocationId::Mexico;

/// Default offshore target: India, Kearney GSLI 2023 rank 1.
pub const DEFAULT_OFFSHORE: LocationId = LocationId::India;

/// Default captive target: India as well. It is Kearney GSLI 2023 rank 1, its
/// pay figure rests on 819 respondents (the Philippines has 48, a small
/// sample), and putting the captive where the offshore vendor is compares
/// "own centre vs vendor" in the same place.
pub const DEFAULT_CAPTIVE: LocationId = LocationId::India;

/// Everything the cost model needs for one scenario. Saved with the
/// scenario; fields missing from older saves take their defaults, and
/// fields older versions saved but this one no longer has are ignored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CostInputs {
    /// ISO currency code; every money figure is entered in it.
    pub currency: String,
    /// Team size, FTE.
    pub fte: f64,
    /// Home location (an unknown id in saved data is an error, not a default).
    pub home: LocationId,
    /// The kind of work: the default pay follows it.
    pub function: Function,
    /// Gross salary per FTE; `None` follows the home's pay for the function.
    pub salary_per_fte: Option<f64>,
    /// Employer on-cost at home, %; `None` follows the home preset.
    pub employer_oncost_pct: Option<f64>,
    /// Benefits and pay-linked overhead, % on top of pay and on-cost.
    pub other_overhead_pct: f64,
    /// Workplace cost per seat that does not follow pay, money per FTE a year.
    pub seat_cost: f64,
    /// The measure of relative labour cost.
    pub labour_index: LabourIndex,
    /// Target locations.
    pub targets: Targets<LocationId>,
    /// Vendor overhead beyond a seat, %.
    pub vendor_overhead_pct: f64,
    /// Vendor margin, %.
    pub vendor_margin_pct: f64,
    /// Vendor staff onsite or travelling, %, by distance.
    pub onsite_share_pct: ByDistance,
    /// Lasting extra effort for the same output, %, by distance.
    pub productivity_gap: ByDistance,
    /// Governance overhead, % of the moved work's in-house cost, by distance.
    pub governance: ByDistance,
    /// Head office's governance of a captive centre, % of the moved work's in-house cost.
    pub captive_governance_pct: Uncertain,
    /// Hybrid coordination overhead, % of the moved share's in-house cost.
    pub hybrid_coordination_pct: Uncertain,
    /// One-time transition cost, % of one year's in-house cost, by distance.
    pub transition: ByDistance,
    /// Ramp-up dip in years 1 and 2, %, by distance.
    pub dip: ByDistance,
    /// Own staff at home leaving each year, %.
    pub attrition_pct: Uncertain,
    /// Own staff in a captive centre leaving each year, %.
    pub captive_attrition_pct: Uncertain,
    /// Cost of replacing one leaver, % of salary.
    pub replacement_cost_pct: f64,
    /// A captive centre's fixed running cost a year; `None` follows five in-house FTE.
    pub captive_fixed_cost: Option<f64>,
    /// A captive centre's one-time set-up.
    pub captive_setup: f64,
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
    /// Units of `currency` per US dollar, converting the cited USD figures
    /// (default pay, location pay, the money defaults): the ECB reference
    /// rate, or one the user typed (`rules::money`). `None` for USD, and for
    /// a currency with no reference rate until the user gives one. Left out
    /// of saved files when `None`, so a USD scenario saves as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usd_rate: Option<f64>,
}

impl CostInputs {
    /// What a US dollar is worth in the scenario's currency, for the figures
    /// cited in USD: the rate when there is a usable one, else 1 (the USD
    /// figures as they are, which the Budget screen says).
    pub fn usd_scale(&self) -> f64 {
        self.usd_rate
            .filter(|r| r.is_finite() && *r > 0.0)
            .unwrap_or(1.0)
    }

    /// Sets the kind of work (the quiz's Function answer sets it too); the
    /// default pay follows it, a typed salary stays.
    pub fn set_function(&mut self, function: Function) {
        self.function = function;
    }
}

impl Default for CostInputs {
    /// The choices' defaults; every number from its record in [`FIELDS`].
    fn default() -> Self {
        let blank = Uncertain::fixed(0.0);
        let by_distance = ByDistance {
            domestic: blank,
            same_hours: blank,
            no_overlap: blank,
        };
        let mut c = CostInputs {
            currency: DEFAULT_CURRENCY.into(),
            home: DEFAULT_HOME,
            function: Function::default(),
            labour_index: LabourIndex::default(),
            targets: Targets {
                nearshore: DEFAULT_NEARSHORE,
                offshore: DEFAULT_OFFSHORE,
                captive: DEFAULT_CAPTIVE,
            },
            hybrid_target: HybridTarget::default(),
            // The numbers: blanks, each set from its record below.
            fte: 0.0,
            salary_per_fte: None,
            employer_oncost_pct: None,
            other_overhead_pct: 0.0,
            seat_cost: 0.0,
            vendor_overhead_pct: 0.0,
            vendor_margin_pct: 0.0,
            onsite_share_pct: by_distance.clone(),
            productivity_gap: by_distance.clone(),
            governance: by_distance.clone(),
            captive_governance_pct: blank,
            hybrid_coordination_pct: blank,
            transition: by_distance.clone(),
            dip: by_distance,
            attrition_pct: blank,
            captive_attrition_pct: blank,
            replacement_cost_pct: 0.0,
            captive_fixed_cost: None,
            captive_setup: 0.0,
            home_inflation_pct: blank,
            target_inflation_pct: Targets {
                nearshore: blank,
                offshore: blank,
                captive: blank,
            },
            hybrid_share_pct: 0.0,
            horizon_years: 0,
            annual_budget: None,
            usd_rate: None,
        };
        for spec in &FIELDS {
            spec.reset_all(&mut c);
        }
        c
    }
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

mod read;
pub use read::{cost_from_json, read_cost};

#[cfg(test)]
mod tests;
