//! The Learn guide: every topic is a section reachable from the contents,
//! by address, from the quiz's "Learn more" and from a matrix criterion;
//! the section opened is scrolled into view with its heading focused.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;

const HEADING: &str = "Learn: outsourcing vs offshoring";

/// Waits until the heading with this id has the focus and is on screen.
async fn wait_topic_shown(b: &Browser, id: &str) {
    let started = Instant::now();
    loop {
        let state = b
            .script(
                "const h = document.getElementById(arguments[0]);
                 if (!h) return 'missing';
                 const r = h.getBoundingClientRect();
                 const seen = r.top >= 0 && r.bottom <= window.innerHeight;
                 return (document.activeElement === h ? 'focused' : 'not focused') + (seen ? ', in view' : ', out of view');",
                vec![json!(id)],
            )
            .await;
        if state == "focused, in view" {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "section {id}: {state}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn assert_url_ends_with(b: &Browser, end: &str) {
    let url = b.current_url().await;
    assert!(url.ends_with(end), "{url} should end with {end}");
}

#[tokio::test]
async fn learn_more_in_the_quiz_opens_the_guide_at_the_questions_topic() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=quiz", server.url()), Options::default()).await;
    b.wait_heading("Decision quiz").await;
    b.press("Start the quiz (about 3 minutes)").await;
    b.wait_text("Question 1 of 14").await;
    // The first question asks which kind of work it is: the examples explain it.
    b.click(&b.link("Learn more").await).await;
    b.wait_heading(HEADING).await;
    wait_topic_shown(&b, "examples").await;
    assert_url_ends_with(&b, "?view=learn&topic=examples").await;
    // Back returns to the quiz.
    b.client.back().await.expect("back");
    b.wait_heading("Decision quiz").await;
    b.finish().await;
}

#[tokio::test]
async fn a_criterion_in_the_matrix_opens_the_topic_that_explains_it() {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::open(&format!("{}?view=matrix", server.url()), Options::default()).await;
    b.wait_heading("Comparison matrix").await;
    b.click(&b.link("24/7 coverage").await).await;
    b.wait_heading(HEADING).await;
    wait_topic_shown(&b, "why-offshore").await;
    assert_url_ends_with(&b, "?view=learn&topic=why-offshore").await;
    b.wait_text("Round-the-clock service:").await;
    b.finish().await;
}

#[tokio::test]
async fn the_contents_list_every_section_and_its_links_work() {
    let server = StaticServer::start(&dist_dir());
    // A deep link opens the guide at its section.
    let b = Browser::open(
        &format!("{}?view=learn&topic=outlook", server.url()),
        Options::default(),
    )
    .await;
    b.wait_heading(HEADING).await;
    wait_topic_shown(&b, "outlook").await;

    // One contents link per section, each pointing at its heading.
    let pairs = b
        .script(
            "const links = [...document.querySelectorAll('nav[aria-label=Contents] a')]
                 .map(a => new URL(a.href).searchParams.get('topic'));
             const heads = [...document.querySelectorAll('section > h2[id]')].map(h => h.id);
             return [links, heads];",
            vec![],
        )
        .await;
    let (links, heads) = (&pairs[0], &pairs[1]);
    assert!(heads.as_array().map_or(0, Vec::len) >= 10, "{heads}");
    assert_eq!(links, heads);

    // A contents link moves to its section in place and records it.
    b.click(&b.link("The challenges of outsourcing").await)
        .await;
    wait_topic_shown(&b, "challenges-outsourcing").await;
    assert_url_ends_with(&b, "?view=learn&topic=challenges-outsourcing").await;
    b.click(&b.link("What outsourcing means").await).await;
    wait_topic_shown(&b, "what-is-outsourcing").await;
    assert_url_ends_with(&b, "?view=learn&topic=what-is-outsourcing").await;

    // Another view drops the topic from the address.
    b.click(&b.link("Matrix").await).await;
    b.wait_heading("Comparison matrix").await;
    assert_url_ends_with(&b, "?view=matrix").await;

    // An unknown topic opens the guide at the top, without an error.
    b.goto(&format!("{}?view=learn&topic=nonsense", server.url()))
        .await;
    b.wait_heading(HEADING).await;
    b.link("Why companies offshore").await;
    b.finish().await;
}
