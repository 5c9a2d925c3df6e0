//! Money across currencies in words: what a switch of currency did and at
//! which rate, the rate field's value and note, and the cited USD figures
//! written in the scenario's currency.

use crate::domain::content::money::{ecb_per_usd, RATES_SOURCE};
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::present::inputs::rate_problem;
use crate::domain::present::numbers::{decimal_text, format_money, NumberStyle};
use crate::domain::rules::money::{Conversion, MoneyNote, MoneyProblem, RateSource};

/// A rate with at least four significant digits: "0.9341", "160.6165",
/// "0.00003812".
pub fn rate_text(rate: f64, style: NumberStyle) -> String {
    let mut decimals = 4;
    let mut x = rate.abs();
    while x > 0.0 && x < 0.1 && decimals < 9 {
        x *= 10.0;
        decimals += 1;
    }
    decimal_text(rate, decimals, style)
}

/// Where a rate comes from, in brackets after it.
fn source_words(source: RateSource) -> &'static str {
    match source {
        RateSource::Yours => "your rate",
        _ => RATES_SOURCE,
    }
}

/// "Converted from USD at 1 USD = 0.9341 EUR (ECB reference rates, 28 June 2024)."
pub fn conversion_text(c: &Conversion, style: NumberStyle) -> String {
    format!(
        "Converted every amount from {} at 1 {} = {} {} ({}).",
        c.from,
        c.from,
        rate_text(c.rate, style),
        c.to,
        source_words(c.source)
    )
}

/// The message shown beside the Currency or Home choice.
pub fn note_text(note: &MoneyNote, c: &CostInputs, style: NumberStyle) -> String {
    match note {
        MoneyNote::Converted(conv) => conversion_text(conv, style),
        MoneyNote::Kept { home_currency } => format!(
            "The currency there is {home_currency}, for which the ECB publishes no reference rate, so the amounts stay in {}. To work in {home_currency}, choose it under Currency and type its rate.",
            c.currency
        ),
        MoneyNote::Refused(MoneyProblem::NoRate(code)) => format!(
            "The ECB publishes no reference rate for {code}. Type how many {code} one US dollar buys; the amounts stay in {} until then.",
            c.currency
        ),
        MoneyNote::Refused(MoneyProblem::BadRate) => rate_problem(style),
        MoneyNote::Refused(MoneyProblem::Code(message)) => message.clone(),
    }
}

/// The rate field's value: units of the scenario's currency per US dollar,
/// empty when there is no rate.
pub fn rate_value(c: &CostInputs, style: NumberStyle) -> String {
    match c.rate_source() {
        RateSource::Missing => String::new(),
        _ => c
            .per_usd()
            .map_or_else(String::new, |r| rate_text(r, style)),
    }
}

/// The note under the rate field: where the rate comes from and what it converts.
pub fn rate_note(c: &CostInputs, style: NumberStyle) -> String {
    let code = &c.currency;
    match c.rate_source() {
        RateSource::Dollar => String::new(),
        RateSource::Ecb => format!(
            "Source: {RATES_SOURCE} (euro foreign exchange reference rates, crossed through the euro). The cited USD figures (pay) are converted at it; type another rate if you prefer."
        ),
        RateSource::Yours => match ecb_per_usd(code) {
            Some(ecb) => format!(
                "Your input. The ECB reference rate of 28 June 2024 is {}.",
                rate_text(ecb, style)
            ),
            None => format!("Your input: the ECB publishes no reference rate for {code}."),
        },
        RateSource::Missing => format!(
            "The ECB publishes no reference rate for {code}: type how many {code} one US dollar buys. Until then the cited USD figures (pay) are used unconverted."
        ),
    }
}

/// A cited USD location figure written in the scenario's currency with
/// its rate: "≈ €67,722 at 1 USD = 0.9341 EUR (ECB reference rates, 28 June
/// 2024)"; `None` for other figures, in a USD scenario or without a rate.
pub fn figure_in_currency(
    figure: EditableFigure,
    usd: f64,
    c: &CostInputs,
    style: NumberStyle,
) -> Option<String> {
    if !matches!(
        figure,
        EditableFigure::DevPayMedian | EditableFigure::GniPerCapita
    ) {
        return None;
    }
    let source = c.rate_source();
    if matches!(source, RateSource::Dollar | RateSource::Missing) {
        return None;
    }
    let rate = c.per_usd()?;
    Some(format!(
        "≈ {} at 1 USD = {} {} ({})",
        format_money(usd * rate, &c.currency, style),
        rate_text(rate, style),
        c.currency,
        source_words(source)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_switch_names_its_rate() {
        let mut c = CostInputs::default();
        let conv = c.switch_currency("EUR", None).unwrap().unwrap();
        assert_eq!(
            conversion_text(&conv, NumberStyle::En),
            "Converted every amount from USD at 1 USD = 0.9341 EUR (ECB reference rates, 28 June 2024)."
        );
        assert_eq!(
            conversion_text(&conv, NumberStyle::De),
            "Converted every amount from USD at 1 USD = 0,9341 EUR (ECB reference rates, 28 June 2024)."
        );
        assert_eq!(rate_value(&c, NumberStyle::En), "0.9341");
        assert!(
            rate_note(&c, NumberStyle::En).starts_with("Source: ECB reference rates, 28 June 2024")
        );
        c.set_usd_rate(Some(0.95)).unwrap();
        assert_eq!(
            rate_note(&c, NumberStyle::En),
            "Your input. The ECB reference rate of 28 June 2024 is 0.9341."
        );
        assert_eq!(
            figure_in_currency(EditableFigure::DevPayMedian, 100_000.0, &c, NumberStyle::De)
                .as_deref(),
            Some("≈ 95.000\u{a0}€ at 1 USD = 0,95 EUR (your rate)")
        );
        assert_eq!(
            figure_in_currency(EditableFigure::DevPayIndex, 50.0, &c, NumberStyle::En),
            None
        );
    }

    #[test]
    fn rates_keep_four_significant_digits() {
        assert_eq!(rate_text(0.934142, NumberStyle::En), "0.9341");
        assert_eq!(rate_text(160.616534, NumberStyle::En), "160.6165");
        assert_eq!(rate_text(0.0000381234, NumberStyle::En), "0.00003812");
        assert_eq!(rate_text(16335.5, NumberStyle::Fr), "16\u{202f}335,5");
    }

    #[test]
    fn a_missing_rate_is_asked_for() {
        let mut c = CostInputs::default();
        let note = c.choose_currency("VND").unwrap();
        assert_eq!(
            note_text(&note, &c, NumberStyle::En),
            "The ECB publishes no reference rate for VND. Type how many VND one US dollar buys; the amounts stay in USD until then."
        );
        c.currency = "VND".into();
        assert_eq!(rate_value(&c, NumberStyle::En), "");
        assert!(rate_note(&c, NumberStyle::En).contains("no reference rate for VND"));
    }
}
