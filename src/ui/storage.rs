//! The only code that touches localStorage.
//!
//! `window.localStorage` can throw (a `SecurityError` when storage is blocked),
//! so every access goes through `web_sys` calls that return `Result`, never
//! through helpers that panic. Saves are debounced (~300 ms) and flushed when
//! the page is hidden.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::state::{AppState, Notice, NoticeKind, SaveStatus, Tone};
use crate::domain::persist::{self, WORKSPACE_KEY};
use crate::domain::scenario::Workspace;

const PROBE_KEY: &str = "shoreline:v1:probe";
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Whether the workspace can be written to storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Saved to localStorage.
    Persisted,
    /// Kept in memory only (storage blocked, or unreadable data we must not overwrite).
    InMemory,
}

/// What the app starts with.
pub struct Boot {
    pub workspace: Workspace,
    pub notices: Vec<Notice>,
    pub mode: Mode,
}

/// A short description of a thrown JS value, for messages.
fn describe(error: &JsValue) -> String {
    if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", e.name(), e.message());
    }
    if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        return String::from(e.message());
    }
    error.as_string().unwrap_or_else(|| "unknown error".into())
}

fn is_quota(error: &JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| persist::is_quota_error(&e.name(), e.code()))
}

/// The storage object, or why it cannot be used. Reading `localStorage`
/// can throw, so this never panics.
fn local_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("localStorage is not available".into()),
        Err(e) => Err(describe(&e)),
    }
}

/// Checks that storage can be read and written. A full storage still counts
/// as usable: it can be read, and each failed save is reported.
fn probe() -> Result<web_sys::Storage, String> {
    let storage = local_storage()?;
    storage.get_item(PROBE_KEY).map_err(|e| describe(&e))?;
    match storage.set_item(PROBE_KEY, "1") {
        Ok(()) => {
            let _ = storage.remove_item(PROBE_KEY);
            Ok(storage)
        }
        Err(e) if is_quota(&e) => Ok(storage),
        Err(e) => Err(describe(&e)),
    }
}

fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

fn memory_only(reason: &str) -> Boot {
    Boot {
        workspace: Workspace::default(),
        notices: vec![Notice {
            kind: NoticeKind::StorageUnavailable,
            tone: Tone::Warning,
            text: persist::storage_unavailable_notice(reason),
            dismissible: false,
        }],
        mode: Mode::InMemory,
    }
}

/// Loads the workspace: missing -> defaults; older -> migrated; unreadable ->
/// raw text kept under a backup key, fresh start, notice; storage blocked ->
/// in-memory mode with a notice.
pub fn boot() -> Boot {
    let storage = match probe() {
        Ok(storage) => storage,
        Err(reason) => return memory_only(&reason),
    };
    let raw = match storage.get_item(WORKSPACE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Boot {
                workspace: Workspace::default(),
                notices: Vec::new(),
                mode: Mode::Persisted,
            }
        }
        Err(e) => return memory_only(&describe(&e)),
    };
    match persist::decode(&raw) {
        Ok(loaded) => Boot {
            workspace: loaded.workspace,
            notices: Vec::new(),
            mode: Mode::Persisted,
        },
        Err(error) => {
            let key = persist::backup_key(now_ms());
            // Keep the unreadable text aside; if even that fails, do not
            // write over it: stay in memory.
            let (text, mode) = match storage.set_item(&key, &raw) {
                Ok(()) => (persist::unreadable_notice(&error, &key), Mode::Persisted),
                Err(_) => (
                    persist::unreadable_not_backed_up_notice(&error),
                    Mode::InMemory,
                ),
            };
            Boot {
                workspace: Workspace::default(),
                notices: vec![Notice {
                    kind: NoticeKind::Unreadable,
                    tone: Tone::Warning,
                    text,
                    dismissible: mode == Mode::Persisted,
                }],
                mode,
            }
        }
    }
}

/// Why a save did not happen.
enum SaveError {
    Quota,
    Other(String),
}

fn write(workspace: &Workspace) -> Result<(), SaveError> {
    let storage = local_storage().map_err(SaveError::Other)?;
    let text = persist::encode(workspace, &now_iso());
    storage.set_item(WORKSPACE_KEY, &text).map_err(|e| {
        if is_quota(&e) {
            SaveError::Quota
        } else {
            SaveError::Other(describe(&e))
        }
    })
}

/// Saves now and reports the outcome through the app state.
fn save_now(state: AppState) {
    let result = state.workspace.with_untracked(write);
    match result {
        Ok(()) => {
            state.save_status.set(SaveStatus::Saved);
            state.clear_notice(NoticeKind::QuotaFull);
        }
        Err(SaveError::Quota) => {
            state.save_status.set(SaveStatus::Failed);
            state.notify(Notice {
                kind: NoticeKind::QuotaFull,
                tone: Tone::Warning,
                text: persist::QUOTA_NOTICE.into(),
                dismissible: false,
            });
        }
        Err(SaveError::Other(reason)) => {
            state.save_status.set(SaveStatus::Failed);
            state.notify(Notice {
                kind: NoticeKind::StorageUnavailable,
                tone: Tone::Warning,
                text: persist::storage_unavailable_notice(&reason),
                dismissible: false,
            });
        }
    }
}

/// The one persisting effect: every change to the workspace is saved ~300 ms
/// after the last one, and at once when the page is hidden.
pub fn persist_changes(state: AppState, mode: Mode) {
    if mode == Mode::InMemory {
        return;
    }
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first_run: Option<()>| {
        state.workspace.track();
        // Opening the app is not a change: do not rewrite what was just read.
        if first_run.is_none() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                save_now(state);
            },
            SAVE_DELAY,
        );
        pending.set_value(handle.ok());
    });
    let flush = window_event_listener(leptos::ev::pagehide, move |_| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            pending.set_value(None);
            save_now(state);
        }
    });
    std::mem::forget(flush);
}
