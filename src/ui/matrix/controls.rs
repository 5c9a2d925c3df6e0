use leptos::prelude::*;

use crate::domain::model::options::SourcingOption;
use crate::domain::model::scores::KnockOut;
use crate::domain::rules::change::Msg;
use crate::ui::state::use_app;
use crate::ui::widgets::{button, check_box};

/// Knock-out rules, which options the table shows, column order and resets.
#[component]
pub fn MatrixControls() -> impl IntoView {
    let state = use_app();
    let knockouts = KnockOut::ALL
        .into_iter()
        .map(|k| {
            let checked = move || state.workspace.with(|w| w.active().knockouts.contains(&k));
            let toggle = move |on: bool| {
                let _ = state.send(Msg::SetKnockOut(k, on));
            };
            check_box(
                k.label(),
                None,
                Signal::derive(checked),
                None,
                Callback::new(toggle),
            )
        })
        .collect_view();
    let shown = SourcingOption::ALL
        .into_iter()
        .map(|o| {
            let visible = move || state.workspace.with(|w| !w.active().hidden.contains(&o));
            // The last visible option cannot be hidden: the table would be empty.
            let last_visible = move || {
                state
                    .workspace
                    .with(|w| visible() && w.active().hidden.len() + 1 == SourcingOption::ALL.len())
            };
            // Hiding the last option shown is refused (and its box disabled).
            let toggle = move |shown: bool| {
                let _ = state.send(Msg::SetShown(o, shown));
            };
            check_box(
                o.name(),
                None,
                Signal::derive(visible),
                Some(Signal::derive(last_visible)),
                Callback::new(toggle),
            )
        })
        .collect_view();
    let by_total = move || state.workspace.with(|w| w.active().sort_by_total);
    let no_overrides = move || {
        state.workspace.with(|w| {
            let s = w.active();
            s.overrides.is_empty() && s.cost_scores.is_empty()
        })
    };
    view! {
        <section class="card matrix-controls" aria-labelledby="controls-heading">
            <h2 id="controls-heading">"Requirements and view"</h2>
            <fieldset>
                <legend>"Hard requirements (rule options out before scoring)"</legend>
                {knockouts}
            </fieldset>
            <fieldset>
                <legend>"Options shown in the table"</legend>
                <div class="check-grid">{shown}</div>
            </fieldset>
            {check_box(
                "Score the economics with my cost model",
                Some("economics-hint"),
                Signal::derive(move || state.workspace.with(|w| !w.active().fixed_economics)),
                None,
                Callback::new(move |on: bool| {
                    let _ = state.send(Msg::SetEconomicsFromCosts(on));
                }),
            )}
            <p id="economics-hint" class="hint">
                "The three economic rows follow the costs on the Budget screen. Turn this off to use fixed, typical scores instead; scores you set yourself stay."
            </p>
            {check_box(
                "Order columns by total",
                None,
                Signal::derive(by_total),
                None,
                Callback::new(move |on: bool| {
                    let _ = state.send(Msg::SetSortByTotal(on));
                }),
            )}
            <div class="button-row">
                {button(
                    "button button-quiet",
                    "Reset weights",
                    None,
                    Callback::new(move |_| {
                        let _ = state.send(Msg::ResetWeights);
                    }),
                )}
                {button(
                    "button button-quiet",
                    "Reset all scores",
                    Some(Signal::derive(no_overrides)),
                    Callback::new(move |_| {
                        let _ = state.send(Msg::ResetScores);
                    }),
                )}
            </div>
        </section>
    }
}
