//! The Time zones view: how the working day at home meets the day where the
//! work could go, hour by hour, and the matrix scores that follows
//! (`domain::timezones` decides everything; this view lays it out).

use leptos::prelude::*;

use crate::domain::model::time::STEP_SECONDS;
use crate::domain::model::view::View;
use crate::domain::present::timezones::{clock, html};
use crate::domain::rules::change::Msg;
use crate::domain::rules::timezones;
use crate::ui::address;
use crate::ui::state::use_app;
use crate::ui::widgets::{check_box, field_message, text_p};

#[component]
pub fn TimeZonesView() -> impl IntoView {
    let state = use_app();
    let settings = Memo::new(move |_| state.workspace.with(|w| w.active().time.clone()));
    let comparison = Memo::new(move |_| {
        state
            .workspace
            .with(|w| timezones::compare(&w.active().cost, &w.active().time))
    });
    let message = RwSignal::new(None::<String>);
    // A typed time is checked whole (start before end, an hour at least)
    // before it is kept; a bad one leaves the last good day in place.
    let set_time = move |start: bool, text: String| {
        let result = timezones::parse_clock(&text).and_then(|minutes| {
            let msg = if start {
                Msg::SetDayStart(minutes)
            } else {
                Msg::SetDayEnd(minutes)
            };
            state.send(msg).map_err(|e| state.refusal(&e))
        });
        message.set(result.err());
    };
    let open_budget = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        address::go(state, View::Budget);
    };
    view! {
        {text_p(
            "lede",
            "When the people at home and the team elsewhere are at work at the same time, and how much of the 24 hours the two cover together without night shifts.",
        )}
        <section class="card tz-settings" aria-labelledby="tz-day">
            <h2 id="tz-day">"The working day"</h2>
            <div class="field-grid">
                <div class="field">
                    <label for="tz-start">"Day starts (local time)"</label>
                    <input
                        id="tz-start"
                        type="time"
                        step=STEP_SECONDS.to_string()
                        aria-describedby="tz-msg"
                        prop:value=move || clock(i32::from(settings.get().day_start))
                        on:change=move |ev| set_time(true, event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="tz-end">"Day ends (local time)"</label>
                    <input
                        id="tz-end"
                        type="time"
                        step=STEP_SECONDS.to_string()
                        aria-describedby="tz-msg"
                        prop:value=move || clock(i32::from(settings.get().day_end))
                        on:change=move |ev| set_time(false, event_target_value(&ev))
                    />
                </div>
            </div>
            {field_message(Some("tz-msg".into()), true, move || message.get())}
            {check_box(
                " Northern summer (clocks an hour ahead where daylight saving applies)",
                None,
                Signal::derive(move || settings.get().summer),
                None,
                Callback::new(move |on: bool| {
                    let _ = state.send(Msg::SetSummer(on));
                }),
            )}
            <p class="hint">
                "The places are the home, nearshore, offshore and captive locations of the "
                <a href=address::href_for(View::Budget) on:click=open_budget>"Budget screen"</a>
                "; change them there. Offsets: IANA Time Zone Database 2025b."
            </p>
        </section>
        <section class="card tz-results" aria-labelledby="tz-results">
            <h2 id="tz-results">"Hours in common"</h2>
            <div inner_html=move || comparison.with(html).into_string()></div>
            {text_p(
                "hint",
                "The matrix scores time-zone alignment and 24/7 coverage with these figures (marked ◎ there); a score you set by hand in the matrix wins.",
            )}
        </section>
    }
}
