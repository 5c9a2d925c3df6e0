//! The only code that touches localStorage.
//!
//! `window.localStorage` can throw (a `SecurityError` when storage is blocked),
//! so every access goes through `web_sys` calls that return `Result`, never
//! through helpers that panic. Saves are debounced (~300 ms) and flushed when
//! the page is hidden.
//!
//! Two tabs: the page remembers the stored text as it last read or wrote it
//! (which includes its `saved_at`) and compares before every write, so it
//! never writes over another tab's newer save. Another tab's save arrives as
//! a `storage` event: taken over when this page has no unsaved change,
//! otherwise the user chooses (Keep mine / Take theirs). A save this version
//! cannot read (e.g. from a newer Shoreline) stops this page from writing.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::state::{AppState, Notice, NoticeAction, NoticeKind, SaveStatus, Tone};
use crate::domain::formats::persist::{self, LoadError, WORKSPACE_KEY};
use crate::domain::model::scenario::Workspace;

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

/// What this page knows about the stored text, between saves.
#[derive(Default)]
struct Sync {
    /// The stored text as this page last read or wrote it (`None`: nothing stored).
    last_seen: Option<String>,
    /// A change not yet written.
    dirty: bool,
    /// Another tab saved while this page had unsaved changes: the user chooses.
    conflict: bool,
    /// Another tab saved something this page cannot read: it never writes again.
    stopped: bool,
    /// The next workspace change came from storage, not from the user.
    from_storage: bool,
}

thread_local! {
    static SYNC: RefCell<Sync> = RefCell::new(Sync::default());
}

fn sync<R>(f: impl FnOnce(&mut Sync) -> R) -> R {
    SYNC.with(|s| f(&mut s.borrow_mut()))
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

/// The current time as ISO 8601 text.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

fn warning(kind: NoticeKind, text: String) -> Notice {
    Notice::new(kind, Tone::Warning, text)
}

fn memory_only(reason: &str) -> Boot {
    Boot {
        workspace: Workspace::default(),
        notices: vec![warning(
            NoticeKind::StorageUnavailable,
            persist::storage_unavailable_notice(reason),
        )
        .with(NoticeAction::Export)],
        mode: Mode::InMemory,
    }
}

/// Loads the workspace: missing -> defaults; older -> migrated (the original
/// kept under a backup key); newer -> left untouched, in-memory mode;
/// unreadable -> raw text kept under a backup key, fresh start, notice;
/// storage blocked -> in-memory mode with a notice.
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
    let key = persist::backup_key(now_ms());
    let result = persist::decode(&raw);
    // Keep the stored text aside before anything could replace it.
    let backed_up = match &result {
        Ok(loaded) if loaded.migrated_from.is_none() => false,
        _ => storage.set_item(&key, &raw).is_ok(),
    };
    sync(|s| s.last_seen = Some(raw));
    let (workspace, notice, mode) = match result {
        Ok(loaded) => {
            let notice = loaded.migrated_from.map(|from| {
                let text = persist::upgraded_notice(from, backed_up.then_some(key.as_str()));
                Notice::new(NoticeKind::Upgraded, Tone::Info, text)
            });
            (loaded.workspace, notice, Mode::Persisted)
        }
        Err(error @ LoadError::NewerSchema { .. }) => {
            let text = persist::newer_schema_notice(&error);
            let notice = warning(NoticeKind::Unreadable, text).with(NoticeAction::Export);
            (Workspace::default(), Some(notice), Mode::InMemory)
        }
        Err(error) if backed_up => {
            let text = persist::unreadable_notice(&error, &key);
            let notice = warning(NoticeKind::Unreadable, text).dismissible();
            (Workspace::default(), Some(notice), Mode::Persisted)
        }
        // Not even set aside: do not write over it, stay in memory.
        Err(error) => {
            let text = persist::unreadable_not_backed_up_notice(&error);
            let notice = warning(NoticeKind::Unreadable, text).with(NoticeAction::Export);
            (Workspace::default(), Some(notice), Mode::InMemory)
        }
    };
    Boot {
        workspace,
        notices: notice.into_iter().collect(),
        mode,
    }
}

/// Why a save did not happen.
enum SaveError {
    Quota,
    Other(String),
}

fn write(storage: &web_sys::Storage, workspace: &Workspace) -> Result<String, SaveError> {
    let text = persist::encode(workspace, &now_iso());
    match storage.set_item(WORKSPACE_KEY, &text) {
        Ok(()) => Ok(text),
        Err(e) if is_quota(&e) => Err(SaveError::Quota),
        Err(e) => Err(SaveError::Other(describe(&e))),
    }
}

/// Saves now, unless another tab saved since this page last looked (then the
/// user is asked) or `force` (the user chose to keep this page's version).
fn save_now(state: AppState, force: bool) {
    if sync(|s| s.stopped) {
        return;
    }
    let checked = local_storage().and_then(|storage| {
        let stored = storage.get_item(WORKSPACE_KEY).map_err(|e| describe(&e))?;
        Ok((storage, stored))
    });
    let result = match checked {
        Ok((_, Some(theirs))) if !force && sync(|s| s.last_seen.as_ref() != Some(&theirs)) => {
            return other_tab_saved(state, theirs);
        }
        Ok((storage, _)) => state.workspace.with_untracked(|w| write(&storage, w)),
        Err(reason) => Err(SaveError::Other(reason)),
    };
    match result {
        Ok(text) => {
            sync(|s| {
                s.last_seen = Some(text);
                s.dirty = false;
                s.conflict = false;
            });
            state.save_status.set(SaveStatus::Saved);
            state.clear_notice(NoticeKind::QuotaFull);
        }
        Err(SaveError::Quota) => {
            state.save_status.set(SaveStatus::Failed);
            state.notify(
                warning(NoticeKind::QuotaFull, persist::QUOTA_NOTICE.into())
                    .with(NoticeAction::Export),
            );
        }
        Err(SaveError::Other(reason)) => {
            state.save_status.set(SaveStatus::Failed);
            state.notify(
                warning(
                    NoticeKind::StorageUnavailable,
                    persist::storage_unavailable_notice(&reason),
                )
                .with(NoticeAction::Export),
            );
        }
    }
}

/// Another tab saved `theirs` while this page has changes of its own.
fn other_tab_saved(state: AppState, theirs: String) {
    match persist::decode(&theirs) {
        Ok(_) => {
            sync(|s| s.conflict = true);
            state.save_status.set(SaveStatus::Failed);
            state.notify(
                warning(
                    NoticeKind::OtherTab,
                    persist::OTHER_TAB_CONFLICT_NOTICE.into(),
                )
                .with(NoticeAction::KeepMine)
                .with(NoticeAction::TakeTheirs),
            );
        }
        Err(error) => stop(state, &error),
    }
}

/// This page never writes again: another tab saved what it cannot read.
fn stop(state: AppState, error: &LoadError) {
    sync(|s| s.stopped = true);
    state.save_status.set(SaveStatus::MemoryOnly);
    state.notify(
        warning(
            NoticeKind::OtherTab,
            persist::other_tab_unreadable_notice(error),
        )
        .with(NoticeAction::Export),
    );
}

/// Shows the stored text `theirs` in place of this page's workspace (this
/// page's screen stays as it is).
fn take(state: AppState, theirs: String) {
    match persist::decode(&theirs) {
        Ok(loaded) => {
            let mut workspace = loaded.workspace;
            workspace.last_view = state.view.get_untracked();
            sync(|s| {
                s.last_seen = Some(theirs);
                s.dirty = false;
                s.conflict = false;
                s.from_storage = true;
            });
            state.workspace.set(workspace);
            state.save_status.set(SaveStatus::Saved);
            state.notify(Notice::new(
                NoticeKind::OtherTab,
                Tone::Info,
                persist::OTHER_TAB_UPDATED_NOTICE.into(),
            ));
        }
        Err(error) => stop(state, &error),
    }
}

/// The user's answer to a conflict: save this page's version over the other tab's.
pub fn keep_mine(state: AppState) {
    sync(|s| s.conflict = false);
    save_now(state, true);
    if state.save_status.get_untracked() == SaveStatus::Saved {
        state.clear_notice(NoticeKind::OtherTab);
    }
}

/// The user's answer to a conflict: show the other tab's version here.
pub fn take_theirs(state: AppState) {
    match local_storage().map(|s| s.get_item(WORKSPACE_KEY)) {
        Ok(Ok(Some(theirs))) => take(state, theirs),
        // Nothing stored any more: this page's version is all there is.
        _ => keep_mine(state),
    }
}

/// The one persisting effect: every change to the workspace is saved ~300 ms
/// after the last one, and at once when the page is hidden. Also listens
/// for other tabs' saves.
pub fn persist_changes(state: AppState, mode: Mode) {
    if mode == Mode::InMemory {
        return;
    }
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first_run: Option<()>| {
        state.workspace.track();
        // Opening the app is not a change: do not rewrite what was just read;
        // neither is taking over another tab's save.
        if first_run.is_none() || sync(|s| std::mem::take(&mut s.from_storage)) {
            return;
        }
        sync(|s| s.dirty = true);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                // While the user has not chosen between two versions, nothing is written.
                if !sync(|s| s.conflict) {
                    save_now(state, false);
                }
            },
            SAVE_DELAY,
        );
        pending.set_value(handle.ok());
    });
    let flush = window_event_listener(leptos::ev::pagehide, move |_| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            pending.set_value(None);
            if !sync(|s| s.conflict) {
                save_now(state, false);
            }
        }
    });
    std::mem::forget(flush);
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        // No key: another tab cleared storage; nothing to take over.
        if ev.key().as_deref() != Some(WORKSPACE_KEY) {
            if ev.key().is_none() {
                sync(|s| s.last_seen = None);
            }
            return;
        }
        let theirs = ev.new_value();
        if sync(|s| s.stopped || s.last_seen == theirs) {
            return;
        }
        let Some(theirs) = theirs else {
            sync(|s| s.last_seen = None);
            return;
        };
        if sync(|s| s.dirty || s.conflict) {
            other_tab_saved(state, theirs);
        } else {
            take(state, theirs);
        }
    });
    std::mem::forget(other_tab);
}
