//! Saved state: reload restores it; corrupt or newer data is kept aside
//! with a notice; blocked storage runs in memory with a notice.

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{wait_for_saved, BACKUP_PREFIX, WORKSPACE_KEY};

#[tokio::test]
async fn a_returning_user_lands_where_they_left_off() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    b.link("Matrix").await.click().await.unwrap();
    b.wait_heading("Comparison matrix").await;
    let saved = wait_for_saved(&b, |v| v["workspace"]["last_view"] == "matrix").await;
    assert_eq!(saved["schema"], shoreline::domain::persist::SCHEMA);
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

#[tokio::test]
async fn corrupt_saved_data_is_kept_aside_and_the_user_is_told() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    let garbage = "{\"schema\":1,\"workspace\": this is not json";
    b.storage_set(WORKSPACE_KEY, garbage).await;
    b.reload().await;
    b.wait_text("Your saved work could not be opened").await;
    b.wait_heading("Decision quiz").await;
    let backups: Vec<(String, String)> = b
        .storage_all()
        .await
        .into_iter()
        .filter(|(k, _)| k.starts_with(BACKUP_PREFIX))
        .collect();
    assert_eq!(backups.len(), 1, "expected one backup key, got {backups:?}");
    assert_eq!(
        backups[0].1, garbage,
        "the backup does not hold the raw text"
    );
    let notice = b.page_text().await;
    assert!(
        notice.contains(&backups[0].0),
        "the notice does not name the backup key:\n{notice}"
    );
    // The app keeps working and saves a fresh workspace; the backup is untouched.
    b.link("Budget").await.click().await.unwrap();
    wait_for_saved(&b, |v| v["workspace"]["last_view"] == "budget").await;
    assert_eq!(b.storage_get(&backups[0].0).await.as_deref(), Some(garbage));
    b.button("Dismiss").await.click().await.unwrap();
    b.finish().await;
}

#[tokio::test]
async fn data_from_a_newer_version_is_not_overwritten_silently() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    let newer =
        r#"{"schema":99,"saved_at":"2030-01-01T00:00:00.000Z","workspace":{"future":true}}"#;
    b.storage_set(WORKSPACE_KEY, newer).await;
    b.reload().await;
    b.wait_text("saved by a newer version of Shoreline").await;
    let kept = b
        .storage_all()
        .await
        .into_iter()
        .any(|(k, v)| k.starts_with(BACKUP_PREFIX) && v == newer);
    assert!(kept, "the newer data was not kept aside");
    b.finish().await;
}

#[tokio::test]
async fn blocked_storage_runs_in_memory_with_a_notice() {
    let server = StaticServer::start(&dist_dir());
    let options = Options {
        block_storage: true,
        ..Options::default()
    };
    let b = Browser::open(&server.url(), options).await;
    // The test is only meaningful if storage really is blocked.
    let blocked = b
        .script(
            "try { window.localStorage; return false; } catch (e) { return e.name; }",
            vec![],
        )
        .await;
    assert_eq!(
        blocked, "SecurityError",
        "storage was not blocked in this browser"
    );
    b.wait_text("This browser is not letting Shoreline save anything here")
        .await;
    assert!(b
        .page_text()
        .await
        .contains("Your work is kept in memory only on this page."));
    // Everything still works in memory.
    b.link("Report").await.click().await.unwrap();
    b.wait_heading("Report").await;
    b.link("Matrix").await.click().await.unwrap();
    b.wait_heading("Comparison matrix").await;
    b.finish().await;
}
