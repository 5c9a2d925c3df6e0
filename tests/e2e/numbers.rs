//! Issue 16, item 1: numbers as people write them. A separator that could
//! mean either thing is refused with what was understood, never guessed.

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{stored, wait_for_saved};

#[tokio::test]
async fn a_decimal_comma_is_asked_about_not_read_as_thousands() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    // A first change, so there is a save to compare with.
    b.type_into("Vendor margin", "11").await;
    let before = wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["vendor_margin_pct"] == 11.0
    })
    .await;

    b.type_into("Vendor margin", "12,5").await;
    b.wait_text("Vendor margin: did you mean 12.5?").await;
    let field = b.field("Vendor margin").await;
    assert_eq!(
        field.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    b.type_into("Team size", "75.000").await;
    b.wait_text("Team size: is that 75 or 75,000?").await;
    // Past the save delay: nothing was applied.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert_eq!(stored(&b).await, before, "an unclear entry was saved");

    b.type_into("Vendor margin", "12.5").await;
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

/// Issue 16: the German CFO chooses her number format; "12,5" is twelve and
/// a half, "75.000,50" seventy-five thousand and a half, and the values come
/// back in her format. The choice is a workspace setting that survives a reload.
#[tokio::test]
async fn a_german_number_format_reads_decimal_commas() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    assert_eq!(b.field_value("Number format").await, "automatic");
    b.field("Number format")
        .await
        .select_by_value("1.234,5")
        .await
        .unwrap();
    b.type_into("Vendor margin", "12,5").await;
    b.type_into("In-house salary per FTE", "75.000,50").await;
    wait_for_saved(&b, |v| {
        let c = &v["workspace"]["scenarios"][0]["cost"];
        v["workspace"]["number_format"] == "1.234,5"
            && c["vendor_margin_pct"] == 12.5
            && c["salary_per_fte"] == 75_000.5
    })
    .await;
    assert_eq!(b.field_value("Vendor margin").await, "12,5");
    assert_eq!(b.field_value("In-house salary per FTE").await, "75.001");
    // The English reading of the same figures is asked about, not taken.
    b.type_into("Vendor margin", "13.5").await;
    b.wait_text("Vendor margin: did you mean 13,5?").await;
    // Amounts in the table follow the format, rounded: "2,2M $".
    let table = b
        .script(
            "return document.querySelector('.results-table tbody td.num').textContent",
            vec![],
        )
        .await;
    let first = table.as_str().unwrap_or_default().to_string();
    assert!(
        first.ends_with("M\u{a0}$") && first.contains(',') && !first.contains('.'),
        "{first:?}"
    );
    // Whole amounts are grouped with points: "2.500.921".
    let budget = b.field_value("Budget amount").await;
    assert!(budget.contains('.') && !budget.contains(','), "{budget:?}");
    b.reload().await;
    b.wait_heading("Budget and cost model").await;
    assert_eq!(b.field_value("Number format").await, "1.234,5");
    assert_eq!(b.field_value("Vendor margin").await, "12,5");
    b.finish().await;
}

/// Issue 16: an English user's "12,5" is refused with what it would mean,
/// and the last good value stays, in the field and in the save.
#[tokio::test]
async fn an_english_users_decimal_comma_is_refused_and_nothing_is_lost() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    b.type_into("Vendor margin", "11").await;
    let before = wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["vendor_margin_pct"] == 11.0
    })
    .await;
    b.type_into("Vendor margin", "12,5").await;
    b.wait_text("Vendor margin: did you mean 12.5? The number format here is 1,234.5: type 12.5, or choose the number format 1.234,5 beside the currency.").await;
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert_eq!(stored(&b).await, before, "an unclear entry was saved");
    // The margin still counts as 11 % everywhere.
    b.click(&b.wait_text("Assumptions: every other number").await)
        .await;
    assert_eq!(
        b.field("Vendor margin")
            .await
            .attr("aria-invalid")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    b.finish().await;
}

/// Issue 16: a French browser groups thousands with a narrow no-break
/// space, found by Chromium's own language (`--lang=fr-FR`): the automatic
/// detection, end to end.
#[tokio::test]
async fn a_french_browser_groups_thousands_with_a_narrow_space() {
    let server = StaticServer::start(&dist_dir());
    let options = Options {
        lang: "fr-FR",
        ..Options::default()
    };
    let b = Browser::open(&format!("{}?view=budget", server.url()), options).await;
    b.wait_heading("Budget and cost model").await;
    assert_eq!(b.field_value("Number format").await, "automatic");
    let cells = b
        .script(
            "return [...document.querySelectorAll('.results-table tbody td.num')].map(td => td.textContent)",
            vec![],
        )
        .await;
    let cells: Vec<String> = cells
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default();
    // Rounded amounts take a decimal comma: "2,2M $".
    let year1 = &cells[0];
    assert!(
        year1.contains(',') && year1.ends_with("M\u{a0}$") && !year1.contains('.'),
        "{cells:?}"
    );
    // Whole amounts are grouped with a narrow no-break space: "2 500 921".
    let budget = b.field_value("Budget amount").await;
    assert!(
        budget.contains('\u{202f}') && !budget.contains(',') && !budget.contains('.'),
        "{budget:?}"
    );
    // Typing in the French way works too.
    b.type_into("Team size", "12,5").await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["fte"] == 12.5
    })
    .await;
    b.type_into("Budget amount", "2\u{202f}500\u{202f}000")
        .await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["annual_budget"] == 2_500_000.0
    })
    .await;
    assert_eq!(
        b.field_value("Budget amount").await,
        "2\u{202f}500\u{202f}000"
    );
    b.finish().await;
}
