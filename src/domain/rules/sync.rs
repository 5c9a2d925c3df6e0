//! One save, several tabs: when this page writes, asks, takes over or stops.
//!
//! A pure state machine. The shell (`ui/storage.rs`) feeds it [`Event`]s
//! (a local edit, a save that is due, what storage holds, another tab's
//! save, the user's choice, the page hiding or unloading …) and carries out
//! the [`Command`]s it returns (read the stored save, write, keep a copy
//! aside, show a notice, reload …). It holds no workspace: `T` is the stored
//! content as this page last read or wrote it (the shell uses the stored
//! text), which is all it needs to tell another tab's save from its own.
//!
//! The rules, in short:
//! - A change is written about 300 ms after the last edit, when the page is
//!   hidden, and (without waiting for a lock) when it unloads.
//! - Before every write the stored save is compared with the one this page
//!   last read or wrote: it never writes over another tab's newer save.
//! - Another tab's save is taken over when this page has no unsaved change;
//!   otherwise the user chooses (Keep mine / Take theirs). A save this
//!   version cannot read stops this page from writing.
//! - Some starts never write (storage blocked, a newer save, an unreadable
//!   save that could not be kept aside); an upgraded save that could not be
//!   kept aside is not written over until the user has exported their work.

/// Why the page does not write to storage at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    /// The browser does not let the page use storage.
    Blocked,
    /// A newer Shoreline saved here; this page never writes over it.
    Newer,
    /// The stored save could not be read nor copied aside.
    UnreadableNotKept,
    /// An older save was upgraded in memory but could not be copied aside:
    /// nothing is written over it until the user has exported their work.
    WaitingForExport,
    /// Another tab saved what this page cannot read.
    Stopped,
}

/// Why the work on this page is not all saved in this browser (the update
/// notice asks before reloading when there is a reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsaved {
    /// Storage cannot be used, for this reason.
    Held(Hold),
    /// Keep mine / Take theirs is waiting for the user.
    ChoiceOpen,
    /// The last write failed: storage is full.
    Full,
    /// The last write failed for another reason.
    WriteFailed,
    /// A change is waiting for its save (the short delay after an edit).
    Pending,
}

/// How the footer describes where the work is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Everything written so far is in storage.
    Saved,
    /// The latest changes are not saved (see the notice).
    Failed,
    /// Storage is not used on this page.
    MemoryOnly,
}

/// What a read of the stored save is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// The save after an edit (or when the page is hidden).
    Save,
    /// The user chose to write this page's version over another tab's.
    KeepMine,
    /// The user chose the other tab's version.
    TakeTheirs,
    /// The page is unloading: no lock can be awaited, nothing can be asked.
    Unload,
}

/// Why a write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Storage is full.
    Full,
    /// Anything else, described.
    Other(String),
}

/// Where [`Command::KeepUnsaved`] put the changes of an unloading page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// Under a backup key in storage, with a mark the next start reports.
    InStorage,
    /// Only in this tab's session storage: a reload finds them, closing the tab loses them.
    ForThisTab,
    /// Nowhere: storage refused every copy.
    Nowhere,
}

/// A stored save that is not (or may not be) this page's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theirs<T> {
    pub content: T,
    /// Why this version cannot read it (`None`: it can).
    pub problem: Option<String>,
}

impl<T> Theirs<T> {
    /// A save this version can read.
    pub fn readable(content: T) -> Self {
        Theirs {
            content,
            problem: None,
        }
    }

    /// A save this version cannot read, and why.
    pub fn unreadable(content: T, problem: impl Into<String>) -> Self {
        Theirs {
            content,
            problem: Some(problem.into()),
        }
    }
}

/// What the page found in storage at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found<T> {
    /// A save in this version's format.
    Current(T),
    /// A save in an older format, upgraded in memory.
    Older { content: T, from: u32 },
    /// A save from a newer Shoreline.
    Newer { content: T, problem: String },
    /// A save that cannot be read at all.
    Unreadable { content: T, problem: String },
}

/// Where the page found its save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Under this installation's own key.
    Own,
    /// Under the key every copy of Shoreline at this address shared before
    /// each got its own; taken over once, never written to.
    Shared,
}

/// Which notice a [`Note`] replaces or a [`Command::Clear`] removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// Storage cannot be used (blocked, or a write failed for another reason).
    Storage,
    /// A save that could not be opened, or one kept aside.
    Unreadable,
    /// Storage is full.
    Full,
    /// A save upgraded from an older format.
    Upgraded,
    /// Another tab's save: taken over, in conflict, or unreadable.
    OtherTab,
}

/// A notice for the user; the shell words it (see `formats::persist`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// Storage cannot be used, for this reason (offers Export).
    StorageUnavailable(String),
    /// An older save was upgraded; its original is kept under this key (if any).
    Upgraded { from: u32, kept: Option<String> },
    /// An older save under the shared key was upgraded into this copy's own
    /// key; the shared key keeps it as it was.
    UpgradedShared { from: u32 },
    /// An older save was upgraded, but could not be copied aside (for this
    /// reason): it is not written over until the user exports (offers Export).
    UpgradedNotKept { from: u32, reason: String },
    /// A newer Shoreline's save is left as it is (offers Export); the copy
    /// of it that could not be kept aside, and why (`None`: it was kept).
    Newer {
        problem: String,
        not_kept: Option<String>,
    },
    /// An unreadable save was kept under this key; the page starts afresh.
    Unreadable { problem: String, kept: String },
    /// An unreadable save could not be kept aside: nothing is written (offers Export).
    UnreadableNotKept(String),
    /// The shared save of the copies at this address could not be read; it
    /// is left as it is and this copy starts afresh.
    SharedUnreadable(String),
    /// Storage is full (offers Export).
    Full,
    /// Another tab saved while this page had unsaved changes (offers Keep mine, Take theirs).
    Conflict,
    /// This page now shows another tab's save.
    TookOver,
    /// Another tab saved what this page cannot read (offers Export).
    OtherTabUnreadable(String),
    /// A page closed with changes it could not save kept them under this key.
    ClosedUnsaved(String),
    /// A page unloaded with changes it could not save anywhere but in this
    /// tab's session (offers to download them).
    ClosedUnsavedInTab,
}

impl Note {
    /// The notice this one replaces.
    pub fn topic(&self) -> Topic {
        match self {
            Note::StorageUnavailable(_) => Topic::Storage,
            Note::Upgraded { .. } | Note::UpgradedShared { .. } | Note::UpgradedNotKept { .. } => {
                Topic::Upgraded
            }
            Note::Newer { .. }
            | Note::Unreadable { .. }
            | Note::UnreadableNotKept(_)
            | Note::SharedUnreadable(_) => Topic::Unreadable,
            Note::Full => Topic::Full,
            Note::Conflict
            | Note::TookOver
            | Note::OtherTabUnreadable(_)
            | Note::ClosedUnsaved(_)
            | Note::ClosedUnsavedInTab => Topic::OtherTab,
        }
    }
}

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event<T> {
    /// At start: storage cannot be used, for this reason.
    Blocked(String),
    /// At start: what storage holds for this installation (`None`: nothing).
    Opened {
        found: Option<Found<T>>,
        source: Source,
    },
    /// The copy asked for by [`Command::KeepAside`]: the key it is under, or why it failed.
    KeptAside(Result<String, String>),
    /// At start: a page that closed with changes it could not save kept them under this key.
    ClosedUnsavedFound(String),
    /// At start: this tab's last page kept changes it could not save in the tab's session.
    ClosedUnsavedInTabFound,
    /// The answer to [`Command::KeepUnsaved`].
    KeptUnsaved(Kept),
    /// The user changed the workspace.
    Edit,
    /// The delay after the last edit has passed.
    SaveDue,
    /// The answer to [`Command::ReadStored`]: what storage holds now.
    Stored {
        purpose: Purpose,
        stored: Option<Theirs<T>>,
    },
    /// The answer to [`Command::Write`]: this is now stored.
    Written { purpose: Purpose, content: T },
    /// The answer to [`Command::Write`]: it failed.
    WriteFailed { purpose: Purpose, failure: Failure },
    /// Another tab wrote this installation's save (`None`: removed it).
    OtherTab(Option<Theirs<T>>),
    /// Another tab cleared all of storage.
    StorageCleared,
    /// The user chose to keep this page's version.
    KeepMine,
    /// The user chose the other tab's version.
    TakeTheirs,
    /// The user exported the workspace to a file.
    Exported,
    /// The page was hidden (another tab, minimised, the phone locked).
    Hidden,
    /// The page is unloading (closed, reloaded, navigated away).
    Unloading,
    /// The user asked to reload into a new version.
    UpdateRequested,
    /// The user confirmed that reload although work is not saved.
    UpdateConfirmed,
}

/// What the shell must do, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command<T> {
    /// (Re)start the short delay; when it passes, send [`Event::SaveDue`].
    ScheduleSave,
    /// Drop the delay's timer, if any.
    CancelSave,
    /// Read the stored save and answer with [`Event::Stored`]: under the
    /// storage lock where the browser has one (then also write under it),
    /// and at once, without a lock, for [`Purpose::Unload`].
    ReadStored(Purpose),
    /// Write this page's workspace; answer with [`Event::Written`] or [`Event::WriteFailed`].
    Write(Purpose),
    /// Copy this stored content under a backup key (reusing an identical
    /// one); answer with [`Event::KeptAside`].
    KeepAside(T),
    /// Write this page's workspace under a backup key and leave a mark that
    /// the next start reports (the page is unloading and cannot write its
    /// save); if storage refuses, keep it in this tab's session storage.
    /// Answer with [`Event::KeptUnsaved`].
    KeepUnsaved,
    /// Forget the mark left by [`Command::KeepUnsaved`] (it has been reported).
    ForgetClosedUnsaved,
    /// Show this stored content in place of the page's workspace.
    Adopt(T),
    /// Show a notice, replacing any of the same topic.
    Notify(Note),
    /// Remove the notice of this topic.
    Clear(Topic),
    /// Reload the page into the new version.
    Reload,
    /// Ask before reloading: the work is not saved, for this reason.
    ConfirmReload(Unsaved),
}

/// What this page knows about the stored save, between events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sync<T> {
    hold: Option<Hold>,
    /// The stored content as this page last read or wrote it (`None`: nothing stored).
    last_seen: Option<T>,
    /// A change not yet written.
    dirty: bool,
    /// Another tab saved while this page had unsaved changes: the user chooses.
    conflict: bool,
    /// The last write failed.
    failed: Option<Failure>,
    /// The next edit is the page showing another tab's save, not the user.
    skip_edit: bool,
    /// What was found at start, while it is being kept aside.
    opening: Option<(Found<T>, Source)>,
    /// The unsaved changes were kept under a backup key as the page unloaded.
    kept: bool,
    /// The user confirmed leaving (a reload into a new version) although work is not saved.
    leaving: bool,
}

impl<T> Default for Sync<T> {
    fn default() -> Self {
        Sync {
            hold: None,
            last_seen: None,
            dirty: false,
            conflict: false,
            failed: None,
            skip_edit: false,
            opening: None,
            kept: false,
            leaving: false,
        }
    }
}

impl<T: Clone + PartialEq> Sync<T> {
    /// A page that has not looked at storage yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Why the page does not write at all, if it does not.
    pub fn hold(&self) -> Option<Hold> {
        self.hold
    }

    /// Whether a change is waiting to be written.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// The stored content as this page last read or wrote it.
    pub fn last_seen(&self) -> Option<&T> {
        self.last_seen.as_ref()
    }

    /// Why the work on this page is not all in storage (`None`: a reload loses nothing).
    pub fn unsaved(&self) -> Option<Unsaved> {
        if !self.dirty && !self.conflict {
            return None;
        }
        Some(if let Some(hold) = self.hold {
            Unsaved::Held(hold)
        } else if self.conflict {
            Unsaved::ChoiceOpen
        } else {
            match self.failed {
                Some(Failure::Full) => Unsaved::Full,
                Some(Failure::Other(_)) => Unsaved::WriteFailed,
                None => Unsaved::Pending,
            }
        })
    }

    /// Whether leaving the page now loses work: changes that are neither in
    /// the save nor kept under a backup key (the shell then asks the browser
    /// to confirm leaving, after the unload save has been tried).
    pub fn would_lose_work(&self) -> bool {
        (self.dirty || self.conflict) && !self.kept && !self.leaving
    }

    /// How the footer describes it.
    pub fn status(&self) -> Status {
        match self.hold {
            Some(Hold::WaitingForExport) => Status::Failed,
            Some(_) => Status::MemoryOnly,
            None if self.conflict || self.failed.is_some() => Status::Failed,
            None => Status::Saved,
        }
    }

    /// Takes one event; returns what the shell must do, in order.
    pub fn handle(&mut self, event: Event<T>) -> Vec<Command<T>> {
        match event {
            Event::Blocked(reason) => {
                self.hold = Some(Hold::Blocked);
                vec![Command::Notify(Note::StorageUnavailable(reason))]
            }
            Event::Opened { found, source } => self.opened(found, source),
            Event::KeptAside(result) => self.kept_aside(result),
            Event::ClosedUnsavedFound(key) => vec![
                Command::Notify(Note::ClosedUnsaved(key)),
                Command::ForgetClosedUnsaved,
            ],
            Event::ClosedUnsavedInTabFound => vec![Command::Notify(Note::ClosedUnsavedInTab)],
            Event::KeptUnsaved(kept) => {
                self.kept = kept == Kept::InStorage;
                Vec::new()
            }
            Event::Edit => self.edit(),
            Event::SaveDue => {
                if self.hold.is_some() || self.conflict {
                    Vec::new()
                } else {
                    vec![Command::ReadStored(Purpose::Save)]
                }
            }
            Event::Stored { purpose, stored } => self.stored(purpose, stored),
            Event::Written { purpose, content } => self.written(purpose, content),
            Event::WriteFailed { purpose, failure } => self.write_failed(purpose, failure),
            Event::OtherTab(theirs) => self.other_tab(theirs),
            Event::StorageCleared => {
                if self.hold.is_none() {
                    self.last_seen = None;
                }
                Vec::new()
            }
            Event::KeepMine => {
                if self.hold.is_some() {
                    return Vec::new();
                }
                self.conflict = false;
                vec![Command::ReadStored(Purpose::KeepMine)]
            }
            Event::TakeTheirs => {
                if self.hold.is_some() {
                    return Vec::new();
                }
                vec![Command::ReadStored(Purpose::TakeTheirs)]
            }
            Event::Exported => {
                if self.hold != Some(Hold::WaitingForExport) {
                    return Vec::new();
                }
                self.hold = None;
                let mut out = vec![Command::Clear(Topic::Upgraded)];
                if self.dirty {
                    out.push(Command::ReadStored(Purpose::Save));
                }
                out
            }
            Event::Hidden => {
                if self.hold.is_some() || self.conflict || !self.dirty {
                    return Vec::new();
                }
                vec![Command::CancelSave, Command::ReadStored(Purpose::Save)]
            }
            Event::Unloading => {
                if self.hold.is_some() || !self.dirty || self.kept {
                    Vec::new()
                } else if self.conflict {
                    vec![Command::CancelSave, Command::KeepUnsaved]
                } else {
                    vec![Command::CancelSave, Command::ReadStored(Purpose::Unload)]
                }
            }
            // A change still waiting for its short delay is written by the
            // unload save, and kept aside if storage refuses it then, so it
            // is not a reason to ask.
            Event::UpdateRequested => match self.unsaved() {
                None | Some(Unsaved::Pending) => vec![Command::Reload],
                Some(reason) => vec![Command::ConfirmReload(reason)],
            },
            Event::UpdateConfirmed => {
                self.leaving = true;
                vec![Command::Reload]
            }
        }
    }

    fn opened(&mut self, found: Option<Found<T>>, source: Source) -> Vec<Command<T>> {
        let Some(found) = found else {
            return Vec::new();
        };
        match (found, source) {
            (Found::Current(content), Source::Own) => {
                self.last_seen = Some(content);
                Vec::new()
            }
            // Taken over from the shared key: copied under this
            // installation's own key at once, so it is taken over once.
            (Found::Current(_), Source::Shared) => {
                self.dirty = true;
                vec![Command::ReadStored(Purpose::Save)]
            }
            // The shared key is never written, so it keeps the original.
            (Found::Older { from, .. }, Source::Shared) => {
                self.dirty = true;
                vec![
                    Command::Notify(Note::UpgradedShared { from }),
                    Command::ReadStored(Purpose::Save),
                ]
            }
            (Found::Newer { problem, .. } | Found::Unreadable { problem, .. }, Source::Shared) => {
                vec![Command::Notify(Note::SharedUnreadable(problem))]
            }
            // Anything else is kept aside before anything could replace it.
            (found, Source::Own) => {
                let content = match &found {
                    Found::Older { content, .. }
                    | Found::Newer { content, .. }
                    | Found::Unreadable { content, .. }
                    | Found::Current(content) => content.clone(),
                };
                self.last_seen = Some(content.clone());
                self.opening = Some((found, Source::Own));
                vec![Command::KeepAside(content)]
            }
        }
    }

    fn kept_aside(&mut self, result: Result<String, String>) -> Vec<Command<T>> {
        let Some((found, _)) = self.opening.take() else {
            return Vec::new();
        };
        let note = match (found, result) {
            (Found::Current(_), _) => return Vec::new(),
            (Found::Older { from, .. }, Ok(key)) => Note::Upgraded {
                from,
                kept: Some(key),
            },
            (Found::Older { from, .. }, Err(reason)) => {
                self.hold = Some(Hold::WaitingForExport);
                Note::UpgradedNotKept { from, reason }
            }
            // Kept aside or not, a newer save is never written over; a
            // copy that failed is reported all the same.
            (Found::Newer { problem, .. }, result) => {
                self.hold = Some(Hold::Newer);
                Note::Newer {
                    problem,
                    not_kept: result.err(),
                }
            }
            (Found::Unreadable { problem, .. }, Ok(key)) => Note::Unreadable { problem, kept: key },
            (Found::Unreadable { problem, .. }, Err(_)) => {
                self.hold = Some(Hold::UnreadableNotKept);
                Note::UnreadableNotKept(problem)
            }
        };
        vec![Command::Notify(note)]
    }

    fn edit(&mut self) -> Vec<Command<T>> {
        if std::mem::take(&mut self.skip_edit) {
            return Vec::new();
        }
        self.dirty = true;
        self.kept = false;
        // While the user has not chosen between two versions, nothing is written.
        if self.hold.is_some() || self.conflict {
            Vec::new()
        } else {
            vec![Command::ScheduleSave]
        }
    }

    /// Whether `stored` is what this page last read or wrote (or nothing:
    /// another tab removed it, and there is nothing to write over).
    fn unchanged(&self, stored: &Option<Theirs<T>>) -> bool {
        match stored {
            None => true,
            Some(theirs) => self.last_seen.as_ref() == Some(&theirs.content),
        }
    }

    fn stored(&mut self, purpose: Purpose, stored: Option<Theirs<T>>) -> Vec<Command<T>> {
        if self.hold.is_some() {
            return Vec::new();
        }
        match purpose {
            Purpose::Save => {
                // Things may have changed while the lock was awaited.
                if self.conflict || !self.dirty {
                    Vec::new()
                } else if self.unchanged(&stored) {
                    vec![Command::Write(Purpose::Save)]
                } else {
                    stored.map(|t| self.other_tab_saved(t)).unwrap_or_default()
                }
            }
            Purpose::KeepMine => vec![Command::Write(Purpose::KeepMine)],
            Purpose::TakeTheirs => match stored {
                Some(theirs) => self.take(theirs),
                // Nothing stored any more: this page's version is all there is.
                None => {
                    self.conflict = false;
                    vec![Command::Write(Purpose::KeepMine)]
                }
            },
            Purpose::Unload => {
                if !self.dirty {
                    Vec::new()
                } else if self.unchanged(&stored) && !self.conflict {
                    vec![Command::Write(Purpose::Unload)]
                } else {
                    vec![Command::KeepUnsaved]
                }
            }
        }
    }

    fn written(&mut self, purpose: Purpose, content: T) -> Vec<Command<T>> {
        self.last_seen = Some(content);
        self.dirty = false;
        self.conflict = false;
        self.failed = None;
        let mut out = vec![Command::Clear(Topic::Full)];
        if purpose == Purpose::KeepMine {
            out.push(Command::Clear(Topic::OtherTab));
        }
        out
    }

    fn write_failed(&mut self, purpose: Purpose, failure: Failure) -> Vec<Command<T>> {
        self.failed = Some(failure.clone());
        // Nothing can be shown any more: the changes go to a backup instead.
        if purpose == Purpose::Unload {
            return vec![Command::KeepUnsaved];
        }
        vec![Command::Notify(match failure {
            Failure::Full => Note::Full,
            Failure::Other(reason) => Note::StorageUnavailable(reason),
        })]
    }

    fn other_tab(&mut self, theirs: Option<Theirs<T>>) -> Vec<Command<T>> {
        if self.hold.is_some() {
            return Vec::new();
        }
        let Some(theirs) = theirs else {
            self.last_seen = None;
            return Vec::new();
        };
        if self.last_seen.as_ref() == Some(&theirs.content) {
            Vec::new()
        } else if self.dirty || self.conflict {
            self.other_tab_saved(theirs)
        } else {
            self.take(theirs)
        }
    }

    /// Another tab saved `theirs` while this page has changes of its own.
    fn other_tab_saved(&mut self, theirs: Theirs<T>) -> Vec<Command<T>> {
        match theirs.problem {
            None => {
                self.conflict = true;
                vec![Command::Notify(Note::Conflict)]
            }
            Some(problem) => self.stop(problem),
        }
    }

    /// Shows `theirs` in place of this page's workspace.
    fn take(&mut self, theirs: Theirs<T>) -> Vec<Command<T>> {
        match theirs.problem {
            None => {
                self.last_seen = Some(theirs.content.clone());
                self.dirty = false;
                self.conflict = false;
                self.failed = None;
                self.skip_edit = true;
                vec![
                    Command::CancelSave,
                    Command::Adopt(theirs.content),
                    Command::Notify(Note::TookOver),
                ]
            }
            Some(problem) => self.stop(problem),
        }
    }

    /// This page never writes again: another tab saved what it cannot read.
    fn stop(&mut self, problem: String) -> Vec<Command<T>> {
        self.hold = Some(Hold::Stopped);
        self.conflict = false;
        vec![
            Command::CancelSave,
            Command::Notify(Note::OtherTabUnreadable(problem)),
        ]
    }
}

#[cfg(test)]
mod tests;
