use leptos::html::Dialog;
use leptos::prelude::*;

use super::use_matrix;
use crate::domain::matrix::{self, MAX_SCORE, MIN_SCORE};
use crate::ui::state::use_app;

/// The details of one cell: why it scores what it does, and the user's own score.
#[component]
pub fn CellDialog() -> impl IntoView {
    let state = use_app();
    let ctx = use_matrix();
    let dialog = NodeRef::<Dialog>::new();

    // Open and close the native dialog with the selection (it handles focus and Escape).
    Effect::new(move |_| {
        let open = ctx.selected.get().is_some();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });

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
            let default = matrix::default_score(option, criterion);
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
                        matrix::set_override(&mut w.active_mut().overrides, option, criterion, v)
                    });
                }
            };
            view! {
                <h2 id="cell-dialog-title">{option.name()}" · "{criterion.name()}</h2>
                <p class="muted">{criterion.meaning()}</p>
                <p class="rationale">{matrix::rationale(option, criterion)}</p>
                <div class="score-editor">
                    <label for="cell-score">"Your score"</label>
                    <select id="cell-score" on:change=on_change prop:value=move || score().to_string()>
                        {choices}
                    </select>
                    <Show when=changed>
                        <span class="changed-note">"✎ Changed from the default of " {default}</span>
                    </Show>
                </div>
                <div class="button-row">
                    <Show when=changed>
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| state.workspace.update(|w| {
                                matrix::reset_override(&mut w.active_mut().overrides, option, criterion)
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
