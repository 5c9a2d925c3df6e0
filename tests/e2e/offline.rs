//! Offline, embedded, same-origin only and a strict Content-Security-Policy:
//! the static page works anywhere (issue 7).

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::{ServeOptions, StaticServer, TempDir};
use crate::{wait_for_saved, VIEWS};

/// The policy README.md recommends to hosts.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'self'";

/// Waits until the service worker controls the page and has precached the build.
pub(crate) async fn wait_offline_ready(b: &Browser) {
    let started = Instant::now();
    loop {
        let ready = b
            .script(
                "return !!navigator.serviceWorker.controller \
                 && navigator.serviceWorker.controller.state === 'activated';",
                vec![],
            )
            .await;
        if ready == json!(true) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the service worker never took control of the page"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read dist/") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().expect("name"))).expect("copy");
        }
    }
}

#[tokio::test]
async fn the_app_and_the_saved_work_load_with_the_server_stopped() {
    let mut server = StaticServer::start(&dist_dir());
    let url = format!("{}?view=matrix", server.url());
    let b = Browser::open(&url, Options::default()).await;
    b.wait_heading("Comparison matrix").await;
    // The server sent the precompressed wasm (tools/serve.py picks .br or
    // .gz as the browser accepts), and the worker caches it as any file.
    let wasm = b
        .script(
            "const e = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm')); \
             return e ? [e.encodedBodySize, e.decodedBodySize] : null;",
            vec![],
        )
        .await;
    let (encoded, decoded) = (wasm[0].as_f64(), wasm[1].as_f64());
    assert!(
        matches!((encoded, decoded), (Some(e), Some(d)) if e > 0.0 && e * 2.0 < d),
        "the wasm did not come compressed (encoded, decoded bytes): {wasm}"
    );
    wait_offline_ready(&b).await;
    // Some work to find again.
    b.click(&b.field("Order columns by total").await).await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["sort_by_total"] == json!(true)
    })
    .await;

    server.stop();
    b.reload().await;
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
    // Other views come from the cache as well.
    b.click(&b.link("Budget").await).await;
    b.wait_heading("Budget and cost model").await;
    b.finish().await;
}

#[tokio::test]
async fn a_new_build_on_the_server_shows_the_update_notice() {
    let site = TempDir::new("site");
    copy_dir(&dist_dir(), &site.0);
    let server = StaticServer::start(&site.0);
    let b = Browser::open(&server.url(), Options::default()).await;
    b.wait_heading("Decision quiz").await;
    wait_offline_ready(&b).await;
    assert!(
        !b.page_text()
            .await
            .contains("A new version of Shoreline is ready"),
        "the update notice shows without an update"
    );

    // "Deploy" a new build: the service worker's version changes.
    let worker = site.0.join("sw.js");
    let text = std::fs::read_to_string(&worker).expect("read sw.js");
    let version = text
        .lines()
        .find_map(|l| l.strip_prefix("const VERSION = \""))
        .and_then(|rest| rest.split('"').next())
        .expect("a VERSION line in sw.js")
        .to_string();
    std::fs::write(&worker, text.replace(&version, "0123456789abcdef")).expect("write sw.js");
    // A deployment replaces the precompressed copies too; the server would
    // otherwise send the old sw.js.gz / sw.js.br.
    for old in ["sw.js.gz", "sw.js.br"] {
        std::fs::remove_file(site.0.join(old)).expect("remove an old compressed copy");
    }

    b.reload().await;
    b.wait_text("A new version of Shoreline is ready").await;
    // The page did not switch by itself.
    assert!(b.page_text().await.contains("Decision quiz"));
    b.press("Reload to update").await;
    let started = Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let gone = !b
            .page_text()
            .await
            .contains("A new version of Shoreline is ready");
        if gone {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "the notice stayed after Reload to update"
        );
    }
    b.wait_mounted().await;
    b.wait_heading("Decision quiz").await;
    let active = b
        .script(
            "return caches.keys().then(c => c.filter(k => k.startsWith('shoreline:')));",
            vec![],
        )
        .await;
    assert_eq!(
        active.as_array().map(Vec::len),
        Some(1),
        "old caches are deleted on activation: {active}"
    );
    assert!(
        active.to_string().contains("0123456789abcdef"),
        "the new build's cache is in use: {active}"
    );
    b.finish().await;
}

#[tokio::test]
async fn the_app_works_inside_an_iframe_from_another_path() {
    let host = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet portal</title><link rel="icon" href="data:,"></head>
<body><h1>Portal</h1><iframe src="../?embed=1&amp;view=matrix" title="Shoreline" width="900" height="700"></iframe></body></html>"#;
    let server = StaticServer::start_with(
        &dist_dir(),
        ServeOptions {
            prefix: "/a/b/c/".into(),
            extra: vec![("portal/host.html".into(), host.into())],
            ..ServeOptions::default()
        },
    );
    let b = Browser::start(Options::default()).await;
    b.client
        .goto(&format!("{}portal/host.html", server.url()))
        .await
        .expect("open the host page");
    let frame = b
        .client
        .wait()
        .for_element(fantoccini::Locator::Css("iframe"))
        .await
        .expect("the iframe");
    frame.enter_frame().await.expect("enter the iframe");
    b.wait_mounted().await;
    b.wait_heading("Comparison matrix").await;
    let text = b.page_text().await;
    assert!(
        !text.contains("Nothing leaves your browser."),
        "embed mode keeps the footer:\n{text}"
    );
    // It works: a view switch inside the frame.
    b.click(&b.link("Budget").await).await;
    b.wait_heading("Budget and cost model").await;
    b.client
        .enter_parent_frame()
        .await
        .expect("back to the host");
    for r in server.requests() {
        assert!(
            r.starts_with("/a/b/c/"),
            "request outside the sub-path: {r}"
        );
    }
    b.finish().await;
}

#[tokio::test]
async fn a_full_session_makes_no_request_to_another_origin() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    b.press("Start the quiz (about 3 minutes)").await;
    b.press("Skip").await;
    b.press("Skip").await;
    for (link, _, heading) in VIEWS {
        b.click(&b.link(link).await).await;
        b.wait_heading(heading).await;
    }
    b.click(&b.link("Budget").await).await;
    b.wait_heading("Budget and cost model").await;
    let origin = server.origin();
    let requested = b
        .script(
            "return performance.getEntries().map(e => e.name).filter(n => /^[a-z]+:/.test(n));",
            vec![],
        )
        .await;
    let requested: Vec<String> = requested
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    assert!(requested.len() > 3, "too few entries: {requested:?}");
    for name in &requested {
        assert!(
            name.starts_with(&origin),
            "a request left the origin {origin}: {name}"
        );
    }
    b.finish().await;
}

#[tokio::test]
async fn a_strict_content_security_policy_causes_no_violation() {
    let server = StaticServer::start_with(
        &dist_dir(),
        ServeOptions {
            headers: vec![("Content-Security-Policy".into(), STRICT_CSP.into())],
            ..ServeOptions::default()
        },
    );
    let b = Browser::start(Options::default()).await;
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));" }),
    )
    .await;
    b.goto(&server.url()).await;
    b.wait_heading("Decision quiz").await;
    for (link, _, heading) in VIEWS {
        b.click(&b.link(link).await).await;
        b.wait_heading(heading).await;
    }
    let violations = b.script("return window.__csp;", vec![]).await;
    assert_eq!(violations, json!([]), "CSP violations");
    b.finish().await;
}

#[tokio::test]
async fn printing_hides_the_navigation() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=matrix", server.url()), Options::default()).await;
    b.wait_heading("Comparison matrix").await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let shown = b
        .script(
            "return ['nav[aria-label=Main]', '.site-footer', '.skip-link'].map(s => { \
               const e = document.querySelector(s); return e ? getComputedStyle(e).display : 'none'; });",
            vec![],
        )
        .await;
    assert_eq!(shown, json!(["none", "none", "none"]), "shown in print");
    b.finish().await;
}

/// The text `fetch(url)` gets from the page (through its service worker).
async fn fetch_text(b: &Browser, url: &str) -> String {
    b.script(
        "return fetch(arguments[0]).then(r => r.text());",
        vec![json!(url)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// Every address in Shoreline's caches.
async fn cached_urls(b: &Browser) -> Vec<String> {
    let v = b
        .script(
            "return caches.keys().then(keys => Promise.all(keys.filter(k => k.startsWith('shoreline:')) \
               .map(k => caches.open(k).then(c => c.keys())))) \
               .then(lists => lists.flat().map(r => r.url));",
            vec![],
        )
        .await;
    v.as_array()
        .expect("a list of cached addresses")
        .iter()
        .filter_map(|u| u.as_str().map(String::from))
        .collect()
}

/// Issue 13, defect 2: hosted at the site root, the service worker's scope
/// is the whole origin. It must still touch only Shoreline's own files:
/// another app's pages and API answers never come from Shoreline's cache,
/// and visiting that app never replaces Shoreline's offline page.
#[tokio::test]
async fn at_the_site_root_the_service_worker_leaves_other_apps_alone() {
    let other_page = |version: u32| {
        format!(
            r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other app</title><link rel="icon" href="data:,"></head><body><h1>Other app</h1><p>Other app, version {version}</p></body></html>"#
        )
    };
    let mut server = StaticServer::start_with(
        &dist_dir(),
        ServeOptions {
            extra: vec![
                ("other/page.html".into(), other_page(1)),
                ("api/x".into(), "answer 1".into()),
            ],
            ..ServeOptions::default()
        },
    );
    let origin = server.origin();
    assert_eq!(server.url(), format!("{origin}/"), "Shoreline at the root");
    let b = Browser::open(&server.url(), Options::default()).await;
    b.wait_heading("Decision quiz").await;
    wait_offline_ready(&b).await;
    let scope = b
        .script(
            "return navigator.serviceWorker.ready.then(r => r.scope);",
            vec![],
        )
        .await;
    assert_eq!(scope, json!(format!("{origin}/")), "the worker's scope");

    // Another app's API, asked from a page the worker controls: the server
    // changes its answer, and every request sees the server's answer.
    assert_eq!(fetch_text(&b, "/api/x?id=1").await, "answer 1");
    server.set_extra("api/x", "answer 2");
    assert_eq!(
        fetch_text(&b, "/api/x?id=2").await,
        "answer 2",
        "?id=2 got an older answer from Shoreline's cache"
    );
    assert_eq!(
        fetch_text(&b, "/api/x?id=1").await,
        "answer 2",
        "?id=1 came from Shoreline's cache"
    );

    // Visit the other app: it comes from its server, twice, while the
    // worker is in scope.
    let other = format!("{origin}/other/page.html");
    b.client.goto(&other).await.expect("open the other app");
    b.wait_text("Other app, version 1").await;
    let controlled = b
        .script("return !!navigator.serviceWorker.controller;", vec![])
        .await;
    assert_eq!(
        controlled,
        json!(true),
        "the other app's page is in the worker's scope (else this test proves nothing)"
    );
    server.set_extra("other/page.html", &other_page(2));
    b.client
        .goto(&other)
        .await
        .expect("open the other app again");
    b.wait_text("Other app, version 2").await;

    // Nothing of the other app is in Shoreline's caches, and its page is
    // still Shoreline's.
    let own: Vec<String> = std::fs::read_dir(dist_dir())
        .expect("read dist/")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .map(|name| format!("{origin}/{name}"))
        .collect();
    let cached = cached_urls(&b).await;
    assert!(cached.len() > 3, "the build is precached: {cached:?}");
    for url in &cached {
        assert!(
            *url == format!("{origin}/") || own.contains(url),
            "Shoreline's cache holds another app's address: {url}"
        );
        assert!(
            !url.ends_with(".gz") && !url.ends_with(".br"),
            "a precompressed copy was precached: {url}"
        );
    }

    let cached_page = b
        .script(
            "return caches.match(arguments[0]).then(r => r ? r.text() : '');",
            vec![json!(format!("{origin}/"))],
        )
        .await;
    assert!(
        cached_page
            .as_str()
            .is_some_and(|page| page.contains("<title>Shoreline</title>")),
        "the cached page is no longer Shoreline's: {cached_page}"
    );

    // Offline, Shoreline still opens from its cache, by the folder address
    // and by index.html with a query.
    server.stop();
    b.goto(&server.url()).await;
    b.wait_heading("Decision quiz").await;
    b.goto(&format!("{origin}/index.html?view=budget")).await;
    b.wait_heading("Budget and cost model").await;
    b.finish().await;
}
