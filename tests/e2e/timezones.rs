//! The Time zones view: overlap, the 24-hour ribbon, the summer switch,
//! bad times, and the suggested scores being the matrix's defaults.

use serde_json::json;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::wait_for_saved;

/// The text of a cell in the row of `place` of the table captioned `caption`.
async fn cell(b: &Browser, caption: &str, place: &str, column: usize) -> String {
    b.script(
        "const t = [...document.querySelectorAll('table')].find(t => t.caption && t.caption.textContent.startsWith(arguments[0]));
         const row = [...t.querySelectorAll('tbody tr')].find(r => r.cells[0].textContent.startsWith(arguments[1]));
         return row.cells[arguments[2]].textContent;",
        vec![json!(caption), json!(place), json!(column)],
    )
    .await
    .as_str()
    .expect("a table cell")
    .to_string()
}

/// Types a time the way the browser's time field reports it (its `change` event).
async fn set_time(b: &Browser, label: &str, value: &str) {
    let field = b.field(label).await;
    let arg = serde_json::to_value(&field).expect("element");
    b.script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
        vec![arg, json!(value)],
    )
    .await;
}

#[tokio::test]
async fn overlap_summer_time_and_bad_times() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(
        &format!("{}?view=timezones", server.url()),
        Options::default(),
    )
    .await;
    b.wait_heading("Time zones").await;
    let places = "How each place's working day meets yours";
    assert_eq!(cell(&b, places, "Bengaluru", 3).await, "10 h 30 min");
    assert_eq!(cell(&b, places, "Bengaluru", 5).await, "0 h");
    assert_eq!(cell(&b, places, "New York", 5).await, "8 h 30 min");
    // The ribbon marks nine to half past five at home.
    let home = b
        .script(
            "const t = document.querySelector('table.tz-ribbon'); return [...t.tBodies[0].rows[0].cells].slice(1).map(c => c.className);",
            vec![],
        )
        .await;
    assert_eq!(home[9], "on");
    assert_eq!(home[8], "off");

    b.click(
        &b.field("Northern summer (clocks an hour ahead where daylight saving applies)")
            .await,
    )
    .await;
    b.wait_text("9 h 30 min").await;
    assert_eq!(cell(&b, places, "Bengaluru", 3).await, "9 h 30 min");

    // A day that ends before it starts is refused with a message; nothing changes.
    set_time(&b, "Day ends (local time)", "08:00").await;
    b.wait_text("The working day must start before it ends.")
        .await;
    assert_eq!(cell(&b, places, "New York", 5).await, "8 h 30 min");
    // A good one is kept and survives a reload.
    set_time(&b, "Day starts (local time)", "07:00").await;
    assert_eq!(cell(&b, places, "New York", 5).await, "10 h 30 min");
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["time"]["day_start"] == json!(420)
    })
    .await;
    b.reload().await;
    b.wait_heading("Time zones").await;
    assert_eq!(cell(&b, places, "New York", 5).await, "10 h 30 min");
    b.finish().await;
}

#[tokio::test]
async fn the_suggested_scores_are_the_matrix_defaults() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(
        &format!("{}?view=timezones", server.url()),
        Options::default(),
    )
    .await;
    b.wait_heading("Time zones").await;
    let scores = "Scores these hours suggest";
    let options = [
        "In-house",
        "Domestic outsourcing",
        "Nearshore outsourcing",
        "Offshore outsourcing",
        "Captive offshore centre",
        "Hybrid",
    ];
    let mut expected = Vec::new();
    for option in options {
        expected.push((
            option,
            "Time-zone alignment",
            cell(&b, scores, option, 2).await,
        ));
        expected.push((option, "24/7 coverage", cell(&b, scores, option, 4).await));
    }
    // No button to press: the matrix scores these rows from the same hours.
    b.wait_text("The matrix scores time-zone alignment and 24/7 coverage with these figures")
        .await;
    b.click(&b.link("Matrix").await).await;
    b.wait_heading("Comparison matrix").await;
    for (option, criterion, score) in &expected {
        let xpath = format!(
            "//tr[th[contains(normalize-space(.), '{criterion}')]]//button[contains(., ' {option}:')]"
        );
        let text = b
            .client
            .find(fantoccini::Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|_| panic!("no {criterion} cell for {option}"))
            .text()
            .await
            .expect("cell text");
        assert!(
            text.contains(&format!("{option}: {score} of 5")),
            "{criterion}, {option}: {text}"
        );
    }
    b.finish().await;
}
