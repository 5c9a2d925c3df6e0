//! The Report: a summary of the active scenario to print or download.

use fantoccini::wd::{PrintConfiguration, PrintSize};
use serde_json::json;

use crate::downloaded;
use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::pdf::{page_text, to_unicode, Pdf};
use crate::support::server::{StaticServer, TempDir};

/// The text of the first body cell of the row headed `option` in the table captioned `caption`.
async fn cell(b: &Browser, caption: &str, option: &str, column: usize) -> String {
    b.script(
        "const t = [...document.querySelectorAll('table')].find(t => t.caption && t.caption.textContent === arguments[0]);
         const row = [...t.querySelectorAll('tbody tr')].find(r => r.cells[0].textContent === arguments[1]);
         return row.cells[arguments[2]].textContent;",
        vec![json!(caption), json!(option), json!(column)],
    )
    .await
    .as_str()
    .expect("a table cell")
    .to_string()
}

#[tokio::test]
async fn the_report_shows_the_ranking_and_costs_and_downloads_them() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=matrix", server.url()), Options::default()).await;
    b.wait_heading("Comparison matrix").await;
    let leader = b
        .script(
            "return document.querySelector('.rank-row .rank-name').textContent;",
            vec![],
        )
        .await
        .as_str()
        .expect("the matrix leader")
        .to_string();
    b.click(&b.link("Report").await).await;
    b.wait_heading("Report").await;
    b.wait_text("Scenario: My sourcing decision").await;
    let text = b.page_text().await;
    for part in [
        "Summary",
        "Recommendation",
        "Ranking",
        "Cost of the top options",
        "Reasons",
        "Costs (USD)",
        "Assumptions and sources",
        "Stack Overflow",
    ] {
        assert!(text.contains(part), "missing “{part}”:\n{text}");
    }
    assert_eq!(
        cell(&b, "Ranking", &leader, 1).await,
        "1",
        "the same leader as the matrix"
    );
    // Totals are rounded for reading ("$13.4M").
    let in_house_total = cell(&b, "Cost of each option", "In-house", 3).await;
    assert!(
        in_house_total.starts_with('$') && in_house_total.ends_with('M'),
        "{in_house_total}"
    );

    let dir = TempDir::new("downloads");
    b.cdp(
        "Page.setDownloadBehavior",
        json!({ "behavior": "allow", "downloadPath": dir.0.to_string_lossy() }),
    )
    .await;
    b.press("Download Markdown").await;
    let md = downloaded(&dir, "shoreline-my-sourcing-decision.md").await;
    assert!(
        md.starts_with("# Sourcing report: My sourcing decision"),
        "{md}"
    );
    assert!(md.contains("### Ranking"), "{md}");
    assert!(md.contains(&format!("| 1 | {leader} |")), "{md}");
    assert!(
        md.contains(&in_house_total),
        "the costs are in the Markdown:\n{md}"
    );

    b.press("Download CSV").await;
    let csv = downloaded(&dir, "shoreline-my-sourcing-decision.csv").await;
    assert!(csv.contains("Criterion,Weight,In-house"), "{csv}");
    // The CSV keeps the exact figures, which round to what the page shows.
    let row = csv
        .lines()
        .find(|l| l.starts_with("In-house,\"$"))
        .unwrap_or_else(|| panic!("no in-house cost row:\n{csv}"));
    let cells: Vec<&str> = row.split("\",\"").collect();
    // In-house,"$year 1","$once settled","$total",…
    let total = cells[2].split('"').next().unwrap_or_default();
    let exact: f64 = total
        .trim_start_matches('$')
        .replace(',', "")
        .parse()
        .expect("an exact total");
    assert_eq!(
        shoreline::domain::present::numbers::money_compact(
            exact,
            "USD",
            shoreline::domain::present::numbers::NumberStyle::En,
        ),
        in_house_total,
        "the costs are in the CSV:\n{csv}"
    );
    b.finish().await;
}

#[tokio::test]
async fn the_printed_report_has_no_navigation_or_buttons() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=report", server.url()), Options::default()).await;
    b.wait_heading("Report").await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let shown = b
        .script(
            "return ['nav[aria-label=Main]', '.report-actions', '.site-footer'].map(s => getComputedStyle(document.querySelector(s)).display);",
            vec![],
        )
        .await;
    assert_eq!(shown, json!(["none", "none", "none"]));
    let breaks = b
        .script(
            "return [...document.querySelectorAll('.report-section')].map(s => getComputedStyle(s).breakBefore);",
            vec![],
        )
        .await;
    assert_eq!(
        breaks,
        json!(["auto", "page", "auto", "page", "auto"]),
        "the summary alone on page 1, the assumptions from a new page, the words used after them"
    );
    // The chart and its legend are one figure that print does not split.
    let figure = b
        .script(
            "const f = document.querySelector('.report figure'); return f ? [getComputedStyle(f).breakInside, !!f.querySelector('svg'), !!f.querySelector('.legend')] : null;",
            vec![],
        )
        .await;
    assert_eq!(figure, json!(["avoid", true, true]));
    b.finish().await;
}

/// Prints the open page as the browser's print dialog would on `size`
/// paper (portrait, 1 cm margins, shrink to fit, no backgrounds) and reads
/// the PDF back.
async fn print(b: &Browser, size: PrintSize) -> Pdf {
    let config = PrintConfiguration::builder()
        .size(size)
        .build()
        .expect("a valid print configuration");
    let bytes = b.client.print(config).await.expect("WebDriver print");
    Pdf::read(&bytes).expect("a PDF the reader understands")
}

/// The COO's scenario, typed as she would: 60 people at $48,000, a yearly
/// budget of $3,000,000.
async fn coo_scenario(b: &Browser) {
    b.click(&b.link("Budget").await).await;
    b.wait_heading("Budget and cost model").await;
    for (label, text) in [
        ("Team size", "60"),
        ("In-house salary per FTE", "48000"),
        ("Budget amount", "3000000"),
    ] {
        b.type_into(label, text).await;
    }
    b.wait_text("Annual budget $3,000,000").await;
}

#[tokio::test]
async fn the_first_printed_page_is_the_summary_on_a4_and_letter() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    coo_scenario(&b).await;
    b.click(&b.link("Report").await).await;
    b.wait_heading("Report").await;
    b.wait_text("Cost of the top options").await;
    for (paper, size) in [("A4", PrintSize::A4), ("Letter", PrintSize::US_LETTER)] {
        let pdf = print(&b, size).await;
        let first = pdf.page(0);
        eprintln!("{paper}: {} pages", pdf.pages.len());
        for part in [
            "Summary",
            "Recommendation",
            "Choose ",
            "Ranking",
            "Cost of the top options",
            "Per person per year, once settled",
            "Budget:",
            "yearly budget of $3",
            "What would change the answer:",
        ] {
            assert!(
                first.contains(part),
                "{paper}: page 1 lacks “{part}”:\n{first}"
            );
        }
        // All six options are ranked on page 1.
        for option in [
            "In-house",
            "Domestic outsourcing",
            "Nearshore outsourcing",
            "Offshore outsourcing",
            "Captive offshore centre",
            "Hybrid",
        ] {
            assert!(
                first.contains(option),
                "{paper}: {option} is not ranked on page 1:\n{first}"
            );
        }
        assert!(
            !first.contains("Reasons") && !first.contains("Assumptions and sources"),
            "{paper}: page 1 holds more than the summary:\n{first}"
        );
        let second = pdf.page(1);
        assert!(
            second.contains("Reasons"),
            "{paper}: the reasons follow on page 2:\n{second}"
        );
        // No negative savings anywhere in print.
        let all: String = (0..pdf.pages.len()).map(|i| pdf.page(i)).collect();
        assert!(
            all.contains("more"),
            "{paper}: an extra cost is said in words"
        );
        assert!(!all.contains("-$"), "{paper}: a negative amount is printed");
        assert!(
            pdf.pages.len() <= 8,
            "{paper}: the report prints to {} pages",
            pdf.pages.len()
        );
    }
    b.finish().await;
}

#[test]
fn the_pdf_reader_maps_codes_ranges_and_ligatures() {
    let map = to_unicode(
        "2 beginbfchar\n<0003> <0020>\n<0010> <00660069>\nendbfchar\n1 beginbfrange\n<0024> <0026> <0041>\nendbfrange\n",
    );
    assert_eq!(map[&3], " ");
    assert_eq!(map[&0x10], "fi");
    assert_eq!(map[&0x24], "A");
    assert_eq!(map[&0x26], "C");
    let fonts = std::collections::HashMap::from([("F1".to_string(), map)]);
    let text = page_text(
        b"BT /F1 12 Tf 10 10 Td <00240025> Tj [<0003> -200 <0010>] TJ 0 -14 Td <0026> Tj ET",
        &fonts,
    );
    assert_eq!(
        text.split_whitespace().collect::<Vec<_>>(),
        ["AB", "fi", "C"]
    );
}
