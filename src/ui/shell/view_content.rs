use leptos::prelude::*;

use crate::domain::model::view::View;
use crate::ui::budget::BudgetView;
use crate::ui::learn::LearnView;
use crate::ui::matrix::MatrixView;
use crate::ui::quiz::QuizView;
use crate::ui::report::ReportView;
use crate::ui::state::use_app;
use crate::ui::timezones::TimeZonesView;

/// The current screen under its heading.
#[component]
pub fn ViewContent() -> impl IntoView {
    let state = use_app();
    move || {
        let view = state.view.get();
        let body = match view {
            View::Quiz => view! { <QuizView/> }.into_any(),
            View::Matrix => view! { <MatrixView/> }.into_any(),
            View::Budget => view! { <BudgetView/> }.into_any(),
            View::Learn => view! { <LearnView/> }.into_any(),
            View::Report => view! { <ReportView/> }.into_any(),
            View::TimeZones => view! { <TimeZonesView/> }.into_any(),
        };
        view! {
            <h1 class="view-title">{view.title()}</h1>
            {body}
        }
    }
}
