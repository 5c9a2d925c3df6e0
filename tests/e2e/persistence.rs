//! Saved state: reload restores it. Corrupt, older and newer data, blocked
//! and full storage are in the fault suite (`faults.rs`).

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::wait_for_saved;

#[tokio::test]
async fn a_returning_user_lands_where_they_left_off() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    b.link("Matrix").await.click().await.unwrap();
    b.wait_heading("Comparison matrix").await;
    let saved = wait_for_saved(&b, |v| v["workspace"]["last_view"] == "matrix").await;
    assert_eq!(saved["schema"], shoreline::domain::formats::persist::SCHEMA);
    assert!(saved["saved_at"].as_str().is_some_and(|s| s.len() >= 20));
    // Open the bare address again, as from a bookmark: the app returns to the matrix.
    b.goto(&server.url()).await;
    b.wait_heading("Comparison matrix").await;
    assert!(b
        .page_text()
        .await
        .contains("Your work is saved in this browser."));
    b.finish().await;
}
