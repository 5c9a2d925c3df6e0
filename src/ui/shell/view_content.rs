use leptos::prelude::*;

use super::pending::NotBuiltYet;
use crate::domain::route::View;
use crate::ui::address;
use crate::ui::budget::BudgetView;
use crate::ui::matrix::MatrixView;
use crate::ui::state::use_app;

/// The current screen under its heading.
#[component]
pub fn ViewContent() -> impl IntoView {
    let state = use_app();
    move || {
        let view = state.view.get();
        let body = match view {
            View::Quiz => view! { <QuizIntro/> <NotBuiltYet view=View::Quiz/> }.into_any(),
            View::Matrix => view! { <MatrixView/> }.into_any(),
            View::Budget => view! { <BudgetView/> }.into_any(),
            other => view! { <NotBuiltYet view=other/> }.into_any(),
        };
        view! {
            <h1 class="view-title">{view.title()}</h1>
            {body}
        }
    }
}

/// What a newcomer reads first, with the way to what is already built.
#[component]
fn QuizIntro() -> impl IntoView {
    let state = use_app();
    let open_matrix = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        address::go(state, View::Matrix);
    };
    view! {
        <p class="lede">
            "Shoreline helps you decide how to source one business function: keep it in-house, hand it to a firm at home, or move it abroad to a vendor or to a centre of your own. Everything runs in this page; nothing you enter leaves your browser."
        </p>
        <p>
            "While the quiz is being built, go straight to the "
            <a href=address::href_for(View::Matrix) on:click=open_matrix>"comparison matrix"</a>
            " to weigh the six options yourself."
        </p>
    }
}
