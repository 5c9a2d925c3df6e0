use leptos::prelude::*;

use super::ranking::WeightEditing;
use super::use_matrix;
use crate::domain::content::learn;
use crate::domain::model::criteria::{Criterion, Group, MAX_WEIGHT, MIN_WEIGHT, WEIGHT_STEP};
use crate::domain::model::options::SourcingOption;
use crate::domain::model::scenario::WeightOrigin;
use crate::domain::present::matrix::{
    legend_html, percent, score_cell_class, score_cell_html, total_label,
};
use crate::domain::rules::change::Msg;
use crate::domain::rules::matrix;
use crate::ui::learn::TopicLink;
use crate::ui::state::use_app;

/// The matrix itself: criteria as rows (grouped), options as columns, a
/// weight control per row and the weighted totals at the foot.
#[component]
pub fn MatrixTable() -> impl IntoView {
    let state = use_app();
    let ctx = use_matrix();
    let columns = Memo::new(move |_| {
        state.workspace.with(|w| {
            let s = w.active();
            ctx.evaluation
                .with(|e| matrix::columns(e, &s.hidden, s.sort_by_total))
        })
    });
    let is_out = move |o: SourcingOption| ctx.sheet.with(|s| s.is_out(o));
    let head = move || {
        columns
            .get()
            .into_iter()
            .map(|o| {
                view! {
                    <th scope="col" class="option-col" class:ruled-out=move || is_out(o)>
                        <span class="option-name">{o.short_name()}</span>
                        {move || is_out(o).then(|| view! { <span class="ruled-out-tag">"⊘ ruled out"</span> })}
                    </th>
                }
            })
            .collect_view()
    };
    let body = move || {
        let cols = columns.get();
        let span = cols.len() + 2;
        Group::ALL
            .into_iter()
            .map(|g| {
                let rows = Criterion::in_group(g)
                    .map(|c| view! { <CriterionRow criterion=c columns=cols.clone()/> })
                    .collect_view();
                view! {
                    <tbody>
                        <tr class="group-row">
                            <th scope="rowgroup" colspan=span>{g.name()}</th>
                        </tr>
                        {rows}
                    </tbody>
                }
            })
            .collect_view()
    };
    let totals = move || {
        columns
            .get()
            .into_iter()
            .map(|o| {
                let text = move || {
                    ctx.evaluation.with(|e| match matrix::total_of(e, o) {
                        Some(t) => total_label(t),
                        None => "Ruled out".to_string(),
                    })
                };
                view! { <td class="num total-cell" class:ruled-out=move || is_out(o)>{text}</td> }
            })
            .collect_view()
    };
    view! {
        <p class="matrix-legend" inner_html=legend_html().into_string()></p>
        <div class="table-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class="matrix">
                <caption id="matrix-caption" class="sr-only">
                    "Scores of each sourcing option on each criterion, with weights and weighted totals"
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="criterion-col">"Criterion"</th>
                        <th scope="col" class="weight-col">"Weight (share)"</th>
                        {head}
                    </tr>
                </thead>
                {body}
                <tfoot>
                    <tr>
                        <th scope="row" class="criterion-col">"Weighted total (of 100)"</th>
                        <td></td>
                        {totals}
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// One criterion: its name, its weight control and one score per column.
#[component]
fn CriterionRow(
    /// The row's criterion.
    criterion: Criterion,
    /// The option columns, in display order.
    columns: Vec<SourcingOption>,
) -> impl IntoView {
    let state = use_app();
    let ctx = use_matrix();
    let weight = move || {
        ctx.weights
            .with(|w| w.get(&criterion).copied().unwrap_or(0))
    };
    let share = move || {
        ctx.shares
            .with(|s| s.get(&criterion).copied().unwrap_or(0.0))
    };
    let on_input = move |ev| {
        if let Ok(value) = event_target_value(&ev).parse::<u8>() {
            let _ = state.send(Msg::SetWeight(criterion, value));
        }
    };
    let step = move |up: bool| {
        let _ = state.send(Msg::StepWeight(criterion, up));
    };
    let WeightEditing(editing) = expect_context::<WeightEditing>();
    let name = criterion.name();
    let cells = columns
        .into_iter()
        .map(|o| view! { <ScoreCell option=o criterion=criterion/> })
        .collect_view();
    view! {
        <tr>
            <th scope="row" class="criterion-col">
                <TopicLink topic=learn::topic_for_criterion(criterion) class="criterion-link">{name}</TopicLink>
            </th>
            <td
                class="weight-cell"
                on:focusin=move |_| editing.set(true)
                on:pointerdown=move |_| editing.set(true)
                on:focusout=move |_| editing.set(false)
            >
                <button
                    type="button"
                    class="weight-step"
                    aria-label=format!("Lower the weight of {name}")
                    prop:disabled=move || weight() == MIN_WEIGHT
                    on:click=move |_| step(false)
                >
                    "−"
                </button>
                <input
                    type="range"
                    min=MIN_WEIGHT.to_string()
                    max=MAX_WEIGHT.to_string()
                    step=WEIGHT_STEP.to_string()
                    aria-label=format!("Weight of {name}")
                    aria-valuetext=move || {
                        format!("{} of {}, {} of the total", weight(), MAX_WEIGHT, percent(share()))
                    }
                    prop:value=move || weight().to_string()
                    on:input=on_input
                />
                <button
                    type="button"
                    class="weight-step"
                    aria-label=format!("Raise the weight of {name}")
                    prop:disabled=move || { weight() >= MAX_WEIGHT }
                    on:click=move |_| step(true)
                >
                    "+"
                </button>
                <span class="weight-value num" aria-hidden="true">{weight}</span>
                <span class="weight-share num" aria-hidden="true">{move || percent(share())}</span>
                {move || match ctx.origins.with(|o| o.get(&criterion).copied()) {
                    Some(WeightOrigin::Quiz) => Some(view! { <span class="origin">"from quiz"</span> }.into_any()),
                    Some(WeightOrigin::ChangedSinceQuiz) => {
                        Some(view! { <span class="origin origin-hand">"✎ changed since quiz"</span> }.into_any())
                    }
                    _ => None,
                }}
            </td>
            {cells}
        </tr>
    }
}

/// One score: a button that opens the cell's rationale, marked when it is
/// the best in its row or changed by the user. Its class and its content
/// follow the cell's facts through two closures (the content as escaped
/// markup from the domain), not one per mark.
#[component]
fn ScoreCell(
    /// The column's option.
    option: SourcingOption,
    /// The row's criterion.
    criterion: Criterion,
) -> impl IntoView {
    let ctx = use_matrix();
    let facts = move || ctx.sheet.with(|s| s.cell(option, criterion));
    view! {
        <td class=move || score_cell_class(&facts())>
            <button
                type="button"
                class="cell-button"
                aria-haspopup="dialog"
                on:click=move |_| ctx.selected.set(Some((option, criterion)))
                inner_html=move || score_cell_html(option, &facts()).into_string()
            ></button>
        </td>
    }
}
