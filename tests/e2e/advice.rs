//! The advice meets the money (issue 16 item 3): the quiz result and the
//! report say whether the leading option fits the yearly budget, every
//! answer that moved the result is named, and one switch in the matrix
//! chooses between the cost model's economic scores and fixed ones.

use fantoccini::Locator;
use serde_json::json;

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

/// A compact amount as the tables show it ("$10.1M", "$950k") in dollars.
fn dollars(text: &str) -> Option<f64> {
    let t = text.trim().strip_prefix('$')?.replace(',', "");
    let (number, factor) = match t.chars().last()? {
        'M' => (&t[..t.len() - 1], 1e6),
        'k' => (&t[..t.len() - 1], 1e3),
        'B' => (&t[..t.len() - 1], 1e9),
        _ => (t.as_str(), 1.0),
    };
    number.parse::<f64>().ok().map(|n| n * factor)
}

/// Each option of the Budget table with the larger of its year-1 and
/// once-settled yearly cost: what a yearly budget must cover for it to fit
/// in both.
async fn yearly_need(b: &Browser) -> Vec<(String, f64)> {
    let table = b
        .script(
            "const t = document.querySelector('.results-table');
             if (!t) return null;
             const heads = [...t.querySelectorAll('thead th')].map(h => h.textContent.trim());
             const rows = [...t.querySelectorAll('tbody tr')].map(r => [...r.cells].map(c => c.textContent.trim()));
             return { heads, rows };",
            vec![],
        )
        .await;
    let heads: Vec<String> = serde_json::from_value(table["heads"].clone()).unwrap_or_default();
    let rows: Vec<Vec<String>> = serde_json::from_value(table["rows"].clone()).unwrap_or_default();
    let col = |name: &str| {
        heads
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column “{name}”: {heads:?}"))
    };
    let (y1, settled) = (col("Year 1"), col("Per year once settled"));
    rows.iter()
        .map(|r| {
            let need = |i: usize| {
                dollars(&r[i]).unwrap_or_else(|| panic!("not an amount: {:?} in {r:?}", r[i]))
            };
            (r[0].clone(), need(y1).max(need(settled)))
        })
        .collect()
}

/// The leader misses the budget while another option meets it: the result
/// and the report name the option that fits.
#[tokio::test]
async fn a_missed_budget_names_the_best_option_that_fits() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    b.type_into("Team size", "60").await;
    take_quiz(&b).await;
    let leader = headline(&b).await;
    let name = leader
        .split(" fits best")
        .next()
        .unwrap_or_default()
        .to_string();
    // The costs the quiz ranked: the Budget table with the quiz's inputs.
    b.press("See the costs").await;
    b.wait_heading("Budget and cost model").await;
    b.wait_text("Per year once settled").await;
    let need = yearly_need(&b).await;
    let leader_need = need
        .iter()
        .find(|(o, _)| *o == name)
        .unwrap_or_else(|| panic!("{name} is not in the table: {need:?}"))
        .1;
    let (cheapest, cheapest_need) = need
        .iter()
        .filter(|(o, _)| *o != name)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .cloned()
        .expect("other options");
    assert!(
        cheapest_need < 0.9 * leader_need,
        "no option is clearly cheaper than {name} ({leader_need}): {need:?}"
    );
    // Halfway between: the leader misses it, the cheapest meets it.
    let budget = ((cheapest_need + leader_need) / 2.0).round() as u64;
    set_budget(&b, &budget.to_string()).await;
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["cost"]["annual_budget"] == json!(budget as f64)
    })
    .await;
    b.link("Quiz").await.click().await.unwrap();
    let text = loop_until_budget_line(&b).await;
    // The leader misses it (in year 1, once settled or both).
    assert!(text.starts_with(&format!("Budget: {name} ")), "{text}");
    assert!(
        text.contains("not in year 1")
            || text.contains("not once settled")
            || text.contains("does not fit"),
        "{text}"
    );
    let named = text
        .split("The best-ranked option that fits in both is ")
        .nth(1)
        .and_then(|rest| rest.split(" (ranked").next())
        .unwrap_or_else(|| panic!("no option that fits is named: {text}"))
        .to_string();
    assert_ne!(named, name, "{text}");
    let named_need = need
        .iter()
        .find(|(o, _)| *o == named)
        .unwrap_or_else(|| panic!("{named} is not an option: {need:?}"))
        .1;
    assert!(
        named_need <= budget as f64 * 1.01,
        "{named} ({named_need}) does not fit {budget}; {cheapest} ({cheapest_need}) does"
    );
    // The report says the same, in its summary.
    b.link("Report").await.click().await.unwrap();
    b.wait_text("Cost of the top options").await;
    let report = b.page_text().await;
    assert!(
        report.contains(&format!(
            "The best-ranked option that fits in both is {named}"
        )),
        "{report}"
    );
    assert!(
        report.contains(&format!("the best-ranked option that fits is {named}")),
        "the summary's condition does not name {named}:\n{report}"
    );
    b.finish().await;
}

/// The result's budget line, once the result shows.
async fn loop_until_budget_line(b: &Browser) -> String {
    b.wait_text("Budget: ").await;
    let text = b.page_text().await;
    budget_line(&text)
        .unwrap_or_else(|| panic!("no budget line: {text}"))
        .to_string()
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
