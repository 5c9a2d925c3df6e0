//! The only code that reads or writes the page address.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::formats::route;
use crate::domain::model::view::View;
use crate::ui::state::AppState;

/// The current query string, with its leading `?` (empty when there is none).
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The address that shows `view`, relative to the current page.
fn address_for(view: View) -> String {
    with_query(&route::query_for(view, &current_query()))
}

/// The current page's address with another query string (the fragment kept).
fn with_query(query: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    format!("{path}{query}{hash}")
}

/// The link target for a view, for `href` attributes (works under any sub-path).
pub fn href_for(view: View) -> String {
    route::query_for(view, &current_query())
}

/// The link target for a topic of the Learn guide (`?view=learn&topic=<id>`).
pub fn href_for_topic(topic: &str) -> String {
    route::query_for_topic(topic, &current_query())
}

/// Shows `view`, leaving the address as it is. The workspace is not
/// touched: the screen showing is not saved, the address carries it.
pub fn show(state: AppState, view: View) {
    if state.view.get_untracked() != view {
        state.view.set(view);
    }
}

/// Shows the Learn guide at `topic`, recorded as a new history entry. The
/// address is written first, so a guide mounted by this change finds the
/// topic in it.
pub fn go_topic(state: AppState, topic: &str) {
    if let Ok(history) = window().history() {
        let address = with_query(&route::query_for_topic(topic, &current_query()));
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&address));
    }
    show(state, View::Learn);
}

/// Records a move to `view` as a new history entry.
pub fn push_view(view: View) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&address_for(view)));
    }
}

/// Shows `view` and records it as a new history entry (as a navigation link does).
pub fn go(state: AppState, view: View) {
    if state.view.get_untracked() != view {
        show(state, view);
        push_view(view);
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Writes `view` into the address without a new history entry.
pub fn replace_view(view: View) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address_for(view)));
    }
}

/// Calls `on_change` with the view named in the address after Back or Forward.
pub fn on_history_change(on_change: impl Fn(View) + 'static) {
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        on_change(route::view_from_query(&current_query()).unwrap_or_default());
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// Sets the document title.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The address fragment without its `#` (empty when there is none).
pub fn current_fragment() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// Removes the fragment without a new history entry, so a reload does not act on it again.
pub fn clear_fragment() {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")));
    }
}

/// The full address of this page with `fragment` after the `#`.
pub fn with_fragment(fragment: &str) -> String {
    let href = window().location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Calls `on_fragment` with the fragment now and whenever it changes (a link
/// pasted into the address bar of an open page does not reload it).
pub fn on_fragment(on_fragment: impl Fn(String) + 'static) {
    on_fragment(current_fragment());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        on_fragment(current_fragment())
    });
    std::mem::forget(handle);
}
