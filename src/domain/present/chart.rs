//! The cumulative-cost chart as geometry: frames, scales, round ticks, SVG
//! path strings, break-even markers, the one best/worst band in focus and
//! the labels at the line ends. Pure: the component only copies these
//! strings into `<svg>` elements.
//!
//! The chart is laid out once per [`Frame`] (a viewBox and a text size) and
//! CSS shows the frame that suits the screen, so it fills the card's width
//! with text that stays readable from a 360 px phone to a wide desktop,
//! without measuring anything in the browser.

use crate::domain::model::options::SourcingOption;
use crate::domain::present::budget::break_even_text;
use crate::domain::present::markup::Html;
use crate::domain::present::numbers::{format_money, format_money_short, NumberStyle};
use crate::domain::rules::cost::{BreakEven, Projection};

/// One drawing size: a viewBox, and the text size in its units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    pub width: i64,
    pub height: i64,
    /// Text size, in viewBox units.
    pub font: i64,
    /// The classes by which the stylesheet shows this frame at its screen widths.
    pub class: &'static str,
    /// `0 0 width height`, written out.
    pub view_box: &'static str,
}

/// Phone (below 36rem; taller than wide, so crowded lines and labels get
/// room), tablet (36–56rem) and desktop (from 56rem): each renders at
/// 0.75–1.3 times its viewBox, so 14-unit text reads as 10–18 px.
pub const FRAMES: [Frame; 3] = [
    Frame {
        width: 360,
        height: 420,
        font: 14,
        class: "cost-chart size-s",
        view_box: "0 0 360 420",
    },
    Frame {
        width: 640,
        height: 360,
        font: 14,
        class: "cost-chart size-m",
        view_box: "0 0 640 360",
    },
    Frame {
        width: 1000,
        height: 420,
        font: 14,
        class: "cost-chart size-l",
        view_box: "0 0 1000 420",
    },
];

/// The frame of the printed report (about 18 cm wide on paper).
pub const PRINT: Frame = FRAMES[1];

/// Space between a line's end and its label, where the leader line runs.
const LABEL_GAP: i64 = 16;

/// What the budget line's label reads.
const BUDGET: &str = "Budget";

/// The longest line label (the short names and [`BUDGET`]): the label
/// column is as wide as it.
const LONGEST_LABEL: &str = "Nearshore";

/// A generous estimate of a text's width in viewBox units: 0.68 em a
/// character, as wide as bold DejaVu Sans (the widest common system
/// sans-serif; "Nearshore" measures 0.65 em a letter in it).
pub fn text_width(text: &str, font: i64) -> i64 {
    (text.chars().count() as i64 * font * 68 + 99) / 100
}

/// The distance between the centres of two stacked labels: the text's
/// line box (about 1.2 em in common sans-serif fonts) and a little air.
pub fn label_pitch(font: i64) -> i64 {
    font + font / 3 + 1
}

/// A text label at a point of the viewBox (`y` is the baseline).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub x: i64,
    pub y: i64,
    pub text: String,
}

/// One option's drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Position in the option order: picks colour and marker shape.
    pub index: usize,
    pub option: SourcingOption,
    pub name: &'static str,
    /// The cumulative cost, year 0 to the horizon.
    pub path: String,
    /// A marker at the end of each year.
    pub markers: String,
    /// The best/worst band, closed.
    pub band: String,
    /// Where the line ends (its height at the horizon), for its label.
    pub end_y: i64,
    /// The total over the horizon, to pick the default focus.
    pub total: f64,
}

/// Maps years and money onto the plot area of a frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// The top of the money axis.
    pub top: f64,
    pub years: u32,
    /// The plot's left and right edges.
    pub left: i64,
    pub right: i64,
    /// The plot's top and bottom edges.
    pub y_top: i64,
    pub y_bottom: i64,
}

impl Scale {
    /// Horizontal position of a point in time, in years.
    pub fn x(&self, years: f64) -> i64 {
        let span = f64::from(self.years.max(1));
        let frac = (years / span).clamp(0.0, 1.0);
        (self.left as f64 + (self.right - self.left) as f64 * frac).round() as i64
    }

    /// Vertical position of an amount (clamped into the plot).
    pub fn y(&self, amount: f64) -> i64 {
        let frac = if self.top > 0.0 && amount.is_finite() {
            (amount / self.top).clamp(0.0, 1.0)
        } else {
            0.0
        };
        (self.y_bottom as f64 - (self.y_bottom - self.y_top) as f64 * frac).round() as i64
    }
}

/// Everything the chart draws, apart from the budget line and the labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub frame: Frame,
    pub scale: Scale,
    /// Horizontal grid lines at the money ticks.
    pub grid: String,
    /// The two axes.
    pub axes: String,
    pub y_ticks: Vec<Label>,
    pub x_ticks: Vec<Label>,
    pub lines: Vec<Line>,
    /// The break-even points: the line's index, x and y.
    pub break_evens: Vec<(usize, i64, i64)>,
}

/// What the reader chose to see: which lines are hidden and whose band is
/// shaded. View state only: never saved with the scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// The option the reader picked for the band, if any.
    pub picked: Option<usize>,
    /// Bit `i` set: option `i`'s line is hidden.
    pub hidden: u8,
}

fn bit(index: usize) -> u8 {
    1u8.checked_shl(index as u32).unwrap_or(0)
}

impl View {
    /// Whether option `index`'s line is drawn.
    pub fn shows(self, index: usize) -> bool {
        self.hidden & bit(index) == 0
    }

    /// Hides a shown line, shows a hidden one.
    pub fn toggled(self, index: usize) -> View {
        View {
            hidden: self.hidden ^ bit(index),
            ..self
        }
    }

    /// Puts option `index` in focus (showing its line if it was hidden).
    pub fn picking(self, index: usize) -> View {
        View {
            picked: Some(index),
            hidden: self.hidden & !bit(index),
        }
    }

    /// The option whose band is drawn: the one picked while its line is
    /// shown; otherwise the shown option with the lowest total over the
    /// horizon (the one the chart's summary names); none when all are hidden.
    pub fn focus(self, totals: &[f64]) -> Option<usize> {
        if let Some(i) = self.picked.filter(|&i| i < totals.len() && self.shows(i)) {
            return Some(i);
        }
        let mut best: Option<(usize, f64)> = None;
        for (i, &t) in totals.iter().enumerate() {
            if self.shows(i) && best.is_none_or(|(_, b)| t < b) {
                best = Some((i, t));
            }
        }
        best.map(|(i, _)| i)
    }
}

/// Each option's total over the horizon, in option order (for [`View::focus`]).
pub fn totals(p: &Projection) -> Vec<f64> {
    p.options.iter().map(|o| o.total).collect()
}

/// The smallest 1, 2, 2.5 or 5 × 10^k at or above `x` (1 for zero or less).
pub fn nice_step(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powi(x.log10().floor() as i32);
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|s| s * mag)
        .find(|v| *v >= x * (1.0 - 1e-12))
        .unwrap_or(10.0 * mag)
}

/// Round ticks from 0 covering `max`, about `count` steps: (top, ticks).
pub fn nice_ticks(max: f64, count: u32) -> (f64, Vec<f64>) {
    let step = nice_step(max / f64::from(count.max(1)));
    let steps = (max / step).ceil().max(1.0) as u32;
    let ticks = (0..=steps).map(|i| f64::from(i) * step).collect();
    (f64::from(steps) * step, ticks)
}

/// Every how many years the time axis is labelled: the smallest of 1, 2,
/// 5, 10 … that leaves at least 2.5 em between labels, so a long horizon
/// on a phone gets fewer ticks rather than crowded ones.
pub fn year_step(years: u32, plot_width: i64, font: i64) -> u32 {
    let per_year = plot_width.max(1) as f64 / f64::from(years.max(1));
    [1, 2, 5, 10, 20, 50]
        .into_iter()
        .find(|s| per_year * f64::from(*s) >= 2.5 * font as f64)
        .unwrap_or(50)
        .min(years.max(1))
}

/// Positions for labels of height `gap` that want their centres at
/// `wanted`: no two closer than `gap`, all within `lo..=hi`, in the same
/// top-to-bottom order as `wanted`. A crowded label moves down below the
/// one above it, and a crowd that runs past `hi` is pushed back up; a label
/// with room around it stays where it wants to be (clamped into the range).
/// When they cannot all fit, the gap shrinks to what the range allows.
pub fn spread(wanted: &[i64], gap: i64, lo: i64, hi: i64) -> Vec<i64> {
    let n = wanted.len();
    let hi = hi.max(lo);
    // Top to bottom, ties in their order. An insertion sort: a handful of
    // labels, and no sort routine in the wasm for them.
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for i in 0..n {
        let at = order.partition_point(|&j| wanted[j] <= wanted[i]);
        order.insert(at, i);
    }
    let gap = gap.clamp(0, (hi - lo) / (n as i64 - 1).max(1));
    let mut pos: Vec<i64> = order.iter().map(|&i| wanted[i].clamp(lo, hi)).collect();
    for k in 1..n {
        pos[k] = pos[k].max(pos[k - 1] + gap);
    }
    let mut limit = hi;
    for p in pos.iter_mut().rev() {
        *p = (*p).min(limit);
        limit = *p - gap;
    }
    let mut out = vec![0; n];
    for (&i, p) in order.iter().zip(pos) {
        out[i] = p;
    }
    out
}

fn pt(out: &mut String, cmd: char, x: i64, y: i64) {
    out.push(cmd);
    out.push_str(&x.to_string());
    out.push(' ');
    out.push_str(&y.to_string());
}

/// A small marker of series `index` centred on (x, y): circle, square,
/// triangle, diamond, triangle down, bar (radius 4, written out).
pub fn marker(index: usize, x: i64, y: i64) -> String {
    let r = 4;
    let mut d = String::new();
    match index % 6 {
        0 => {
            pt(&mut d, 'M', x - r, y);
            d.push_str("a4 4 0 1 0 8 0a4 4 0 1 0 -8 0");
        }
        1 => {
            pt(&mut d, 'M', x - r, y - r);
            d.push_str("h8v8h-8z");
        }
        2 => {
            pt(&mut d, 'M', x, y - r - 1);
            pt(&mut d, 'L', x + r + 1, y + r);
            pt(&mut d, 'L', x - r - 1, y + r);
            d.push('z');
        }
        3 => {
            pt(&mut d, 'M', x, y - r - 1);
            pt(&mut d, 'L', x + r + 1, y);
            pt(&mut d, 'L', x, y + r + 1);
            pt(&mut d, 'L', x - r - 1, y);
            d.push('z');
        }
        4 => {
            pt(&mut d, 'M', x, y + r + 1);
            pt(&mut d, 'L', x + r + 1, y - r);
            pt(&mut d, 'L', x - r - 1, y - r);
            d.push('z');
        }
        _ => {
            pt(&mut d, 'M', x - r - 1, y - 2);
            d.push_str("h10v4h-10z");
        }
    }
    d
}

/// The chart of a projection in one frame. Independent of the budget and
/// of the view, so neither the slider nor the legend rebuilds it.
pub fn build(p: &Projection, frame: Frame, style: NumberStyle) -> Chart {
    let f = frame.font;
    let years = p.horizon_years.max(1);
    let max = p
        .options
        .iter()
        .flat_map(|o| o.cumulative.iter().chain(&o.band.high_cumulative))
        .fold(0.0_f64, |m, v| if v.is_finite() { m.max(*v) } else { m });
    // Room above the plot for the budget label, below it for the years.
    let (y_top, y_bottom) = (f + 14, frame.height - 2 * f - 12);
    let count = ((y_bottom - y_top) / (3 * f)).clamp(2, 5) as u32;
    let (top, ticks) = nice_ticks(max, count);
    let tick_texts: Vec<String> = ticks
        .iter()
        .map(|&t| format_money_short(t, &p.currency, style))
        .collect();
    let left = tick_texts
        .iter()
        .map(|t| text_width(t, f))
        .max()
        .unwrap_or(0)
        + 10;
    let right = frame.width - LABEL_GAP - text_width(LONGEST_LABEL, f) - 2;
    let scale = Scale {
        top,
        years,
        left,
        right,
        y_top,
        y_bottom,
    };

    let mut grid = String::new();
    let y_ticks = ticks
        .iter()
        .zip(tick_texts)
        .map(|(&t, text)| {
            let y = scale.y(t);
            pt(&mut grid, 'M', left, y);
            grid.push('H');
            grid.push_str(&right.to_string());
            Label {
                x: left - 6,
                y: y + f * 35 / 100,
                text,
            }
        })
        .collect();
    let step = year_step(years, right - left, f);
    let x_ticks = (0..=years)
        .step_by(step as usize)
        .map(|yr| Label {
            x: scale.x(f64::from(yr)),
            y: y_bottom + f + 4,
            text: yr.to_string(),
        })
        .collect();
    let mut axes = String::new();
    pt(&mut axes, 'M', left, y_top);
    pt(&mut axes, 'L', left, y_bottom);
    pt(&mut axes, 'L', right, y_bottom);

    let lines = p
        .options
        .iter()
        .enumerate()
        .map(|(index, o)| {
            let mut path = String::new();
            let mut markers = String::new();
            let mut end_y = scale.y(o.one_time);
            pt(&mut path, 'M', left, end_y);
            for (i, c) in o.cumulative.iter().enumerate() {
                let (x, y) = (scale.x((i + 1) as f64), scale.y(*c));
                pt(&mut path, 'L', x, y);
                markers.push_str(&marker(index, x, y));
                end_y = y;
            }
            let mut band = String::new();
            for (i, c) in o.band.low_cumulative.iter().enumerate() {
                let cmd = if i == 0 { 'M' } else { 'L' };
                pt(&mut band, cmd, scale.x((i + 1) as f64), scale.y(*c));
            }
            for (i, c) in o.band.high_cumulative.iter().enumerate().rev() {
                pt(&mut band, 'L', scale.x((i + 1) as f64), scale.y(*c));
            }
            if !band.is_empty() {
                band.push('z');
            }
            Line {
                index,
                option: o.option,
                name: o.option.short_name(),
                path,
                markers,
                band,
                end_y,
                total: o.total,
            }
        })
        .collect();

    let break_evens = p
        .options
        .iter()
        .enumerate()
        .filter_map(|(index, o)| {
            let m = o.break_even.month()?;
            let x = scale.x(f64::from(m) / 12.0);
            Some((index, x, scale.y(o.cumulative_at_month(m))))
        })
        .collect();

    Chart {
        frame,
        scale,
        grid,
        axes,
        y_ticks,
        x_ticks,
        lines,
        break_evens,
    }
}

/// The budget added up year by year: a straight line from 0, cut off where
/// it leaves the plot.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetLine {
    pub path: String,
    /// Where it ends: at the horizon, or where it leaves through the top.
    pub x: i64,
    pub y: i64,
}

/// A label at the end of a line (or of the budget line), in the column
/// right of the plot, with a short leader from the line's end.
#[derive(Clone, Debug, PartialEq)]
pub struct EndLabel {
    /// The option's id, or "budget".
    pub id: &'static str,
    /// The series class ("s0" … "s5"), or "budget-label".
    pub class: &'static str,
    pub text: &'static str,
    /// Where the text starts, and its vertical centre.
    pub x: i64,
    pub y: i64,
    /// The line's end, where the leader starts.
    pub from_x: i64,
    pub from_y: i64,
}

const SERIES: [&str; 6] = ["s0", "s1", "s2", "s3", "s4", "s5"];

impl Chart {
    /// The budget line of a yearly budget.
    pub fn budget_line(&self, budget: f64) -> BudgetLine {
        let s = self.scale;
        let years = f64::from(s.years.max(1));
        let budget = if budget.is_finite() {
            budget.max(0.0)
        } else {
            0.0
        };
        let end_years = if budget * years > s.top {
            s.top / budget
        } else {
            years
        };
        let (x, y) = (s.x(end_years), s.y(budget * end_years));
        let mut path = String::new();
        pt(&mut path, 'M', s.x(0.0), s.y(0.0));
        pt(&mut path, 'L', x, y);
        BudgetLine { path, x, y }
    }

    /// The labels of the shown lines and of the budget line, stacked right
    /// of the plot so they never touch a line or each other, and level with
    /// the plot.
    pub fn end_labels(&self, view: View, budget: &BudgetLine) -> Vec<EndLabel> {
        let s = self.scale;
        let mut labels: Vec<EndLabel> = self
            .lines
            .iter()
            .filter(|l| view.shows(l.index))
            .map(|l| EndLabel {
                id: l.option.id(),
                class: SERIES[l.index % 6],
                text: l.name,
                x: 0,
                y: 0,
                from_x: s.right,
                from_y: l.end_y,
            })
            .collect();
        labels.push(EndLabel {
            id: "budget",
            class: "budget-label",
            text: BUDGET,
            x: 0,
            y: 0,
            from_x: budget.x,
            from_y: budget.y,
        });
        let wanted: Vec<i64> = labels.iter().map(|l| l.from_y).collect();
        let pitch = label_pitch(self.frame.font);
        let ys = spread(&wanted, pitch, s.y_top + pitch / 2, s.y_bottom - pitch / 2);
        for (l, y) in labels.iter_mut().zip(ys) {
            l.x = s.right + LABEL_GAP;
            l.y = y;
        }
        labels
    }
}

/// The chart's summary for its `aria-label`; `focus` names the option whose
/// best and worst cases are shaded.
pub fn summary(p: &Projection, focus: Option<usize>, style: NumberStyle) -> String {
    let mut cheapest: Option<(&str, f64)> = None;
    for o in &p.options {
        if cheapest.is_none_or(|(_, t)| o.total < t) {
            cheapest = Some((o.option.name(), o.total));
        }
    }
    let evens: Vec<String> = p
        .options
        .iter()
        .filter(|o| o.break_even != BreakEven::Baseline)
        .map(|o| {
            format!(
                "{} {}",
                o.option.short_name(),
                break_even_text(o.break_even)
            )
        })
        .collect();
    let (name, total) = cheapest.unwrap_or(("none", 0.0));
    let band = match focus.and_then(|i| p.options.get(i)) {
        Some(o) => format!(
            "The shaded band is the best to worst case of {}",
            o.option.name()
        ),
        None => "No line is shown".into(),
    };
    format!(
        "Line chart of the cumulative cost of each option over {} years. Lowest total: {name}, {}. Break-even against in-house: {}. {band}; the dashed line is the annual budget added up.",
        p.horizon_years,
        format_money(total, &p.currency, style),
        evens.join("; ")
    )
}

/// The chart's data as table rows: the year, then each option's cumulative cost.
pub fn data_rows(p: &Projection, style: NumberStyle) -> Vec<(String, Vec<String>)> {
    (0..p.horizon_years as usize)
        .map(|i| {
            (
                format!("End of year {}", i + 1),
                p.options
                    .iter()
                    .map(|o| {
                        let y = o.cumulative.get(i).copied().unwrap_or(0.0);
                        format_money(y, &p.currency, style)
                    })
                    .collect(),
            )
        })
        .collect()
}

fn push_label(out: &mut Html, l: &Label, class: &'static str, anchor: &'static str) {
    out.push_static("<text x=\"")
        .push_int(l.x)
        .push_static("\" y=\"")
        .push_int(l.y)
        .push_static("\" class=\"")
        .push_static(class)
        .push_static("\" text-anchor=\"")
        .push_static(anchor)
        .push_in("\">", &l.text, "</text>");
}

/// An SVG path of series `index`: `<path class="… sN" data-option="…" d="…"/>`.
fn push_path(out: &mut Html, class: &'static str, line: &Line, d: &str) {
    out.push_static("<path class=\"")
        .push_static(class)
        .push_static(" s")
        .push_int(line.index as i64)
        .push_static("\"")
        .push_attr("data-option", line.option.id())
        .push_attr("d", d)
        .push_static("/>");
}

/// Grid, ticks, the band in focus, the shown lines with their markers and
/// break-even rings. It does not depend on the budget, so dragging the
/// budget slider only redraws [`overlay_markup`].
pub fn svg_markup(c: &Chart, view: View) -> Html {
    let mut out = Html::new();
    out.push_in("<path class=\"grid\" d=\"", &c.grid, "\"/>")
        .push_in("<path class=\"axis\" d=\"", &c.axes, "\"/>");
    for l in &c.y_ticks {
        push_label(&mut out, l, "tick", "end");
    }
    for l in &c.x_ticks {
        push_label(&mut out, l, "tick", "middle");
    }
    let years = Label {
        x: c.scale.right,
        y: c.frame.height - 4,
        text: "Years".into(),
    };
    push_label(&mut out, &years, "tick", "end");
    let totals: Vec<f64> = c.lines.iter().map(|l| l.total).collect();
    let focus = view.focus(&totals);
    if let Some(l) = focus.and_then(|i| c.lines.get(i)) {
        push_path(&mut out, "band", l, &l.band);
    }
    // The line in focus last, so it is drawn on top.
    let shown = c
        .lines
        .iter()
        .filter(|l| view.shows(l.index) && Some(l.index) != focus)
        .chain(focus.and_then(|i| c.lines.get(i)));
    for l in shown {
        let class = if Some(l.index) == focus {
            "line focus"
        } else {
            "line"
        };
        push_path(&mut out, class, l, &l.path);
        push_path(&mut out, "mark", l, &l.markers);
    }
    for &(i, x, y) in &c.break_evens {
        if view.shows(i) {
            out.push_static("<circle class=\"even\" cx=\"")
                .push_int(x)
                .push_static("\" cy=\"")
                .push_int(y)
                .push_static("\" r=\"7\"/>");
        }
    }
    out
}

/// The budget line and every label at a line end, with their leaders:
/// the part of the drawing that follows the budget slider and the legend.
pub fn overlay_markup(c: &Chart, view: View, budget: f64) -> Html {
    let line = c.budget_line(budget);
    let mut out = Html::new();
    out.push_in("<path class=\"budget-line\" d=\"", &line.path, "\"/>");
    let baseline = c.frame.font * 35 / 100;
    for l in c.end_labels(view, &line) {
        let mut leader = String::new();
        pt(&mut leader, 'M', l.from_x + 6, l.from_y);
        pt(&mut leader, 'L', l.x - 3, l.y);
        out.push_in("<path class=\"leader ", l.class, "\"")
            .push_attr("d", &leader)
            .push_in("/><text class=\"end-label ", l.class, "\"")
            .push_attr("data-option", l.id)
            .push_static(" x=\"")
            .push_int(l.x)
            .push_static("\" y=\"")
            .push_int(l.y + baseline)
            .push_in("\">", l.text, "</text>");
    }
    out
}

/// Opens an `<svg>` of one frame: an image named by `label`, or, without
/// one, a layer hidden from assistive technology.
fn open_svg(out: &mut Html, frame: Frame, label: Option<&str>) {
    out.push_static("<svg")
        .push_attr("class", frame.class)
        .push_attr("viewBox", frame.view_box);
    match label {
        Some(label) => out
            .push_static(" role=\"img\"")
            .push_attr("aria-label", label),
        None => out.push_static(" aria-hidden=\"true\""),
    };
    out.push_static(">");
}

/// The whole `<svg>` of one frame, for the printed report.
pub fn svg_html(p: &Projection, c: &Chart, view: View, style: NumberStyle) -> Html {
    let mut out = Html::new();
    let label = summary(p, view.focus(&totals(p)), style);
    open_svg(&mut out, c.frame, Some(&label));
    out.push_html(&svg_markup(c, view))
        .push_html(&overlay_markup(c, view, p.budget))
        .push_static("</svg>");
    out
}

/// The chart in every frame, for the screen, in two layers the stylesheet
/// stacks: without a budget, the drawing that does not follow the slider
/// (each `<svg>` an image named by the summary); with one, the budget line
/// and the labels on top (the summary already says what they show). The
/// geometry is cheap enough to lay out again on each call.
pub fn frames_html(p: &Projection, view: View, budget: Option<f64>, style: NumberStyle) -> Html {
    let label = summary(p, view.focus(&totals(p)), style);
    let mut out = Html::new();
    for frame in FRAMES {
        let c = build(p, frame, style);
        match budget {
            None => {
                open_svg(&mut out, frame, Some(&label));
                out.push_html(&svg_markup(&c, view));
            }
            Some(budget) => {
                open_svg(&mut out, frame, None);
                out.push_html(&overlay_markup(&c, view, budget));
            }
        }
        out.push_static("</svg>");
    }
    out
}

/// A small sample of series `index`'s line and marker, for a legend entry.
pub fn key_markup(index: usize) -> Html {
    let mut out = Html::raw_static("<path class=\"line s");
    out.push_int(index as i64)
        .push_static("\" d=\"M2 6H38\"/><path class=\"mark s")
        .push_int(index as i64)
        .push_static("\"")
        .push_attr("d", &marker(index, 20, 6))
        .push_static("/>");
    out
}

/// The printed legend: each option's line sample (colour and marker), then
/// the break-even ring, the budget line and the band in focus.
pub fn legend_html(c: &Chart, view: View) -> Html {
    let mut out = Html::new();
    for l in c.lines.iter().filter(|l| view.shows(l.index)) {
        out.push_static("<li><svg class=\"key\" viewBox=\"0 0 40 12\" aria-hidden=\"true\">")
            .push_html(&key_markup(l.index))
            .push_in("</svg>", l.name, "</li>");
    }
    out.push_static("<li><span class=\"key-even\" aria-hidden=\"true\"></span>Break-even</li><li><span class=\"key-budget\" aria-hidden=\"true\"></span>Budget, added up year by year</li>");
    let totals: Vec<f64> = c.lines.iter().map(|l| l.total).collect();
    if let Some(l) = view.focus(&totals).and_then(|i| c.lines.get(i)) {
        out.push_in(
            "<li><span class=\"key-band\" aria-hidden=\"true\"></span>Best to worst case of ",
            l.name,
            "</li>",
        );
    }
    out
}

/// The chart's figures as a table, for screen readers and anyone who
/// prefers numbers, in its scroll region.
pub fn data_table_html(p: &Projection, style: NumberStyle) -> Html {
    let mut out = Html::raw_static(
        "<table class=\"chart-data\"><caption>Cumulative cost at the end of each year</caption><thead><tr><th scope=\"col\">Year</th>",
    );
    for o in &p.options {
        out.push_in("<th scope=\"col\">", o.option.short_name(), "</th>");
    }
    out.push_static("</tr></thead><tbody>");
    for (year, cells) in data_rows(p, style) {
        out.push_in("<tr><th scope=\"row\">", &year, "</th>");
        for cell in cells {
            out.push_in("<td class=\"num\">", &cell, "</td>");
        }
        out.push_static("</tr>");
    }
    out.push_static("</tbody></table>");
    let mut region = Html::new();
    region.push_scroll_region("Chart data", &out);
    region
}

#[cfg(test)]
mod tests;
