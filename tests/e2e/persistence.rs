//! Saved state: reload restores it, and the screen showing is the
//! address's, not the save's. Corrupt, older and newer data, blocked and
//! full storage are in the fault suite (`faults.rs`).

use std::time::Duration;

use serde_json::json;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{wait_for_saved, VIEWS, WORKSPACE_KEY};

/// Longer than the save delay (300 ms) with room for a loaded machine.
const SAVE_WINDOW: Duration = Duration::from_millis(1200);

#[tokio::test]
async fn a_reload_lands_on_the_same_screen_and_moving_between_screens_saves_nothing() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    b.link("Matrix").await.click().await.unwrap();
    b.wait_heading("Comparison matrix").await;
    b.click(&b.field("Order columns by total").await).await;
    let saved = wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["sort_by_total"] == json!(true)
    })
    .await;
    assert_eq!(saved["schema"], shoreline::domain::formats::persist::SCHEMA);
    assert!(saved["saved_at"].as_str().is_some_and(|s| s.len() >= 20));
    // The screen is no part of the saved data.
    assert_eq!(saved["workspace"].get("last_view"), None, "{saved}");
    let before = b.storage_get(WORKSPACE_KEY).await;
    assert!(before.is_some());
    // Every screen, by its link and by Back: the save is not written again
    // (not even its time).
    for (link, _, heading) in VIEWS {
        b.click(&b.link(link).await).await;
        b.wait_heading(heading).await;
    }
    b.client.back().await.unwrap();
    b.wait_heading("Learn: outsourcing vs offshoring").await;
    tokio::time::sleep(SAVE_WINDOW).await;
    assert_eq!(
        b.storage_get(WORKSPACE_KEY).await,
        before,
        "moving between screens wrote the save"
    );
    // A reload lands on the same screen: the address carries it.
    b.reload().await;
    b.wait_heading("Learn: outsourcing vs offshoring").await;
    assert!(b.current_url().await.contains("?view=learn"));
    assert!(b
        .page_text()
        .await
        .contains("Your work is saved in this browser."));
    // The bare address opens where a newcomer starts, with the work kept.
    b.goto(&server.url()).await;
    b.wait_heading("Decision quiz").await;
    b.click(&b.link("Matrix").await).await;
    let checked = b
        .field("Order columns by total")
        .await
        .prop("checked")
        .await;
    assert_eq!(checked.ok().flatten().as_deref(), Some("true"));
    assert_eq!(b.storage_get(WORKSPACE_KEY).await, before);
    b.finish().await;
}
