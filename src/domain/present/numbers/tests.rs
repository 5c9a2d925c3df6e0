//! Native tests of `present::numbers`.

use super::*;

#[test]
fn decimal_text_is_built_from_integers() {
    assert_eq!(decimal_text(0.5, 4, NumberStyle::En), "0.5");
    assert_eq!(decimal_text(7.65, 2, NumberStyle::En), "7.65");
    assert_eq!(
        decimal_text(1234567.891, 2, NumberStyle::En),
        "1,234,567.89"
    );
    assert_eq!(decimal_text(-3.0, 2, NumberStyle::En), "-3");
    assert_eq!(decimal_text(-0.001, 2, NumberStyle::En), "0");
    assert_eq!(decimal_text(0.05, 2, NumberStyle::En), "0.05");
    assert_eq!(decimal_text(2.999, 2, NumberStyle::En), "3");
    assert_eq!(decimal_text(f64::NAN, 2, NumberStyle::En), "—");
    assert_eq!(
        decimal_text(1e40, 2, NumberStyle::En),
        decimal_text(1e40, 2, NumberStyle::En)
    );
}

#[test]
fn currency_formatting() {
    assert_eq!(
        format_money(1_234_567.0, "USD", NumberStyle::En),
        "$1,234,567"
    );
    assert_eq!(
        format_money(1_234_567.4, "usd", NumberStyle::En),
        "$1,234,567"
    );
    assert_eq!(
        format_money(1_234_567.5, "EUR", NumberStyle::En),
        "€1,234,568"
    );
    assert_eq!(
        format_money(1_234_567.0, "GBP", NumberStyle::En),
        "£1,234,567"
    );
    assert_eq!(
        format_money(1_234_567.0, "INR", NumberStyle::En),
        "₹12,34,567"
    );
    assert_eq!(
        format_money(123_456_789.0, "INR", NumberStyle::En),
        "₹12,34,56,789"
    );
    assert_eq!(format_money(1_000.0, "INR", NumberStyle::En), "₹1,000");
    assert_eq!(format_money(100_000.0, "INR", NumberStyle::En), "₹1,00,000");
    assert_eq!(format_money(999.0, "INR", NumberStyle::En), "₹999");
    assert_eq!(
        format_money(1_234_567.0, "CAD", NumberStyle::En),
        "CA$1,234,567"
    );
    assert_eq!(
        format_money(1_234_567.0, "AUD", NumberStyle::En),
        "A$1,234,567"
    );
    assert_eq!(
        format_money(1_234_567.0, "CHF", NumberStyle::En),
        "CHF\u{a0}1,234,567"
    );
    assert_eq!(
        format_money(1_234_567.0, "JPY", NumberStyle::En),
        "¥1,234,567"
    );
    assert_eq!(format_money(12.5, "JPY", NumberStyle::En), "¥13");
    assert_eq!(format_money(12.5, "USD", NumberStyle::En), "$12.50");
    assert_eq!(format_money(12.5, "EUR", NumberStyle::En), "€12.50");
    assert_eq!(format_money(12.0, "USD", NumberStyle::En), "$12");
    assert_eq!(format_money(0.0, "USD", NumberStyle::En), "$0");
    assert_eq!(format_money(-0.001, "USD", NumberStyle::En), "$0");
    assert_eq!(format_money(-2_500.0, "USD", NumberStyle::En), "-$2,500");
    assert_eq!(format_money(100.0, "USD", NumberStyle::En), "$100");
    assert_eq!(format_money(123_456.0, "USD", NumberStyle::En), "$123,456");
    assert_eq!(
        format_money(1_234_567.0, "SEK", NumberStyle::En),
        "1,234,567\u{a0}SEK"
    );
    assert_eq!(format_money(f64::NAN, "USD", NumberStyle::En), "—");
    assert_eq!(format_money(f64::INFINITY, "USD", NumberStyle::En), "—");
    assert_eq!(
        format_money_short(1_234_567.0, "USD", NumberStyle::En),
        "$1.2M"
    );
    assert_eq!(
        format_money_short(2_000_000.0, "USD", NumberStyle::En),
        "$2M"
    );
    assert_eq!(
        format_money_short(850_000.0, "EUR", NumberStyle::En),
        "€850k"
    );
    assert_eq!(
        format_money_short(1_500_000.0, "EUR", NumberStyle::En),
        "€1.5M"
    );
    assert_eq!(
        format_money_short(12_000_000_000.0, "USD", NumberStyle::En),
        "$12B"
    );
    assert_eq!(format_money_short(500.0, "USD", NumberStyle::En), "$500");
}

/// Written in 64 bits: a figure too large for its decimals there is
/// written whole, never with digits made up by saturation.
#[test]
fn huge_figures_are_written_whole() {
    assert_eq!(
        decimal_text(1e18, 2, NumberStyle::En),
        "1,000,000,000,000,000,000"
    );
    assert_eq!(
        decimal_text(-123_456_789_012.5, 4, NumberStyle::En),
        "-123,456,789,012.5"
    );
    assert_eq!(
        format_money(1e18, "USD", NumberStyle::En),
        "$1,000,000,000,000,000,000"
    );
    assert_eq!(
        format_money_short(1e18, "USD", NumberStyle::En),
        "$1000000000B"
    );
}

/// Issue 16: the currency gives the symbol, the number style the
/// separators and where the symbol goes; an English user in euros reads
/// "€3,187,441", a German one "3.187.441 €".
#[test]
fn money_in_each_style() {
    use NumberStyle::{De, En, Fr};
    let nb = '\u{a0}';
    assert_eq!(format_money(3_187_441.0, "EUR", En), "€3,187,441");
    assert_eq!(
        format_money(3_187_441.0, "EUR", De),
        format!("3.187.441{nb}€")
    );
    assert_eq!(
        format_money(3_187_441.0, "EUR", Fr),
        format!("3\u{202f}187\u{202f}441{nb}€")
    );
    assert_eq!(format_money(-2_500.0, "USD", De), format!("-2.500{nb}$"));
    assert_eq!(format_money(12.5, "EUR", De), format!("12,50{nb}€"));
    assert_eq!(
        format_money(1_234_567.0, "INR", De),
        format!("1.234.567{nb}₹")
    );
    assert_eq!(
        format_money(1_234_567.0, "CHF", De),
        format!("1.234.567{nb}CHF")
    );
    assert_eq!(
        format_money(1_234_567.0, "PLN", Fr),
        format!("1\u{202f}234\u{202f}567{nb}PLN")
    );
    assert_eq!(
        format_money_short(1_500_000.0, "EUR", De),
        format!("1,5M{nb}€")
    );
    assert_eq!(
        format_money_short(850_000.0, "USD", Fr),
        format!("850k{nb}$")
    );
    assert_eq!(decimal_text(1_234_567.891, 2, De), "1.234.567,89");
    assert_eq!(
        decimal_text(1_234_567.891, 2, Fr),
        "1\u{202f}234\u{202f}567,89"
    );
    assert_eq!(decimal_text(0.05, 2, De), "0,05");
    assert_eq!(fte_text(23.44, Fr), "23,4 FTE");
    assert_eq!(plain(-1234.5, De), "-1.234,5");
    assert_eq!(percent_text(1234.4), "1234%");
    assert_eq!(percent_text(-3.6), "-4%");
    assert_eq!(percent_text(f64::NAN), "—");
}

/// What is written in a style is read back as the same number in it.
#[test]
fn written_numbers_read_back_in_their_style() {
    use crate::domain::model::typed_number::read_number;
    for style in [NumberStyle::En, NumberStyle::De, NumberStyle::Fr] {
        for x in [0.5, 12.5, 1234.5, 75_000.5, 1_234_567.89, -3.25, 10_000.0] {
            let text = decimal_text(x, 2, style);
            let back = read_number(&text, style).map(|d| d.value());
            assert_eq!(back, Ok(x), "{text:?} in {style:?}");
        }
    }
}
