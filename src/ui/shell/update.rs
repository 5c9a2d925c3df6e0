//! "A new version is ready": the service worker's page-side code
//! (assets/boot.js) raises a window event when a different build has been
//! downloaded; the user decides when to switch, nothing changes under them.

use leptos::prelude::*;

/// The notice with its "Reload to update" button, in its own live region.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    // The event may have fired before the app mounted: boot.js also leaves a flag.
    let ready = RwSignal::new(flag_set());
    let listener =
        window_event_listener_untyped("shoreline-update-ready", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let apply = move |_| {
        // Saves are flushed on `pagehide`, which the reload raises.
        if let Ok(event) = web_sys::Event::new("shoreline-apply-update") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <div class="update-region" role="status" aria-live="polite">
            <Show when=move || ready.get()>
                <div class="notice notice-info">
                    <span class="notice-icon" aria-hidden="true">"↻"</span>
                    <p>
                        <strong>"Update: "</strong>
                        "A new version of Shoreline is ready. Your work is saved; reload when it suits you."
                    </p>
                    <button type="button" class="button" on:click=apply>
                        "Reload to update"
                    </button>
                </div>
            </Show>
        </div>
    }
}

fn flag_set() -> bool {
    js_sys::Reflect::get(&window(), &"shorelineUpdateReady".into())
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}
