//! What the Budget screen shows, decided here so the components only
//! display it: the text of the result table, the sentences read out when
//! the budget moves, and the notes and caveats as escaped markup.

use crate::domain::content::learn;
use crate::domain::content::locations::{self, Location};
use crate::domain::model::inputs::{CostInputs, Field, Moved};
use crate::domain::model::knob::Knob;
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::present::inputs::default_summary;
use crate::domain::present::markup::Html;
use crate::domain::present::numbers::{
    decimal_text, format_money, fte_text, money_compact, percent_text, saving_pct_text,
    saving_text, NumberStyle,
};
use crate::domain::rules::cost::{BreakEven, OptionProjection, Projection};

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
        ("Home", a.home),
        ("Nearshore", a.targets.nearshore),
        ("Offshore", a.targets.offshore),
        ("Captive", a.targets.captive),
    ] {
        let loc = locations::get(id);
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

/// The source under a location figure (every short citation names its year).
pub fn figure_source(figure: EditableFigure) -> String {
    format!("Source: {}.", figure.figure().source().short)
}

/// What a place's figure leaves out, when the data says so: "United
/// States: payroll tax only (FICA …)".
pub fn figure_caveat(loc: &Location, figure: EditableFigure) -> Option<String> {
    match figure {
        EditableFigure::EmployerOnCost => loc
            .employer_oncost
            .note
            .map(|note| format!("{}: {note}.", loc.name)),
        _ => None,
    }
}

/// The fit marker: a symbol and a word, never colour alone.
pub fn fit_mark(fits: bool) -> (&'static str, &'static str) {
    if fits {
        ("✓", "Fits")
    } else {
        ("✗", "Over budget")
    }
}

/// Offshore labour at most this share of home's is a gap offshoring can
/// live on; above it, the saving is small or negative with honest costs.
pub const LABOUR_GAP_IN_SCOPE: f64 = 0.35;

/// When the offshore place's labour costs more than [`LABOUR_GAP_IN_SCOPE`]
/// of home's, the plain statement that offshoring from this home is about
/// skills, coverage or markets rather than labour cost.
pub fn labour_gap_note(p: &Projection) -> Option<String> {
    let a = &p.assumptions;
    let r = a.relative_cost.offshore;
    if r <= LABOUR_GAP_IN_SCOPE {
        return None;
    }
    let home = locations::get(a.home).name;
    let off = locations::get(a.targets.offshore).name;
    Some(format!(
        "Labour in {off} costs {} of {home}'s ({}), so the labour gap is too small for offshoring to save much once distance is paid for: offshoring from {home} is about skills, coverage or markets rather than labour cost.",
        percent_text(r * 100.0),
        a.labour_index.label()
    ))
}

/// The captive centre's minimum sensible size, in one sentence.
pub fn captive_size_note(p: &Projection, style: NumberStyle) -> String {
    let place = locations::get(p.assumptions.targets.captive).name;
    match p.assumptions.captive_min_size {
        Some(n) => format!(
            "A captive centre in {place} pays off against a vendor there from about {} people (once settled, with these assumptions).",
            decimal_text(f64::from(n), 0, style)
        ),
        None => format!(
            "A captive centre in {place} does not pay off against a vendor there at any size up to {} people with these assumptions.",
            decimal_text(10_000.0, 0, style)
        ),
    }
}

/// Where the default salary comes from, or that it was typed.
pub fn salary_origin_note(p: &Projection) -> String {
    if p.assumptions.salary_from_preset {
        format!("Default salary: {}.", p.assumptions.salary_origin)
    } else {
        "Salary: your input.".into()
    }
}

/// What the result table's figures mean, under it.
pub const FIGURES_NOTE: &str = "All figures are nominal: wages grow each year as the assumptions say, nothing is deflated to today's money, and totals are rounded (the report's CSV has them exact). Once settled means the last year of the horizon, without the ramp-up dip or the one-time transition; the price per person is that year's cost divided by the team size. Fit is judged three times: in year 1 (transition and dip included), in the costliest year, and once settled.";

/// The link to the Learn glossary after [`FIGURES_NOTE`].
/// The glossary's entries whose term `text` uses, as the glossary writes
/// it or with a small first letter ("FTE" in "Team size (FTE)", "once
/// settled"), in glossary order: the definitions a text needs, from the
/// Learn glossary's one wording. (The terms are capitalised or long, so a
/// term inside another word does not occur.)
pub fn words_used(text: &str) -> Vec<(&'static str, &'static str)> {
    learn::glossary()
        .iter()
        .filter(|(term, _)| {
            let term = term.trim_end_matches(':');
            let (first, rest) = term.split_at(term.len().min(1));
            text.contains(term) || text.contains(&(first.to_ascii_lowercase() + rest))
        })
        .copied()
        .collect()
}

/// A plain-words hint for a field whose label or unit uses a glossary
/// term ("Employer on-cost: what an employer must pay by law …"); `None`
/// for plain labels and for fields with several copies (one hint would
/// repeat on each). FTE is explained beside the team size only.
pub fn field_words(knob: Knob, currency: &str) -> Option<String> {
    if Knob::all_of(knob.field).len() > 1 {
        return None;
    }
    let said = format!("{} {}", knob.label(), knob.unit(currency));
    let words: Vec<String> = words_used(&said)
        .into_iter()
        // FTE is said once, beside the team size, not under every "per FTE".
        .filter(|(term, _)| knob.field == Field::Fte || *term != "FTE:")
        .map(|(term, meaning)| format!("{term} {meaning}"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

pub const GLOSSARY_LINK: &str =
    "What FTE, on-cost, vendor margin, overhead, once settled and break-even mean";

/// One row of the result table, as text, rounded for reading ("$10.1M");
/// savings are words, never negative numbers ("costs $1.4M more").
#[derive(Clone, Debug, PartialEq)]
pub struct ResultRow {
    pub name: &'static str,
    pub year1: String,
    pub steady: String,
    /// The price per person per year once settled (steady state ÷ team size).
    pub per_person: String,
    pub total: String,
    /// "saves $3.2M", "costs $1.4M more", "—" for in-house.
    pub savings: String,
    /// "12% less", "9% more", "—" for in-house.
    pub savings_pct: String,
    pub break_even: String,
    pub fits: bool,
    pub fit_symbol: &'static str,
    pub fit_word: &'static str,
    /// Fit in year 1, in the worst year and at steady state, each as
    /// (fits, "✓"/"✗", short word).
    pub fit_by_year: [(bool, &'static str, &'static str); 3],
    pub fte: String,
    pub band: String,
}

/// The result table's row for one option of a team of `fte` people.
pub fn result_row(o: &OptionProjection, currency: &str, fte: f64, style: NumberStyle) -> ResultRow {
    let money = |x: f64| money_compact(x, currency, style);
    let (fit_symbol, fit_word) = fit_mark(o.fits_budget);
    let baseline = o.break_even == BreakEven::Baseline;
    ResultRow {
        name: o.option.name(),
        year1: money(o.year1),
        steady: money(o.steady_state),
        per_person: money(o.steady_state / fte.max(0.5)),
        total: money(o.total),
        savings: if baseline {
            "—".into()
        } else {
            saving_text(o.savings, currency, style)
        },
        savings_pct: if baseline {
            "—".into()
        } else {
            saving_pct_text(o.savings_pct)
        },
        break_even: break_even_text(o.break_even),
        fits: o.fits_budget,
        fit_symbol,
        fit_word,
        fit_by_year: [o.fits_year1, o.fits_worst_year, o.fits_budget].map(|f| {
            let (sym, _) = fit_mark(f);
            (f, sym, if f { "Fits" } else { "Over" })
        }),
        fte: fte_text(o.fte_for_budget, style),
        band: format!("{} – {}", money(o.band.low_total), money(o.band.high_total)),
    }
}

/// What the live region reads when the budget or the inputs change.
pub fn budget_summary(p: &Projection, style: NumberStyle) -> String {
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
    let year1 = p.options.iter().filter(|o| o.fits_year1).count();
    format!(
        "Annual budget {}: {} of {} options fit once settled ({list}); {year1} fit in year 1.",
        format_money(p.budget, &p.currency, style),
        fitting.len(),
        p.options.len()
    )
}

/// The budget sentence of the report's costs section. With no budget of
/// the user's own, the fit columns are measured against in-house's yearly
/// cost once settled (what the slider starts at), and the sentence says so
/// instead of quoting that figure as if it were a budget.
pub fn report_budget_line(p: &Projection, style: NumberStyle) -> String {
    if !p.budget_is_default {
        return budget_summary(p, style);
    }
    let within = p.options.iter().filter(|o| o.fits_budget).count();
    let year1 = p.options.iter().filter(|o| o.fits_year1).count();
    format!(
        "No yearly budget is set, so the fit columns compare each option with in-house's yearly cost once settled ({}): {within} of {} options stay within it once settled, {year1} in year 1. Set a budget on the Budget screen to check against your own figure.",
        money_compact(p.budget, &p.currency, style),
        p.options.len()
    )
}

/// The slider's spoken value.
pub fn budget_value_text(budget: f64, currency: &str, style: NumberStyle) -> String {
    format!("{} a year", format_money(budget, currency, style))
}

/// The default budget, explained.
pub fn budget_default_note(p: &Projection) -> String {
    if p.budget_is_default {
        "Following in-house's yearly cost once settled.".into()
    } else {
        "Your budget.".into()
    }
}

/// A short statement of the resolved figures for the Assumptions panel.
pub fn resolved_lines(p: &Projection, style: NumberStyle) -> Vec<String> {
    let a = &p.assumptions;
    let money = |x: f64| format_money(x, &p.currency, style);
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
            decimal_text(m.domestic, 2, style),
            decimal_text(m.nearshore, 2, style),
            decimal_text(m.offshore, 2, style),
            decimal_text(m.captive, 2, style)
        )
    };
    vec![
        format!(
            "In-house fully loaded cost per FTE (year 1): {}.",
            money(a.in_house_per_fte)
        ),
        format!("Price of one FTE (year 1): {}.", per(&a.price_per_fte)),
        format!(
            "People needed per in-house person once settled: {}.",
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

/// The default of a field, said in a sentence (money in `c`'s currency).
pub fn default_line(field: Field, c: &CostInputs, style: NumberStyle) -> String {
    format!("Default: {}.", default_summary(field, c, style))
}

/// Whether salary and on-cost follow the home location's cited figures.
pub fn pay_note(c: &CostInputs) -> &'static str {
    if c.salary_per_fte.is_none() && c.employer_oncost_pct.is_none() {
        "Salary and on-cost follow the home location's cited figures until you type your own."
    } else {
        "You typed your own salary or on-cost."
    }
}

/// The whole result table as markup: a real table with row and column
/// headers, in its scroll region.
pub fn results_table_html(p: &Projection, style: NumberStyle) -> Html {
    let mut h = Html::raw_static(
        "<table class=\"results-table\"><caption class=\"sr-only\">Year-1, once-settled and total cost of each option (nominal, with wage growth, rounded), the price per person per year once settled, saving or extra cost against in-house, break-even, budget fit in year 1, in the worst year and once settled, and the people the budget pays for</caption><thead><tr>",
    );
    let total = format!("Total over {} years", p.horizon_years);
    for head in [
        "Option",
        "Year 1",
        "Per year once settled",
        "Per person per year, once settled",
        &total,
        "Against in-house",
        "Difference",
        "Break-even",
        "Fits budget: year 1 / worst year / once settled",
        "People the budget pays for (FTE)",
        "Total, best – worst case",
    ] {
        h.push_in("<th scope=\"col\">", head, "</th>");
    }
    h.push_static("</tr></thead><tbody>");
    for (i, o) in p.options.iter().enumerate() {
        let r = result_row(o, &p.currency, p.fte, style);
        // The name is a button that puts the option in focus on the chart.
        h.push_static("<tr><th scope=\"row\"><button type=\"button\" class=\"pick\" aria-describedby=\"pick-hint\" value=\"")
            .push_int(i as i64)
            .push_in("\">", r.name, "</button></th>");
        for text in [
            &r.year1,
            &r.steady,
            &r.per_person,
            &r.total,
            &r.savings,
            &r.savings_pct,
        ] {
            h.push_in("<td class=\"num\">", text, "</td>");
        }
        h.push_in("<td>", &r.break_even, "</td>");
        h.push_static(if r.fit_by_year.iter().all(|f| f.0) {
            "<td class=\"fit\">"
        } else {
            "<td class=\"fit over\">"
        });
        for ((fits, symbol, word), when) in
            r.fit_by_year
                .iter()
                .zip(["Year 1", "Worst year", "Once settled"])
        {
            h.push_static(if *fits {
                "<span class=\"fit-year\">"
            } else {
                "<span class=\"fit-year over\">"
            });
            h.push_text(when)
                .push_in(": <span aria-hidden=\"true\">", symbol, " </span>")
                .push_text(word)
                .push_static("</span> ");
        }
        h.push_static("</td>");
        for text in [&r.fte, &r.band] {
            h.push_in("<td class=\"num\">", text, "</td>");
        }
        h.push_static("</tr>");
    }
    h.push_static("</tbody></table>");
    let mut region = Html::new();
    region.push_scroll_region("Results table", &h);
    region
}

/// The heading, note and default of an assumption, as markup.
pub fn field_intro_html(field: Field, c: &CostInputs, style: NumberStyle) -> Html {
    let spec = field.spec();
    let mut h = Html::new();
    h.push_in("<h3>", spec.label, " (")
        .push_text(spec.unit.label())
        .push_in(")</h3><p class=\"hint\">", field.default_note(), " ")
        .push_text(&default_line(field, c, style))
        .push_static("</p>");
    h
}

/// The main inputs' notes and defaults as a definition list, so every
/// number's source is written down in one place.
pub fn main_notes_html(c: &CostInputs, style: NumberStyle) -> Html {
    let mut h = Html::raw_static("<dl class=\"notes\">");
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
        h.push_in("<dt>", spec.label, " (")
            .push_text(spec.unit.label())
            .push_in(")</dt><dd>", field.default_note(), " ")
            .push_text(&default_line(field, c, style))
            .push_in(" Allowed: ", &decimal_text(spec.min, 2, style), " to ")
            .push_in("", &decimal_text(spec.max, 2, style), ".</dd>");
    }
    h.push_static("</dl>");
    h
}

/// A location's heading and caveats as markup, as SOURCES.md states them.
pub fn place_intro_html(place: &Place) -> Html {
    let mut h = Html::new();
    h.push_in("<h3>", &place.roles, ": ")
        .push_in("", &place.location.display_name(), "</h3>")
        .push_html(&flags_html(place.location));
    h
}

/// A location's caveats as list items, as SOURCES.md states them.
pub fn flags_html(loc: &Location) -> Html {
    let mut h = Html::new();
    if loc.flags.is_empty() {
        return h;
    }
    h.push_static("<ul class=\"flags\">");
    for f in loc.flags {
        h.push_in("<li><span class=\"flag\">⚠ ", f.label(), "</span> ")
            .push_in("", f.message(), "</li>");
    }
    h.push_static("</ul>");
    h
}

/// "month 14 (year 2)", "never within 5 years" or "baseline".
pub fn break_even_text(break_even: BreakEven) -> String {
    match break_even {
        BreakEven::Baseline => "baseline".into(),
        BreakEven::Month(m) => format!("month {m} (year {})", m.div_ceil(12)),
        BreakEven::Never(1) => "never within 1 year".into(),
        BreakEven::Never(n) => format!("never within {n} years"),
    }
}

#[cfg(test)]
mod tests;
