use leptos::prelude::*;

use super::use_budget;
use crate::domain::present::chart::{self as geometry, HEIGHT, WIDTH};

/// Cumulative cost per option over the horizon, drawn by the app from the
/// domain's geometry, with a legend and the same figures as a table.
#[component]
pub fn CostChart() -> impl IntoView {
    let ctx = use_budget();
    let (chart, base, shown) = (ctx.chart, ctx.base, ctx.shown);
    // Only the budget line follows the slider; the rest of the drawing stays put.
    let line = Memo::new(move |_| chart.with(|c| c.budget_line(shown.with(|p| p.budget))));
    view! {
        <section class="card chart-card" aria-labelledby="chart-heading">
            <h2 id="chart-heading">"Cumulative cost over the horizon"</h2>
            <svg
                class="cost-chart"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-label=move || base.with(geometry::summary)
            >
                <g inner_html=move || chart.with(geometry::svg_markup).into_string()></g>
                <path class="budget-line" d=move || line.with(|(d, _)| d.clone())></path>
                <text
                    class="budget-label"
                    x=move || line.with(|(_, l)| l.x.to_string())
                    y=move || line.with(|(_, l)| l.y.to_string())
                    text-anchor="end"
                >
                    "Budget"
                </text>
            </svg>
            <ul class="legend" inner_html=move || chart.with(geometry::legend_html).into_string()></ul>
            <details class="chart-table">
                <summary>"Chart data as a table"</summary>
                <div inner_html=move || base.with(geometry::data_table_html).into_string()></div>
            </details>
        </section>
    }
}
