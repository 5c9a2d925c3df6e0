//! Native tests of `present::chart`.

use super::*;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::model::options::SourcingOption;
use crate::domain::rules::cost::project;
use proptest::prelude::*;

fn default_projection() -> Projection {
    project(&CostInputs::default(), &LocationOverrides::new())
}

fn desktop() -> Chart {
    build(&default_projection(), FRAMES[2], NumberStyle::En)
}

#[test]
fn ticks_are_round_and_cover_the_maximum() {
    assert_eq!(nice_step(0.0), 1.0);
    assert_eq!(nice_step(3.0), 5.0);
    assert_eq!(nice_step(2.2e6), 2.5e6);
    let (top, ticks) = nice_ticks(9.3e6, 4);
    assert_eq!(top, 1e7);
    assert_eq!(ticks, vec![0.0, 2.5e6, 5e6, 7.5e6, 1e7]);
    let (top, ticks) = nice_ticks(0.0, 4);
    assert_eq!((top, ticks.len()), (1.0, 2));
}

#[test]
fn the_scale_maps_the_plot_corners() {
    for frame in FRAMES {
        assert_eq!(
            frame.view_box,
            format!("0 0 {} {}", frame.width, frame.height)
        );
        assert!(frame.class.starts_with("cost-chart size-"));
        let c = build(&default_projection(), frame, NumberStyle::En);
        let s = c.scale;
        assert_eq!(s.x(0.0), s.left);
        assert_eq!(s.x(f64::from(s.years)), s.right);
        assert_eq!(s.y(0.0), s.y_bottom);
        assert_eq!(s.y(s.top), s.y_top);
        // Out of range and NaN stay inside the plot.
        assert_eq!(s.y(1e15), s.y_top);
        assert_eq!(s.y(f64::NAN), s.y_bottom);
        assert_eq!(s.x(-1.0), s.left);
        // The plot takes most of the frame's width: the margins hold only
        // the money ticks on the left and the line labels on the right.
        assert!(
            (s.right - s.left) * 100 >= frame.width * 55,
            "{frame:?}: plot {}..{}",
            s.left,
            s.right
        );
    }
}

#[test]
fn the_margins_fit_the_tick_and_line_labels() {
    let p = default_projection();
    for frame in FRAMES {
        let c = build(&p, frame, NumberStyle::En);
        for t in &c.y_ticks {
            // Right-aligned 6 units left of the axis: it starts inside the frame.
            assert!(t.x - text_width(&t.text, frame.font) >= 0, "{t:?}");
        }
        let room = frame.width - (c.scale.right + LABEL_GAP);
        assert!(text_width(LONGEST_LABEL, frame.font) <= room);
    }
}

#[test]
fn long_horizons_get_fewer_year_ticks_on_narrow_frames() {
    assert_eq!(year_step(5, 220, 14), 1);
    assert_eq!(year_step(10, 220, 14), 2);
    assert_eq!(year_step(10, 800, 14), 1);
    assert_eq!(year_step(30, 220, 14), 5);
    assert_eq!(year_step(0, 0, 14), 1);
    let inputs = CostInputs {
        horizon_years: 10,
        ..CostInputs::default()
    };
    let p = project(&inputs, &LocationOverrides::new());
    let phone = build(&p, FRAMES[0], NumberStyle::En);
    let texts: Vec<&str> = phone.x_ticks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["0", "2", "4", "6", "8", "10"]);
    assert_eq!(build(&p, FRAMES[2], NumberStyle::En).x_ticks.len(), 11);
}

#[test]
fn one_line_per_option_through_every_year() {
    let p = default_projection();
    let c = desktop();
    assert_eq!(c.lines.len(), 6);
    for (l, o) in c.lines.iter().zip(&p.options) {
        // M for year 0, then an L per year.
        assert_eq!(l.path.matches('L').count(), p.horizon_years as usize);
        assert!(l.path.starts_with('M'));
        assert!(l.band.ends_with('z'));
        assert_eq!(l.markers.matches('M').count(), p.horizon_years as usize);
        assert!(l.path.ends_with(&format!(" {}", l.end_y)), "{}", l.path);
        assert_eq!(l.total, o.total);
    }
    assert_eq!(c.x_ticks.len(), 6);
    assert_eq!(c.x_ticks[0].text, "0");
    assert!(c.y_ticks.len() >= 3);
    assert_eq!(c.y_ticks[0].text, "$0");
}

#[test]
fn break_even_markers_sit_on_their_line_in_time() {
    let p = default_projection();
    let c = desktop();
    let with_month: Vec<_> = p
        .options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| o.break_even.month().map(|m| (i, o, m)))
        .collect();
    assert_eq!(c.break_evens.len(), with_month.len());
    for (&(index, x, y), (i, o, m)) in c.break_evens.iter().zip(&with_month) {
        assert_eq!(index, *i);
        assert_eq!(x, c.scale.x(f64::from(*m) / 12.0));
        assert_eq!(y, c.scale.y(o.cumulative_at_month(*m)));
    }
}

#[test]
fn the_budget_line_is_cut_at_the_top_of_the_plot() {
    let c = desktop();
    let s = c.scale;
    let flat = format!("M{0} {1}L{2} {1}", s.left, s.y_bottom, s.right);
    let zero = c.budget_line(0.0);
    assert_eq!(zero.path, flat);
    assert_eq!((zero.x, zero.y), (s.right, s.y_bottom));
    assert_eq!(c.budget_line(f64::NAN).path, flat);
    let huge = c.budget_line(1e15);
    assert!(
        huge.path.ends_with(&format!(" {}", s.y_top)),
        "{}",
        huge.path
    );
    assert!(huge.x < s.right && huge.y == s.y_top);
    // Its label still goes to the column right of the plot, at the top,
    // with a leader from where the line leaves.
    let labels = c.end_labels(View::default(), &huge);
    let budget = labels
        .iter()
        .find(|l| l.id == "budget")
        .expect("budget label");
    assert_eq!((budget.from_x, budget.from_y), (huge.x, huge.y));
    assert_eq!(budget.y, labels.iter().map(|l| l.y).min().unwrap());
}

#[test]
fn the_label_column_fits_the_longest_label() {
    for o in SourcingOption::ALL {
        assert!(o.short_name().chars().count() <= LONGEST_LABEL.len(), "{o}");
    }
    assert!(BUDGET.len() <= LONGEST_LABEL.len());
}

#[test]
fn markers_are_closed_shapes_of_six_kinds() {
    let shapes: crate::domain::model::small::SmallSet<String> =
        (0..6).map(|i| marker(i, 0, 0)).collect();
    assert_eq!(shapes.len(), 6);
    assert!(marker(1, 10, 10).starts_with("M6 6"));
    assert_eq!(marker(0, 10, 10), "M6 10a4 4 0 1 0 8 0a4 4 0 1 0 -8 0");
    assert_eq!(marker(5, 10, 10), "M5 8h10v4h-10z");
}

#[test]
fn spread_keeps_labels_that_do_not_crowd_where_they_want_to_be() {
    assert_eq!(spread(&[50, 10, 90], 16, 0, 200), vec![50, 10, 90]);
    // Clamped into the range.
    assert_eq!(spread(&[-40, 300], 16, 0, 200), vec![0, 200]);
    assert!(spread(&[], 16, 0, 200).is_empty());
}

#[test]
fn spread_pushes_a_crowd_apart_in_order() {
    // Two labels on the same point: the first stays, the second goes below.
    assert_eq!(spread(&[100, 100], 16, 0, 200), vec![100, 116]);
    // Three close ones: 16 apart from the top one, order kept.
    assert_eq!(spread(&[104, 100, 96], 16, 0, 200), vec![128, 112, 96]);
    // A crowd at the top edge is pushed down, not out.
    assert_eq!(spread(&[0, 1, 2], 16, 10, 200), vec![10, 26, 42]);
    // …and at the bottom edge pushed up.
    assert_eq!(spread(&[200, 199], 16, 0, 200), vec![200, 184]);
    assert_eq!(spread(&[190, 195, 200], 16, 0, 200), vec![168, 184, 200]);
}

#[test]
fn spread_shares_the_range_evenly_when_labels_cannot_fit() {
    assert_eq!(spread(&[5, 5, 5], 16, 0, 20), vec![0, 10, 20]);
    assert_eq!(spread(&[7], 16, 10, 0), vec![10]);
}

proptest! {
    #[test]
    fn spread_never_lets_labels_overlap_or_leave_the_range(
        wanted in proptest::collection::vec(-50i64..400, 0..9),
        gap in 1i64..30,
        lo in -10i64..60,
    ) {
        let hi = lo + 250;
        let out = spread(&wanted, gap, lo, hi);
        prop_assert_eq!(out.len(), wanted.len());
        let fits = (wanted.len() as i64 - 1) * gap <= hi - lo;
        for (i, &y) in out.iter().enumerate() {
            prop_assert!((lo..=hi).contains(&y), "{} outside {}..={}", y, lo, hi);
            for (j, &z) in out.iter().enumerate().skip(i + 1) {
                // The top-to-bottom order of the wishes is kept.
                if wanted[i] < wanted[j] {
                    prop_assert!(y < z);
                }
                if fits {
                    prop_assert!((y - z).abs() >= gap, "{:?} -> {:?}", wanted, out);
                }
            }
        }
        // With room to spare, a label far from every other stays at its wish.
        if fits {
            for (i, &w) in wanted.iter().enumerate() {
                let alone = wanted.iter().enumerate().all(|(j, &v)| j == i || (v - w).abs() >= 3 * gap * wanted.len() as i64);
                if alone && (lo + gap * wanted.len() as i64..=hi - gap * wanted.len() as i64).contains(&w) {
                    prop_assert_eq!(out[i], w);
                }
            }
        }
    }
}

/// The boxes of the end labels: (left, top, right, bottom), as tall as
/// a line of text (1.2 em).
fn boxes(c: &Chart, labels: &[EndLabel]) -> Vec<(i64, i64, i64, i64)> {
    let f = c.frame.font;
    let half = (label_pitch(f) - 1) / 2;
    labels
        .iter()
        .map(|l| (l.x, l.y - half, l.x + text_width(l.text, f), l.y + half))
        .collect()
}

#[test]
fn line_end_labels_never_overlap_each_other_or_the_plot() {
    let p = default_projection();
    let budgets = [0.0, p.budget, p.budget * 0.6, 1e15];
    let views = [
        View::default(),
        View::default().toggled(1).toggled(4),
        View::default().picking(5),
    ];
    for frame in FRAMES {
        let c = build(&p, frame, NumberStyle::En);
        for budget in budgets {
            let line = c.budget_line(budget);
            for view in views {
                let labels = c.end_labels(view, &line);
                let shown = (0..6).filter(|&i| view.shows(i)).count();
                assert_eq!(labels.len(), shown + 1);
                let b = boxes(&c, &labels);
                for (i, r) in b.iter().enumerate() {
                    // Right of the plot (and of the end markers), inside the frame.
                    assert!(r.0 > c.scale.right + 6, "{frame:?} {r:?}");
                    assert!(r.2 <= frame.width, "{frame:?} {r:?}");
                    assert!(r.1 >= c.scale.y_top && r.3 <= c.scale.y_bottom, "{r:?}");
                    for s in &b[i + 1..] {
                        let apart = r.3 <= s.1 || s.3 <= r.1 || r.2 <= s.0 || s.2 <= r.0;
                        assert!(apart, "{frame:?} budget {budget}: {r:?} overlaps {s:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn hidden_lines_lose_their_label_and_the_budget_joins_the_column() {
    let c = desktop();
    let line = c.budget_line(0.0);
    let view = View::default().toggled(2);
    let labels = c.end_labels(view, &line);
    assert_eq!(labels.len(), 6);
    assert!(labels.iter().all(|l| l.id != "nearshore"));
    let budget = labels
        .iter()
        .find(|l| l.id == "budget")
        .expect("budget label");
    assert_eq!((budget.text, budget.class), ("Budget", "budget-label"));
    assert_eq!(budget.from_y, c.scale.y_bottom);
    let offshore = labels
        .iter()
        .find(|l| l.id == "offshore")
        .expect("offshore label");
    assert_eq!((offshore.text, offshore.class), ("Offshore", "s3"));
    assert_eq!(offshore.from_y, c.lines[3].end_y);
}

#[test]
fn the_view_picks_one_band_and_hides_lines() {
    let totals = [10.0, 12.0, 6.0, 8.0, 9.0, 11.0];
    let v = View::default();
    // By default: the shown option with the lowest total.
    assert_eq!(v.focus(&totals), Some(2));
    assert!((0..6).all(|i| v.shows(i)));
    let hidden = v.toggled(2);
    assert!(!hidden.shows(2) && hidden.shows(3));
    assert_eq!(hidden.focus(&totals), Some(3));
    assert_eq!(hidden.toggled(2), v);
    // Picking focuses, and shows a hidden line.
    let picked = hidden.toggled(5).picking(5);
    assert!(picked.shows(5));
    assert_eq!(picked.focus(&totals), Some(5));
    // Hiding the picked line falls back to the default; showing it brings it back.
    assert_eq!(picked.toggled(5).focus(&totals), Some(3));
    assert_eq!(picked.toggled(5).toggled(5).focus(&totals), Some(5));
    // Everything hidden: no band.
    let none = (0..6).fold(v, |v, i| v.toggled(i));
    assert_eq!(none.focus(&totals), None);
    // An index past the options changes nothing.
    assert_eq!(v.toggled(9), v);
    assert_eq!(v.picking(7).focus(&totals), Some(2));
}

#[test]
fn the_markup_draws_one_band_and_only_the_shown_lines() {
    let p = default_projection();
    let c = desktop();
    let cheapest = totals(&p)
        .iter()
        .enumerate()
        .min_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i)
        .unwrap();
    let svg = svg_markup(&c, View::default()).into_string();
    assert_eq!(svg.matches("class=\"line").count(), 6);
    assert_eq!(svg.matches("class=\"band s").count(), 1);
    assert!(svg.contains(&format!(
        "class=\"band s{cheapest}\" data-option=\"{}\"",
        p.options[cheapest].option.id()
    )));
    assert_eq!(svg.matches("class=\"line focus").count(), 1);
    assert_eq!(svg.matches("<circle").count(), c.break_evens.len());
    assert!(!svg.contains("stroke-dasharray"));
    assert!(svg.contains(">Years</text>"));

    let view = View::default().picking(3).toggled(0);
    let svg = svg_markup(&c, view).into_string();
    assert_eq!(svg.matches("class=\"line").count(), 5);
    assert!(!svg.contains("data-option=\"in_house\""));
    assert!(svg.contains("class=\"band s3\" data-option=\"offshore\""));
    assert_eq!(svg.matches("class=\"band").count(), 1);
    // The line in focus is drawn last, on top of the others.
    let last_line = svg.rfind("class=\"line").unwrap();
    assert!(svg[last_line..].starts_with("class=\"line focus s3\""));
}

#[test]
fn the_overlay_holds_the_budget_line_and_one_label_per_shown_line() {
    let p = default_projection();
    let c = desktop();
    let h = overlay_markup(&c, View::default().toggled(4), p.budget).into_string();
    assert_eq!(h.matches("class=\"budget-line\"").count(), 1);
    assert_eq!(
        h.matches("<text").count(),
        6,
        "five lines and the budget: {h}"
    );
    assert_eq!(h.matches("class=\"leader").count(), 6);
    assert!(!h.contains("data-option=\"captive\""));
    assert!(h.contains("data-option=\"budget\""));
    assert!(h.contains(">Nearshore</text>"));
}

#[test]
fn the_summary_and_table_carry_the_figures() {
    let p = default_projection();
    let s = summary(&p, Some(3), NumberStyle::En);
    assert!(s.contains("over 5 years"));
    assert!(s.contains("Break-even against in-house"));
    assert!(s.contains("best to worst case of Offshore outsourcing"));
    assert!(s.contains("dashed line is the annual budget"));
    assert!(summary(&p, None, NumberStyle::En).contains("No line is shown"));
    let rows = data_rows(&p, NumberStyle::En);
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0].0, "End of year 1");
    assert_eq!(rows[4].1.len(), 6);
    assert_eq!(
        rows[4].1[0],
        format_money(p.options[0].total, "USD", NumberStyle::En)
    );
    let table = data_table_html(&p, NumberStyle::En).into_string();
    assert_eq!(table.matches("<tr>").count(), 6);
    assert!(table.contains("End of year 5"));
}

#[test]
fn the_printed_chart_and_legend_are_whole() {
    let p = default_projection();
    let c = build(&p, PRINT, NumberStyle::En);
    let svg = svg_html(&p, &c, View::default(), NumberStyle::En).into_string();
    assert!(svg.starts_with("<svg class=\"cost-chart size-m\" viewBox=\"0 0 640 360\" role=\"img\" aria-label=\"Line chart"));
    assert!(svg.ends_with("</svg>"));
    assert_eq!(svg.matches("class=\"band").count(), 1);
    assert_eq!(svg.matches("class=\"end-label").count(), 7);
    let legend = legend_html(&c, View::default()).into_string();
    assert_eq!(legend.matches("<li>").count(), 9);
    assert!(legend.contains("Best to worst case of "));
}

proptest! {
    #[test]
    fn paths_never_hold_nan_or_leave_the_view_box(
        fte in 0.5f64..10_000.0,
        salary in 100.0f64..1e9,
        years in 1u32..=10,
        budget in 0.0f64..1e13,
        frame in 0usize..3,
        hidden in 0u8..64,
    ) {
        let inputs = CostInputs {
            fte,
            salary_per_fte: Some(salary),
            horizon_years: years,
            ..CostInputs::default()
        };
        let p = project(&inputs, &LocationOverrides::new());
        let frame = FRAMES[frame];
        let c = build(&p, frame, NumberStyle::En);
        let view = View { picked: None, hidden };
        let overlay = overlay_markup(&c, view, budget).into_string();
        let svg = svg_markup(&c, view).into_string();
        prop_assert!(!overlay.contains("NaN") && !overlay.contains("inf"), "{}", overlay);
        prop_assert!(!svg.contains("NaN") && !svg.contains("inf"), "{}", svg);
        let b = c.budget_line(budget);
        for d in c.lines.iter().flat_map(|l| [&l.path, &l.band, &l.markers]).chain([&c.grid, &b.path]) {
            for n in d.split(|ch: char| !(ch.is_ascii_digit() || ch == '-')).filter(|s| !s.is_empty() && *s != "-") {
                let v: i64 = n.parse().unwrap();
                prop_assert!((-20..=frame.width + 20).contains(&v), "{} in {}", v, d);
            }
        }
        let labels = c.end_labels(view, &b);
        for (i, l) in labels.iter().enumerate() {
            prop_assert!(l.x + text_width(l.text, frame.font) <= frame.width);
            for m in &labels[i + 1..] {
                prop_assert!((l.y - m.y).abs() >= label_pitch(frame.font), "{:?} {:?}", l, m);
            }
        }
    }
}
