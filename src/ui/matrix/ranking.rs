use leptos::prelude::*;

use super::use_matrix;
use crate::domain::present::matrix;
use crate::domain::rules::matrix::whole;

/// The options best first with their totals, the ones ruled out with their
/// reasons, and how safe the lead is.
#[component]
pub fn RankingPanel() -> impl IntoView {
    let ctx = use_matrix();
    let eval = ctx.evaluation;
    let rows = move || {
        eval.with(|e| {
            e.ranking
                .iter()
                .map(|r| {
                    // Through the CSSOM (style:), not a style attribute: a strict
                    // Content-Security-Policy (style-src 'self') allows only the former.
                    let width = format!("{}%", whole(r.total));
                    let place = if r.tied_with_previous {
                        "=".to_string()
                    } else {
                        r.rank.to_string()
                    };
                    view! {
                        <li class="rank-row">
                            <span class="rank-place" aria-hidden="true">{place}</span>
                            <span class="rank-name">{r.option.name()}</span>
                            <span class="rank-total num">
                                {matrix::total_label(r.total)}
                                <span class="sr-only">" of 100"</span>
                            </span>
                            <span class="rank-bar" aria-hidden="true">
                                <span class="rank-bar-fill" style:width=width></span>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let excluded = move || {
        eval.with(|e| {
            e.excluded
                .iter()
                .map(|x| {
                    view! {
                        <li>
                            <span class="ruled-out-mark" aria-hidden="true">"⊘"</span>
                            // Each reason names its option already.
                            <span>{x.reasons.join(" ")}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let has_excluded = move || eval.with(|e| !e.excluded.is_empty());
    let close_call =
        move || eval.with(|e| e.close_call || (e.margin == 0.0 && e.runner_up.is_some()));
    view! {
        <section class="card ranking" aria-labelledby="ranking-heading">
            <h2 id="ranking-heading">"Ranking"</h2>
            <ol class="rank-list" aria-label="Options ranked by weighted total, out of 100">
                {rows}
            </ol>
            <Show when=has_excluded>
                <h3 class="ruled-out-heading">"Ruled out"</h3>
                <ul class="ruled-out-list">{excluded}</ul>
            </Show>
            <p class="verdict" class:close-call=close_call>
                <Show when=close_call>
                    <span class="badge" aria-hidden="true">"⚠"</span>
                    " "
                </Show>
                {move || eval.with(matrix::close_call_sentence)}
            </p>
            <p class="sensitivity">
                <strong>"What would change it: "</strong>
                {move || eval.with(matrix::flip_sentence)}
            </p>
            <p class="sr-only" aria-live="polite">{move || eval.with(matrix::ranking_summary)}</p>
        </section>
    }
}

/// Whether a weight is being changed (set by the weight cells).
#[derive(Clone, Copy)]
pub struct WeightEditing(pub RwSignal<bool>);

/// On a narrow screen, while a weight is being changed, the top two and
/// their gap stay in view at the bottom of the screen (the full ranking is
/// far above the weights there). Screen readers hear the ranking panel's
/// own announcement instead.
#[component]
pub fn MiniRanking() -> impl IntoView {
    let ctx = use_matrix();
    let WeightEditing(editing) = expect_context::<WeightEditing>();
    view! {
        <p class="mini-ranking" class:is-on=move || editing.get() aria-hidden="true">
            {move || ctx.evaluation.with(matrix::mini_ranking)}
        </p>
    }
}
