//! The one reactive store the components share.

use leptos::prelude::*;

use crate::domain::model::number_style::NumberStyle;
use crate::domain::model::scenario::{Scenario, Workspace};
use crate::domain::model::view::View;
use crate::domain::present::change::refused_text;
use crate::domain::rules::change::{apply, Applied, Msg, Refused};

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
    Upgraded,
    /// Another tab's save: taken over, in conflict, or unreadable.
    OtherTab,
    /// A share link: offered, added or broken.
    SharedLink,
}

/// A button on a notice; what it does is in `ui::actions`.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeAction {
    /// Download the workspace as a file.
    Export,
    /// Save this page's version over another tab's.
    KeepMine,
    /// Show another tab's version instead of this page's.
    TakeTheirs,
    /// Add the scenario a share link carried.
    AddShared(Box<Scenario>),
    /// Download the changes an unloading page kept in this tab's session.
    DownloadUnsaved,
}

impl NoticeAction {
    /// The button text.
    pub fn label(&self) -> &'static str {
        match self {
            NoticeAction::Export => "Export to a file",
            NoticeAction::KeepMine => "Keep mine",
            NoticeAction::TakeTheirs => "Take theirs",
            NoticeAction::AddShared(_) => "Add to my scenarios",
            NoticeAction::DownloadUnsaved => "Download them",
        }
    }
}

/// A message shown above the current view until dismissed or resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub tone: Tone,
    pub text: String,
    /// Whether the user can close it; problems still in force cannot be.
    pub dismissible: bool,
    /// Buttons that resolve it.
    pub actions: Vec<NoticeAction>,
}

impl Notice {
    /// A notice with no buttons; information can be dismissed, warnings cannot.
    pub fn new(kind: NoticeKind, tone: Tone, text: String) -> Self {
        Notice {
            kind,
            tone,
            text,
            dismissible: tone == Tone::Info,
            actions: Vec::new(),
        }
    }

    /// The same notice with a button.
    pub fn with(mut self, action: NoticeAction) -> Self {
        self.actions.push(action);
        self
    }

    /// The same notice with a Dismiss button.
    pub fn dismissible(mut self) -> Self {
        self.dismissible = true;
        self
    }
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
    /// The whole saved state, to read. It changes only through
    /// [`AppState::send`] (a user's change, made by the domain's `apply`)
    /// and [`AppState::replace`] (another tab's save, taken over whole).
    pub workspace: ReadSignal<Workspace>,
    write: WriteSignal<Workspace>,
    pub notices: RwSignal<Vec<Notice>>,
    pub save_status: RwSignal<SaveStatus>,
    /// The screen showing. Not part of the saved workspace: the address
    /// carries it (`?view=`), so moving between screens saves nothing.
    pub view: RwSignal<View>,
    /// The compact embed mode (`?embed=1`).
    pub embed: bool,
    /// How numbers are written and read: the workspace's number format,
    /// or the browser language's style when it is automatic.
    pub style: Memo<NumberStyle>,
}

impl AppState {
    pub fn new(
        workspace: Workspace,
        view: View,
        notices: Vec<Notice>,
        status: SaveStatus,
        embed: bool,
        browser: NumberStyle,
    ) -> Self {
        let (workspace, write) = signal(workspace);
        AppState {
            workspace,
            write,
            notices: RwSignal::new(notices),
            save_status: RwSignal::new(status),
            view: RwSignal::new(view),
            embed,
            style: Memo::new(move |_| workspace.with(|w| w.number_format.style(browser))),
        }
    }

    /// The one way a user's change reaches the workspace: the domain's
    /// `apply` checks and makes it inside one update. Only a change that
    /// changed something reaches the components (and so the save); a
    /// refused one changes nothing.
    pub fn send(&self, msg: Msg) -> Result<Applied, Refused> {
        self.write
            .try_maybe_update(|w| {
                let result = apply(w, msg);
                (matches!(result, Ok(Applied { changed: true, .. })), result)
            })
            .unwrap_or_else(|| Ok(Applied::default()))
    }

    /// Puts a whole workspace in place: another tab's save, taken over.
    /// Always announced, even when equal: the sync machine waits for the
    /// edit it causes.
    pub fn replace(&self, workspace: Workspace) {
        self.write.set(workspace);
    }

    /// Why a change was refused, in words (the open scenario's currency and
    /// the number style as they are now).
    pub fn refusal(&self, refused: &Refused) -> String {
        let style = self.style.get_untracked();
        self.workspace
            .with_untracked(|w| refused_text(refused, &w.active().cost, style))
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
