use leptos::prelude::*;

use super::field::KnobField;
use super::use_budget;
use crate::domain::content::learn;
use crate::domain::model::inputs::{parse_number, Field};
use crate::domain::model::knob::Knob;
use crate::domain::present::budget;
use crate::domain::present::numbers::NumberStyle;
use crate::domain::rules::change::Msg;
use crate::ui::learn::TopicLink;
use crate::ui::state::use_app;

/// The annual budget: a slider from 0 to about twice the in-house cost and
/// a typed amount beside it. Moving it only re-applies the budget.
#[component]
pub fn BudgetCard() -> impl IntoView {
    let state = use_app();
    let shown = use_budget().shown;
    let whole = |x: f64| (x.max(0.0).round() as u64).to_string();
    view! {
        <section class="card budget-card" aria-labelledby="budget-heading">
            <h2 id="budget-heading">"Annual budget"</h2>
            <div class="field">
                <label for="budget-range">"Annual budget"</label>
                <input
                    id="budget-range"
                    type="range"
                    min=whole(Field::Budget.spec().min)
                    max=move || shown.with(|p| whole(p.budget_slider_max()))
                    step=move || shown.with(|p| whole(p.budget_slider_step()))
                    aria-valuetext=move || shown.with(|p| budget::budget_value_text(p.budget, &p.currency, state.style.get()))
                    prop:value=move || shown.with(|p| whole(p.budget))
                    on:input=move |ev| {
                        // A range input's value is plain digits, whatever the style.
                        if let Ok(v) = parse_number(&event_target_value(&ev), NumberStyle::En) {
                            let _ = state.send(Msg::SetBudget(Some(v)));
                        }
                    }
                />
            </div>
            <KnobField knob=Knob::of(Field::Budget) label="Budget amount"/>
            <p class="hint">
                {move || shown.with(budget::budget_default_note)}
                " "
                <button
                    type="button"
                    class="button button-quiet"
                    prop:hidden=move || shown.with(|p| p.budget_is_default)
                    on:click=move |_| {
                        let _ = state.send(Msg::SetBudget(None));
                    }
                >
                    "Use the in-house cost"
                </button>
            </p>
            <p class="budget-summary" aria-live="polite">{move || shown.with(|p| budget::budget_summary(p, state.style.get()))}</p>
        </section>
    }
}

/// Every option's figures at the current budget, as one real table (its
/// markup comes from the domain, so a slider move is one cheap update).
#[component]
pub fn ResultsTable() -> impl IntoView {
    let style = use_app().style;
    let ctx = use_budget();
    let (shown, view) = (ctx.shown, ctx.view);
    // One listener for the table's name buttons (its markup is the domain's;
    // a button holds only text, so it is the click's target).
    let pick = move |ev: leptos::ev::MouseEvent| {
        let index = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .filter(|el| el.class_name() == "pick")
            .and_then(|b| b.get_attribute("value"))
            .and_then(|v| v.parse::<usize>().ok());
        if let Some(i) = index {
            view.update(|v| *v = v.picking(i));
        }
    };
    view! {
        <section class="card results" aria-labelledby="results-heading">
            <h2 id="results-heading">"Cost of each option"</h2>
            <p class="hint" id="pick-hint">
                "Choose an option's name to shade its best to worst case on the chart below."
            </p>
            <div
                class="results-wrap"
                data-focus=move || ctx.focus().map(|i| i.to_string())
                on:click=pick
                inner_html=move || shown.with(|p| budget::results_table_html(p, style.get())).into_string()
            ></div>
            <p class="hint">
                {budget::FIGURES_NOTE}
                " "
                <TopicLink topic=learn::GLOSSARY>{budget::GLOSSARY_LINK}</TopicLink>
                "."
            </p>
            <p class="hint">{move || shown.with(|p| budget::captive_size_note(p, style.get()))}</p>
            {move || {
                shown
                    .with(budget::labour_gap_note)
                    .map(|note| view! { <p class="hint labour-gap">{note}</p> })
            }}
        </section>
    }
}
