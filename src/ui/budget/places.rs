use leptos::prelude::*;

use std::sync::Arc;

use super::field::{Commit, LiveText, NumField};
use super::use_budget;
use crate::domain::model::inputs::parse_number;
use crate::domain::model::location_edits::{figure_value, EditableFigure};
use crate::domain::present::budget;
use crate::domain::present::inputs::figure_error;
use crate::domain::present::money;
use crate::domain::present::numbers::decimal_text;
use crate::domain::rules::change::Msg;
use crate::ui::state::use_app;

/// The cited figures of every location in use, with source, year and
/// caveats; editable for this scenario and resettable.
#[component]
pub fn PlacesCard() -> impl IntoView {
    let state = use_app();
    let ctx = use_budget();
    let style = state.style;
    let places = Memo::new(move |_| ctx.base.with(budget::places));
    let body = move || {
        places
            .get()
            .into_iter()
            .map(|place| {
                let loc = place.location;
                let id = loc.id;
                let figures = EditableFigure::ALL
                    .into_iter()
                    .map(|fig| {
                        let value: LiveText = Arc::new(move || {
                            ctx.edits
                                .with(|e| decimal_text(figure_value(&e.figures(loc), fig), 2, style.get()))
                        });
                        let commit: Commit = Arc::new(move |text: String| {
                            let style = style.get_untracked();
                            let v = parse_number(&text, style).map_err(|e| figure_error(fig, e, style))?;
                            state.send(Msg::SetFigure(id, fig, v)).map(|_| ()).map_err(|e| state.refusal(&e))
                        });
                        view! {
                            <li>
                                <NumField
                                    id=format!("loc-{id}-{fig:?}")
                                    label=format!("{}, {}", fig.label(), loc.name)
                                    unit=Arc::new(move || fig.unit().to_string())
                                    value=value
                                    commit=commit
                                />
                                <span class="source">
                                    {move || ctx.edits.with(|e| ctx.cost.with(|c| {
                                        let usd = figure_value(&e.figures(loc), fig);
                                        money::figure_in_currency(fig, usd, c, style.get()).map(|t| format!("{t}. "))
                                    }))}
                                    {budget::figure_source(fig)}
                                    {budget::figure_caveat(loc, fig).map(|c| format!(" {c}"))}
                                    {move || ctx.edits.with(|e| if e.is_edited(id, fig) { " ✎ Edited by you." } else { "" })}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="place">
                        <div inner_html=budget::place_intro_html(&place).into_string()></div>
                        <ul class="figures">{figures}</ul>
                        <button
                            type="button"
                            class="button button-quiet"
                            prop:hidden=move || ctx.edits.with(|e| !e.is_location_edited(id))
                            on:click=move |_| {
                                let _ = state.send(Msg::ResetPlace(id));
                            }
                        >
                            {format!("Reset {} figures", loc.name)}
                        </button>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card places" aria-labelledby="places-heading">
            <h2 id="places-heading">"Location figures"</h2>
            <p class="hint">
                "The cited figures behind the relative labour cost and the employer on-cost of each place in use. Change them for this scenario if you have better ones; a reset brings the cited figure back."
            </p>
            <div class="place-grid">{body}</div>
        </section>
    }
}
