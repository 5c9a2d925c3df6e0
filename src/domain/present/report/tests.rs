//! Native tests of `present::report`.

use super::*;
use crate::domain::model::scenario::Workspace;

fn scenario() -> Scenario {
    Workspace::default().active().clone()
}

#[test]
fn the_report_names_the_leader_and_every_option_once() {
    let s = scenario();
    let r = build(&s, NumberStyle::En);
    let eval = evaluation(&s);
    let leader = eval.leader.expect("a leader with the defaults").name();
    assert!(r.verdict.contains(leader), "{}", r.verdict);
    assert_eq!(r.ranking.len() + r.excluded.len(), 6);
    assert_eq!(r.costs.len(), 6);
    assert_eq!(r.ranking[0].option, leader);
    assert!(r.quiz.is_none(), "no quiz answers, no quiz paragraph");
}

#[test]
fn markdown_has_every_section_and_the_costs() {
    let s = scenario();
    let r = build(&s, NumberStyle::En);
    let md = markdown(&r);
    for heading in [
        "# Sourcing report",
        "## Recommendation",
        "## Matrix ranking",
        "## Costs (USD)",
        "## Assumptions",
        "## Locations and sources",
    ] {
        assert!(md.contains(heading), "missing {heading}:\n{md}");
    }
    for row in &r.costs {
        assert!(md.contains(&row.total), "missing {}", row.total);
    }
    assert!(md.contains("Stack Overflow"), "sources are cited");
}

#[test]
fn user_text_cannot_become_markdown_or_a_formula() {
    let mut s = scenario();
    s.name = "=HYPERLINK(\"x\") | <img src=x onerror=alert(1)> *bold*".into();
    let r = build(&s, NumberStyle::En);
    let md = markdown(&r);
    let title = md.lines().next().unwrap();
    assert!(title.contains("\\<img"), "{title}");
    assert!(title.contains("\\*bold\\*"), "{title}");
    let csv = csv(&s, &r);
    let first = csv.lines().next().unwrap();
    assert!(first.starts_with("\"'=HYPERLINK"), "{first}");
    assert_eq!(csv_text("=1+2"), "'=1+2");
    assert_eq!(csv_text("@cmd"), "'@cmd");
    assert_eq!(csv_text("Payroll"), "Payroll");
    assert_eq!(csv_field("-4%"), "-4%");
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
}

/// Issue 13, defect 10: the guard looked at the first character only, so
/// a name starting with a space or a tab before the `=` went through.
#[test]
fn the_csv_guard_trims_first_and_catches_every_formula_start() {
    for (name, cell) in [
        (" =cmd", "'=cmd"),
        ("\t=1", "'=1"),
        ("  \r\n@SUM(A1)", "'@SUM(A1)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("=1+2", "'=1+2"),
        (" Payroll ", "Payroll"),
        ("12", "12"),
    ] {
        assert_eq!(csv_text(name), cell, "{name:?}");
        // The whole file: the name is the first cell of the first row.
        let mut s = scenario();
        s.name = name.into();
        let csv = csv(&s, &build(&s, NumberStyle::En));
        let first = csv.split("\r\n").next().unwrap();
        assert_eq!(first, csv_field(cell), "{name:?}");
    }
    // Every Unicode space is trimmed, not only the ASCII ones.
    assert_eq!(csv_text("\u{a0}=1"), "'=1");
}

/// The app's own figures stay numbers: a negative saving or growth rate is
/// written as it is, never with a quote in front.
#[test]
fn the_apps_negative_figures_stay_numbers_in_the_csv() {
    let mut s = scenario();
    // Dear vendors: outsourcing costs more than in-house, the savings go negative.
    s.cost.vendor_margin_pct = 150.0;
    let r = build(&s, NumberStyle::En);
    let dear = r
        .costs
        .iter()
        .find(|c| c.savings.starts_with('-'))
        .expect("an option costs more than in-house");
    assert!(dear.savings_pct.starts_with('-'), "{}", dear.savings_pct);
    let csv = csv(&s, &r);
    let line = csv
        .split("\r\n")
        .find(|l| l.starts_with(&format!("{},", dear.name)))
        .unwrap();
    assert!(
        line.contains(&format!(",{},", csv_field(&dear.savings))),
        "{line}"
    );
    assert!(line.contains(&format!(",{},", dear.savings_pct)), "{line}");
    assert!(!line.contains(",'-"), "{line}");
}

#[test]
fn the_csv_holds_the_matrix_and_the_cost_table() {
    let s = scenario();
    let r = build(&s, NumberStyle::En);
    let csv = csv(&s, &r);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    // Name, title, heads, 18 criteria, totals, blank, title, heads, 6 options, trailing empty.
    assert_eq!(lines.len(), 1 + 1 + 1 + 18 + 1 + 1 + 1 + 1 + 6 + 1, "{csv}");
    assert_eq!(lines[0], s.name);
    let lines = &lines[1..];
    assert!(lines[1].starts_with("Criterion,Weight,In-house"));
    assert!(lines[20].starts_with("Weighted total (of 100),,"));
    let in_house_total = &r
        .ranking
        .iter()
        .find(|l| l.option == "In-house")
        .unwrap()
        .total;
    assert!(lines[20].contains(in_house_total.as_str()), "{}", lines[20]);
    assert!(lines[24].starts_with("In-house,"), "{}", lines[24]);
    // Every row of a table has as many fields as its heads (no stray commas).
    let fields = |l: &str| {
        let mut quoted = false;
        1 + l
            .chars()
            .filter(|c| {
                if *c == '"' {
                    quoted = !quoted;
                }
                *c == ',' && !quoted
            })
            .count()
    };
    for l in &lines[2..20] {
        assert_eq!(fields(l), 8, "{l}");
    }
    for l in &lines[24..30] {
        assert_eq!(fields(l), 8, "{l}");
    }
}

#[test]
fn quiz_answers_add_the_quiz_paragraph() {
    let mut s = scenario();
    let q = crate::domain::model::quiz::QuestionId::ALL[0];
    let answer = q.choices()[0].id.to_string();
    s.quiz.answers.insert(q, answer);
    let r = build(&s, NumberStyle::En);
    assert!(r.quiz.is_some());
    assert!(markdown(&r).contains("From the decision quiz:"));
}

#[test]
fn the_markup_escapes_user_text_and_holds_every_section() {
    let mut s = scenario();
    s.name = "<img src=x onerror=alert(1)>".into();
    let r = build(&s, NumberStyle::En);
    let h = html(&r, &projection(&s)).into_string();
    assert!(!h.contains("<img"), "user text became markup");
    assert!(h.contains("&lt;img src=x onerror=alert(1)&gt;"));
    for id in ["rep-decision", "rep-costs", "rep-assumptions"] {
        assert!(h.contains(id), "missing {id}");
    }
    assert!(h.contains("<svg class=\"cost-chart size-m\""));
    assert_eq!(h.matches("<table").count(), 2);
}

#[test]
fn file_stems_are_safe() {
    assert_eq!(file_stem("Customer support"), "shoreline-customer-support");
    assert_eq!(file_stem("  ../../etc/passwd "), "shoreline-etc-passwd");
    assert_eq!(file_stem("Zürich payroll"), "shoreline-z-rich-payroll");
    assert_eq!(file_stem(""), "shoreline");
    assert!(file_stem(&"x".repeat(500)).len() <= 62);
}

/// `file_stem` without Unicode's case tables reads every character as it
/// did with `char::to_lowercase`.
#[test]
fn file_stem_lowercases_every_character_as_unicode_does() {
    fn with_tables(name: &str) -> String {
        let mut stem = String::from("shoreline");
        let mut dash = true;
        for c in name.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() && c.is_ascii() {
                if dash {
                    stem.push('-');
                }
                stem.push(c);
                dash = false;
            } else {
                dash = true;
            }
            if stem.len() > 60 {
                break;
            }
        }
        stem
    }
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let name = format!("A{c}b{c}");
        assert_eq!(file_stem(&name), with_tables(&name), "{:?}", c);
    }
    let long = "İstanbul Kelvin \u{212a}K Straße ÉCOLE 123 ".repeat(4);
    assert_eq!(file_stem(&long), with_tables(&long));
}
