//! Numbers and money as text, built from integers (no float formatting
//! code in the wasm), in the user's [`NumberStyle`]: every function that
//! writes a number with a decimal mark or thousands takes the style as its
//! last argument.

pub use crate::domain::model::number_style::NumberStyle;

/// A number with thousands separators and no needless decimals (at most four).
pub fn plain(x: f64, style: NumberStyle) -> String {
    decimal_text(x, 4, style)
}

/// A number in `style` with thousands separators, at most `max_decimals`
/// decimals and no trailing zeros: "1,234.5", "0.25", "-3" (En), "1.234,5"
/// (De), "1 234,5" (Fr). Built from integers (no float formatting code in
/// the wasm); "—" for NaN and infinity.
pub fn decimal_text(x: f64, max_decimals: u32, style: NumberStyle) -> String {
    if !x.is_finite() {
        return "—".into();
    }
    let mut decimals = max_decimals.min(9);
    // In u64, not u128 (whose text code is larger in the wasm): a figure
    // too large for its decimals in 64 bits (from 1.8e19 / 10^decimals on,
    // far beyond any figure of the app) is written whole, and `as`
    // saturates, so even absurd values cannot panic.
    if x.abs() * 10u64.pow(decimals) as f64 >= 1.8e19 {
        decimals = 0;
    }
    let scale = 10u64.pow(decimals);
    let n = (x.abs() * scale as f64).round() as u64;
    let (whole, mut frac) = (n / scale, n % scale);
    let mut out = String::new();
    if x < 0.0 && n != 0 {
        out.push('-');
    }
    out.push_str(&group_digits(&whole.to_string(), style.group(), false));
    if frac != 0 {
        let mut digits = decimals as usize;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let f = frac.to_string();
        out.push(style.decimal());
        out.push_str(&"0".repeat(digits - f.len()));
        out.push_str(&f);
    }
    out
}

/// The sign a currency is written with: a symbol, or its code.
fn symbol(code: &str) -> &str {
    match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "INR" => "₹",
        "CAD" => "CA$",
        "AUD" => "A$",
        "JPY" => "¥",
        other => other,
    }
}

/// Puts the currency around a written number: before it in the En style
/// ("$1,234", "CHF 1,234"; an unknown code after it, "1,234 SEK"), after it
/// with a no-break space in the De and Fr styles ("1.234 €").
fn with_currency(sign: &str, number: &str, code: &str, style: NumberStyle) -> String {
    let symbol = symbol(code);
    if code.is_empty() {
        format!("{sign}{number}")
    } else if style.symbol_after() || (symbol == code && code != "CHF") {
        format!("{sign}{number}\u{a0}{symbol}")
    } else if symbol == code {
        format!("{sign}{symbol}\u{a0}{number}")
    } else {
        format!("{sign}{symbol}{number}")
    }
}

/// Groups a string of digits: 1,234,567, or the Indian 12,34,567
/// (the last three digits, then pairs).
fn group_digits(digits: &str, sep: char, indian: bool) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 2);
    for (i, ch) in digits.chars().enumerate() {
        // Digits from here to the end, this one included.
        let left = len - i;
        let boundary = if indian {
            left == 3 || (left > 3 && (left - 3).is_multiple_of(2))
        } else {
            left.is_multiple_of(3)
        };
        if i > 0 && boundary {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Writes an amount of money: the currency gives the symbol, the style the
/// separators and where the symbol goes: "$1,234,567", "€1,234,567" and
/// "₹12,34,567" (Indian grouping for rupees in the En style), "1.234.567 €"
/// (De), "1 234 567 €" (Fr). Amounts of 1,000 or more are whole; smaller ones
/// keep their cents when they have any ("$12.50", yen never). Unknown codes
/// are written after the number; NaN and infinity come out as "—".
pub fn format_money(amount: f64, currency: &str, style: NumberStyle) -> String {
    if !amount.is_finite() {
        return "—".into();
    }
    let code = currency.trim().to_ascii_uppercase();
    let abs = amount.abs();
    let (whole, cents) = if abs < 1000.0 && code != "JPY" {
        let c = (abs * 100.0).round() as u64;
        (c / 100, c % 100)
    } else {
        // `as` saturates, so even absurd amounts cannot panic.
        (abs.round() as u64, 0)
    };
    let indian = code == "INR" && style == NumberStyle::En;
    let mut number = group_digits(&whole.to_string(), style.group(), indian);
    if cents != 0 {
        number.push(style.decimal());
        number.push_str(&format!("{cents:02}"));
    }
    let sign = if amount < 0.0 && (whole != 0 || cents != 0) {
        "-"
    } else {
        ""
    };
    with_currency(sign, &number, &code, style)
}

/// A short form for chart axes: "$1.2M", "€850k", "₹3.4M" (En), "1,2M €" (De).
pub fn format_money_short(amount: f64, currency: &str, style: NumberStyle) -> String {
    if !amount.is_finite() {
        return "—".into();
    }
    let code = currency.trim().to_ascii_uppercase();
    let abs = amount.abs();
    let (value, unit) = if abs >= 1e9 {
        (abs / 1e9, "B")
    } else if abs >= 1e6 {
        (abs / 1e6, "M")
    } else if abs >= 1e3 {
        (abs / 1e3, "k")
    } else {
        (abs, "")
    };
    // One decimal below ten units ("$1.2M"), none when it would be ".0".
    let tenths = (value * 10.0).round() / 10.0;
    let number = if value < 10.0 && !unit.is_empty() && tenths.fract() != 0.0 {
        decimal_text(tenths, 1, style)
    } else {
        (value.round() as u64).to_string()
    };
    let sign = if amount < 0.0 && abs >= 0.5 { "-" } else { "" };
    with_currency(sign, &format!("{number}{unit}"), &code, style)
}

/// A whole percentage: "12%", "-4%". Written without thousands
/// separators, so it reads the same in every number style.
pub fn percent_text(pct: f64) -> String {
    if !pct.is_finite() {
        return "—".into();
    }
    // `as` saturates, so even absurd values cannot panic.
    let n = pct.abs().round() as u64;
    let sign = if pct < 0.0 && n != 0 { "-" } else { "" };
    format!("{sign}{n}%")
}

/// FTE with one decimal: "23.4 FTE" (En), "23,4 FTE" (De and Fr).
pub fn fte_text(fte: f64, style: NumberStyle) -> String {
    format!("{} FTE", decimal_text(fte, 1, style))
}

#[cfg(test)]
mod tests;
