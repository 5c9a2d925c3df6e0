//! The backups kept on this device: what each one is, in words, and its
//! file name. Reading, deleting and restoring are the shell's (`ui::storage`,
//! `transfer::import`); this decides what the list says.

use crate::domain::formats::persist::{self, LoadError, SCHEMA};
use crate::domain::model::small::sort_small_by;

/// Why a backup was kept, as far as its contents tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// A save of an earlier version, kept as it was when it was upgraded.
    Earlier { schema: u32 },
    /// A save of a newer version than this one (this copy cannot open it).
    Newer { schema: u32 },
    /// Work of this version: unsaved changes of a page that closed or lost
    /// a two-tab conflict, or a save taken over from an earlier copy.
    Current,
    /// Text that is not a readable save.
    Unreadable,
}

/// Where versions before one save per installation kept their backups:
/// this, then a time stamp, shared by every copy of Shoreline on the host.
pub const LEGACY_PREFIX: &str = "shoreline:v1:backup:";

/// The time stamp of a backup key, and whether it is one of an earlier
/// version (shared by every copy on this host): `prefix` (this
/// installation's) or [`LEGACY_PREFIX`], then digits only.
pub fn stamp_of(key: &str, prefix: &str) -> Option<(u64, bool)> {
    let (rest, legacy) = match key.strip_prefix(prefix) {
        Some(rest) => (rest, false),
        None => (key.strip_prefix(LEGACY_PREFIX)?, true),
    };
    let stamp = rest.bytes().try_fold(0u64, |n, b| {
        let digit = b.checked_sub(b'0').filter(|d| *d < 10)?;
        n.checked_mul(10)?.checked_add(u64::from(digit))
    })?;
    (!rest.is_empty()).then_some((stamp, legacy))
}

/// One backup in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// Its localStorage key.
    pub key: String,
    /// When it was kept: milliseconds since 1970 (from its key).
    pub stamp: u64,
    /// Its size in bytes (UTF-8, as downloaded).
    pub bytes: usize,
    pub kept: Kept,
    /// How many scenarios it holds, when it is readable here.
    pub scenarios: Option<usize>,
    /// Kept by an earlier version under a key every copy on this host shares.
    pub legacy: bool,
}

impl Backup {
    /// Whether "Restore as new scenarios" can work here.
    pub fn restorable(&self) -> bool {
        self.scenarios.is_some()
    }
}

/// The backups among `(key, text)` pairs of storage whose key is a backup
/// key (see [`stamp_of`]), newest first.
pub fn list<'a>(
    entries: impl IntoIterator<Item = (&'a str, &'a str)>,
    prefix: &str,
) -> Vec<Backup> {
    let mut out: Vec<Backup> = entries
        .into_iter()
        .filter_map(|(key, text)| {
            let (stamp, legacy) = stamp_of(key, prefix)?;
            let (kept, scenarios) = match persist::decode(text) {
                Ok(loaded) => (
                    match loaded.migrated_from {
                        Some(schema) if schema < SCHEMA => Kept::Earlier { schema },
                        _ => Kept::Current,
                    },
                    Some(loaded.workspace.scenarios.len()),
                ),
                Err(LoadError::NewerSchema { found }) => (Kept::Newer { schema: found }, None),
                Err(_) => (Kept::Unreadable, None),
            };
            Some(Backup {
                key: key.to_string(),
                stamp,
                bytes: text.len(),
                kept,
                scenarios,
                legacy,
            })
        })
        .collect();
    // A handful of saves (each a whole workspace in the browser's few
    // megabytes): the small sort, not `sort_by`'s kilobytes of wasm.
    sort_small_by(&mut out, |a, b| {
        a.stamp > b.stamp || (a.stamp == b.stamp && a.key < b.key)
    });
    out
}

/// Why it was kept, in a sentence.
pub fn why(kept: Kept) -> String {
    match kept {
        Kept::Earlier { schema } => format!(
            "The save of an earlier version of Shoreline (format {schema}), kept as it was when it was upgraded."
        ),
        Kept::Newer { schema } => format!(
            "A save of a newer version of Shoreline (format {schema}): this copy cannot open it; a newer copy can."
        ),
        Kept::Current => {
            "Work kept aside by this version: unsaved changes of a page that closed or met another tab's save."
                .to_string()
        }
        Kept::Unreadable => "Text that was under Shoreline's key but is not a readable save; kept untouched.".to_string(),
    }
}

/// What the list says of a backup: [`why`], and for a backup of an earlier
/// version, that every copy at this address shares it.
pub fn why_kept(backup: &Backup) -> String {
    let mut text = why(backup.kept);
    if backup.legacy {
        text.push_str(" Kept by an earlier version, for every copy of Shoreline at this address.");
    }
    text
}

/// "1 Dec 2026, 22:40 UTC" for a time stamp in milliseconds since 1970.
pub fn when(stamp: u64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let minutes = stamp / 60_000;
    let (days, minute_of_day) = (minutes / 1440, minutes % 1440);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{day} {} {year}, {:02}:{:02} UTC",
        MONTHS[(month - 1) as usize],
        minute_of_day / 60,
        minute_of_day % 60
    )
}

/// "12 KB" (at least 1 KB, rounded up, so a small backup never reads "0 KB").
pub fn size(bytes: usize) -> String {
    let kb = bytes.div_ceil(1024).max(1);
    format!("{kb} KB")
}

/// The name a downloaded backup gets: `shoreline-backup-2026-12-01-2240.json`.
pub fn file_name(stamp: u64) -> String {
    let minutes = stamp / 60_000;
    let (days, minute_of_day) = (minutes / 1440, minutes % 1440);
    let (year, month, day) = civil_from_days(days);
    format!(
        "shoreline-backup-{year}-{month:02}-{day:02}-{:02}{:02}.json",
        minute_of_day / 60,
        minute_of_day % 60
    )
}

/// (year, month 1..=12, day 1..=31) of a day count since 1970-01-01, in the
/// proleptic Gregorian calendar (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests;
