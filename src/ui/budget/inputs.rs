use leptos::prelude::*;

use super::field::{CurrencyField, KnobField, SelectField};
use super::use_budget;
use crate::domain::model::inputs::{parse_number, Field};
use crate::domain::model::knob::{Choice, Input, MAIN_INPUTS};
use crate::domain::present::budget;
use crate::domain::present::numbers::{percent_text, NumberStyle};
use crate::domain::rules::change::Msg;
use crate::ui::state::use_app;

/// The main inputs: team, pay, where the work goes, margin, horizon, hybrid.
#[component]
pub fn InputsCard() -> impl IntoView {
    let state = use_app();
    let ctx = use_budget();
    let fields = MAIN_INPUTS
        .into_iter()
        .map(|input| match input {
            Input::Number(knob) => view! { <KnobField knob=knob/> }.into_any(),
            Input::Pick(Choice::Currency) => view! { <CurrencyField/> }.into_any(),
            Input::Pick(choice) => view! { <SelectField choice=choice/> }.into_any(),
        })
        .collect_view();
    let share = move || ctx.cost.with(|c| percent_text(c.hybrid_share_pct));
    // The slider's range and step are the field's own (its record).
    let range = Field::HybridShare.spec();
    let whole = |x: f64| (x as u64).to_string();
    let typed_pay = move || {
        ctx.cost
            .with(|c| c.salary_per_fte.is_some() || c.employer_oncost_pct.is_some())
    };
    view! {
        <section class="card budget-inputs" aria-labelledby="inputs-heading">
            <h2 id="inputs-heading">"Your team and options"</h2>
            <div class="field-grid">{fields}</div>
            <p class="hint">{move || ctx.base.with(budget::salary_origin_note)}</p>
            <p class="hint">
                {move || ctx.cost.with(budget::pay_note)}
                " "
                <button
                    type="button"
                    class="button button-quiet"
                    prop:hidden=move || !typed_pay()
                    on:click=move |_| {
                        let _ = state.send(Msg::UseHomePay);
                    }
                >
                    "Use the home location's figures"
                </button>
            </p>
            <fieldset class="hybrid field-grid">
                <legend>"Hybrid"</legend>
                <div class="field">
                    <label for="hybrid-share">"Hybrid share moved out"</label>
                    <span class="field-row">
                        <input
                            id="hybrid-share"
                            type="range"
                            min=whole(range.min)
                            max=whole(range.max)
                            step=whole(range.step)
                            aria-valuetext=move || format!("{} moved out", share())
                            prop:value=move || share().trim_end_matches('%').to_string()
                            on:input=move |ev| {
                                // A range input's value is plain digits, whatever the style.
                                if let Ok(v) = parse_number(&event_target_value(&ev), NumberStyle::En) {
                                    let _ = state.send(Msg::SetHybridShare(v));
                                }
                            }
                        />
                        <span class="num" aria-hidden="true">{share}</span>
                    </span>
                </div>
                <SelectField choice=Choice::HybridTarget/>
            </fieldset>
        </section>
    }
}
