use std::sync::Arc;

use leptos::prelude::*;

use super::use_budget;
use crate::domain::content::money::ecb_per_usd;
use crate::domain::model::inputs::parse_number;
use crate::domain::model::inputs::Field;
use crate::domain::model::knob::{Choice, Knob};
use crate::domain::model::number_style::NumberFormat;
use crate::domain::present::inputs::{knob_error, knob_text, rate_error};
use crate::domain::present::{budget, money};
use crate::domain::rules::change::{Applied, Msg, Note, Refused};
use crate::domain::rules::money::{MoneyProblem, RateSource};
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::field_message;

/// Text that follows the model: read inside a reactive closure, it tracks
/// what it reads. (A boxed closure rather than a `Signal<String>`: no
/// signal type of its own to link, measured smaller.)
pub type LiveText = Arc<dyn Fn() -> String + Send + Sync>;

/// Applies typed text; `Err` carries the message and nothing changed. (A
/// boxed closure rather than a `Callback`, for the same reason.)
pub type Commit = Arc<dyn Fn(String) -> Result<(), String> + Send + Sync>;

/// A typed number with its unit. A bad value shows a message beside the
/// field and is not applied: the model keeps its last good value.
#[component]
pub fn NumField(
    /// Id of the input; the message gets `{id}-msg`.
    id: String,
    /// The label text.
    label: String,
    /// The unit shown after the input.
    unit: LiveText,
    /// The model's value as text.
    value: LiveText,
    /// Applies typed text; `Err` carries the message and nothing changed.
    commit: Commit,
    /// A note under the field.
    #[prop(default = None)]
    hint: Option<LiveText>,
) -> impl IntoView {
    let value = Memo::new(move |_| value());
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
                        error.set(commit(event_target_value(&ev)).err().map(|m| (m, at)));
                    }
                />
                <span class="unit">{move || unit()}</span>
            </span>
            {field_message(Some(msg_id), false, message)}
            {hint.map(|h| view! { <span class="hint">{move || h()}</span> })}
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
    let style = state.style;
    let value: LiveText = Arc::new(move || {
        if knob.field == Field::Budget {
            ctx.shown
                .with(|p| knob_text(knob, &ctx.cost.get(), p, style.get()))
        } else {
            ctx.cost
                .with(|c| ctx.base.with(|p| knob_text(knob, c, p, style.get())))
        }
    });
    let unit: LiveText = Arc::new(move || ctx.cost.with(|c| knob.unit(&c.currency)));
    let commit: Commit = Arc::new(move |text: String| {
        let style = style.get_untracked();
        let v = parse_number(&text, style).map_err(|e| knob_error(knob, e, style))?;
        state
            .send(Msg::SetNumber(knob, v))
            .map(|_| ())
            .map_err(|e| state.refusal(&e))
    });
    // Jargon in the label or unit (FTE, on-cost, vendor margin) is said in
    // plain words under the field, from the glossary.
    let words = ctx
        .cost
        .with_untracked(|c| budget::field_words(knob, &c.currency));
    let hint = words.map(|w| -> LiveText { Arc::new(move || w.clone()) });
    view! {
        <NumField
            id=knob.id()
            label=label.map_or_else(|| knob.label(), str::to_string)
            unit=unit
            value=value
            commit=commit
            hint=hint
        />
    }
}

/// What a pick of a choice says beside it: what it did to the money, or
/// why it was refused; nothing for a plain pick.
fn said_text(state: AppState, said: Result<Applied, Refused>) -> Option<String> {
    match said {
        Ok(Applied {
            note: Note::Money(n),
            ..
        }) => {
            let style = state.style.get_untracked();
            Some(
                state
                    .workspace
                    .with_untracked(|w| money::note_text(&n, &w.active().cost, style)),
            )
        }
        Ok(_) => None,
        Err(e) => Some(state.refusal(&e)),
    }
}

/// A labelled choice from a fixed list. A choice that moves money (the
/// currency, the home location) says beside it what it did and at which rate.
#[component]
pub fn SelectField(
    /// What is chosen.
    choice: Choice,
) -> impl IntoView {
    let state = use_app();
    let ctx = use_budget();
    let note = RwSignal::new(None::<String>);
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
                    let said = state.send(Msg::Pick(choice, event_target_value(&ev)));
                    note.set(said_text(state, said));
                }
            >
                {options}
            </select>
            <p class="hint" role="status" prop:hidden=move || note.with(Option::is_none)>
                {move || note.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// The currency, its rate to the US dollar and the number format. A new
/// currency converts every amount and says at which rate; one the ECB has
/// no rate for waits for the user's rate before anything changes.
#[component]
pub fn CurrencyField() -> impl IntoView {
    let state = use_app();
    let ctx = use_budget();
    let style = state.style;
    let note = RwSignal::new(None::<String>);
    // A currency picked that has no rate yet: shown, waiting for one.
    let asking = RwSignal::new(None::<String>);
    let shown = Memo::new(move |_| {
        asking
            .get()
            .unwrap_or_else(|| ctx.cost.with(|c| c.currency.clone()))
    });
    let first = ctx.cost.with_untracked(|c| c.currency.clone());
    let options = Choice::Currency
        .options()
        .into_iter()
        .map(|(v, text)| {
            let selected = v == first;
            view! { <option value=v selected=selected>{text}</option> }
        })
        .collect_view();
    let pick = move |ev| {
        let v = event_target_value(&ev);
        let said = state.send(Msg::Pick(Choice::Currency, v.clone()));
        // A currency with no rate waits for the user's rate.
        let wait = matches!(&said, Err(Refused::Money(MoneyProblem::NoRate(code))) if *code == v);
        asking.set(wait.then_some(v));
        note.set(said_text(state, said));
    };
    let rate_value: LiveText = Arc::new(move || {
        if asking.with(Option::is_some) {
            String::new()
        } else {
            ctx.cost.with(|c| money::rate_value(c, style.get()))
        }
    });
    let rate_hint: LiveText = Arc::new(move || {
        match asking.get() {
        Some(code) => format!(
            "The ECB publishes no reference rate for {code}: type how many {code} one US dollar buys, and every amount is converted at it."
        ),
        None => ctx.cost.with(|c| money::rate_note(c, style.get())),
    }
    });
    let commit: Commit = Arc::new(move |text: String| {
        let style = style.get_untracked();
        let rate = parse_number(&text, style).map_err(|e| rate_error(e, style))?;
        let msg = match asking.get_untracked() {
            Some(code) => Msg::SwitchCurrency(code, rate),
            None => Msg::SetUsdRate(Some(rate)),
        };
        let applied = state.send(msg).map_err(|e| state.refusal(&e))?;
        asking.set(None);
        if let Note::Money(n) = applied.note {
            note.set(Some(state.workspace.with_untracked(|w| {
                money::note_text(&n, &w.active().cost, style)
            })));
        }
        Ok(())
    });
    let typed_rate = move || {
        asking.with(Option::is_none)
            && ctx.cost.with(|c| {
                c.rate_source() == RateSource::Yours && ecb_per_usd(&c.currency).is_some()
            })
    };
    // A plain read rather than a memo (no memo type of its own to link):
    // setting a select to the value it shows changes nothing.
    let format_now = move || state.workspace.with(|w| w.number_format);
    let first_format = untrack(format_now);
    let formats = NumberFormat::ALL
        .into_iter()
        .map(|f| {
            view! { <option value=f.id() selected=f == first_format>{f.label()}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="currency">{Choice::Currency.label()}</label>
            <select id="currency" prop:value=move || shown.get() on:change=pick>
                {options}
            </select>
            <p class="hint" role="status" prop:hidden=move || note.with(Option::is_none)>
                {move || note.get().unwrap_or_default()}
            </p>
        </div>
        <div class="field-stack" prop:hidden=move || shown.with(|c| c == "USD")>
                <NumField
                    id="usd-rate".to_string()
                    label="Exchange rate: 1 US dollar (USD) =".to_string()
                    unit=Arc::new(move || shown.get())
                    value=rate_value
                    commit=commit
                    hint=Some(rate_hint)
                />
                <button
                    type="button"
                    class="button button-quiet"
                    prop:hidden=move || !typed_rate()
                    on:click=move |_| {
                        let _ = state.send(Msg::SetUsdRate(None));
                    }
                >
                    "Use the ECB rate"
                </button>
        </div>
        <div class="field">
            <label for="number-format">"Number format"</label>
            <select
                id="number-format"
                prop:value=move || format_now().id()
                on:change=move |ev| {
                    if let Some(f) = NumberFormat::from_id(&event_target_value(&ev)) {
                        let _ = state.send(Msg::SetNumberFormat(f));
                    }
                }
            >
                {formats}
            </select>
        </div>
    }
}
