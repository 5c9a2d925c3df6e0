use leptos::html::Dialog;
use leptos::prelude::*;

use super::use_matrix;
use crate::domain::model::scores::{MAX_SCORE, MIN_SCORE};
use crate::domain::present::sheet::{origin_label, origin_text};
use crate::domain::rules::change::Msg;
use crate::ui::state::use_app;
use crate::ui::widgets::{button, follow_open};

/// The details of one cell: why it scores what it does, and the user's own score.
#[component]
pub fn CellDialog() -> impl IntoView {
    let state = use_app();
    let ctx = use_matrix();

    let dialog = NodeRef::<Dialog>::new();
    follow_open(dialog, move || ctx.selected.with(Option::is_some));
    let content = move || {
        ctx.selected.get().map(|(option, criterion)| {
            let cell = move || ctx.scores.with(|s| s.cell(option, criterion).clone());
            let score = move || cell().score;
            let default = move || cell().default;
            let edited = move || cell().overridden;
            let style = state.style;
            let origin = move || ctx.scores.with(|s| origin_text(s, option, criterion, style.get()));
            let label = move || origin_label(&cell());
            let choices = (MIN_SCORE..=MAX_SCORE)
                .map(|v| {
                    let label = move || if v == default() {
                        format!("{v} (default)")
                    } else {
                        v.to_string()
                    };
                    view! { <option value=v.to_string() selected=move || score() == v>{label}</option> }
                })
                .collect_view();
            let on_change = move |ev| {
                if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                    let _ = state.send(Msg::SetScore(option, criterion, v));
                }
            };
            view! {
                <h2 id="cell-dialog-title">{option.name()}" · "{criterion.name()}</h2>
                <p class="muted">{criterion.meaning()}</p>
                <p class="rationale">
                    <strong>"Where this score comes from: " {label} ". "</strong>
                    {origin}
                </p>
                <div class="score-editor">
                    <label for="cell-score">"Your score"</label>
                    <select id="cell-score" on:change=on_change prop:value=move || score().to_string()>
                        {choices}
                    </select>
                    {move || edited().then(|| view! {
                        <span class="changed-note">"✎ Changed from the default of " {default}</span>
                    })}
                </div>
                <div class="button-row">
                    {move || edited().then(|| view! {
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| {
                                let _ = state.send(Msg::ResetScore(option, criterion));
                            }
                        >
                            {move || format!("Reset to default ({})", default())}
                        </button>
                    })}
                    {button("button", "Close", None, Callback::new(move |_| ctx.selected.set(None)))}
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
