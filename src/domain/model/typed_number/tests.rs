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
        assert_eq!(read_number(text, NumberStyle::En), Ok(want), "{text:?}");
    }
    assert_eq!(read_number("12.5", NumberStyle::En).unwrap().value(), 12.5);
    assert_eq!(
        read_number("75000.50", NumberStyle::En).unwrap().value(),
        75000.5
    );
}

/// Issue 16: "12,5" silently became 125 %, "75000,50" became 7,500,050 and
/// "75.000" was read as 75. Each is now refused with both readings.
#[test]
fn a_separator_that_could_mean_either_is_not_guessed() {
    assert_eq!(
        read_number("12,5", NumberStyle::En),
        Err(NotRead::Unclear {
            read: None,
            other: d(125, 1)
        })
    );
    assert_eq!(
        read_number("75000,50", NumberStyle::En),
        Err(NotRead::Unclear {
            read: None,
            other: d(7500050, 2)
        })
    );
    assert_eq!(
        read_number("75.000", NumberStyle::En),
        Err(NotRead::Unclear {
            read: Some(d(75000, 3)),
            other: d(75000, 0)
        })
    );
    assert_eq!(
        read_number("1.234,5", NumberStyle::En),
        Err(NotRead::Unclear {
            read: None,
            other: d(12345, 1)
        })
    );
    assert_eq!(
        read_number("1.234.567", NumberStyle::En),
        Err(NotRead::Unclear {
            read: None,
            other: d(1234567, 0)
        })
    );
}

#[test]
fn other_text_is_refused() {
    assert_eq!(read_number("", NumberStyle::En), Err(NotRead::Empty));
    assert_eq!(read_number("  %", NumberStyle::En), Err(NotRead::Empty));
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
                read_number(text, NumberStyle::En),
                Err(NotRead::NotANumber | NotRead::Unclear { .. })
            ),
            "{text:?} was read as {:?}",
            read_number(text, NumberStyle::En)
        );
    }
    assert_eq!(
        read_number("1e5", NumberStyle::En),
        Err(NotRead::NotANumber)
    );
}

#[test]
fn decimals_are_written_back_in_the_inputs_style() {
    assert_eq!(d(125, 1).text(NumberStyle::En), "12.5");
    assert_eq!(d(75000, 0).text(NumberStyle::En), "75,000");
    assert_eq!(d(7500050, 2).text(NumberStyle::En), "75,000.50");
    assert_eq!(d(-1234567, 0).text(NumberStyle::En), "-1,234,567");
    assert_eq!(d(5, 3).text(NumberStyle::En), "0.005");
}

use crate::domain::model::number_style::NumberStyle::{self, De, En, Fr};

#[test]
fn numbers_in_the_comma_styles_are_read() {
    for style in [De, Fr] {
        for (text, want) in [
            ("12,5", d(125, 1)),
            ("75.000", d(75000, 0)),
            ("75.000,50", d(7500050, 2)),
            ("75000,50", d(7500050, 2)),
            ("1.234,5", d(12345, 1)),
            ("1.234.567", d(1234567, 0)),
            ("1 234,5", d(12345, 1)),
            ("1\u{202f}234\u{202f}567,25", d(123456725, 2)),
            ("0,125", d(125, 3)),
            (",5", d(5, 1)),
            ("−4,5", d(-45, 1)),
            ("25 %", d(25, 0)),
            ("3", d(3, 0)),
        ] {
            assert_eq!(read_number(text, style), Ok(want), "{text:?} in {style:?}");
        }
    }
}

#[test]
fn the_point_reading_is_not_guessed_in_the_comma_styles() {
    assert_eq!(
        read_number("12.5", De),
        Err(NotRead::Unclear {
            read: None,
            other: d(125, 1)
        })
    );
    assert_eq!(
        read_number("1,234", De),
        Err(NotRead::Unclear {
            read: Some(d(1234, 3)),
            other: d(1234, 0)
        })
    );
    assert_eq!(
        read_number("1,234.5", Fr),
        Err(NotRead::Unclear {
            read: None,
            other: d(12345, 1)
        })
    );
}

#[test]
fn decimals_are_written_in_each_style() {
    assert_eq!(d(7500050, 2).text(De), "75.000,50");
    assert_eq!(d(7500050, 2).text(Fr), "75\u{202f}000,50");
    assert_eq!(d(7500050, 2).plain_text(De), "75000,50");
    assert_eq!(d(-1234567, 0).plain_text(En), "-1234567");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// The reference: the number a text means in `style` when it is written
    /// the standard way (the style's decimal mark, its thousands mark or
    /// spaces between groups of three), by the float parser the app does
    /// not ship.
    fn reference(text: &str, style: NumberStyle) -> Option<f64> {
        let t = text.trim().trim_end_matches('%').trim_end();
        let (neg, body) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t),
        };
        let body: String = body
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{202f}'))
            .collect();
        let (whole, frac) = match body.split_once(style.decimal()) {
            Some((w, f)) => (w.to_string(), f.to_string()),
            None => (body.clone(), String::new()),
        };
        let g = style.typed_group();
        if frac.contains(g) || frac.contains(style.decimal()) {
            return None;
        }
        let groups: Vec<&str> = whole.split(g).collect();
        if groups.len() > 1
            && (groups[0].is_empty()
                || groups[0].len() > 3
                || groups[0].starts_with('0')
                || groups[1..].iter().any(|p| p.len() != 3))
        {
            return None;
        }
        let digits = groups.concat();
        if digits.is_empty() && frac.is_empty() {
            return None;
        }
        let v: f64 = format!("0{digits}.{frac}0").parse().ok()?;
        Some(if neg { -v } else { v })
    }

    fn texts() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec![
                '0', '1', '2', '5', '7', '9', '.', ',', ' ', '\u{202f}', '-',
            ]),
            0..12,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    /// A number written in a style: whole digits grouped or not, decimals or not.
    fn written() -> impl Strategy<Value = (i64, u8, bool, NumberStyle)> {
        (
            prop_oneof![-9_999_999_999i64..9_999_999_999, -999_999i64..999_999],
            0u8..4,
            any::<bool>(),
            prop::sample::select(vec![En, De, Fr]),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Whatever is read in a style is what the reference reads there.
        #[test]
        fn what_is_read_is_what_the_style_means(text in texts()) {
            for style in [En, De, Fr] {
                if let Ok(dec) = read_number(&text, style) {
                    let want = reference(&text, style);
                    prop_assert!(want.is_some(), "{text:?} read as {dec:?} in {style:?}");
                    let want = want.unwrap_or(f64::NAN);
                    prop_assert!((dec.value() - want).abs() <= 1e-9 * want.abs().max(1.0),
                        "{text:?} in {style:?}: {dec:?} vs {want}");
                }
            }
        }

        /// No text is read as one number in one style and another in the
        /// other: a typed number is never silently misread.
        #[test]
        fn no_text_means_two_numbers(text in texts()) {
            if let (Ok(a), Ok(b)) = (read_number(&text, En), read_number(&text, De)) {
                prop_assert_eq!(a.normalized(), b.normalized(), "{:?}", text);
            }
        }

        /// A number written in a style, grouped or not, reads back exactly.
        #[test]
        fn written_numbers_read_back((m, scale, grouped, style) in written()) {
            let dec = Decimal { mantissa: m, scale };
            let text = if grouped { dec.text(style) } else { dec.plain_text(style) };
            // Exactly three decimals after one to three digits ("1.234" in
            // En) is also how the other style writes thousands: refused,
            // with this reading first.
            match read_number(&text, style) {
                Ok(back) => prop_assert_eq!(back.normalized(), dec.normalized(), "{:?}", text),
                Err(NotRead::Unclear { read: Some(back), .. }) => {
                    prop_assert_eq!(back.normalized(), dec.normalized(), "{:?}", text);
                    prop_assert_eq!(scale, 3, "{:?}", text);
                }
                Err(e) => prop_assert!(false, "{:?} in {:?}: {:?}", text, style, e),
            }
        }

        /// Nothing typed ever panics the reader.
        #[test]
        fn any_text_is_safe(text in ".{0,24}") {
            for style in [En, De, Fr] {
                let _ = read_number(&text, style);
            }
        }
    }
}
