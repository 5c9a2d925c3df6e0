use leptos::prelude::*;

use super::use_budget;
use crate::domain::model::inputs::Field;
use crate::domain::model::knob::{Choice, Knob};
use crate::domain::present::inputs::{knob_error, knob_text};
use crate::ui::state::use_app;
use crate::ui::widgets::field_message;

/// A typed number with its unit. A bad value shows a message beside the
/// field and is not applied: the model keeps its last good value.
#[component]
pub fn NumField(
    /// Id of the input; the message gets `{id}-msg`.
    id: String,
    /// The label text.
    label: String,
    /// The unit shown after the input.
    #[prop(into)]
    unit: Signal<String>,
    /// The model's value as text.
    value: Signal<String>,
    /// Applies typed text; `Err` carries the message and nothing changed.
    commit: Callback<String, Result<(), String>>,
) -> impl IntoView {
    // The message and the value it was about: when the value changes for
    // any other reason (a reset, another tab), the message goes with it.
    let error = RwSignal::new(None::<(String, String)>);
    let message = move || {
        error.with(|e| {
            e.as_ref()
                .filter(|(_, at)| value.with(|v| v == at))
                .map(|(m, _)| m.clone())
        })
    };
    let msg_id = format!("{id}-msg");
    let described = msg_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <span class="field-row">
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    class="num"
                    aria-invalid=move || message().map(|_| "true")
                    aria-describedby=move || message().map(|_| described.clone())
                    prop:value=move || value.get()
                    on:change=move |ev| {
                        let at = value.get_untracked();
                        error.set(commit.run(event_target_value(&ev)).err().map(|m| (m, at)));
                    }
                />
                <span class="unit">{unit}</span>
            </span>
            {field_message(Some(msg_id), false, message)}
        </div>
    }
    .into_any()
}

/// One number of the cost model, edited through its domain [`Knob`].
#[component]
pub fn KnobField(
    /// The number edited.
    knob: Knob,
    /// A label other than the field's own.
    #[prop(optional)]
    label: Option<&'static str>,
) -> impl IntoView {
    let state = use_app();
    let ctx = use_budget();
    let value = Signal::derive(move || {
        if knob.field == Field::Budget {
            ctx.shown.with(|p| knob_text(knob, &ctx.cost.get(), p))
        } else {
            ctx.cost.with(|c| ctx.base.with(|p| knob_text(knob, c, p)))
        }
    });
    let unit = Signal::derive(move || ctx.cost.with(|c| knob.unit(&c.currency)));
    let commit = Callback::new(move |text: String| {
        let v = knob.parse(&text).map_err(|e| knob_error(knob, e))?;
        state
            .workspace
            .update(|w| knob.set(&mut w.active_mut().cost, v));
        Ok(())
    });
    view! {
        <NumField
            id=knob.id()
            label=label.map_or_else(|| knob.label(), str::to_string)
            unit=unit
            value=value
            commit=commit
        />
    }
}

/// A labelled choice from a fixed list.
#[component]
pub fn SelectField(
    /// What is chosen.
    choice: Choice,
) -> impl IntoView {
    let state = use_app();
    let ctx = use_budget();
    let value = Memo::new(move |_| ctx.cost.with(|c| choice.get(c)));
    // `selected` places the first render; `prop:value` follows later changes.
    let current = value.get_untracked();
    let options = choice
        .options()
        .into_iter()
        .map(|(v, text)| {
            let selected = v == current;
            view! { <option value=v selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=choice.id()>{choice.label()}</label>
            <select
                id=choice.id()
                prop:value=move || value.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.workspace.update(|w| choice.set(&mut w.active_mut().cost, &v));
                }
            >
                {options}
            </select>
        </div>
    }
}
