//! Every transition of the two-tab sync machine.

use super::*;

type M = Sync<String>;
type C = Command<String>;

fn s(text: &str) -> String {
    text.to_string()
}

fn mine(text: &str) -> Option<Theirs<String>> {
    Some(Theirs::readable(s(text)))
}

fn bad(text: &str) -> Option<Theirs<String>> {
    Some(Theirs::unreadable(s(text), "too new"))
}

/// A page that opened a current save `A` and has nothing unsaved.
fn saved() -> M {
    let mut m = M::new();
    let out = m.handle(Event::Opened {
        found: Some(Found::Current(s("A"))),
        source: Source::Own,
    });
    assert!(out.is_empty());
    m
}

/// A page that opened `A` and has an unsaved edit.
fn edited() -> M {
    let mut m = saved();
    assert_eq!(m.handle(Event::Edit), vec![C::ScheduleSave]);
    m
}

/// A page with an unsaved edit whose save found another tab's `B`: the user chooses.
fn in_conflict() -> M {
    let mut m = edited();
    let out = m.handle(Event::OtherTab(mine("B")));
    assert_eq!(out, vec![C::Notify(Note::Conflict)]);
    m
}

fn held(hold: Hold) -> M {
    let mut m = match hold {
        Hold::Blocked => {
            let mut m = M::new();
            m.handle(Event::Blocked(s("SecurityError")));
            m
        }
        Hold::Newer => opened_own(Found::Newer {
            content: s("N"),
            problem: s("too new"),
        }),
        Hold::UnreadableNotKept => {
            let mut m = M::new();
            m.handle(Event::Opened {
                found: Some(Found::Unreadable {
                    content: s("X"),
                    problem: s("not JSON"),
                }),
                source: Source::Own,
            });
            m.handle(Event::KeptAside(Err(s("full"))));
            m
        }
        Hold::WaitingForExport => {
            let mut m = M::new();
            m.handle(Event::Opened {
                found: Some(Found::Older {
                    content: s("O"),
                    from: 1,
                }),
                source: Source::Own,
            });
            m.handle(Event::KeptAside(Err(s("full"))));
            m
        }
        Hold::Stopped => {
            let mut m = saved();
            m.handle(Event::OtherTab(bad("N")));
            m
        }
    };
    assert_eq!(m.hold(), Some(hold));
    m.handle(Event::Edit);
    m
}

fn opened_own(found: Found<String>) -> M {
    let mut m = M::new();
    let out = m.handle(Event::Opened {
        found: Some(found),
        source: Source::Own,
    });
    assert!(matches!(out.as_slice(), [C::KeepAside(_)]), "{out:?}");
    m.handle(Event::KeptAside(Ok(s("backup:1"))));
    m
}

const HOLDS: [Hold; 5] = [
    Hold::Blocked,
    Hold::Newer,
    Hold::UnreadableNotKept,
    Hold::WaitingForExport,
    Hold::Stopped,
];

// ---- start ----

#[test]
fn blocked_storage_works_in_memory_and_says_why() {
    let mut m = M::new();
    let out = m.handle(Event::Blocked(s("SecurityError: denied")));
    assert_eq!(
        out,
        vec![C::Notify(Note::StorageUnavailable(s(
            "SecurityError: denied"
        )))]
    );
    assert_eq!(m.hold(), Some(Hold::Blocked));
    assert_eq!(m.status(), Status::MemoryOnly);
    // Nothing changed yet: a reload loses nothing.
    assert_eq!(m.unsaved(), None);
}

#[test]
fn nothing_stored_starts_saved_and_clean() {
    let mut m = M::new();
    let out = m.handle(Event::Opened {
        found: None,
        source: Source::Own,
    });
    assert!(out.is_empty());
    assert_eq!(m.status(), Status::Saved);
    assert_eq!(m.last_seen(), None);
    assert_eq!(m.unsaved(), None);
}

#[test]
fn a_current_save_is_read_and_remembered_without_a_write() {
    let m = saved();
    assert_eq!(m.last_seen(), Some(&s("A")));
    assert!(!m.is_dirty());
    assert_eq!(m.status(), Status::Saved);
}

#[test]
fn an_older_save_is_kept_aside_then_announced_with_its_key() {
    let mut m = M::new();
    let out = m.handle(Event::Opened {
        found: Some(Found::Older {
            content: s("O"),
            from: 2,
        }),
        source: Source::Own,
    });
    assert_eq!(out, vec![C::KeepAside(s("O"))]);
    let out = m.handle(Event::KeptAside(Ok(s("backup:7"))));
    assert_eq!(
        out,
        vec![C::Notify(Note::Upgraded {
            from: 2,
            kept: Some(s("backup:7"))
        })]
    );
    // Opening wrote nothing; the first edit saves over the old format.
    assert_eq!(m.hold(), None);
    assert_eq!(m.last_seen(), Some(&s("O")));
    assert!(!m.is_dirty());
}

#[test]
fn an_older_save_that_could_not_be_kept_aside_waits_for_an_export() {
    let mut m = M::new();
    m.handle(Event::Opened {
        found: Some(Found::Older {
            content: s("O"),
            from: 1,
        }),
        source: Source::Own,
    });
    let out = m.handle(Event::KeptAside(Err(s("QuotaExceededError"))));
    assert_eq!(
        out,
        vec![C::Notify(Note::UpgradedNotKept {
            from: 1,
            reason: s("QuotaExceededError")
        })]
    );
    assert_eq!(m.hold(), Some(Hold::WaitingForExport));
    assert_eq!(m.status(), Status::Failed);
    // Edits are not written…
    assert!(m.handle(Event::Edit).is_empty());
    assert!(m.handle(Event::SaveDue).is_empty());
    assert!(m.handle(Event::Hidden).is_empty());
    assert_eq!(m.unsaved(), Some(Unsaved::Held(Hold::WaitingForExport)));
    // …until the user has exported; then the change is saved.
    let out = m.handle(Event::Exported);
    assert_eq!(
        out,
        vec![C::Clear(Topic::Upgraded), C::ReadStored(Purpose::Save)]
    );
    assert_eq!(m.hold(), None);
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::Save,
            stored: mine("O")
        }),
        vec![C::Write(Purpose::Save)]
    );
}

#[test]
fn an_export_without_changes_only_lifts_the_hold() {
    let mut m = M::new();
    m.handle(Event::Opened {
        found: Some(Found::Older {
            content: s("O"),
            from: 1,
        }),
        source: Source::Own,
    });
    m.handle(Event::KeptAside(Err(s("full"))));
    assert_eq!(m.handle(Event::Exported), vec![C::Clear(Topic::Upgraded)]);
    assert_eq!(m.handle(Event::Edit), vec![C::ScheduleSave]);
}

#[test]
fn an_export_changes_nothing_when_nothing_waits_for_it() {
    let mut m = edited();
    assert!(m.handle(Event::Exported).is_empty());
    let mut m = held(Hold::Newer);
    assert!(m.handle(Event::Exported).is_empty());
    assert_eq!(m.hold(), Some(Hold::Newer));
}

#[test]
fn a_newer_save_is_never_written_over_kept_aside_or_not() {
    for (kept, not_kept) in [(Ok(s("backup:1")), None), (Err(s("full")), Some(s("full")))] {
        let mut m = M::new();
        m.handle(Event::Opened {
            found: Some(Found::Newer {
                content: s("N"),
                problem: s("format 9"),
            }),
            source: Source::Own,
        });
        let out = m.handle(Event::KeptAside(kept));
        // A copy that could not be written is reported, like every failed backup.
        let note = Note::Newer {
            problem: s("format 9"),
            not_kept,
        };
        assert_eq!(out, vec![C::Notify(note)]);
        assert_eq!(m.hold(), Some(Hold::Newer));
        assert_eq!(m.status(), Status::MemoryOnly);
        assert!(m.handle(Event::Edit).is_empty());
        assert!(m.handle(Event::SaveDue).is_empty());
        assert!(m.handle(Event::Unloading).is_empty());
    }
}

#[test]
fn an_unreadable_save_kept_aside_is_named_and_then_written_over() {
    let mut m = M::new();
    let out = m.handle(Event::Opened {
        found: Some(Found::Unreadable {
            content: s("{oops"),
            problem: s("not JSON"),
        }),
        source: Source::Own,
    });
    assert_eq!(out, vec![C::KeepAside(s("{oops"))]);
    let out = m.handle(Event::KeptAside(Ok(s("backup:3"))));
    assert_eq!(
        out,
        vec![C::Notify(Note::Unreadable {
            problem: s("not JSON"),
            kept: s("backup:3")
        })]
    );
    assert_eq!(m.hold(), None);
    // The stored text is what this page last saw: its first save replaces it.
    m.handle(Event::Edit);
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::Save,
            stored: bad("{oops")
        }),
        vec![C::Write(Purpose::Save)]
    );
}

#[test]
fn an_unreadable_save_not_kept_aside_is_never_written_over() {
    let mut m = M::new();
    m.handle(Event::Opened {
        found: Some(Found::Unreadable {
            content: s("{oops"),
            problem: s("not JSON"),
        }),
        source: Source::Own,
    });
    let out = m.handle(Event::KeptAside(Err(s("full"))));
    assert_eq!(out, vec![C::Notify(Note::UnreadableNotKept(s("not JSON")))]);
    assert_eq!(m.hold(), Some(Hold::UnreadableNotKept));
    assert!(m.handle(Event::Edit).is_empty());
}

#[test]
fn a_stray_kept_aside_answer_is_ignored() {
    let mut m = saved();
    assert!(m.handle(Event::KeptAside(Ok(s("backup:1")))).is_empty());
    assert_eq!(m, saved());
}

#[test]
fn the_shared_save_of_earlier_versions_is_copied_to_the_own_key_once() {
    let mut m = M::new();
    let out = m.handle(Event::Opened {
        found: Some(Found::Current(s("S"))),
        source: Source::Shared,
    });
    // Written at once under the own key (nothing stored there yet).
    assert_eq!(out, vec![C::ReadStored(Purpose::Save)]);
    assert_eq!(m.last_seen(), None);
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::Save,
            stored: None
        }),
        vec![C::Write(Purpose::Save)]
    );
    m.handle(Event::Written {
        purpose: Purpose::Save,
        content: s("S'"),
    });
    assert_eq!(m.last_seen(), Some(&s("S'")));
    assert_eq!(m.unsaved(), None);
}

#[test]
fn an_older_shared_save_is_upgraded_into_the_own_key_and_left_as_it_was() {
    let mut m = M::new();
    let out = m.handle(Event::Opened {
        found: Some(Found::Older {
            content: s("O"),
            from: 3,
        }),
        source: Source::Shared,
    });
    assert_eq!(
        out,
        vec![
            C::Notify(Note::UpgradedShared { from: 3 }),
            C::ReadStored(Purpose::Save)
        ]
    );
    assert_eq!(m.hold(), None);
}

#[test]
fn an_unreadable_or_newer_shared_save_is_left_alone_and_this_copy_starts_afresh() {
    for found in [
        Found::Newer {
            content: s("N"),
            problem: s("format 9"),
        },
        Found::Unreadable {
            content: s("?"),
            problem: s("not JSON"),
        },
    ] {
        let problem = match &found {
            Found::Newer { problem, .. } | Found::Unreadable { problem, .. } => problem.clone(),
            _ => unreachable!(),
        };
        let mut m = M::new();
        let out = m.handle(Event::Opened {
            found: Some(found),
            source: Source::Shared,
        });
        assert_eq!(out, vec![C::Notify(Note::SharedUnreadable(problem))]);
        assert_eq!(m.hold(), None);
        assert_eq!(m.last_seen(), None);
        assert_eq!(m.handle(Event::Edit), vec![C::ScheduleSave]);
    }
}

#[test]
fn nothing_under_the_shared_key_either_is_a_fresh_start() {
    let mut m = M::new();
    assert!(m
        .handle(Event::Opened {
            found: None,
            source: Source::Shared
        })
        .is_empty());
    assert_eq!(m, M::new());
}

#[test]
fn changes_a_closed_page_kept_aside_are_reported_once() {
    let mut m = saved();
    let out = m.handle(Event::ClosedUnsavedFound(s("backup:9")));
    assert_eq!(
        out,
        vec![
            C::Notify(Note::ClosedUnsaved(s("backup:9"))),
            C::ForgetClosedUnsaved
        ]
    );
}

// ---- editing and saving ----

#[test]
fn an_edit_schedules_a_save_and_marks_the_work_pending() {
    let m = edited();
    assert!(m.is_dirty());
    assert_eq!(m.unsaved(), Some(Unsaved::Pending));
    // Still "saved" in the footer: the delay is short.
    assert_eq!(m.status(), Status::Saved);
}

#[test]
fn a_due_save_reads_the_stored_save_first() {
    let mut m = edited();
    assert_eq!(m.handle(Event::SaveDue), vec![C::ReadStored(Purpose::Save)]);
}

#[test]
fn an_unchanged_stored_save_is_written_over() {
    let mut m = edited();
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::Save,
            stored: mine("A")
        }),
        vec![C::Write(Purpose::Save)]
    );
}

#[test]
fn a_removed_stored_save_is_written_again() {
    let mut m = edited();
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::Save,
            stored: None
        }),
        vec![C::Write(Purpose::Save)]
    );
}

#[test]
fn a_written_save_is_remembered_and_clears_the_full_notice() {
    let mut m = edited();
    let out = m.handle(Event::Written {
        purpose: Purpose::Save,
        content: s("A2"),
    });
    assert_eq!(out, vec![C::Clear(Topic::Full)]);
    assert_eq!(m.last_seen(), Some(&s("A2")));
    assert!(!m.is_dirty());
    assert_eq!(m.unsaved(), None);
    assert_eq!(m.status(), Status::Saved);
}

#[test]
fn a_read_answer_with_nothing_to_save_writes_nothing() {
    // Two saves were asked for while the lock was awaited; the first wrote.
    let mut m = edited();
    m.handle(Event::Written {
        purpose: Purpose::Save,
        content: s("A2"),
    });
    assert!(m
        .handle(Event::Stored {
            purpose: Purpose::Save,
            stored: mine("A2")
        })
        .is_empty());
}

#[test]
fn a_full_storage_is_reported_and_the_next_edit_tries_again() {
    let mut m = edited();
    let out = m.handle(Event::WriteFailed {
        purpose: Purpose::Save,
        failure: Failure::Full,
    });
    assert_eq!(out, vec![C::Notify(Note::Full)]);
    assert_eq!(m.status(), Status::Failed);
    assert_eq!(m.unsaved(), Some(Unsaved::Full));
    assert_eq!(m.handle(Event::Edit), vec![C::ScheduleSave]);
    m.handle(Event::Written {
        purpose: Purpose::Save,
        content: s("A3"),
    });
    assert_eq!(m.status(), Status::Saved);
}

#[test]
fn another_write_failure_is_reported_with_its_reason() {
    let mut m = edited();
    let out = m.handle(Event::WriteFailed {
        purpose: Purpose::Save,
        failure: Failure::Other(s("InvalidStateError")),
    });
    assert_eq!(
        out,
        vec![C::Notify(Note::StorageUnavailable(s("InvalidStateError")))]
    );
    assert_eq!(m.status(), Status::Failed);
    assert_eq!(m.unsaved(), Some(Unsaved::WriteFailed));
}

/// An edited page unloads; its compare finds its own save, and the write fails.
fn unload_write_failed(failure: Failure) -> (M, Vec<C>) {
    let mut m = edited();
    assert_eq!(
        m.handle(Event::Unloading),
        vec![C::CancelSave, C::ReadStored(Purpose::Unload)]
    );
    let out = m.handle(Event::Stored {
        purpose: Purpose::Unload,
        stored: mine("A"),
    });
    assert_eq!(out, vec![C::Write(Purpose::Unload)]);
    let out = m.handle(Event::WriteFailed {
        purpose: Purpose::Unload,
        failure,
    });
    (m, out)
}

#[test]
fn a_failed_write_while_unloading_keeps_the_changes_aside() {
    for failure in [Failure::Full, Failure::Other(s("InvalidStateError"))] {
        let (mut m, out) = unload_write_failed(failure.clone());
        // Nothing can be shown now: the changes go to a backup instead.
        assert_eq!(out, vec![C::KeepUnsaved], "{failure:?}");
        // Until they are kept, leaving loses them.
        assert!(m.would_lose_work(), "{failure:?}");
        assert!(m.handle(Event::KeptUnsaved(Kept::InStorage)).is_empty());
        assert!(!m.would_lose_work(), "{failure:?}");
        // The unload that follows (pagehide after beforeunload) keeps nothing twice.
        assert!(m.handle(Event::Unloading).is_empty(), "{failure:?}");
    }
}

#[test]
fn changes_kept_only_for_this_tab_or_nowhere_still_ask_before_leaving() {
    for kept in [Kept::ForThisTab, Kept::Nowhere] {
        let (mut m, _) = unload_write_failed(Failure::Full);
        assert!(m.handle(Event::KeptUnsaved(kept)).is_empty());
        assert!(m.would_lose_work(), "{kept:?}");
        // Leaving anyway tries again to keep them.
        assert_eq!(
            m.handle(Event::Unloading),
            vec![C::CancelSave, C::ReadStored(Purpose::Unload)],
            "{kept:?}"
        );
    }
}

#[test]
fn a_new_edit_after_the_changes_were_kept_needs_keeping_again() {
    let (mut m, _) = unload_write_failed(Failure::Full);
    m.handle(Event::KeptUnsaved(Kept::InStorage));
    m.handle(Event::Edit);
    assert!(m.would_lose_work());
}

#[test]
fn leaving_a_saved_page_asks_nothing() {
    assert!(!saved().would_lose_work());
    let mut m = edited();
    m.handle(Event::Unloading);
    m.handle(Event::Stored {
        purpose: Purpose::Unload,
        stored: mine("A"),
    });
    m.handle(Event::Written {
        purpose: Purpose::Unload,
        content: s("A2"),
    });
    assert!(!m.would_lose_work());
}

#[test]
fn leaving_a_held_page_with_changes_asks_unless_the_reload_was_confirmed() {
    for hold in HOLDS {
        // `held` pages have an edit in memory only.
        let mut m = held(hold);
        assert!(m.would_lose_work(), "{hold:?}");
        assert_eq!(m.handle(Event::UpdateConfirmed), vec![C::Reload]);
        assert!(!m.would_lose_work(), "{hold:?}");
    }
}

#[test]
fn changes_kept_in_the_tab_are_reported_at_the_next_start() {
    let mut m = M::new();
    assert_eq!(
        m.handle(Event::ClosedUnsavedInTabFound),
        vec![C::Notify(Note::ClosedUnsavedInTab)]
    );
}

// ---- another tab ----

#[test]
fn another_tabs_save_is_taken_over_when_nothing_is_unsaved() {
    let mut m = saved();
    let out = m.handle(Event::OtherTab(mine("B")));
    assert_eq!(
        out,
        vec![C::CancelSave, C::Adopt(s("B")), C::Notify(Note::TookOver)]
    );
    assert_eq!(m.last_seen(), Some(&s("B")));
    // Showing it is not an edit: nothing is written back.
    assert!(m.handle(Event::Edit).is_empty());
    assert!(!m.is_dirty());
    // The next real edit is.
    assert_eq!(m.handle(Event::Edit), vec![C::ScheduleSave]);
}

#[test]
fn another_tabs_save_of_what_this_page_saw_changes_nothing() {
    let mut m = edited();
    let before = m.clone();
    assert!(m.handle(Event::OtherTab(mine("A"))).is_empty());
    assert_eq!(m, before);
}

#[test]
fn another_tab_removing_the_save_is_remembered() {
    let mut m = saved();
    assert!(m.handle(Event::OtherTab(None)).is_empty());
    assert_eq!(m.last_seen(), None);
    let mut m = saved();
    assert!(m.handle(Event::StorageCleared).is_empty());
    assert_eq!(m.last_seen(), None);
}

#[test]
fn another_tabs_save_while_this_page_has_changes_asks_the_user() {
    let m = in_conflict();
    assert_eq!(m.status(), Status::Failed);
    assert_eq!(m.unsaved(), Some(Unsaved::ChoiceOpen));
}

#[test]
fn a_save_that_finds_another_tabs_newer_save_asks_instead_of_writing() {
    let mut m = edited();
    let out = m.handle(Event::Stored {
        purpose: Purpose::Save,
        stored: mine("B"),
    });
    assert_eq!(out, vec![C::Notify(Note::Conflict)]);
    assert_eq!(m.unsaved(), Some(Unsaved::ChoiceOpen));
}

#[test]
fn while_the_user_chooses_nothing_is_written() {
    let mut m = in_conflict();
    assert!(m.handle(Event::Edit).is_empty());
    assert!(m.handle(Event::SaveDue).is_empty());
    assert!(m.handle(Event::Hidden).is_empty());
    assert!(m
        .handle(Event::Stored {
            purpose: Purpose::Save,
            stored: mine("B")
        })
        .is_empty());
    // A further save from the other tab asks again.
    assert_eq!(
        m.handle(Event::OtherTab(mine("C"))),
        vec![C::Notify(Note::Conflict)]
    );
}

#[test]
fn keep_mine_writes_this_pages_version_whatever_is_stored() {
    let mut m = in_conflict();
    assert_eq!(
        m.handle(Event::KeepMine),
        vec![C::ReadStored(Purpose::KeepMine)]
    );
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::KeepMine,
            stored: mine("B")
        }),
        vec![C::Write(Purpose::KeepMine)]
    );
    let out = m.handle(Event::Written {
        purpose: Purpose::KeepMine,
        content: s("A2"),
    });
    assert_eq!(out, vec![C::Clear(Topic::Full), C::Clear(Topic::OtherTab)]);
    assert_eq!(m.unsaved(), None);
    assert_eq!(m.status(), Status::Saved);
}

#[test]
fn keep_mine_that_fails_keeps_the_work_unsaved() {
    let mut m = in_conflict();
    m.handle(Event::KeepMine);
    m.handle(Event::Stored {
        purpose: Purpose::KeepMine,
        stored: mine("B"),
    });
    let out = m.handle(Event::WriteFailed {
        purpose: Purpose::KeepMine,
        failure: Failure::Full,
    });
    assert_eq!(out, vec![C::Notify(Note::Full)]);
    assert_eq!(m.unsaved(), Some(Unsaved::Full));
}

#[test]
fn take_theirs_shows_the_stored_save() {
    let mut m = in_conflict();
    assert_eq!(
        m.handle(Event::TakeTheirs),
        vec![C::ReadStored(Purpose::TakeTheirs)]
    );
    let out = m.handle(Event::Stored {
        purpose: Purpose::TakeTheirs,
        stored: mine("C"),
    });
    assert_eq!(
        out,
        vec![C::CancelSave, C::Adopt(s("C")), C::Notify(Note::TookOver)]
    );
    assert_eq!(m.unsaved(), None);
    assert_eq!(m.last_seen(), Some(&s("C")));
}

#[test]
fn take_theirs_with_nothing_stored_keeps_this_pages_version() {
    let mut m = in_conflict();
    m.handle(Event::TakeTheirs);
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::TakeTheirs,
            stored: None
        }),
        vec![C::Write(Purpose::KeepMine)]
    );
    assert_eq!(m.unsaved(), Some(Unsaved::Pending));
}

#[test]
fn take_theirs_of_an_unreadable_save_stops_the_page() {
    let mut m = in_conflict();
    m.handle(Event::TakeTheirs);
    let out = m.handle(Event::Stored {
        purpose: Purpose::TakeTheirs,
        stored: bad("N"),
    });
    assert_eq!(
        out,
        vec![
            C::CancelSave,
            C::Notify(Note::OtherTabUnreadable(s("too new")))
        ]
    );
    assert_eq!(m.hold(), Some(Hold::Stopped));
}

#[test]
fn another_tabs_unreadable_save_stops_the_page_for_good() {
    for mut m in [saved(), edited(), in_conflict()] {
        let out = m.handle(Event::OtherTab(bad("N")));
        assert_eq!(
            out,
            vec![
                C::CancelSave,
                C::Notify(Note::OtherTabUnreadable(s("too new")))
            ]
        );
        assert_eq!(m.hold(), Some(Hold::Stopped));
        assert_eq!(m.status(), Status::MemoryOnly);
        // It never writes again, and no longer listens.
        assert!(m.handle(Event::Edit).is_empty());
        assert!(m.handle(Event::SaveDue).is_empty());
        assert!(m.handle(Event::OtherTab(mine("C"))).is_empty());
        assert!(m.handle(Event::KeepMine).is_empty());
        assert!(m.handle(Event::TakeTheirs).is_empty());
        assert!(m.handle(Event::Unloading).is_empty());
        assert_eq!(m.unsaved(), Some(Unsaved::Held(Hold::Stopped)));
    }
}

#[test]
fn a_save_that_finds_an_unreadable_save_stops_instead_of_writing() {
    let mut m = edited();
    let out = m.handle(Event::Stored {
        purpose: Purpose::Save,
        stored: bad("N"),
    });
    assert_eq!(
        out,
        vec![
            C::CancelSave,
            C::Notify(Note::OtherTabUnreadable(s("too new")))
        ]
    );
}

// ---- holds ----

#[test]
fn a_page_on_hold_never_reads_writes_or_takes_over() {
    for hold in HOLDS {
        let mut m = held(hold);
        let before = m.clone();
        assert!(m.handle(Event::Edit).is_empty(), "{hold:?}");
        assert!(m.handle(Event::SaveDue).is_empty(), "{hold:?}");
        assert!(m.handle(Event::Hidden).is_empty(), "{hold:?}");
        assert!(m.handle(Event::Unloading).is_empty(), "{hold:?}");
        assert!(m.handle(Event::OtherTab(mine("B"))).is_empty(), "{hold:?}");
        assert!(m.handle(Event::StorageCleared).is_empty(), "{hold:?}");
        assert!(m.handle(Event::KeepMine).is_empty(), "{hold:?}");
        assert!(m.handle(Event::TakeTheirs).is_empty(), "{hold:?}");
        for purpose in [
            Purpose::Save,
            Purpose::KeepMine,
            Purpose::TakeTheirs,
            Purpose::Unload,
        ] {
            assert!(
                m.handle(Event::Stored {
                    purpose,
                    stored: mine("B")
                })
                .is_empty(),
                "{hold:?} {purpose:?}"
            );
        }
        assert_eq!(m, before, "{hold:?}");
        assert_eq!(m.unsaved(), Some(Unsaved::Held(hold)));
    }
}

// ---- hidden and unloading ----

#[test]
fn hiding_the_page_saves_a_pending_change_at_once() {
    let mut m = edited();
    assert_eq!(
        m.handle(Event::Hidden),
        vec![C::CancelSave, C::ReadStored(Purpose::Save)]
    );
}

#[test]
fn hiding_the_page_with_nothing_pending_does_nothing() {
    let mut m = saved();
    assert!(m.handle(Event::Hidden).is_empty());
}

#[test]
fn unloading_writes_a_pending_change_without_a_lock() {
    let mut m = edited();
    assert_eq!(
        m.handle(Event::Unloading),
        vec![C::CancelSave, C::ReadStored(Purpose::Unload)]
    );
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::Unload,
            stored: mine("A")
        }),
        vec![C::Write(Purpose::Unload)]
    );
}

#[test]
fn unloading_over_another_tabs_newer_save_keeps_the_change_aside() {
    let mut m = edited();
    m.handle(Event::Unloading);
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::Unload,
            stored: mine("B")
        }),
        vec![C::KeepUnsaved]
    );
    // Even an unreadable one: nothing is written over it, nothing is dropped.
    let mut m = edited();
    m.handle(Event::Unloading);
    assert_eq!(
        m.handle(Event::Stored {
            purpose: Purpose::Unload,
            stored: bad("N")
        }),
        vec![C::KeepUnsaved]
    );
}

#[test]
fn unloading_with_the_choice_open_keeps_this_pages_version_aside() {
    let mut m = in_conflict();
    assert_eq!(
        m.handle(Event::Unloading),
        vec![C::CancelSave, C::KeepUnsaved]
    );
}

#[test]
fn unloading_with_nothing_unsaved_does_nothing() {
    let mut m = saved();
    assert!(m.handle(Event::Unloading).is_empty());
    assert!(m
        .handle(Event::Stored {
            purpose: Purpose::Unload,
            stored: mine("B")
        })
        .is_empty());
}

// ---- reload to update ----

#[test]
fn an_update_reloads_at_once_when_everything_is_saved() {
    let mut m = saved();
    assert_eq!(m.handle(Event::UpdateRequested), vec![C::Reload]);
    // A change waiting for its delay: the unload save writes it (or keeps
    // it aside when storage refuses), so reloading loses nothing.
    let mut m = edited();
    assert_eq!(m.unsaved(), Some(Unsaved::Pending));
    assert_eq!(m.handle(Event::UpdateRequested), vec![C::Reload]);
    let mut m = held(Hold::Blocked);
    // An untouched in-memory page has nothing to lose either.
    m.dirty = false;
    assert_eq!(m.handle(Event::UpdateRequested), vec![C::Reload]);
}

#[test]
fn an_update_asks_first_whenever_work_is_not_saved() {
    let cases: Vec<(M, Unsaved)> = vec![
        (in_conflict(), Unsaved::ChoiceOpen),
        (
            {
                let mut m = edited();
                m.handle(Event::WriteFailed {
                    purpose: Purpose::Save,
                    failure: Failure::Full,
                });
                m
            },
            Unsaved::Full,
        ),
        (
            {
                let mut m = edited();
                m.handle(Event::WriteFailed {
                    purpose: Purpose::Save,
                    failure: Failure::Other(s("x")),
                });
                m
            },
            Unsaved::WriteFailed,
        ),
    ]
    .into_iter()
    .chain(HOLDS.map(|h| (held(h), Unsaved::Held(h))))
    .collect();
    for (mut m, reason) in cases {
        assert_eq!(
            m.handle(Event::UpdateRequested),
            vec![C::ConfirmReload(reason)]
        );
        // Asking changes nothing; confirming reloads.
        assert_eq!(m.unsaved(), Some(reason));
        assert_eq!(m.handle(Event::UpdateConfirmed), vec![C::Reload]);
    }
}

#[test]
fn every_note_has_the_topic_of_the_notice_it_replaces() {
    assert_eq!(Note::StorageUnavailable(s("x")).topic(), Topic::Storage);
    assert_eq!(Note::Full.topic(), Topic::Full);
    assert_eq!(
        Note::Upgraded {
            from: 1,
            kept: None
        }
        .topic(),
        Topic::Upgraded
    );
    assert_eq!(Note::UpgradedShared { from: 1 }.topic(), Topic::Upgraded);
    assert_eq!(
        Note::UpgradedNotKept {
            from: 1,
            reason: s("x")
        }
        .topic(),
        Topic::Upgraded
    );
    for note in [
        Note::Newer {
            problem: s("x"),
            not_kept: None,
        },
        Note::Unreadable {
            problem: s("x"),
            kept: s("k"),
        },
        Note::UnreadableNotKept(s("x")),
        Note::SharedUnreadable(s("x")),
    ] {
        assert_eq!(note.topic(), Topic::Unreadable, "{note:?}");
    }
    for note in [
        Note::Conflict,
        Note::TookOver,
        Note::OtherTabUnreadable(s("x")),
        Note::ClosedUnsaved(s("k")),
        Note::ClosedUnsavedInTab,
    ] {
        assert_eq!(note.topic(), Topic::OtherTab, "{note:?}");
    }
}
