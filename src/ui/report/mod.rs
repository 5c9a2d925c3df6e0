//! The Report: the active scenario summarised for print and for forwarding
//! (`domain::report` writes every word; this view lays it out and offers
//! the downloads).

use leptos::prelude::*;

use crate::domain::present::report;
use crate::ui::files;
use crate::ui::state::use_app;
use crate::ui::widgets::field_message;

#[component]
pub fn ReportView() -> impl IntoView {
    let state = use_app();
    let scenario = Memo::new(move |_| state.workspace.with(|w| w.active().clone()));
    let markup = move || {
        scenario.with(|s| {
            let r = report::build(s, state.style.get());
            report::html(&r, &report::projection(s))
        })
    };
    let message = RwSignal::new(None::<String>);
    let save = move |kind: &'static str| {
        let result = scenario.with(|s| {
            let r = report::build(s, state.style.get_untracked());
            let stem = report::file_stem(&s.name);
            if kind == "md" {
                files::download(
                    &format!("{stem}.md"),
                    "text/markdown;charset=utf-8",
                    &report::markdown(&r),
                )
            } else {
                files::download(
                    &format!("{stem}.csv"),
                    "text/csv;charset=utf-8",
                    &report::csv(s, &r),
                )
            }
        });
        message.set(
            result
                .err()
                .map(|_| "Your browser did not allow the download.".to_string()),
        );
    };
    view! {
        <p class="lede">
            "A summary of this scenario to print or to send on: the recommendation and its reasons, the ranking, the costs, and every assumption with its source."
        </p>
        <div class="report-actions">
            <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>
                "Print"
            </button>
            <button type="button" class="button" on:click=move |_| save("md")>
                "Download Markdown"
            </button>
            <button type="button" class="button" on:click=move |_| save("csv")>
                "Download CSV"
            </button>
            <span role="status">
                {field_message(None, false, move || message.get())}
            </span>
        </div>
        <div class="report" inner_html=move || markup().into_string()></div>
    }
}
