use leptos::prelude::*;

use crate::ui::scenarios::ScenariosButton;
use crate::ui::state::use_app;

/// The product name and the scenario being worked on.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let scenario_name = Memo::new(move |_| state.workspace.with(|w| w.active().name.clone()));
    view! {
        <header class="site-header">
            <p class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                "Shoreline"
            </p>
            <div class="scenario-bar">
            <p class="scenario-name">
                <span class="label">"Scenario: "</span>
                // User text: a text node, never markup, isolated (`bdi`) from the words around it.
                <bdi class="value" data-testid="scenario-name">{move || scenario_name.get()}</bdi>
            </p>
            <ScenariosButton/>
            </div>
        </header>
    }
}
