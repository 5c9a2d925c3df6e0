//! The Report: a summary of the active scenario to print or download.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::{StaticServer, TempDir};

/// Waits for a finished download of `name` in `dir` and returns its text.
async fn downloaded(dir: &TempDir, name: &str) -> String {
    let path = dir.0.join(name);
    let started = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(&path) {
            if !text.is_empty() {
                return text;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{name} was not downloaded; the folder holds {:?}",
            std::fs::read_dir(&dir.0)
                .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

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
        "Recommendation",
        "Matrix ranking",
        "Costs (USD)",
        "Assumptions and sources",
        "Stack Overflow",
    ] {
        assert!(text.contains(part), "missing “{part}”:\n{text}");
    }
    assert_eq!(
        cell(&b, "Matrix ranking", &leader, 1).await,
        "1",
        "the same leader as the matrix"
    );
    let in_house_total = cell(&b, "Cost of each option", "In-house", 3).await;
    assert!(in_house_total.starts_with('$'), "{in_house_total}");

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
    assert!(md.contains("## Matrix ranking"), "{md}");
    assert!(md.contains(&format!("| 1 | {leader} |")), "{md}");
    assert!(
        md.contains(&in_house_total),
        "the costs are in the Markdown:\n{md}"
    );

    b.press("Download CSV").await;
    let csv = downloaded(&dir, "shoreline-my-sourcing-decision.csv").await;
    assert!(csv.contains("Criterion,Weight,In-house"), "{csv}");
    assert!(
        csv.contains(&format!("\"{in_house_total}\"")),
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
        json!(["auto", "page", "page"]),
        "a page per section"
    );
    b.finish().await;
}
