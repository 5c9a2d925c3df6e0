use leptos::prelude::*;

use crate::ui::state::{use_app, SaveStatus};

/// The privacy promise and where the work is being kept.
#[component]
pub fn Footer() -> impl IntoView {
    let state = use_app();
    let status = move || match state.save_status.get() {
        SaveStatus::Saved => "Your work is saved in this browser.",
        SaveStatus::Failed => "Your latest changes are not saved: see the notice above.",
        SaveStatus::MemoryOnly => "Your work is kept in memory only on this page.",
    };
    view! {
        <footer class="site-footer">
            <p>
                <strong>"Nothing leaves your browser."</strong>
                " Shoreline has no server, no account and no tracking. "
                <span data-testid="save-status">{status}</span>
            </p>
        </footer>
    }
}
