//! The comparison matrix screen: ranking, controls, the table and the cell dialog.

mod cell_dialog;
mod controls;
mod ranking;
mod table;

use leptos::prelude::*;

use crate::domain::criteria::Criterion;
use crate::domain::matrix::{self, Evaluation};
use crate::domain::options::SourcingOption;
use crate::ui::state::use_app;

use cell_dialog::CellDialog;
use controls::MatrixControls;
use ranking::RankingPanel;
use table::MatrixTable;

/// What the matrix components share: the evaluation derived from the open
/// scenario, and the cell whose details are open.
#[derive(Clone, Copy)]
pub struct MatrixContext {
    pub evaluation: Memo<Evaluation>,
    pub selected: RwSignal<Option<(SourcingOption, Criterion)>>,
}

#[component]
pub fn MatrixView() -> impl IntoView {
    let state = use_app();
    let evaluation = Memo::new(move |_| {
        state.workspace.with(|w| {
            let s = w.active();
            matrix::evaluate(&s.weights, &s.overrides, &s.knockouts)
        })
    });
    provide_context(MatrixContext {
        evaluation,
        selected: RwSignal::new(None),
    });
    view! {
        <p class="lede">
            "Every sourcing option scored from 1 to 5 against eighteen criteria. Set how much each criterion matters to you and watch the ranking move. Higher is always better: a 5 for “Low labour & operating cost” means the cheapest."
        </p>
        <div class="matrix-top">
            <RankingPanel/>
            <MatrixControls/>
        </div>
        <MatrixTable/>
        <CellDialog/>
    }
}

pub fn use_matrix() -> MatrixContext {
    expect_context::<MatrixContext>()
}
