use leptos::prelude::*;

use crate::ui::state::{use_app, Tone};

/// Problems and news the user must see, announced politely to screen readers.
#[component]
pub fn NoticeList() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|n| n.kind as u8
                children=move |notice| {
                    let kind = notice.kind;
                    let (icon, word) = match notice.tone {
                        Tone::Info => ("ℹ", "Note"),
                        Tone::Warning => ("⚠", "Warning"),
                    };
                    let tone_class = match notice.tone {
                        Tone::Info => "notice notice-info",
                        Tone::Warning => "notice notice-warning",
                    };
                    view! {
                        <div class=tone_class>
                            <span class="notice-icon" aria-hidden="true">{icon}</span>
                            <p>
                                <strong>{word}": "</strong>
                                {notice.text.clone()}
                            </p>
                            <Show when=move || notice.dismissible>
                                <button
                                    type="button"
                                    class="button button-quiet"
                                    on:click=move |_| state.clear_notice(kind)
                                >
                                    "Dismiss"
                                </button>
                            </Show>
                        </div>
                    }
                }
            />
        </div>
    }
}
