//! The cumulative-cost chart as geometry: scales, round ticks, SVG path
//! strings, break-even markers and best/worst bands. Pure: the component
//! only copies these strings into `<svg>` elements.
//!
//! Coordinates are whole units of a fixed viewBox ([`WIDTH`] × [`HEIGHT`]);
//! the SVG scales to its container, so the same geometry serves a phone
//! and a desktop.

use crate::domain::present::budget::break_even_text;
use crate::domain::present::markup::Html;
use crate::domain::present::numbers::{format_money, format_money_short};
use crate::domain::rules::cost::{BreakEven, Projection};

/// ViewBox width.
pub const WIDTH: i64 = 480;
/// ViewBox height.
pub const HEIGHT: i64 = 300;
const LEFT: f64 = 62.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 42.0;

/// A dash pattern per series ("" is solid), so lines differ without colour.
pub const DASHES: [&str; 6] = ["", "9 4", "2 4", "12 4 3 4", "6 6", "1 3 7 3"];

/// A text label at a point of the viewBox.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub x: i64,
    pub y: i64,
    pub text: String,
}

/// One option's drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Position in the option order: picks colour, dash and marker shape.
    pub index: usize,
    pub name: &'static str,
    /// The cumulative cost, year 0 to the horizon.
    pub path: String,
    /// A marker at the end of each year.
    pub markers: String,
    /// The best/worst band, closed.
    pub band: String,
    pub dash: &'static str,
}

/// Maps years and money onto the viewBox.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// The top of the money axis.
    pub top: f64,
    pub years: u32,
}

impl Scale {
    /// Horizontal position of a point in time, in years.
    pub fn x(&self, years: f64) -> i64 {
        let span = f64::from(self.years.max(1));
        (LEFT + (WIDTH as f64 - LEFT - RIGHT) * (years / span).clamp(0.0, 1.0)).round() as i64
    }

    /// Vertical position of an amount (clamped into the plot).
    pub fn y(&self, amount: f64) -> i64 {
        let bottom = HEIGHT as f64 - BOTTOM;
        let frac = if self.top > 0.0 && amount.is_finite() {
            (amount / self.top).clamp(0.0, 1.0)
        } else {
            0.0
        };
        (bottom - (bottom - TOP) * frac).round() as i64
    }
}

/// Everything the chart draws, apart from the budget line.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub scale: Scale,
    /// Horizontal grid lines at the money ticks.
    pub grid: String,
    /// The two axes.
    pub axes: String,
    pub y_ticks: Vec<Label>,
    pub x_ticks: Vec<Label>,
    pub lines: Vec<Line>,
    pub break_evens: Vec<Label>,
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

fn pt(out: &mut String, cmd: char, x: i64, y: i64) {
    out.push(cmd);
    out.push_str(&x.to_string());
    out.push(' ');
    out.push_str(&y.to_string());
}

/// A small marker of series `index` centred on (x, y): circle, square,
/// triangle, diamond, triangle down, bar.
pub fn marker(index: usize, x: i64, y: i64) -> String {
    let r = 4;
    let mut d = String::new();
    match index % 6 {
        0 => {
            pt(&mut d, 'M', x - r, y);
            d.push_str(&format!(
                "a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0",
                2 * r,
                2 * r
            ));
        }
        1 => {
            pt(&mut d, 'M', x - r, y - r);
            d.push_str(&format!("h{}v{}h-{}z", 2 * r, 2 * r, 2 * r));
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
            d.push_str(&format!("h{}v4h-{}z", 2 * r + 2, 2 * r + 2));
        }
    }
    d
}

/// The chart of a projection. Independent of the budget, so dragging the
/// budget slider only moves [`Chart::budget_line`].
pub fn build(p: &Projection) -> Chart {
    let years = p.horizon_years.max(1);
    let max = p
        .options
        .iter()
        .flat_map(|o| o.cumulative.iter().chain(&o.band.high_cumulative))
        .fold(0.0_f64, |m, v| if v.is_finite() { m.max(*v) } else { m });
    let (top, ticks) = nice_ticks(max, 4);
    let scale = Scale { top, years };
    let (x0, x1) = (scale.x(0.0), scale.x(f64::from(years)));
    let (ybot, ytop) = (scale.y(0.0), scale.y(top));

    let mut grid = String::new();
    let y_ticks = ticks
        .iter()
        .map(|&t| {
            let y = scale.y(t);
            pt(&mut grid, 'M', x0, y);
            grid.push('H');
            grid.push_str(&x1.to_string());
            Label {
                x: x0 - 6,
                y: y + 4,
                text: format_money_short(t, &p.currency),
            }
        })
        .collect();
    let x_ticks = (0..=years)
        .map(|yr| Label {
            x: scale.x(f64::from(yr)),
            y: ybot + 18,
            text: yr.to_string(),
        })
        .collect();
    let mut axes = String::new();
    pt(&mut axes, 'M', x0, ytop);
    pt(&mut axes, 'L', x0, ybot);
    pt(&mut axes, 'L', x1, ybot);

    let lines = p
        .options
        .iter()
        .enumerate()
        .map(|(index, o)| {
            let mut path = String::new();
            let mut markers = String::new();
            pt(&mut path, 'M', x0, scale.y(o.one_time));
            for (i, c) in o.cumulative.iter().enumerate() {
                let (x, y) = (scale.x((i + 1) as f64), scale.y(*c));
                pt(&mut path, 'L', x, y);
                markers.push_str(&marker(index, x, y));
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
                name: o.option.short_name(),
                path,
                markers,
                band,
                dash: DASHES[index % DASHES.len()],
            }
        })
        .collect();

    let break_evens = p
        .options
        .iter()
        .filter_map(|o| {
            let m = o.break_even.month()?;
            Some(Label {
                x: scale.x(f64::from(m) / 12.0),
                y: scale.y(o.cumulative_at_month(m)),
                text: format!("{} breaks even in month {m}", o.option.short_name()),
            })
        })
        .collect();

    Chart {
        scale,
        grid,
        axes,
        y_ticks,
        x_ticks,
        lines,
        break_evens,
    }
}

impl Chart {
    /// The budget added up year by year (a straight line from 0), cut off
    /// where it leaves the plot, with its label near the end.
    pub fn budget_line(&self, budget: f64) -> (String, Label) {
        let s = self.scale;
        let years = f64::from(s.years.max(1));
        let budget = if budget.is_finite() {
            budget.max(0.0)
        } else {
            0.0
        };
        let end_years = if budget * years > s.top && budget > 0.0 {
            s.top / budget
        } else {
            years
        };
        let (x, y) = (s.x(end_years), s.y(budget * end_years));
        let mut d = String::new();
        pt(&mut d, 'M', s.x(0.0), s.y(0.0));
        pt(&mut d, 'L', x, y);
        let label = Label {
            x: x.min(WIDTH - RIGHT as i64 - 2),
            y: (y - 6).max(TOP as i64 + 10),
            text: "Budget".into(),
        };
        (d, label)
    }
}

/// The chart's summary for its `aria-label`.
pub fn summary(p: &Projection) -> String {
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
    format!(
        "Line chart of the cumulative cost of each option over {} years. Lowest total: {name}, {}. Break-even against in-house: {}. Shaded bands show the best and worst cases; the straight line is the annual budget added up.",
        p.horizon_years,
        format_money(total, &p.currency),
        evens.join("; ")
    )
}

/// The chart's data as table rows: the year, then each option's cumulative cost.
pub fn data_rows(p: &Projection) -> Vec<(String, Vec<String>)> {
    (0..p.horizon_years as usize)
        .map(|i| {
            (
                format!("End of year {}", i + 1),
                p.options
                    .iter()
                    .map(|o| format_money(o.cumulative.get(i).copied().unwrap_or(0.0), &p.currency))
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

/// An SVG path: `<path class="…" d="…"/>`, with the line's dash pattern if any.
fn push_path(out: &mut Html, class: &'static str, index: usize, d: &str, dash: &'static str) {
    out.push_static("<path class=\"")
        .push_static(class)
        .push_static(" s")
        .push_int(index as i64)
        .push_static("\"")
        .push_attr("d", d);
    if !dash.is_empty() {
        out.push_attr("stroke-dasharray", dash);
    }
    out.push_static("/>");
}

/// Everything inside the `<svg>` but the budget line: grid, ticks, bands,
/// lines, markers and break-even rings. It does not depend on the budget, so
/// dragging the budget slider only moves [`Chart::budget_line`].
pub fn svg_markup(c: &Chart) -> Html {
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
        x: WIDTH - RIGHT as i64,
        y: HEIGHT - 4,
        text: "Years".into(),
    };
    push_label(&mut out, &years, "tick", "end");
    for l in &c.lines {
        push_path(&mut out, "band", l.index, &l.band, "");
    }
    for l in &c.lines {
        push_path(&mut out, "line", l.index, &l.path, l.dash);
        push_path(&mut out, "mark", l.index, &l.markers, "");
    }
    for b in &c.break_evens {
        out.push_static("<circle class=\"even\" cx=\"")
            .push_int(b.x)
            .push_static("\" cy=\"")
            .push_int(b.y)
            .push_static("\" r=\"7\"/>");
    }
    out
}

/// The legend: each option's line sample (colour, dash and marker), then
/// the break-even ring, the budget line and the band.
pub fn legend_html(c: &Chart) -> Html {
    let mut out = Html::new();
    for l in &c.lines {
        out.push_static("<li><svg class=\"key\" viewBox=\"0 0 40 12\" aria-hidden=\"true\">");
        push_path(&mut out, "line", l.index, "M2 6H38", l.dash);
        push_path(&mut out, "mark", l.index, &marker(l.index, 20, 6), "");
        out.push_in("</svg>", l.name, "</li>");
    }
    out.push_static("<li><span class=\"key-even\" aria-hidden=\"true\"></span>Break-even</li><li><span class=\"key-budget\" aria-hidden=\"true\"></span>Budget, added up year by year</li><li><span class=\"key-band\" aria-hidden=\"true\"></span>Best–worst range</li>");
    out
}

/// The chart's figures as a table, for screen readers and anyone who
/// prefers numbers, in its scroll region.
pub fn data_table_html(p: &Projection) -> Html {
    let mut out = Html::raw_static(
        "<table class=\"chart-data\"><caption>Cumulative cost at the end of each year</caption><thead><tr><th scope=\"col\">Year</th>",
    );
    for o in &p.options {
        out.push_in("<th scope=\"col\">", o.option.short_name(), "</th>");
    }
    out.push_static("</tr></thead><tbody>");
    for (year, cells) in data_rows(p) {
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
