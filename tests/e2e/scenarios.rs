//! Named scenarios, export/import and share links, the happy paths: what a
//! user does from the Scenarios dialog in the header.

use crate::support::browser::{Browser, Options, PLAIN_HTTP_HOST};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{
    allow_downloads, names, open_scenarios, scratch_dir, stored, type_into, wait_download,
    wait_for_saved, wait_header_name,
};
use shoreline::domain::formats::persist::SCHEMA;

/// Renames the first scenario "Customer support" and adds a blank "Payroll".
async fn two_scenarios(b: &Browser) {
    open_scenarios(b).await;
    type_into(b, "Name", "Customer support").await;
    b.press("Rename").await;
    b.wait_text("Renamed to “Customer support”.").await;
    wait_header_name(b, "Customer support").await;
    type_into(b, "Name of the new scenario", "Payroll").await;
    b.press("Create blank").await;
    b.wait_text("Created “Payroll” and opened it.").await;
    wait_header_name(b, "Payroll").await;
}

#[tokio::test]
async fn scenarios_are_created_renamed_duplicated_deleted_and_switched() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    two_scenarios(&b).await;
    b.press("Duplicate").await;
    b.wait_text("Made a copy, “Payroll (2)”, and opened it.")
        .await;
    wait_header_name(&b, "Payroll (2)").await;
    // A name in use is refused, not doubled.
    type_into(&b, "Name", "Payroll").await;
    b.press("Rename").await;
    b.wait_text("Another scenario is already called “Payroll”.")
        .await;
    wait_header_name(&b, "Payroll (2)").await;
    // Delete asks first; Cancel keeps it.
    b.press("Delete").await;
    b.wait_text("Delete “Payroll (2)” and everything in it?")
        .await;
    b.press("Cancel").await;
    b.press("Delete").await;
    b.press("Delete for good").await;
    b.wait_text("Deleted “Payroll (2)”. “Payroll” is open now.")
        .await;
    wait_header_name(&b, "Payroll").await;
    // Switching closes the dialog and changes the header.
    b.press("Customer support").await;
    wait_header_name(&b, "Customer support").await;
    let saved = wait_for_saved(&b, |v| {
        names(v) == ["Customer support", "Payroll"] && v["workspace"]["active"] == 1
    })
    .await;
    assert_eq!(saved["workspace"]["next_id"], 4);
    b.reload().await;
    wait_header_name(&b, "Customer support").await;
    b.finish().await;
}

#[tokio::test]
async fn the_last_scenario_cannot_be_deleted_and_a_blank_name_gets_a_default() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    open_scenarios(&b).await;
    b.press("Delete").await;
    b.wait_text("The last scenario cannot be deleted.").await;
    b.press("Create blank").await;
    wait_header_name(&b, "New scenario").await;
    b.press("Create as a copy of this one").await;
    wait_header_name(&b, "New scenario (2)").await;
    type_into(&b, "Name of the new scenario", "Legal").await;
    b.press("Create as a copy of this one").await;
    wait_header_name(&b, "Legal").await;
    b.press("Close").await;
    b.finish().await;
}

#[tokio::test]
async fn export_then_import_round_trips_the_workspace() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    let dir = scratch_dir("round-trip");
    allow_downloads(&b, &dir).await;
    two_scenarios(&b).await;
    let saved = wait_for_saved(&b, |v| names(v).len() == 2).await;

    b.press("Export all scenarios").await;
    let file = wait_download(&dir, "shoreline-workspace-").await;
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(
        exported["schema"],
        shoreline::domain::formats::persist::SCHEMA
    );
    assert_eq!(exported["workspace"], saved["workspace"]);

    b.press("Export this scenario").await;
    let one = wait_download(&dir, "shoreline-payroll-").await;
    let one: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&one).unwrap()).unwrap();
    assert_eq!(names(&one), ["Payroll"]);

    b.field("Import scenarios from a file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
    b.wait_text("Added 2 scenarios from the file: “Customer support (2)”, “Payroll (2)”. Nothing was replaced.")
        .await;
    wait_header_name(&b, "Payroll (2)").await;
    let after = wait_for_saved(&b, |v| names(v).len() == 4).await;
    let before = saved["workspace"]["scenarios"].as_array().unwrap();
    let all = after["workspace"]["scenarios"].as_array().unwrap();
    // The user's scenarios are untouched; the imported ones equal the file's but for id and name.
    assert_eq!(&all[..2], &before[..]);
    for (copy, original) in all[2..].iter().zip(before) {
        let strip = |v: &serde_json::Value| {
            let mut v = v.clone();
            v["id"] = serde_json::Value::Null;
            v["name"] = serde_json::Value::Null;
            v
        };
        assert_eq!(strip(copy), strip(original));
    }
    b.finish().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn a_copied_link_opens_the_scenario_and_adds_it() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    two_scenarios(&b).await;
    b.press("Copy link").await;
    let link = b.field_value("Link to this scenario").await;
    assert!(
        link.contains(&format!("#share={SCHEMA}.")),
        "not a share link: {link}"
    );
    assert!(
        b.page_text().await.contains("never send to any server"),
        "the dialog does not say where the link goes"
    );
    b.press("Close").await;
    let before = wait_for_saved(&b, |v| names(v).len() == 2).await;

    // Opened in a fresh page: offered, then dismissed: nothing changes.
    b.client.goto("about:blank").await.unwrap();
    b.goto(&link).await;
    b.wait_text("This link holds a shared scenario, “Payroll”. In its matrix,")
        .await;
    assert!(
        !b.current_url().await.contains('#'),
        "the share fragment stays in the address"
    );
    b.press("Dismiss").await;
    // Past the save delay (300 ms): a save caused by dismissing would have landed.
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    assert_eq!(stored(&b).await, before);
    b.reload().await;
    assert!(
        !b.page_text().await.contains("This link holds"),
        "a reload offered the link again"
    );

    // Pasted into the open page's address: offered, then added under a distinct name.
    b.goto(&link).await;
    b.wait_text("This link holds a shared scenario, “Payroll”. In its matrix,")
        .await;
    b.press("Add to my scenarios").await;
    b.wait_text("Added “Payroll (2)” to your scenarios; it is open now.")
        .await;
    wait_header_name(&b, "Payroll (2)").await;
    let after = wait_for_saved(&b, |v| names(v).len() == 3).await;
    let mut added = after["workspace"]["scenarios"][2].clone();
    added["id"] = before["workspace"]["scenarios"][1]["id"].clone();
    added["name"] = "Payroll".into();
    assert_eq!(added, before["workspace"]["scenarios"][1]);
    b.finish().await;
}

/// Issue 16, item 6: an offered link survives a reload until it is added
/// (or dismissed: see above), and on a phone the offer's text is not
/// squeezed beside its buttons.
#[tokio::test]
async fn an_offered_link_survives_a_reload_until_it_is_added() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(
        &server.url(),
        Options {
            width: 390,
            height: 844,
            ..Options::default()
        },
    )
    .await;
    two_scenarios(&b).await;
    b.press("Copy link").await;
    let link = b.field_value("Link to this scenario").await;
    b.press("Close").await;
    wait_for_saved(&b, |v| names(v).len() == 2).await;
    let offer = "This link holds a shared scenario, “Payroll”. In its matrix,";
    b.client.goto("about:blank").await.unwrap();
    b.goto(&link).await;
    b.wait_text(offer).await;
    // Stacked on a phone: the text has the notice's width, the buttons go below.
    let widths = b
        .script(
            "const n = document.querySelector('.notice'); \
             return [n.querySelector('p').getBoundingClientRect().width, n.getBoundingClientRect().width];",
            vec![],
        )
        .await;
    let (text, whole) = (widths[0].as_f64().unwrap(), widths[1].as_f64().unwrap());
    assert!(
        text > whole * 0.7,
        "the offer's text is squeezed: {text} of {whole} px"
    );

    b.reload().await;
    b.wait_text(offer).await;
    assert!(
        !b.current_url().await.contains('#'),
        "the share fragment came back into the address"
    );
    b.press("Add to my scenarios").await;
    b.wait_text("Added “Payroll (2)” to your scenarios; it is open now.")
        .await;
    wait_for_saved(&b, |v| names(v).len() == 3).await;
    b.reload().await;
    wait_header_name(&b, "Payroll (2)").await;
    assert!(
        !b.page_text().await.contains("This link holds"),
        "an added link was offered again"
    );
    b.finish().await;
}

/// Issue 13, defect 7: on a plain-http intranet host the page has no
/// clipboard API; Copy link used to throw. Now the link shows selected, with
/// a message saying how to copy it, and the page reports no error.
#[tokio::test]
async fn copy_link_on_a_plain_http_host_selects_the_link_instead() {
    let server = StaticServer::start(&dist_dir());
    let url = server.url().replacen("127.0.0.1", PLAIN_HTTP_HOST, 1);
    assert!(url.contains(PLAIN_HTTP_HOST), "{url}");
    let b = Browser::open(
        &url,
        Options {
            plain_http_host: true,
            ..Options::default()
        },
    )
    .await;
    assert_eq!(
        b.script(
            "return [window.isSecureContext, typeof navigator.clipboard];",
            vec![]
        )
        .await,
        serde_json::json!([false, "undefined"]),
        "the page is not the plain-http case this test is about"
    );
    open_scenarios(&b).await;
    b.press("Copy link").await;
    b.wait_text("the link below is selected, copy it with Ctrl+C")
        .await;
    let link = b.field("Link to this scenario").await;
    let value = link.prop("value").await.unwrap().unwrap_or_default();
    assert!(
        value.contains(&format!("#share={SCHEMA}.")),
        "not a share link: {value}"
    );
    let selected = b
        .script(
            "const a = document.activeElement; \
             return [a.id, a.selectionStart, a.selectionEnd, a.value.length];",
            vec![],
        )
        .await;
    assert_eq!(
        selected,
        serde_json::json!(["share-link", 0, value.len(), value.len()]),
        "the link is not focused and selected whole"
    );
    b.finish().await;
}

#[tokio::test]
async fn axe_finds_no_violation_in_the_scenarios_dialog() {
    let server = StaticServer::start(&dist_dir());
    for (width, dark) in [(1280, false), (390, true)] {
        let b = Browser::start(Options {
            width,
            height: 844,
            ..Options::default()
        })
        .await;
        b.goto(&server.url()).await;
        b.set_dark_mode(dark).await;
        open_scenarios(&b).await;
        b.press("Delete").await;
        b.press("Copy link").await;
        b.field("Link to this scenario").await;
        let problems = b.axe_violations().await;
        assert!(
            problems.is_empty(),
            "axe-core violations ({width} px, dark {dark}):\n{}",
            problems.join("\n")
        );
        b.finish().await;
    }
}

/// On a phone the Scenarios dialog opens with sharing first: "Copy link"
/// is seen without scrolling, before the list of scenarios.
#[tokio::test]
async fn copy_link_is_first_in_the_dialog_and_seen_without_scrolling_on_a_phone() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(
        &server.url(),
        Options {
            width: 390,
            height: 844,
            ..Options::default()
        },
    )
    .await;
    open_scenarios(&b).await;
    // Measured as the dialog opens, before anything scrolls.
    let seen = b
        .script(
            "const d = document.querySelector('dialog[open]');
             if (!d) return null;
             const copy = [...d.querySelectorAll('button')].find(x => x.textContent.trim() === 'Copy link');
             if (!copy) return null;
             const r = copy.getBoundingClientRect(), dr = d.getBoundingClientRect();
             const heads = [...d.querySelectorAll('h3')].map(h => h.textContent.trim());
             const open = [...d.querySelectorAll('h3')].find(h => h.textContent.trim() === 'Open a scenario');
             return {
               scrolled: d.scrollTop + document.scrollingElement.scrollTop,
               inView: r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth,
               inDialog: r.top >= dr.top && r.bottom <= dr.bottom,
               firstHeading: heads[0] || '',
               beforeList: !!open && !!(copy.compareDocumentPosition(open) & Node.DOCUMENT_POSITION_FOLLOWING),
               rect: [r.top, r.bottom, window.innerHeight],
             };",
            vec![],
        )
        .await;
    assert_eq!(seen["scrolled"], 0, "{seen}");
    assert_eq!(seen["inView"], true, "Copy link is below the fold: {seen}");
    assert_eq!(seen["inDialog"], true, "{seen}");
    assert_eq!(seen["firstHeading"], "Share this scenario", "{seen}");
    assert_eq!(seen["beforeList"], true, "{seen}");
    b.press("Copy link").await;
    let link = b.field_value("Link to this scenario").await;
    assert!(link.contains("#share="), "{link}");
    b.finish().await;
}
