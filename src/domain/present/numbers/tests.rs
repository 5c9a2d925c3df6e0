//! Native tests of `present::numbers`.

use super::*;

#[test]
fn decimal_text_is_built_from_integers() {
    assert_eq!(decimal_text(0.5, 4), "0.5");
    assert_eq!(decimal_text(7.65, 2), "7.65");
    assert_eq!(decimal_text(1234567.891, 2), "1,234,567.89");
    assert_eq!(decimal_text(-3.0, 2), "-3");
    assert_eq!(decimal_text(-0.001, 2), "0");
    assert_eq!(decimal_text(0.05, 2), "0.05");
    assert_eq!(decimal_text(2.999, 2), "3");
    assert_eq!(decimal_text(f64::NAN, 2), "—");
    assert_eq!(decimal_text(1e40, 2), decimal_text(1e40, 2));
}

#[test]
fn currency_formatting() {
    assert_eq!(format_money(1_234_567.0, "USD"), "$1,234,567");
    assert_eq!(format_money(1_234_567.4, "usd"), "$1,234,567");
    assert_eq!(format_money(1_234_567.5, "EUR"), "€1.234.568");
    assert_eq!(format_money(1_234_567.0, "GBP"), "£1,234,567");
    assert_eq!(format_money(1_234_567.0, "INR"), "₹12,34,567");
    assert_eq!(format_money(123_456_789.0, "INR"), "₹12,34,56,789");
    assert_eq!(format_money(1_000.0, "INR"), "₹1,000");
    assert_eq!(format_money(100_000.0, "INR"), "₹1,00,000");
    assert_eq!(format_money(999.0, "INR"), "₹999");
    assert_eq!(format_money(1_234_567.0, "CAD"), "CA$1,234,567");
    assert_eq!(format_money(1_234_567.0, "AUD"), "A$1,234,567");
    assert_eq!(format_money(1_234_567.0, "CHF"), "CHF\u{a0}1'234'567");
    assert_eq!(format_money(1_234_567.0, "JPY"), "¥1,234,567");
    assert_eq!(format_money(12.5, "JPY"), "¥13");
    assert_eq!(format_money(12.5, "USD"), "$12.50");
    assert_eq!(format_money(12.5, "EUR"), "€12,50");
    assert_eq!(format_money(12.0, "USD"), "$12");
    assert_eq!(format_money(0.0, "USD"), "$0");
    assert_eq!(format_money(-0.001, "USD"), "$0");
    assert_eq!(format_money(-2_500.0, "USD"), "-$2,500");
    assert_eq!(format_money(100.0, "USD"), "$100");
    assert_eq!(format_money(123_456.0, "USD"), "$123,456");
    assert_eq!(format_money(1_234_567.0, "SEK"), "1,234,567\u{a0}SEK");
    assert_eq!(format_money(f64::NAN, "USD"), "—");
    assert_eq!(format_money(f64::INFINITY, "USD"), "—");
    assert_eq!(format_money_short(1_234_567.0, "USD"), "$1.2M");
    assert_eq!(format_money_short(2_000_000.0, "USD"), "$2M");
    assert_eq!(format_money_short(850_000.0, "EUR"), "€850k");
    assert_eq!(format_money_short(1_500_000.0, "EUR"), "€1,5M");
    assert_eq!(format_money_short(12_000_000_000.0, "USD"), "$12B");
    assert_eq!(format_money_short(500.0, "USD"), "$500");
}

/// Written in 64 bits: a figure too large for its decimals there is
/// written whole, never with digits made up by saturation.
#[test]
fn huge_figures_are_written_whole() {
    assert_eq!(decimal_text(1e18, 2), "1,000,000,000,000,000,000");
    assert_eq!(decimal_text(-123_456_789_012.5, 4), "-123,456,789,012.5");
    assert_eq!(format_money(1e18, "USD"), "$1,000,000,000,000,000,000");
    assert_eq!(format_money_short(1e18, "USD"), "$1000000000B");
}

#[test]
fn compact_money_rounds_to_what_a_reader_needs() {
    assert_eq!(money_compact(10_076_004.0, "USD"), "$10.1M");
    assert_eq!(money_compact(14_041_780.0, "USD"), "$14.0M");
    assert_eq!(money_compact(212_345.0, "USD"), "$212k");
    assert_eq!(money_compact(3_187_441.0, "EUR"), "€3,2M");
    assert_eq!(money_compact(99_940.0, "USD"), "$99.9k");
    assert_eq!(money_compact(99_960.0, "USD"), "$100k");
    assert_eq!(money_compact(999_400.0, "USD"), "$999k");
    assert_eq!(money_compact(999_960.0, "USD"), "$1.0M");
    assert_eq!(money_compact(1_234_000_000_000.0, "USD"), "$1,234B");
    assert_eq!(money_compact(950.4, "USD"), "$950");
    assert_eq!(money_compact(999.6, "USD"), "$1.0k");
    assert_eq!(money_compact(0.0, "USD"), "$0");
    assert_eq!(money_compact(-2_500_000.0, "GBP"), "-£2.5M");
    assert_eq!(money_compact(48_000.0, "CHF"), "CHF\u{a0}48.0k");
    assert_eq!(money_compact(1_500_000.0, "SEK"), "1.5M\u{a0}SEK");
    assert_eq!(money_compact(f64::NAN, "USD"), "—");
}

#[test]
fn savings_are_said_in_words_never_as_negative_numbers() {
    assert_eq!(saving_text(3_200_000.0, "USD"), "saves $3.2M");
    assert_eq!(saving_text(-14_041_780.0, "EUR"), "costs €14,0M more");
    assert_eq!(saving_text(0.2, "USD"), "costs the same");
    assert_eq!(saving_pct_text(12.4), "12% less");
    assert_eq!(saving_pct_text(-93.0), "93% more");
    assert_eq!(saving_pct_text(-0.3), "same");
    for saving in [-5.0e6, -1_234.0, -0.6, 7.0e5] {
        let text = saving_text(saving, "USD");
        assert!(!text.contains('-'), "{text}");
        let text = saving_pct_text(saving / 1e5);
        assert!(!text.contains('-'), "{text}");
    }
}
