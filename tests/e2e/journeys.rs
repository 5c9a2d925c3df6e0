//! The core journeys in every engine people use (issue 15): Chromium, Firefox
//! ESR (geckodriver) and WebKitGTK (WebKitWebDriver + MiniBrowser on Xvfb).
//! The rest of the e2e suite runs in Chromium only; these journeys run in
//! all three, one browser session per journey, against the release dist/
//! served under a sub-path, driven by link text, button name, label and
//! visible text with the suite's own helpers.
//!
//! The test server inlines the page-error hook (tests/support/error_hook.js)
//! first in every page, so an uncaught error, an unhandled rejection, a
//! console error or a wasm panic (its console message and the trap that
//! follows) fails the journey in every engine; the first test of each engine
//! proves that the harness sees them.

use std::time::{Duration, Instant};

use fantoccini::key::Key;
use serde_json::{json, Value};

use crate::budget::{count, fits};
use crate::matrix::ranking;
use crate::offline::wait_offline_ready;
use crate::quiz::{
    answer_with_keyboard, answer_with_mouse_at, choose_with_keyboard, count_pointer_presses,
    headline, key, pointer_presses, result_ranking, still_at, tab_to, QUESTIONS, STARTUP,
};
use crate::support::browser::{Browser, Engine, Options};
use crate::support::dist_dir;
use crate::support::server::{ServeOptions, StaticServer};
use crate::{
    names, open_scenarios, scratch_dir, stored, type_into, wait_for_saved, wait_header_name,
    workspace_key, VIEWS,
};

/// Where an intranet would put the app.
const PREFIX: &str = "/intranet/tools/shoreline/";

/// Serves dist/ under the sub-path with the error hook and opens `view` in `engine`.
async fn open(engine: Engine, view: Option<&str>) -> (StaticServer, Browser) {
    let server = StaticServer::start_with(
        &dist_dir(),
        ServeOptions {
            prefix: PREFIX.into(),
            error_hook: true,
            ..ServeOptions::default()
        },
    );
    let url = match view {
        Some(view) => format!("{}?view={view}", server.url()),
        None => server.url(),
    };
    let b = Browser::open(
        &url,
        Options {
            engine,
            ..Options::default()
        },
    )
    .await;
    (server, b)
}

/// Waits 100 ms, or fails once 10 s have passed since `started`.
async fn poll(started: Instant, what: &str) {
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "never happened: {what}"
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
}

fn has_all(seen: &[String], wanted: &[&str]) -> bool {
    wanted.iter().all(|w| seen.iter().any(|s| s.contains(w)))
}

/// Renames the open scenario, as the faults and scenarios tests do.
async fn rename(b: &Browser, name: &str) {
    open_scenarios(b).await;
    type_into(b, "Name", name).await;
    b.press("Rename").await;
    wait_header_name(b, name).await;
}

/// The harness sees errors in the page, and sees them again after a reload
/// (the hook is in every page load, before the app boots).
async fn page_errors_fail_the_session(engine: Engine) {
    let (_server, b) = open(engine, Some("quiz")).await;
    b.wait_heading("Decision quiz").await;
    let first = b
        .script(
            "return document.scripts[0].textContent.includes('__shorelineErrorHook');",
            vec![],
        )
        .await;
    assert_eq!(
        first,
        json!(true),
        "the error hook is not the page's first script"
    );
    // Nothing so far.
    assert_eq!(b.console_errors().await, Vec::<String>::new());

    // A script of the page's own (errors of a WebDriver-run script are
    // muted or not the page's in some engines).
    let provoke = "const s = document.createElement('script');
         s.textContent = `setTimeout(() => { throw new Error('provoked uncaught ${arguments[0]}'); }, 0);
           Promise.reject(new Error('provoked rejection ${arguments[0]}'));
           console.error('provoked console error ${arguments[0]}');`;
         document.head.appendChild(s);";
    b.script(provoke, vec![json!("one")]).await;
    let expected = [
        "provoked uncaught one",
        "provoked rejection one",
        "provoked console error one",
    ];
    // The engine's own channel, where it has one: Chromium's log, and the
    // lines Firefox prints (console calls and uncaught errors).
    let from_engine: &[&str] = match engine {
        Engine::Chromium => &expected,
        Engine::Firefox => &expected,
        Engine::WebKit => &[],
    };
    let (mut hooked, mut logged) = (Vec::new(), Vec::new());
    let started = Instant::now();
    while !(has_all(&hooked, &expected) && has_all(&logged, from_engine)) {
        poll(
            started,
            &format!("every error reported: hook {hooked:?}, engine {logged:?}"),
        )
        .await;
        hooked.extend(b.hook_errors().await.expect("the page has the hook"));
        logged.extend(b.engine_errors().await);
    }

    // After a reload the hook is back before the app boots.
    b.reload().await;
    b.script(provoke, vec![json!("two")]).await;
    let expected = ["provoked uncaught two", "provoked console error two"];
    let mut again = Vec::new();
    let started = Instant::now();
    while !has_all(&again, &expected) {
        poll(started, &format!("errors after a reload: {again:?}")).await;
        again.extend(b.console_errors().await);
    }
    // Drained: the session ends clean.
    tokio::time::sleep(Duration::from_millis(300)).await;
    b.console_errors().await;
    b.finish().await;
}

/// The app mounts under the sub-path and every view opens from the navigation.
async fn mount_and_every_view(engine: Engine) {
    let (server, b) = open(engine, None).await;
    b.wait_heading("Decision quiz").await;
    let text = b.page_text().await;
    assert!(
        text.contains("Nothing leaves your browser."),
        "footer promise missing:\n{text}"
    );
    assert!(!text.contains("loading…"), "the skeleton is still shown");
    for (label, id, heading) in VIEWS {
        b.click(&b.link(label).await).await;
        b.wait_heading(heading).await;
        assert!(
            b.current_url().await.ends_with(&format!("?view={id}")),
            "{label}: {}",
            b.current_url().await
        );
        let current = b.link(label).await.attr("aria-current").await.unwrap();
        assert_eq!(current.as_deref(), Some("page"), "{label} is not current");
    }
    for r in server.requests() {
        assert!(r.starts_with(PREFIX), "request outside the sub-path: {r}");
    }
    b.finish().await;
}

/// The quiz from its start button to the result, with the keyboard only:
/// the arrow keys choose, and Enter and Space in turn confirm.
async fn quiz_by_keyboard(engine: Engine) {
    let (_server, b) = open(engine, Some("quiz")).await;
    b.wait_heading("Decision quiz").await;
    tab_to(&b, "Start the quiz (about 3 minutes)").await;
    key(&b, Key::Enter).await;
    // Enter and Space both confirm an answer: every second answer by Space.
    for (i, answer) in STARTUP.iter().enumerate() {
        match answer {
            Some(label) if i % 2 == 1 => {
                choose_with_keyboard(&b, i + 1, label).await;
                key(&b, Key::Space).await;
            }
            _ => answer_with_keyboard(&b, i + 1, *answer).await,
        }
    }
    let head = headline(&b).await;
    assert!(
        head.starts_with("Domestic outsourcing fits best"),
        "the startup golden case: {head}"
    );
    assert_eq!(result_ranking(&b).await[0], "Domestic outsourcing");
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["quiz"]["finished"] == true
    })
    .await;
    b.finish().await;
}

/// The quiz by pointer: a click on an answer's words moves on by itself
/// (WebKit passes that click on to the radio without its click count, so
/// the app reads it on the label), 14 clicks for 14 answers; the arrow keys
/// choose without moving on.
async fn quiz_by_clicks(engine: Engine) {
    let (_server, b) = open(engine, Some("quiz")).await;
    b.wait_heading("Decision quiz").await;
    b.press("Start the quiz (about 3 minutes)").await;
    choose_with_keyboard(&b, 1, "Marketing or social media").await;
    still_at(&b, 1, "arrow keys").await;
    count_pointer_presses(&b).await;
    // A click on the answer already chosen moves on as well; then the
    // startup's answers, a click each (Skip for the skipped ones).
    let mut answers = STARTUP;
    answers[0] = Some("Marketing or social media");
    answer_with_mouse_at(&b, 1, &answers).await;
    let head = headline(&b).await;
    assert!(
        head.starts_with("Domestic outsourcing fits best"),
        "the startup golden case: {head}"
    );
    assert_eq!(
        pointer_presses(&b).await,
        QUESTIONS as u64,
        "14 questions took another number of clicks"
    );
    wait_for_saved(&b, |v| {
        let q = &v["workspace"]["scenarios"][0]["quiz"];
        q["finished"] == true && q["answers"]["team_size"] == "up_to_5"
    })
    .await;
    b.finish().await;
}

/// A weight moved with the keyboard changes the ranking, and both survive a reload.
async fn matrix_weight_survives_reload(engine: Engine) {
    let (_server, b) = open(engine, Some("matrix")).await;
    b.wait_heading("Comparison matrix").await;
    assert_eq!(ranking(&b).await[0], "In-house");
    let label = "Weight of Flexibility for seasonal or project work";
    let slider = b.field(label).await;
    let right: char = Key::Right.into();
    for _ in 0..4 {
        slider.send_keys(&right.to_string()).await.unwrap();
    }
    assert_eq!(slider.prop("value").await.unwrap().as_deref(), Some("7"));
    assert_eq!(
        ranking(&b).await[0],
        "Nearshore outsourcing",
        "the ranking did not move"
    );
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["weights"]["flexibility"] == 7
    })
    .await;

    b.reload().await;
    b.wait_heading("Comparison matrix").await;
    let slider = b.field(label).await;
    assert_eq!(
        slider.prop("value").await.unwrap().as_deref(),
        Some("7"),
        "the weight did not survive the reload"
    );
    assert_eq!(ranking(&b).await[0], "Nearshore outsourcing");
    b.finish().await;
}

/// The budget slider moves the verdict: nothing fits at 0, everything at the top.
async fn budget_slider(engine: Engine) {
    let (_server, b) = open(engine, Some("budget")).await;
    b.wait_heading("Budget and cost model").await;
    assert_eq!(fits(&b).await[0], "✓ Fits", "in-house fits by default");
    let slider = b.field("Annual budget").await;
    let home: char = Key::Home.into();
    let end: char = Key::End.into();
    slider.send_keys(&home.to_string()).await.unwrap();
    b.wait_text("0 of 6 options fit once settled (none)").await;
    assert_eq!(count(&fits(&b).await, "Over"), 6);
    slider.send_keys(&end.to_string()).await.unwrap();
    b.wait_text("6 of 6 options fit once settled").await;
    assert_eq!(count(&fits(&b).await, "Fits"), 6);
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["annual_budget"]
            .as_f64()
            .is_some_and(|x| x > 0.0)
    })
    .await;
    b.finish().await;
}

/// Export all scenarios to a file, then import that file: a copy is added.
///
/// Headless engines save downloads differently (Chromium through a DevTools
/// call, Firefox into a profile folder, MiniBrowser not at all), so the
/// journey takes the file where every engine hands it over: the app's
/// download link is clicked (`HTMLAnchorElement.click`), and the page reads
/// the Blob behind it. The real Chromium download is tested in
/// scenarios.rs. The import goes through the file field, as a person picks a
/// file.
async fn export_then_import(engine: Engine) {
    let (_server, b) = open(engine, Some("quiz")).await;
    b.wait_heading("Decision quiz").await;
    rename(&b, "Customer support").await;
    let saved = wait_for_saved(&b, |v| names(v) == ["Customer support"]).await;
    b.script(
        "window.__downloads = [];
         const click = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () {
           if (this.hasAttribute('download')) {
             window.__downloads.push({ name: this.download, href: this.href });
           } else {
             click.call(this);
           }
         };",
        vec![],
    )
    .await;
    b.press("Export all scenarios").await;
    let started = Instant::now();
    let file = loop {
        let got = b
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const d = window.__downloads.shift();
                 if (!d) { done(null); return; }
                 fetch(d.href).then(r => r.text()).then(t => done([d.name, t]), e => done([d.name, 'unreadable: ' + e]));",
                vec![],
            )
            .await
            .expect("reading the download");
        if let Some([name, text]) = got.as_array().map(Vec::as_slice) {
            break Some((
                name.as_str().unwrap_or_default().to_string(),
                text.as_str().unwrap_or_default().to_string(),
            ));
        }
        poll(started, "the export hands over a file").await;
    };
    let (name, text) = file.expect("a file");
    assert!(
        name.starts_with("shoreline-workspace-") && name.ends_with(".json"),
        "file name {name}"
    );
    let exported: Value = serde_json::from_str(&text).expect("the export is JSON");
    assert_eq!(
        exported["schema"],
        shoreline::domain::formats::persist::SCHEMA
    );
    assert_eq!(exported["workspace"], saved["workspace"]);

    let dir = scratch_dir(&format!("journey-{engine:?}"));
    let path = dir.join(&name);
    std::fs::write(&path, &text).expect("write the exported file");
    b.field("Import scenarios from a file")
        .await
        .send_keys(&path.display().to_string())
        .await
        .expect("pick the file");
    b.wait_text("Added 1 scenario from the file: “Customer support (2)”. Nothing was replaced.")
        .await;
    wait_header_name(&b, "Customer support (2)").await;
    let after = wait_for_saved(&b, |v| {
        names(v) == ["Customer support", "Customer support (2)"]
    })
    .await;
    assert_eq!(
        after["workspace"]["scenarios"][0], saved["workspace"]["scenarios"][0],
        "the user's own scenario changed"
    );
    b.finish().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// A share link with one character changed gets a message and changes nothing.
async fn tampered_share_link(engine: Engine) {
    let (_server, b) = open(engine, Some("quiz")).await;
    b.wait_heading("Decision quiz").await;
    rename(&b, "Customer support").await;
    b.press("Copy link").await;
    let link = b.field_value("Link to this scenario").await;
    b.press("Close").await;
    wait_for_saved(&b, |v| names(v) == ["Customer support"]).await;
    let before = b.storage_get(&workspace_key(&b).await).await;
    let (base, data) = link.split_once("#share=").expect("a share link");
    assert!(
        base.contains(PREFIX),
        "the link leaves the sub-path: {link}"
    );
    let mut tampered: Vec<char> = data.chars().collect();
    let middle = tampered.len() / 2;
    tampered[middle] = if tampered[middle] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    b.client.goto("about:blank").await.unwrap();
    b.goto(&format!("{base}#share={tampered}")).await;
    b.wait_text("This share link could not be opened: the link has been changed or cut short")
        .await;
    b.wait_text("Nothing was changed.").await;
    assert!(
        !b.current_url().await.contains('#'),
        "the fragment stays in the address"
    );
    wait_header_name(&b, "Customer support").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        b.storage_get(&workspace_key(&b).await).await,
        before,
        "the save changed"
    );
    assert_eq!(names(&stored(&b).await), ["Customer support"]);
    b.finish().await;
}

/// After the first visit, the app and the saved work load with the server stopped.
async fn offline_reload(engine: Engine) {
    let (mut server, b) = open(engine, Some("matrix")).await;
    b.wait_heading("Comparison matrix").await;
    wait_offline_ready(&b).await;
    b.click(&b.field("Order columns by total").await).await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["sort_by_total"] == json!(true)
    })
    .await;

    server.stop();
    b.reload_as_a_person().await;
    b.wait_heading("Comparison matrix").await;
    let checked = b
        .field("Order columns by total")
        .await
        .prop("checked")
        .await;
    assert_eq!(
        checked.ok().flatten().as_deref(),
        Some("true"),
        "the saved choice is back"
    );
    b.click(&b.link("Budget").await).await;
    b.wait_heading("Budget and cost model").await;
    b.finish().await;
}

/// The parser of Firefox's output, on lines as they come.
mod firefox_output {
    use crate::support::browser::firefox_page_errors;

    /// Lines as geckodriver 0.37.1 and Firefox ESR 153 print them.
    #[test]
    fn firefox_output_yields_the_page_errors_only() {
        let output = r#"1796153927543	geckodriver	INFO	Listening on 127.0.0.1:4446
console.error: RSLoader: 
  Failed to retrieve recipes from Remote Settings
JavaScript error: resource:///modules/backup/BackupService.sys.mjs, line 4408: NotAllowedError: PathUtils.join: PathUtils does not support empty paths
console.error: "provoked console error one"
console.log: "just a log"
console.warn: "a warning"
JavaScript warning: http://127.0.0.1:43767/, line 3: unreachable code
JavaScript error: http://127.0.0.1:43767/, line 2: Error: provoked uncaught one
"#;
        assert_eq!(
            firefox_page_errors(output),
            [
                r#"console.error: "provoked console error one""#,
                "JavaScript error: http://127.0.0.1:43767/, line 2: Error: provoked uncaught one",
            ]
        );
    }
}

/// One test per engine and journey: `journeys::<engine>::<journey>`.
macro_rules! journeys_in {
    ($($engine:ident => $value:expr),* $(,)?) => {$(
        mod $engine {
            use crate::support::browser::Engine;
            const ENGINE: Engine = $value;

            #[tokio::test]
            async fn page_errors_fail_the_session() {
                super::page_errors_fail_the_session(ENGINE).await;
            }
            #[tokio::test]
            async fn mount_and_every_view() {
                super::mount_and_every_view(ENGINE).await;
            }
            #[tokio::test]
            async fn quiz_by_keyboard() {
                super::quiz_by_keyboard(ENGINE).await;
            }
            #[tokio::test]
            async fn quiz_by_clicks() {
                super::quiz_by_clicks(ENGINE).await;
            }
            #[tokio::test]
            async fn matrix_weight_survives_reload() {
                super::matrix_weight_survives_reload(ENGINE).await;
            }
            #[tokio::test]
            async fn budget_slider() {
                super::budget_slider(ENGINE).await;
            }
            #[tokio::test]
            async fn export_then_import() {
                super::export_then_import(ENGINE).await;
            }
            #[tokio::test]
            async fn tampered_share_link() {
                super::tampered_share_link(ENGINE).await;
            }
            #[tokio::test]
            async fn offline_reload() {
                super::offline_reload(ENGINE).await;
            }
        }
    )*};
}

journeys_in!(
    chromium => Engine::Chromium,
    firefox => Engine::Firefox,
    webkit => Engine::WebKit,
);
