//! Issue 16, item 1: numbers as people write them. A separator that could
//! mean either thing is refused with what was understood, never guessed.

use fantoccini::key::Key;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{stored, wait_for_saved};

/// Types into a field and leaves it, as a person does.
async fn type_into(b: &Browser, label: &str, text: &str) {
    let field = b.field(label).await;
    field.clear().await.unwrap();
    let tab: char = Key::Tab.into();
    field.send_keys(&format!("{text}{tab}")).await.unwrap();
}

#[tokio::test]
async fn a_decimal_comma_is_asked_about_not_read_as_thousands() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    // A first change, so there is a save to compare with.
    type_into(&b, "Vendor margin", "11").await;
    let before = wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["vendor_margin_pct"] == 11.0
    })
    .await;

    type_into(&b, "Vendor margin", "12,5").await;
    b.wait_text("Vendor margin: did you mean 12.5?").await;
    let field = b.field("Vendor margin").await;
    assert_eq!(
        field.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    type_into(&b, "Team size", "75.000").await;
    b.wait_text("Team size: is that 75 or 75,000?").await;
    // Past the save delay: nothing was applied.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert_eq!(stored(&b).await, before, "an unclear entry was saved");

    type_into(&b, "Vendor margin", "12.5").await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["vendor_margin_pct"] == 12.5
    })
    .await;
    assert!(
        !b.page_text().await.contains("did you mean 12.5"),
        "the message stayed after a clear value"
    );
    b.finish().await;
}
