//! axe-core finds no violation on any view, in light and in dark mode, at
//! desktop and phone width.

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::VIEWS;

async fn check_every_view(options: Options, dark: bool) {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::start(options).await;
    b.goto(&server.url()).await;
    b.set_dark_mode(dark).await;
    let mut problems = Vec::new();
    for (_, id, heading) in VIEWS {
        b.goto(&format!("{}?view={id}", server.url())).await;
        b.wait_heading(heading).await;
        for v in b.axe_violations().await {
            problems.push(format!("[{id}] {v}"));
        }
    }
    assert!(
        problems.is_empty(),
        "axe-core violations:\n{}",
        problems.join("\n")
    );
    b.finish().await;
}

#[tokio::test]
async fn axe_finds_no_violation_on_any_view_in_light_mode() {
    check_every_view(Options::default(), false).await;
}

#[tokio::test]
async fn axe_finds_no_violation_on_any_view_in_dark_mode_at_phone_width() {
    let phone = Options {
        width: 390,
        height: 844,
        ..Options::default()
    };
    check_every_view(phone, true).await;
}
