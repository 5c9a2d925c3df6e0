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

use crate::domain::formats::persist::{self, LoadError};
use crate::domain::model::scenario::{ScenarioError, ScenarioId, Workspace, MAX_SCENARIOS};
use crate::domain::present::names::quoted;

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
            ImportError::NotText => write!(
                f,
                "it is not a Shoreline file (it holds binary data, not text)"
            ),
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
    read_file_from(bytes).map(|(workspace, _)| workspace)
}

/// [`read_file`], with the older format the file was upgraded from, if it was.
pub fn read_file_from(bytes: &[u8]) -> Result<(Workspace, Option<u32>), ImportError> {
    check_size(bytes.len() as u64)?;
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    // The browser reads any file as text (bytes that are not UTF-8 become
    // U+FFFD), so binary files are told by their control bytes, which JSON
    // text never holds raw (a PNG starts with 0x1A and 0x00, UTF-16 text
    // has a 0x00 in every ASCII character).
    if text
        .bytes()
        .any(|b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
    {
        return Err(ImportError::NotText);
    }
    if nests_deeper_than(bytes, MAX_DEPTH) {
        return Err(ImportError::TooDeep);
    }
    persist::decode(text)
        .map(|loaded| (loaded.workspace, loaded.migrated_from))
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
/// names (never replacing one), and opens the one the file had open
/// ([`Workspace::merge`], which `rules::change::Msg::Import` runs too).
pub fn merge(current: &Workspace, file: &Workspace) -> Result<Imported, ImportError> {
    let mut workspace = current.clone();
    let names = workspace
        .merge(file)
        .map_err(|_: ScenarioError| ImportError::TooMany {
            have: current.scenarios.len(),
            adding: file.scenarios.len(),
        })?;
    Ok(Imported { workspace, names })
}

/// Reads a file and adds its scenarios to `current`; `current` itself is never touched.
pub fn import(current: &Workspace, bytes: &[u8]) -> Result<Imported, ImportError> {
    merge(current, &read_file(bytes)?)
}

/// What the user is told after a successful import of a file upgraded
/// from format `from` (`None`: the current one), with the note that the
/// default figures were recalibrated since, where they were.
pub fn imported_message(names: &[String], from: Option<u32>) -> String {
    let list = names
        .iter()
        .map(|n| quoted(n))
        .collect::<Vec<_>>()
        .join(", ");
    let count = match names.len() {
        1 => "1 scenario".to_string(),
        n => format!("{n} scenarios"),
    };
    let note = from.map_or("", persist::recalibrated_note);
    format!("Added {count} from the file: {list}. Nothing was replaced.{note}")
}

/// The file text for the whole workspace.
pub fn export_workspace(workspace: &Workspace, saved_at: &str) -> String {
    persist::encode(workspace, saved_at)
}

/// The file text for one scenario (a workspace holding only it).
pub fn export_scenario(workspace: &Workspace, id: ScenarioId, saved_at: &str) -> Option<String> {
    let scenario = workspace.get(id)?.clone();
    let single = Workspace {
        next_id: scenario.id.0.saturating_add(1),
        active: scenario.id,
        scenarios: vec![scenario],
        number_format: workspace.number_format,
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
pub(crate) mod tests;
