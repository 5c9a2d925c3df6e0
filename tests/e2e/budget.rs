//! The Budget screen as a user works it: the budget slider moved with the
//! keyboard changes the fit markers, bad typed values are refused with a
//! message and change nothing, every input survives a reload, and the view
//! (Assumptions panel open) is clean under axe-core.

use fantoccini::key::Key;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::wait_for_saved;

async fn open_budget() -> (StaticServer, Browser) {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    (server, b)
}

/// The steady-state part of every option's budget-fit cell ("✓ Fits" or
/// "✗ Over"), in table order.
pub(crate) async fn fits(b: &Browser) -> Vec<String> {
    fits_when(b, "Steady state").await
}

/// One part of every option's budget-fit cell ("Year 1", "Worst year" or
/// "Steady state"), as the symbol and word after its label.
pub(crate) async fn fits_when(b: &Browser, when: &str) -> Vec<String> {
    b.script(
        "return [...document.querySelectorAll('.results-table tbody td.fit')].map(td => { const part = [...td.querySelectorAll('.fit-year')].map(e => e.textContent.trim()).find(t => t.startsWith(arguments[0] + ':')); return part ? part.slice(arguments[0].length + 1).trim() : ''; });",
        vec![when.into()],
    )
    .await
    .as_array()
    .map(|a| a.iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect())
    .unwrap_or_default()
}

/// A cell of the results table: row by option name, column by position (1 = year 1).
async fn cell(b: &Browser, option: &str, column: usize) -> String {
    b.script(
        "const row = [...document.querySelectorAll('.results-table tbody tr')].find(r => r.querySelector('th').textContent === arguments[0]); return row ? row.children[arguments[1]].textContent : '';",
        vec![option.into(), column.into()],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

pub(crate) fn count(marks: &[String], word: &str) -> usize {
    marks.iter().filter(|m| m.ends_with(word)).count()
}

/// Types into a field and leaves it, as a person does.
async fn type_into(b: &Browser, label: &str, text: &str) {
    let field = b.field(label).await;
    field.clear().await.unwrap();
    let tab: char = Key::Tab.into();
    field.send_keys(&format!("{text}{tab}")).await.unwrap();
}

#[tokio::test]
async fn moving_the_budget_slider_with_the_keyboard_changes_the_fit_markers() {
    let (_server, b) = open_budget().await;
    // By default the budget is in-house's own steady-state cost: in-house just fits.
    let marks = fits(&b).await;
    assert_eq!(marks.len(), 6, "{marks:?}");
    assert_eq!(marks[0], "✓ Fits");
    // Fit is judged in year 1 too: offshore fits once settled but not in
    // the year it pays its transition and ramp-up.
    assert_eq!(marks[3], "✓ Fits", "{marks:?}");
    let year1 = fits_when(&b, "Year 1").await;
    assert_eq!(year1[3], "✗ Over", "{year1:?}");
    assert_eq!(year1[0], "✓ Fits", "{year1:?}");
    assert!(b.page_text().await.contains("All figures are nominal"));
    let slider = b.field("Annual budget").await;
    let home: char = Key::Home.into();
    let end: char = Key::End.into();
    let right: char = Key::Right.into();
    slider.send_keys(&home.to_string()).await.unwrap();
    let marks = fits(&b).await;
    assert_eq!(count(&marks, "Over"), 6, "at 0: {marks:?}");
    assert!(
        marks.iter().all(|m| m.starts_with('✗')),
        "no symbol: {marks:?}"
    );
    assert_eq!(cell(&b, "Offshore outsourcing", 8).await, "0 FTE");
    b.wait_text("0 of 6 options fit").await;
    slider.send_keys(&end.to_string()).await.unwrap();
    assert_eq!(count(&fits(&b).await, "Fits"), 6);
    // Back to zero, then up by arrow presses to half the range: at least the in-house cost.
    slider.send_keys(&home.to_string()).await.unwrap();
    slider
        .send_keys(&right.to_string().repeat(100))
        .await
        .unwrap();
    let marks = fits(&b).await;
    assert_eq!(marks[0], "✓ Fits", "{marks:?}");
    let fitting = count(&marks, "Fits");
    assert!((1..=6).contains(&fitting), "{marks:?}");
    let fte = cell(&b, "In-house", 8).await;
    assert!(fte.ends_with(" FTE") && fte != "0 FTE", "{fte}");
    let value = slider.prop("value").await.unwrap().unwrap_or_default();
    // The save of the last press (an earlier one, say of the End key, may
    // still be the stored one for a moment).
    let saved = wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["annual_budget"]
            .as_f64()
            .is_some_and(|x| x > 0.0 && format!("{}", x.round() as u64) == value)
    })
    .await;
    let stored = saved["workspace"]["scenarios"][0]["cost"]["annual_budget"]
        .as_f64()
        .unwrap();
    assert_eq!(value, format!("{}", stored.round() as u64));
    // The typed amount beside the slider follows it.
    let typed = b.field("Budget amount").await.prop("value").await.unwrap();
    assert_eq!(
        typed.map(|t| t.replace(',', "")),
        Some(format!("{}", stored.round() as u64))
    );
    b.finish().await;
}

#[tokio::test]
async fn a_bad_value_shows_a_message_and_the_model_keeps_its_last_good_value() {
    let (_server, b) = open_budget().await;
    let year1 = cell(&b, "In-house", 1).await;
    type_into(&b, "Team size", "abc").await;
    let msg = b.wait_text("Team size must be a number.").await;
    let field = b.field("Team size").await;
    assert_eq!(
        field.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    let described = field.attr("aria-describedby").await.unwrap().unwrap();
    assert_eq!(msg.attr("id").await.unwrap(), Some(described));
    assert_eq!(
        cell(&b, "In-house", 1).await,
        year1,
        "a bad value was applied"
    );

    type_into(&b, "Team size", "1000000000").await;
    b.wait_text("Team size must be between 0.5 and 10,000 FTE.")
        .await;
    assert_eq!(cell(&b, "In-house", 1).await, year1, "1e9 FTE was applied");

    type_into(&b, "Vendor margin", "500").await;
    b.wait_text("Vendor margin must be between 0 and 200 %.")
        .await;

    // Nothing bad reached the stored model.
    let saved = b
        .storage_get(crate::WORKSPACE_KEY)
        .await
        .unwrap_or_default();
    assert!(!saved.contains("1000000000"), "{saved}");

    // A good value clears the message and is applied.
    type_into(&b, "Team size", "40").await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["fte"] == 40.0
    })
    .await;
    assert!(!b.page_text().await.contains("Team size must"));
    assert_eq!(
        b.field("Team size")
            .await
            .attr("aria-invalid")
            .await
            .unwrap(),
        None
    );
    assert_ne!(cell(&b, "In-house", 1).await, year1);
    b.finish().await;
}

#[tokio::test]
async fn every_input_survives_a_reload() {
    let (_server, b) = open_budget().await;
    type_into(&b, "Team size", "35").await;
    b.field("Currency")
        .await
        .select_by_value("EUR")
        .await
        .unwrap();
    b.field("Home location")
        .await
        .select_by_value("germany")
        .await
        .unwrap();
    b.field("Offshore location")
        .await
        .select_by_value("philippines")
        .await
        .unwrap();
    type_into(&b, "In-house salary per FTE", "65000").await;
    type_into(&b, "Vendor margin", "30").await;
    type_into(&b, "Horizon", "7").await;
    let share = b.field("Hybrid share moved out").await;
    let left: char = Key::Left.into();
    share.send_keys(&left.to_string().repeat(2)).await.unwrap();
    type_into(&b, "Budget amount", "2,500,000").await;
    // One assumption and one location figure.
    b.click(&b.wait_text("Assumptions: every other number").await)
        .await;
    type_into(&b, "Governance overhead, No overlap, worst case", "21").await;
    type_into(&b, "Employer on-cost, Philippines", "9").await;
    wait_for_saved(&b, |v| {
        let s = &v["workspace"]["scenarios"][0];
        s["cost"]["governance"]["no_overlap"]["high"] == 21.0
            && s["location_edits"]["philippines"]["employer_oncost_pct"] == 9.0
            && s["cost"]["annual_budget"] == 2_500_000.0
    })
    .await;

    b.reload().await;
    b.wait_heading("Budget and cost model").await;
    let value = |label: &'static str| {
        let b = &b;
        async move {
            b.field(label)
                .await
                .prop("value")
                .await
                .unwrap()
                .unwrap_or_default()
        }
    };
    assert_eq!(value("Team size").await, "35");
    assert_eq!(value("Currency").await, "EUR");
    assert_eq!(value("Home location").await, "germany");
    assert_eq!(value("Offshore location").await, "philippines");
    assert_eq!(value("In-house salary per FTE").await, "65,000");
    assert_eq!(value("Vendor margin").await, "30");
    assert_eq!(value("Horizon").await, "7");
    assert_eq!(value("Hybrid share moved out").await, "30");
    assert_eq!(value("Budget amount").await, "2,500,000");
    assert_eq!(value("Annual budget").await, "2500000");
    assert_eq!(
        value("Governance overhead, No overlap, worst case").await,
        "21"
    );
    assert_eq!(value("Employer on-cost, Philippines").await, "9");
    assert!(b.page_text().await.contains("Total over 7 years"));
    assert!(b.page_text().await.contains("€"));

    // Edited assumptions and location figures are marked and reset.
    b.click(&b.wait_text("Assumptions: every other number").await)
        .await;
    assert!(b.page_text().await.contains("✎ Edited by you."));
    b.press("Reset governance overhead").await;
    assert_eq!(
        value("Governance overhead, No overlap, worst case").await,
        "18"
    );
    b.press("Reset Philippines figures").await;
    assert_ne!(value("Employer on-cost, Philippines").await, "9");
    assert!(!b.page_text().await.contains("✎ Edited by you."));
    wait_for_saved(&b, |v| {
        let s = &v["workspace"]["scenarios"][0];
        s["cost"]["governance"]["no_overlap"]["high"] == 18.0
            && s["location_edits"]
                .as_object()
                .is_some_and(|m| m.is_empty())
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn the_budget_view_with_every_panel_open_passes_axe() {
    let (_server, b) = open_budget().await;
    b.script(
        "document.querySelectorAll('details').forEach(d => d.open = true);",
        vec![],
    )
    .await;
    type_into(&b, "Team size", "abc").await;
    b.wait_text("Team size must be a number.").await;
    let violations = b.axe_violations().await;
    assert!(
        violations.is_empty(),
        "axe-core on the budget view:\n{}",
        violations.join("\n")
    );
    b.finish().await;
}

#[tokio::test]
async fn the_chart_is_an_image_with_a_summary_and_a_data_table() {
    let server = StaticServer::start(&dist_dir());
    let phone = Options {
        width: 390,
        height: 844,
        ..Options::default()
    };
    let b = Browser::open(&format!("{}?view=budget", server.url()), phone).await;
    b.wait_heading("Budget and cost model").await;
    let facts = b
        .script(
            "const s = document.querySelector('svg.cost-chart'); return [s.getAttribute('role'), s.getAttribute('aria-label'), s.querySelectorAll('path.line').length, s.getBoundingClientRect().width <= document.documentElement.clientWidth, document.documentElement.scrollWidth <= document.documentElement.clientWidth];",
            vec![],
        )
        .await;
    assert_eq!(facts[0], "img");
    assert!(facts[1].as_str().unwrap_or_default().contains("Break-even"));
    assert_eq!(facts[2], 6);
    assert_eq!(facts[3], true, "the chart is wider than the phone");
    assert_eq!(facts[4], true, "the page scrolls sideways at 390 px");
    let text = b
        .script(
            "return document.querySelector('table.chart-data').textContent",
            vec![],
        )
        .await;
    assert!(text.as_str().unwrap_or_default().contains("End of year 5"));
    b.finish().await;
}
