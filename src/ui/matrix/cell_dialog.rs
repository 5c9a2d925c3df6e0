use leptos::html::Dialog;
use leptos::prelude::*;

use super::use_matrix;
use crate::domain::content::scores::{default_score, rationale};
use crate::domain::model::scores::{MAX_SCORE, MIN_SCORE};
use crate::domain::present::suggest::reason;
use crate::domain::rules::cost::project;
use crate::domain::rules::matrix;
use crate::domain::rules::suggest;
use crate::ui::state::use_app;
use crate::ui::widgets::follow_open;

/// The details of one cell: why it scores what it does, and the user's own score.
#[component]
pub fn CellDialog() -> impl IntoView {
    let state = use_app();
    let ctx = use_matrix();

    let dialog = NodeRef::<Dialog>::new();
    follow_open(dialog, move || ctx.selected.with(Option::is_some));
    let content = move || {
        ctx.selected.get().map(|(option, criterion)| {
            let score = move || {
                state
                    .workspace
                    .with(|w| matrix::score(option, criterion, &w.active().overrides))
            };
            let changed = move || {
                state
                    .workspace
                    .with(|w| matrix::is_overridden(option, criterion, &w.active().overrides))
            };
            let from_cost = move || {
                state.workspace.with(|w| {
                    let s = w.active();
                    matrix::from_cost_model(option, criterion, &s.overrides, &s.cost_scores)
                })
            };
            let edited = move || changed() || from_cost();
            let default = default_score(option, criterion);
            // Only the cost criteria run the cost model, and only while open.
            let suggestion = suggest::is_cost_criterion(criterion).then(|| {
                Memo::new(move |_| {
                    state.workspace.with(|w| {
                        let s = w.active();
                        let p = project(&s.cost, &s.location_edits);
                        suggest::suggest(&p, option, criterion)
                            .map(|sug| (sug.score, reason(&sug, &p.currency)))
                    })
                })
            });
            let suggestion = move || {
                suggestion.and_then(|m| m.get()).map(|(value, reason)| {
                    view! {
                        <p class="rationale">
                            <strong>{format!("Your cost model suggests {value}. ")}</strong>
                            {reason}
                        </p>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| state.workspace.update(|w| {
                                w.active_mut().use_cost_score(option, criterion, value)
                            })
                        >
                            "Use the cost model's score"
                        </button>
                    }
                })
            };
            let choices = (MIN_SCORE..=MAX_SCORE)
                .map(|v| {
                    let label = if v == default {
                        format!("{v} (default)")
                    } else {
                        v.to_string()
                    };
                    view! { <option value=v.to_string() selected=move || score() == v>{label}</option> }
                })
                .collect_view();
            let on_change = move |ev| {
                if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                    state.workspace.update(|w| {
                        w.active_mut().set_score(option, criterion, v)
                    });
                }
            };
            view! {
                <h2 id="cell-dialog-title">{option.name()}" · "{criterion.name()}</h2>
                <p class="muted">{criterion.meaning()}</p>
                <p class="rationale">
                    <strong>{format!("Default score {default}. ")}</strong>
                    {rationale(option, criterion)}
                </p>
                {suggestion}
                <div class="score-editor">
                    <label for="cell-score">"Your score"</label>
                    <select id="cell-score" on:change=on_change prop:value=move || score().to_string()>
                        {choices}
                    </select>
                    {move || if from_cost() {
                        Some(view! { <span class="changed-note">"∑ Score taken from the cost model"</span> }.into_any())
                    } else if changed() {
                        Some(view! { <span class="changed-note">"✎ Changed from the default of " {default}</span> }.into_any())
                    } else {
                        None
                    }}
                </div>
                <div class="button-row">
                    <Show when=edited>
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| state.workspace.update(|w| {
                                w.active_mut().reset_score(option, criterion)
                            })
                        >
                            {format!("Reset to default ({default})")}
                        </button>
                    </Show>
                    <button type="button" class="button" on:click=move |_| ctx.selected.set(None)>
                        "Close"
                    </button>
                </div>
            }
        })
    };

    view! {
        // Open while a cell is selected.
        <dialog
            node_ref=dialog
            class="cell-dialog"
            aria-labelledby="cell-dialog-title"
            on:close=move |_| ctx.selected.set(None)
        >
            {content}
        </dialog>
    }
}
