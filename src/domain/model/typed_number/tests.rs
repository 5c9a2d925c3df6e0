//! Native tests of `model::typed_number`.

use super::*;

fn d(mantissa: i64, scale: u8) -> Decimal {
    Decimal { mantissa, scale }
}

#[test]
fn numbers_in_the_inputs_style_are_read() {
    for (text, want) in [
        ("12.5", d(125, 1)),
        ("1,250.5", d(12505, 1)),
        ("140,000", d(140000, 0)),
        ("75000.50", d(7500050, 2)),
        (" 3 ", d(3, 0)),
        ("25 %", d(25, 0)),
        ("-4", d(-4, 0)),
        ("−4.5", d(-45, 1)),
        ("+7", d(7, 0)),
        ("0.125", d(125, 3)),
        (".5", d(5, 1)),
        ("12.", d(12, 0)),
        ("1 250 000", d(1250000, 0)),
        ("1\u{202f}250", d(1250, 0)),
        ("1_000", d(1000, 0)),
        ("1,234", d(1234, 0)),
        ("1,234,567.89", d(123456789, 2)),
    ] {
        assert_eq!(read_number(text), Ok(want), "{text:?}");
    }
    assert_eq!(read_number("12.5").unwrap().value(), 12.5);
    assert_eq!(read_number("75000.50").unwrap().value(), 75000.5);
}

/// Issue 16: "12,5" silently became 125 %, "75000,50" became 7,500,050 and
/// "75.000" was read as 75. Each is now refused with both readings.
#[test]
fn a_separator_that_could_mean_either_is_not_guessed() {
    assert_eq!(
        read_number("12,5"),
        Err(NotRead::Unclear {
            read: None,
            other: d(125, 1)
        })
    );
    assert_eq!(
        read_number("75000,50"),
        Err(NotRead::Unclear {
            read: None,
            other: d(7500050, 2)
        })
    );
    assert_eq!(
        read_number("75.000"),
        Err(NotRead::Unclear {
            read: Some(d(75000, 3)),
            other: d(75000, 0)
        })
    );
    assert_eq!(
        read_number("1.234,5"),
        Err(NotRead::Unclear {
            read: None,
            other: d(12345, 1)
        })
    );
    assert_eq!(
        read_number("1.234.567"),
        Err(NotRead::Unclear {
            read: None,
            other: d(1234567, 0)
        })
    );
}

#[test]
fn other_text_is_refused() {
    assert_eq!(read_number(""), Err(NotRead::Empty));
    assert_eq!(read_number("  %"), Err(NotRead::Empty));
    for text in [
        "abc",
        "1e5",
        "inf",
        "NaN",
        "-",
        "1,2,3",
        "12..5",
        "1.2.3,4",
        "9999999999999999999",
        "$5",
    ] {
        assert!(
            matches!(
                read_number(text),
                Err(NotRead::NotANumber | NotRead::Unclear { .. })
            ),
            "{text:?} was read as {:?}",
            read_number(text)
        );
    }
    assert_eq!(read_number("1e5"), Err(NotRead::NotANumber));
}

#[test]
fn decimals_are_written_back_in_the_inputs_style() {
    assert_eq!(d(125, 1).text(), "12.5");
    assert_eq!(d(75000, 0).text(), "75,000");
    assert_eq!(d(7500050, 2).text(), "75,000.50");
    assert_eq!(d(-1234567, 0).text(), "-1,234,567");
    assert_eq!(d(5, 3).text(), "0.005");
}
