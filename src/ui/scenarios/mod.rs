//! The Scenarios dialog, opened from the header: switch, create, rename,
//! duplicate, delete, export, import and share. Names are user text: always
//! text nodes and attribute values, never markup.

mod backups;

use leptos::html::{Dialog, Input};
use leptos::prelude::*;

use crate::domain::model::scenario::{ScenarioId, MAX_NAME_CHARS, NEW_SCENARIO_NAME};
use crate::domain::present::scenario as said;
use crate::domain::rules::change::{Msg, Note, Refused};
use crate::ui::actions;
use crate::ui::files;
use crate::ui::state::use_app;
use crate::ui::widgets::{button, follow_open, message_view, text_p};

/// The header button that opens the Scenarios dialog.
#[component]
pub fn ScenariosButton() -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let open = RwSignal::new(false);
    follow_open(dialog, move || open.get());
    view! {
        <button type="button" class="button button-quiet" aria-haspopup="dialog" on:click=move |_| open.set(true)>
            "Scenarios"
        </button>
        <dialog
            node_ref=dialog
            class="scenarios-dialog"
            aria-labelledby="scenarios-title"
            on:close=move |_| open.set(false)
        >
            // Only there while open: nothing of it runs or is found on the page otherwise.
            {move || open.get().then(|| view! { <ScenariosPanel open=open/> })}
        </dialog>
    }
}

/// What a button in the dialog does.
#[derive(Clone, Copy)]
enum Act {
    Rename,
    Create { copy: bool },
    Duplicate,
    AskDelete,
    Delete,
    CancelDelete,
    ExportAll,
    ExportThis,
    CopyLink,
    Close,
}

/// Buttons from a table: one view type for all of them keeps the bundle small.
fn buttons(
    list: &'static [(Act, &'static str)],
    run: impl Fn(Act) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    list.iter()
        .map(|&(act, label)| {
            button(
                "button button-quiet",
                label,
                None,
                Callback::new(move |_| run(act)),
            )
        })
        .collect_view()
}

/// Every scenario-level action, inside the dialog.
#[component]
fn ScenariosPanel(
    /// Whether the dialog is open; set to false to close it.
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    let message = RwSignal::new(String::new());
    let confirm_delete = RwSignal::new(false);
    let link = RwSignal::new(String::new());
    let rename_input = NodeRef::<Input>::new();
    let new_input = NodeRef::<Input>::new();

    let active_name = Memo::new(move |_| state.workspace.with(|w| w.active().name.clone()));
    let report = move |result: Result<String, Refused>| {
        confirm_delete.set(false);
        link.set(String::new());
        message.set(result.unwrap_or_else(|e| state.refusal(&e)));
    };
    let typed = |input: NodeRef<Input>| input.get().map(|i| i.value()).unwrap_or_default();
    let open_id = move || state.workspace.with_untracked(|w| w.active);
    // The open scenario's name once a change is made (a new one is opened).
    let open_name = move || state.workspace.with_untracked(|w| w.active().name.clone());

    let run = move |act: Act| match act {
        Act::Rename => {
            let msg = Msg::Rename(open_id(), typed(rename_input));
            report(state.send(msg).map(|_| said::renamed(&open_name())))
        }
        Act::Create { copy } => {
            let msg = Msg::Create {
                name: typed(new_input),
                copy,
            };
            report(state.send(msg).map(|_| said::created(&open_name())));
            if let Some(i) = new_input.get() {
                i.set_value("");
            }
        }
        Act::Duplicate => report(
            state
                .send(Msg::Duplicate(open_id()))
                .map(|_| said::duplicated(&open_name())),
        ),
        Act::AskDelete => match state.workspace.with_untracked(|w| w.check_delete(w.active)) {
            Ok(_) => confirm_delete.set(true),
            Err(e) => report(Err(e.into())),
        },
        Act::Delete => report(state.send(Msg::Delete(open_id())).map(|applied| {
            let gone = match applied.note {
                Note::Deleted(name) => name,
                _ => String::new(),
            };
            said::deleted(&gone, &open_name())
        })),
        Act::CancelDelete => confirm_delete.set(false),
        Act::ExportAll | Act::ExportThis => {
            let which = matches!(act, Act::ExportThis)
                .then(|| state.workspace.with_untracked(|w| w.active));
            let result = actions::export(state, which);
            report(Ok(match result {
                Ok(()) => "The file is being downloaded.".into(),
                Err(e) => format!("The file could not be made: {e}."),
            }))
        }
        Act::CopyLink => {
            let url = actions::share_link(state);
            report(Ok(String::new()));
            link.set(url.clone());
            files::copy_text(&url, move |copied| {
                if copied {
                    message.set("The link is copied to the clipboard.".into());
                } else {
                    message.set(
                        "This page cannot copy by itself here: the link below is selected, copy it with Ctrl+C (⌘C on a Mac) or your menu."
                            .into(),
                    );
                    select_share_link();
                }
            });
        }
        Act::Close => open.set(false),
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
        let is_open = move || state.workspace.with(|w| w.active == id);
        let open = move |_| {
            let _ = state.send(Msg::Open(id));
            run(Act::Close);
        };
        view! {
            <li>
                <button
                    type="button"
                    class="scenario-choice"
                    aria-current=move || is_open().then_some("true")
                    on:click=open
                >
                    <bdi>{name}</bdi>
                </button>
                {move || is_open().then_some(" (open)")}
            </li>
        }
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
    let submit = move |ev: leptos::ev::SubmitEvent, act: Act| {
        ev.prevent_default();
        run(act);
    };

    view! {
                <h2 id="scenarios-title">"Scenarios"</h2>
    {text_p(
                    "muted",
                    "Keep one scenario per business function, such as “Customer support” or “Payroll”. Each is saved in this browser.",
                )}
                <h3>"Share this scenario"</h3>
    {text_p(
                    "muted",
                    "The link carries this scenario after its “#”, a part browsers never send to any server. Whoever opens it can look at the scenario and add it to their own.",
                )}
                {buttons(&[(Act::CopyLink, "Copy link")], run)}
                {move || (!link.get().is_empty()).then(|| view! {
                    <div class="inline-form">
                        <label for="share-link">"Link to this scenario"</label>
                        <input id="share-link" type="text" readonly prop:value=link.get()/>
                    </div>
                })}

                <h3>"Open a scenario"</h3>
                <ul class="scenario-list">
                    {move || rows().into_iter().map(row).collect_view()}
                </ul>

                <h3>"This scenario"</h3>
                <form class="inline-form" on:submit=move |ev| submit(ev, Act::Rename)>
                    <label for="scenario-rename">"Name"</label>
                    <input
                        id="scenario-rename"
                        type="text"
                        // A name written right to left reads as it does in the list.
                        dir="auto"
                        maxlength=MAX_NAME_CHARS.to_string()
                        node_ref=rename_input
                        prop:value=move || active_name.get()
                    />
                    <button type="submit" class="button">"Rename"</button>
                </form>
                <div class="button-row">
                    {buttons(&[(Act::Duplicate, "Duplicate"), (Act::AskDelete, "Delete")], run)}
                </div>
                {move || confirm_delete.get().then(|| view! {
                    <div class="confirm">
                        <p>{message_view(&said::delete_question(&active_name.get()))}</p>
                        <div class="button-row">
                            {buttons(&[(Act::Delete, "Delete for good"), (Act::CancelDelete, "Cancel")], run)}
                        </div>
                    </div>
                })}

                <h3>"New scenario"</h3>
                <form class="inline-form" on:submit=move |ev| submit(ev, Act::Create { copy: false })>
                    <label for="new-scenario-name">"Name of the new scenario"</label>
                    <input id="new-scenario-name" type="text" dir="auto" maxlength=MAX_NAME_CHARS.to_string() placeholder=NEW_SCENARIO_NAME node_ref=new_input/>
                    <button type="submit" class="button">"Create blank"</button>
                    {buttons(&[(Act::Create { copy: true }, "Create as a copy of this one")], run)}
                </form>

                <h3>"Files"</h3>
    {text_p(
                    "muted",
                    "Save scenarios to a .json file (a backup, or to move them to another browser) and add them back from one. Importing never replaces anything: a name already in use gets a number.",
                )}
                <div class="button-row">
                    {buttons(&[(Act::ExportAll, "Export all scenarios"), (Act::ExportThis, "Export this scenario")], run)}
                </div>
                <div class="inline-form">
                    <label for="import-file">"Import scenarios from a file"</label>
                    <input id="import-file" type="file" accept=".json,application/json" on:change=import/>
                </div>

                <backups::BackupsSection message=message/>

                <div class="dialog-foot">
                    <p role="status" class="dialog-message">{move || message.with(|m| message_view(m))}</p>
                    {buttons(&[(Act::Close, "Close")], run)}
                </div>
        }
}

/// Focuses the shown link and selects all of it, ready to be copied by hand.
fn select_share_link() {
    request_animation_frame(|| {
        if let Some(input) = document()
            .get_element_by_id("share-link")
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok())
        {
            let _ = input.focus();
            input.select();
        }
    });
}
