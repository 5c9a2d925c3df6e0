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
    assert!(!r.quiz_answered);
    assert!(r.answers.is_empty(), "no quiz answers, no answers listed");
    assert_eq!(
        r.summary.ranking, r.ranking,
        "the summary follows the matrix"
    );
    assert!(
        r.summary.basis.contains("matrix weights"),
        "{}",
        r.summary.basis
    );
}

#[test]
fn markdown_has_every_section_and_the_costs() {
    let s = scenario();
    let r = build(&s, NumberStyle::En);
    let md = markdown(&r);
    for heading in [
        "# Sourcing report",
        "## Summary",
        "### Recommendation",
        "### Ranking",
        "### Cost of the top options",
        "## Reasons",
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
    let first = body(&csv).lines().next().unwrap();
    assert!(first.starts_with("\"'=HYPERLINK"), "{first}");
    assert_eq!(csv_text("=1+2"), "'=1+2");
    assert_eq!(csv_text("@cmd"), "'@cmd");
    assert_eq!(csv_text("Payroll"), "Payroll");
    assert_eq!(csv_field("-4%", ','), "-4%");
    assert_eq!(csv_field("a,b", ','), "\"a,b\"");
    assert_eq!(csv_field("a,b", ';'), "a,b");
    assert_eq!(csv_field("a;b", ';'), "\"a;b\"");
    assert_eq!(csv_field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
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
        let first = body(&csv).split("\r\n").next().unwrap();
        assert_eq!(first, csv_field(cell, ','), "{name:?}");
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
    let p = projection(&s);
    let dear = p
        .options
        .iter()
        .find(|o| o.savings < 0.0)
        .expect("an option costs more than in-house");
    // On screen and in print: words, never a negative saving.
    let row = r
        .costs
        .iter()
        .find(|c| c.name == dear.option.name())
        .expect("its row");
    assert!(
        row.savings.starts_with("costs ") && row.savings.ends_with(" more"),
        "{}",
        row.savings
    );
    assert!(row.savings_pct.ends_with("% more"), "{}", row.savings_pct);
    // In the CSV: exact figures a spreadsheet can sum.
    let csv = csv(&s, &r);
    let line = csv
        .split("\r\n")
        .find(|l| l.starts_with(&format!("{},", dear.option.name())))
        .unwrap();
    let savings = format_money(dear.savings, "USD", NumberStyle::En);
    assert!(savings.starts_with('-'), "{savings}");
    assert!(
        line.contains(&format!(",{},", csv_field(&savings, ','))),
        "{line}"
    );
    assert!(
        line.contains(&format!(",{},", percent_text(dear.savings_pct))),
        "{line}"
    );
    assert!(!line.contains(",'-"), "{line}");
}

/// The CSV without its byte order mark (which every file starts with).
fn body(csv: &str) -> &str {
    csv.strip_prefix('\u{feff}')
        .expect("the CSV starts with a byte order mark")
}

/// The cells of one CSV line, reading quoted fields as a spreadsheet does.
fn fields(line: &str, sep: char) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            c if c == sep && !quoted => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    cells
}

/// A spreadsheet in German or French opens the file in columns: the list
/// separator is a semicolon there, so "1.234,5" stays one figure; the byte
/// order mark makes Excel read the file as UTF-8.
#[test]
fn the_csv_separator_follows_the_number_style() {
    let s = scenario();
    for (style, sep) in [
        (NumberStyle::En, ','),
        (NumberStyle::De, ';'),
        (NumberStyle::Fr, ';'),
    ] {
        assert_eq!(csv_separator(style), sep);
        let csv = csv(&s, &build(&s, style));
        let lines: Vec<&str> = body(&csv).split("\r\n").collect();
        assert_eq!(
            lines[2],
            format!("Criterion{sep}Weight{sep}In-house{sep}Domestic outsourcing{sep}Nearshore outsourcing{sep}Offshore outsourcing{sep}Captive offshore centre{sep}Hybrid"),
            "{style:?}"
        );
        // Every row of the cost table has its eight cells, none split by a
        // decimal comma or a group separator.
        let costs = lines
            .iter()
            .position(|l| l.starts_with("Option"))
            .expect("the cost table's heads");
        for line in &lines[costs..costs + 7] {
            assert_eq!(fields(line, sep).len(), 8, "{style:?}: {line}");
            if sep == ';' {
                assert!(
                    !line.contains('"'),
                    "{style:?}: nothing needs quoting: {line}"
                );
            }
        }
    }
}

#[test]
fn the_csv_holds_the_matrix_and_the_cost_table() {
    let s = scenario();
    let r = build(&s, NumberStyle::En);
    let csv = csv(&s, &r);
    let lines: Vec<&str> = body(&csv).split("\r\n").collect();
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
    assert!(r.quiz_answered);
    assert!(
        r.summary.basis.contains("decision quiz"),
        "{}",
        r.summary.basis
    );
    assert!(markdown(&r).contains("Based on your answers to the decision quiz."));
}

#[test]
fn the_markup_escapes_user_text_and_holds_every_section() {
    let mut s = scenario();
    s.name = "<img src=x onerror=alert(1)>".into();
    let r = build(&s, NumberStyle::En);
    let h = html(&r, &projection(&s)).into_string();
    assert!(!h.contains("<img"), "user text became markup");
    assert!(h.contains("&lt;img src=x onerror=alert(1)&gt;"));
    for id in ["rep-summary", "rep-reasons", "rep-costs", "rep-assumptions"] {
        assert!(h.contains(id), "missing {id}");
    }
    assert!(h.contains("<svg class=\"cost-chart size-m\""));
    // Ranking and top costs, the cost table, the assumptions and the places.
    assert_eq!(h.matches("<table").count(), 5);
    // The chart and its legend in one figure, so print keeps them together.
    let figure = &h[h.find("<figure").expect("a figure")..h.find("</figure>").expect("its end")];
    assert!(
        figure.contains("<svg") && figure.contains("class=\"legend\""),
        "{figure}"
    );
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

#[test]
fn the_summary_says_what_to_do_why_and_the_main_risk() {
    let s = scenario();
    let r = build(&s, NumberStyle::En);
    let [what, why, risk] = &r.summary.sentences;
    let leader = r.summary.ranking[0].option;
    assert!(what.starts_with(&format!("Choose {leader}:")), "{what}");
    assert!(why.starts_with("It scores better than"), "{why}");
    // The default matrix is a close call between the top two.
    assert!(risk.starts_with("Close call:"), "{risk}");
    for sentence in &r.summary.sentences {
        assert_eq!(
            sentence.matches(". ").count(),
            0,
            "one sentence: {sentence}"
        );
        assert!(sentence.ends_with('.'), "{sentence}");
    }
    assert_eq!(r.summary.top_costs.len(), TOP_COSTS);
    assert_eq!(r.summary.top_costs[0].option, leader);
    assert!(!r.summary.change.is_empty());
    assert!(r.summary.budget.contains("not set a yearly budget"));
}

#[test]
fn the_top_costs_are_rounded_and_never_negative_savings() {
    let mut s = scenario();
    s.cost.fte = 60.0;
    let r = build(&s, NumberStyle::En);
    let p = projection(&s);
    for c in &r.summary.top_costs {
        let o = p
            .options
            .iter()
            .find(|o| o.option.name() == c.option)
            .expect("a priced option");
        assert_eq!(c.total, money_compact(o.total, "USD", NumberStyle::En));
        let per = o.steady_state / 60.0;
        assert_eq!(c.per_person, money_compact(per, "USD", NumberStyle::En));
        assert!(
            c.total.ends_with('M') || c.total.ends_with('k'),
            "{}",
            c.total
        );
        assert!(!c.against_in_house.contains('-'), "{}", c.against_in_house);
        let word = if o.option == SourcingOption::InHouse {
            "the baseline"
        } else if o.savings > 0.0 {
            "saves "
        } else {
            "more"
        };
        assert!(c.against_in_house.contains(word), "{}", c.against_in_house);
    }
    assert!(
        r.summary.cost_note.contains("60 people"),
        "{}",
        r.summary.cost_note
    );
}

#[test]
fn a_missed_budget_is_the_condition_and_names_what_fits() {
    let mut s = scenario();
    s.cost.fte = 60.0;
    let cheapest = projection(&s)
        .options
        .iter()
        .map(|o| o.steady_state)
        .fold(f64::INFINITY, f64::min);
    s.cost.annual_budget = Some(cheapest * 1.01);
    let r = build(&s, NumberStyle::En);
    let leader = evaluation(&s).leader.expect("a leader");
    let fits = projection(&s).get(leader).expect("priced").steady_state <= cheapest * 1.01;
    let risk = &r.summary.sentences[2];
    if !fits {
        assert!(risk.starts_with("Condition:"), "{risk}");
        assert!(risk.contains("best-ranked option that fits"), "{risk}");
    }
    assert!(
        r.summary.budget.contains("yearly budget"),
        "{}",
        r.summary.budget
    );
}

#[test]
fn assumptions_are_one_row_per_number_with_the_explanation_once() {
    let mut s = scenario();
    s.cost.fte = 60.0;
    s.cost.salary_per_fte = Some(48_000.0);
    let r = build(&s, NumberStyle::En);
    let rows: Vec<&AssumptionRow> = r.assumptions.iter().flat_map(|g| &g.rows).collect();
    let team = rows
        .iter()
        .find(|row| row.label.starts_with("Team size"))
        .expect("team size");
    assert_eq!(team.value, "60");
    assert!(team.yours, "60 people were typed");
    let salary = rows
        .iter()
        .find(|row| row.label.starts_with("In-house salary"))
        .expect("salary");
    assert_eq!(salary.value, "48,000");
    assert!(salary.yours, "the salary was typed");
    let margin = rows
        .iter()
        .find(|row| row.label.starts_with("Vendor margin"))
        .expect("margin");
    assert!(!margin.yours, "the margin is the default");
    let governance: Vec<&&AssumptionRow> = rows
        .iter()
        .filter(|row| row.label.starts_with("Governance overhead,"))
        .collect();
    assert_eq!(governance.len(), 4, "one row per place kind");
    assert!(governance
        .iter()
        .all(|g| !g.best.is_empty() && !g.worst.is_empty()));
    // Every explanation once, in its group.
    let h = html(&r, &projection(&s)).into_string();
    for g in &r.assumptions {
        let mut escaped = Html::new();
        escaped.push_text(g.note);
        let note = escaped.into_string();
        assert_eq!(h.matches(note.as_str()).count(), 1, "{note}");
    }
    let md = markdown(&r);
    assert!(
        md.contains("| Team size (FTE) | 60 |  |  | your input |"),
        "{md}"
    );
}

#[test]
fn a_typed_team_size_is_explained_without_calling_it_a_default() {
    let mut s = scenario();
    s.cost.fte = 60.0;
    let r = build(&s, NumberStyle::En);
    let group = r
        .assumptions
        .iter()
        .find(|g| g.rows.iter().any(|row| row.label.starts_with("Team size")))
        .expect("a team size group");
    assert!(group.rows[0].yours);
    assert!(
        !group.note.to_ascii_lowercase().contains("default"),
        "{}",
        group.note
    );
    let md = markdown(&r);
    let line = md
        .lines()
        .find(|l| l.starts_with("| Team size (FTE) | 60 |"))
        .expect("the team size row");
    assert!(line.contains("your input"), "{line}");
    assert!(!line.to_ascii_lowercase().contains("default"), "{line}");
}

#[test]
fn the_places_pay_figures_are_converted_into_the_reports_currency() {
    let mut s = scenario();
    let in_usd = build(&s, NumberStyle::En);
    let pay = |r: &Report| -> Vec<String> {
        r.places
            .iter()
            .flat_map(|p| &p.figures)
            .filter(|f| f.value.contains("USD per year"))
            .map(|f| f.value.clone())
            .collect()
    };
    assert!(!pay(&in_usd).is_empty(), "no USD pay figure in the report");
    assert!(
        pay(&in_usd).iter().all(|v| !v.contains('≈')),
        "{:?}",
        pay(&in_usd)
    );
    s.cost
        .switch_currency("EUR", None)
        .expect("a rate")
        .expect("a switch");
    let in_eur = build(&s, NumberStyle::De);
    let figures = pay(&in_eur);
    assert!(!figures.is_empty());
    for v in &figures {
        assert!(
            v.contains("€ at 1 USD = 0,9341 EUR (ECB reference rates, 28 June 2024)"),
            "{v}"
        );
    }
    // Figures that are not pay (percentages, indices) are not converted.
    assert!(in_eur
        .places
        .iter()
        .flat_map(|p| &p.figures)
        .filter(|f| !f.value.contains("USD"))
        .all(|f| !f.value.contains('≈')));
}

#[test]
fn the_report_ends_with_the_glossary_words_it_uses() {
    let r = build(&scenario(), NumberStyle::En);
    let terms: Vec<&str> = r.words.iter().map(|(t, _)| *t).collect();
    for used in ["FTE:", "Employer on-cost:", "Vendor margin:"] {
        assert!(terms.contains(&used), "{terms:?}");
    }
    // Each definition is the glossary's own wording, given once, last.
    let md = markdown(&r);
    let words = md.rfind("## Words used").expect("a words part");
    assert!(
        !md[words..].lines().skip(1).any(|l| l.starts_with('#')),
        "it is the last part"
    );
    for (term, meaning) in &r.words {
        assert_eq!(md.matches(meaning).count(), 1, "{term}");
        assert!(crate::domain::content::learn::glossary().contains(&(*term, *meaning)));
    }
    // A term the report never uses is not defined.
    let without = md[..words].to_ascii_lowercase();
    for (term, _) in crate::domain::content::learn::glossary() {
        let t = term.trim_end_matches(':');
        if !terms.contains(term) {
            assert!(
                budget::words_used(&without).iter().all(|(x, _)| x != term),
                "{t}"
            );
        }
    }
    let h = html(&r, &projection(&scenario())).into_string();
    assert!(h.contains("rep-words\">Words used</h2>"), "{h}");
}
