//! The decision quiz as a user takes it: the whole quiz with the keyboard
//! only (arrow keys choose, Enter moves on), the whole quiz in 14 clicks (a
//! click on an answer moves on by itself; Back and a new click do not skip
//! ahead), a half-finished quiz resumed after a reload, the result opened in
//! the matrix (same leader) and in the budget (team size and horizon),
//! "Start over" behind a confirmation, and axe-core on the question and
//! result screens.
//!
//! The answers are the golden cases of src/domain/recommend.rs: a small
//! startup handing its social media to a local agency ends with domestic
//! outsourcing on top.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::Locator;

use crate::support::browser::{Browser, Options};
use crate::support::dist_dir;
use crate::support::server::StaticServer;
use crate::wait_for_saved;

pub(crate) const QUESTIONS: usize = 14;

/// The small startup of the golden case, one entry per question in quiz
/// order: the answer's label, or `None` to skip the question.
pub(crate) const STARTUP: [Option<&str>; QUESTIONS] = [
    Some("Marketing or social media"),
    Some("No, it is supporting work"),
    None,
    Some("No, office hours are enough"),
    Some("We want to meet in person regularly"),
    None,
    None,
    None,
    None,
    None,
    Some("Very little: it must feel like working next door"),
    None,
    None,
    Some("1 to 5 people"),
];

/// The same startup with every question answered (the second golden case).
const STARTUP_FULL: [Option<&str>; QUESTIONS] = [
    Some("Marketing or social media"),
    Some("No, it is supporting work"),
    Some("Moderate: savings would be welcome"),
    Some("No, office hours are enough"),
    Some("We want to meet in person regularly"),
    Some("Light: no special rules apply"),
    Some("Yes, rare specialist skills"),
    Some("Fast: it may double within a year or two"),
    Some("Some ups and downs"),
    Some("Two to three years"),
    Some("Very little: it must feel like working next door"),
    Some("No, our market is at home"),
    Some("We could, with some effort"),
    Some("1 to 5 people"),
];

async fn open_quiz(options: Options, dark: bool) -> (StaticServer, Browser) {
    let server = StaticServer::start(&dist_dir());
    let b = Browser::start(options).await;
    b.set_dark_mode(dark).await;
    b.goto(&format!("{}?view=quiz", server.url())).await;
    b.wait_heading("Decision quiz").await;
    (server, b)
}

/// Presses one key on whatever has focus, as a keyboard user does.
pub(crate) async fn key(b: &Browser, k: Key) {
    let c: char = k.into();
    let press = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: c })
        .then(KeyAction::Up { value: c });
    b.client
        .perform_actions(press)
        .await
        .expect("key press failed");
}

/// Presses Shift+Tab.
async fn shift_tab(b: &Browser) {
    let shift: char = Key::Shift.into();
    let tab: char = Key::Tab.into();
    let press = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: shift })
        .then(KeyAction::Down { value: tab })
        .then(KeyAction::Up { value: tab })
        .then(KeyAction::Up { value: shift });
    b.client
        .perform_actions(press)
        .await
        .expect("key press failed");
}

/// The focused element: its role ("radio", "button", the tag name otherwise)
/// and its name (its label's text, or its own text).
pub(crate) async fn focused(b: &Browser) -> (String, String) {
    let v = b
        .script(
            "const e = document.activeElement;
             if (!e || e === document.body) return ['body', ''];
             const role = e.type === 'radio' ? 'radio' : e.tagName.toLowerCase();
             const label = e.labels && e.labels.length ? e.labels[0] : e;
             return [role, label.textContent.replace(/\\s+/g, ' ').trim()];",
            vec![],
        )
        .await;
    (
        v[0].as_str().unwrap_or_default().to_string(),
        v[1].as_str().unwrap_or_default().to_string(),
    )
}

/// Presses Tab until the control named `name` has focus.
pub(crate) async fn tab_to(b: &Browser, name: &str) {
    let mut seen = Vec::new();
    for _ in 0..40 {
        key(b, Key::Tab).await;
        let (role, text) = focused(b).await;
        if text == name {
            return;
        }
        seen.push(format!("{role} “{text}”"));
    }
    panic!("Tab never reached “{name}”; focus went through: {seen:?}");
}

/// The labels of the answers offered, in order.
pub(crate) async fn choice_labels(b: &Browser) -> Vec<String> {
    b.script(
        "return [...document.querySelectorAll('input[type=radio]')].map(i => i.labels[0].textContent.trim());",
        vec![],
    )
    .await
    .as_array()
    .map(|a| a.iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect())
    .unwrap_or_default()
}

/// The label of the checked answer, if any.
pub(crate) async fn checked_label(b: &Browser) -> Option<String> {
    b.script(
        "const i = document.querySelector('input[type=radio]:checked'); return i ? i.labels[0].textContent.trim() : null;",
        vec![],
    )
    .await
    .as_str()
    .map(String::from)
}

/// The question on screen, as its legend reads.
async fn prompt(b: &Browser) -> String {
    b.client
        .wait()
        .for_element(Locator::Css("fieldset legend"))
        .await
        .expect("no question on screen")
        .text()
        .await
        .expect("legend text")
}

/// Waits until the progress line reads "Question `at` of 14", and checks
/// that the progress bar agrees.
pub(crate) async fn wait_progress(b: &Browser, at: usize) {
    b.wait_text(&format!("Question {at} of {QUESTIONS}")).await;
    let bar = b
        .client
        .find(Locator::Css("progress"))
        .await
        .expect("no progress bar");
    assert_eq!(
        bar.attr("value").await.unwrap().as_deref(),
        Some(at.to_string().as_str())
    );
    assert_eq!(
        bar.attr("max").await.unwrap().as_deref(),
        Some(QUESTIONS.to_string().as_str())
    );
}

/// Waits until an element matching `css` has focus.
pub(crate) async fn wait_focus(b: &Browser, css: &str, what: &str) {
    for _ in 0..50 {
        let on = b
            .script(
                "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
                vec![css.into()],
            )
            .await;
        if on == true {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (role, text) = focused(b).await;
    panic!("{what} never got focus; focus is on {role} “{text}”");
}

/// Waits until the control named `name` has focus.
async fn wait_focus_on(b: &Browser, name: &str) {
    for _ in 0..50 {
        if focused(b).await.1 == name {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (role, text) = focused(b).await;
    panic!("“{name}” never got focus; focus is on {role} “{text}”");
}

/// Chooses `label` on question `at` (no answer chosen yet) with the
/// keyboard: Tab into the radio group, and the arrow keys to the answer
/// (Down then Up for the first one). Does not move on.
pub(crate) async fn choose_with_keyboard(b: &Browser, at: usize, label: &str) {
    wait_progress(b, at).await;
    wait_focus(b, "legend", &format!("question {at}")).await;
    let labels = choice_labels(b).await;
    let index = labels
        .iter()
        .position(|l| l == label)
        .unwrap_or_else(|| panic!("question {at} offers no “{label}”: {labels:?}"));
    key(b, Key::Tab).await;
    let (role, first) = focused(b).await;
    assert_eq!(
        (role.as_str(), first.as_str()),
        ("radio", labels[0].as_str()),
        "Tab from question {at} did not land on its first answer"
    );
    if index == 0 {
        // The arrow keys select without moving on (Space would move on).
        key(b, Key::Down).await;
        key(b, Key::Up).await;
    } else {
        for _ in 0..index {
            key(b, Key::Down).await;
        }
    }
    assert_eq!(
        checked_label(b).await.as_deref(),
        Some(label),
        "question {at}"
    );
}

/// Answers the question on screen with the keyboard: Tab into the radio
/// group, arrow keys to the answer, Enter to go on; or Tab to Skip and Enter.
pub(crate) async fn answer_with_keyboard(b: &Browser, at: usize, answer: Option<&str>) {
    match answer {
        Some(label) => {
            choose_with_keyboard(b, at, label).await;
            key(b, Key::Enter).await;
        }
        None => {
            wait_progress(b, at).await;
            wait_focus(b, "legend", &format!("question {at}")).await;
            tab_to(b, "Skip").await;
            key(b, Key::Enter).await;
        }
    }
}

/// Clicks the words of the answer `label`, as a person does (the click
/// reaches the radio through its label).
pub(crate) async fn click_answer(b: &Browser, label: &str) {
    let lit = if label.contains('\'') {
        format!("\"{label}\"")
    } else {
        format!("'{label}'")
    };
    let words = b
        .client
        .wait()
        .for_element(Locator::XPath(&format!(
            "//label[normalize-space(.)={lit}]/span"
        )))
        .await
        .unwrap_or_else(|e| panic!("no answer “{label}” on screen: {e}"));
    b.click(&words).await;
}

/// Counts the pointer presses on the page from now on (`pointer_presses`).
pub(crate) async fn count_pointer_presses(b: &Browser) {
    b.script(
        "window.__presses = 0;
         document.addEventListener('pointerdown', () => { window.__presses += 1; }, true);",
        vec![],
    )
    .await;
}

/// The pointer presses since `count_pointer_presses`.
pub(crate) async fn pointer_presses(b: &Browser) -> u64 {
    b.script("return window.__presses;", vec![])
        .await
        .as_u64()
        .expect("pointer presses are not being counted")
}

/// Answers every question from the first with the mouse: a click on the
/// answer moves on by itself; a skipped question takes a click on Skip.
async fn answer_with_mouse(b: &Browser, answers: &[Option<&str>]) {
    answer_with_mouse_at(b, 1, answers).await;
}

/// Answers questions `first`, `first` + 1, … with the mouse; after the
/// last question, waits for the result.
pub(crate) async fn answer_with_mouse_at(b: &Browser, first: usize, answers: &[Option<&str>]) {
    for (i, answer) in answers.iter().enumerate() {
        wait_progress(b, first + i).await;
        match answer {
            Some(label) => click_answer(b, label).await,
            None => b.press("Skip").await,
        }
    }
    if first + answers.len() > QUESTIONS {
        headline(b).await;
    }
}

/// Starts the quiz from its introduction with the mouse.
async fn start(b: &Browser) {
    b.press("Start the quiz (about 3 minutes)").await;
    wait_progress(b, 1).await;
}

/// The result's headline, once the result is on screen.
pub(crate) async fn headline(b: &Browser) -> String {
    b.client
        .wait()
        .for_element(Locator::Css("h2#result-heading"))
        .await
        .expect("no result on screen")
        .text()
        .await
        .expect("headline text")
}

/// The options in the result's ranking, best first.
pub(crate) async fn result_ranking(b: &Browser) -> Vec<String> {
    b.script(
        "return [...document.querySelectorAll('ol.result-ranking li span:first-child')].map(e => e.textContent);",
        vec![],
    )
    .await
    .as_array()
    .map(|a| a.iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect())
    .unwrap_or_default()
}

/// The options in the matrix's ranking, best first.
async fn matrix_ranking(b: &Browser) -> Vec<String> {
    b.script(
        "return [...document.querySelectorAll('ol[aria-label^=\"Options ranked\"] .rank-name')].map(e => e.textContent);",
        vec![],
    )
    .await
    .as_array()
    .map(|a| a.iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect())
    .unwrap_or_default()
}

pub(crate) fn quiz_of(v: &serde_json::Value) -> &serde_json::Value {
    &v["workspace"]["scenarios"][0]["quiz"]
}

#[tokio::test]
async fn the_whole_quiz_can_be_taken_with_the_keyboard_only() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    // From the top of the page, Tab to the start button and press Enter.
    tab_to(&b, "Start the quiz (about 3 minutes)").await;
    key(&b, Key::Enter).await;
    wait_progress(&b, 1).await;
    assert_eq!(
        prompt(&b).await,
        "Which function are you thinking of moving?"
    );
    // "Why we ask" links to the Learn guide.
    assert!(b.page_text().await.contains("Why we ask:"));
    b.link("Learn more").await;
    // Back is off on the first question.
    let back = b.button("Back").await;
    assert_eq!(
        back.prop("disabled").await.unwrap().as_deref(),
        Some("true")
    );

    for (i, answer) in STARTUP.iter().enumerate().take(4) {
        answer_with_keyboard(&b, i + 1, *answer).await;
    }
    // On question 5, go back to 4 with the keyboard: the answer is kept.
    wait_progress(&b, 5).await;
    wait_focus(&b, "legend", "question 5").await;
    tab_to(&b, "Back").await;
    key(&b, Key::Enter).await;
    wait_progress(&b, 4).await;
    assert_eq!(
        prompt(&b).await,
        "Does this work need to run outside normal office hours?"
    );
    assert_eq!(
        checked_label(&b).await.as_deref(),
        Some("No, office hours are enough")
    );
    // Tab goes to the chosen answer; Enter moves on again.
    wait_focus(&b, "legend", "question 4").await;
    key(&b, Key::Tab).await;
    assert_eq!(
        focused(&b).await,
        (
            "radio".to_string(),
            "No, office hours are enough".to_string()
        )
    );
    key(&b, Key::Enter).await;

    for (i, answer) in STARTUP.iter().enumerate().skip(4) {
        answer_with_keyboard(&b, i + 1, *answer).await;
    }
    let head = headline(&b).await;
    assert!(
        head.starts_with("Domestic outsourcing fits best"),
        "the startup golden case: {head}"
    );
    assert_eq!(result_ranking(&b).await[0], "Domestic outsourcing");
    let saved = wait_for_saved(&b, |v| quiz_of(v)["finished"] == true).await;
    let answers = quiz_of(&saved)["answers"].clone();
    assert_eq!(
        answers,
        serde_json::json!({
            "function": "marketing",
            "core_competency": "supporting",
            "coverage": "office_hours",
            "direct_control": "face_to_face",
            "friction": "low",
            "team_size": "up_to_5",
        }),
        "the answers saved are not the ones chosen with the keyboard"
    );
    // The result's buttons are reachable with the keyboard too.
    tab_to(&b, "Open in the matrix").await;
    key(&b, Key::Enter).await;
    b.wait_heading("Comparison matrix").await;
    b.finish().await;
}

/// The screen-reader line of the question card (a polite live region).
pub(crate) async fn announcement(b: &Browser) -> String {
    b.script(
        "const r = document.querySelector('.quiz-card [aria-live=polite]');
         return r ? r.textContent : null;",
        vec![],
    )
    .await
    .as_str()
    .expect("the question card has no polite live region")
    .to_string()
}

/// Waits three times the pause after which a click moves on, then checks
/// that question `at` is still on screen: nothing moved on by itself.
pub(crate) async fn still_at(b: &Browser, at: usize, why: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(900)).await;
    let line = b
        .script(
            "const p = document.querySelector('.quiz-progress'); return p ? p.textContent : null;",
            vec![],
        )
        .await;
    assert_eq!(
        line.as_str(),
        Some(format!("Question {at} of {QUESTIONS}").as_str()),
        "the quiz moved on by itself after {why}"
    );
}

#[tokio::test]
async fn fourteen_clicks_answer_the_fourteen_questions() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    start(&b).await;
    count_pointer_presses(&b).await;
    // When the first click lands, and when question 2 comes on screen.
    b.script(
        "window.__down = null; window.__moved = null;
         document.addEventListener('pointerdown', () => {
           if (window.__down === null) window.__down = performance.now();
         }, true);
         const line = document.querySelector('.quiz-progress');
         new MutationObserver(() => {
           if (window.__moved === null && line.textContent.startsWith('Question 2 of'))
             window.__moved = performance.now();
         }).observe(line, { childList: true, characterData: true, subtree: true });",
        vec![],
    )
    .await;
    for (i, answer) in STARTUP_FULL.iter().enumerate() {
        let at = i + 1;
        wait_progress(&b, at).await;
        if at > 1 {
            // The move is announced, and focus is on the new question as
            // after Next.
            wait_focus(&b, "legend", &format!("question {at}")).await;
            assert_eq!(
                announcement(&b).await,
                format!("Question {at} of {QUESTIONS}: {}", prompt(&b).await)
            );
        }
        let label = answer.expect("the full startup answers every question");
        click_answer(&b, label).await;
    }
    let head = headline(&b).await;
    assert!(
        head.starts_with("Domestic outsourcing fits best"),
        "the full startup golden case: {head}"
    );
    assert_eq!(
        pointer_presses(&b).await,
        QUESTIONS as u64,
        "14 answers took another number of clicks"
    );
    let saved = wait_for_saved(&b, |v| quiz_of(v)["finished"] == true).await;
    let answers = quiz_of(&saved)["answers"]
        .as_object()
        .map(|a| a.len())
        .unwrap_or_default();
    assert_eq!(answers, QUESTIONS, "{saved}");
    // The chosen answer stayed on screen for the pause before the move.
    let pause = b
        .script("return window.__moved - window.__down;", vec![])
        .await
        .as_f64()
        .expect("the move to question 2 was not seen");
    println!("first click to question 2 on screen: {pause:.0} ms");
    assert!(
        pause >= 250.0,
        "question 2 came {pause:.0} ms after the click: too soon to see the choice"
    );
    b.finish().await;
}

#[tokio::test]
async fn back_then_a_click_moves_on_again_and_skips_nothing() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    start(&b).await;
    answer_with_mouse(&b, &STARTUP_FULL[..3]).await;
    wait_progress(&b, 4).await;
    b.press("Back").await;
    wait_progress(&b, 3).await;
    assert_eq!(checked_label(&b).await.as_deref(), STARTUP_FULL[2]);
    still_at(&b, 3, "Back").await;
    // "Not sure" moves on like any other answer, one question and no more.
    click_answer(&b, "Not sure").await;
    wait_progress(&b, 4).await;
    assert_eq!(
        checked_label(&b).await,
        None,
        "question 4 was never answered"
    );
    still_at(&b, 4, "a click on question 3").await;
    // Back again, and a click on the answer already chosen moves on too.
    b.press("Back").await;
    wait_progress(&b, 3).await;
    assert_eq!(checked_label(&b).await.as_deref(), Some("Not sure"));
    click_answer(&b, "Not sure").await;
    wait_progress(&b, 4).await;
    still_at(&b, 4, "a click on the chosen answer").await;
    wait_for_saved(&b, |v| {
        let q = quiz_of(v);
        q["current"] == 3
            && q["answers"]["budget_pressure"] == "not_sure"
            && q["answers"]["core_competency"] == "supporting"
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn arrow_keys_choose_without_moving_on_and_space_confirms() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    start(&b).await;
    // The arrow keys select as they move, and stay on the question.
    choose_with_keyboard(&b, 1, "Marketing or social media").await;
    still_at(&b, 1, "arrow keys").await;
    wait_for_saved(&b, |v| {
        quiz_of(v)["current"] == 0 && quiz_of(v)["answers"]["function"] == "marketing"
    })
    .await;
    key(&b, Key::Enter).await;
    // Space on an answer chooses it and moves on, as Enter does.
    wait_progress(&b, 2).await;
    wait_focus(&b, "legend", "question 2").await;
    let labels = choice_labels(&b).await;
    key(&b, Key::Tab).await;
    key(&b, Key::Down).await;
    assert_eq!(checked_label(&b).await.as_deref(), Some(labels[1].as_str()));
    key(&b, Key::Space).await;
    wait_progress(&b, 3).await;
    wait_focus(&b, "legend", "question 3").await;
    assert_eq!(
        announcement(&b).await,
        format!("Question 3 of {QUESTIONS}: {}", prompt(&b).await),
        "Space's move is announced as well"
    );
    // Space moved once: still on question 3 a moment later, with question
    // 2's answer kept.
    still_at(&b, 3, "Space").await;
    wait_for_saved(&b, |v| {
        quiz_of(v)["current"] == 2
            && quiz_of(v)["answers"]
                .as_object()
                .is_some_and(|a| a.len() == 2)
    })
    .await;
    // Back shows the answer Space chose; Space on the first answer of a
    // fresh question takes it too.
    b.press("Back").await;
    wait_progress(&b, 2).await;
    assert_eq!(checked_label(&b).await.as_deref(), Some(labels[1].as_str()));
    b.press("Next").await;
    wait_progress(&b, 3).await;
    wait_focus(&b, "legend", "question 3").await;
    let third = choice_labels(&b).await;
    key(&b, Key::Tab).await;
    key(&b, Key::Space).await;
    wait_progress(&b, 4).await;
    b.press("Back").await;
    wait_progress(&b, 3).await;
    assert_eq!(checked_label(&b).await.as_deref(), Some(third[0].as_str()));
    b.finish().await;
}

#[tokio::test]
async fn a_half_finished_quiz_resumes_at_the_same_question_after_reload() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    start(&b).await;
    answer_with_mouse(&b, &STARTUP_FULL[..4]).await;
    wait_progress(&b, 5).await;
    // Pick an answer on question 5 without moving on (with the keyboard):
    // it is kept too.
    choose_with_keyboard(&b, 5, "We want to meet in person regularly").await;
    wait_for_saved(&b, |v| {
        quiz_of(v)["current"] == 4 && quiz_of(v)["answers"]["direct_control"] == "face_to_face"
    })
    .await;

    b.reload().await;
    b.wait_heading("Decision quiz").await;
    wait_progress(&b, 5).await;
    assert_eq!(
        prompt(&b).await,
        "How closely do you need to work with the people doing it?"
    );
    assert_eq!(
        checked_label(&b).await.as_deref(),
        Some("We want to meet in person regularly")
    );
    // The earlier answers are still there.
    b.press("Back").await;
    wait_progress(&b, 4).await;
    assert_eq!(
        checked_label(&b).await.as_deref(),
        Some("No, office hours are enough")
    );
    // Leaving for another screen and coming back also lands here.
    b.click(&b.link("Matrix").await).await;
    b.wait_heading("Comparison matrix").await;
    b.click(&b.link("Quiz").await).await;
    b.wait_heading("Decision quiz").await;
    wait_progress(&b, 4).await;
    b.finish().await;
}

#[tokio::test]
async fn open_in_the_matrix_shows_the_same_leader_as_the_result() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    start(&b).await;
    answer_with_mouse(&b, &STARTUP_FULL).await;
    let head = headline(&b).await;
    assert!(
        head.starts_with("Domestic outsourcing fits best"),
        "the full startup golden case: {head}"
    );
    let from_quiz = result_ranking(&b).await;
    assert_eq!(from_quiz.len(), 6, "{from_quiz:?}");
    b.press("Open in the matrix").await;
    b.wait_heading("Comparison matrix").await;
    let in_matrix = matrix_ranking(&b).await;
    assert_eq!(
        in_matrix.first(),
        from_quiz.first(),
        "the matrix leads with another option: matrix {in_matrix:?}, result {from_quiz:?}"
    );
    assert_eq!(in_matrix, from_quiz, "the rankings differ");
    // The weights are marked as coming from the quiz.
    assert!(
        b.page_text().await.contains("from quiz"),
        "no weight is marked as set by the quiz"
    );
    let saved = wait_for_saved(&b, |v| {
        !v["workspace"]["scenarios"][0]["quiz_weights"].is_null()
    })
    .await;
    let s = &saved["workspace"]["scenarios"][0];
    assert_eq!(s["weights"], s["quiz_weights"]);
    b.finish().await;
}

#[tokio::test]
async fn see_the_costs_applies_team_size_and_horizon_to_the_budget() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    // The budget starts from its own defaults.
    b.click(&b.link("Budget").await).await;
    b.wait_heading("Budget and cost model").await;
    assert_eq!(b.field_value("Team size").await, "20");
    assert_eq!(b.field_value("Horizon").await, "5");
    b.click(&b.link("Quiz").await).await;
    b.wait_heading("Decision quiz").await;
    start(&b).await;
    answer_with_mouse(&b, &STARTUP_FULL).await;
    headline(&b).await;
    b.press("See the costs").await;
    b.wait_heading("Budget and cost model").await;
    // "1 to 5 people" is 3 FTE; "Two to three years" is 3 years.
    assert_eq!(b.field_value("Team size").await, "3");
    assert_eq!(b.field_value("Horizon").await, "3");
    assert!(b.page_text().await.contains("Total over 3 years"));
    wait_for_saved(&b, |v| {
        let cost = &v["workspace"]["scenarios"][0]["cost"];
        cost["fte"] == 3.0 && cost["horizon_years"] == 3
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn start_over_asks_for_confirmation() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    start(&b).await;
    answer_with_mouse(&b, &STARTUP).await;
    headline(&b).await;
    wait_for_saved(&b, |v| quiz_of(v)["finished"] == true).await;
    // The result is still there after a reload.
    b.reload().await;
    b.wait_heading("Decision quiz").await;
    let head = headline(&b).await;
    assert!(head.starts_with("Domestic outsourcing fits best"), "{head}");

    b.press("Start over").await;
    b.wait_text("Clear all your answers and start the quiz again?")
        .await;
    let dialog = b
        .client
        .find(Locator::Css("[role=alertdialog]"))
        .await
        .expect("the confirmation is not a dialog");
    assert!(dialog.attr("aria-labelledby").await.unwrap().is_some());
    // Focus moves into the confirmation, on the safe choice.
    wait_focus(&b, "[role=alertdialog] button", "the confirmation").await;
    wait_focus_on(&b, "Cancel").await;
    // Cancel (Enter) keeps everything and puts focus back on "Start over".
    key(&b, Key::Enter).await;
    wait_focus_on(&b, "Start over").await;
    assert!(!b
        .page_text()
        .await
        .contains("Clear all your answers and start the quiz again?"));
    assert_eq!(headline(&b).await, head);
    let saved = b
        .storage_get(crate::WORKSPACE_KEY)
        .await
        .unwrap_or_default();
    assert!(saved.contains("\"face_to_face\""), "cancel cleared answers");

    // Confirming (Enter on "Start over", Shift+Tab to "Yes", Enter) clears
    // the answers and starts again at question 1, with focus on it.
    key(&b, Key::Enter).await;
    wait_focus_on(&b, "Cancel").await;
    shift_tab(&b).await;
    assert_eq!(focused(&b).await.1, "Yes, clear my answers");
    key(&b, Key::Enter).await;
    wait_progress(&b, 1).await;
    assert_eq!(checked_label(&b).await, None);
    wait_focus(&b, "legend", "question 1").await;
    wait_for_saved(&b, |v| {
        let q = quiz_of(v);
        q["answers"].as_object().is_some_and(|a| a.is_empty())
            && q["current"] == 0
            && q["finished"] == false
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn editing_an_answer_later_updates_the_result() {
    let (_server, b) = open_quiz(Options::default(), false).await;
    start(&b).await;
    answer_with_mouse(&b, &STARTUP).await;
    let before = result_ranking(&b).await;
    assert_eq!(before.len(), 6, "{before:?}");
    assert!(!b.page_text().await.contains("Ruled out by your answers"));
    b.press("Edit answers").await;
    wait_progress(&b, 1).await;
    wait_focus(&b, "legend", "question 1").await;
    // Every earlier answer is still chosen on the way through; a click on a
    // new answer moves on by itself, to the next question and no further.
    for (i, answer) in STARTUP.iter().enumerate() {
        wait_progress(&b, i + 1).await;
        assert_eq!(
            checked_label(&b).await.as_deref(),
            *answer,
            "question {}",
            i + 1
        );
        if i == 5 {
            assert_eq!(
                prompt(&b).await,
                "How strict are the rules on this work and its data?"
            );
            click_answer(&b, "The data must stay in our country").await;
            continue;
        }
        let next = if i + 1 == QUESTIONS {
            "See the result"
        } else {
            "Next"
        };
        b.press(next).await;
    }
    headline(&b).await;
    b.wait_text("Ruled out by your answers").await;
    let after = result_ranking(&b).await;
    assert_eq!(
        after.len(),
        2,
        "only the options at home stay in the running: {after:?}"
    );
    assert!(
        after
            .iter()
            .all(|o| o == "In-house" || o == "Domestic outsourcing"),
        "{after:?}"
    );
    b.finish().await;
}

/// axe-core on a question (with an answer chosen), on the result, and on the
/// result with the "Start over" confirmation open.
async fn check_quiz_screens(options: Options, dark: bool) {
    let (_server, b) = open_quiz(options, dark).await;
    let mut problems = Vec::new();
    for v in b.axe_violations().await {
        problems.push(format!("[intro] {v}"));
    }
    start(&b).await;
    choose_with_keyboard(&b, 1, "Marketing or social media").await;
    for v in b.axe_violations().await {
        problems.push(format!("[question] {v}"));
    }
    b.press("Next").await;
    answer_with_mouse_at(&b, 2, &STARTUP_FULL[1..]).await;
    headline(&b).await;
    for v in b.axe_violations().await {
        problems.push(format!("[result] {v}"));
    }
    b.press("Start over").await;
    b.wait_text("Clear all your answers and start the quiz again?")
        .await;
    for v in b.axe_violations().await {
        problems.push(format!("[start over] {v}"));
    }
    assert!(
        problems.is_empty(),
        "axe-core violations:\n{}",
        problems.join("\n")
    );
    // Nothing spills sideways at phone width.
    let fits = b
        .script(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;",
            vec![],
        )
        .await;
    assert_eq!(fits, true, "the result scrolls sideways");
    b.finish().await;
}

#[tokio::test]
async fn the_question_and_result_screens_pass_axe_in_light_mode() {
    check_quiz_screens(Options::default(), false).await;
}

#[tokio::test]
async fn the_question_and_result_screens_pass_axe_in_dark_mode_at_phone_width() {
    let phone = Options {
        width: 390,
        height: 844,
        ..Options::default()
    };
    check_quiz_screens(phone, true).await;
}
