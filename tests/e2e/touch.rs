//! Issue 15, item 2: on a 390 px touch screen every control offers at least
//! a 44 × 44 px target (the element, or the label that takes its tap), on
//! every view and in the quiz's question screen and the Scenarios dialog.
//! Links inside running text are exempt (WCAG 2.5.5's inline exception).

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{open_scenarios, wait_for_saved, VIEWS};

/// Every shown interactive element whose target is under 44 px either way.
const SMALL_TARGETS: &str = r#"
const small = [];
const seen = new Set();
// A modal dialog leaves only itself to tap.
const root = document.querySelector('dialog[open]') || document;
const controls = root.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])');
for (const el of controls) {
  if (seen.has(el)) continue;
  seen.add(el);
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  if ((box.width === 0 && box.height === 0) || style.visibility === 'hidden') continue;
  if (el.closest('dialog:not([open])')) continue;
  if (el.tagName === 'A') {
    const inText = [...el.parentElement.childNodes]
      .some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
    if (inText) continue;
  }
  let w = box.width, h = box.height;
  const label = el.closest('label') || (el.id && document.querySelector(`label[for="${el.id}"]`));
  if (label) {
    const lb = label.getBoundingClientRect();
    w = Math.max(w, lb.width);
    h = Math.max(h, lb.height);
  }
  if (w < 44 || h < 44) {
    const name = (el.getAttribute('aria-label') || el.textContent || el.value
      || (label && label.textContent) || el.id || '').trim().replace(/\s+/g, ' ').slice(0, 50);
    const kind = el.tagName.toLowerCase() + (el.type ? `[${el.type}]` : '');
    small.push(`${kind} “${name}” ${Math.round(w)}×${Math.round(h)}`);
  }
}
return small;
"#;

async fn small_targets(b: &Browser, place: &str, found: &mut Vec<String>) {
    let list = b.script(SMALL_TARGETS, vec![]).await;
    for item in list.as_array().expect("a list") {
        found.push(format!("[{place}] {}", item.as_str().unwrap_or_default()));
    }
}

/// A 390 px phone with a touch screen (a coarse pointer, no hover).
async fn touch_phone() -> Browser {
    let b = Browser::start(Options {
        width: 390,
        height: 844,
        ..Options::default()
    })
    .await;
    b.cdp(
        "Emulation.setTouchEmulationEnabled",
        serde_json::json!({ "enabled": true, "maxTouchPoints": 5 }),
    )
    .await;
    b.cdp(
        "Emulation.setEmulatedMedia",
        serde_json::json!({ "features": [
            { "name": "pointer", "value": "coarse" },
            { "name": "any-pointer", "value": "coarse" },
            { "name": "hover", "value": "none" },
        ] }),
    )
    .await;
    b
}

#[tokio::test]
async fn every_control_is_a_44px_target_on_a_touch_phone() {
    let server = StaticServer::start(&dist_dir());
    let b = touch_phone().await;
    b.goto(&server.url()).await;
    assert_eq!(
        b.script("return matchMedia('(pointer: coarse)').matches;", vec![])
            .await,
        true,
        "the page does not see a coarse pointer: the test would measure the desktop layout"
    );
    let mut found = Vec::new();
    for (_, id, heading) in VIEWS {
        b.goto(&format!("{}?view={id}", server.url())).await;
        b.wait_heading(heading).await;
        small_targets(&b, id, &mut found).await;
    }
    // The quiz's question screen (radios) and the Scenarios dialog.
    b.goto(&format!("{}?view=quiz", server.url())).await;
    b.press("Start the quiz (about 3 minutes)").await;
    b.wait_text("Question 1 of").await;
    small_targets(&b, "quiz question", &mut found).await;
    open_scenarios(&b).await;
    small_targets(&b, "scenarios dialog", &mut found).await;
    assert!(
        found.is_empty(),
        "{} targets under 44 px:\n{}",
        found.len(),
        found.join("\n")
    );
    b.finish().await;
}

/// The mini-ranking: a visual aid only (screen readers hear the ranking
/// panel's announcement), so it has no role or name to find it by.
async fn mini_ranking(b: &Browser) -> fantoccini::elements::Element {
    b.client
        .find(fantoccini::Locator::Css(".mini-ranking"))
        .await
        .expect("no mini-ranking on the matrix")
}

/// The weights on a touch phone: −/+ steps, sliders that leave vertical
/// swipes to the page, and the top two kept in view while a weight changes.
#[tokio::test]
async fn weights_step_with_buttons_and_the_top_two_stay_in_view() {
    let server = StaticServer::start(&dist_dir());
    let b = touch_phone().await;
    b.goto(&format!("{}?view=matrix", server.url())).await;
    b.wait_heading("Comparison matrix").await;
    let slider = b.field("Weight of Scalability").await;
    let value = || async { slider.prop("value").await.unwrap().unwrap_or_default() };
    let start: u8 = value().await.parse().unwrap();
    assert!(start >= 2, "the test needs room below {start}");
    assert_eq!(
        b.script(
            "return getComputedStyle(arguments[0]).touchAction;",
            vec![serde_json::to_value(&slider).unwrap()],
        )
        .await,
        "pan-y",
        "a vertical swipe on a slider would change it instead of scrolling"
    );
    assert!(
        !mini_ranking(&b).await.is_displayed().await.unwrap(),
        "the mini-ranking shows before any weight is touched"
    );
    b.press("Raise the weight of Scalability").await;
    assert_eq!(value().await, (start + 1).to_string());
    b.press("Lower the weight of Scalability").await;
    b.press("Lower the weight of Scalability").await;
    assert_eq!(value().await, (start - 1).to_string());
    let mini = mini_ranking(&b).await;
    assert!(
        mini.is_displayed().await.unwrap(),
        "the top two are not in view"
    );
    let text = mini.text().await.unwrap();
    assert!(
        text.starts_with("1. ") && text.contains(" · 2. ") && text.contains("ahead by"),
        "{text}"
    );
    // It sits inside the screen while the weights are far below the ranking.
    let inside = b
        .script(
            "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
            vec![serde_json::to_value(&mini).unwrap()],
        )
        .await;
    assert_eq!(inside, true, "the mini-ranking is off screen");
    wait_for_saved(&b, |v| {
        v["workspace"]["scenarios"][0]["weights"]["scalability"] == (start - 1)
    })
    .await;
    b.finish().await;
}
