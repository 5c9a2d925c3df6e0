//! The Budget screen: inputs, the budget slider, results per option, the
//! cumulative-cost chart, the location figures and every assumption.
//! Everything shown comes from `domain::cost`, `domain::budget` and
//! `domain::chart`; these components display it and turn events into calls.

mod assumptions;
mod chart;
mod field;
mod inputs;
mod places;
mod slider;

use leptos::prelude::*;

use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::present::chart::{totals, View};
use crate::domain::rules::cost::{project_with_time, Projection};
use crate::ui::state::use_app;

use assumptions::AssumptionsPanel;
use chart::CostChart;
use inputs::InputsCard;
use places::PlacesCard;
use slider::{BudgetCard, ResultsTable};

/// What the budget components share, derived from the open scenario in
/// slices so that dragging the budget only re-applies the budget.
#[derive(Clone, Copy)]
pub struct BudgetContext {
    /// The cost inputs without the budget.
    pub cost: Memo<CostInputs>,
    /// The scenario's location edits.
    pub edits: Memo<LocationOverrides>,
    /// The projection at the default budget (recomputed only when an input changes).
    pub base: Memo<Projection>,
    /// The projection with the scenario's budget applied.
    pub shown: Memo<Projection>,
    /// The chart's view state (hidden lines, the band in focus): shared by
    /// the chart's legend and the results table, never saved.
    pub view: RwSignal<View>,
}

impl BudgetContext {
    /// The option whose best/worst band the chart shades (tracked: a plain
    /// read rather than a memo, as it costs next to nothing to work out).
    pub fn focus(&self) -> Option<usize> {
        self.base.with(|p| self.view.get().focus(&totals(p)))
    }
}

#[component]
pub fn BudgetView() -> impl IntoView {
    let state = use_app();
    let cost = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut c = w.active().cost.clone();
            c.annual_budget = None;
            c
        })
    });
    let edits = Memo::new(move |_| state.workspace.with(|w| w.active().location_edits.clone()));
    let time = Memo::new(move |_| state.workspace.with(|w| w.active().time.clone()));
    // Distance costs follow the scenario's working day.
    let base = Memo::new(move |_| {
        cost.with(|c| edits.with(|e| time.with(|t| project_with_time(c, e, t))))
    });
    // The budget is read here directly rather than through a memo of its
    // own: `shown` compares its result, so nothing below moves unless it
    // changed.
    let shown = Memo::new(move |_| {
        let mut p = base.get();
        if let Some(b) = state.workspace.with(|w| w.active().cost.annual_budget) {
            p.apply_budget(b);
        }
        p
    });
    provide_context(BudgetContext {
        cost,
        edits,
        base,
        shown,
        view: RwSignal::new(View::default()),
    });
    view! {
        <p class="lede">
            "What each option costs year by year, when it pays off against keeping the work in-house, and what fits your annual budget. Every figure below can be changed; every assumption is listed with its source."
        </p>
        <div class="budget-top">
            <InputsCard/>
            <BudgetCard/>
        </div>
        <ResultsTable/>
        <CostChart/>
        <PlacesCard/>
        <AssumptionsPanel/>
    }
}

pub fn use_budget() -> BudgetContext {
    expect_context::<BudgetContext>()
}
