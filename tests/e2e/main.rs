//! End-to-end tests: the release `dist/` in real headless Chromium, driven as
//! a person would (by link text, button name, label and visible text). Any
//! console error or uncaught page error fails the test (`Browser::finish`).

#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mod.rs"]
mod support;

mod accessibility;
mod budget;
mod learn;
mod matrix;
mod offline;
mod persistence;
mod quiz;
mod report;
mod shell;

use std::time::{Duration, Instant};

use support::browser::Browser;

/// The stored workspace key and the prefix of backup keys (see src/domain/persist.rs).
pub const WORKSPACE_KEY: &str = "shoreline:v1:workspace";
pub const BACKUP_PREFIX: &str = "shoreline:v1:backup:";

/// The six navigation labels and the heading each view shows.
pub const VIEWS: [(&str, &str, &str); 6] = [
    ("Quiz", "quiz", "Decision quiz"),
    ("Matrix", "matrix", "Comparison matrix"),
    ("Budget", "budget", "Budget and cost model"),
    ("Time zones", "timezones", "Time zones"),
    ("Learn", "learn", "Learn: outsourcing vs offshoring"),
    ("Report", "report", "Report"),
];

/// Polls the stored workspace until `check` accepts it (saves are debounced).
pub async fn wait_for_saved(
    browser: &Browser,
    check: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    let started = Instant::now();
    loop {
        if let Some(raw) = browser.storage_get(WORKSPACE_KEY).await {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) {
                if check(&v) {
                    return v;
                }
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the expected save never happened"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
