use leptos::prelude::*;

use super::field::KnobField;
use super::use_budget;
use crate::domain::model::knob::{self, Knob, ASSUMPTIONS};
use crate::domain::present::budget;
use crate::domain::rules::change::Msg;
use crate::ui::state::use_app;

/// Every other number the model uses, with its note, default and source;
/// each editable (value, best case, worst case), each field resettable.
#[component]
pub fn AssumptionsPanel() -> impl IntoView {
    let state = use_app();
    let ctx = use_budget();
    let fields = ASSUMPTIONS
        .into_iter()
        .map(|field| {
            let knobs = Knob::all_of(field)
                .into_iter()
                .map(|k| view! { <KnobField knob=k/> })
                .collect_view();
            view! {
                <section class="assumption">
                    <div inner_html=move || ctx.cost.with(|c| budget::field_intro_html(field, c, state.style.get())).into_string()></div>
                    <div class="field-grid knob-grid">{knobs}</div>
                    <button
                        type="button"
                        class="button button-quiet"
                        prop:hidden=move || ctx.cost.with(|c| !knob::field_changed(c, field))
                        on:click=move |_| {
                            let _ = state.send(Msg::ResetField(field));
                        }
                    >
                        {format!("Reset {}", field.spec().label.to_ascii_lowercase())}
                    </button>
                </section>
            }
        })
        .collect_view();
    view! {
        <details class="card assumptions">
            <summary>"Assumptions: every other number the model uses"</summary>
            <h3>"The main inputs"</h3>
            <div class="hint" inner_html=move || ctx.cost.with(|c| budget::main_notes_html(c, state.style.get())).into_string()></div>
            <h3>"What the model works out from them"</h3>
            <p class="hint">{move || ctx.base.with(|p| budget::resolved_lines(p, state.style.get())).join(" ")}</p>
            <button
                type="button"
                class="button button-quiet"
                on:click=move |_| {
                    let _ = state.send(Msg::ResetAssumptions);
                }
            >
                "Reset all assumptions"
            </button>
            {fields}
        </details>
    }
    .into_any()
}
