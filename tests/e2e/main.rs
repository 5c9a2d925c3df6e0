//! End-to-end tests: the release `dist/` in real headless Chromium (and, for
//! the core journeys of journeys.rs, Firefox ESR and WebKitGTK), driven as
//! a person would (by link text, button name, label and visible text). Any
//! console error or uncaught page error fails the test (`Browser::finish`).

#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mod.rs"]
mod support;

mod accessibility;
mod advice;
mod backups;
mod budget;
mod faults;
mod journeys;
mod learn;
mod matrix;
mod money;
mod numbers;
mod offline;
mod people;
mod persistence;
mod quiz;
mod report;
mod scenarios;
mod shell;
mod sync;
mod timezones;
mod touch;

use std::time::{Duration, Instant};

use support::browser::Browser;

/// The stored workspace key and the prefix of backup keys of the app served
/// at the site root (see `persist::Keys` in src/domain/formats/persist.rs),
/// and the key every copy on an origin shared before each had its own.
pub const WORKSPACE_KEY: &str = "shoreline:v1:workspace:/";
pub const BACKUP_PREFIX: &str = "shoreline:v1:backup:/:";
pub const SHARED_KEY: &str = "shoreline:v1:workspace";

/// The six navigation labels and the heading each view shows.
pub const VIEWS: [(&str, &str, &str); 6] = [
    ("Quiz", "quiz", "Decision quiz"),
    ("Matrix", "matrix", "Comparison matrix"),
    ("Budget", "budget", "Budget and cost model"),
    ("Time zones", "timezones", "Time zones"),
    ("Learn", "learn", "Learn: outsourcing vs offshoring"),
    ("Report", "report", "Report"),
];

/// Opens the Budget screen of a fresh installation.
pub async fn open_budget() -> (support::server::StaticServer, Browser) {
    let server = support::server::StaticServer::start(&support::dist_dir());
    let b = Browser::open(
        &format!("{}?view=budget", server.url()),
        support::browser::Options::default(),
    )
    .await;
    b.wait_heading("Budget and cost model").await;
    (server, b)
}

/// Waits for a finished download of `name` in `dir` and returns its text.
pub async fn downloaded(dir: &support::server::TempDir, name: &str) -> String {
    let path = dir.0.join(name);
    let started = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(&path) {
            if !text.is_empty() {
                return text;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{name} was not downloaded; the folder holds {:?}",
            std::fs::read_dir(&dir.0)
                .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The workspace key of the installation the open page belongs to (its
/// base path; `WORKSPACE_KEY` for the app served at the site root).
pub async fn workspace_key(browser: &Browser) -> String {
    let base = browser.script("return document.baseURI;", vec![]).await;
    shoreline::domain::formats::persist::Keys::for_base(base.as_str().unwrap_or("/")).workspace
}

/// Polls the stored workspace until `check` accepts it (saves are debounced).
pub async fn wait_for_saved(
    browser: &Browser,
    check: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    let started = Instant::now();
    let key = workspace_key(browser).await;
    loop {
        if let Some(raw) = browser.storage_get(&key).await {
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

/// The scenario name shown in the header.
pub async fn header_name(browser: &Browser) -> String {
    browser
        .script(
            "return document.querySelector('[data-testid=scenario-name]').textContent",
            vec![],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Waits until the header shows `name` as the open scenario.
pub async fn wait_header_name(browser: &Browser, name: &str) {
    let started = Instant::now();
    loop {
        let shown = header_name(browser).await;
        if shown == name {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the header shows “{shown}”, not “{name}”"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The stored workspace, parsed (panics when there is none).
pub async fn stored(browser: &Browser) -> serde_json::Value {
    let raw = browser
        .storage_get(&workspace_key(browser).await)
        .await
        .expect("nothing is stored");
    serde_json::from_str(&raw).expect("the stored workspace is not JSON")
}

/// The names of the stored scenarios, in order.
pub fn names(saved: &serde_json::Value) -> Vec<String> {
    saved["workspace"]["scenarios"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|s| s["name"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A fresh, empty folder for this test's files (downloads, files to import).
pub fn scratch_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("shoreline-e2e-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch folder");
    dir
}

/// Lets the page download files into `dir`.
pub async fn allow_downloads(browser: &Browser, dir: &std::path::Path) {
    browser
        .cdp(
            "Page.setDownloadBehavior",
            serde_json::json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
        )
        .await;
}

/// Waits for a finished download in `dir` whose name starts with `prefix`.
pub async fn wait_download(dir: &std::path::Path, prefix: &str) -> std::path::PathBuf {
    let started = Instant::now();
    loop {
        let found = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                name.starts_with(prefix) && name.ends_with(".json")
            });
        if let Some(path) = found {
            return path;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no download starting with {prefix} in {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Opens the Scenarios dialog from the header.
pub async fn open_scenarios(browser: &Browser) {
    browser.press("Scenarios").await;
    browser
        .wait_text("Keep one scenario per business function")
        .await;
}

/// Replaces the text of the field labelled `label` with `text`.
pub async fn type_into(browser: &Browser, label: &str, text: &str) {
    let field = browser.field(label).await;
    field.clear().await.expect("clear the field");
    field.send_keys(text).await.expect("type into the field");
}
