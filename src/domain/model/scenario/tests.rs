//! Native tests of `model::scenario`.

use super::*;

#[test]
fn a_new_scenario_has_the_default_weights() {
    let s = Scenario::new(ScenarioId(7), "Payroll");
    for c in Criterion::ALL {
        assert_eq!(s.weight(c), c.default_weight());
    }
}

#[test]
fn weights_are_clamped() {
    let mut s = Scenario::new(ScenarioId(1), "x");
    s.set_weight(Criterion::Language, 200);
    assert_eq!(s.weight(Criterion::Language), MAX_WEIGHT);
}

#[test]
fn cost_scores_are_left_out_of_the_saved_text_while_empty() {
    let mut s = Scenario::new(ScenarioId(1), "Support");
    let text = serde_json::to_string(&s).unwrap();
    assert!(!text.contains("cost_scores"));
    s.cost_scores
        .entry(SourcingOption::Offshore)
        .or_default()
        .insert(Criterion::LabourCost, 4);
    let text = serde_json::to_string(&s).unwrap();
    assert!(
        text.contains(r#""cost_scores":{"offshore":{"labour_cost":4}}"#),
        "{text}"
    );
    let back: Scenario = serde_json::from_str(&text).unwrap();
    assert_eq!(back, s);
}

#[test]
fn the_default_workspace_opens_its_only_scenario() {
    let mut ws = Workspace::default();
    assert_eq!(ws.active().name, FIRST_SCENARIO_NAME);
    ws.active_mut().name = "Customer support".into();
    assert_eq!(ws.scenarios[0].name, "Customer support");
    assert!(ws.next_id > ws.active.0);
}

fn two() -> Workspace {
    let mut ws = Workspace::default();
    ws.create("Payroll", false).unwrap();
    ws
}

#[test]
fn create_blank_or_copy_and_open_it() {
    let mut ws = Workspace::default();
    ws.active_mut().set_weight(Criterion::Language, 9);
    let blank = ws.create("  Payroll ", false).unwrap();
    assert_eq!(ws.active, blank);
    assert_eq!(ws.active().name, "Payroll");
    assert_eq!(
        ws.active().weight(Criterion::Language),
        Criterion::Language.default_weight()
    );
    ws.switch(ScenarioId(1));
    let copy = ws.create("Support copy", true).unwrap();
    assert_eq!(ws.active().weight(Criterion::Language), 9);
    assert_eq!(ws.active().id, copy);
    assert!(ws.next_id > copy.0);
    ws.create("  ", false).unwrap();
    assert_eq!(ws.active().name, NEW_SCENARIO_NAME);
    ws.create("", true).unwrap();
    assert_eq!(ws.active().name, "New scenario (2)");
    assert_eq!(ws.rename(ws.active, " "), Err(ScenarioError::EmptyName));
    assert_eq!(
        ws.create(&"x".repeat(MAX_NAME_CHARS + 1), false),
        Err(ScenarioError::NameTooLong)
    );
}

#[test]
fn names_are_made_distinct() {
    let mut ws = two();
    assert_eq!(ws.distinct_name("Payroll"), "Payroll (2)");
    assert_eq!(ws.distinct_name("Legal"), "Legal");
    ws.duplicate(ws.active).unwrap();
    assert_eq!(ws.active().name, "Payroll (2)");
    ws.create("Payroll", false).unwrap();
    assert_eq!(ws.active().name, "Payroll (3)");
    let long = "y".repeat(MAX_NAME_CHARS);
    ws.create(&long, false).unwrap();
    let again = ws.distinct_name(&long);
    assert_eq!(again.chars().count(), MAX_NAME_CHARS);
    assert!(again.ends_with(" (2)"));
}

#[test]
fn rename_refuses_a_taken_name() {
    let mut ws = two();
    let payroll = ws.active;
    assert_eq!(
        ws.rename(payroll, FIRST_SCENARIO_NAME),
        Err(ScenarioError::NameTaken(FIRST_SCENARIO_NAME.into()))
    );
    ws.rename(payroll, " Salaries ").unwrap();
    assert_eq!(ws.active().name, "Salaries");
    ws.rename(payroll, "Salaries").unwrap();
    assert_eq!(ws.rename(ScenarioId(99), "x"), Err(ScenarioError::Missing));
}

#[test]
fn delete_opens_a_neighbour_and_keeps_the_last_one() {
    let mut ws = two();
    let payroll = ws.active;
    let gone = ws.delete(payroll).unwrap();
    assert_eq!(gone.name, "Payroll");
    assert_eq!(ws.active, ScenarioId(1));
    assert_eq!(ws.delete(ScenarioId(1)), Err(ScenarioError::LastOne));
    assert_eq!(ws.delete(payroll), Err(ScenarioError::Missing));
    assert!(!ws.switch(payroll));
}

#[test]
fn a_workspace_holds_at_most_the_limit() {
    let mut ws = Workspace::default();
    for i in 1..MAX_SCENARIOS {
        ws.create(&format!("s{i}"), false).unwrap();
    }
    assert_eq!(ws.create("one more", false), Err(ScenarioError::TooMany));
    assert_eq!(ws.duplicate(ws.active), Err(ScenarioError::TooMany));
}

/// Issue 13, defect 9: a right-to-left override (or any other control
/// character) in a name turned the message around it backwards.
#[test]
fn hidden_controls_are_taken_out_of_typed_names() {
    let rlo = "Invoice\u{202E}fdp.exe";
    assert_eq!(clean_name(rlo), Ok("Invoicefdp.exe".to_string()));
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{0}', '\u{7}', '\u{1B}',
        '\u{7F}', '\u{85}', '\u{9B}',
    ] {
        assert!(is_hidden_control(c), "{:04X}", c as u32);
        assert_eq!(
            clean_name(&format!("Pay{c}roll")),
            Ok(if c == '\u{85}' { "Pay roll" } else { "Payroll" }.to_string()),
            "{:04X}",
            c as u32
        );
    }
    // Line breaks and tabs become spaces; the ends are trimmed.
    assert_eq!(
        clean_name("\tCustomer\nsupport\r\n"),
        Ok("Customer support".into())
    );
    // Names written right to left, and emoji joined by a zero-width joiner, stay as they are.
    for name in ["שלום עולם", "دعم العملاء", "Team 👩\u{200D}💻"] {
        assert_eq!(clean_name(name), Ok(name.to_string()));
    }
    // Nothing but controls: refused with the empty-name message.
    assert_eq!(
        clean_name("\u{202E}\u{2066}"),
        Err(ScenarioError::EmptyName)
    );
    // The limit counts what is kept.
    let long = format!("{}{}", "x".repeat(MAX_NAME_CHARS), "\u{202E}".repeat(5));
    assert_eq!(clean_name(&long), Ok("x".repeat(MAX_NAME_CHARS)));
}

#[test]
fn rename_create_and_stored_names_follow_the_same_rule() {
    let mut w = Workspace::default();
    w.rename(w.active, "\u{202E}Payroll").unwrap();
    assert_eq!(w.active().name, "Payroll");
    w.create("Legal\u{200F}", false).unwrap();
    assert_eq!(w.active().name, "Legal");
    // Only controls: like an empty name, the default.
    w.create("\u{202E}", false).unwrap();
    assert_eq!(w.active().name, NEW_SCENARIO_NAME);
    w.scenarios[0].name = " Sales\u{202E} ".into();
    w.tidy_names();
    assert_eq!(w.scenarios[0].name, "Sales");
}

#[test]
fn a_weight_steps_by_one_and_stays_in_range() {
    let mut s = Scenario::new(ScenarioId(7), "Payroll");
    let c = Criterion::ALL[0];
    s.set_weight(c, 0);
    s.step_weight(c, false);
    assert_eq!(s.weight(c), 0);
    s.step_weight(c, true);
    assert_eq!(s.weight(c), 1);
    s.set_weight(c, MAX_WEIGHT);
    s.step_weight(c, true);
    assert_eq!(s.weight(c), MAX_WEIGHT);
    s.step_weight(c, false);
    assert_eq!(s.weight(c), MAX_WEIGHT - 1);
}
