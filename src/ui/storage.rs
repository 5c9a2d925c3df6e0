//! The only code that touches localStorage. It decides nothing: the two-tab
//! rules are the pure machine in `domain::rules::sync`; this file turns
//! browser events into its events and carries out its commands.
//!
//! `window.localStorage` can throw (a `SecurityError` when storage is
//! blocked), so it is first probed with `web_sys` calls that return
//! `Result`. Once the probe has shown storage usable, the workspace is
//! written through `gloo-storage` (`LocalStorage::set` serialises the
//! envelope and turns a refused write into a `StorageError`, mapped to the
//! same notices as before: full, or unavailable). Reads, backups of raw text
//! and removals use the `web_sys::Storage` that `LocalStorage::raw()` hands
//! out, through its `Result`-returning calls: gloo's own `get`, `delete` and
//! `length` panic (`expect_throw`) if the browser throws, and a backup must
//! hold the stored text byte for byte, not re-encoded as JSON.
//!
//! Keys are per installation (`persist::Keys`): each base path on an origin
//! has its own save. An installation with no save of its own takes over the
//! key all copies shared before (`persist::SHARED_WORKSPACE_KEY`) once, by
//! copying it; that key is never written or deleted.
//!
//! Compare-and-write runs under a Web Lock (`navigator.locks`, named after
//! the workspace key) where the browser has it, so two tabs cannot both
//! compare and then both write; elsewhere it is the compare alone. While the
//! page unloads no lock can be awaited (the page may be gone before it is
//! granted), so that last save compares and writes at once, synchronously;
//! if another tab saved in between, the changes go to a backup key instead
//! and the next start says where (never dropped silently).

use std::cell::RefCell;
use std::time::Duration;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::state::{AppState, Notice, NoticeAction, NoticeKind, SaveStatus, Tone};
use crate::domain::formats::backups;
use crate::domain::formats::persist::{self, Keys, LoadError, SHARED_WORKSPACE_KEY};
use crate::domain::model::scenario::Workspace;
use crate::domain::rules::sync::{
    Command, Event, Failure, Found, Kept, Note, Purpose, Source, Status, Sync, Theirs, Topic,
    Unsaved,
};

const PROBE_KEY: &str = "shoreline:v1:probe";
const SAVE_DELAY: Duration = Duration::from_millis(300);

thread_local! {
    static SYNC: RefCell<Sync<String>> = RefCell::new(Sync::new());
    static KEYS: RefCell<Option<Keys>> = const { RefCell::new(None) };
    static TIMER: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
    /// This page put its changes in the tab's session storage (and the
    /// user stayed): a later save of this page makes that copy obsolete.
    static KEPT_IN_TAB: RefCell<bool> = const { RefCell::new(false) };
}

fn step(event: Event<String>) -> Vec<Command<String>> {
    SYNC.with(|s| s.borrow_mut().handle(event))
}

/// This installation's keys (set at boot).
fn keys() -> Keys {
    KEYS.with(|k| k.borrow().clone())
        .unwrap_or_else(|| Keys::for_base("/"))
}

/// What the app starts with.
pub struct Boot {
    pub workspace: Workspace,
    /// What the sync machine asked for at start that needs the app state
    /// (notices, the first save of a taken-over shared save).
    pub deferred: Vec<Command<String>>,
}

/// How the footer describes where the work is.
pub fn status() -> SaveStatus {
    match SYNC.with(|s| s.borrow().status()) {
        Status::Saved => SaveStatus::Saved,
        Status::Failed => SaveStatus::Failed,
        Status::MemoryOnly => SaveStatus::MemoryOnly,
    }
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

/// Checks that storage can be read and written, with `web_sys` calls that
/// return errors instead of panicking. A full storage still counts as
/// usable: it can be read, and each failed save is reported.
fn probe() -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let storage = match window.local_storage() {
        Ok(Some(storage)) => storage,
        Ok(None) => return Err("localStorage is not available".into()),
        Err(e) => return Err(describe(&e)),
    };
    storage.get_item(PROBE_KEY).map_err(|e| describe(&e))?;
    match storage.set_item(PROBE_KEY, "1") {
        Ok(()) => {
            let _ = storage.remove_item(PROBE_KEY);
            Ok(())
        }
        Err(e) if is_quota(&e) => Ok(()),
        Err(e) => Err(describe(&e)),
    }
}

/// The stored text under `key` (only after the probe succeeded).
fn read(key: &str) -> Result<Option<String>, String> {
    LocalStorage::raw().get_item(key).map_err(|e| describe(&e))
}

/// Writes `text` as it is (backups keep the stored text byte for byte).
fn write_text(key: &str, text: &str) -> Result<(), String> {
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|e| describe(&e))
}

fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// The current time as ISO 8601 text.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The page's base URL: the folder the app is served from.
fn base_uri() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .or_else(|| window().location().href().ok())
        .unwrap_or_else(|| "/".into())
}

/// What a stored text is, as far as the sync machine needs to know.
fn found(raw: String) -> (Found<String>, Workspace) {
    match persist::decode(&raw) {
        Ok(loaded) => match loaded.migrated_from {
            None => (Found::Current(raw), loaded.workspace),
            Some(from) => (Found::Older { content: raw, from }, loaded.workspace),
        },
        Err(error @ LoadError::NewerSchema { .. }) => (
            Found::Newer {
                content: raw,
                problem: error.to_string(),
            },
            Workspace::default(),
        ),
        Err(error) => (
            Found::Unreadable {
                content: raw,
                problem: error.to_string(),
            },
            Workspace::default(),
        ),
    }
}

/// Another tab's (or the stored) text, with why this version cannot read it.
fn theirs(text: String) -> Theirs<String> {
    let seen = SYNC.with(|s| s.borrow().last_seen() == Some(&text));
    if seen {
        return Theirs::readable(text);
    }
    match persist::decode(&text) {
        Ok(_) => Theirs::readable(text),
        Err(error) => Theirs::unreadable(text, error.to_string()),
    }
}

/// Copies `text` under a new backup key, unless a backup of this
/// installation already holds exactly this text: then that key is the answer.
fn keep_aside(text: &str) -> Result<String, String> {
    let keys = keys();
    let storage = LocalStorage::raw();
    let count = storage.length().map_err(|e| describe(&e))?;
    let mut entries = Vec::new();
    for i in 0..count {
        if let Ok(Some(key)) = storage.key(i) {
            if key.starts_with(&keys.backup_prefix) {
                if let Ok(Some(value)) = storage.get_item(&key) {
                    entries.push((key, value));
                }
            }
        }
    }
    let pairs = entries.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    if let Some(key) = persist::identical_backup(pairs, &keys.backup_prefix, text) {
        return Ok(key.to_string());
    }
    // A fresh stamp: never over an existing backup.
    let mut stamp = now_ms();
    while entries.iter().any(|(k, _)| *k == keys.backup(stamp)) {
        stamp += 1;
    }
    let key = keys.backup(stamp);
    write_text(&key, text).map(|()| key)
}

/// Loads the workspace and starts the sync machine: missing -> defaults;
/// own key missing -> the shared key of earlier versions, taken over once;
/// older -> migrated (the original kept under a backup key); newer -> left
/// untouched, in memory; unreadable -> raw text kept under a backup key,
/// fresh start; storage blocked -> in memory. Every notice comes from the
/// machine.
pub fn boot() -> Boot {
    let keys = Keys::for_base(&base_uri());
    KEYS.with(|k| *k.borrow_mut() = Some(keys.clone()));
    if let Err(reason) = probe() {
        return Boot {
            workspace: Workspace::default(),
            deferred: step(Event::Blocked(reason)),
        };
    }
    let stored = read(&keys.workspace).and_then(|own| match own {
        Some(raw) => Ok((Some(raw), Source::Own)),
        None => read(SHARED_WORKSPACE_KEY).map(|shared| (shared, Source::Shared)),
    });
    let (raw, source) = match stored {
        Ok(stored) => stored,
        Err(reason) => {
            return Boot {
                workspace: Workspace::default(),
                deferred: step(Event::Blocked(reason)),
            }
        }
    };
    let (found, workspace) = match raw.map(found) {
        Some((found, workspace)) => (Some(found), workspace),
        None => (None, Workspace::default()),
    };
    let mut deferred = Vec::new();
    let mut queue = step(Event::Opened { found, source });
    if let Ok(Some(key)) = read(&keys.closed_unsaved) {
        queue.extend(step(Event::ClosedUnsavedFound(key)));
    }
    if unsaved_in_tab().is_some() {
        queue.extend(step(Event::ClosedUnsavedInTabFound));
    }
    // Storage-only commands run now, before anything could be written;
    // the rest waits for the app state.
    while !queue.is_empty() {
        for command in std::mem::take(&mut queue) {
            match command {
                Command::KeepAside(text) => {
                    queue.extend(step(Event::KeptAside(keep_aside(&text))));
                }
                Command::ForgetClosedUnsaved => {
                    let _ = LocalStorage::raw().remove_item(&keys.closed_unsaved);
                }
                other => deferred.push(other),
            }
        }
    }
    Boot {
        workspace,
        deferred,
    }
}

fn warning(kind: NoticeKind, text: String) -> Notice {
    Notice::new(kind, Tone::Warning, text)
}

fn kind(topic: Topic) -> NoticeKind {
    match topic {
        Topic::Storage => NoticeKind::StorageUnavailable,
        Topic::Unreadable => NoticeKind::Unreadable,
        Topic::Full => NoticeKind::QuotaFull,
        Topic::Upgraded => NoticeKind::Upgraded,
        Topic::OtherTab => NoticeKind::OtherTab,
    }
}

/// The notice the user sees for a note of the machine.
fn notice(note: Note) -> Notice {
    let kind = kind(note.topic());
    match note {
        Note::StorageUnavailable(reason) => {
            warning(kind, persist::storage_unavailable_notice(&reason)).with(NoticeAction::Export)
        }
        Note::Upgraded { from, kept } => Notice::new(
            kind,
            Tone::Info,
            persist::upgraded_notice(from, kept.as_deref()),
        ),
        Note::UpgradedShared { from } => {
            Notice::new(kind, Tone::Info, persist::upgraded_shared_notice(from))
        }
        Note::UpgradedNotKept { from, reason } => {
            warning(kind, persist::upgraded_not_kept_notice(from, &reason))
                .with(NoticeAction::Export)
        }
        Note::Newer { problem, not_kept } => warning(
            kind,
            persist::newer_schema_notice(problem, not_kept.as_deref()),
        )
        .with(NoticeAction::Export),
        Note::Unreadable { problem, kept } => {
            warning(kind, persist::unreadable_notice(problem, &kept)).dismissible()
        }
        Note::UnreadableNotKept(problem) => {
            warning(kind, persist::unreadable_not_backed_up_notice(problem))
                .with(NoticeAction::Export)
        }
        Note::SharedUnreadable(problem) => {
            warning(kind, persist::shared_unreadable_notice(problem)).dismissible()
        }
        Note::Full => warning(kind, persist::QUOTA_NOTICE.into()).with(NoticeAction::Export),
        Note::Conflict => warning(kind, persist::OTHER_TAB_CONFLICT_NOTICE.into())
            .with(NoticeAction::KeepMine)
            .with(NoticeAction::TakeTheirs),
        Note::TookOver => Notice::new(kind, Tone::Info, persist::OTHER_TAB_UPDATED_NOTICE.into()),
        Note::OtherTabUnreadable(problem) => {
            warning(kind, persist::other_tab_unreadable_notice(problem)).with(NoticeAction::Export)
        }
        Note::ClosedUnsaved(key) => {
            Notice::new(kind, Tone::Info, persist::closed_unsaved_notice(&key))
        }
        Note::ClosedUnsavedInTab => warning(kind, persist::CLOSED_UNSAVED_IN_TAB_NOTICE.into())
            .with(NoticeAction::DownloadUnsaved)
            .dismissible(),
    }
}

/// Feeds one event to the machine and carries out its commands. Returns the
/// reason to ask before reloading, when the machine says so.
fn run(state: AppState, event: Event<String>) -> Option<Unsaved> {
    let ask = execute(state, step(event));
    let status = status();
    if state.save_status.get_untracked() != status {
        state.save_status.set(status);
    }
    ask
}

fn execute(state: AppState, commands: Vec<Command<String>>) -> Option<Unsaved> {
    let mut ask = None;
    for command in commands {
        match command {
            Command::ScheduleSave => {
                cancel_timer();
                let handle = set_timeout_with_handle(
                    move || {
                        TIMER.with(|t| t.borrow_mut().take());
                        run(state, Event::SaveDue);
                    },
                    SAVE_DELAY,
                );
                TIMER.with(|t| *t.borrow_mut() = handle.ok());
            }
            Command::CancelSave => cancel_timer(),
            Command::ReadStored(Purpose::Unload) => read_stored(state, Purpose::Unload),
            Command::ReadStored(purpose) => with_lock(move || read_stored(state, purpose)),
            Command::Write(purpose) => {
                let event = match write_workspace(state) {
                    Ok(content) => Event::Written { purpose, content },
                    Err(failure) => Event::WriteFailed { purpose, failure },
                };
                ask = ask.or(run(state, event));
            }
            Command::KeepAside(text) => {
                ask = ask.or(run(state, Event::KeptAside(keep_aside(&text))));
            }
            // The machine only notes where they went: no command follows.
            Command::KeepUnsaved => drop(step(Event::KeptUnsaved(keep_unsaved(state)))),
            Command::ForgetClosedUnsaved => {
                let _ = LocalStorage::raw().remove_item(&keys().closed_unsaved);
            }
            Command::Adopt(text) => {
                if let Ok(loaded) = persist::decode(&text) {
                    // This page's screen stays as it is (it is not in the save).
                    state.replace(loaded.workspace);
                }
            }
            Command::Notify(note) => state.notify(notice(note)),
            Command::Clear(topic) => state.clear_notice(kind(topic)),
            Command::Reload => {
                // assets/boot.js switches to the waiting service worker and reloads.
                if let Ok(event) = web_sys::Event::new("shoreline-apply-update") {
                    let _ = window().dispatch_event(&event);
                }
            }
            Command::ConfirmReload(reason) => ask = Some(reason),
        }
    }
    ask
}

fn cancel_timer() {
    if let Some(handle) = TIMER.with(|t| t.borrow_mut().take()) {
        handle.clear();
    }
}

/// Reads the stored save and answers the machine (under the lock, when called from it).
fn read_stored(state: AppState, purpose: Purpose) {
    let event = match read(&keys().workspace) {
        Ok(stored) => Event::Stored {
            purpose,
            stored: stored.map(theirs),
        },
        Err(reason) => Event::WriteFailed {
            purpose,
            failure: Failure::Other(reason),
        },
    };
    run(state, event);
}

/// Writes this page's workspace through gloo-storage; returns the stored text.
fn write_workspace(state: AppState) -> Result<String, Failure> {
    let key = keys().workspace;
    let now = now_iso();
    let result = state
        .workspace
        .with_untracked(|w| LocalStorage::set(&key, persist::envelope(w, &now)));
    if result.is_ok() && KEPT_IN_TAB.with(|k| k.replace(false)) {
        forget_unsaved_in_tab();
    }
    match result {
        // What is stored now is what the next compare looks for.
        Ok(()) => match read(&key) {
            Ok(Some(text)) => Ok(text),
            _ => Ok(state.workspace.with_untracked(|w| persist::encode(w, &now))),
        },
        Err(StorageError::JsError(e)) if persist::is_quota_error(&e.name, 0) => Err(Failure::Full),
        Err(StorageError::JsError(e)) => Err(Failure::Other(format!("{}: {}", e.name, e.message))),
        Err(StorageError::SerdeError(e)) => {
            Err(Failure::Other(persist::not_serialisable_reason(e)))
        }
        Err(StorageError::KeyNotFound(key)) => Err(Failure::Other(format!("{key} not found"))),
    }
}

/// The page is unloading and cannot write its save: its changes go under a
/// backup key, and a mark tells the next start where. When storage refuses
/// (full, say), they go to this tab's session storage instead, which a
/// reload of the tab still finds.
fn keep_unsaved(state: AppState) -> Kept {
    let text = state
        .workspace
        .with_untracked(|w| persist::encode(w, &now_iso()));
    let key = keys().closed_unsaved;
    if let Ok(backup) = keep_aside(&text) {
        if write_text(&key, &backup).is_ok() {
            return Kept::InStorage;
        }
    }
    match session_storage().map(|s| s.set_item(&key, &text)) {
        Some(Ok(())) => {
            KEPT_IN_TAB.with(|k| k.replace(true));
            Kept::ForThisTab
        }
        _ => Kept::Nowhere,
    }
}

/// The changes the last page in this tab could not store, kept in its session.
pub fn unsaved_in_tab() -> Option<String> {
    session_storage()?.get_item(&keys().closed_unsaved).ok()?
}

/// Forgets the changes kept in this tab's session (downloaded).
pub fn forget_unsaved_in_tab() {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(&keys().closed_unsaved);
    }
}

/// Runs `work` holding the Web Lock named after the workspace key, where the
/// browser has `navigator.locks`; otherwise (or if the request is refused)
/// at once. The lock is released when `work` returns.
fn with_lock(work: impl FnOnce() + 'static) {
    let locks = js_sys::Reflect::get(&window().navigator(), &"locks".into())
        .ok()
        .filter(|l| !l.is_undefined() && !l.is_null());
    let request = locks.as_ref().and_then(|locks| {
        js_sys::Reflect::get(locks, &"request".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    let (Some(locks), Some(request)) = (locks, request) else {
        return work();
    };
    // The work runs once: in the lock's callback, or (if the request is
    // refused before it ran) in the rejection handler.
    let work = std::rc::Rc::new(RefCell::new(Some(work)));
    let fallback = work.clone();
    let granted = Closure::once_into_js(move |_lock: JsValue| {
        if let Some(work) = work.borrow_mut().take() {
            work();
        }
    });
    let refused = Closure::once_into_js(move |_error: JsValue| {
        if let Some(work) = fallback.borrow_mut().take() {
            work();
        }
    });
    let name = JsValue::from_str(&keys().workspace);
    let method = |target: &JsValue, name: &str| {
        js_sys::Reflect::get(target, &name.into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    };
    let handled = request
        .call2(&locks, &name, &granted)
        .ok()
        .and_then(|promise| Some((method(&promise, "catch")?, promise)))
        // Unless refused, this handler is never called (a few bytes stay allocated).
        .map(|(catch, promise)| catch.call1(&promise, &refused).is_ok())
        .unwrap_or(false);
    if !handled {
        if let Some(now) = refused.dyn_ref::<js_sys::Function>() {
            let _ = now.call1(&JsValue::NULL, &JsValue::NULL);
        }
    }
}

/// The user's answer to a conflict: save this page's version over the other tab's.
pub fn keep_mine(state: AppState) {
    run(state, Event::KeepMine);
}

/// The user's answer to a conflict: show the other tab's version here.
pub fn take_theirs(state: AppState) {
    run(state, Event::TakeTheirs);
}

/// The user exported the whole workspace to a file.
pub fn exported(state: AppState) {
    run(state, Event::Exported);
}

/// "Reload to update": reloads when the work is saved; otherwise returns
/// why it is not, and nothing happens until [`confirm_update`].
pub fn request_update(state: AppState) -> Option<Unsaved> {
    run(state, Event::UpdateRequested)
}

/// The user confirmed the reload although their work is not saved.
pub fn confirm_update(state: AppState) {
    run(state, Event::UpdateConfirmed);
}

/// Starts saving: carries out what the machine asked for at boot, saves each
/// change ~300 ms after the last one, at once when the page is hidden and
/// when it unloads, and listens for other tabs' saves.
pub fn persist_changes(state: AppState, deferred: Vec<Command<String>>) {
    execute(state, deferred);
    let status = status();
    if state.save_status.get_untracked() != status {
        state.save_status.set(status);
    }
    Effect::new(move |first_run: Option<()>| {
        state.workspace.track();
        // Opening the app is not a change: do not rewrite what was just read.
        if first_run.is_some() {
            run(state, Event::Edit);
        }
    });
    let hidden = Closure::<dyn FnMut()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            run(state, Event::Hidden);
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", hidden.as_ref().unchecked_ref());
    // Listens for the page's whole life.
    hidden.forget();
    // The unload save is tried before the browser decides whether to ask:
    // if the changes could not be stored nor kept under a backup key, it
    // asks the user to confirm leaving (so they can stay and export).
    let asking = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        run(state, Event::Unloading);
        if SYNC.with(|s| s.borrow().would_lose_work()) {
            ev.prevent_default();
            let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"unsaved".into());
        }
    });
    let _ =
        window().add_event_listener_with_callback("beforeunload", asking.as_ref().unchecked_ref());
    asking.forget();
    let unloading = window_event_listener(leptos::ev::pagehide, move |_| {
        run(state, Event::Unloading);
    });
    std::mem::forget(unloading);
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        let event = match ev.key() {
            // No key: another tab cleared storage.
            None => Event::StorageCleared,
            Some(key) if key == keys().workspace => Event::OtherTab(ev.new_value().map(theirs)),
            Some(_) => return,
        };
        run(state, event);
    });
    std::mem::forget(other_tab);
}

/// This installation's backups, newest first (an empty list when storage
/// cannot be read).
pub fn backups() -> Vec<backups::Backup> {
    let keys = keys();
    let entries = backup_entries(&keys);
    backups::list(
        entries.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &keys.backup_prefix,
    )
}

/// Every `(key, text)` of this installation's backups, and of the backups
/// earlier versions kept for every copy on this host.
fn backup_entries(keys: &Keys) -> Vec<(String, String)> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut entries = Vec::new();
    for i in 0..count {
        if let Ok(Some(key)) = storage.key(i) {
            if backups::stamp_of(&key, &keys.backup_prefix).is_some() {
                if let Ok(Some(value)) = storage.get_item(&key) {
                    entries.push((key, value));
                }
            }
        }
    }
    entries
}

/// Whether `key` is a backup this copy lists: its own, or one of an earlier version.
fn is_backup(key: &str) -> bool {
    backups::stamp_of(key, &keys().backup_prefix).is_some()
}

/// The stored text of one of this installation's backups.
pub fn backup_text(key: &str) -> Result<String, String> {
    if !is_backup(key) {
        return Err("that is not a backup of this copy of Shoreline".into());
    }
    local_storage()
        .ok_or_else(|| "this browser does not let Shoreline read its storage".to_string())?
        .get_item(key)
        .map_err(|e| describe(&e))?
        .ok_or_else(|| "it is no longer there".to_string())
}

/// Deletes one of this installation's backups (nothing else, ever).
pub fn delete_backup(key: &str) -> Result<(), String> {
    if !is_backup(key) {
        return Err("that is not a backup of this copy of Shoreline".into());
    }
    local_storage()
        .ok_or_else(|| "this browser does not let Shoreline change its storage".to_string())?
        .remove_item(key)
        .map_err(|e| describe(&e))
}

/// localStorage, without panicking when the browser blocks it.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The session-storage key that holds a share link offered but not yet
/// added or dismissed, so a reload offers it again (per installation; the
/// session is this tab's).
fn pending_share_key() -> String {
    format!("shoreline:v1:pending-share:{}", keys().path)
}

/// sessionStorage, without panicking when the browser blocks it.
fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Remembers an offered share link for this tab (nothing happens when the
/// browser refuses: the offer then lasts until the page reloads, as before).
pub fn remember_share(fragment: &str) {
    if let Some(s) = session_storage() {
        let _ = s.set_item(&pending_share_key(), fragment);
    }
}

/// The share link offered in this tab and not yet added or dismissed.
pub fn pending_share() -> Option<String> {
    session_storage()?
        .get_item(&pending_share_key())
        .ok()
        .flatten()
}

/// Forgets the offered share link (added or dismissed).
pub fn forget_share() {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(&pending_share_key());
    }
}
