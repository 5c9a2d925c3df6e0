//! Native tests of `formats::backups`.

use super::*;
use crate::domain::formats::persist::{encode, Keys};
use crate::domain::model::scenario::Workspace;

#[test]
fn dates_and_sizes_read_plainly() {
    assert_eq!(when(0), "1 Jan 1970, 00:00 UTC");
    // 2026-12-01T22:40:59.999Z
    assert_eq!(when(1_796_164_859_999), "1 Dec 2026, 22:40 UTC");
    // A leap day.
    assert_eq!(when(1_709_208_000_000), "29 Feb 2024, 12:00 UTC");
    assert_eq!(
        file_name(1_796_164_859_999),
        "shoreline-backup-2026-12-01-2240.json"
    );
    assert_eq!(size(0), "1 KB");
    assert_eq!(size(1024), "1 KB");
    assert_eq!(size(1025), "2 KB");
}

#[test]
fn the_list_says_what_each_backup_is_newest_first() {
    let keys = Keys::for_base("https://intranet.example/tools/shoreline/");
    let other = Keys::for_base("https://intranet.example/tools/shoreline-next/");
    let current = encode(&Workspace::default(), "2026-12-01T10:00:00.000Z");
    let newer = r#"{"schema":99,"saved_at":"2030-01-01T00:00:00.000Z","workspace":{}}"#;
    let earlier = r#"{"schema":1,"saved_at":"2025-01-01T00:00:00.000Z","workspace":{"scenarios":[{"id":1,"name":"Old","weights":{},"overrides":{}}],"active":1,"next_id":2}}"#;
    let stored = [
        (keys.backup(1_000), current.clone()),
        (keys.backup(3_000), newer.to_string()),
        (keys.backup(2_000), "not a save".to_string()),
        (keys.backup(4_000), earlier.to_string()),
        // Another installation's backup, the workspace itself, a stray key.
        (other.backup(5_000), current.clone()),
        (keys.workspace.clone(), current.clone()),
        (format!("{}later", keys.backup_prefix), current.clone()),
    ];
    let pairs = stored.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let list = list(pairs, &keys.backup_prefix);
    let stamps: Vec<u64> = list.iter().map(|b| b.stamp).collect();
    assert_eq!(stamps, [4_000, 3_000, 2_000, 1_000]);
    let kinds: Vec<Kept> = list.iter().map(|b| b.kept).collect();
    assert_eq!(
        kinds[1..],
        [Kept::Newer { schema: 99 }, Kept::Unreadable, Kept::Current]
    );
    // The earlier save reads (migrated) and says so.
    assert_eq!(kinds[0], Kept::Earlier { schema: 1 });
    assert_eq!(list[0].scenarios, Some(1));
    assert_eq!(list[3].scenarios, Some(1));
    assert!(list[3].restorable() && !list[1].restorable() && !list[2].restorable());
    assert_eq!(list[3].bytes, current.len());
    assert!(why(Kept::Newer { schema: 99 }).contains("newer version"));
    assert!(why(Kept::Earlier { schema: 3 }).contains("format 3"));
}

/// Newest first; saves of the same millisecond (keys "…12" and "…012")
/// in key order, whatever order storage gives them in.
#[test]
fn the_list_orders_equal_stamps_by_key() {
    let keys = Keys::for_base("https://intranet.example/shoreline/");
    let p = &keys.backup_prefix;
    let stored = [
        format!("{p}012"),
        format!("{p}5"),
        format!("{p}12"),
        format!("{p}0012"),
        format!("{p}40"),
    ];
    let pairs = stored.iter().map(|k| (k.as_str(), "not a save"));
    let order: Vec<String> = list(pairs, p)
        .into_iter()
        .map(|b| b.key.trim_start_matches(p.as_str()).to_string())
        .collect();
    assert_eq!(order, ["40", "0012", "012", "12", "5"]);
}

#[test]
fn backups_of_earlier_versions_are_listed_and_marked() {
    let keys = Keys::for_base("https://intranet.example/tools/shoreline/");
    let other = Keys::for_base("https://intranet.example/tools/shoreline-next/");
    let current = encode(&Workspace::default(), "2026-12-01T10:00:00.000Z");
    let stored = [
        (keys.backup(1_000), current.clone()),
        // Written by versions with one key per host.
        (format!("{LEGACY_PREFIX}2000"), current.clone()),
        // Not backup keys: signs, letters, nothing after the prefix,
        // another installation's backup.
        (format!("{LEGACY_PREFIX}+3000"), current.clone()),
        (format!("{LEGACY_PREFIX}3000x"), current.clone()),
        (LEGACY_PREFIX.to_string(), current.clone()),
        (format!("{}+4000", keys.backup_prefix), current.clone()),
        (other.backup(5_000), current.clone()),
    ];
    let pairs = stored.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let list = list(pairs, &keys.backup_prefix);
    let found: Vec<(u64, bool)> = list.iter().map(|b| (b.stamp, b.legacy)).collect();
    assert_eq!(found, [(2_000, true), (1_000, false)]);
    assert!(why_kept(&list[0]).ends_with("for every copy of Shoreline at this address."));
    assert!(!why_kept(&list[1]).contains("earlier version,"));
    assert!(list[0].restorable());
    assert_eq!(
        stamp_of(&format!("{LEGACY_PREFIX}2000"), &keys.backup_prefix),
        Some((2_000, true))
    );
    assert_eq!(
        stamp_of(&keys.backup(7), &keys.backup_prefix),
        Some((7, false))
    );
    assert_eq!(stamp_of(&other.backup(7), &keys.backup_prefix), None);
    assert_eq!(stamp_of(&keys.workspace, &keys.backup_prefix), None);
}
