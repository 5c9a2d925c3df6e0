//! The Budget screen as a user works it: the budget slider moved with the
//! keyboard changes the fit markers, bad typed values are refused with a
//! message and change nothing, every input survives a reload, and the view
//! (Assumptions panel open) is clean under axe-core.

use fantoccini::key::Key;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{open_budget, wait_for_saved};

/// The steady-state part of every option's budget-fit cell ("✓ Fits" or
/// "✗ Over"), in table order.
pub(crate) async fn fits(b: &Browser) -> Vec<String> {
    fits_when(b, "Once settled").await
}

/// One part of every option's budget-fit cell ("Year 1", "Worst year" or
/// "Once settled"), as the symbol and word after its label.
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
    assert_eq!(cell(&b, "Offshore outsourcing", 9).await, "0 FTE");
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
    let fte = cell(&b, "In-house", 9).await;
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
    b.type_into("Team size", "abc").await;
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

    b.type_into("Team size", "1000000000").await;
    b.wait_text("Team size must be between 0.5 and 10,000 FTE.")
        .await;
    assert_eq!(cell(&b, "In-house", 1).await, year1, "1e9 FTE was applied");

    b.type_into("Vendor margin", "500").await;
    b.wait_text("Vendor margin must be between 0 and 200 %.")
        .await;

    // Nothing bad reached the stored model.
    let saved = b
        .storage_get(crate::WORKSPACE_KEY)
        .await
        .unwrap_or_default();
    assert!(!saved.contains("1000000000"), "{saved}");

    // A good value clears the message and is applied.
    b.type_into("Team size", "40").await;
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
    b.type_into("Team size", "35").await;
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
    b.type_into("In-house salary per FTE", "65000").await;
    b.type_into("Vendor margin", "30").await;
    b.type_into("Horizon", "7").await;
    let share = b.field("Hybrid share moved out").await;
    let left: char = Key::Left.into();
    share.send_keys(&left.to_string().repeat(2)).await.unwrap();
    b.type_into("Budget amount", "2,500,000").await;
    // One assumption and one location figure.
    b.click(&b.wait_text("Assumptions: every other number").await)
        .await;
    b.type_into("Governance overhead, No overlap, worst case", "21")
        .await;
    b.type_into("Employer on-cost, Philippines", "9").await;
    wait_for_saved(&b, |v| {
        let s = &v["workspace"]["scenarios"][0];
        s["cost"]["governance"]["no_overlap"]["high"] == 21.0
            && s["location_edits"]["philippines"]["employer_oncost_pct"] == 9.0
            && s["cost"]["annual_budget"] == 2_500_000.0
    })
    .await;

    b.reload().await;
    b.wait_heading("Budget and cost model").await;
    assert_eq!(b.field_value("Team size").await, "35");
    assert_eq!(b.field_value("Currency").await, "EUR");
    assert_eq!(b.field_value("Home location").await, "germany");
    assert_eq!(b.field_value("Offshore location").await, "philippines");
    assert_eq!(b.field_value("In-house salary per FTE").await, "65,000");
    assert_eq!(b.field_value("Vendor margin").await, "30");
    assert_eq!(b.field_value("Horizon").await, "7");
    assert_eq!(b.field_value("Hybrid share moved out").await, "30");
    assert_eq!(b.field_value("Budget amount").await, "2,500,000");
    assert_eq!(b.field_value("Annual budget").await, "2500000");
    assert_eq!(
        b.field_value("Governance overhead, No overlap, worst case")
            .await,
        "21"
    );
    assert_eq!(b.field_value("Employer on-cost, Philippines").await, "9");
    assert!(b.page_text().await.contains("Total over 7 years"));
    assert!(b.page_text().await.contains("€"));

    // Edited assumptions and location figures are marked and reset.
    b.click(&b.wait_text("Assumptions: every other number").await)
        .await;
    assert!(b.page_text().await.contains("✎ Edited by you."));
    b.press("Reset governance overhead").await;
    assert_eq!(
        b.field_value("Governance overhead, No overlap, worst case")
            .await,
        "18"
    );
    b.press("Reset Philippines figures").await;
    assert_ne!(b.field_value("Employer on-cost, Philippines").await, "9");
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
    b.type_into("Team size", "abc").await;
    b.wait_text("Team size must be a number.").await;
    let violations = b.axe_violations().await;
    assert!(
        violations.is_empty(),
        "axe-core on the budget view:\n{}",
        violations.join("\n")
    );
    b.finish().await;
}

/// What the chart on screen draws (the frame the stylesheet shows at this
/// width; the others are `display: none`), with the boxes of its parts.
const CHART_FACTS: &str = r#"
const layers = [...document.querySelectorAll('svg.cost-chart')].filter(s => s.getClientRects().length > 0);
const images = layers.filter(s => s.getAttribute('role') === 'img');
const svg = images[0];
if (!svg) return { shown: 0 };
const all = sel => layers.flatMap(l => [...l.querySelectorAll(sel)]);
const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
const options = sel => all(sel).map(p => p.dataset.option);
const rgb = c => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
const lum = c => { const v = rgb(c).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); }); return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
const bg = getComputedStyle(svg.closest('.card')).backgroundColor;
const contrast = e => { const a = lum(getComputedStyle(e).fill), b = lum(bg); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
const texts = all('text');
return {
  shown: images.length,
  width: document.documentElement.clientWidth,
  layers: layers.map(l => l.getAttribute('class')),
  frame: svg.getAttribute('class'),
  text_px: Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale)),
  min_contrast: Math.min(...texts.map(contrast)),
  background_luminance: lum(bg),
  bands: options('path.band'),
  lines: options('path.line'),
  focus: options('path.line.focus'),
  labels: all('text.end-label').map(t => ({ option: t.dataset.option, text: t.textContent, box: box(t) })),
  drawn: all('path.line, path.mark, path.budget-line, circle.even').map(box),
  svg: box(svg),
  sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
};
"#;

async fn chart_facts(b: &Browser) -> serde_json::Value {
    let facts = b.script(CHART_FACTS, vec![]).await;
    assert_eq!(facts["shown"], 1, "exactly one chart frame shows: {facts}");
    // The drawing and, on it, the overlay of the budget line and labels.
    let layers = strings(&facts["layers"]);
    assert_eq!(layers.len(), 2, "{facts}");
    assert_eq!(
        layers[0], layers[1],
        "the two layers are one frame: {facts}"
    );
    facts
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|s| s.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn rect(v: &serde_json::Value) -> [f64; 4] {
    let n = |i: usize| v[i].as_f64().unwrap_or(f64::NAN);
    [n(0), n(1), n(2), n(3)]
}

fn overlap(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// The line-end labels overlap neither each other nor any line, marker or
/// ring, and stay inside the chart.
fn assert_labels_clear(facts: &serde_json::Value) {
    let labels = facts["labels"].as_array().cloned().unwrap_or_default();
    assert!(!labels.is_empty(), "no labels: {facts}");
    let drawn: Vec<[f64; 4]> = facts["drawn"]
        .as_array()
        .map(|a| a.iter().map(rect).collect())
        .unwrap_or_default();
    let svg = rect(&facts["svg"]);
    for (i, l) in labels.iter().enumerate() {
        let a = rect(&l["box"]);
        assert!(a[2] > a[0] && a[3] > a[1], "label without a box: {l}");
        assert!(
            a[0] >= svg[0] && a[2] <= svg[2] + 0.5 && a[1] >= svg[1] && a[3] <= svg[3],
            "label {l} leaves the chart {svg:?}"
        );
        for m in &labels[i + 1..] {
            assert!(!overlap(a, rect(&m["box"])), "labels overlap: {l} and {m}");
        }
        for d in &drawn {
            assert!(!overlap(a, *d), "label {l} lies on a line {d:?}");
        }
    }
}

/// Whether the legend's "Range of …" button for an option is pressed.
async fn range_pressed(b: &Browser, option: &str) -> bool {
    b.button(&format!("Range of {option}"))
        .await
        .attr("aria-pressed")
        .await
        .unwrap()
        .as_deref()
        == Some("true")
}

#[tokio::test]
async fn the_legend_focuses_one_band_and_hides_lines_without_saving_either() {
    let (_server, b) = open_budget().await;
    let facts = chart_facts(&b).await;
    assert!(
        facts["frame"]
            .as_str()
            .unwrap_or_default()
            .contains("size-l"),
        "{facts}"
    );
    // One band, by default the option with the lowest total (nearshore with the defaults).
    assert_eq!(strings(&facts["bands"]), ["nearshore"], "{facts}");
    assert_eq!(strings(&facts["focus"]), ["nearshore"]);
    assert_eq!(strings(&facts["lines"]).len(), 6);
    assert!(range_pressed(&b, "Nearshore").await);
    // Six options and the budget, each labelled at its line's end.
    let labels: Vec<String> = facts["labels"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|l| l["text"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(labels.len(), 7, "{labels:?}");
    assert!(labels.contains(&"Budget".to_string()) && labels.contains(&"Offshore".to_string()));
    assert_labels_clear(&facts);
    assert!(
        facts["text_px"].as_f64().unwrap_or_default() >= 11.0,
        "{facts}"
    );

    // Choosing an option in the legend focuses it: still one band.
    b.press("Range of Offshore").await;
    let facts = chart_facts(&b).await;
    assert_eq!(strings(&facts["bands"]), ["offshore"], "{facts}");
    assert_eq!(strings(&facts["focus"]), ["offshore"]);
    assert!(range_pressed(&b, "Offshore").await);
    assert!(!range_pressed(&b, "Nearshore").await);

    // By keyboard: Tab from Captive's Range button reaches the Hybrid
    // checkbox; Space hides its line and label.
    b.press("Range of Captive").await;
    let tab: char = Key::Tab.into();
    let active = |b: &Browser| {
        let b = b.client.clone();
        async move { b.active_element().await.expect("an element has focus") }
    };
    active(&b).await.send_keys(&tab.to_string()).await.unwrap();
    let name = b
        .script(
            "const e = document.activeElement; return e.type + ' ' + e.closest('label').textContent.trim();",
            vec![],
        )
        .await;
    assert_eq!(name, "checkbox Hybrid");
    active(&b).await.send_keys(" ").await.unwrap();
    let facts = chart_facts(&b).await;
    let lines = strings(&facts["lines"]);
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert!(!lines.contains(&"hybrid".to_string()), "{lines:?}");
    assert!(facts["labels"]
        .as_array()
        .is_some_and(|a| a.iter().all(|l| l["option"] != "hybrid")));
    assert_eq!(strings(&facts["bands"]), ["captive"]);
    assert_labels_clear(&facts);
    // Tab on to its Range button; Enter shows the line again, in focus.
    active(&b).await.send_keys(&tab.to_string()).await.unwrap();
    let enter: char = Key::Enter.into();
    active(&b)
        .await
        .send_keys(&enter.to_string())
        .await
        .unwrap();
    assert!(range_pressed(&b, "Hybrid").await);
    let facts = chart_facts(&b).await;
    assert_eq!(strings(&facts["bands"]), ["hybrid"]);
    assert_eq!(strings(&facts["lines"]).len(), 6);

    // Choosing an option's name in the results table focuses it too.
    b.press("Captive offshore centre").await;
    assert!(range_pressed(&b, "Captive").await);
    let facts = chart_facts(&b).await;
    assert_eq!(strings(&facts["bands"]), ["captive"]);
    let row = b
        .script(
            "return document.querySelector('.results-wrap').dataset.focus",
            vec![],
        )
        .await;
    assert_eq!(row, "4");

    // Two options compared alone.
    for name in ["In-house", "Domestic", "Nearshore", "Hybrid"] {
        b.click(&b.field(name).await).await;
    }
    let facts = chart_facts(&b).await;
    assert_eq!(strings(&facts["lines"]), ["offshore", "captive"], "{facts}");
    assert_eq!(strings(&facts["bands"]), ["captive"]);
    assert_labels_clear(&facts);
    let violations = b.axe_violations().await;
    assert!(
        violations.is_empty(),
        "axe-core:\n{}",
        violations.join("\n")
    );

    // View state only: nothing of it is saved, a reload shows every line.
    let saved = b
        .storage_get(crate::WORKSPACE_KEY)
        .await
        .unwrap_or_default();
    assert!(
        !saved.contains("hidden") && !saved.contains("picked"),
        "{saved}"
    );
    b.reload().await;
    b.wait_heading("Budget and cost model").await;
    let facts = chart_facts(&b).await;
    assert_eq!(strings(&facts["lines"]).len(), 6);
    assert_eq!(strings(&facts["bands"]), ["nearshore"]);
    b.finish().await;
}

#[tokio::test]
async fn the_chart_reads_at_390_px_in_light_and_dark() {
    let server = StaticServer::start(&dist_dir());
    let phone = Options {
        width: 390,
        height: 844,
        ..Options::default()
    };
    let b = Browser::open(&format!("{}?view=budget", server.url()), phone).await;
    b.wait_heading("Budget and cost model").await;
    for dark in [false, true] {
        b.set_dark_mode(dark).await;
        let facts = chart_facts(&b).await;
        assert!(
            facts["frame"]
                .as_str()
                .unwrap_or_default()
                .contains("size-s"),
            "{facts}"
        );
        assert_eq!(
            facts["sideways"], false,
            "the page scrolls sideways at 390 px"
        );
        let px = facts["text_px"].as_f64().unwrap_or_default();
        assert!(px >= 10.0, "chart text is {px:.1} px at 390 px");
        let lum = facts["background_luminance"].as_f64().unwrap_or(0.5);
        assert_eq!(lum < 0.1, dark, "dark mode not applied: {facts}");
        let contrast = facts["min_contrast"].as_f64().unwrap_or_default();
        assert!(
            contrast >= 4.5,
            "chart text contrast {contrast:.2} (dark: {dark})"
        );
        assert_eq!(facts["labels"].as_array().map(Vec::len), Some(7));
        assert_labels_clear(&facts);
    }
    // The highest budget leaves the plot through the top: its label goes to
    // the top of the label column, still clear of every line.
    let end: char = Key::End.into();
    b.field("Annual budget")
        .await
        .send_keys(&end.to_string())
        .await
        .unwrap();
    let facts = chart_facts(&b).await;
    let labels = facts["labels"].as_array().cloned().unwrap_or_default();
    assert_eq!(labels.len(), 7);
    let top = labels
        .iter()
        .min_by(|a, b| rect(&a["box"])[1].total_cmp(&rect(&b["box"])[1]))
        .expect("labels");
    assert_eq!(top["option"], "budget", "{facts}");
    assert_labels_clear(&facts);
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
            "const s = [...document.querySelectorAll('svg.cost-chart')].find(s => s.getClientRects().length > 0); return [s.getAttribute('role'), s.getAttribute('aria-label'), s.querySelectorAll('path.line').length, s.getBoundingClientRect().width <= document.documentElement.clientWidth, document.documentElement.scrollWidth <= document.documentElement.clientWidth];",
            vec![],
        )
        .await;
    assert_eq!(facts[0], "img");
    let summary = facts[1].as_str().unwrap_or_default();
    assert!(summary.contains("Break-even"), "{summary}");
    assert!(
        summary.contains("best to worst case of Nearshore outsourcing"),
        "{summary}"
    );
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

#[tokio::test]
async fn the_results_table_reads_at_a_glance_and_its_words_are_explained() {
    let (_server, b) = open_budget().await;
    b.type_into("Team size", "60").await;
    b.wait_text("Per person per year, once settled").await;
    // Totals rounded for reading, a price per person, no negative savings.
    let total = cell(&b, "In-house", 4).await;
    assert!(
        total.starts_with('$') && total.ends_with('M'),
        "a rounded total: {total}"
    );
    let per_person = cell(&b, "In-house", 3).await;
    assert!(
        per_person.starts_with('$') && per_person.ends_with('k'),
        "a price per person: {per_person}"
    );
    // A domestic vendor costs more than in-house with the defaults.
    let against = cell(&b, "Domestic outsourcing", 5).await;
    assert!(
        against.starts_with("costs $") && against.ends_with("M more"),
        "{against}"
    );
    assert!(cell(&b, "Domestic outsourcing", 6)
        .await
        .ends_with("% more"));
    let table = b
        .script(
            "return document.querySelector('.results-table tbody').innerText",
            vec![],
        )
        .await;
    let table = table.as_str().unwrap_or_default();
    assert!(
        !table.contains("-$") && !table.contains("-1") && !table.contains('−'),
        "no negative figure in the table:\n{table}"
    );
    // The US on-cost says what it leaves out.
    b.wait_text("United States: payroll tax only").await;
    // The jargon links to a line each in Learn.
    b.click(
        &b.link("What FTE, on-cost, vendor margin, overhead, once settled and break-even mean")
            .await,
    )
    .await;
    b.wait_heading("Learn: outsourcing vs offshoring").await;
    b.wait_text("Words used in the figures").await;
    for term in [
        "FTE:",
        "Employer on-cost:",
        "Vendor margin:",
        "Once settled:",
        "CSR:",
    ] {
        b.wait_text(term).await;
    }
    b.finish().await;
}
