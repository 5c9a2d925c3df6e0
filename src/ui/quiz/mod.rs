//! The decision quiz: an introduction, one question per screen, and the result.

mod question;
mod result;

use leptos::prelude::*;

use crate::domain::model::view::View;
use crate::domain::rules::change::Msg;
use crate::domain::rules::quiz::Action;
use crate::ui::address;
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::{button, text_p};

use question::QuestionCard;
use result::ResultCard;

/// Applies a quiz action to the open scenario (an answer the question
/// does not offer is refused by the domain and changes nothing).
pub fn act(state: AppState, action: Action) {
    let _ = state.send(Msg::Quiz(action));
}

#[component]
pub fn QuizView() -> impl IntoView {
    let state = use_app();
    // The introduction shows until the quiz is started; a quiz in progress
    // (or finished) opens where the user left it.
    let untouched = move || {
        state.workspace.with(|w| {
            let q = &w.active().quiz;
            q.answers.is_empty() && q.current == 0 && !q.finished
        })
    };
    // A quiz resumed after a reload counts as started, so "Start over" leads
    // to the first question, as it does in the session that began the quiz.
    let started = RwSignal::new(!untrack(untouched));
    let finished = move || state.workspace.with(|w| w.active().quiz.finished);
    // Which screen shows, as a memo: the screen is rebuilt only when it
    // changes, not on every answer (that would drop the keyboard focus).
    let screen = Memo::new(move |_| {
        if untouched() && !started.get() {
            Screen::Intro
        } else if finished() {
            Screen::Result
        } else {
            Screen::Question
        }
    });
    move || match screen.get() {
        Screen::Intro => view! { <QuizIntro on_start=Callback::new(move |_| {
            started.set(true);
            focus_question();
        })/> }
        .into_any(),
        Screen::Result => view! { <ResultCard/> }.into_any(),
        Screen::Question => view! { <QuestionCard/> }.into_any(),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Intro,
    Question,
    Result,
}

/// Moves focus to the element with this id once it is on screen, so keyboard
/// and screen-reader users carry on from there.
pub(crate) fn focus_id(id: &'static str) {
    request_animation_frame(move || try_focus(id, 20));
}

/// Focuses the element, and tries again a little later while it is not on
/// screen yet or the focus did not take: under load WebKit sometimes lays out
/// the new screen after the first frame, and moves the focus of a removed
/// button to the page only then.
fn try_focus(id: &'static str, tries_left: u8) {
    let document = document();
    let done = document
        .get_element_by_id(id)
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        .map(|el| {
            // Firefox ignores focus() on a <legend> laid out for the first
            // time in this frame; asking for its size lays it out first.
            let _ = el.offset_height();
            let _ = el.focus();
            document.active_element().as_deref() == Some(el.as_ref())
        })
        .unwrap_or(false);
    if !done && tries_left > 0 {
        set_timeout(
            move || try_focus(id, tries_left - 1),
            std::time::Duration::from_millis(50),
        );
    } else if done && tries_left > 0 {
        watch_focus(id, 6);
    }
}

/// For a little while after the focus took, puts it back when it has fallen
/// to the page itself (never taking it from a control the user moved to):
/// under load WebKit drops the focus of a removed button to the page a few
/// frames late.
fn watch_focus(id: &'static str, checks_left: u8) {
    set_timeout(
        move || {
            let document = leptos::prelude::document();
            let on_page = match (document.active_element(), document.body()) {
                (None, _) => true,
                (Some(active), Some(body)) => active == *body.as_ref(),
                _ => false,
            };
            if on_page {
                try_focus(id, 0);
            }
            if checks_left > 1 {
                watch_focus(id, checks_left - 1);
            }
        },
        std::time::Duration::from_millis(150),
    );
}

/// Moves focus to the question on screen.
pub(crate) fn focus_question() {
    focus_id("quiz-question");
}

/// What a newcomer reads first.
#[component]
fn QuizIntro(
    /// Called when the user starts the quiz.
    on_start: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let go = move |view: View| {
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            address::go(state, view);
        }
    };
    view! {
        <section class="card quiz-intro">
            {text_p(
                "lede",
                "Shoreline helps you decide how to source one business function: keep it in-house, hand it to a firm at home, or move it abroad to a vendor or to a centre of your own. Everything runs in this page; nothing you enter leaves your browser.",
            )}
            <p>
                "Answer fourteen short questions and get a ranked recommendation with the reasons behind it. A click or tap on an answer moves on to the next question. You can skip any question or answer “Not sure”."
            </p>
            {button("button button-large", "Start the quiz (about 3 minutes)", None, on_start)}
            <p class="quiet-links">
                "Or go straight to the "
                <a href=address::href_for(View::Matrix) on:click=go(View::Matrix)>"comparison matrix"</a>
                " or read the "
                <a href=address::href_for(View::Learn) on:click=go(View::Learn)>"guide to outsourcing and offshoring"</a>
                "."
            </p>
        </section>
    }
}
