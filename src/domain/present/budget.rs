//! What the Budget screen shows and accepts, decided here so the components
//! only display it: every editable number of the cost model as a [`Knob`]
//! (label, value, parse, set, reset), the text of the result table and the
//! sentences read out when the budget moves.

use crate::domain::content::locations::{
    self, EditableFigure, LabourIndex, Location, LocationFigures,
};
use crate::domain::rules::cost::{
    self, decimal_text, format_money, parse_field, BreakEven, CostInputs, Field, HybridTarget,
    Moved, OptionProjection, Projection, Targets, Uncertain, Unit,
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

    /// The row heading in the Assumptions panel.
    pub fn row_label(self) -> &'static str {
        match self {
            Slot::Only => "Value",
            s => s.label(),
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

    /// The value the model uses: the user's, or the resolved default.
    pub fn shown(self, c: &CostInputs, p: &Projection) -> f64 {
        self.get(c).unwrap_or(match self.field {
            Field::Salary => p.assumptions.salary_per_fte,
            Field::EmployerOnCost => p.assumptions.home_oncost_pct,
            _ => p.budget,
        })
    }

    /// The value as the field shows it: money whole, other numbers with up to two decimals.
    pub fn text(self, c: &CostInputs, p: &Projection) -> String {
        let decimals = match self.field.spec().unit {
            Unit::MoneyPerYear | Unit::MoneyPerFtePerYear => 0,
            _ => 2,
        };
        decimal_text(self.shown(c, p), decimals)
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

    /// Reads and checks typed text; the message names this exact number.
    pub fn parse(self, text: &str) -> Result<f64, String> {
        parse_field(self.field, text).map_err(|e| self.relabel(e))
    }

    /// Reads typed text and stores it; on a bad value nothing changes and
    /// the message says why.
    pub fn apply(self, c: &mut CostInputs, text: &str) -> Result<(), String> {
        let value = self.parse(text)?;
        self.set(c, value);
        Ok(())
    }

    /// Messages name the exact copy of a field ("…, Nearshore, worst case").
    fn relabel(self, message: String) -> String {
        let base = self.field.spec().label;
        match message.strip_prefix(base) {
            Some(rest) if self.slot != Slot::Only || self.end != End::Value => {
                format!("{}{rest}", self.label())
            }
            _ => message,
        }
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

/// Reads a typed location figure ("140,000") and checks its range.
pub fn parse_figure(figure: EditableFigure, text: &str) -> Result<f64, String> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if cleaned.is_empty() {
        return Err(format!("{} is empty: enter a number.", figure.label()));
    }
    match cleaned.parse::<f64>() {
        Ok(v) => figure.validate(v),
        Err(_) => Err(format!("{} must be a number.", figure.label())),
    }
}

/// A location in use and what it is used for ("Offshore and Captive").
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub roles: String,
    pub location: &'static Location,
}

/// The locations a projection uses, each once, home first.
pub fn places(p: &Projection) -> Vec<Place> {
    let a = &p.assumptions;
    let mut out: Vec<Place> = Vec::new();
    for (role, id) in [
        ("Home", &a.home),
        ("Nearshore", &a.targets.nearshore),
        ("Offshore", &a.targets.offshore),
        ("Captive", &a.targets.captive),
    ] {
        let Some(loc) = locations::find(id) else {
            continue;
        };
        match out.iter_mut().find(|pl| pl.location.id == loc.id) {
            Some(pl) => {
                pl.roles.push_str(" and ");
                pl.roles.push_str(role);
            }
            None => out.push(Place {
                roles: role.to_string(),
                location: loc,
            }),
        }
    }
    out
}

/// The value of one editable figure as the model uses it.
pub fn figure_value(f: &LocationFigures, figure: EditableFigure) -> f64 {
    match figure {
        EditableFigure::DevPayMedian => f.dev_pay_median_usd,
        EditableFigure::DevPayIndex => f.dev_pay_index,
        EditableFigure::GniPerCapita => f.gni_per_capita_usd,
        EditableFigure::GniIndex => f.gni_index,
        EditableFigure::EmployerOnCost => f.employer_oncost_pct,
    }
}

/// "Bengaluru, India", marked when its pay figure is shaky.
pub fn location_choice(loc: &Location) -> String {
    match loc.flags.first() {
        Some(flag) if flag.figure() == locations::Figure::DeveloperPay => {
            format!("{} ({})", loc.display_name(), flag.label())
        }
        _ => loc.display_name(),
    }
}

/// The source under a location figure (every short citation names its year).
pub fn figure_source(figure: EditableFigure) -> String {
    format!("Source: {}.", figure.figure().source().short)
}

/// A whole percentage: "12%", "-4%".
pub fn percent_text(pct: f64) -> String {
    format!("{}%", decimal_text(pct, 0))
}

/// FTE with one decimal: "23.4 FTE".
pub fn fte_text(fte: f64) -> String {
    format!("{} FTE", decimal_text(fte, 1))
}

/// The fit marker: a symbol and a word, never colour alone.
pub fn fit_mark(fits: bool) -> (&'static str, &'static str) {
    if fits {
        ("✓", "Fits")
    } else {
        ("✗", "Over budget")
    }
}

/// One row of the result table, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultRow {
    pub name: &'static str,
    pub year1: String,
    pub steady: String,
    pub total: String,
    pub savings: String,
    pub savings_pct: String,
    pub break_even: String,
    pub fits: bool,
    pub fit_symbol: &'static str,
    pub fit_word: &'static str,
    pub fte: String,
    pub band: String,
}

/// The result table's row for one option.
pub fn result_row(o: &OptionProjection, currency: &str) -> ResultRow {
    let money = |x: f64| format_money(x, currency);
    let (fit_symbol, fit_word) = fit_mark(o.fits_budget);
    let baseline = o.break_even == BreakEven::Baseline;
    ResultRow {
        name: o.option.name(),
        year1: money(o.year1),
        steady: money(o.steady_state),
        total: money(o.total),
        savings: if baseline {
            "—".into()
        } else {
            money(o.savings)
        },
        savings_pct: if baseline {
            "—".into()
        } else {
            percent_text(o.savings_pct)
        },
        break_even: o.break_even.describe(),
        fits: o.fits_budget,
        fit_symbol,
        fit_word,
        fte: fte_text(o.fte_for_budget),
        band: format!("{} – {}", money(o.band.low_total), money(o.band.high_total)),
    }
}

/// What the live region reads when the budget or the inputs change.
pub fn budget_summary(p: &Projection) -> String {
    let fitting: Vec<&str> = p
        .options
        .iter()
        .filter(|o| o.fits_budget)
        .map(|o| o.option.short_name())
        .collect();
    let list = if fitting.is_empty() {
        "none".to_string()
    } else {
        fitting.join(", ")
    };
    format!(
        "Annual budget {}: {} of {} options fit at steady state ({list}).",
        format_money(p.budget, &p.currency),
        fitting.len(),
        p.options.len()
    )
}

/// The slider's spoken value.
pub fn budget_value_text(budget: f64, currency: &str) -> String {
    format!("{} a year", format_money(budget, currency))
}

/// The default budget, explained.
pub fn budget_default_note(p: &Projection) -> String {
    if p.budget_is_default {
        "Following in-house's steady-state yearly cost.".into()
    } else {
        "Your budget.".into()
    }
}

/// A short statement of the resolved figures for the Assumptions panel.
pub fn resolved_lines(p: &Projection) -> Vec<String> {
    let a = &p.assumptions;
    let money = |x: f64| format_money(x, &p.currency);
    let per = |m: &Moved<f64>| {
        format!(
            "domestic {}, nearshore {}, offshore {}, captive {}",
            money(m.domestic),
            money(m.nearshore),
            money(m.offshore),
            money(m.captive)
        )
    };
    let ratio = |m: &Moved<f64>| {
        format!(
            "domestic {}, nearshore {}, offshore {}, captive {}",
            decimal_text(m.domestic, 2),
            decimal_text(m.nearshore, 2),
            decimal_text(m.offshore, 2),
            decimal_text(m.captive, 2)
        )
    };
    vec![
        format!(
            "In-house fully loaded cost per FTE (year 1): {}.",
            money(a.in_house_per_fte)
        ),
        format!("Price of one FTE (year 1): {}.", per(&a.price_per_fte)),
        format!(
            "FTE needed per in-house FTE at steady state: {}.",
            ratio(&a.effort_per_fte)
        ),
        format!(
            "Labour cost relative to home ({}): nearshore {}, offshore {}, captive {}.",
            a.labour_index.label(),
            percent_text(a.relative_cost.nearshore * 100.0),
            percent_text(a.relative_cost.offshore * 100.0),
            percent_text(a.relative_cost.captive * 100.0)
        ),
    ]
}

/// The default of a field, said in a sentence.
pub fn default_line(field: Field) -> String {
    format!("Default: {}.", field.default_summary())
}

/// Checks a currency choice against the list the app can format.
pub fn is_known_currency(code: &str) -> bool {
    cost::CURRENCIES.contains(&code)
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

    /// Every (value, text) pair offered.
    pub fn options(self) -> Vec<(String, String)> {
        match self {
            Choice::Currency => cost::CURRENCIES
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

    /// The value chosen in these inputs.
    pub fn get(self, c: &CostInputs) -> String {
        match self {
            Choice::Currency => c.currency.clone(),
            Choice::Home => c.home.clone(),
            Choice::Nearshore => c.targets.nearshore.clone(),
            Choice::Offshore => c.targets.offshore.clone(),
            Choice::Captive => c.targets.captive.clone(),
            Choice::LabourIndex => labour_id(c.labour_index).to_string(),
            Choice::HybridTarget => c.hybrid_target.option().id().to_string(),
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

fn labour_id(l: LabourIndex) -> &'static str {
    match l {
        LabourIndex::DeveloperPay => "developer_pay",
        LabourIndex::Gni => "gni",
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

/// Whether salary and on-cost follow the home location's cited figures.
pub fn pay_note(c: &CostInputs) -> &'static str {
    if c.salary_per_fte.is_none() && c.employer_oncost_pct.is_none() {
        "Salary and on-cost follow the home location's cited figures until you type your own."
    } else {
        "You typed your own salary or on-cost."
    }
}

/// Text made safe to place inside HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole result table as markup: a real table with row and column headers.
pub fn results_table_html(p: &Projection) -> String {
    let mut h = String::from(
        "<table class=\"results-table\"><caption class=\"sr-only\">Year-1, steady-state and total cost of each option, savings against in-house, break-even, budget fit and the FTE the budget buys</caption><thead><tr>",
    );
    let total = format!("Total over {} years", p.horizon_years);
    for head in [
        "Option",
        "Year 1",
        "Steady state per year",
        &total,
        "Savings vs in-house",
        "Savings %",
        "Break-even",
        "Fits budget?",
        "FTE the budget buys",
        "Total, best – worst case",
    ] {
        h.push_str("<th scope=\"col\">");
        h.push_str(&escape(head));
        h.push_str("</th>");
    }
    h.push_str("</tr></thead><tbody>");
    for o in &p.options {
        let r = result_row(o, &p.currency);
        h.push_str("<tr><th scope=\"row\">");
        h.push_str(&escape(r.name));
        h.push_str("</th>");
        for (class, text) in [
            ("num", &r.year1),
            ("num", &r.steady),
            ("num", &r.total),
            ("num", &r.savings),
            ("num", &r.savings_pct),
            ("", &r.break_even),
        ] {
            h.push_str(&format!("<td class=\"{class}\">{}</td>", escape(text)));
        }
        h.push_str(&format!(
            "<td class=\"fit{}\"><span aria-hidden=\"true\">{} </span>{}</td>",
            if r.fits { "" } else { " over" },
            r.fit_symbol,
            r.fit_word
        ));
        for text in [&r.fte, &r.band] {
            h.push_str(&format!("<td class=\"num\">{}</td>", escape(text)));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    h
}

/// The heading, note and default of an assumption, as markup.
pub fn field_intro_html(field: Field) -> String {
    let spec = field.spec();
    format!(
        "<h3>{} ({})</h3><p class=\"hint\">{} {}</p>",
        escape(spec.label),
        escape(spec.unit.label()),
        escape(field.default_note()),
        escape(&default_line(field))
    )
}

/// The main inputs' notes and defaults as a definition list, so every
/// number's source is written down in one place.
pub fn main_notes_html() -> String {
    let mut out = String::from("<dl class=\"notes\">");
    for field in [
        Field::Fte,
        Field::Salary,
        Field::EmployerOnCost,
        Field::OtherOverhead,
        Field::VendorMargin,
        Field::Horizon,
        Field::HybridShare,
        Field::Budget,
    ] {
        let spec = field.spec();
        out.push_str(&format!(
            "<dt>{} ({})</dt><dd>{} {} Allowed: {} to {}.</dd>",
            escape(spec.label),
            escape(spec.unit.label()),
            escape(field.default_note()),
            escape(&default_line(field)),
            decimal_text(spec.min, 2),
            decimal_text(spec.max, 2)
        ));
    }
    out.push_str("</dl>");
    out
}

/// A location's heading and caveats as markup, as SOURCES.md states them.
pub fn place_intro_html(place: &Place) -> String {
    format!(
        "<h3>{}: {}</h3>{}",
        escape(&place.roles),
        escape(&place.location.display_name()),
        flags_html(place.location)
    )
}

/// A location's caveats as list items, as SOURCES.md states them.
pub fn flags_html(loc: &Location) -> String {
    if loc.flags.is_empty() {
        return String::new();
    }
    let items: String = loc
        .flags
        .iter()
        .map(|f| {
            format!(
                "<li><span class=\"flag\">⚠ {}</span> {}</li>",
                escape(f.label()),
                escape(f.message())
            )
        })
        .collect();
    format!("<ul class=\"flags\">{items}</ul>")
}

#[cfg(test)]
mod tests;
