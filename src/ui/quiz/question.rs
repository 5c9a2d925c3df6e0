use leptos::prelude::*;

use super::{act, focus_question};
use crate::domain::rules::quiz::{self, Action};
use crate::ui::learn::TopicLink;
use crate::ui::state::use_app;

/// One question: its answers as a radio group, why we ask, and back / skip / next.
#[component]
pub fn QuestionCard() -> impl IntoView {
    let state = use_app();
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
                view! {
                    <label class="choice">
                        <input
                            type="radio"
                            name="answer"
                            value=id
                            prop:checked=checked
                            on:change=move |_| act(state, Action::Answer(q, id.to_string()))
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
