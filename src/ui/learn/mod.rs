//! The Learn guide: a contents list and one section per topic, all drawn
//! from `domain::learn` in one loop, and the link other screens use to open
//! the guide at a topic.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::domain::content::learn::{Block, TOPICS};
use crate::domain::formats::route;
use crate::domain::model::view::View;
use crate::ui::address;
use crate::ui::state::use_app;

#[component]
pub fn LearnView() -> impl IntoView {
    // A deep link (`?view=learn&topic=<id>`) opens at its section.
    if let Some(id) = route::topic_from_query(&address::current_query()) {
        reveal_topic(id);
    }
    let contents = TOPICS
        .iter()
        .map(|t| view! { <li><TopicLink topic=t.id>{t.title}</TopicLink></li> })
        .collect_view();
    let sections = TOPICS
        .iter()
        .map(|t| {
            view! {
                <section class="learn-topic">
                    <h2 id=t.id tabindex="-1">{t.title}</h2>
                    {t.blocks.iter().map(block).collect_view()}
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="learn">
            <p class="lede">
                "A short guide to the ideas behind Shoreline's options and criteria. Each quiz question and each matrix row links to the part that explains it."
            </p>
            <nav class="card learn-contents" aria-label="Contents">
                <ol>{contents}</ol>
            </nav>
            {sections}
        </div>
    }
}

/// A paragraph, or a list whose points start with a bold lead-in.
fn block(b: &'static Block) -> AnyView {
    match b {
        Block::Para(text) => view! { <p>{*text}</p> }.into_any(),
        Block::Points(points) => {
            let items = points
                .iter()
                .map(|(lead, text)| view! { <li><strong>{*lead}</strong>" "{*text}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
    }
}

/// A link to a section of the guide. A plain click opens it in place (and
/// records it in the history); other clicks are left to the browser.
#[component]
pub fn TopicLink(
    /// The id of the topic to open.
    #[prop(into)]
    topic: Signal<&'static str>,
    /// Extra class names for the link.
    #[prop(optional)]
    class: &'static str,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let state = use_app();
    let on_click = move |ev: MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        let id = topic.get_untracked();
        let mounted = state.view.get_untracked() == View::Learn;
        address::go_topic(state, id);
        // A newly shown guide finds the topic in the address when it mounts.
        if mounted {
            reveal_topic(id);
        }
    };
    view! {
        <a class=class href=move || address::href_for_topic(topic.get()) on:click=on_click>
            {children()}
        </a>
    }
}

/// Once the section is on screen: scrolls its heading to the top (clear of
/// the sticky navigation) and moves the focus to it, so keyboard and
/// screen-reader users carry on reading from there.
fn reveal_topic(id: &'static str) {
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(id) else {
            return;
        };
        el.scroll_into_view();
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    });
}
