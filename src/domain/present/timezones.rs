//! The Time zones view in words: clock times, offsets, durations and the
//! comparison tables as escaped markup.

use crate::domain::present::markup::Html;
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

/// Writes a table's heading (hidden from screen readers: the caption says
/// it) and returns the table's start, up to its first header cell.
fn start_table(out: &mut Html, title: &'static str, class: &'static str) -> Html {
    out.push_in(
        "<h3 class=\"tz-heading\" aria-hidden=\"true\">",
        title,
        "</h3>",
    );
    let mut table = Html::raw_static("<table class=\"");
    table.push_static(class).push_in(
        "\"><caption class=\"sr-only\">",
        title,
        "</caption><thead><tr>",
    );
    table
}

/// The places table, the 24-hour ribbon and the suggested scores as
/// markup (every text escaped).
pub fn html(c: &Comparison) -> Html {
    let mut out = Html::new();
    let mut t = start_table(
        &mut out,
        "How each place's working day meets yours",
        "tz-table",
    );
    t.push_static("<th scope=\"col\">Place</th><th scope=\"col\">Used for</th><th scope=\"col\">Time zone</th><th scope=\"col\">Ahead of home</th><th scope=\"col\">Their day in your time</th><th scope=\"col\">Overlap with home</th></tr></thead><tbody>");
    for p in &c.places {
        let ahead = if p.ahead < 0 {
            format!("−{}", duration_text(-p.ahead))
        } else {
            duration_text(p.ahead)
        };
        t.push_in(
            "<tr><th scope=\"row\">",
            &p.location.display_name(),
            "</th>",
        )
        .push_in("<td>", &p.roles, "</td>")
        .push_in("<td>", p.location.iana_zone, " (")
        .push_in("", &offset_text(p.offset), ")</td>")
        .push_in("<td>", &ahead, "</td>")
        .push_in("<td>", &in_home_time(p), "</td>")
        .push_in("<td>", &duration_text(p.overlap), "</td></tr>");
    }
    t.push_static("</tbody></table>");
    out.push_scroll_region("Places", &t);

    let mut t = start_table(
        &mut out,
        "Who is at work, hour by hour of your day (■ at work)",
        "tz-ribbon",
    );
    t.push_static("<th scope=\"col\">Place</th>");
    for h in 0..24 {
        t.push_in("<th scope=\"col\">", &format!("{h:02}"), "</th>");
    }
    t.push_static("</tr></thead><tbody>");
    for p in &c.places {
        t.push_in("<tr><th scope=\"row\">", p.location.city, "</th>");
        for on in p.ribbon {
            t.push_static(if on {
                "<td class=\"on\">■</td>"
            } else {
                "<td class=\"off\"><span class=\"sr-only\">off</span></td>"
            });
        }
        t.push_static("</tr>");
    }
    t.push_static("</tbody></table>");
    out.push_scroll_region("24-hour ribbon", &t);
    out.push_in(
        "<p>Together, the places in use are at work ",
        &duration_text(c.all_coverage),
        " of every 24 hours without night shifts.</p>",
    );

    let mut t = start_table(
        &mut out,
        "Scores these hours suggest for the matrix (1 poor – 5 strong)",
        "tz-table",
    );
    t.push_static("<th scope=\"col\">Option</th><th scope=\"col\">Overlap with home</th><th scope=\"col\">Time-zone alignment</th><th scope=\"col\">Hours covered with home</th><th scope=\"col\">24/7 coverage</th></tr></thead><tbody>");
    for s in &c.suggested {
        t.push_in("<tr><th scope=\"row\">", s.option.name(), "</th>")
            .push_in("<td>", &duration_text(s.overlap), "</td><td>")
            .push_int(i64::from(s.alignment))
            .push_in("</td><td>", &duration_text(s.coverage), "</td><td>")
            .push_int(i64::from(s.coverage_score))
            .push_static("</td></tr>");
    }
    t.push_static("</tbody></table>");
    out.push_scroll_region("Suggested scores", &t);
    out
}

#[cfg(test)]
mod tests;
