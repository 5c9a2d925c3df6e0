//! Reading a number as a person types it, in the user's number style
//! ([`NumberStyle`]: "1,250.5", "1.250,5" or "1 250,5"), with integer
//! arithmetic (no float parser in the wasm). Text the other style would read
//! differently is not guessed: for an English user "12,5" might be 12.5
//! typed with a decimal comma, "75.000" might be 75 or 75,000; such text is
//! refused with both readings so the message can show what was understood.
//! The rule is symmetric, so no text is read as one number in one style and
//! as another number in the other.

use crate::domain::model::number_style::NumberStyle;

/// A decimal number as digits and a count of decimals: 12.5 is (125, 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i64,
    pub scale: u8,
}

impl Decimal {
    /// As a float (exact for the sizes typed here).
    pub fn value(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(i32::from(self.scale))
    }

    /// The same number without trailing zero decimals: 75.000 -> 75.
    pub fn normalized(self) -> Decimal {
        let mut d = self;
        while d.scale > 0 && d.mantissa % 10 == 0 {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d
    }

    /// In `style`: "12.5", "75,000", "-1,250.25" (En), "1.250,25" (De).
    pub fn text(self, style: NumberStyle) -> String {
        self.written(style, true)
    }

    /// In `style` without thousands separators, as a person would type it:
    /// "75000", "1250,25" (De).
    pub fn plain_text(self, style: NumberStyle) -> String {
        self.written(style, false)
    }

    fn written(self, style: NumberStyle, group: bool) -> String {
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = usize::from(self.scale);
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (whole, fraction) = padded.split_at(padded.len() - scale);
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if group && i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push(style.group());
            }
            grouped.push(c);
        }
        if fraction.is_empty() {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}{}{fraction}", style.decimal())
        }
    }
}

/// Why typed text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotRead {
    Empty,
    NotANumber,
    /// It could be read two ways: as `read` in the user's style (`None`
    /// when that style cannot read it), or as `other` in the style with the
    /// other decimal mark.
    Unclear {
        read: Option<Decimal>,
        other: Decimal,
    },
}

/// Reads "1,250.5", "12.5 %", " 3 ", "−4" (a true minus too) in the En
/// style, "1.250,5" and "12,5" in the De and Fr styles (spaces group
/// thousands in every style). Text the other style reads as another number
/// is refused as unclear, with both readings: in En "12,5", "75.000",
/// "1.234,5"; in De and Fr "12.5", "1,234".
pub fn read_number(text: &str, style: NumberStyle) -> Result<Decimal, NotRead> {
    let text = text.trim().trim_end_matches('%').trim_end();
    let (negative, body) = match text.chars().next() {
        Some('-' | '−') => (true, &text[text.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &text[1..]),
        _ => (false, text),
    };
    // Spaces of every width and underscores only group digits.
    let body: String = body
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    if body.is_empty() {
        return Err(if text.is_empty() {
            NotRead::Empty
        } else {
            NotRead::NotANumber
        });
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(NotRead::NotANumber);
    }
    let sign = |d: Decimal| Decimal {
        mantissa: if negative { -d.mantissa } else { d.mantissa },
        ..d
    };
    let (decimal, group) = (style.decimal(), style.typed_group());
    let own = read_style(&body, decimal, group).map(sign);
    let other = read_style(&body, group, decimal).map(sign);
    match (own, other) {
        (Some(o), Some(t)) if o == t => Ok(o),
        (Some(o), Some(t)) => {
            // "0.125" or ".5" cannot have a thousands point, nor "0,125" a
            // thousands comma; "1,234" in En and "1.234" in De are how the
            // style writes thousands.
            if body.contains(group) || !looks_grouped(&body, decimal) {
                Ok(o)
            } else {
                Err(NotRead::Unclear {
                    read: Some(o),
                    other: t,
                })
            }
        }
        (Some(o), None) => Ok(o),
        (None, Some(t)) => Err(NotRead::Unclear {
            read: None,
            other: t,
        }),
        (None, None) => Err(NotRead::NotANumber),
    }
}

/// Whether `sep` could be a thousands separator in `body`: a whole part of
/// 1–3 digits not starting with 0 before it, then groups of exactly 3.
fn looks_grouped(body: &str, sep: char) -> bool {
    let mut parts = body.split(sep);
    let first = parts.next().unwrap_or("");
    !first.is_empty() && first.len() <= 3 && !first.starts_with('0') && parts.all(|p| p.len() == 3)
}

/// Reads `body` with `decimal` as the decimal mark and `group` between
/// thousands (groups of exactly three after the first); `None` if it does
/// not fit that style or has more digits than an i64 holds.
fn read_style(body: &str, decimal: char, group: char) -> Option<Decimal> {
    let mut halves = body.split(decimal);
    let whole = halves.next()?;
    let fraction = halves.next().unwrap_or("");
    if halves.next().is_some() || fraction.contains(group) {
        return None;
    }
    if whole.contains(group) && !looks_grouped(whole, group) {
        return None;
    }
    let whole: String = whole.chars().filter(|c| *c != group).collect();
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let digits = format!("{whole}{fraction}");
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut mantissa: i64 = 0;
    for d in digits.bytes() {
        mantissa = mantissa.checked_mul(10)?.checked_add(i64::from(d - b'0'))?;
    }
    Some(Decimal {
        mantissa,
        scale: u8::try_from(fraction.len()).ok()?,
    })
}

#[cfg(test)]
mod tests;
