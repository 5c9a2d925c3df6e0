//! Issue 16, "done when": the three people who tried Shoreline, each doing
//! a whole task from start to finish as they would: a COO who sends a
//! report on her 60-person support team, a German CFO who compares Poland
//! and India for 25 developers, and an IT manager who opens a colleague's
//! link on a phone and adds it.

use serde_json::json;

use crate::advice::take_quiz;
use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::{StaticServer, TempDir};
use crate::{downloaded, names, open_scenarios, wait_for_saved, wait_header_name};

/// The cells of the budget table's row for `option`, as shown.
async fn budget_row(b: &Browser, option: &str) -> Vec<String> {
    let cells = b
        .script(
            "const row = [...document.querySelectorAll('.results-table tbody tr')]
               .find(r => r.cells[0].textContent.trim() === arguments[0]);
             return row ? [...row.cells].map(c => c.textContent.trim()) : [];",
            vec![json!(option)],
        )
        .await;
    cells
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Whether the page scrolls sideways at its width.
async fn scrolls_sideways(b: &Browser) -> bool {
    b.script(
        "return document.scrollingElement.scrollWidth > window.innerWidth + 1;",
        vec![],
    )
    .await
    .as_bool()
    .unwrap_or(true)
}

/// The COO: her customer-support team of 60 people at $48,000, a yearly
/// budget of $3,000,000. She takes the quiz (weekend cover among her
/// answers), checks the result against the budget, looks at the costs and
/// sends the report as a Markdown file.
#[tokio::test]
async fn a_coo_takes_the_quiz_checks_the_budget_and_sends_the_report() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    // The fields' jargon is said in plain words beside them.
    let hints = b
        .script(
            "return [...document.querySelectorAll('.field')].map(f => [
               (f.querySelector('label') || {}).textContent,
               (f.querySelector('.hint') || {}).textContent || '']);",
            vec![],
        )
        .await;
    let hints: Vec<(String, String)> = serde_json::from_value(hints).unwrap_or_default();
    for (label, said) in [
        ("Team size", "FTE: full-time equivalent"),
        (
            "Employer on-cost",
            "Employer on-cost: what an employer must pay by law",
        ),
        ("Vendor margin", "Vendor margin: the vendor's profit"),
    ] {
        assert!(
            hints.iter().any(|(l, h)| l == label && h.starts_with(said)),
            "“{label}” has no plain words: {hints:?}"
        );
    }
    b.type_into("Team size", "60").await;
    b.type_into("In-house salary per FTE", "48,000").await;
    b.type_into("Budget amount", "3,000,000").await;
    b.wait_text("Annual budget $3,000,000").await;
    wait_for_saved(&b, |v| {
        let c = &v["workspace"]["scenarios"][0]["cost"];
        c["fte"] == 60.0 && c["salary_per_fte"] == 48_000.0 && c["annual_budget"] == 3_000_000.0
    })
    .await;

    // The quiz: its result says whether the leader meets the budget and
    // names the answers that counted, weekend cover included.
    take_quiz(&b).await;
    let result = b.page_text().await;
    let budget_line = result
        .lines()
        .find(|l| l.starts_with("Budget: "))
        .unwrap_or_else(|| panic!("the result has no budget line:\n{result}"));
    assert!(
        budget_line.contains("your yearly budget of $3"),
        "{budget_line}"
    );
    assert!(
        result.contains("You said you need longer days or weekends but not the whole night"),
        "the weekend answer is not named:\n{result}"
    );
    // Her 60 people lie inside "21 to 100": the quiz plans for her figure,
    // as the Budget screen does, not for the answer's 50.
    assert!(
        result.contains("plans for 60 full-time people, the team size on the Budget screen"),
        "the result does not plan for her 60 people:\n{result}"
    );
    assert!(!result.contains("plans for 50"), "{result}");

    // The costs: rounded, per person, and extra cost said in words.
    b.click(&b.link("Budget").await).await;
    b.wait_heading("Budget and cost model").await;
    b.wait_text("Per person per year, once settled").await;
    let in_house = budget_row(&b, "In-house").await;
    assert!(
        in_house
            .iter()
            .any(|c| c.starts_with('$') && c.ends_with('M')),
        "in-house totals are not rounded to millions: {in_house:?}"
    );
    let table = b
        .script(
            "return document.querySelector('.results-table').textContent;",
            vec![],
        )
        .await;
    let table = table.as_str().unwrap_or_default();
    assert!(
        !table.contains("-$"),
        "a saving is shown as a negative amount:\n{table}"
    );
    assert!(
        table.contains("saves $") || table.contains("more"),
        "no saving or extra cost in words:\n{table}"
    );

    // The report: the summary first, her own figures marked as hers.
    b.click(&b.link("Report").await).await;
    b.wait_heading("Report").await;
    b.wait_text("Cost of the top options").await;
    let report = b.page_text().await;
    for part in [
        "Summary",
        "Recommendation",
        "Choose ",
        "yearly budget of $3",
        "What would change the answer:",
        "your input",
    ] {
        assert!(report.contains(part), "the report lacks “{part}”");
    }
    assert!(
        report.contains("plans for 60 full-time people, the team size on the Budget screen")
            && !report.contains("plans for 50"),
        "the report does not plan for her 60 people:\n{report}"
    );
    // The assumptions: one table, its columns, each explanation once, and
    // her 60 people marked as hers without a word of "default".
    let table = b
        .script(
            "const t = [...document.querySelectorAll('.report table.assumptions-table')];
             const rows = t.length ? [...t[0].querySelectorAll('tbody tr')] : [];
             const team = rows.find(r => r.cells[0].textContent.startsWith('Team size'));
             return {
               tables: t.length,
               heads: t.length ? [...t[0].querySelectorAll('thead th')].map(h => h.textContent.trim()) : [],
               notes: rows.flatMap(r => [...r.querySelectorAll('td.note')].map(c => c.textContent.trim())),
               team: team ? [...team.cells].map(c => c.textContent.trim()) : [],
             };",
            vec![],
        )
        .await;
    assert_eq!(table["tables"], 1, "one assumptions table: {table}");
    assert_eq!(
        table["heads"],
        json!([
            "Assumption",
            "Value",
            "Best case",
            "Worst case",
            "Set by",
            "Explanation and source"
        ])
    );
    let notes: Vec<&str> = table["notes"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    assert!(notes.len() > 10, "{table}");
    for (i, n) in notes.iter().enumerate() {
        assert!(!notes[..i].contains(n), "an explanation given twice: {n}");
    }
    let team: Vec<&str> = table["team"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    assert!(
        team.len() >= 6 && team[1] == "60" && team.contains(&"your input"),
        "the team size row: {team:?}"
    );
    assert!(
        team.iter().all(|c| !c.to_lowercase().contains("default")),
        "her 60 people are called a default: {team:?}"
    );
    // The words the report uses are explained at its end.
    b.wait_text("Words used").await;
    for defined in [
        "FTE: full-time equivalent",
        "Employer on-cost: what an employer must pay",
    ] {
        assert!(
            report.contains(defined),
            "the report does not explain “{defined}”"
        );
    }
    let dir = TempDir::new("coo");
    b.cdp(
        "Page.setDownloadBehavior",
        json!({ "behavior": "allow", "downloadPath": dir.0.to_string_lossy() }),
    )
    .await;
    b.press("Download Markdown").await;
    let md = downloaded(&dir, "shoreline-my-sourcing-decision.md").await;
    for part in [
        "# Sourcing report: My sourcing decision",
        "Choose ",
        "yearly budget of $3",
        "longer days or weekends",
    ] {
        assert!(md.contains(part), "the sent report lacks “{part}”:\n{md}");
    }
    assert!(!md.contains("-$"), "a negative amount in the sent report");
    b.finish().await;
}

/// The CFO: a German browser, home in Berlin, 25 developers, Poland
/// against India. He types numbers the German way and reads the
/// comparison in euros.
#[tokio::test]
async fn a_german_cfo_compares_poland_and_india_in_euros() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(
        &format!("{}?view=budget", server.url()),
        Options {
            lang: "de-DE",
            ..Options::default()
        },
    )
    .await;
    b.wait_heading("Budget and cost model").await;
    b.field("Home location")
        .await
        .select_by_value("germany")
        .await
        .expect("Berlin as home");
    b.wait_text("Converted every amount from USD at 1 USD = 0,9341 EUR")
        .await;
    b.field("Function")
        .await
        .select_by_label("Software development")
        .await
        .expect("software development");
    b.field("Nearshore location")
        .await
        .select_by_value("poland")
        .await
        .expect("Poland as nearshore");
    b.field("Offshore location")
        .await
        .select_by_value("india")
        .await
        .expect("India as offshore");
    b.type_into("Team size", "25").await;
    // "12,5" is 12.5 in German, not 125.
    b.type_into("Vendor margin", "12,5").await;
    let saved = wait_for_saved(&b, |v| {
        let c = &v["workspace"]["scenarios"][0]["cost"];
        c["fte"] == 25.0 && c["vendor_margin_pct"] == 12.5 && c["currency"] == "EUR"
    })
    .await;
    assert_eq!(
        saved["workspace"]["scenarios"][0]["cost"]["home"],
        "germany"
    );

    // The comparison: both in euros, the German way, savings in words.
    for option in ["Nearshore outsourcing", "Offshore outsourcing"] {
        let row = budget_row(&b, option).await;
        assert!(!row.is_empty(), "no row for {option}");
        let money: Vec<&String> = row.iter().filter(|c| c.contains('€')).collect();
        assert!(
            money.len() >= 3,
            "{option}: too few amounts in euros: {row:?}"
        );
        for cell in &money {
            assert!(
                !cell.contains('$') && !cell.contains("-"),
                "{option}: {cell:?} is not a German amount in words"
            );
        }
        assert!(
            row.iter()
                .any(|c| c.starts_with("saves ") || c.ends_with(" more")),
            "{option}: no saving or extra cost in words: {row:?}"
        );
    }
    // Whole amounts are grouped with points.
    let budget = b.field_value("Budget amount").await;
    assert!(budget.contains('.') && !budget.contains(','), "{budget:?}");
    // The report states the currency it counts in.
    b.click(&b.link("Report").await).await;
    b.wait_heading("Report").await;
    b.wait_text("Costs (EUR)").await;
    // The places' pay, cited in US dollars, is given in euros too, with
    // the rate, as on the Budget screen.
    let pay = b
        .script(
            "const row = [...document.querySelectorAll('.places-table tr')]
               .find(r => r.cells[0].textContent.trim() === 'Developer pay median');
             return row ? [...row.cells].slice(1, -1).map(c => c.textContent.trim()) : [];",
            vec![],
        )
        .await;
    let pay: Vec<&str> = pay
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    assert!(pay.len() >= 3, "home, Poland and India: {pay:?}");
    for cell in &pay {
        assert!(
            cell.contains("USD per year")
                && cell
                    .contains("\u{a0}€ at 1 USD = 0,9341 EUR (ECB reference rates, 28 June 2024)"),
            "a place's pay is not converted into euros: {cell:?}"
        );
    }
    // The CSV he opens in a German spreadsheet: UTF-8 with a byte order
    // mark, semicolons between cells, so "1.234,5 €" stays one figure.
    let dir = TempDir::new("cfo");
    b.cdp(
        "Page.setDownloadBehavior",
        json!({ "behavior": "allow", "downloadPath": dir.0.to_string_lossy() }),
    )
    .await;
    b.press("Download CSV").await;
    let csv = downloaded(&dir, "shoreline-my-sourcing-decision.csv").await;
    let body = csv
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no byte order mark: {:?}", &csv[..20.min(csv.len())]));
    assert!(body.contains("Criterion;Weight;In-house;"), "{body}");
    let in_house = body
        .lines()
        .find(|l| l.starts_with("In-house;"))
        .unwrap_or_else(|| panic!("no in-house cost row:\n{body}"));
    let cells: Vec<&str> = in_house.split(';').collect();
    assert_eq!(cells.len(), 8, "{in_house}");
    assert!(
        cells[1].ends_with("\u{a0}€") && cells[1].contains('.') && !cells[1].contains('"'),
        "year 1 is not one German euro figure: {:?}",
        cells[1]
    );
    b.finish().await;
}

/// The IT manager: a colleague copies a link on a desktop; he opens it on
/// a phone, reloads before deciding (nothing is lost), adds it and looks
/// at its ranking, with nothing scrolling sideways.
#[tokio::test]
async fn an_it_manager_opens_a_colleagues_link_on_a_phone_and_adds_it() {
    let server = StaticServer::start(&dist_dir());
    let colleague = Browser::open(&server.url(), Options::default()).await;
    open_scenarios(&colleague).await;
    colleague.type_into("Name", "Service desk").await;
    colleague.press("Rename").await;
    colleague.wait_text("Renamed to “Service desk”.").await;
    colleague.press("Copy link").await;
    let link = colleague.field_value("Link to this scenario").await;
    assert!(link.contains("#share="), "not a share link: {link}");
    colleague.finish().await;

    let phone = Browser::open(
        &server.url(),
        Options {
            width: 390,
            height: 844,
            ..Options::default()
        },
    )
    .await;
    phone.goto(&link).await;
    let offer = "This link holds a shared scenario, “Service desk”.";
    phone.wait_text(offer).await;
    assert!(
        !scrolls_sideways(&phone).await,
        "the offer scrolls sideways"
    );
    phone.reload().await;
    phone.wait_text(offer).await;
    phone.press("Add to my scenarios").await;
    phone
        .wait_text("Added “Service desk” to your scenarios; it is open now.")
        .await;
    wait_header_name(&phone, "Service desk").await;
    wait_for_saved(&phone, |v| names(v).contains(&"Service desk".to_string())).await;
    phone.click(&phone.link("Matrix").await).await;
    phone.wait_heading("Comparison matrix").await;
    let leader = phone
        .script(
            "return document.querySelector('.rank-row .rank-name').textContent;",
            vec![],
        )
        .await;
    assert!(
        !leader.as_str().unwrap_or_default().is_empty(),
        "no ranking on the phone"
    );
    assert!(
        !scrolls_sideways(&phone).await,
        "the matrix page scrolls sideways on a phone"
    );
    phone.finish().await;
}
