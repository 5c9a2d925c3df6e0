//! The root component: loads the workspace, provides the shared state and
//! lays out the shell around the current view.

use leptos::prelude::*;

use super::shell::{Footer, Header, MainNav, NoticeList, UpdateNotice, ViewContent};
use super::state::AppState;
use super::storage;
use super::{actions, address};
use crate::domain::formats::route;
use crate::domain::model::number_style::NumberStyle;

#[component]
pub fn App() -> impl IntoView {
    let boot = storage::boot();
    let query = address::current_query();
    // The screen is the address's (links and reloads land where they point); it is not saved.
    let view = route::view_from_query(&query).unwrap_or_default();
    let state = AppState::new(
        boot.workspace,
        view,
        Vec::new(),
        storage::status(),
        route::embed_from_query(&query),
        browser_number_style(),
    );
    provide_context(state);
    address::replace_view(view);
    // A fragment change (a pasted share link) also fires popstate: the same view, no change.
    address::on_history_change(move |view| address::show(state, view));
    storage::persist_changes(state, boot.deferred);
    // A share link (at start, or pasted into the address of the open page).
    address::on_fragment(move |fragment| actions::open_shared(state, &fragment));
    // One offered before a reload, and neither added nor dismissed.
    actions::reoffer_pending_share(state);

    Effect::new(move |_| {
        address::set_title(&format!("{} · Shoreline", state.view.get().title()));
    });

    view! {
        <div class="app" class:embed=state.embed>
            <a class="skip-link" href="#main">"Skip to content"</a>
            {(!state.embed).then(|| view! { <Header/> })}
            <MainNav/>
            <main id="main" class="main" tabindex="-1">
                <NoticeList/>
                <UpdateNotice/>
                <ViewContent/>
            </main>
            {(!state.embed).then(|| view! { <Footer/> })}
        </div>
    }
}

/// The number style of the browser's language (`navigator.language`, read
/// once); English where the browser says nothing.
fn browser_number_style() -> NumberStyle {
    let tag = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    NumberStyle::from_language(&tag)
}
