//! The baseline for `./dev bench`: the smallest useful Leptos 0.8 app, a
//! counter whose value is kept in localStorage. Shoreline's cold mount and
//! size are compared with it (issue 14). Same shape of `main` as Shoreline's:
//! panic hook, mount, then a performance mark the bench reads.

use leptos::prelude::*;

const KEY: &str = "baseline:count";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

#[component]
fn Counter() -> impl IntoView {
    let saved = storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|text| text.parse::<i64>().ok())
        .unwrap_or(0);
    let count = RwSignal::new(saved);
    // The one effect: save on every change.
    Effect::new(move |_| {
        let value = count.get();
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, &value.to_string());
        }
    });
    view! {
        <main>
            <h1>"Counter"</h1>
            <p>"Count: " {move || count.get()}</p>
            <button on:click=move |_| count.update(|n| *n = n.saturating_add(1))>"Add one"</button>
            <button on:click=move |_| count.set(0)>"Reset"</button>
        </main>
    }
}

fn main() {
    // The wasm is compiled and instantiated (Shoreline's `shoreline-start`).
    if let Some(performance) = window().performance() {
        let _ = performance.mark("baseline-start");
    }
    console_error_panic_hook::set_once();
    mount_to_body(Counter);
    // Navigation start to a mounted app, as Shoreline's `shoreline-mounted`.
    if let Some(performance) = window().performance() {
        let _ = performance.mark("baseline-mounted");
    }
}
