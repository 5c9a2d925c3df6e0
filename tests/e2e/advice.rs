//! The advice meets the money (issue 16 item 3): the quiz result and the
//! report say whether the leading option fits the yearly budget, every
//! answer that moved the result is named, and one switch in the matrix
//! chooses between the cost model's economic scores and fixed ones.

use fantoccini::Locator;

use crate::quiz::{answer_with_keyboard, headline, QUESTIONS};
use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::wait_for_saved;

/// A COO's customer-support team: 21 to 100 people, longer days and
/// weekends, everything else skipped.
const SUPPORT: [Option<&str>; QUESTIONS] = [
    Some("Customer support"),
    None,
    None,
    Some("Longer days or weekends, but not the whole night"),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    Some("21 to 100 people"),
];

pub(crate) async fn set_budget(b: &Browser, text: &str) {
    b.link("Budget").await.click().await.unwrap();
    b.wait_heading("Budget and cost model").await;
    b.type_into("Budget amount", text).await;
}

pub(crate) async fn take_quiz(b: &Browser) {
    b.link("Quiz").await.click().await.unwrap();
    b.wait_heading("Decision quiz").await;
    b.press("Start the quiz (about 3 minutes)").await;
    for (i, answer) in SUPPORT.iter().enumerate() {
        answer_with_keyboard(b, i + 1, *answer).await;
    }
    headline(b).await;
}

fn budget_line(text: &str) -> Option<&str> {
    text.lines().find(|l| l.starts_with("Budget: "))
}

#[tokio::test]
async fn the_result_and_the_report_check_the_budget_and_name_every_answer() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    // A budget no option can meet.
    set_budget(&b, "1,000").await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["annual_budget"] == 1000.0
    })
    .await;
    take_quiz(&b).await;
    let leader = headline(&b).await;
    let text = b.page_text().await;
    let line = budget_line(&text).unwrap_or_else(|| panic!("no budget line: {text}"));
    let name = leader.split(" fits best").next().unwrap_or_default();
    assert!(
        line.contains(&format!("{name} does not fit your yearly budget of $1k")),
        "{line}"
    );
    assert!(
        line.contains("No option left in the ranking fits it once settled"),
        "{line}"
    );
    // Every answer that moved anything is named, weekend cover included.
    b.wait_text("Your answers that counted").await;
    for said in [
        "You said the work is customer support",
        "You said you need longer days or weekends but not the whole night",
        "the cost model plans for 50 full-time people",
    ] {
        assert!(text.contains(said), "“{said}” missing:\n{text}");
    }
    let violations = b.axe_violations().await;
    assert!(
        violations.is_empty(),
        "axe-core:\n{}",
        violations.join("\n")
    );

    // The report says the same.
    b.link("Report").await.click().await.unwrap();
    // A heading of the reasons, after the one-page summary.
    b.wait_text("Your answers that counted").await;
    let report = b.page_text().await;
    assert!(
        report.contains(&format!("{name} does not fit your yearly budget of $1k")),
        "{report}"
    );
    assert!(
        report.contains("You said you need longer days or weekends"),
        "{report}"
    );

    // A budget everything meets: the leader fits.
    set_budget(&b, "500,000,000").await;
    b.link("Quiz").await.click().await.unwrap();
    b.wait_text(&format!("{name} fits your yearly budget of $500M"))
        .await;
    b.finish().await;
}

#[tokio::test]
async fn one_switch_chooses_the_cost_model_or_fixed_scores_for_the_economics() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=matrix", server.url()), Options::default()).await;
    b.wait_heading("Comparison matrix").await;
    let cell = "//tr[th[normalize-space(.)='Low labour & operating cost']]//button[contains(., ' Nearshore outsourcing:')]";
    let cell_text = || async {
        b.client
            .find(Locator::XPath(cell))
            .await
            .expect("the nearshore cost cell")
            .text()
            .await
            .unwrap()
    };
    let switch = b.field("Score the economics with my cost model").await;
    assert_eq!(
        switch.prop("checked").await.unwrap().as_deref(),
        Some("true")
    );
    assert!(
        cell_text().await.contains("from the cost model"),
        "{}",
        cell_text().await
    );
    b.click(&switch).await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["fixed_economics"] == true
    })
    .await;
    let fixed = cell_text().await;
    assert!(!fixed.contains("cost model"), "{fixed}");
    // The cell dialog says where the score comes from now.
    b.click(&b.client.find(Locator::XPath(cell)).await.unwrap())
        .await;
    b.wait_text("Where this score comes from: Fixed").await;
    b.press("Close").await;
    // The choice survives a reload, and switching back restores the model.
    b.reload().await;
    b.wait_heading("Comparison matrix").await;
    let switch = b.field("Score the economics with my cost model").await;
    assert_eq!(
        switch.prop("checked").await.unwrap().as_deref(),
        Some("false")
    );
    b.click(&switch).await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]
            .get("fixed_economics")
            .is_none()
    })
    .await;
    assert!(cell_text().await.contains("from the cost model"));
    b.finish().await;
}
