//! The Time zones view in words: clock times, offsets, durations and the
//! comparison tables as escaped markup.

use crate::domain::present::markup::escape;
use crate::domain::rules::timezones::{Comparison, PlaceRow};

/// 570 -> "09:30"; 1440 -> "24:00".
pub fn clock(minutes: i32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// "UTC+5:30", "UTC−3", "UTC".
pub fn offset_text(minutes: i32) -> String {
    if minutes == 0 {
        return "UTC".into();
    }
    let sign = if minutes < 0 { "−" } else { "+" };
    let m = minutes.abs();
    if m % 60 == 0 {
        format!("UTC{sign}{}", m / 60)
    } else {
        format!("UTC{sign}{}:{:02}", m / 60, m % 60)
    }
}

/// "5 h 30 min", "45 min", "0 h".
pub fn duration_text(minutes: i32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, 0) => "0 h".into(),
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// The place's working day on home's clock, e.g. "19:30–04:00".
pub fn in_home_time(p: &PlaceRow) -> String {
    format!("{}–{}", clock(p.home_start), clock(p.home_end))
}

/// The places table, the 24-hour ribbon and the suggested scores as
/// markup (every text escaped).
pub fn html(c: &Comparison) -> String {
    let mut out = String::from(
        "<h3 class=\"tz-heading\" aria-hidden=\"true\">How each place's working day meets yours</h3><div class=\"table-scroll\" role=\"region\" aria-label=\"Places\" tabindex=\"0\"><table class=\"tz-table\"><caption class=\"sr-only\">How each place's working day meets yours</caption><thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Used for</th><th scope=\"col\">Time zone</th><th scope=\"col\">Ahead of home</th><th scope=\"col\">Their day in your time</th><th scope=\"col\">Overlap with home</th></tr></thead><tbody>",
    );
    for p in &c.places {
        let ahead = if p.ahead < 0 {
            format!("−{}", duration_text(-p.ahead))
        } else {
            duration_text(p.ahead)
        };
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{} ({})</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&p.location.display_name()),
            escape(&p.roles),
            escape(p.location.iana_zone),
            offset_text(p.offset),
            ahead,
            in_home_time(p),
            duration_text(p.overlap)
        ));
    }
    out.push_str("</tbody></table></div>");

    out.push_str("<h3 class=\"tz-heading\" aria-hidden=\"true\">Who is at work, hour by hour of your day (■ at work)</h3><div class=\"table-scroll\" role=\"region\" aria-label=\"24-hour ribbon\" tabindex=\"0\"><table class=\"tz-ribbon\"><caption class=\"sr-only\">Who is at work, hour by hour of your day (■ at work)</caption><thead><tr><th scope=\"col\">Place</th>");
    for h in 0..24 {
        out.push_str(&format!("<th scope=\"col\">{h:02}</th>"));
    }
    out.push_str("</tr></thead><tbody>");
    for p in &c.places {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th>",
            escape(p.location.city)
        ));
        for on in p.ribbon {
            out.push_str(if on {
                "<td class=\"on\">■</td>"
            } else {
                "<td class=\"off\"><span class=\"sr-only\">off</span></td>"
            });
        }
        out.push_str("</tr>");
    }
    out.push_str(&format!(
        "</tbody></table></div><p>Together, the places in use are at work {} of every 24 hours without night shifts.</p>",
        duration_text(c.all_coverage)
    ));

    out.push_str("<h3 class=\"tz-heading\" aria-hidden=\"true\">Scores these hours suggest for the matrix (1 poor – 5 strong)</h3><div class=\"table-scroll\" role=\"region\" aria-label=\"Suggested scores\" tabindex=\"0\"><table class=\"tz-table\"><caption class=\"sr-only\">Scores these hours suggest for the matrix (1 poor – 5 strong)</caption><thead><tr><th scope=\"col\">Option</th><th scope=\"col\">Overlap with home</th><th scope=\"col\">Time-zone alignment</th><th scope=\"col\">Hours covered with home</th><th scope=\"col\">24/7 coverage</th></tr></thead><tbody>");
    for s in &c.suggested {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(s.option.name()),
            duration_text(s.overlap),
            s.alignment,
            duration_text(s.coverage),
            s.coverage_score
        ));
    }
    out.push_str("</tbody></table></div>");
    out
}

#[cfg(test)]
mod tests;
