//! "A new version is ready": the service worker's page-side code
//! (assets/boot.js) raises a window event when a different build has been
//! downloaded; the user decides when to switch, nothing changes under them.
//! When the work on this page is not all saved (the sync machine says why),
//! the reload waits for the user's confirmation and Export is offered first.

use leptos::prelude::*;

use crate::domain::formats::persist;
use crate::ui::state::use_app;
use crate::ui::widgets::button;
use crate::ui::{actions, storage};

/// The notice with its "Reload to update" button, in its own live region.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = use_app();
    // The event may have fired before the app mounted: boot.js also leaves a flag.
    let ready = RwSignal::new(flag_set());
    // Why the work is not saved, once the user asked to reload and it is not.
    let unsaved = RwSignal::new(None::<String>);
    let listener =
        window_event_listener_untyped("shoreline-update-ready", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let apply = Callback::new(move |_| {
        if let Some(reason) = storage::request_update(state) {
            unsaved.set(Some(persist::update_unsaved_notice(reason)));
        }
    });
    let export = Callback::new(move |_| {
        let _ = actions::export(state, None);
    });
    view! {
        <div class="update-region" role="status" aria-live="polite">
            {move || ready.get().then(|| if unsaved.with(Option::is_some) {
                view! {
                    <div class="notice notice-warning">
                        <span class="notice-icon" aria-hidden="true">"⚠"</span>
                        <p>
                            <strong>"Warning: "</strong>
                            {move || unsaved.get().unwrap_or_default()}
                        </p>
                        <div class="notice-actions">
                            {button("button", "Export to a file", None, export)}
                            {button(
                                "button button-quiet",
                                "Reload anyway",
                                None,
                                Callback::new(move |_| storage::confirm_update(state)),
                            )}
                            {button(
                                "button button-quiet",
                                "Not now",
                                None,
                                Callback::new(move |_| unsaved.set(None)),
                            )}
                        </div>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="notice notice-info">
                        <span class="notice-icon" aria-hidden="true">"↻"</span>
                        <p>
                            <strong>"Update: "</strong>
                            "A new version of Shoreline is ready. Reload when it suits you: Shoreline checks first that your work is saved."
                        </p>
                        {button("button", "Reload to update", None, apply)}
                    </div>
                }
                .into_any()
            })}
        </div>
    }
}

fn flag_set() -> bool {
    js_sys::Reflect::get(&window(), &"shorelineUpdateReady".into())
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}
