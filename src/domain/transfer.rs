//! Export to a `.json` file and import back: the file format, the checks a
//! file must pass before anything changes, and the messages the user sees.
//!
//! A file is the same envelope as the stored workspace
//! (`{"schema":N,"saved_at":…,"workspace":{…}}`), holding either the whole
//! workspace or one scenario. Importing never replaces anything: the file's
//! scenarios are added beside the user's, under distinct names.
//!
//! The cheap checks come first, before any parsing: size (at most
//! [`MAX_FILE_BYTES`]), text encoding, and nesting depth (a byte scan, so a
//! file of ten thousand `[` never reaches the parser; serde_json would stop
//! at 128 levels anyway, this says so clearly and sooner).

use std::fmt;

use super::persist::{self, LoadError};
use super::scenario::{ScenarioError, ScenarioId, Workspace, MAX_SCENARIOS};

/// The largest file Shoreline reads: 1 MB (a full workspace is far smaller).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The deepest nesting of `[` and `{` a file may have; Shoreline's own files stay under 10.
pub const MAX_DEPTH: usize = 32;

/// Why a file was not imported.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge,
    NotText,
    TooDeep,
    Unreadable(LoadError),
    TooMany { have: usize, adding: usize },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge => write!(
                f,
                "the file is larger than 1 MB, far more than any Shoreline export, so it was not read"
            ),
            ImportError::NotText => write!(f, "it is not a text file"),
            ImportError::TooDeep => write!(
                f,
                "it is nested more than {MAX_DEPTH} levels deep, which no Shoreline export is"
            ),
            ImportError::Unreadable(e) => write!(f, "{e}"),
            ImportError::TooMany { have, adding } => write!(
                f,
                "it holds {adding} scenarios and you have {have}; a workspace holds at most {MAX_SCENARIOS}"
            ),
        }
    }
}

/// The message for a refused file: what is wrong, and that nothing changed.
pub fn failed_message(error: &ImportError) -> String {
    format!("This file was not imported: {error}. Nothing was changed.")
}

/// Refuses a file by its size alone, before it is read.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES {
        Err(ImportError::TooLarge)
    } else {
        Ok(())
    }
}

/// Whether JSON text nests `[`/`{` deeper than `max` (brackets inside
/// strings do not count). Linear, no allocation, never recursive.
pub fn nests_deeper_than(text: &[u8], max: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &byte in text {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// Reads a file's bytes into the workspace it holds, exactly as exported:
/// size, encoding and depth first, then the stored-format checks (schema,
/// migrations, shape, ranges).
pub fn read_file(bytes: &[u8]) -> Result<Workspace, ImportError> {
    check_size(bytes.len() as u64)?;
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    if nests_deeper_than(bytes, MAX_DEPTH) {
        return Err(ImportError::TooDeep);
    }
    persist::decode(text)
        .map(|loaded| loaded.workspace)
        .map_err(ImportError::Unreadable)
}

/// The user's workspace with a file's scenarios added.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub workspace: Workspace,
    /// The names the added scenarios got, in the file's order.
    pub names: Vec<String>,
}

/// Adds every scenario of `file` to `current` under fresh ids and distinct
/// names (never replacing one), and opens the one the file had open.
pub fn merge(current: &Workspace, file: &Workspace) -> Result<Imported, ImportError> {
    let too_many = ImportError::TooMany {
        have: current.scenarios.len(),
        adding: file.scenarios.len(),
    };
    if current.scenarios.len() + file.scenarios.len() > MAX_SCENARIOS {
        return Err(too_many);
    }
    let mut workspace = current.clone();
    let mut names = Vec::new();
    let mut open = None;
    for scenario in &file.scenarios {
        let id = workspace
            .add(scenario.clone())
            .map_err(|_: ScenarioError| too_many.clone())?;
        if scenario.id == file.active || open.is_none() {
            open = Some(id);
        }
        names.push(workspace.active().name.clone());
    }
    if let Some(id) = open {
        workspace.switch(id);
    }
    Ok(Imported { workspace, names })
}

/// Reads a file and adds its scenarios to `current`; `current` itself is never touched.
pub fn import(current: &Workspace, bytes: &[u8]) -> Result<Imported, ImportError> {
    merge(current, &read_file(bytes)?)
}

/// What the user is told after a successful import.
pub fn imported_message(names: &[String]) -> String {
    let list = names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ");
    let count = match names.len() {
        1 => "1 scenario".to_string(),
        n => format!("{n} scenarios"),
    };
    format!("Added {count} from the file: {list}. Nothing was replaced.")
}

/// The file text for the whole workspace.
pub fn export_workspace(workspace: &Workspace, saved_at: &str) -> String {
    persist::encode(workspace, saved_at)
}

/// The file text for one scenario (a workspace holding only it).
pub fn export_scenario(workspace: &Workspace, id: ScenarioId, saved_at: &str) -> Option<String> {
    let scenario = workspace.get(id)?.clone();
    let single = Workspace {
        next_id: scenario.id.0 + 1,
        active: scenario.id,
        scenarios: vec![scenario],
        last_view: workspace.last_view,
    };
    Some(persist::encode(&single, saved_at))
}

/// A file name such as `shoreline-payroll-2026-11-29.json`; `scenario` is
/// `None` for the whole workspace. `saved_at` is an ISO time.
pub fn file_name(scenario: Option<&str>, saved_at: &str) -> String {
    let mut slug = String::new();
    for c in scenario.unwrap_or("workspace").chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "scenario" } else { slug };
    let date: String = saved_at.chars().take(10).collect();
    format!("shoreline-{slug}-{date}.json")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::criteria::Criterion;
    use crate::domain::matrix::KnockOut;
    use crate::domain::options::SourcingOption;
    use crate::domain::scenario::{Scenario, MAX_NAME_CHARS};
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
        assert!(imported_message(&imported.names).contains("“Payroll (2)”"));
        assert!(imported_message(&imported.names).starts_with("Added 2 scenarios"));
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
            refuse(br#"{"schema":5,"saved_at":"t","workspace":{}}"#),
            ImportError::Unreadable(LoadError::NewerSchema { found: 5 })
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

    #[test]
    fn shoreline_files_nest_well_within_the_limit() {
        let stored = include_str!("../../tests/samples/schema-4.json");
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
            "[^\\x00-\\x1f]{1,80}".prop_filter("a name", |n| !n.trim().is_empty()),
            proptest::collection::vec(0u8..=10, Criterion::ALL.len()),
            proptest::collection::vec((0usize..6, 0usize..18, 1u8..=5), 0..6),
            any::<bool>(),
            (2u32..=40_000, 1u32..=10, 0u32..=100),
            proptest::option::of(proptest::collection::vec(0u8..=10, Criterion::ALL.len())),
        )
            .prop_map(
                |(name, weights, overrides, sort, (fte_cents, years, share), quiz)| {
                    let mut s = Scenario::new(ScenarioId(1), name);
                    for (c, w) in Criterion::ALL.into_iter().zip(weights) {
                        s.set_weight(c, w);
                    }
                    for (o, c, v) in overrides {
                        crate::domain::matrix::set_override(
                            &mut s.overrides,
                            SourcingOption::ALL[o],
                            Criterion::ALL[c],
                            v,
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
}
