//! Issue 13, defect 4: the backups Shoreline keeps are listed in the
//! Scenarios dialog, with when and why each was kept and its size, and each
//! can be downloaded, restored as new scenarios, or deleted.

use shoreline::domain::formats::backups::when;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{
    allow_downloads, names, open_scenarios, scratch_dir, wait_download, wait_for_saved,
    wait_header_name, BACKUP_PREFIX, WORKSPACE_KEY,
};

/// This installation's backups: (key, text), oldest first.
async fn backups(b: &Browser) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = b
        .storage_all()
        .await
        .into_iter()
        .filter(|(k, _)| k.starts_with(BACKUP_PREFIX))
        .collect();
    all.sort();
    all
}

fn stamp(key: &str) -> u64 {
    key[BACKUP_PREFIX.len()..].parse().expect("a time stamp")
}

#[tokio::test]
async fn backups_are_listed_downloaded_restored_and_deleted() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    open_scenarios(&b).await;
    b.wait_text("Backups on this device").await;
    b.wait_text("None. Shoreline keeps a copy here").await;
    b.press("Close").await;

    // An old-format save is upgraded (its original kept), and some text
    // that is no save sits under a backup key of this installation.
    let sample = include_str!("../samples/schema-1.json");
    b.storage_set(WORKSPACE_KEY, sample).await;
    let junk_key = format!("{BACKUP_PREFIX}1700000000000");
    b.storage_set(&junk_key, "not a save at all").await;
    b.reload().await;
    wait_header_name(&b, "Customer support").await;
    let kept = backups(&b).await;
    assert_eq!(kept.len(), 2, "{kept:?}");
    let (old_key, old_text) = kept
        .iter()
        .find(|(_, v)| v == sample)
        .cloned()
        .expect("the original save was not kept");
    let old_when = when(stamp(&old_key));
    let junk_when = when(stamp(&junk_key));
    assert_eq!(junk_when, "14 Nov 2023, 22:13 UTC");

    open_scenarios(&b).await;
    b.wait_text("The save of an earlier version of Shoreline (format 1)")
        .await;
    b.wait_text("is not a readable save").await;
    b.wait_text(&old_when).await;
    let text = b.page_text().await;
    assert!(
        text.contains(&format!("{old_when} · 1 KB, 2 scenarios")),
        "the list does not give the date, size and contents:\n{text}"
    );
    // Text that is no save cannot be restored, only downloaded or deleted.
    let restore_junk = format!("Restore the backup of {junk_when} as new scenarios");
    assert!(
        b.script(
            "return document.querySelector(`button[aria-label=\"${arguments[0]}\"]`) === null;",
            vec![restore_junk.clone().into()],
        )
        .await
            == true,
        "“{restore_junk}” is offered"
    );

    // Download: the file holds the backup byte for byte.
    let dir = scratch_dir("backups");
    allow_downloads(&b, &dir).await;
    b.press(&format!("Download the backup of {old_when}")).await;
    b.wait_text("The backup is being downloaded.").await;
    let file = wait_download(&dir, "shoreline-backup-").await;
    assert_eq!(std::fs::read_to_string(&file).unwrap(), old_text);

    // Restore: added as new scenarios beside the two that are there.
    b.press(&format!(
        "Restore the backup of {old_when} as new scenarios"
    ))
    .await;
    b.wait_text("Added 2 scenarios from the file: “Customer support (2)”, “Payroll (2)”. Nothing was replaced.")
        .await;
    let saved = wait_for_saved(&b, |v| names(v).len() == 4).await;
    assert_eq!(
        names(&saved),
        [
            "Customer support",
            "Payroll",
            "Customer support (2)",
            "Payroll (2)"
        ]
    );
    assert_eq!(backups(&b).await.len(), 2, "restoring removed the backup");

    // Delete asks first; "Keep it" keeps it; then it goes, and only it.
    b.press(&format!("Delete the backup of {junk_when}")).await;
    b.wait_text("Delete this backup for good?").await;
    b.press("Keep it").await;
    assert_eq!(backups(&b).await.len(), 2);
    b.press(&format!("Delete the backup of {junk_when}")).await;
    b.press("Delete the backup for good").await;
    b.wait_text("The backup is deleted.").await;
    assert_eq!(backups(&b).await, vec![(old_key, old_text)]);
    assert!(
        !b.page_text().await.contains(&junk_when),
        "the deleted backup is still listed"
    );
    b.finish().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 13, defect 4: backups that versions with one key per host kept
/// (`shoreline:v1:backup:<time>`) are listed too, marked as such, and can be
/// downloaded, restored as new scenarios and deleted.
#[tokio::test]
async fn backups_of_earlier_versions_are_listed_and_can_be_removed() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    let sample = include_str!("../samples/schema-1.json");
    let legacy_key = "shoreline:v1:backup:1700000000000";
    b.storage_set(legacy_key, sample).await;
    // Not backups: left alone and not listed.
    b.storage_set("shoreline:v1:backup:+1700000000001", "x")
        .await;
    b.storage_set("shoreline:v1:backup:later", "x").await;
    b.reload().await;
    let legacy_when = when(1_700_000_000_000);
    open_scenarios(&b).await;
    b.wait_text("Kept by an earlier version, for every copy")
        .await;
    let text = b.page_text().await;
    assert!(
        text.contains(&format!("{legacy_when} · 1 KB, 2 scenarios")),
        "the earlier version's backup is not listed:\n{text}"
    );
    assert_eq!(
        text.matches("Kept by an earlier version").count(),
        1,
        "{text}"
    );

    let dir = scratch_dir("legacy-backups");
    allow_downloads(&b, &dir).await;
    b.press(&format!("Download the backup of {legacy_when}"))
        .await;
    let file = wait_download(&dir, "shoreline-backup-").await;
    assert_eq!(std::fs::read_to_string(&file).unwrap(), sample);

    b.press(&format!(
        "Restore the backup of {legacy_when} as new scenarios"
    ))
    .await;
    b.wait_text("Added 2 scenarios from the file").await;
    // A save of format 1: the defaults were recalibrated since, and it says so.
    b.wait_text("The default costs and scores were recalibrated")
        .await;
    wait_for_saved(&b, |v| names(v).len() == 3).await;

    b.press(&format!("Delete the backup of {legacy_when}"))
        .await;
    b.press("Delete the backup for good").await;
    b.wait_text("The backup is deleted.").await;
    assert_eq!(b.storage_get(legacy_key).await, None);
    assert_eq!(
        b.storage_get("shoreline:v1:backup:later").await.as_deref(),
        Some("x")
    );
    b.wait_text("None. Shoreline keeps a copy here").await;
    b.finish().await;
    let _ = std::fs::remove_dir_all(&dir);
}
