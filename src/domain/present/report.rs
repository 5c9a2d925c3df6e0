//! The Report: one summary of the active scenario for a manager to read,
//! print or forward. First a summary that fits one printed page (the
//! recommendation in three sentences, the ranking, the cost of the top
//! three options, budget fit, what would change the answer), then the
//! reasons, the costs and chart, and every assumption in one table with its
//! source — plus the same content as Markdown and the matrix and cost
//! tables as CSV.
//!
//! Everything here is text built from the other domain modules; the Report
//! view only lays it out.

use crate::domain::content::locations::Location;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::inputs::{CostInputs, End, Field};
use crate::domain::model::knob::{Knob, ASSUMPTIONS};
use crate::domain::model::location_edits::{figure_value, EditableFigure};
use crate::domain::model::options::SourcingOption;
use crate::domain::model::scenario::Scenario;
use crate::domain::model::small::SmallMap;
use crate::domain::present::budget::{self, ResultRow};
use crate::domain::present::chart;
use crate::domain::present::inputs::knob_text;
use crate::domain::present::markup::Html;
use crate::domain::present::matrix::{
    close_call_sentence, close_call_text, flip_sentence, ranking_summary, total_label,
};
use crate::domain::present::money;
use crate::domain::present::numbers::NumberStyle;
use crate::domain::present::numbers::{
    decimal_text, format_money, format_money_short, money_compact, percent_text, saving_pct_text,
    saving_text,
};
use crate::domain::present::quiz::answers_that_counted;
use crate::domain::present::recommend::{budget_text, reason_text, what_would_change};
use crate::domain::present::timezones::duration_text;
use crate::domain::rules::cost::{project_with_time, BreakEven, Projection};
use crate::domain::rules::matrix::{self, whole, Evaluation, Excluded, Ranked};
use crate::domain::rules::quiz;
use crate::domain::rules::recommend::{self, BudgetFit, Reason};
use crate::domain::rules::sheet::ScoreSheet;
use crate::domain::rules::timezones;

/// The main inputs, listed before the other assumptions.
const MAIN_FIELDS: [Field; 7] = [
    Field::Fte,
    Field::Salary,
    Field::EmployerOnCost,
    Field::OtherOverhead,
    Field::VendorMargin,
    Field::HybridShare,
    Field::Horizon,
];

/// How many options the summary prices.
pub const TOP_COSTS: usize = 3;

/// One row of the assumptions table: one number of the cost model (one
/// row of a field), its value and range, and who set it.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumptionRow {
    /// "Governance overhead, Nearshore (%)".
    pub label: String,
    pub value: String,
    /// Best and worst case; empty for a number without a range.
    pub best: String,
    pub worst: String,
    /// Whether the user typed any of the row's numbers.
    pub yours: bool,
}

/// A field's rows and its explanation and source, given once.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumptionGroup {
    pub rows: Vec<AssumptionRow>,
    pub note: &'static str,
}

/// One cited figure of a location in use.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceFigure {
    pub label: &'static str,
    /// The value and unit, with what the figure leaves out if the data says.
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

/// One place in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct RankLine {
    /// "1", "2", "=" for a tie with the one above.
    pub place: String,
    pub option: &'static str,
    /// "72.4" (of 100).
    pub total: String,
}

/// What one of the top options costs, rounded for reading.
#[derive(Clone, Debug, PartialEq)]
pub struct TopCost {
    pub option: &'static str,
    /// Over the horizon, "$10.1M".
    pub total: String,
    /// Per person and year once settled (steady state ÷ team size), "$101k".
    pub per_person: String,
    /// "saves $3.2M (12% less)", "costs $1.4M more (9% more)", "the baseline".
    pub against_in_house: String,
}

/// Page 1: the decision a CEO reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// What the summary follows: "your answers to the decision quiz" or
    /// "this scenario's matrix weights".
    pub basis: &'static str,
    /// What to do, why, and the main risk or condition.
    pub sentences: [String; 3],
    pub ranking: Vec<RankLine>,
    /// "Ruled out: Offshore outsourcing, Captive offshore centre." or "".
    pub ruled_out: String,
    pub horizon_years: u32,
    pub top_costs: Vec<TopCost>,
    /// How the per-person figure is worked out.
    pub cost_note: String,
    /// Fit with the yearly budget, in year 1 and once settled.
    pub budget: String,
    /// What would change the answer.
    pub change: String,
}

/// Everything the Report shows, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The scenario's name (user text: shown as text only).
    pub title: String,
    pub summary: Summary,
    /// Why the leader leads, one sentence per reason (from the quiz's
    /// answers when it was answered, else from the matrix weights).
    pub reasons: Vec<String>,
    /// Why the runner-up came second (quiz only).
    pub runner_up_lost: Vec<String>,
    /// One sentence per quiz answer that changed anything.
    pub answers: Vec<String>,
    /// Whether the quiz was answered.
    pub quiz_answered: bool,
    /// The matrix verdict with the scenario's own weights.
    pub verdict: String,
    pub close_call: String,
    pub what_would_change: String,
    /// Whether the matrix's leader fits the yearly budget (and if not, the
    /// best-ranked option that does).
    pub matrix_budget: String,
    /// The matrix ranking with the scenario's own weights.
    pub ranking: Vec<RankLine>,
    /// Ruled-out options and why.
    pub excluded: Vec<(&'static str, String)>,
    /// Shared working hours of each place with home, and the day covered.
    pub time_zones: Vec<String>,
    pub currency: String,
    /// The number style every figure of the report is written in.
    pub style: NumberStyle,
    pub horizon_years: u32,
    pub costs: Vec<ResultRow>,
    pub budget: String,
    pub assumptions: Vec<AssumptionGroup>,
    pub worked_out: Vec<String>,
    pub places: Vec<PlaceFacts>,
    /// The glossary's terms the report uses, with their definitions
    /// ("Words used", last).
    pub words: Vec<(&'static str, &'static str)>,
}

/// The projection of some cost inputs, with their annual budget applied.
fn project(inputs: &CostInputs, s: &Scenario) -> Projection {
    let mut inputs = inputs.clone();
    let budget = inputs.annual_budget.take();
    let mut p = project_with_time(&inputs, &s.location_edits, &s.time);
    if let Some(b) = budget {
        p.apply_budget(b);
    }
    p
}

/// The scenario's cost projection, with its annual budget applied.
pub fn projection(s: &Scenario) -> Projection {
    project(&s.cost, s)
}

/// The matrix evaluation with the scenario's weights, overrides and knock-outs.
pub fn evaluation(s: &Scenario) -> Evaluation {
    matrix::evaluate_scenario(s)
}

fn rank_lines(ranking: &[Ranked]) -> Vec<RankLine> {
    ranking
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
        .collect()
}

/// The first sentence: what to do.
fn what_to_do(ranking: &[Ranked], margin: f64) -> String {
    match (ranking.first(), ranking.get(1)) {
        (None, _) => "Every option is ruled out by a hard requirement, so there is nothing to recommend until one is relaxed.".into(),
        (Some(a), None) => format!(
            "Choose {}: it is the only option your hard requirements leave open ({} of 100).",
            a.option.name(),
            whole(a.total)
        ),
        (Some(a), Some(b)) if margin == 0.0 => format!(
            "Choose between {} and {}: they are level at {} of 100, so let the costs below decide.",
            a.option.name(),
            b.option.name(),
            total_label(a.total)
        ),
        (Some(a), Some(b)) => format!(
            "Choose {}: it ranks first with {} of 100, ahead of {} with {}.",
            a.option.name(),
            total_label(a.total),
            b.option.name(),
            total_label(b.total)
        ),
    }
}

/// The second sentence: why, from the leader's top reasons.
fn why(reasons: &[Reason], from_quiz: bool) -> String {
    let Some(first) = reasons.first() else {
        return "No criterion with weight sets it apart from the next option; it leads on the sum of small differences.".into();
    };
    let parts: Vec<String> = reasons
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let of = if i == 0 { " of 5" } else { "" };
            match (r.runner_up, r.runner_up_score) {
                (Some(_), Some(rs)) => format!(
                    "{} ({}{of} against {})",
                    r.criterion.name().to_ascii_lowercase(),
                    r.leader_score,
                    rs
                ),
                _ => format!(
                    "{} ({}{of})",
                    r.criterion.name().to_ascii_lowercase(),
                    r.leader_score
                ),
            }
        })
        .collect();
    let list = match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => parts.join(""),
    };
    let against = match first.runner_up {
        Some(r) => format!(" than {}", r.name()),
        None => String::new(),
    };
    let whose = if from_quiz && first.question.is_some() {
        "your answers put the weight"
    } else {
        "your weights count most"
    };
    format!("It scores better{against} where {whose}: {list}.")
}

/// The third sentence: the main risk or condition. A budget the leader
/// misses comes first, then a close call, then its weakest weighted
/// criterion.
fn risk(
    fit: &BudgetFit,
    ranking: &[Ranked],
    margin: f64,
    close: bool,
    weak: Option<(Criterion, u8, u8)>,
    style: NumberStyle,
) -> String {
    let (leader, runner) = (
        ranking.first().map(|r| r.option),
        ranking.get(1).map(|r| r.option),
    );
    if let BudgetFit::Checked {
        budget,
        currency,
        leader: l,
        best_fitting,
    } = fit
    {
        let b = format_money_short(*budget, currency, style);
        let other = match best_fitting {
            Some(f) => format!("; the best-ranked option that fits is {}", f.option.name()),
            None => String::new(),
        };
        match (l.fits_year1, l.fits_steady) {
            (true, true) => {}
            (false, true) => {
                return format!(
                    "Condition: year 1 costs {}, over your yearly budget of {b}, so the one-time transition needs its own funding{other}.",
                    format_money_short(l.year1, currency, style)
                )
            }
            _ => {
                return format!(
                    "Condition: once settled it costs {} a year, over your yearly budget of {b}{other}.",
                    format_money_short(l.steady, currency, style)
                )
            }
        }
    }
    if leader.is_some() && runner.is_some() && (close || margin == 0.0) {
        return close_call_text(leader, runner, margin, close || margin == 0.0);
    }
    match (leader, weak) {
        (Some(l), Some((c, score, weight))) => format!(
            "Main risk: {} scores only {score} of 5 on \"{}\", a criterion you weight {weight} of 10.",
            l.name(),
            c.name()
        ),
        (Some(_), None) => "Main risk: the costs rest on the assumptions at the end of this report; check them against real quotes before you commit.".into(),
        (None, _) => "Relax the hard requirement that matters least to you to see which option comes first.".into(),
    }
}

fn ruled_out_line(excluded: &[Excluded]) -> String {
    if excluded.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = excluded.iter().map(|e| e.option.name()).collect();
    format!("Ruled out by your hard requirements: {}.", names.join(", "))
}

/// What the top options cost over the horizon and per person per year
/// once settled, against in-house.
fn top_costs(ranking: &[Ranked], p: &Projection, style: NumberStyle) -> Vec<TopCost> {
    ranking
        .iter()
        .take(TOP_COSTS)
        .filter_map(|r| p.get(r.option))
        .map(|o| TopCost {
            option: o.option.name(),
            total: money_compact(o.total, &p.currency, style),
            per_person: money_compact(o.steady_state / p.fte.max(0.5), &p.currency, style),
            against_in_house: if o.break_even == BreakEven::Baseline {
                "the baseline".into()
            } else {
                format!(
                    "{} ({})",
                    saving_text(o.savings, &p.currency, style),
                    saving_pct_text(o.savings_pct)
                )
            },
        })
        .collect()
}

fn cost_note(p: &Projection, quiz_costs_differ: bool, style: NumberStyle) -> String {
    let mut note = format!(
        "Totals over {} years include the one-time transition and are nominal (wages grow). Per person: the yearly cost once settled divided by the {} people whose work it covers.",
        p.horizon_years,
        decimal_text(p.fte, 1, style)
    );
    if quiz_costs_differ {
        note.push_str(" These figures use the team size, horizon and function from your quiz answers; the Costs section below uses the Budget screen's inputs.");
    }
    note
}

/// Shared working hours of each place in use with home, and the hours
/// of the day all of them cover together.
fn time_zone_lines(s: &Scenario) -> Vec<String> {
    let c = timezones::compare(&s.cost, &s.time);
    let Some(home) = c.places.first() else {
        return Vec::new();
    };
    let home_name = home.location.name;
    let mut lines: Vec<String> = c
        .places
        .iter()
        .skip(1)
        .map(|pl| {
            format!(
                "{} ({}): {} of shared working hours with {home_name}.",
                pl.location.name,
                pl.roles,
                duration_text(pl.overlap)
            )
        })
        .collect();
    lines.push(format!(
        "All places together cover {} of the day without night shifts.",
        duration_text(c.all_coverage)
    ));
    lines
}

/// The assumptions, one group per field, each row with its value, best and
/// worst case and who set it, and the field's explanation once.
fn assumption_groups(s: &Scenario, p: &Projection, style: NumberStyle) -> Vec<AssumptionGroup> {
    MAIN_FIELDS
        .into_iter()
        .chain(ASSUMPTIONS)
        .map(|field| {
            let mut rows: Vec<AssumptionRow> = Vec::new();
            let mut slot_of: Vec<_> = Vec::new();
            for knob in Knob::all_of(field) {
                let i = match slot_of.iter().position(|s| *s == knob.slot) {
                    Some(i) => i,
                    None => {
                        slot_of.push(knob.slot);
                        let mut label = field.spec().label.to_string();
                        if !knob.slot.label().is_empty() {
                            label.push_str(", ");
                            label.push_str(knob.slot.label());
                        }
                        label.push_str(" (");
                        label.push_str(&knob.unit(&p.currency));
                        label.push(')');
                        rows.push(AssumptionRow {
                            label,
                            value: String::new(),
                            best: String::new(),
                            worst: String::new(),
                            yours: false,
                        });
                        rows.len() - 1
                    }
                };
                let text = knob_text(knob, &s.cost, p, style);
                let row = &mut rows[i];
                match knob.end {
                    End::Value => row.value = text,
                    End::Low => row.best = text,
                    End::High => row.worst = text,
                }
                row.yours |= knob.is_changed(&s.cost);
            }
            AssumptionGroup {
                rows,
                note: field.default_note(),
            }
        })
        .collect()
}

/// Builds the report of one scenario, its figures written in `style`.
pub fn build(s: &Scenario, style: NumberStyle) -> Report {
    let eval = evaluation(s);
    let p = projection(s);
    let matrix_fit = recommend::budget_fit(&eval.ranking, &p, s.cost.annual_budget);
    let matrix_budget = budget_text(&matrix_fit, style);
    let answered = quiz::answered_count(&s.quiz) > 0;
    let (summary, reasons, runner_up_lost, answers) = if answered {
        let rec = recommend::recommend(s);
        let cost = quiz::cost_inputs(&s.cost, &rec.outcome);
        let qp = project(&cost, s);
        let sheet = recommend::quiz_sheet(s, &rec.outcome);
        let weak = rec
            .leader
            .and_then(|l| recommend::weak_spot(&rec.outcome.weights, &sheet, l));
        let summary = Summary {
            basis: "your answers to the decision quiz",
            sentences: [
                what_to_do(&rec.ranking, rec.margin),
                if rec.leader.is_some() {
                    why(&rec.reasons, true)
                } else {
                    ruled_out_line(&eval.excluded)
                },
                risk(
                    &rec.budget,
                    &rec.ranking,
                    rec.margin,
                    rec.close_call,
                    weak,
                    style,
                ),
            ],
            ranking: rank_lines(&rec.ranking),
            ruled_out: if rec.knockouts.is_empty() {
                String::new()
            } else {
                let names: Vec<&str> = rec.knockouts.iter().map(|(o, _)| o.name()).collect();
                format!("Ruled out by your hard requirements: {}.", names.join(", "))
            },
            horizon_years: qp.horizon_years,
            top_costs: top_costs(&rec.ranking, &qp, style),
            cost_note: cost_note(&qp, cost != s.cost, style),
            budget: budget_text(&rec.budget, style),
            change: what_would_change(&rec),
        };
        let reasons = rec
            .reasons
            .iter()
            .map(|r| reason_text(r, &rec.outcome, true, style))
            .collect();
        let lost = rec
            .runner_up_lost
            .iter()
            .map(|r| reason_text(r, &rec.outcome, false, style))
            .collect();
        (
            summary,
            reasons,
            lost,
            answers_that_counted(&rec.outcome, quiz::team_size(&s.cost, &rec.outcome), style),
        )
    } else {
        let sheet = ScoreSheet::for_scenario(s);
        let reasons = eval
            .leader
            .map(|l| recommend::reasons_for_weights(&s.weights, &sheet, l, eval.runner_up))
            .unwrap_or_default();
        let weak = eval
            .leader
            .and_then(|l| recommend::weak_spot(&s.weights, &sheet, l));
        let summary = Summary {
            basis: "this scenario's matrix weights (the decision quiz has not been answered)",
            sentences: [
                what_to_do(&eval.ranking, eval.margin),
                if eval.leader.is_some() {
                    why(&reasons, false)
                } else {
                    ruled_out_line(&eval.excluded)
                },
                risk(
                    &matrix_fit,
                    &eval.ranking,
                    eval.margin,
                    eval.close_call,
                    weak,
                    style,
                ),
            ],
            ranking: rank_lines(&eval.ranking),
            ruled_out: ruled_out_line(&eval.excluded),
            horizon_years: p.horizon_years,
            top_costs: top_costs(&eval.ranking, &p, style),
            cost_note: cost_note(&p, false, style),
            budget: matrix_budget.clone(),
            change: flip_sentence(&eval),
        };
        let lines = reasons
            .iter()
            .map(|r| matrix_reason_text(r, &s.weights))
            .collect();
        (summary, lines, Vec::new(), Vec::new())
    };
    let excluded = eval
        .excluded
        .iter()
        .map(|e| (e.option.name(), e.reasons.join(" ")))
        .collect();
    let costs = p
        .options
        .iter()
        .map(|o| budget::result_row(o, &p.currency, p.fte, style))
        .collect();
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
                        value: place_value(f, figure_value(&figs, f), loc, &s.cost, style),
                        source: budget::figure_source(f),
                        edited: s.location_edits.is_edited(loc.id, f),
                    })
                    .collect(),
            }
        })
        .collect();
    let mut report = Report {
        title: s.name.clone(),
        summary,
        reasons,
        runner_up_lost,
        answers,
        quiz_answered: answered,
        verdict: ranking_summary(&eval),
        close_call: close_call_sentence(&eval),
        what_would_change: flip_sentence(&eval),
        matrix_budget,
        ranking: rank_lines(&eval.ranking),
        excluded,
        time_zones: time_zone_lines(s),
        currency: p.currency.clone(),
        style,
        horizon_years: p.horizon_years,
        costs,
        budget: budget::report_budget_line(&p, style),
        assumptions: assumption_groups(s, &p, style),
        worked_out: budget::resolved_lines(&p, style),
        places,
        words: Vec::new(),
    };
    // Every glossary term the rest of the report uses is defined at its end.
    report.words = budget::words_used(&markdown(&report));
    report
}

/// One figure of a place as the report prints it: the cited value in its
/// unit, then, for a USD pay figure in another currency, the converted
/// amount with its rate (as on the Budget screen), then any caveat:
/// "52,000 USD per year (≈ €48,573 at 1 USD = 0.9341 EUR (ECB …))".
fn place_value(
    f: EditableFigure,
    value: f64,
    loc: &Location,
    c: &CostInputs,
    style: NumberStyle,
) -> String {
    let mut text = format!("{} {}", decimal_text(value, 2, style), f.unit());
    let extras: Vec<String> = money::figure_in_currency(f, value, c, style)
        .into_iter()
        .chain(budget::figure_caveat(loc, f).map(|c| c.trim_end_matches('.').to_string()))
        .collect();
    if !extras.is_empty() {
        text.push_str(" (");
        text.push_str(&extras.join("; "));
        text.push(')');
    }
    text
}

/// A reason under the matrix's own weights, in one sentence.
fn matrix_reason_text(r: &Reason, weights: &SmallMap<Criterion, u8>) -> String {
    let weight = matrix::effective_weight(weights, r.criterion);
    match (r.runner_up, r.runner_up_score) {
        (Some(other), Some(rs)) => format!(
            "\"{}\" (weight {weight} of 10): {} scores {} of 5, {} {rs}.",
            r.criterion.name(),
            r.leader.name(),
            r.leader_score,
            other.name()
        ),
        _ => format!(
            "\"{}\" (weight {weight} of 10): {} scores {} of 5.",
            r.criterion.name(),
            r.leader.name(),
            r.leader_score
        ),
    }
}

/// The summary's column heads for the top options' costs.
pub fn top_cost_heads(horizon_years: u32) -> [String; 4] {
    [
        "Option".into(),
        format!("Total over {horizon_years} years"),
        "Per person per year, once settled".into(),
        "Against in-house".into(),
    ]
}

/// The assumptions table's column heads.
pub const ASSUMPTION_HEADS: [&str; 6] = [
    "Assumption",
    "Value",
    "Best case",
    "Worst case",
    "Set by",
    "Explanation and source",
];

fn set_by(yours: bool) -> &'static str {
    if yours {
        "your input"
    } else {
        "default"
    }
}

/// Words of a paragraph or list item with one bold stretch in the middle
/// (`<strong>` in markup, plain in Markdown): "Ruled out: **Offshore**. Why".
#[derive(Clone, Copy)]
struct Line<'a> {
    before: &'static str,
    bold: &'a str,
    after: &'a str,
}

/// A line without bold words.
fn line(text: &str) -> Line<'_> {
    Line {
        before: "",
        bold: "",
        after: text,
    }
}

/// Lines of text, one per item.
fn lines(texts: &[String]) -> Vec<Line<'_>> {
    texts.iter().map(|t| line(t)).collect()
}

/// Borrowed cells.
fn strs(texts: &[String]) -> Vec<&str> {
    texts.iter().map(String::as_str).collect()
}

/// How the parts of the report look in one format. [`write`] says what
/// the report holds and in which order, once for both formats.
trait Writer {
    /// Whether this is the markup (screen and print); where the formats
    /// differ, [`write`] asks.
    fn is_markup(&self) -> bool;
    /// A card (`<section>` with its `<h2>`), or a `##` heading.
    fn section(&mut self, id: &'static str, title: &str);
    /// The end of a card.
    fn end(&mut self);
    /// What the summary follows (and, in markup, the scenario's name,
    /// which Markdown has in its title).
    fn basis(&mut self, title: &str, basis: &str);
    /// The cost chart and its legend (markup only).
    fn chart(&mut self);
    /// A heading of level 1 to 3 (markup has only `<h3>` outside a card's
    /// title).
    fn heading(&mut self, level: usize, text: &str);
    /// A paragraph with its class in markup ("" for none).
    fn para(&mut self, class: &'static str, line: Line);
    /// A list, numbered or not; nothing when empty.
    fn list(&mut self, numbered: bool, items: &[Line]);
    /// The start of a table: its caption (markup only; [`write`] gives
    /// Markdown a heading where it needs one), its column heads and each
    /// column's class in markup (none where missing). `key` is the column
    /// that names each row: markup shows it first, as the row header;
    /// Markdown keeps the columns in order.
    fn table(
        &mut self,
        caption: &'static str,
        class: &'static str,
        heads: &[&str],
        key: usize,
        classes: &[&'static str],
    );
    /// A row of the table. With `span` > 0 its last cell spans that many
    /// rows in markup, and the rows below it give one cell less (Markdown
    /// leaves that cell empty).
    fn row(&mut self, cells: &[&str], span: usize);
    /// A new group of rows (a `<tbody>` in markup).
    fn group(&mut self);
    fn table_end(&mut self);
}

/// The ranking as a table: place, option and score.
fn ranking_table(w: &mut dyn Writer, caption: &'static str, ranking: &[RankLine]) {
    w.table(caption, "", &["Place", "Option", "Score (of 100)"], 1, &[]);
    for l in ranking {
        w.row(&[&l.place, l.option, &l.total], 0);
    }
    w.table_end();
}

/// The report, part by part, in the order of the printed report.
fn write(r: &Report, w: &mut dyn Writer) {
    let sm = &r.summary;
    let markup = w.is_markup();
    if !markup {
        w.heading(1, &format!("Sourcing report: {}", md_text(&r.title)));
        w.para("", line("Prepared with Shoreline. Figures are planning estimates from the cited sources and your own inputs."));
    }
    w.section("summary", "Summary");
    w.basis(&r.title, sm.basis);
    w.heading(3, "Recommendation");
    w.list(true, &lines(&sm.sentences));
    if !markup {
        w.heading(3, "Ranking");
    }
    ranking_table(w, "Ranking", &sm.ranking);
    if !sm.ruled_out.is_empty() {
        w.para("", line(&sm.ruled_out));
    }
    if !markup {
        w.heading(3, "Cost of the top options");
    }
    w.table(
        "Cost of the top options",
        "",
        &strs(&top_cost_heads(sm.horizon_years)),
        0,
        &[],
    );
    for c in &sm.top_costs {
        w.row(&[c.option, &c.total, &c.per_person, &c.against_in_house], 0);
    }
    w.table_end();
    w.para("hint", line(&sm.cost_note));
    let led = |w: &mut dyn Writer, label: &'static str, text: &str| {
        let after = format!(" {text}");
        let l = Line {
            before: "",
            bold: label,
            after: &after,
        };
        w.para("", l);
    };
    led(w, "Budget:", &sm.budget);
    led(w, "What would change the answer:", &sm.change);
    w.end();

    w.section("reasons", "Reasons");
    if let (true, Some(first)) = (markup, sm.ranking.first()) {
        w.heading(3, &format!("Why {} ranks first", first.option));
    }
    w.list(false, &lines(&r.reasons));
    if !r.runner_up_lost.is_empty() {
        if !markup {
            w.para("", line("Why the runner-up came second:"));
        } else if let Some(second) = sm.ranking.get(1) {
            w.heading(3, &format!("Why {} came second", second.option));
        }
        w.list(false, &lines(&r.runner_up_lost));
    }
    if !r.answers.is_empty() {
        if markup {
            w.heading(3, "Your answers that counted");
        } else {
            w.para("", line("Your answers that counted:"));
        }
        w.list(false, &lines(&r.answers));
    }
    let scores = format!("{} {} {}", r.verdict, r.close_call, r.what_would_change);
    if markup {
        w.heading(3, "Scores with this scenario's matrix weights");
        w.para("", line(&scores));
    } else {
        let l = Line {
            before: "With this scenario's matrix weights: ",
            bold: "",
            after: &scores,
        };
        w.para("", l);
    }
    if r.quiz_answered {
        if !markup {
            w.heading(3, "Matrix ranking");
        }
        ranking_table(w, "Matrix ranking", &r.ranking);
        if !r.matrix_budget.is_empty() {
            led(w, "Budget (matrix leader):", &r.matrix_budget);
        }
    }
    let whys: Vec<String> = r
        .excluded
        .iter()
        .map(|(_, why)| format!(". {why}"))
        .collect();
    let excluded: Vec<Line> = r
        .excluded
        .iter()
        .zip(&whys)
        .map(|((name, _), why)| Line {
            before: "Ruled out: ",
            bold: name,
            after: why,
        })
        .collect();
    w.list(false, &excluded);
    w.heading(3, "Time zones");
    w.list(false, &lines(&r.time_zones));
    w.end();

    w.section("costs", &format!("Costs ({})", r.currency));
    w.table(
        "Cost of each option",
        "",
        &strs(&cost_heads(r.horizon_years)),
        0,
        &[],
    );
    for c in &r.costs {
        w.row(&strs(&cost_cells(c)), 0);
    }
    w.table_end();
    w.para("", line(&r.budget));
    w.chart();
    w.end();

    if markup {
        w.section("assumptions", "Assumptions and sources");
    } else {
        w.heading(2, "Assumptions");
    }
    w.table(
        "Assumptions of the cost model",
        "assumptions-table",
        &ASSUMPTION_HEADS,
        0,
        &["", "num", "num", "num", "by", "note"],
    );
    for (n, g) in r.assumptions.iter().enumerate() {
        if n > 0 {
            w.group();
        }
        for (i, row) in g.rows.iter().enumerate() {
            let cells = [
                row.label.as_str(),
                &row.value,
                &row.best,
                &row.worst,
                set_by(row.yours),
                g.note,
            ];
            if i == 0 {
                w.row(&cells, g.rows.len());
            } else {
                w.row(&cells[..5], 0);
            }
        }
    }
    w.table_end();
    w.list(false, &lines(&r.worked_out));
    if !markup {
        w.heading(2, "Locations and sources");
    }
    let mut heads = vec!["Figure".to_string()];
    heads.extend(r.places.iter().map(|p| format!("{}: {}", p.roles, p.name)));
    heads.push("Source".into());
    let mut classes = vec!["num"; heads.len()];
    classes[0] = "";
    classes[heads.len() - 1] = "note";
    w.table(
        "Figures of the places in use",
        "places-table",
        &strs(&heads),
        0,
        &classes,
    );
    for (i, f) in EditableFigure::ALL.into_iter().enumerate() {
        let mut row = vec![f.label().to_string()];
        row.extend(r.places.iter().map(|p| match p.figures.get(i) {
            Some(fig) if fig.edited => format!("{} (your input)", fig.value),
            Some(fig) => fig.value.clone(),
            None => String::new(),
        }));
        row.push(budget::figure_source(f));
        w.row(&strs(&row), 0);
    }
    w.table_end();
    w.end();

    if !r.words.is_empty() {
        w.section("words", "Words used");
        let meanings: Vec<String> = r.words.iter().map(|(_, m)| format!(" {m}")).collect();
        let items: Vec<Line> = r
            .words
            .iter()
            .zip(&meanings)
            .map(|((term, _), meaning)| Line {
                before: "",
                bold: term,
                after: meaning,
            })
            .collect();
        w.list(false, &items);
        w.end();
    }
}

/// The markup writer (the chart needs the projection).
struct MarkupWriter<'a> {
    out: Html,
    r: &'a Report,
    p: &'a Projection,
    /// The table being written, its caption, key column and column classes.
    table: Html,
    caption: &'static str,
    key: usize,
    classes: Vec<&'static str>,
}

impl MarkupWriter<'_> {
    /// A line: the bold stretch in `<strong>`, all of it escaped.
    fn line(&mut self, l: &Line) {
        self.out.push_text(l.before);
        if !l.bold.is_empty() {
            self.out.push_in("<strong>", l.bold, "</strong>");
        }
        self.out.push_text(l.after);
    }

    /// The key column first, then the others in order.
    fn order(&self, columns: usize) -> impl Iterator<Item = usize> {
        let key = self.key;
        std::iter::once(key).chain((0..columns).filter(move |i| *i != key))
    }
}

impl Writer for MarkupWriter<'_> {
    fn is_markup(&self) -> bool {
        true
    }

    fn section(&mut self, id: &'static str, title: &str) {
        self.out
            .push_static("<section class=\"card report-section report-")
            .push_static(id)
            .push_static("\" aria-labelledby=\"rep-")
            .push_static(id)
            .push_static("\"><h2 id=\"rep-")
            .push_static(id)
            .push_in("\">", title, "</h2>");
    }

    fn end(&mut self) {
        self.out.push_static("</section>");
    }

    fn basis(&mut self, title: &str, basis: &str) {
        self.out
            .push_in(
                "<p class=\"report-for\">Scenario: <strong><bdi>",
                title,
                "</bdi></strong>. ",
            )
            .push_in("Based on ", basis, ".</p>");
    }

    fn chart(&mut self) {
        let (r, p) = (self.r, self.p);
        let c = chart::build(p, chart::PRINT, r.style);
        let view = chart::View::default();
        self.out
            .push_static("<figure class=\"report-chart\">")
            .push_html(&chart::svg_html(p, &c, view, r.style))
            .push_static("<ul class=\"legend\">")
            .push_html(&chart::legend_html(&c, view))
            .push_static("</ul></figure>");
    }

    fn heading(&mut self, _level: usize, text: &str) {
        self.out.push_in("<h3>", text, "</h3>");
    }

    fn para(&mut self, class: &'static str, l: Line) {
        self.out.push_static("<p");
        if !class.is_empty() {
            self.out.push_attr("class", class);
        }
        self.out.push_static(">");
        self.line(&l);
        self.out.push_static("</p>");
    }

    fn list(&mut self, numbered: bool, items: &[Line]) {
        if items.is_empty() {
            return;
        }
        self.out.push_static(if numbered {
            "<ol class=\"report-sentences\">"
        } else {
            "<ul class=\"report-list\">"
        });
        for l in items {
            self.out.push_static("<li>");
            self.line(l);
            self.out.push_static("</li>");
        }
        self.out
            .push_static(if numbered { "</ol>" } else { "</ul>" });
    }

    fn table(
        &mut self,
        caption: &'static str,
        class: &'static str,
        heads: &[&str],
        key: usize,
        classes: &[&'static str],
    ) {
        self.caption = caption;
        self.key = key;
        self.classes = classes.to_vec();
        let mut t = Html::raw_static("<table class=\"report-table");
        if !class.is_empty() {
            t.push_static(" ").push_static(class);
        }
        t.push_in("\"><caption>", caption, "</caption><thead><tr>");
        for i in self.order(heads.len()) {
            t.push_in("<th scope=\"col\">", heads[i], "</th>");
        }
        t.push_static("</tr></thead><tbody>");
        self.table = t;
    }

    fn row(&mut self, cells: &[&str], span: usize) {
        let t = &mut self.table;
        t.push_static("<tr>");
        let key = self.key;
        let order = std::iter::once(key).chain((0..cells.len()).filter(|i| *i != key));
        for (n, i) in order.enumerate() {
            let cell = cells[i];
            if n == 0 {
                t.push_in("<th scope=\"row\">", cell, "</th>");
                continue;
            }
            t.push_static("<td");
            if let Some(class) = self.classes.get(i).filter(|c| !c.is_empty()) {
                t.push_attr("class", class);
            }
            if span > 0 && i == cells.len() - 1 {
                t.push_static(" rowspan=\"")
                    .push_int(span as i64)
                    .push_static("\"");
            }
            t.push_in(">", cell, "</td>");
        }
        t.push_static("</tr>");
    }

    fn group(&mut self) {
        self.table.push_static("</tbody><tbody>");
    }

    fn table_end(&mut self) {
        self.table.push_static("</tbody></table>");
        self.out.push_scroll_region(self.caption, &self.table);
    }
}

/// The report as markup for the Report view. The summary is one printed
/// page; the reasons, the costs (chart and legend kept together) and the
/// assumptions follow. All text is escaped; the scenario name is user
/// text, so it is also isolated (`<bdi>`): whatever its direction, the
/// words around it keep their order.
pub fn html(r: &Report, p: &Projection) -> Html {
    let mut w = MarkupWriter {
        out: Html::new(),
        r,
        p,
        table: Html::new(),
        caption: "",
        key: 0,
        classes: Vec::new(),
    };
    write(r, &mut w);
    w.out
}

/// The column heads of the cost table (also used by the view).
pub fn cost_heads(horizon_years: u32) -> [String; 8] {
    // Money is nominal (wages grow); fit is shown for year 1, the worst
    // year and steady state.
    [
        "Option".into(),
        "Year 1".into(),
        "Per year once settled".into(),
        format!("Total over {horizon_years} years"),
        "Against in-house".into(),
        "Difference".into(),
        "Break-even".into(),
        "Fits budget (year 1 / worst year / once settled)".into(),
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

/// The Markdown writer: the document and the number of columns of the
/// table being written.
struct MarkdownWriter(String, usize);

impl MarkdownWriter {
    fn line(&mut self, l: &Line) {
        self.0.push_str(l.before);
        self.0.push_str(l.bold);
        self.0.push_str(l.after);
    }
}

impl Writer for MarkdownWriter {
    fn is_markup(&self) -> bool {
        false
    }

    fn section(&mut self, _id: &'static str, title: &str) {
        self.heading(2, title);
    }

    fn end(&mut self) {}

    fn basis(&mut self, _title: &str, basis: &str) {
        self.para("", line(&format!("Based on {basis}.")));
    }

    fn chart(&mut self) {}

    fn heading(&mut self, level: usize, text: &str) {
        self.0.push_str(&"#".repeat(level));
        self.0.push(' ');
        self.0.push_str(text);
        self.0.push_str("\n\n");
    }

    fn para(&mut self, _class: &'static str, l: Line) {
        self.line(&l);
        self.0.push_str("\n\n");
    }

    fn list(&mut self, numbered: bool, items: &[Line]) {
        for (i, l) in items.iter().enumerate() {
            if numbered {
                self.0.push_str(&(i + 1).to_string());
                self.0.push_str(". ");
            } else {
                self.0.push_str("- ");
            }
            self.line(l);
            self.0.push('\n');
        }
        if !items.is_empty() {
            self.0.push('\n');
        }
    }

    fn table(
        &mut self,
        _caption: &'static str,
        _class: &'static str,
        heads: &[&str],
        _key: usize,
        _classes: &[&'static str],
    ) {
        self.1 = heads.len();
        self.row(heads, 0);
        self.0.push('|');
        self.0.push_str(&"---|".repeat(heads.len()));
        self.0.push('\n');
    }

    fn row(&mut self, cells: &[&str], _span: usize) {
        self.0.push('|');
        for i in 0..self.1 {
            self.0.push(' ');
            self.0
                .push_str(&md_cell(cells.get(i).copied().unwrap_or_default()));
            self.0.push_str(" |");
        }
        self.0.push('\n');
    }

    fn group(&mut self) {}

    fn table_end(&mut self) {
        self.0.push('\n');
    }
}

/// The report as a Markdown document, in the order of the printed report.
pub fn markdown(r: &Report) -> String {
    let mut w = MarkdownWriter(String::new(), 0);
    write(r, &mut w);
    w.0
}

/// One CSV cell: words, which may be the user's (guarded against formulas),
/// or a figure the app wrote itself (kept as it is, so "-4%" stays a number).
#[derive(Clone, Copy)]
enum Cell<'a> {
    Text(&'a str),
    Figure(&'a str),
}

/// The CSV list separator for a number style: a comma where the decimal
/// mark is a point, a semicolon where it is a comma (what spreadsheets in
/// those languages expect, so "1.234,5 €" lands in one cell).
pub fn csv_separator(style: NumberStyle) -> char {
    if style.decimal() == ',' {
        ';'
    } else {
        ','
    }
}

/// A CSV field, quoted when needed.
fn csv_field(text: &str, sep: char) -> String {
    if text.contains([sep, '"', '\n', '\r']) {
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

/// A CSV file being written, with its separator.
struct Csv {
    out: String,
    sep: char,
}

impl Csv {
    fn row(&mut self, cells: &[Cell]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(self.sep);
            }
            let field = match *cell {
                Cell::Text(text) => csv_field(&csv_text(text), self.sep),
                Cell::Figure(figure) => csv_field(figure, self.sep),
            };
            self.out.push_str(&field);
        }
        self.out.push_str("\r\n");
    }

    /// A row of words only (titles and column heads).
    fn words(&mut self, words: &[String]) {
        let cells: Vec<Cell> = words.iter().map(|w| Cell::Text(w)).collect();
        self.row(&cells);
    }
}

/// The matrix (criteria, weights, every option's score, the totals) and
/// the cost table, as one CSV file with a title row before each table.
/// Every cell of words is guarded ([`csv_text`]); figures are not. The
/// file starts with a byte order mark, so spreadsheets that otherwise guess
/// a legacy encoding (Excel on Windows) read "—", "€" and names as UTF-8;
/// the separator follows the number style ([`csv_separator`]).
pub fn csv(s: &Scenario, r: &Report) -> String {
    let mut out = Csv {
        out: String::from('\u{feff}'),
        sep: csv_separator(r.style),
    };
    out.row(&[Cell::Text(&r.title)]);
    out.row(&[Cell::Text("Comparison matrix")]);
    let sheet = ScoreSheet::for_scenario(s);
    let mut heads = vec!["Criterion".to_string(), "Weight".to_string()];
    heads.extend(SourcingOption::ALL.iter().map(|o| o.name().to_string()));
    out.words(&heads);
    for c in Criterion::ALL {
        let mut figures = vec![matrix::effective_weight(&s.weights, c).to_string()];
        figures.extend(
            SourcingOption::ALL
                .iter()
                .map(|o| sheet.score(*o, c).to_string()),
        );
        let mut row = vec![Cell::Text(c.name())];
        row.extend(figures.iter().map(|f| Cell::Figure(f)));
        out.row(&row);
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
    out.row(&row);
    out.out.push_str("\r\n");
    out.words(&[format!("Costs ({})", r.currency)]);
    // Exact figures for a spreadsheet; a negative saving is an extra cost.
    let mut heads = cost_heads(r.horizon_years);
    heads[4] = "Savings vs in-house (negative: costs more)".into();
    heads[5] = "Savings % (negative: costs more)".into();
    out.words(&heads);
    let p = projection(s);
    for (c, o) in r.costs.iter().zip(&p.options) {
        let money = |x: f64| format_money(x, &p.currency, r.style);
        let baseline = o.break_even == BreakEven::Baseline;
        let [name, _, _, _, _, _, even, fit] = cost_cells(c);
        let (savings, pct) = if baseline {
            ("—".to_string(), "—".to_string())
        } else {
            (money(o.savings), percent_text(o.savings_pct))
        };
        out.row(&[
            Cell::Text(&name),
            Cell::Figure(&money(o.year1)),
            Cell::Figure(&money(o.steady_state)),
            Cell::Figure(&money(o.total)),
            Cell::Figure(&savings),
            Cell::Figure(&pct),
            Cell::Text(&even),
            Cell::Text(&fit),
        ]);
    }
    out.out
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
