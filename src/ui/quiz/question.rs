use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

use super::{act, focus_question};
use crate::domain::model::quiz::QuestionId;
use crate::domain::present::quiz::question_announcement;
use crate::domain::rules::quiz::{self, Action, Chosen, PAUSE_BEFORE_NEXT_MS};
use crate::ui::learn::TopicLink;
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::button;

thread_local! {
    /// The move waiting for the end of the pause after a pointer choice.
    static PENDING: Cell<Option<TimeoutHandle>> = const { Cell::new(None) };
}

/// Drops the move waiting for the end of the pause, if any.
fn cancel_pending() {
    if let Some(handle) = PENDING.take() {
        handle.clear();
    }
}

/// Records an answer chosen with a pointer and, when the quiz rules say so,
/// moves on after the pause (a second click restarts it). At the end of the
/// pause the rules are asked again, so a move the user has overtaken (Back,
/// Next, the result) does nothing; the focus goes to the new question as
/// after Next.
fn choose_by_pointer(state: AppState, question: QuestionId, id: &'static str) {
    let due = move || {
        state
            .workspace
            .with_untracked(|w| quiz::after_choosing(&w.active().quiz, question, Chosen::ByPointer))
    };
    act(state, Action::Answer(question, id.to_string()));
    if due().is_some() {
        cancel_pending();
        let handle = set_timeout_with_handle(
            move || {
                PENDING.set(None);
                if let Some(action) = due() {
                    act(state, action);
                    focus_question();
                }
            },
            Duration::from_millis(PAUSE_BEFORE_NEXT_MS),
        );
        PENDING.set(handle.ok());
    }
}

/// Records the answer Space was pressed on and, as the quiz rules say,
/// moves on at once (Space confirms like Enter; the arrow keys only
/// select). The browser's own Space is prevented, so no click follows.
fn choose_by_space(state: AppState, question: QuestionId, id: &'static str) {
    cancel_pending();
    act(state, Action::Answer(question, id.to_string()));
    let due = state
        .workspace
        .with_untracked(|w| quiz::after_choosing(&w.active().quiz, question, Chosen::BySpace));
    if let Some(action) = due {
        act(state, action);
        focus_question();
    }
}

/// One question: its answers as a radio group, why we ask, and back / skip / next.
/// A click or tap on an answer moves on by itself after a short pause; the
/// keyboard selects with the arrow keys and moves on with Space, Enter or
/// Next.
#[component]
pub fn QuestionCard() -> impl IntoView {
    let state = use_app();
    // A move still waiting when the card leaves the screen is dropped.
    on_cleanup(cancel_pending);
    let quiz_state = Memo::new(move |_| state.workspace.with(|w| w.active().quiz.clone()));
    let question = Memo::new(move |_| quiz_state.with(quiz::current_question));
    let progress = Memo::new(move |_| quiz_state.with(quiz::progress));
    let chosen =
        move || quiz_state.with(|q| q.answers.get(&question.get()).cloned().unwrap_or_default());
    let answers = move || {
        let q = question.get();
        q.choices()
            .iter()
            .map(|choice| {
                let id = choice.id;
                let checked = move || chosen() == id;
                // A mouse click or a touch tap counts at least one click
                // (`detail` 1 or more); the click a browser makes when the
                // arrow keys or Space select a radio counts none, in
                // Chromium, Firefox and WebKit alike. It is read on the
                // label: WebKit passes a click on the label's words on to
                // the radio with `detail` 0, but the click on the words
                // reaches the label first with its count. Any selection
                // (the keyboard's too) is recorded on the radio's change.
                view! {
                    <label
                        class="choice"
                        on:click=move |ev| {
                            if ev.detail() > 0 {
                                choose_by_pointer(state, q, id);
                            }
                        }
                    >
                        <input
                            type="radio"
                            name="answer"
                            value=id
                            prop:checked=checked
                            on:change=move |_| act(state, Action::Answer(q, id.to_string()))
                            on:keydown=move |ev| {
                                if ev.key() == " " {
                                    ev.prevent_default();
                                    choose_by_space(state, q, id);
                                }
                            }
                        />
                        <span>{choice.label}</span>
                    </label>
                }
            })
            .collect_view()
    };
    let topic = Signal::derive(move || question.get().learn_topic());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        act(state, Action::Next);
        focus_question();
    };
    view! {
        <section class="card quiz-card" aria-labelledby="quiz-progress-label">
            <p class="quiz-progress" id="quiz-progress-label">
                {move || {
                    let (at, of) = progress.get();
                    format!("Question {at} of {of}")
                }}
            </p>
            // Says which question came on screen, however the quiz moved.
            <p class="sr-only" aria-live="polite">
                {move || quiz_state.with(question_announcement)}
            </p>
            <progress
                max=move || progress.get().1.to_string()
                value=move || progress.get().0.to_string()
                aria-labelledby="quiz-progress-label"
            ></progress>
            <form on:submit=on_submit>
                <fieldset class="choices">
                    <legend id="quiz-question" tabindex="-1">{move || question.get().prompt()}</legend>
                    {answers}
                </fieldset>
                <p class="why">
                    <strong>"Why we ask: "</strong>
                    {move || question.get().why()}
                    " "
                    <TopicLink topic=topic>"Learn more"</TopicLink>
                </p>
                <div class="button-row quiz-nav">
                    {button(
                        "button button-quiet",
                        "Back",
                        Some(Signal::derive(move || progress.get().0 == 1)),
                        Callback::new(move |_| {
                            act(state, Action::Back);
                            focus_question();
                        }),
                    )}
                    {button(
                        "button button-quiet",
                        "Skip",
                        None,
                        Callback::new(move |_| {
                            act(state, Action::Skip);
                            focus_question();
                        }),
                    )}
                    <button type="submit" class="button">
                        {move || if progress.get().0 == progress.get().1 { "See the result" } else { "Next" }}
                    </button>
                </div>
            </form>
        </section>
    }
}
