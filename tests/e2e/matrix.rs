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
    assert_eq!(before[0], "In-house");
    b.wait_text("Nearshore outsourcing would overtake In-house if the weight of \"Easy set-up and transition\" went from 4 to 1").await;
    let slider = b
        .field("Weight of Flexibility for seasonal or project work")
        .await;
    let right: char = Key::Right.into();
    for _ in 0..4 {
        slider.send_keys(&right.to_string()).await.unwrap();
    }
    assert_eq!(slider.prop("value").await.unwrap().as_deref(), Some("7"));
    let after = ranking(&b).await;
    assert_eq!(
        after[0], "Nearshore outsourcing",
        "the ranking did not move: {after:?}"
    );
    let saved = wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["weights"]["flexibility"] == 7
    })
    .await;
    assert_eq!(saved["schema"], shoreline::domain::formats::persist::SCHEMA);
    // Reset weights brings the default ranking back.
    b.press("Reset weights").await;
    assert_eq!(ranking(&b).await[0], "In-house");
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
        text.contains("Offshore outsourcing is ruled out because the work would be done in India, and your data must stay in the country."),
        "no reason shown:\n{text}"
    );
    let ranked = ranking(&b).await;
    assert_eq!(
        ranked,
        vec!["In-house", "Domestic outsourcing"],
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
    assert_eq!(cols[0], "In-house", "{cols}");
    assert_eq!(cols[1], "Nearshore", "{cols}");
    // Hybrid is hidden from the table but still ranked.
    assert!(ranking(&b).await.contains(&"Hybrid".to_string()));
    b.finish().await;
}

#[tokio::test]
async fn every_cell_says_where_its_score_comes_from() {
    let (_server, b) = open_matrix().await;
    let cell = cell_xpath("Long-run savings", "Nearshore outsourcing");
    let find = |xpath: String| {
        let b = &b;
        async move {
            b.client
                .find(fantoccini::Locator::XPath(&xpath))
                .await
                .unwrap()
        }
    };
    let text = find(cell.clone()).await.text().await.unwrap();
    assert!(
        text.contains("from the cost model") && text.contains('∑'),
        "an economic score is not marked as the cost model's: {text}"
    );
    b.click(&find(cell.clone()).await).await;
    b.wait_text("Nearshore outsourcing · Long-run savings")
        .await;
    // The origin and the figure behind it (cost-sensitive: the default
    // cost model's saving for Mexico from New York).
    b.wait_text("Where this score comes from: Cost model.")
        .await;
    b.wait_text("over 5 years in your cost model").await;
    let violations = b.axe_violations().await;
    assert!(
        violations.is_empty(),
        "axe-core, dialog open:\n{}",
        violations.join("\n")
    );
    let default = find(cell.clone())
        .await
        .text()
        .await
        .unwrap()
        .chars()
        .find(|c| c.is_ascii_digit())
        .unwrap_or('0');
    let other = if default == '5' { "4" } else { "5" };
    // The user can keep their own score: it is then theirs, not the model's.
    b.field("Your score")
        .await
        .select_by_value(other)
        .await
        .unwrap();
    b.wait_text(&format!("Changed from the default of {default}"))
        .await;
    b.wait_text("Where this score comes from: Your override.")
        .await;
    b.press("Close").await;
    let text = find(cell.clone()).await.text().await.unwrap();
    assert!(
        text.contains(&format!("{other} of 5"))
            && text.contains("changed by you")
            && !text.contains("cost model"),
        "a hand score is not told apart: {text}"
    );

    // A score from the location data names the figure and its source.
    b.click(&find(cell_xpath("Shared language", "Nearshore outsourcing")).await)
        .await;
    b.wait_text("Where this score comes from: Location data.")
        .await;
    b.wait_text("English proficiency in Mexico is low (EF EPI 2024")
        .await;
    b.press("Close").await;
    // A fixed score gives its rationale.
    b.click(
        &find(cell_xpath(
            "Presence in new markets",
            "Captive offshore centre",
        ))
        .await,
    )
    .await;
    b.wait_text("Where this score comes from: Fixed.").await;
    b.press("Close").await;
    b.finish().await;
}
