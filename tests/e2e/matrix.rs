//! The comparison matrix as a user works it: keyboard weights move the
//! ranking, cell overrides persist and reset, knock-outs grey options out
//! with a reason, options can be hidden and columns sorted.

use fantoccini::key::Key;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::wait_for_saved;

/// The option names in the ranking, best first.
pub(crate) async fn ranking(b: &Browser) -> Vec<String> {
    b.script(
        "return [...document.querySelectorAll('ol[aria-label^=\"Options ranked\"] .rank-name')].map(e => e.textContent);",
        vec![],
    )
    .await
    .as_array()
    .map(|a| a.iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect())
    .unwrap_or_default()
}

/// The score button of one cell, found by its row header and option name.
fn cell_xpath(criterion: &str, option: &str) -> String {
    format!("//tr[th[normalize-space(.)='{criterion}']]//button[contains(., ' {option}:')]")
}

async fn open_matrix() -> (StaticServer, Browser) {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=matrix", server.url()), Options::default()).await;
    b.wait_heading("Comparison matrix").await;
    (server, b)
}

#[tokio::test]
async fn moving_a_weight_with_the_keyboard_changes_the_ranking() {
    let (_server, b) = open_matrix().await;
    let before = ranking(&b).await;
    assert_eq!(before.len(), 6);
    assert_eq!(before[0], "Domestic outsourcing");
    b.wait_text("would overtake Domestic outsourcing if the weight of \"Flexibility for seasonal or project work\" went from 3 to 0").await;
    let slider = b
        .field("Weight of Flexibility for seasonal or project work")
        .await;
    let left: char = Key::Left.into();
    for _ in 0..3 {
        slider.send_keys(&left.to_string()).await.unwrap();
    }
    assert_eq!(slider.prop("value").await.unwrap().as_deref(), Some("0"));
    let after = ranking(&b).await;
    assert_eq!(after[0], "In-house", "the ranking did not move: {after:?}");
    // The share column followed: a weight of 0 is 0% of the total.
    let saved = wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["weights"]["flexibility"] == 0
    })
    .await;
    assert_eq!(saved["schema"], shoreline::domain::formats::persist::SCHEMA);
    // Reset weights brings the default ranking back.
    b.press("Reset weights").await;
    assert_eq!(ranking(&b).await[0], "Domestic outsourcing");
    b.finish().await;
}

#[tokio::test]
async fn an_overridden_score_is_marked_survives_reload_and_resets() {
    let (_server, b) = open_matrix().await;
    let cell = cell_xpath("Shared language", "Offshore outsourcing");
    let button = b
        .client
        .find(fantoccini::Locator::XPath(&cell))
        .await
        .unwrap();
    assert!(button.text().await.unwrap().contains("2 of 5"));
    b.click(&button).await;
    b.wait_text("Offshore outsourcing · Shared language").await;
    let select = b.field("Your score").await;
    select.select_by_value("4").await.unwrap();
    b.wait_text("Changed from the default of 2").await;
    // The dialog is accessible too.
    let violations = b.axe_violations().await;
    assert!(
        violations.is_empty(),
        "axe-core, dialog open:\n{}",
        violations.join("\n")
    );
    b.press("Close").await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["overrides"]["offshore"]["language"] == 4
    })
    .await;

    b.reload().await;
    b.wait_heading("Comparison matrix").await;
    let button = b
        .client
        .find(fantoccini::Locator::XPath(&cell))
        .await
        .unwrap();
    let text = button.text().await.unwrap();
    assert!(
        text.contains("4 of 5") && text.contains("changed by you"),
        "after reload: {text}"
    );
    assert!(
        text.contains('✎'),
        "the change is not marked visibly: {text}"
    );

    // Reset this cell from its dialog.
    b.click(&button).await;
    b.press("Reset to default (2)").await;
    b.press("Close").await;
    let text = b
        .client
        .find(fantoccini::Locator::XPath(&cell))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.contains("2 of 5") && !text.contains("changed by you"),
        "after reset: {text}"
    );

    // And all at once.
    let other = cell_xpath("Direct control", "Captive offshore centre");
    b.click(
        &b.client
            .find(fantoccini::Locator::XPath(&other))
            .await
            .unwrap(),
    )
    .await;
    b.field("Your score")
        .await
        .select_by_value("1")
        .await
        .unwrap();
    b.press("Close").await;
    b.press("Reset all scores").await;
    let text = b
        .client
        .find(fantoccini::Locator::XPath(&other))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!text.contains("changed by you"), "after reset all: {text}");
    b.finish().await;
}

#[tokio::test]
async fn a_knock_out_greys_options_out_with_its_reason() {
    let (_server, b) = open_matrix().await;
    b.click(&b.field("Data must stay in our country").await)
        .await;
    b.wait_text("Ruled out").await;
    let text = b.page_text().await;
    assert!(
        text.contains("Offshore outsourcing is ruled out because the work would be done abroad, and your data must stay in the country."),
        "no reason shown:\n{text}"
    );
    let ranked = ranking(&b).await;
    assert_eq!(
        ranked,
        vec!["Domestic outsourcing", "In-house"],
        "excluded options are still ranked"
    );
    // The table keeps the column, greyed and labelled.
    let heads = b
        .script("return [...document.querySelectorAll('th.option-col.ruled-out')].map(e => e.innerText);", vec![])
        .await;
    assert_eq!(heads.as_array().map(|a| a.len()), Some(4), "{heads}");
    b.reload().await;
    b.wait_text("Ruled out").await;
    assert_eq!(
        ranking(&b).await.len(),
        2,
        "the knock-out did not survive a reload"
    );
    b.finish().await;
}

#[tokio::test]
async fn options_can_be_hidden_and_columns_ordered_by_total() {
    let (_server, b) = open_matrix().await;
    let columns = || async {
        b.script("return [...document.querySelectorAll('th.option-col .option-name')].map(e => e.textContent);", vec![])
            .await
    };
    b.click(&b.field("Hybrid").await).await;
    let cols = columns().await;
    assert_eq!(cols.as_array().map(|a| a.len()), Some(5), "{cols}");
    b.click(&b.field("Order columns by total").await).await;
    let cols = columns().await;
    assert_eq!(cols[0], "Domestic", "{cols}");
    assert_eq!(cols[1], "In-house", "{cols}");
    // Hybrid is hidden from the table but still ranked.
    assert!(ranking(&b).await.contains(&"Hybrid".to_string()));
    b.finish().await;
}

#[tokio::test]
async fn a_cost_cell_takes_the_cost_models_score_and_says_so() {
    let (_server, b) = open_matrix().await;
    let cell = cell_xpath("Long-run savings", "Nearshore outsourcing");
    let find = || async {
        b.client
            .find(fantoccini::Locator::XPath(&cell))
            .await
            .unwrap()
    };
    b.click(&find().await).await;
    b.wait_text("Nearshore outsourcing · Long-run savings")
        .await;
    // The default and the cost model's suggestion, each with its reason.
    b.wait_text("Default score 3.").await;
    b.wait_text("Your cost model suggests 5.").await;
    b.wait_text("Saves 44% ($5,161,348) over 5 years in your cost model")
        .await;
    b.press("Use the cost model's score").await;
    b.wait_text("Score taken from the cost model").await;
    let violations = b.axe_violations().await;
    assert!(
        violations.is_empty(),
        "axe-core, dialog open with a suggestion:\n{}",
        violations.join("\n")
    );
    b.press("Close").await;
    let text = find().await.text().await.unwrap();
    assert!(
        text.contains("5 of 5") && text.contains("from the cost model") && text.contains('∑'),
        "the taken score is not marked: {text}"
    );
    assert!(!text.contains("changed by you"), "{text}");
    wait_for_saved(&b, |v| {
        let s = &v["workspace"]["scenarios"][0];
        s["overrides"]["nearshore"]["long_run_savings"] == 5
            && s["cost_scores"]["nearshore"]["long_run_savings"] == 5
    })
    .await;

    // The user can still keep their own score: it is then theirs, not the model's.
    b.click(&find().await).await;
    b.field("Your score")
        .await
        .select_by_value("2")
        .await
        .unwrap();
    b.wait_text("Changed from the default of 3").await;
    b.press("Close").await;
    let text = find().await.text().await.unwrap();
    assert!(
        text.contains("2 of 5") && text.contains("changed by you") && !text.contains("cost model"),
        "a hand score is not told apart: {text}"
    );
    b.finish().await;
}
