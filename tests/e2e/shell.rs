//! The app shell: it mounts, every view is reachable by navigation and by
//! address, Back works, and it runs from a sub-path.

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::{ServeOptions, StaticServer};
use crate::VIEWS;

#[tokio::test]
async fn the_app_mounts_on_the_quiz_start_with_the_privacy_promise() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    b.wait_heading("Decision quiz").await;
    let text = b.page_text().await;
    assert!(text.contains("Shoreline"), "product name missing:\n{text}");
    assert!(
        text.contains("Scenario: My sourcing decision"),
        "scenario name missing:\n{text}"
    );
    assert!(
        text.contains("Nothing leaves your browser."),
        "footer promise missing:\n{text}"
    );
    assert!(
        !text.contains("loading…"),
        "the loading skeleton is still shown"
    );
    let current = b.link("Quiz").await.attr("aria-current").await.unwrap();
    assert_eq!(current.as_deref(), Some("page"));
    assert!(b.current_url().await.ends_with("?view=quiz"));
    // The one built screen is a click away from the start.
    b.click(&b.link("comparison matrix").await).await;
    b.wait_heading("Comparison matrix").await;
    assert!(b.current_url().await.ends_with("?view=matrix"));
    b.finish().await;
}

#[tokio::test]
async fn every_view_is_reachable_from_the_navigation_and_back_returns() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    for (label, id, heading) in VIEWS {
        b.link(label).await.click().await.unwrap();
        b.wait_heading(heading).await;
        assert!(b.current_url().await.ends_with(&format!("?view={id}")));
        let current = b.link(label).await.attr("aria-current").await.unwrap();
        assert_eq!(
            current.as_deref(),
            Some("page"),
            "{label} is not marked current"
        );
    }
    b.client.back().await.unwrap();
    b.wait_heading("Learn: outsourcing vs offshoring").await;
    b.client.back().await.unwrap();
    b.wait_heading("Time zones").await;
    assert!(b.current_url().await.ends_with("?view=timezones"));
    b.client.forward().await.unwrap();
    b.wait_heading("Learn: outsourcing vs offshoring").await;
    b.finish().await;
}

#[tokio::test]
async fn every_view_opens_from_its_address_and_survives_reload() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::start(Options::default()).await;
    for (_, id, heading) in VIEWS {
        b.goto(&format!("{}?view={id}", server.url())).await;
        b.wait_heading(heading).await;
        b.reload().await;
        b.wait_heading(heading).await;
    }
    // An unknown view falls back to the start, without an error.
    b.goto(&format!("{}?view=nonsense", server.url())).await;
    b.wait_heading("Decision quiz").await;
    b.finish().await;
}

#[tokio::test]
async fn the_app_works_from_a_sub_path() {
    let prefix = "/intranet/tools/shoreline/";
    let server = StaticServer::start_with(
        &dist_dir(),
        ServeOptions {
            prefix: prefix.into(),
            ..ServeOptions::default()
        },
    );
    let b = Browser::open(&server.url(), Options::default()).await;
    b.wait_heading("Decision quiz").await;
    b.link("Budget").await.click().await.unwrap();
    b.wait_heading("Budget and cost model").await;
    let url = b.current_url().await;
    assert!(
        url.contains(prefix) && url.ends_with("?view=budget"),
        "{url}"
    );
    b.reload().await;
    b.wait_heading("Budget and cost model").await;
    // Every request stayed under the prefix: nothing is fetched from the root.
    let requests = server.requests();
    assert!(!requests.is_empty());
    for r in &requests {
        assert!(r.starts_with(prefix), "request outside the sub-path: {r}");
    }
    b.finish().await;
}
