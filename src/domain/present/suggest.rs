//! A suggested score's reason: one sentence citing the user's own figures.

use crate::domain::present::budget::break_even_text;
use crate::domain::present::numbers::{format_money, percent_text, NumberStyle};
use crate::domain::rules::suggest::{Basis, Suggestion};

/// "over 5 years" / "over 1 year".
fn over_years(years: u32) -> String {
    if years == 1 {
        "over 1 year".into()
    } else {
        format!("over {years} years")
    }
}

/// Why the cost model suggests this score, citing the user's figures
/// (money in `currency`, the projection's).
pub fn reason(suggestion: &Suggestion, currency: &str, style: NumberStyle) -> String {
    let money = |x: f64| format_money(x, currency, style);
    match &suggestion.basis {
        Basis::LabourCost {
            steady_state,
            cut_pct,
            baseline,
        } => {
            let cut = *cut_pct;
            let compared = if *baseline {
                ", the baseline the other options are measured against".to_string()
            } else if cut > 0 {
                format!(", {} less than in-house", percent_text(cut as f64))
            } else if cut < 0 {
                format!(
                    ", {} more than in-house",
                    percent_text(cut.unsigned_abs() as f64)
                )
            } else {
                ", about the same as in-house".to_string()
            };
            format!(
                "Costs {} a year once settled in your cost model{compared}.",
                money(*steady_state)
            )
        }
        Basis::LongRunSavings {
            saved_pct,
            savings,
            break_even,
            baseline,
            horizon_years,
        } => {
            let saved = *saved_pct;
            let over = over_years(*horizon_years);
            if *baseline {
                format!("Saves nothing {over} in your cost model: it is the in-house baseline.")
            } else if saved > 0 {
                format!(
                    "Saves {} ({}) {over} in your cost model, transition included, and pays off in {}.",
                    percent_text(saved as f64),
                    money(*savings),
                    break_even_text(*break_even)
                )
            } else if saved < 0 {
                format!(
                    "Costs {} ({}) more than in-house {over} in your cost model, transition included.",
                    percent_text(saved.unsigned_abs() as f64),
                    money(-savings)
                )
            } else {
                format!("Costs about the same as in-house {over} in your cost model.")
            }
        }
        Basis::TransitionEase {
            one_time,
            ramp_up,
            share_pct,
        } => {
            if *one_time <= 0.0 && *ramp_up <= 0.0 {
                "No one-time transition cost and no ramp-up in your cost model: the work stays where it is."
                    .to_string()
            } else {
                format!(
                    "A one-time transition cost of {} and {} of extra running cost while the new team ramps up, together {} of a year of in-house cost in your cost model.",
                    money(*one_time),
                    money(*ramp_up),
                    percent_text(*share_pct as f64)
                )
            }
        }
    }
}

#[cfg(test)]
mod tests;
