//! Issue 16, item 2: money in the user's currency. The home location sets
//! the currency; switching converts every amount and says at which rate;
//! a currency without a reference rate waits for the user's.

use crate::{open_budget, wait_for_saved};

#[tokio::test]
async fn switching_to_euros_converts_the_salary_and_the_budget() {
    let (_server, b) = open_budget().await;
    b.type_into("In-house salary per FTE", "72,499").await;
    b.type_into("Budget amount", "3,000,000").await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["annual_budget"] == 3_000_000.0
    })
    .await;
    b.field("Currency")
        .await
        .select_by_value("EUR")
        .await
        .unwrap();
    b.wait_text("Converted every amount from USD at 1 USD = 0.9341 EUR (ECB reference rates, 28 June 2024).")
        .await;
    // 72,499 / 1.0705 = 67,724.4 and 3,000,000 / 1.0705 = 2,802,428.8, whole.
    assert_eq!(b.field_value("In-house salary per FTE").await, "67,724");
    assert_eq!(b.field_value("Budget amount").await, "2,802,429");
    assert_eq!(
        b.field_value("Exchange rate: 1 US dollar (USD) =").await,
        "0.9341"
    );
    b.wait_text("Source: ECB reference rates, 28 June 2024")
        .await;
    let saved = wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["currency"] == "EUR"
    })
    .await;
    let c = &saved["workspace"]["scenarios"][0]["cost"];
    assert!(
        (c["salary_per_fte"].as_f64().unwrap() - 72_499.0 / 1.0705).abs() < 1e-6,
        "{c}"
    );
    assert!(b.page_text().await.contains("€2,802,429"));
    b.finish().await;
}

#[tokio::test]
async fn berlin_as_home_gives_euros_and_a_dong_needs_a_rate() {
    let (_server, b) = open_budget().await;
    b.field("Home location")
        .await
        .select_by_value("germany")
        .await
        .unwrap();
    b.wait_text("Converted every amount from USD at 1 USD = 0.9341 EUR")
        .await;
    assert_eq!(b.field_value("Currency").await, "EUR");
    // The cited pay is shown in euros, with its rate.
    b.wait_text("at 1 USD = 0.9341 EUR (ECB reference rates, 28 June 2024)")
        .await;

    // The ECB has no rate for the Vietnamese dong: nothing changes until
    // the user gives one.
    b.field("Currency")
        .await
        .select_by_value("VND")
        .await
        .unwrap();
    b.wait_text("The ECB publishes no reference rate for VND.")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let saved = crate::stored(&b).await;
    assert_eq!(
        saved["workspace"]["scenarios"][0]["cost"]["currency"],
        "EUR"
    );
    b.type_into("Exchange rate: 1 US dollar (USD) =", "25,000")
        .await;
    b.wait_text("Converted every amount from EUR at 1 EUR = 26,762.5 VND (your rate).")
        .await;
    wait_for_saved(&b, |v| {
        let c = &v["workspace"]["scenarios"][0]["cost"];
        c["currency"] == "VND" && c["usd_rate"] == 25_000.0
    })
    .await;
    b.wait_text("Your input: the ECB publishes no reference rate for VND.")
        .await;
    b.finish().await;
}
