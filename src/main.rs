//! Entry point: panic hook and mount; nothing else.

fn main() {
    // A mark for `./dev bench`: the wasm is compiled and instantiated.
    if let Some(performance) = leptos::prelude::window().performance() {
        let _ = performance.mark("shoreline-start");
    }
    console_error_panic_hook::set_once();
    // index.html shows a light "loading…" skeleton until the app mounts.
    if let Some(skeleton) = leptos::prelude::document().get_element_by_id("boot") {
        skeleton.remove();
    }
    leptos::mount::mount_to_body(shoreline::App);
    // A mark for `./dev bench`: navigation start to a mounted, interactive app.
    if let Some(performance) = leptos::prelude::window().performance() {
        let _ = performance.mark("shoreline-mounted");
    }
}
