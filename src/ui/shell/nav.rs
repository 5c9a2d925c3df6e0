use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::domain::model::view::View;
use crate::ui::address;
use crate::ui::state::use_app;

/// Links to every view; the current one is marked with `aria-current`.
#[component]
pub fn MainNav() -> impl IntoView {
    let state = use_app();
    let go = move |view: View, ev: MouseEvent| {
        // Let the browser handle new-tab and new-window clicks itself.
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        if state.view.get_untracked() != view {
            address::show(state, view);
            address::push_view(view);
        }
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    };
    let links = View::ALL
        .into_iter()
        .map(|view| {
            let current = move || (state.view.get() == view).then_some("page");
            view! {
                <li>
                    <a
                        href=address::href_for(view)
                        aria-current=current
                        on:click=move |ev| go(view, ev)
                    >
                        {view.label()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="main-nav" aria-label="Main">
            <ul>{links}</ul>
        </nav>
    }
}
