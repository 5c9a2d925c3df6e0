//! Native tests of `formats::transfer`.

use super::*;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::ids::LocationId;
use crate::domain::model::location_edits::EditableFigure;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::scenario::{tidy_name, Scenario, MAX_NAME_CHARS};
use crate::domain::model::scores::KnockOut;
use proptest::prelude::*;

fn sample() -> Workspace {
    let mut ws = Workspace::default();
    ws.active_mut().name = "Customer support".into();
    ws.active_mut().set_weight(Criterion::Coverage247, 9);
    ws.create("Payroll", false).unwrap();
    ws.active_mut()
        .knockouts
        .insert(KnockOut::DataMustStayInCountry);
    ws.active_mut().cost.fte = 12.5;
    ws
}

#[test]
fn an_export_reads_back_exactly() {
    let ws = sample();
    let text = export_workspace(&ws, "2026-11-29T12:00:00.000Z");
    assert_eq!(read_file(text.as_bytes()), Ok(ws.clone()));
    let one = export_scenario(&ws, ScenarioId(2), "t").unwrap();
    let file = read_file(one.as_bytes()).unwrap();
    assert_eq!(file.scenarios, vec![ws.scenarios[1].clone()]);
    assert_eq!(export_scenario(&ws, ScenarioId(9), "t"), None);
}

#[test]
fn importing_adds_beside_never_over() {
    let ws = sample();
    let text = export_workspace(&ws, "t");
    let imported = import(&ws, text.as_bytes()).unwrap();
    assert_eq!(
        imported.names,
        vec!["Customer support (2)".to_string(), "Payroll (2)".into()]
    );
    let after = &imported.workspace;
    assert_eq!(after.scenarios.len(), 4);
    assert_eq!(&after.scenarios[..2], &ws.scenarios[..]);
    // The copy of the file's open scenario is opened, identical but for id and name.
    assert_eq!(after.active().name, "Payroll (2)");
    let copy = Scenario {
        id: ws.scenarios[1].id,
        name: ws.scenarios[1].name.clone(),
        ..after.active().clone()
    };
    assert_eq!(copy, ws.scenarios[1]);
    assert_eq!(persist::validate(after), Ok(()));
    assert!(imported_message(&imported.names, None).contains("“\u{2068}Payroll (2)\u{2069}”"));
    assert!(imported_message(&imported.names, None).starts_with("Added 2 scenarios"));
}

#[test]
fn bad_files_are_refused_with_their_reason() {
    let ws = Workspace::default();
    let refuse = |bytes: &[u8]| import(&ws, bytes).unwrap_err();
    assert_eq!(
        refuse(b"hello"),
        ImportError::Unreadable(LoadError::NotJson(
            "expected value at line 1 column 1".into()
        ))
    );
    assert!(matches!(
        refuse(b"{\"name\":\"x\"}"),
        ImportError::Unreadable(LoadError::NotAnEnvelope(_))
    ));
    assert!(matches!(
        refuse(br#"{"schema":4,"saved_at":"t","workspace":{"scenarios":7}}"#),
        ImportError::Unreadable(LoadError::WrongShape(_))
    ));
    assert_eq!(
        refuse(br#"{"schema":7,"saved_at":"t","workspace":{}}"#),
        ImportError::Unreadable(LoadError::NewerSchema { found: 7 })
    );
    assert_eq!(refuse(&[0xff, 0xfe, b'{']), ImportError::NotText);
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert_eq!(refuse(deep.as_bytes()), ImportError::TooDeep);
    let big = vec![b' '; MAX_FILE_BYTES as usize + 1];
    assert_eq!(refuse(&big), ImportError::TooLarge);
    assert_eq!(check_size(5 * 1024 * 1024), Err(ImportError::TooLarge));
    assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
    let mut hot = sample();
    hot.active_mut().cost.fte = -1.0;
    assert!(matches!(
        refuse(export_workspace(&hot, "t").as_bytes()),
        ImportError::Unreadable(LoadError::Invalid(_))
    ));
    let msg = failed_message(&ImportError::TooLarge);
    assert!(msg.contains("1 MB") && msg.ends_with("Nothing was changed."));
}

/// A file holding `scenarios` copies of the default scenario, each with
/// `edits` location edits named by `key` — the shape of the hostile file
/// issue 13 describes (95,000 `{}` entries, 977 KB).
fn file_with_location_edits(scenarios: u32, edits: usize, key: impl Fn(usize) -> String) -> String {
    let ws = plain_workspace(scenarios);
    let map: Vec<String> = (0..edits).map(|i| format!("\"{}\":{{}}", key(i))).collect();
    let map = format!("\"location_edits\":{{{}}}", map.join(","));
    export_workspace(&ws, "2026-11-29T12:00:00.000Z").replace("\"location_edits\":{}", &map)
}

/// A workspace of `scenarios` untouched scenarios.
fn plain_workspace(scenarios: u32) -> Workspace {
    let mut ws = Workspace::default();
    for i in 1..scenarios {
        ws.add(Scenario::new(ScenarioId(1), format!("s{i}")))
            .unwrap();
    }
    ws
}

/// Refuses `text`, quickly (the quadratic reading this guards against took
/// 42 s in the browser and minutes here), and returns the message.
fn refused_quickly(text: &str) -> String {
    assert!(text.len() as u64 <= MAX_FILE_BYTES, "{} bytes", text.len());
    let started = std::time::Instant::now();
    let err = import(&Workspace::default(), text.as_bytes()).unwrap_err();
    let took = started.elapsed();
    assert!(took < std::time::Duration::from_secs(5), "took {took:?}");
    failed_message(&err)
}

#[test]
fn a_file_of_95000_location_edits_is_refused_fast_with_a_clear_message() {
    // The file of the report: one scenario, 95,000 entries, 977 KB.
    let text = file_with_location_edits(1, 95_000, |i| format!("{i:x}"));
    assert!(text.len() > 900 * 1024);
    let message = refused_quickly(&text);
    assert!(
        message.starts_with("This file was not imported: its scenario number 1 holds ")
            && message.contains("KB of data, more than the 64 KB any Shoreline scenario needs"),
        "{message}"
    );
    // Spread over scenarios that each stay under the cap: the first unknown
    // location stops the reading.
    let text = file_with_location_edits(20, 4_000, |i| format!("{i:x}"));
    let message = refused_quickly(&text);
    assert!(
        message.contains("there is no location with the id “0”"),
        "{message}"
    );
    // Known locations repeated: one entry each once read, and an entry that
    // edits nothing is dropped, so the saved workspace is as small as before.
    let text = file_with_location_edits(20, 2_500, |i| {
        crate::domain::model::ids::LocationId::IDS[i % 21].to_string()
    });
    let started = std::time::Instant::now();
    let file = read_file(text.as_bytes()).expect("only known locations");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(file, plain_workspace(20));
}

#[test]
fn shoreline_files_nest_well_within_the_limit() {
    let stored = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-4.json"
    ));
    assert!(!nests_deeper_than(stored.as_bytes(), 9));
    assert!(!nests_deeper_than(
        export_workspace(&sample(), "t").as_bytes(),
        9
    ));
}

#[test]
fn brackets_in_strings_do_not_count_as_nesting() {
    assert!(!nests_deeper_than(br#"{"name":"[[[[[[[[\"{{{{{{{{{{"}"#, 2));
    assert!(nests_deeper_than(b"[[[", 2));
    assert!(!nests_deeper_than(b"[[]]", 2));
    let mut ws = sample();
    ws.active_mut().name = "[".repeat(MAX_NAME_CHARS);
    assert!(read_file(export_workspace(&ws, "t").as_bytes()).is_ok());
}

#[test]
fn an_import_that_would_overfill_the_workspace_is_refused() {
    let mut ws = Workspace::default();
    for i in 2..MAX_SCENARIOS {
        ws.create(&format!("s{i}"), false).unwrap();
    }
    let text = export_workspace(&sample(), "t");
    assert_eq!(
        import(&ws, text.as_bytes()),
        Err(ImportError::TooMany {
            have: MAX_SCENARIOS - 1,
            adding: 2
        })
    );
}

#[test]
fn hostile_names_come_through_as_text() {
    let mut ws = sample();
    ws.active_mut().name = "<img src=x onerror=alert(1)>".into();
    let text = export_workspace(&ws, "t");
    let imported = import(&Workspace::default(), text.as_bytes()).unwrap();
    assert_eq!(
        imported.workspace.active().name,
        "<img src=x onerror=alert(1)>"
    );
}

/// Issue 13, defect 9: a file's names are read under the typed names'
/// rule: bidi and other controls taken out, and a name of nothing else
/// refused with a message.
#[test]
fn controls_in_a_files_names_are_taken_out() {
    let mut ws = sample();
    ws.active_mut().name = "Invoice\u{202E}fdp.exe\u{2066}".into();
    let imported = import(&Workspace::default(), export_workspace(&ws, "t").as_bytes()).unwrap();
    assert_eq!(imported.workspace.active().name, "Invoicefdp.exe");
    let message = imported_message(&imported.names, None);
    assert_eq!(
        message,
        "Added 2 scenarios from the file: “\u{2068}Customer support\u{2069}”, “\u{2068}Invoicefdp.exe\u{2069}”. Nothing was replaced."
    );
    assert!(!message.contains('\u{202E}'));
    ws.active_mut().name = "\u{202E}\u{200F}".into();
    let refused = import(&Workspace::default(), export_workspace(&ws, "t").as_bytes());
    let Err(e) = refused else {
        panic!("a name of controls only was taken: {refused:?}");
    };
    assert!(e.to_string().contains("has an empty name"), "{e}");
}

#[test]
fn file_names_are_tame() {
    assert_eq!(
        file_name(None, "2026-11-29T12:00:00.000Z"),
        "shoreline-workspace-2026-11-29.json"
    );
    assert_eq!(
        file_name(Some("Customer support / EMEA"), "2026-11-29T1"),
        "shoreline-customer-support-emea-2026-11-29.json"
    );
    assert_eq!(
        file_name(Some("<>…"), "2026-11-29"),
        "shoreline-scenario-2026-11-29.json"
    );
}

/// A scenario with arbitrary (valid) edits, as a user could make them.
pub(crate) fn arb_scenario() -> impl Strategy<Value = Scenario> {
    (
        // Any text, tidied as every name is (no controls, trimmed).
        "[^\\x00-\\x1f]{1,80}"
            .prop_map(|n| tidy_name(&n))
            .prop_filter("a name", |n| !n.is_empty()),
        proptest::collection::vec(0u8..=10, Criterion::ALL.len()),
        proptest::collection::vec((0usize..6, 0usize..18, 1u8..=5), 0..6),
        any::<bool>(),
        (2u32..=40_000, 1u32..=10, 0u32..=100),
        proptest::option::of(proptest::collection::vec(0u8..=10, Criterion::ALL.len())),
        proptest::collection::vec((0usize..21, 0usize..5, 0.0f64..=1.0), 0..6),
    )
        .prop_map(
            |(name, weights, overrides, sort, (fte_cents, years, share), quiz, edits)| {
                let mut s = Scenario::new(ScenarioId(1), name);
                for (c, w) in Criterion::ALL.into_iter().zip(weights) {
                    s.set_weight(c, w);
                }
                for (o, c, v) in overrides {
                    crate::domain::rules::matrix::set_override(
                        &mut s.overrides,
                        SourcingOption::ALL[o],
                        Criterion::ALL[c],
                        v,
                        crate::domain::content::scores::default_score(
                            SourcingOption::ALL[o],
                            Criterion::ALL[c],
                        ),
                    );
                }
                s.sort_by_total = sort;
                if sort {
                    s.hidden.insert(SourcingOption::Hybrid);
                    s.knockouts.insert(KnockOut::DataMustStayInCountry);
                }
                s.cost.fte = f64::from(fte_cents) / 4.0;
                s.cost.horizon_years = years;
                s.cost.hybrid_share_pct = f64::from(share);
                s.quiz_weights = quiz.map(|q| Criterion::ALL.into_iter().zip(q).collect());
                for (location, figure, t) in edits {
                    let figure = EditableFigure::ALL[figure];
                    let (min, max) = figure.range();
                    // Whole numbers: serde_json reads other floats back to within one ulp.
                    let value = (min + t * (max - min)).round().clamp(min, max);
                    s.location_edits
                        .set(LocationId::ALL[location], figure, value)
                        .expect("in range");
                }
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Any bytes at all: an error or a valid workspace, never a panic.
    #[test]
    fn any_bytes_give_an_error_or_a_valid_workspace(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(imported) = import(&Workspace::default(), &bytes) {
            prop_assert_eq!(persist::validate(&imported.workspace), Ok(()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// A real export with bytes changed: still an error or a valid workspace.
    #[test]
    fn damaged_exports_give_an_error_or_a_valid_workspace(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = export_workspace(&sample(), "t").into_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        if let Ok(imported) = import(&Workspace::default(), &bytes) {
            prop_assert_eq!(persist::validate(&imported.workspace), Ok(()));
        }
    }

    /// Export then import gives back every scenario exactly.
    #[test]
    fn export_then_import_round_trips(scenarios in proptest::collection::vec(arb_scenario(), 1..5)) {
        let mut ws = Workspace::default();
        for s in scenarios {
            ws.add(s).unwrap();
        }
        let back = read_file(export_workspace(&ws, "2026-11-29T12:00:00.000Z").as_bytes());
        prop_assert_eq!(back.as_ref(), Ok(&ws));
        for s in &ws.scenarios {
            let one = export_scenario(&ws, s.id, "t").unwrap();
            let file = read_file(one.as_bytes()).unwrap();
            prop_assert_eq!(&file.scenarios[0], s);
        }
    }
}

/// Issue 13, defect 8: a file whose `next_id` sits at the top of its range
/// imports, and adds under ids of its own, without overflowing.
#[test]
fn ids_at_the_top_of_their_range_import_without_overflow() {
    let mut file = sample();
    for s in &mut file.scenarios {
        s.id = ScenarioId(u32::MAX - 1 - s.id.0);
    }
    file.active = file.scenarios[0].id;
    file.next_id = u32::MAX;
    let bytes = export_workspace(&file, "2026-11-29T10:00:00.000Z");
    let mut current = Workspace {
        next_id: u32::MAX,
        ..Workspace::default()
    };
    current.scenarios[0].id = ScenarioId(7);
    current.active = ScenarioId(7);
    let imported = import(&current, bytes.as_bytes()).expect("imports");
    assert_eq!(imported.names.len(), 2);
    assert_eq!(persist::validate(&imported.workspace), Ok(()));
    // Exporting one of them again cannot overflow either.
    let one = export_scenario(&file, file.active, "2026-11-29T10:00:00.000Z").expect("exists");
    assert!(read_file(one.as_bytes()).is_ok());
}

/// A file exported by an earlier version carries the screen it was on
/// (`last_view`): it imports as before, the key read past, and an export
/// of this version carries no screen.
#[test]
fn a_file_with_the_screen_of_an_earlier_version_imports() {
    let old = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-6.json"
    ));
    assert!(old.contains(r#""last_view":"matrix""#));
    let imported = import(&Workspace::default(), old.as_bytes()).expect("imports");
    assert_eq!(imported.names, ["Customer support", "Payroll"]);
    let text = export_workspace(&imported.workspace, "t");
    assert!(!text.contains("last_view"), "{text}");
    assert!(
        !export_scenario(&imported.workspace, imported.workspace.active, "t")
            .unwrap()
            .contains("last_view")
    );
}

#[test]
fn a_file_of_a_format_before_the_recalibration_says_so_when_imported() {
    let old = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/samples/schema-5.json"
    ));
    let (file, from) = read_file_from(old.as_bytes()).unwrap();
    assert_eq!(from, Some(5));
    let names: Vec<String> = file.scenarios.iter().map(|s| s.name.clone()).collect();
    let message = imported_message(&names, from);
    assert!(message.starts_with("Added "), "{message}");
    assert!(message.ends_with(persist::RECALIBRATED_NOTICE), "{message}");
    let current = export_workspace(&sample(), "2026-12-01T10:00:00.000Z");
    let (_, from) = read_file_from(current.as_bytes()).unwrap();
    assert_eq!(from, None);
    assert!(!imported_message(&names, from).contains("recalibrated"));
}

#[test]
fn a_binary_file_is_refused_as_not_a_shoreline_file() {
    let png: &[u8] = &[
        0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n', 0, 0, 0, 13, b'I', b'H', b'D', b'R',
    ];
    // As bytes, and as the browser reads it as text (U+FFFD for 0x89).
    let as_text = String::from_utf8_lossy(png).into_owned();
    let utf16: Vec<u8> = "{}".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    for bytes in [png, as_text.as_bytes(), &utf16] {
        let error = read_file(bytes).unwrap_err();
        assert_eq!(error, ImportError::NotText, "{bytes:?}");
        assert!(failed_message(&error).contains("it is not a Shoreline file"));
    }
    // Tabs, new lines and returns are text.
    let current = export_workspace(&sample(), "2026-12-01T10:00:00.000Z").replace('\n', "\r\n\t");
    assert!(read_file(current.as_bytes()).is_ok());
}
