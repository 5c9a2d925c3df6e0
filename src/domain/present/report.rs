//! The Report: one summary of the active scenario for a manager to read,
//! print or forward — the recommendation and its reasons, the matrix
//! ranking, the costs, and every assumption with its source — plus the
//! same content as Markdown and the matrix and cost tables as CSV.
//!
//! Everything here is text built from the other domain modules; the Report
//! view only lays it out.

use crate::domain::model::criteria::Criterion;
use crate::domain::model::inputs::Field;
use crate::domain::model::knob::{Knob, ASSUMPTIONS};
use crate::domain::model::location_edits::{figure_value, EditableFigure};
use crate::domain::model::options::SourcingOption;
use crate::domain::model::scenario::Scenario;
use crate::domain::present::budget::{self, ResultRow};
use crate::domain::present::chart;
use crate::domain::present::inputs::knob_text;
use crate::domain::present::markup::Html;
use crate::domain::present::matrix::{
    close_call_sentence, flip_sentence, ranking_summary, total_label,
};
use crate::domain::present::numbers::{decimal_text, NumberStyle};
use crate::domain::present::quiz::answers_that_counted;
use crate::domain::present::recommend::{budget_text, summary_paragraph};
use crate::domain::rules::cost::{project_with_time, Projection};
use crate::domain::rules::matrix::{self, Evaluation};
use crate::domain::rules::quiz;
use crate::domain::rules::recommend;
use crate::domain::rules::sheet::ScoreSheet;

/// The main inputs, listed before the other assumptions.
const MAIN_FIELDS: [Field; 6] = [
    Field::Fte,
    Field::Salary,
    Field::EmployerOnCost,
    Field::OtherOverhead,
    Field::VendorMargin,
    Field::Horizon,
];

/// One number the cost model used, with where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumption {
    pub label: String,
    pub value: String,
    pub note: &'static str,
}

/// One cited figure of a location in use.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceFigure {
    pub label: &'static str,
    pub value: String,
    pub source: String,
    pub edited: bool,
}

/// A location in use and its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceFacts {
    pub roles: String,
    pub name: String,
    pub figures: Vec<PlaceFigure>,
}

/// One place in the matrix ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct RankLine {
    /// "1", "2", "=" for a tie with the one above.
    pub place: String,
    pub option: &'static str,
    /// "72.4" (of 100).
    pub total: String,
}

/// Everything the Report shows, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The scenario's name (user text: shown as text only).
    pub title: String,
    /// The quiz's recommendation in one paragraph, when any answer is given.
    pub quiz: Option<String>,
    /// The matrix verdict with the scenario's own weights.
    pub verdict: String,
    pub close_call: String,
    pub what_would_change: String,
    /// Whether the matrix's leader fits the yearly budget (and if not, the
    /// best-ranked option that does).
    pub matrix_budget: String,
    /// One sentence per quiz answer that changed anything.
    pub answers: Vec<String>,
    pub ranking: Vec<RankLine>,
    /// Ruled-out options and why.
    pub excluded: Vec<(&'static str, String)>,
    pub currency: String,
    /// The number style every figure of the report is written in.
    pub style: NumberStyle,
    pub horizon_years: u32,
    pub costs: Vec<ResultRow>,
    pub budget: String,
    pub assumptions: Vec<Assumption>,
    pub worked_out: Vec<String>,
    pub places: Vec<PlaceFacts>,
}

/// The scenario's cost projection, with its annual budget applied.
pub fn projection(s: &Scenario) -> Projection {
    let mut inputs = s.cost.clone();
    let budget = inputs.annual_budget.take();
    let mut p = project_with_time(&inputs, &s.location_edits, &s.time);
    if let Some(b) = budget {
        p.apply_budget(b);
    }
    p
}

/// The matrix evaluation with the scenario's weights, overrides and knock-outs.
pub fn evaluation(s: &Scenario) -> Evaluation {
    matrix::evaluate_scenario(s)
}

/// Builds the report of one scenario, its figures written in `style`.
pub fn build(s: &Scenario, style: NumberStyle) -> Report {
    let eval = evaluation(s);
    let p = projection(s);
    let rec = (quiz::answered_count(&s.quiz) > 0).then(|| recommend::recommend(s));
    let quiz = rec.as_ref().map(|r| summary_paragraph(r, style));
    let answers = rec
        .as_ref()
        .map(|r| answers_that_counted(&r.outcome, style))
        .unwrap_or_default();
    let matrix_budget = budget_text(
        &recommend::budget_fit(&eval.ranking, &p, s.cost.annual_budget),
        style,
    );
    let ranking = eval
        .ranking
        .iter()
        .map(|r| RankLine {
            place: if r.tied_with_previous {
                "=".to_string()
            } else {
                r.rank.to_string()
            },
            option: r.option.name(),
            total: total_label(r.total),
        })
        .collect();
    let excluded = eval
        .excluded
        .iter()
        .map(|e| (e.option.name(), e.reasons.join(" ")))
        .collect();
    let costs = p
        .options
        .iter()
        .map(|o| budget::result_row(o, &p.currency, style))
        .collect();
    let mut assumptions = Vec::new();
    for field in MAIN_FIELDS.into_iter().chain(ASSUMPTIONS) {
        for knob in Knob::all_of(field) {
            assumptions.push(Assumption {
                label: knob.label(),
                value: format!(
                    "{} {}",
                    knob_text(knob, &s.cost, &p, style),
                    knob.unit(&p.currency)
                ),
                note: field.default_note(),
            });
        }
    }
    let places = budget::places(&p)
        .into_iter()
        .map(|place| {
            let loc = place.location;
            let figs = s.location_edits.figures(loc);
            PlaceFacts {
                roles: place.roles,
                name: loc.display_name(),
                figures: EditableFigure::ALL
                    .into_iter()
                    .map(|f| PlaceFigure {
                        label: f.label(),
                        value: format!(
                            "{} {}",
                            decimal_text(figure_value(&figs, f), 2, style),
                            f.unit()
                        ),
                        source: budget::figure_source(f),
                        edited: s.location_edits.is_edited(loc.id, f),
                    })
                    .collect(),
            }
        })
        .collect();
    Report {
        title: s.name.clone(),
        quiz,
        verdict: ranking_summary(&eval),
        close_call: close_call_sentence(&eval),
        what_would_change: flip_sentence(&eval),
        matrix_budget,
        answers,
        ranking,
        excluded,
        currency: p.currency.clone(),
        style,
        horizon_years: p.horizon_years,
        costs,
        budget: budget::budget_summary(&p, style),
        assumptions,
        worked_out: budget::resolved_lines(&p, style),
        places,
    }
}

fn push_table(out: &mut Html, caption: &str, heads: &[String], rows: &[Vec<String>]) {
    let mut t = Html::raw_static("<table class=\"report-table\">");
    t.push_in("<caption>", caption, "</caption><thead><tr>");
    for h in heads {
        t.push_in("<th scope=\"col\">", h, "</th>");
    }
    t.push_static("</tr></thead><tbody>");
    for row in rows {
        t.push_static("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                t.push_in("<th scope=\"row\">", cell, "</th>");
            } else {
                t.push_in("<td>", cell, "</td>");
            }
        }
        t.push_static("</tr>");
    }
    t.push_static("</tbody></table>");
    out.push_scroll_region(caption, &t);
}

/// The report as markup for the Report view: three sections (the decision,
/// the costs, the assumptions and sources), each a printed page. All text
/// is escaped; the scenario name is user text, so it is also isolated
/// (`<bdi>`): whatever its direction, the words around it keep their order.
pub fn html(r: &Report, p: &Projection) -> Html {
    let mut out = Html::raw_static(
        "<section class=\"card report-section\" aria-labelledby=\"rep-decision\"><h2 id=\"rep-decision\">Recommendation</h2>",
    );
    out.push_in(
        "<p class=\"report-for\">Scenario: <strong><bdi>",
        &r.title,
        "</bdi></strong></p>",
    );
    if let Some(q) = &r.quiz {
        out.push_in("<p><strong>From the decision quiz:</strong> ", q, "</p>");
        if !r.answers.is_empty() {
            out.push_static(
                "<p><strong>Your answers that counted:</strong></p><ul class=\"report-list\">",
            );
            for line in &r.answers {
                out.push_in("<li>", line, "</li>");
            }
            out.push_static("</ul>");
        }
    } else {
        out.push_static("<p class=\"hint\">The decision quiz has not been answered; the ranking below uses this scenario's matrix weights.</p>");
    }
    out.push_in(
        "<p><strong>With this scenario's weights:</strong> ",
        &r.verdict,
        " ",
    )
    .push_in("", &r.close_call, " ")
    .push_in("", &r.what_would_change, "</p>");
    if !r.matrix_budget.is_empty() {
        out.push_in("<p><strong>Budget:</strong> ", &r.matrix_budget, "</p>");
    }
    let rows: Vec<Vec<String>> = r
        .ranking
        .iter()
        .map(|l| vec![l.option.to_string(), l.place.clone(), l.total.clone()])
        .collect();
    push_table(
        &mut out,
        "Matrix ranking",
        &["Option".into(), "Place".into(), "Score (of 100)".into()],
        &rows,
    );
    if !r.excluded.is_empty() {
        out.push_static("<ul class=\"report-list\">");
        for (name, why) in &r.excluded {
            out.push_in("<li>Ruled out: <strong>", name, "</strong>. ")
                .push_in("", why, "</li>");
        }
        out.push_static("</ul>");
    }
    out.push_static("</section>");

    out.push_in(
        "<section class=\"card report-section\" aria-labelledby=\"rep-costs\"><h2 id=\"rep-costs\">Costs (",
        &r.currency,
        ")</h2>",
    );
    let rows: Vec<Vec<String>> = r.costs.iter().map(|c| cost_cells(c).to_vec()).collect();
    push_table(
        &mut out,
        "Cost of each option",
        &cost_heads(r.horizon_years),
        &rows,
    );
    out.push_in("<p>", &r.budget, "</p>");
    let c = chart::build(p, chart::PRINT, r.style);
    let view = chart::View::default();
    out.push_html(&chart::svg_html(p, &c, view, r.style))
        .push_static("<ul class=\"legend\">")
        .push_html(&chart::legend_html(&c, view))
        .push_static("</ul></section>");

    out.push_static("<section class=\"card report-section\" aria-labelledby=\"rep-assumptions\"><h2 id=\"rep-assumptions\">Assumptions and sources</h2><ul class=\"report-list\">");
    for a in &r.assumptions {
        out.push_in("<li><strong>", &a.label, ":</strong> ")
            .push_in("", &a.value, ". <span class=\"hint\">")
            .push_in("", a.note, "</span></li>");
    }
    for line in &r.worked_out {
        out.push_in("<li>", line, "</li>");
    }
    out.push_static("</ul>");
    for place in &r.places {
        out.push_in("<h3>", &place.name, " (").push_in(
            "",
            &place.roles,
            ")</h3><ul class=\"report-list\">",
        );
        for f in &place.figures {
            out.push_in("<li><strong>", f.label, ":</strong> ")
                .push_text(&f.value)
                .push_static(if f.edited { " (edited by you)" } else { "" })
                .push_in(". <span class=\"hint\">", &f.source, "</span></li>");
        }
        out.push_static("</ul>");
    }
    out.push_static("</section>");
    out
}

/// The column heads of the cost table (also used by the view).
pub fn cost_heads(horizon_years: u32) -> [String; 8] {
    // Money is nominal (wages grow); fit is shown for year 1, the worst
    // year and steady state.
    [
        "Option".into(),
        "Year 1".into(),
        "Steady state per year".into(),
        format!("Total over {horizon_years} years"),
        "Savings vs in-house".into(),
        "Savings %".into(),
        "Break-even".into(),
        "Fits budget (year 1 / worst year / steady state)".into(),
    ]
}

fn cost_cells(r: &ResultRow) -> [String; 8] {
    [
        r.name.to_string(),
        r.year1.clone(),
        r.steady.clone(),
        r.total.clone(),
        r.savings.clone(),
        r.savings_pct.clone(),
        r.break_even.clone(),
        r.fit_by_year
            .iter()
            .map(|f| f.2)
            .collect::<Vec<_>>()
            .join(" / "),
    ]
}

/// A Markdown table cell: one line, pipes escaped.
fn md_cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Plain text safe in Markdown prose (user text cannot become markup).
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]<>()#+-.!|".contains(c) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

fn md_table(out: &mut String, heads: &[String], rows: &[Vec<String>]) {
    let line = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| md_cell(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&line(heads));
    out.push_str(&format!("|{}\n", "---|".repeat(heads.len())));
    for row in rows {
        out.push_str(&line(row));
    }
    out.push('\n');
}

/// The report as a Markdown document.
pub fn markdown(r: &Report) -> String {
    let mut out = format!("# Sourcing report: {}\n\n", md_text(&r.title));
    out.push_str("Prepared with Shoreline. Figures are planning estimates from the cited sources and your own inputs.\n\n");
    out.push_str("## Recommendation\n\n");
    if let Some(q) = &r.quiz {
        out.push_str(&format!("From the decision quiz: {q}\n\n"));
        if !r.answers.is_empty() {
            out.push_str("Your answers that counted:\n\n");
            for line in &r.answers {
                out.push_str(&format!("- {line}\n"));
            }
            out.push('\n');
        }
    }
    out.push_str(&format!(
        "With this scenario's weights: {} {} {}\n\n",
        r.verdict, r.close_call, r.what_would_change
    ));
    if !r.matrix_budget.is_empty() {
        out.push_str(&format!("Budget: {}\n\n", r.matrix_budget));
    }
    out.push_str("## Matrix ranking\n\n");
    let rows: Vec<Vec<String>> = r
        .ranking
        .iter()
        .map(|l| vec![l.place.clone(), l.option.to_string(), l.total.clone()])
        .collect();
    md_table(
        &mut out,
        &["Place".into(), "Option".into(), "Score (of 100)".into()],
        &rows,
    );
    for (name, why) in &r.excluded {
        out.push_str(&format!("- Ruled out: {name}. {why}\n"));
    }
    if !r.excluded.is_empty() {
        out.push('\n');
    }
    out.push_str(&format!("## Costs ({})\n\n", r.currency));
    let rows: Vec<Vec<String>> = r.costs.iter().map(|c| cost_cells(c).to_vec()).collect();
    md_table(&mut out, &cost_heads(r.horizon_years), &rows);
    out.push_str(&format!("{}\n\n", r.budget));
    out.push_str("## Assumptions\n\n");
    for a in &r.assumptions {
        out.push_str(&format!("- {}: {}. {}\n", a.label, a.value, a.note));
    }
    out.push('\n');
    for line in &r.worked_out {
        out.push_str(&format!("- {line}\n"));
    }
    out.push_str("\n## Locations and sources\n\n");
    for p in &r.places {
        out.push_str(&format!("### {} ({})\n\n", p.name, p.roles));
        for f in &p.figures {
            let mark = if f.edited { " (edited by you)" } else { "" };
            out.push_str(&format!(
                "- {}: {}{}. {}\n",
                f.label, f.value, mark, f.source
            ));
        }
        out.push('\n');
    }
    out
}

/// One CSV cell: words, which may be the user's (guarded against formulas),
/// or a figure the app wrote itself (kept as it is, so "-4%" stays a number).
#[derive(Clone, Copy)]
enum Cell<'a> {
    Text(&'a str),
    Figure(&'a str),
}

/// A CSV field, quoted when needed.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Words for a CSV cell, trimmed; one that would start with `= + - @`, a
/// tab or a carriage return gets a leading `'` (as OWASP advises), so a
/// spreadsheet never runs a scenario name as a formula.
fn csv_text(text: &str) -> String {
    let text = text.trim();
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

fn csv_row(out: &mut String, cells: &[Cell]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&match *cell {
            Cell::Text(text) => csv_field(&csv_text(text)),
            Cell::Figure(figure) => csv_field(figure),
        });
    }
    out.push_str("\r\n");
}

/// A row of words only (titles and column heads).
fn csv_words(out: &mut String, words: &[String]) {
    let cells: Vec<Cell> = words.iter().map(|w| Cell::Text(w)).collect();
    csv_row(out, &cells);
}

/// The matrix (criteria, weights, every option's score, the totals) and
/// the cost table, as one CSV file with a title row before each table.
/// Every cell of words is guarded ([`csv_text`]); figures are not.
pub fn csv(s: &Scenario, r: &Report) -> String {
    let mut out = String::new();
    csv_row(&mut out, &[Cell::Text(&r.title)]);
    csv_row(&mut out, &[Cell::Text("Comparison matrix")]);
    let sheet = ScoreSheet::for_scenario(s);
    let mut heads = vec!["Criterion".to_string(), "Weight".to_string()];
    heads.extend(SourcingOption::ALL.iter().map(|o| o.name().to_string()));
    csv_words(&mut out, &heads);
    for c in Criterion::ALL {
        let mut figures = vec![matrix::effective_weight(&s.weights, c).to_string()];
        figures.extend(
            SourcingOption::ALL
                .iter()
                .map(|o| sheet.score(*o, c).to_string()),
        );
        let mut row = vec![Cell::Text(c.name())];
        row.extend(figures.iter().map(|f| Cell::Figure(f)));
        csv_row(&mut out, &row);
    }
    let eval = evaluation(s);
    let totals: Vec<String> = SourcingOption::ALL
        .iter()
        .map(|o| match eval.ranking.iter().find(|r| r.option == *o) {
            Some(r) => total_label(r.total),
            None => "ruled out".to_string(),
        })
        .collect();
    let mut row = vec![Cell::Text("Weighted total (of 100)"), Cell::Figure("")];
    row.extend(totals.iter().map(|t| Cell::Figure(t)));
    csv_row(&mut out, &row);
    out.push_str("\r\n");
    csv_words(&mut out, &[format!("Costs ({})", r.currency)]);
    csv_words(&mut out, &cost_heads(r.horizon_years));
    for c in &r.costs {
        let [name, year1, steady, total, savings, pct, even, fit] = cost_cells(c);
        csv_row(
            &mut out,
            &[
                Cell::Text(&name),
                Cell::Figure(&year1),
                Cell::Figure(&steady),
                Cell::Figure(&total),
                Cell::Figure(&savings),
                Cell::Figure(&pct),
                Cell::Text(&even),
                Cell::Text(&fit),
            ],
        );
    }
    out
}

/// A file name for downloads: "shoreline-customer-support".
pub fn file_stem(name: &str) -> String {
    let mut stem = String::from("shoreline");
    let mut dash = true;
    for c in name.chars().flat_map(lowercase_for_stem) {
        if c.is_ascii_alphanumeric() {
            if dash {
                stem.push('-');
            }
            stem.push(c);
            dash = false;
        } else {
            dash = true;
        }
        if stem.len() > 60 {
            break;
        }
    }
    stem
}

/// `c` lowercased as `char::to_lowercase` does, as far as [`file_stem`]
/// can tell (it keeps ASCII letters and digits only), without Unicode's
/// case tables in the wasm: from outside ASCII only 'İ' (to "i̇") and the
/// Kelvin sign (to 'k') lowercase to ASCII.
fn lowercase_for_stem(c: char) -> impl Iterator<Item = char> {
    let (first, second) = match c {
        '\u{130}' => ('i', Some('\u{307}')),
        '\u{212a}' => ('k', None),
        c => (c.to_ascii_lowercase(), None),
    };
    std::iter::once(first).chain(second)
}

#[cfg(test)]
mod tests;
