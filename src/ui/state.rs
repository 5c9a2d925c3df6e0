//! The one reactive store the components share.

use leptos::prelude::*;

use crate::domain::route::View;
use crate::domain::scenario::Workspace;

/// How serious a notice is; shown with a word and an icon, not colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
}

/// Which notice this is, so the same problem is never listed twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    StorageUnavailable,
    Unreadable,
    QuotaFull,
}

/// A message shown above the current view until dismissed or resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub tone: Tone,
    pub text: String,
    /// Whether the user can close it; problems still in force cannot be.
    pub dismissible: bool,
}

/// Where the workspace is being kept right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is saved in this browser.
    Saved,
    /// The last save failed; the state is in memory only.
    Failed,
    /// Storage cannot be used at all on this page.
    MemoryOnly,
}

/// Everything the components share, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The whole saved state.
    pub workspace: RwSignal<Workspace>,
    pub notices: RwSignal<Vec<Notice>>,
    pub save_status: RwSignal<SaveStatus>,
    /// The screen showing; derived from the workspace.
    pub view: Memo<View>,
    /// The compact embed mode (`?embed=1`).
    pub embed: bool,
}

impl AppState {
    pub fn new(
        workspace: Workspace,
        notices: Vec<Notice>,
        status: SaveStatus,
        embed: bool,
    ) -> Self {
        let workspace = RwSignal::new(workspace);
        AppState {
            workspace,
            notices: RwSignal::new(notices),
            save_status: RwSignal::new(status),
            view: Memo::new(move |_| workspace.with(|w| w.last_view)),
            embed,
        }
    }

    /// Shows a notice, replacing any earlier one of the same kind.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            list.retain(|n| n.kind != notice.kind);
            list.push(notice);
        });
    }

    /// Removes the notice of this kind, if shown.
    pub fn clear_notice(&self, kind: NoticeKind) {
        if self
            .notices
            .with_untracked(|l| l.iter().any(|n| n.kind == kind))
        {
            self.notices.update(|list| list.retain(|n| n.kind != kind));
        }
    }
}

/// The shared state, from any component under `App`.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
