use std::time::Duration;

use leptos::prelude::*;

use super::{act, focus_question};
use crate::domain::model::quiz::QuestionId;
use crate::domain::present::quiz::question_announcement;
use crate::domain::rules::quiz::{self, Action, Chosen, PAUSE_BEFORE_NEXT_MS};
use crate::ui::learn::TopicLink;
use crate::ui::state::{use_app, AppState};

/// How a click on an answer came about. A mouse click or a touch tap counts
/// at least one click (`detail` 1 or more); the click a browser makes when
/// arrow keys or Space select a radio counts none, in Chromium, Firefox and
/// WebKit alike. The click is read on the answer's `<label>`: WebKit
/// forwards a click on the label's text to the radio with `detail` 0, but
/// the click on the text itself reaches the label first with its count.
fn chosen_by(ev: &leptos::ev::MouseEvent) -> Chosen {
    if ev.detail() > 0 {
        Chosen::ByPointer
    } else {
        Chosen::ByKeyboard
    }
}

/// Runs `action` after the pause, unless the user has moved in the meantime
/// (then it would change nothing), and puts the focus on the new question.
fn move_on_later(state: AppState, action: Action) -> Option<TimeoutHandle> {
    set_timeout_with_handle(
        move || {
            let moves = state.workspace.with_untracked(|w| {
                let q = &w.active().quiz;
                quiz::apply(q, action.clone()) != *q
            });
            if moves {
                act(state, action);
                focus_question();
            }
        },
        Duration::from_millis(PAUSE_BEFORE_NEXT_MS),
    )
    .ok()
}

/// One question: its answers as a radio group, why we ask, and back / skip / next.
/// A click or tap on an answer moves on by itself after a short pause; the
/// keyboard selects with the arrow keys and moves on with Enter or Next.
#[component]
pub fn QuestionCard() -> impl IntoView {
    let state = use_app();
    // The pending move after a pointer choice: a second click restarts the
    // pause, and the move is dropped when the card leaves the screen.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    on_cleanup(cancel_pending);
    let choose = move |question: QuestionId, id: &'static str, how: Chosen| {
        act(state, Action::Answer(question, id.to_string()));
        let then = state
            .workspace
            .with_untracked(|w| quiz::after_choosing(&w.active().quiz, question, how));
        if let Some(action) = then {
            cancel_pending();
            let handle = move_on_later(state, action);
            pending.try_set_value(handle);
        }
    };
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
                // A pointer choice is handled on the label's click; the
                // keyboard's (and any other) selection on the radio's change.
                view! {
                    <label
                        class="choice"
                        on:click=move |ev| {
                            if chosen_by(&ev) == Chosen::ByPointer {
                                choose(q, id, Chosen::ByPointer);
                            }
                        }
                    >
                        <input
                            type="radio"
                            name="answer"
                            value=id
                            prop:checked=checked
                            on:change=move |_| choose(q, id, Chosen::ByKeyboard)
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
                    <button
                        type="button"
                        class="button button-quiet"
                        prop:disabled=move || progress.get().0 == 1
                        on:click=move |_| {
                            act(state, Action::Back);
                            focus_question();
                        }
                    >
                        "Back"
                    </button>
                    <button
                        type="button"
                        class="button button-quiet"
                        on:click=move |_| {
                            act(state, Action::Skip);
                            focus_question();
                        }
                    >
                        "Skip"
                    </button>
                    <button type="submit" class="button">
                        {move || if progress.get().0 == progress.get().1 { "See the result" } else { "Next" }}
                    </button>
                </div>
            </form>
        </section>
    }
}
