use leptos::prelude::*;

use crate::ui::actions;
use crate::ui::state::{use_app, Tone};
use crate::ui::widgets::{button, message_view};

/// Problems and news the user must see, announced politely to screen readers.
#[component]
pub fn NoticeList() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notices" role="status" aria-live="polite">
            // A plain list, rebuilt in place: a notice keeps its nodes while
            // the ones before it stay, and `For`'s keyed diffing is not linked.
            {move || state.notices.get().into_iter().map(move |notice| {
                    let kind = notice.kind;
                    let (icon, word, tone_class) = match notice.tone {
                        Tone::Info => ("ℹ", "Note", "notice notice-info"),
                        Tone::Warning => ("⚠", "Warning", "notice notice-warning"),
                    };
                    let buttons = notice
                        .actions
                        .into_iter()
                        .map(|action| {
                            let label = action.label();
                            button(
                                "button",
                                label,
                                None,
                                Callback::new(move |_| actions::run(state, action.clone())),
                            )
                        })
                        .collect_view();
                    view! {
                        <div class=tone_class>
                            <span class="notice-icon" aria-hidden="true">{icon}</span>
                            <p>
                                <strong>{word}": "</strong>
                                // User text (scenario names) may be inside: text nodes, each name isolated.
                                {message_view(&notice.text)}
                            </p>
                            <div class="notice-actions">
                                {buttons}
                                {notice.dismissible.then(|| button(
                                    "button button-quiet",
                                    "Dismiss",
                                    None,
                                    Callback::new(move |_| actions::dismiss(state, kind)),
                                ))}
                            </div>
                        </div>
                    }
                }).collect_view()}
        </div>
    }
}
