//! Issue 15, item 2: on a 390 px touch screen every control offers at least
//! a 44 × 44 px target (the element, or the label that takes its tap), on
//! every view and in the quiz's question screen and the Scenarios dialog.
//! Links inside running text are exempt (WCAG 2.5.5's inline exception).

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::{open_scenarios, VIEWS};

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

#[tokio::test]
async fn every_control_is_a_44px_target_on_a_touch_phone() {
    let server = StaticServer::start(&dist_dir());
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
