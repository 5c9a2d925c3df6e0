use leptos::prelude::*;

use super::use_budget;
use crate::domain::model::options::SourcingOption;
use crate::domain::present::chart as geometry;
use crate::ui::state::use_app;

/// Cumulative cost per option over the horizon, drawn by the app from the
/// domain's geometry, with a legend that hides lines and picks the band in
/// focus, and the same figures as a table.
#[component]
pub fn CostChart() -> impl IntoView {
    let style = use_app().style;
    let ctx = use_budget();
    let (base, view) = (ctx.base, ctx.view);
    let options = SourcingOption::ALL
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let name = option.short_name();
            view! {
                <li class="legend-item">
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=move || view.with(|v| v.shows(i))
                            on:change=move |_| view.update(|v| *v = v.toggled(i))
                        />
                        <svg
                            class="key"
                            viewBox="0 0 40 12"
                            aria-hidden="true"
                            inner_html=geometry::key_markup(i).into_string()
                        ></svg>
                        {name}
                    </label>
                    <button
                        type="button"
                        class="range-button"
                        aria-label=format!("Range of {name}")
                        aria-pressed=move || (ctx.focus() == Some(i)).to_string()
                        on:click=move |_| view.update(|v| *v = v.picking(i))
                    >
                        "Range"
                    </button>
                </li>
            }
        })
        .collect_view();
    // The chart's frames, without or with the budget line (escaped markup
    // from the domain).
    let frames = move |budget: Option<f64>| {
        base.with(|p| geometry::frames_html(p, view.get(), budget, style.get()))
    };
    view! {
        <section class="card chart-card" aria-labelledby="chart-heading">
            <h2 id="chart-heading">"Cumulative cost over the horizon"</h2>
            <div class="chart-stack">
                <div inner_html=move || frames(None).into_string()></div>
                <div class="chart-overlay" inner_html=move || frames(Some(ctx.shown.with(|p| p.budget))).into_string()></div>
            </div>
            <p class="hint" id="legend-hint">
                "Untick an option to hide its line, so two can be compared alone. Range shades an option's best to worst case; choosing its name in the table above does the same."
            </p>
            <ul class="legend legend-controls" aria-label="Options on the chart">
                {options}
                <li>
                    <span class="key-budget" aria-hidden="true"></span>
                    "Budget, added up year by year"
                </li>
                <li>
                    <span class="key-band" aria-hidden="true"></span>
                    "Best to worst case"
                </li>
                <li>
                    <span class="key-even" aria-hidden="true"></span>
                    "Break-even"
                </li>
            </ul>
            <details class="chart-table">
                <summary>"Chart data as a table"</summary>
                <div inner_html=move || base.with(|p| geometry::data_table_html(p, style.get())).into_string()></div>
            </details>
        </section>
    }
}
