//! The comparison matrix screen: ranking, controls, the table and the cell dialog.

mod cell_dialog;
mod controls;
mod ranking;
mod table;

use leptos::prelude::*;

use crate::domain::model::small::SmallMap;

use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::scenario::WeightOrigin;
use crate::domain::rules::matrix::{self, Evaluation, Sheet};
use crate::domain::rules::sheet::ScoreSheet;
use crate::ui::state::use_app;
use crate::ui::widgets::text_p;

use cell_dialog::CellDialog;
use controls::MatrixControls;
use ranking::{MiniRanking, RankingPanel, WeightEditing};
use table::MatrixTable;

/// What the matrix components share, derived from the open scenario in
/// slices so that a weight change only reaches what depends on weights.
#[derive(Clone, Copy)]
pub struct MatrixContext {
    /// Ranking, knock-outs, close call, sensitivity.
    pub evaluation: Memo<Evaluation>,
    /// Per-cell scores and marks; unchanged by weight changes.
    pub sheet: Memo<Sheet>,
    /// Every score with where it came from.
    pub scores: Memo<ScoreSheet>,
    pub weights: Memo<SmallMap<Criterion, u8>>,
    /// Each criterion's share of the total weight.
    pub shares: Memo<SmallMap<Criterion, f64>>,
    /// Whether each weight came from the quiz or was changed by hand since.
    pub origins: Memo<SmallMap<Criterion, WeightOrigin>>,
    /// The cell whose details are open.
    pub selected: RwSignal<Option<(SourcingOption, Criterion)>>,
}

#[component]
pub fn MatrixView() -> impl IntoView {
    let state = use_app();
    // The score sheet runs the cost model, so it is built once per change
    // of the scenario and shared by the ranking, the table and the dialog.
    let scores = Memo::new(move |_| {
        state
            .workspace
            .with(|w| ScoreSheet::for_scenario(w.active()))
    });
    let knockouts = Memo::new(move |_| state.workspace.with(|w| w.active().knockouts.clone()));
    let evaluation = Memo::new(move |_| {
        state.workspace.with(|w| {
            let s = w.active();
            scores.with(|sheet| matrix::evaluate(&s.weights, sheet, &s.knockouts))
        })
    });
    let sheet = Memo::new(move |_| knockouts.with(|k| scores.with(|sheet| Sheet::new(sheet, k))));
    let weights = Memo::new(move |_| {
        state.workspace.with(|w| {
            let s = w.active();
            Criterion::ALL
                .into_iter()
                .map(|c| (c, s.weight(c)))
                .collect::<SmallMap<_, _>>()
        })
    });
    let shares = Memo::new(move |_| weights.with(matrix::normalised_weights));
    let origins = Memo::new(move |_| {
        state.workspace.with(|w| {
            let s = w.active();
            Criterion::ALL
                .into_iter()
                .map(|c| (c, s.weight_origin(c)))
                .collect::<SmallMap<_, _>>()
        })
    });
    provide_context(MatrixContext {
        evaluation,
        sheet,
        scores,
        weights,
        shares,
        origins,
        selected: RwSignal::new(None),
    });
    provide_context(WeightEditing(RwSignal::new(false)));
    view! {
        {text_p(
            "lede",
            "Every sourcing option scored from 1 to 5 against eighteen criteria. Set how much each criterion matters to you and watch the ranking move. Higher is always better: a 5 for “Low labour & operating cost” means the cheapest.",
        )}
        <div class="matrix-top">
            <RankingPanel/>
            <MatrixControls/>
        </div>
        <MatrixTable/>
        <MiniRanking/>
        <CellDialog/>
    }
}

pub fn use_matrix() -> MatrixContext {
    expect_context::<MatrixContext>()
}
