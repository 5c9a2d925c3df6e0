use leptos::prelude::*;

use super::{act, focus_id, focus_question};
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::view::View;
use crate::domain::present::matrix::total_label;
use crate::domain::present::numbers::NumberStyle;
use crate::domain::present::quiz::answers_that_counted;
use crate::domain::present::recommend as words;
use crate::domain::rules::change::Msg;
use crate::domain::rules::quiz::{self, Action};
use crate::domain::rules::recommend::{self, BudgetFit, Recommendation};
use crate::ui::address;
use crate::ui::state::use_app;

/// The recommendation, in words a manager would forward, with one click into
/// the matrix or the costs.
#[component]
pub fn ResultCard() -> impl IntoView {
    let state = use_app();
    let style = state.style;
    let rec = Memo::new(move |_| {
        state.workspace.with(|w| {
            let s = w.active();
            recommend::recommend(s)
        })
    });
    let confirming = RwSignal::new(false);
    let open_matrix = move |_| {
        // The result was ranked with the quiz's team size, horizon and
        // function, so the matrix takes them too.
        let _ = state.send(Msg::UseQuizInMatrix);
        address::go(state, View::Matrix);
    };
    let see_costs = move |_| {
        let _ = state.send(Msg::UseQuizInCosts);
        address::go(state, View::Budget);
    };
    let reasons = move || rec.with(|r| reason_items(r, false, style.get()));
    let lost = move || rec.with(|r| reason_items(r, true, style.get()));
    let ranking = move || {
        rec.with(|r| {
            r.ranking
                .iter()
                .map(|x| {
                    view! {
                        <li>
                            <span>{x.option.name()}</span>
                            <span class="num">{total_label(x.total)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let knockouts = move || {
        rec.with(|r| {
            r.knockouts
                .iter()
                .map(|(_, why)| view! { <li>{why.clone()}</li> })
                .collect_view()
        })
    };
    let has_knockouts = move || rec.with(|r| !r.knockouts.is_empty());
    let counted = move || {
        rec.with(|r| {
            let team = state
                .workspace
                .with(|w| quiz::team_size(&w.active().cost, &r.outcome));
            answers_that_counted(&r.outcome, team, style.get())
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        })
    };
    let budget = move || rec.with(|r| words::budget_text(&r.budget, style.get()));
    let budget_fits = move || {
        rec.with(|r| match &r.budget {
            BudgetFit::Checked { leader, .. } => Some(leader.fits()),
            _ => None,
        })
    };
    let runner_up = move || rec.with(|r| r.runner_up.map(|o| o.name()).unwrap_or_default());
    view! {
        <section class="card quiz-result" aria-labelledby="result-heading">
            <h2 id="result-heading">{move || rec.with(words::headline)}</h2>
            <p class="verdict" class:close-call=move || rec.with(|r| r.close_call)>
                {move || rec.with(words::close_call)}
            </p>
            <p
                class="budget-fit"
                class:fits=move || budget_fits() == Some(true)
                class:misses=move || budget_fits() == Some(false)
            >
                <strong>"Budget: "</strong>
                {budget}
            </p>
            <div class="result-grid">
                <div>
                    <h3>"Why it comes out on top"</h3>
                    <ul class="reasons">{reasons}</ul>
                    <Show when=move || rec.with(|r| r.runner_up.is_some())>
                        <h3>"Why " {runner_up} " came second"</h3>
                        <ul class="reasons">{lost}</ul>
                    </Show>
                    <Show when=has_knockouts>
                        <h3>"Ruled out by your answers"</h3>
                        <ul class="reasons">{knockouts}</ul>
                    </Show>
                    <h3>"What would change it"</h3>
                    <p>{move || rec.with(words::what_would_change)}</p>
                    <h3>"Your answers that counted"</h3>
                    <ul class="reasons answers-counted">{counted}</ul>
                </div>
                <div>
                    <h3>"All options, out of 100"</h3>
                    <ol class="result-ranking">{ranking}</ol>
                </div>
            </div>
            <div class="button-row">
                <button type="button" class="button" on:click=open_matrix>"Open in the matrix"</button>
                <button type="button" class="button button-quiet" on:click=see_costs>"See the costs"</button>
                <button type="button" class="button button-quiet" on:click=move |_| {
                    act(state, Action::Goto(0));
                    focus_question();
                }>
                    "Edit answers"
                </button>
                <button type="button" id="start-over" class="button button-quiet" on:click=move |_| {
                    confirming.set(true);
                    focus_id("confirm-cancel");
                }>
                    "Start over"
                </button>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">"Clear all your answers and start the quiz again? The matrix and costs keep what you applied."</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| {
                            confirming.set(false);
                            act(state, Action::StartOver);
                            focus_question();
                        }>"Yes, clear my answers"</button>
                        <button type="button" id="confirm-cancel" class="button button-quiet" on:click=move |_| {
                            confirming.set(false);
                            focus_id("start-over");
                        }>
                            "Cancel"
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}

/// The reasons for the leader, or why the runner-up lost, each with the answer behind it.
fn reason_items(rec: &Recommendation, runner_up: bool, style: NumberStyle) -> impl IntoView {
    let list = if runner_up {
        &rec.runner_up_lost
    } else {
        &rec.reasons
    };
    list.iter()
        .map(|reason| {
            let source = reason.question.map(|q: QuestionId| q.prompt());
            view! {
                <li>
                    {words::reason_text(reason, &rec.outcome, !runner_up, style)}
                    {source.map(|p| view! { <span class="muted">" (from: " {p} ")"</span> })}
                </li>
            }
        })
        .collect_view()
}
