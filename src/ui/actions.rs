//! What the buttons that are not tied to one screen do: notice buttons,
//! export and import, share links. Every decision is a call on the domain;
//! this file only moves results between the browser and the app state.

use leptos::prelude::*;

use super::state::{AppState, Notice, NoticeAction, NoticeKind, Tone};
use super::{address, files, storage};
use crate::domain::formats::transfer::ImportError;
use crate::domain::formats::{backups, share, transfer};
use crate::domain::model::scenario::{Scenario, ScenarioId, Workspace};
use crate::domain::rules::change::{Msg, Note, Refused};

/// Runs a notice's button.
pub fn run(state: AppState, action: NoticeAction) {
    match action {
        NoticeAction::Export => {
            let _ = export(state, None);
        }
        NoticeAction::KeepMine => storage::keep_mine(state),
        NoticeAction::TakeTheirs => storage::take_theirs(state),
        NoticeAction::AddShared(scenario) => add_shared(state, *scenario),
        NoticeAction::DownloadUnsaved => download_unsaved(state),
    }
}

/// Downloads the changes the last page in this tab could not store; once
/// the browser has taken the file they are forgotten, and so is the notice.
fn download_unsaved(state: AppState) {
    let Some(text) = storage::unsaved_in_tab() else {
        return state.clear_notice(NoticeKind::OtherTab);
    };
    let name = transfer::file_name(None, &storage::now_iso());
    if files::download(&name, "application/json", &text).is_ok() {
        storage::forget_unsaved_in_tab();
        state.clear_notice(NoticeKind::OtherTab);
    }
}

/// Downloads the whole workspace (`None`) or one scenario as a `.json` file.
pub fn export(state: AppState, scenario: Option<ScenarioId>) -> Result<(), String> {
    let now = storage::now_iso();
    let (name, text) = state
        .workspace
        .with_untracked(|w| match scenario {
            None => Some((
                transfer::file_name(None, &now),
                transfer::export_workspace(w, &now),
            )),
            Some(id) => Some((
                transfer::file_name(Some(&w.get(id)?.name), &now),
                transfer::export_scenario(w, id, &now)?,
            )),
        })
        .ok_or("that scenario no longer exists")?;
    files::download(&name, "application/json", &text)
        .map_err(|_| "this browser refused the download".to_string())?;
    // The whole workspace is safe in a file: a save held back until then may go ahead.
    if scenario.is_none() {
        storage::exported(state);
    }
    Ok(())
}

/// Imports a picked file; `report` receives the message for the user.
pub fn import(state: AppState, file: &web_sys::File, report: impl Fn(String) + 'static) {
    if let Err(e) = transfer::check_size(file.size() as u64) {
        return report(transfer::failed_message(&e));
    }
    files::read_text(file, move |text| {
        let file = match text {
            Some(text) => transfer::read_file_from(text.as_bytes()),
            None => Err(ImportError::NotText),
        };
        report(match file {
            Ok((file, from)) => add_file(state, file, from),
            Err(e) => transfer::failed_message(&e),
        });
    });
}

/// Adds a read file's scenarios (never over existing ones), upgraded from
/// format `from` if it was; the message for the user.
fn add_file(state: AppState, file: Workspace, from: Option<u32>) -> String {
    match state.send(Msg::Import(Box::new(file))) {
        Ok(applied) => match applied.note {
            Note::Imported(names) => transfer::imported_message(&names, from),
            _ => transfer::imported_message(&[], from),
        },
        Err(Refused::TooMany { have, adding }) => {
            transfer::failed_message(&ImportError::TooMany { have, adding })
        }
        Err(other) => state.refusal(&other),
    }
}

/// Adds a backup's scenarios as new ones (never over existing ones); the
/// message for the user.
pub fn restore_backup(state: AppState, key: &str) -> String {
    let result =
        storage::backup_text(key).map_err(|e| format!("This backup could not be read: {e}."));
    match result {
        Ok(text) => match transfer::read_file_from(text.as_bytes()) {
            Ok((file, from)) => add_file(state, file, from),
            Err(e) => transfer::failed_message(&e),
        },
        Err(message) => message,
    }
}

/// Downloads a backup as it is stored; the message for the user.
pub fn download_backup(key: &str, stamp: u64) -> String {
    match storage::backup_text(key) {
        Ok(text) => match files::download(&backups::file_name(stamp), "application/json", &text) {
            Ok(()) => "The backup is being downloaded.".into(),
            Err(_) => "This browser refused the download.".into(),
        },
        Err(e) => format!("This backup could not be read: {e}."),
    }
}

/// Deletes a backup; the message for the user.
pub fn delete_backup(key: &str) -> String {
    match storage::delete_backup(key) {
        Ok(()) => "The backup is deleted.".into(),
        Err(e) => format!("The backup could not be deleted: {e}."),
    }
}

/// The share link of the open scenario.
pub fn share_link(state: AppState) -> String {
    address::with_fragment(
        &state
            .workspace
            .with_untracked(|w| share::encode(w.active())),
    )
}

/// Acts on a share link in the address: offers its scenario or says why it
/// cannot be opened; then removes it from the address.
pub fn open_shared(state: AppState, fragment: &str) {
    if !share::is_share_fragment(fragment) {
        return;
    }
    offer_shared(state, fragment);
    address::clear_fragment();
}

/// After a reload: offers again the share link this tab was offered and
/// neither added nor dismissed.
pub fn reoffer_pending_share(state: AppState) {
    let offered = state
        .notices
        .with_untracked(|n| n.iter().any(|n| n.kind == NoticeKind::SharedLink));
    if !offered {
        if let Some(fragment) = storage::pending_share() {
            offer_shared(state, &fragment);
        }
    }
}

/// Shows what a share link holds and offers to add it; a link that opens
/// is remembered for this tab until it is added or dismissed.
fn offer_shared(state: AppState, fragment: &str) {
    let notice = match share::decode_from(fragment) {
        Ok((scenario, schema)) => {
            storage::remember_share(fragment);
            Notice::new(
                NoticeKind::SharedLink,
                Tone::Info,
                share::offer_message(&scenario, schema),
            )
            .with(NoticeAction::AddShared(Box::new(scenario)))
        }
        Err(e) => Notice::new(
            NoticeKind::SharedLink,
            Tone::Warning,
            share::failed_message(&e),
        )
        .dismissible(),
    };
    state.notify(notice);
}

/// Dismisses a notice; a dismissed share offer is not made again.
pub fn dismiss(state: AppState, kind: NoticeKind) {
    if kind == NoticeKind::SharedLink {
        storage::forget_share();
    }
    state.clear_notice(kind);
}

fn add_shared(state: AppState, scenario: Scenario) {
    let (tone, text) = match state.send(Msg::AddScenario(Box::new(scenario))) {
        Ok(_) => {
            storage::forget_share();
            let name = state.workspace.with_untracked(|w| w.active().name.clone());
            (Tone::Info, share::added_message(&name))
        }
        Err(e) => (Tone::Warning, state.refusal(&e)),
    };
    state.notify(Notice::new(NoticeKind::SharedLink, tone, text).dismissible());
}
