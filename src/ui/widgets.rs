//! Pieces more than one screen uses, each written once: the modal dialog
//! that follows a signal, a field's message, and a message with the user
//! text inside it isolated. (Tables built as markup get their scroll region
//! from the domain: `Html::push_scroll_region`.)
//!
//! Plain functions rather than components taking signals: measured, a
//! component with a `Signal<T>` prop costs about 1 KB of gzip wasm per new
//! `T`, a function generic over a closure next to nothing.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::domain::present::names::segments;

/// Makes the native `<dialog>` behind `dialog` follow `open`: shown with
/// `showModal` (which traps focus and closes on Escape) while it is true,
/// closed when it turns false. The dialog's own `close` event must set
/// `open` back to false, for the Escape key.
pub fn follow_open(dialog: NodeRef<Dialog>, open: impl Fn() -> bool + 'static) {
    Effect::new(move |_| {
        let want = open();
        if let Some(d) = dialog.get() {
            if want && !d.open() {
                let _ = d.show_modal();
            } else if !want && d.open() {
                d.close();
            }
        }
    });
}

/// Why a value was refused, beside its field: "⚠ …", hidden while there
/// is none. `id` is for the field's `aria-describedby`; a `live` message is
/// announced as it changes (a live region of its own).
pub fn field_message(
    id: Option<String>,
    live: bool,
    message: impl Fn() -> Option<String> + Send + Sync + Copy + 'static,
) -> impl IntoView {
    view! {
        <span
            id=id
            class="field-msg"
            role=live.then_some("status")
            prop:hidden=move || message().is_none()
        >
            {move || message().map(|m| format!("⚠ {m}"))}
        </span>
    }
}

/// A message with the user text inside it (scenario names) each in a
/// `<bdi>`: whatever direction a name is written in, the words around it
/// keep their order. Always text nodes, never markup.
pub fn message_view(message: &str) -> impl IntoView {
    segments(message)
        .into_iter()
        .map(|(text, user)| {
            let text = text.to_string();
            if user {
                view! { <bdi>{text}</bdi> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
}

/// A button with fixed words, `type="button"`. Every such button on the
/// screens shares this one view type: written out inline, each cost its
/// own copy of the element-building code.
pub fn button(
    class: &'static str,
    label: &'static str,
    disabled: Option<Signal<bool>>,
    on_click: Callback<()>,
) -> AnyView {
    view! {
        <button
            type="button"
            class=class
            prop:disabled=move || disabled.is_some_and(|d| d.get())
            on:click=move |_| on_click.run(())
        >
            {label}
        </button>
    }
    .into_any()
}

/// A checkbox inside its label (`label.check`), with fixed words after it.
/// `on_change` gets the new state.
pub fn check_box(
    label: &'static str,
    described_by: Option<&'static str>,
    checked: Signal<bool>,
    disabled: Option<Signal<bool>>,
    on_change: Callback<bool>,
) -> AnyView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                aria-describedby=described_by
                prop:checked=move || checked.get()
                prop:disabled=move || disabled.is_some_and(|d| d.get())
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
    .into_any()
}

/// A paragraph of fixed words with a class (`lede`, `hint`, `muted`).
pub fn text_p(class: &'static str, text: &'static str) -> AnyView {
    view! { <p class=class>{text}</p> }.into_any()
}
