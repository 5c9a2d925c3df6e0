//! Native tests of `present::chart`.

use super::*;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::rules::cost::project;
use proptest::prelude::*;

fn default_projection() -> Projection {
    project(&CostInputs::default(), &LocationOverrides::new())
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
    let s = Scale {
        top: 100.0,
        years: 5,
    };
    assert_eq!(s.x(0.0), 62);
    assert_eq!(s.x(5.0), WIDTH - 14);
    assert_eq!(s.y(0.0), HEIGHT - 42);
    assert_eq!(s.y(100.0), 14);
    // Out of range and NaN stay inside the plot.
    assert_eq!(s.y(1e9), 14);
    assert_eq!(s.y(f64::NAN), HEIGHT - 42);
    assert_eq!(s.x(-1.0), 62);
}

#[test]
fn one_line_per_option_through_every_year() {
    let p = default_projection();
    let c = build(&p);
    assert_eq!(c.lines.len(), 6);
    for l in &c.lines {
        // M for year 0, then an L per year.
        assert_eq!(l.path.matches('L').count(), p.horizon_years as usize);
        assert!(l.path.starts_with('M'));
        assert!(l.band.ends_with('z'));
        assert_eq!(l.markers.matches('M').count(), p.horizon_years as usize);
    }
    let dashes: crate::domain::model::small::SmallSet<_> = c.lines.iter().map(|l| l.dash).collect();
    assert_eq!(dashes.len(), 6, "every line has its own dash pattern");
    assert_eq!(c.x_ticks.len(), 6);
    assert_eq!(c.x_ticks[0].text, "0");
    assert!(c.y_ticks.len() >= 3);
    assert_eq!(c.y_ticks[0].text, "$0");
}

#[test]
fn break_even_markers_sit_on_their_line_in_time() {
    let p = default_projection();
    let c = build(&p);
    let with_month: Vec<_> = p
        .options
        .iter()
        .filter_map(|o| o.break_even.month().map(|m| (o, m)))
        .collect();
    assert_eq!(c.break_evens.len(), with_month.len());
    for (label, (o, m)) in c.break_evens.iter().zip(&with_month) {
        assert_eq!(label.x, c.scale.x(f64::from(*m) / 12.0));
        assert_eq!(label.y, c.scale.y(o.cumulative_at_month(*m)));
        assert!(label.text.contains(&format!("month {m}")));
    }
}

#[test]
fn the_budget_line_is_cut_at_the_top_of_the_plot() {
    let p = default_projection();
    let c = build(&p);
    let (d, _) = c.budget_line(0.0);
    let flat = format!("M62 {0}L{1} {0}", HEIGHT - 42, WIDTH - 14);
    assert_eq!(d, flat);
    let (d, label) = c.budget_line(1e15);
    assert!(d.ends_with(&format!(" {}", 14)), "{d}");
    assert!(label.x < WIDTH);
    let (d, _) = c.budget_line(f64::NAN);
    assert_eq!(d, flat);
}

#[test]
fn markers_are_closed_shapes_of_six_kinds() {
    let shapes: crate::domain::model::small::SmallSet<String> =
        (0..6).map(|i| marker(i, 0, 0)).collect();
    assert_eq!(shapes.len(), 6);
    assert!(marker(1, 10, 10).starts_with("M6 6"));
}

#[test]
fn the_summary_and_table_carry_the_figures() {
    let p = default_projection();
    let s = summary(&p);
    assert!(s.contains("over 5 years"));
    assert!(s.contains("Break-even against in-house"));
    let rows = data_rows(&p);
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0].0, "End of year 1");
    assert_eq!(rows[4].1.len(), 6);
    assert_eq!(rows[4].1[0], format_money(p.options[0].total, "USD"));
}

#[test]
fn the_markup_holds_every_part_of_the_chart() {
    let p = default_projection();
    let c = build(&p);
    let svg = svg_markup(&c).into_string();
    assert_eq!(svg.matches("class=\"line s").count(), 6);
    assert_eq!(svg.matches("class=\"band s").count(), 6);
    assert_eq!(svg.matches("<circle").count(), c.break_evens.len());
    assert_eq!(svg.matches("stroke-dasharray").count(), 5);
    assert!(svg.contains(">Years</text>"));
    let legend = legend_html(&c).into_string();
    assert_eq!(legend.matches("<li>").count(), 9);
    let table = data_table_html(&p).into_string();
    assert_eq!(table.matches("<tr>").count(), 6);
    assert!(table.contains("End of year 5"));
}

proptest! {
    #[test]
    fn paths_never_hold_nan_or_leave_the_view_box(
        fte in 0.5f64..10_000.0,
        salary in 100.0f64..1e9,
        years in 1u32..=10,
        budget in 0.0f64..1e13,
    ) {
        let inputs = CostInputs {
            fte,
            salary_per_fte: Some(salary),
            horizon_years: years,
            ..CostInputs::default()
        };
        let p = project(&inputs, &LocationOverrides::new());
        let c = build(&p);
        let (b, _) = c.budget_line(budget);
        for d in c.lines.iter().flat_map(|l| [&l.path, &l.band, &l.markers]).chain([&c.grid, &b]) {
            prop_assert!(!d.contains("NaN") && !d.contains("inf"), "{}", d);
            for n in d.split(|ch: char| !(ch.is_ascii_digit() || ch == '-')).filter(|s| !s.is_empty() && *s != "-") {
                let v: i64 = n.parse().unwrap();
                prop_assert!((-20..=WIDTH + 20).contains(&v), "{} in {}", v, d);
            }
        }
    }
}
