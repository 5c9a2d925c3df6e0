//! The Scenarios dialog, opened from the header: switch, create, rename,
//! duplicate, delete, export, import and share. Names are user text: always
//! text nodes and attribute values, never markup.

use leptos::html::{Dialog, Input};
use leptos::prelude::*;

use crate::domain::scenario::{ScenarioError, ScenarioId};
use crate::ui::actions::{self, change};
use crate::ui::files;
use crate::ui::state::use_app;

/// The header button that opens the Scenarios dialog.
#[component]
pub fn ScenariosButton() -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    view! {
        <button type="button" class="button button-quiet" aria-haspopup="dialog" on:click=open>
            "Scenarios"
        </button>
        <ScenariosDialog dialog=dialog/>
    }
}

/// Every scenario-level action, in one native dialog (focus and Escape for free).
#[component]
fn ScenariosDialog(
    /// The dialog element, opened by the header button.
    dialog: NodeRef<Dialog>,
) -> impl IntoView {
    let state = use_app();
    let message = RwSignal::new(String::new());
    let confirm_delete = RwSignal::new(false);
    let copy_current = RwSignal::new(false);
    let link = RwSignal::new(String::new());
    let rename_input = NodeRef::<Input>::new();
    let new_input = NodeRef::<Input>::new();

    let active_id = move || state.workspace.with(|w| w.active);
    let active_name = Memo::new(move |_| state.workspace.with(|w| w.active().name.clone()));
    let report = move |result: Result<String, ScenarioError>| {
        confirm_delete.set(false);
        link.set(String::new());
        message.set(result.unwrap_or_else(|e| e.to_string()));
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };

    let rows = move || {
        state.workspace.with(|w| {
            w.scenarios
                .iter()
                .map(|s| (s.id, s.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let row = move |(id, name): (ScenarioId, String)| {
        let is_open = move || active_id() == id;
        let open = move |_| {
            state.workspace.update(|w| {
                w.switch(id);
            });
            report(Ok(String::new()));
            close();
        };
        view! {
            <li>
                <button
                    type="button"
                    class="scenario-choice"
                    aria-current=move || is_open().then_some("true")
                    on:click=open
                >
                    {name}
                </button>
                <Show when=is_open>
                    <span class="muted">" (open)"</span>
                </Show>
            </li>
        }
    };

    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = rename_input.get().map(|i| i.value()).unwrap_or_default();
        report(change(state, |w| {
            w.rename(w.active, &typed)?;
            Ok(format!("Renamed to “{}”.", w.active().name))
        }));
    };
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = new_input.get().map(|i| i.value()).unwrap_or_default();
        report(change(state, |w| {
            w.create(&typed, copy_current.get_untracked())?;
            Ok(format!("Created “{}” and opened it.", w.active().name))
        }));
        if let Some(i) = new_input.get() {
            i.set_value("");
        }
    };
    let duplicate = move |_| {
        report(change(state, |w| {
            w.duplicate(w.active)?;
            Ok(format!(
                "Made a copy, “{}”, and opened it.",
                w.active().name
            ))
        }))
    };
    let ask_delete = move |_| match state.workspace.with_untracked(|w| w.check_delete(w.active)) {
        Ok(_) => confirm_delete.set(true),
        Err(e) => report(Err(e)),
    };
    let delete = move |_| {
        report(change(state, |w| {
            let gone = w.delete(w.active)?;
            Ok(format!(
                "Deleted “{}”. “{}” is open now.",
                gone.name,
                w.active().name
            ))
        }))
    };
    let export = move |which: Option<ScenarioId>| {
        let result =
            actions::export(state, which).map(|()| "The file is being downloaded.".to_string());
        message.set(result.unwrap_or_else(|e| format!("The file could not be made: {e}.")));
    };
    let import = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let file = input.files().and_then(|list| list.get(0));
        // Cleared, so that picking the same file again is a change too.
        input.set_value("");
        if let Some(file) = file {
            message.set("Reading the file…".into());
            actions::import(state, &file, move |text| report(Ok(text)));
        }
    };
    let copy_link = move |_| {
        let url = actions::share_link(state);
        report(Ok(String::new()));
        link.set(url.clone());
        files::copy_text(&url, move |copied| {
            message.set(if copied {
                "The link is copied to the clipboard.".into()
            } else {
                "Select the link below and copy it.".into()
            })
        });
    };

    view! {
        <dialog
            node_ref=dialog
            class="scenarios-dialog"
            aria-labelledby="scenarios-title"
            on:close=move |_| report(Ok(String::new()))
        >
            <h2 id="scenarios-title">"Scenarios"</h2>
            <p class="muted">
                "Keep one scenario per business function, such as “Customer support” or “Payroll”. Each is saved in this browser."
            </p>
            <h3>"Open a scenario"</h3>
            <ul class="scenario-list">
                <For each=rows key=|r| r.clone() children=row/>
            </ul>

            <h3>"This scenario"</h3>
            <form class="inline-form" on:submit=rename>
                <label for="scenario-rename">"Name"</label>
                <input
                    id="scenario-rename"
                    type="text"
                    maxlength="80"
                    node_ref=rename_input
                    prop:value=move || active_name.get()
                />
                <button type="submit" class="button">"Rename"</button>
            </form>
            <div class="button-row">
                <button type="button" class="button button-quiet" on:click=duplicate>"Duplicate"</button>
                <button type="button" class="button button-quiet" on:click=ask_delete>"Delete"</button>
            </div>
            <Show when=move || confirm_delete.get()>
                <div class="confirm">
                    <p>
                        {move || format!("Delete “{}” and everything in it? This cannot be undone.", active_name.get())}
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=delete>"Delete for good"</button>
                        <button type="button" class="button button-quiet" on:click=move |_| confirm_delete.set(false)>
                            "Cancel"
                        </button>
                    </div>
                </div>
            </Show>

            <h3>"New scenario"</h3>
            <form on:submit=create>
                <div class="inline-form">
                    <label for="new-scenario-name">"Name of the new scenario"</label>
                    <input id="new-scenario-name" type="text" maxlength="80" placeholder="New scenario" node_ref=new_input/>
                </div>
                <fieldset>
                    <legend>"Start from"</legend>
                    <label class="check">
                        <input type="radio" name="new-from" checked on:change=move |_| copy_current.set(false)/>
                        "A blank scenario"
                    </label>
                    <label class="check">
                        <input type="radio" name="new-from" on:change=move |_| copy_current.set(true)/>
                        "A copy of this scenario"
                    </label>
                </fieldset>
                <button type="submit" class="button">"Create"</button>
            </form>

            <h3>"Files"</h3>
            <p class="muted">
                "Save scenarios to a .json file (a backup, or to move them to another browser) and add them back from one. Importing never replaces anything: a name already in use gets a number."
            </p>
            <div class="button-row">
                <button type="button" class="button button-quiet" on:click=move |_| export(None)>
                    "Export all scenarios"
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| export(Some(state.workspace.with_untracked(|w| w.active)))>
                    "Export this scenario"
                </button>
            </div>
            <div class="inline-form">
                <label for="import-file">"Import scenarios from a file"</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=import/>
            </div>

            <h3>"Share"</h3>
            <p class="muted">
                "The link carries this scenario after its “#”, a part browsers never send to any server. Whoever opens it can look at the scenario and add it to their own."
            </p>
            <button type="button" class="button button-quiet" on:click=copy_link>"Copy link"</button>
            <Show when=move || !link.get().is_empty()>
                <div class="inline-form">
                    <label for="share-link">"Link to this scenario"</label>
                    <input id="share-link" type="text" readonly prop:value=move || link.get()/>
                </div>
            </Show>

            <div class="dialog-foot">
                <p role="status" class="dialog-message">{move || message.get()}</p>
                <button type="button" class="button" on:click=move |_| close()>"Close"</button>
            </div>
        </dialog>
    }
}
