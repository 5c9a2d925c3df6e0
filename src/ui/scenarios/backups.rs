//! The backups kept on this device, inside the Scenarios dialog: when and
//! why each was kept, its size; download, restore as new scenarios, delete.

use leptos::prelude::*;

use crate::domain::formats::backups::{self, Backup};
use crate::ui::state::use_app;
use crate::ui::{actions, storage};

/// The list of backups; `message` is the dialog's status line.
#[component]
pub fn BackupsSection(message: RwSignal<String>) -> impl IntoView {
    let state = use_app();
    // Read again after each change made here.
    let version = RwSignal::new(0u32);
    let list = Memo::new(move |_| {
        version.track();
        storage::backups()
    });
    // The key whose deletion waits for a second click.
    let confirming = RwSignal::new(None::<String>);
    let row = move |b: Backup| {
        let when = backups::when(b.stamp);
        let (key, stamp) = (b.key.clone(), b.stamp);
        let download = {
            let key = key.clone();
            move |_| message.set(actions::download_backup(&key, stamp))
        };
        let restore = {
            let key = key.clone();
            move |_| {
                message.set(actions::restore_backup(state, &key));
                version.update(|v| *v += 1);
            }
        };
        let ask = {
            let key = key.clone();
            move |_| confirming.set(Some(key.clone()))
        };
        let delete = {
            let key = key.clone();
            move |_| {
                message.set(actions::delete_backup(&key));
                confirming.set(None);
                version.update(|v| *v += 1);
            }
        };
        let asking = {
            let key = key.clone();
            move || confirming.with(|c| c.as_deref() == Some(key.as_str()))
        };
        let held = match b.scenarios {
            Some(1) => ", 1 scenario".to_string(),
            Some(n) => format!(", {n} scenarios"),
            None => String::new(),
        };
        view! {
            <li class="backup">
                <p><strong>{when.clone()}</strong>{format!(" · {}{held}", backups::size(b.bytes))}</p>
                <p class="muted">{backups::why_kept(&b)}</p>
                <div class="button-row">
                    <button type="button" class="button button-quiet"
                        aria-label=format!("Download the backup of {when}") on:click=download>
                        "Download"
                    </button>
                    {b.restorable().then(|| view! {
                        <button type="button" class="button button-quiet"
                            aria-label=format!("Restore the backup of {when} as new scenarios") on:click=restore>
                            "Restore as new scenarios"
                        </button>
                    })}
                    <button type="button" class="button button-quiet"
                        aria-label=format!("Delete the backup of {when}") on:click=ask>
                        "Delete"
                    </button>
                </div>
                {move || asking().then(|| view! {
                    <div class="confirm">
                        <p>"Delete this backup for good? Download it first if you may need it."</p>
                        <div class="button-row">
                            <button type="button" class="button button-quiet" on:click=delete.clone()>
                                "Delete the backup for good"
                            </button>
                            <button type="button" class="button button-quiet" on:click=move |_| confirming.set(None)>
                                "Keep it"
                            </button>
                        </div>
                    </div>
                })}
            </li>
        }
    };
    view! {
        <h3>"Backups on this device"</h3>
        {move || {
            let items = list.get();
            if items.is_empty() {
                view! {
                    <p class="muted">"None. Shoreline keeps a copy here whenever it meets a save it cannot use or merge, instead of overwriting it."</p>
                }
                .into_any()
            } else {
                view! {
                    <p class="muted">"Copies Shoreline kept instead of overwriting a save it could not use or merge. Each stays until you delete it."</p>
                    <ul class="backup-list">{items.into_iter().map(row).collect_view()}</ul>
                }
                .into_any()
            }
        }}
    }
}
