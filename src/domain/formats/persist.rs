//! The stored format: a versioned envelope around the workspace, its
//! migrations and its validation.
//!
//! Stored text looks like `{"schema":1,"saved_at":"2026-11-29T12:00:00.000Z","workspace":{…}}`.
//! Reading never panics: anything we cannot read comes back as a `LoadError`
//! with a message for the user, and the caller keeps the raw text aside.

use std::fmt;

use crate::domain::model::json::{Json, Map};
use serde::Serialize;

use crate::domain::content::locations;
use crate::domain::model::criteria::MAX_WEIGHT;
use crate::domain::model::location_edits::{EditableFigure, LocationOverrides};
use crate::domain::model::quiz::{QuizState, QUESTION_COUNT};
use crate::domain::model::scenario::{Workspace, MAX_NAME_CHARS, MAX_SCENARIOS};
use crate::domain::model::scores::{Overrides, MAX_SCORE, MIN_SCORE};
use crate::domain::model::small::SmallSet;
use crate::domain::present::inputs::{figure_error, input_problem};
use crate::domain::present::numbers::NumberStyle;
use crate::domain::rules::sync::{Hold, Unsaved};

/// The schema this build writes.
///
/// History: 1 = scenarios with name and weights (foundation); 2 = adds the
/// matrix state per scenario (overrides, knock-outs, hidden options, column
/// order); 3 = adds the cost model inputs and location edits; 4 = adds the
/// quiz state and the weights taken over from the quiz; 5 = the calibrated
/// cost model (issue 12): costs follow locations, distance and the function.
pub const SCHEMA: u32 = 6;
/// The most one scenario's JSON may weigh, in bytes, in a stored save, a
/// file or a link. The heaviest scenario the app can make (an 80-character
/// name, every weight, cell and location figure edited, the whole quiz
/// answered) weighs about 14 KB, under a quarter of it (a native test builds
/// one), so a heavier one holds data Shoreline never writes: it is refused
/// before it is read into a scenario.
pub const MAX_SCENARIO_BYTES: usize = 64 * 1024;
/// The key every copy of Shoreline on one origin shared before each
/// installation got its own: read once by an installation with no save of
/// its own (see [`Keys`]), never written or deleted (a copy of an earlier
/// version at another path may still use it).
pub const SHARED_WORKSPACE_KEY: &str = "shoreline:v1:workspace";
/// The start of every key Shoreline writes.
const NAMESPACE: &str = "shoreline:v1:";

/// The localStorage keys of one installation (one base path on an origin):
/// two copies at `/tools/shoreline/` and `/tools/shoreline-next/` never
/// read or write each other's save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    /// The base path, as in the keys (`/tools/shoreline/`).
    pub path: String,
    /// The workspace, e.g. `shoreline:v1:workspace:/tools/shoreline/`.
    pub workspace: String,
    /// Backups start with this, then a time stamp.
    pub backup_prefix: String,
    /// Names the backup a closing page kept its unsaved changes in.
    pub closed_unsaved: String,
}

impl Keys {
    /// The keys of the installation whose page has this base URL
    /// (`document.baseURI`; the app's `<base href="./">` makes it the folder
    /// the app is served from).
    pub fn for_base(base_uri: &str) -> Self {
        let path = installation_path(base_uri);
        Keys {
            workspace: format!("{NAMESPACE}workspace:{path}"),
            backup_prefix: format!("{NAMESPACE}backup:{path}:"),
            closed_unsaved: format!("{NAMESPACE}closed-unsaved:{path}"),
            path,
        }
    }

    /// The key a backup taken at `stamp` (e.g. milliseconds since 1970) is kept under.
    pub fn backup(&self, stamp: u64) -> String {
        format!("{}{stamp}", self.backup_prefix)
    }
}

/// The path of a base URL up to its last `/`, without query or fragment
/// (`https://host/tools/shoreline/?view=quiz` -> `/tools/shoreline/`); a
/// colon in it is written `%3A`, so a key's parts never run together.
pub fn installation_path(base_uri: &str) -> String {
    let end = base_uri.find(['?', '#']).unwrap_or(base_uri.len());
    let url = &base_uri[..end];
    let path = match url.find("://") {
        Some(at) => {
            let rest = &url[at + 3..];
            rest.find('/').map_or("/", |slash| &rest[slash..])
        }
        None if url.starts_with('/') => url,
        None => "/",
    };
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let folder = if folder.is_empty() { "/" } else { folder };
    folder.replace(':', "%3A")
}

/// Among `(key, text)` pairs of storage, the backup (a key with `prefix`)
/// that already holds exactly `text`: a second identical copy is never written.
pub fn identical_backup<'a>(
    entries: impl IntoIterator<Item = (&'a str, &'a str)>,
    prefix: &str,
    text: &str,
) -> Option<&'a str> {
    entries
        .into_iter()
        .find(|(key, value)| key.starts_with(prefix) && *value == text)
        .map(|(key, _)| key)
}

/// One migration step: turns the workspace JSON of schema `n` into schema `n + 1`.
pub type Step = fn(Json) -> Result<Json, String>;

/// The chain of migrations: `MIGRATIONS[i]` upgrades schema `i + 1` to `i + 2`.
pub const MIGRATIONS: &[Step] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6];

/// Cost inputs schema 4 saved that the calibrated model no longer has: the
/// uncited vendor efficiency, the per-option delivery overhead, the share of
/// the dip left in year 2, and the per-option distance costs (now by
/// distance, under new names).
const REMOVED_COST_INPUTS: [&str; 7] = [
    "vendor_efficiency_pct",
    "delivery_overhead_pct",
    "dip_second_year_pct",
    "productivity_gap_pct",
    "governance_pct",
    "transition_pct",
    "dip_pct",
];

/// Schema 4 -> 5: the calibrated cost model. Removed cost inputs are
/// dropped; a value still at schema 4's default where the default changed
/// (vendor margin 25 %, wage inflation abroad) is dropped too, so it takes
/// the new default; everything the user typed, the answers and the
/// overrides stay.
fn v4_to_v5(mut workspace: Json) -> Result<Json, String> {
    let old_inflation = Json::object([
        ("nearshore", range([5.0, 3.0, 8.0])),
        ("offshore", range([6.0, 4.0, 10.0])),
        ("captive", range([6.0, 4.0, 10.0])),
    ]);
    // Anything not shaped like scenarios is left for the reader to refuse
    // with its own message.
    let scenarios = workspace
        .get_mut("scenarios")
        .and_then(Json::as_array_mut)
        .into_iter()
        .flatten();
    for scenario in scenarios {
        let Some(cost) = scenario.get_mut("cost").and_then(Json::as_object_mut) else {
            continue;
        };
        for key in REMOVED_COST_INPUTS {
            cost.remove(key);
        }
        if cost.get("vendor_margin_pct").and_then(Json::as_f64) == Some(25.0) {
            cost.remove("vendor_margin_pct");
        }
        if cost.get("target_inflation_pct") == Some(&old_inflation) {
            cost.remove("target_inflation_pct");
        }
    }
    Ok(workspace)
}

/// The same-hours values of schema 5's distance costs that schema 6
/// recalibrated: (cost input, old default, new default). A team abroad at
/// your working hours now keeps most of the cited ramp-up dip and the
/// distance-free part of the transition, and its onsite share lies within
/// the two vendor-published figures.
const RECALIBRATED_SAME_HOURS: [(&str, [f64; 3], [f64; 3]); 3] = [
    ("onsite_share_pct", [8.0, 5.0, 12.0], [12.0, 8.0, 20.0]),
    ("dip", [10.0, 5.0, 20.0], [15.0, 10.0, 20.0]),
    ("transition", [20.0, 10.0, 35.0], [40.0, 25.0, 60.0]),
];

/// Schema 5 -> 6: the matrix's scores come from a score sheet (no stored
/// change) and three same-hours distance costs were recalibrated. A value
/// still at schema 5's default takes the new one; a value the user typed
/// stays. Answers and overrides are untouched (the old team-size answer
/// "over_100" is read as "101_to_300" by the quiz itself).
/// `{"value": …, "low": …, "high": …}`, as an uncertain input is stored.
fn range([value, low, high]: [f64; 3]) -> Json {
    Json::object([
        ("value", Json::float(value)),
        ("low", Json::float(low)),
        ("high", Json::float(high)),
    ])
}

fn v5_to_v6(mut workspace: Json) -> Result<Json, String> {
    let scenarios = workspace
        .get_mut("scenarios")
        .and_then(Json::as_array_mut)
        .into_iter()
        .flatten();
    for scenario in scenarios {
        let Some(cost) = scenario.get_mut("cost").and_then(Json::as_object_mut) else {
            continue;
        };
        for (key, old, new) in RECALIBRATED_SAME_HOURS {
            if let Some(slot) = cost.get_mut(key).and_then(|v| v.get_mut("same_hours")) {
                if *slot == range(old) {
                    *slot = range(new);
                }
            }
        }
    }
    Ok(workspace)
}

/// Schema 3 -> 4: every scenario gains an untouched quiz.
fn v3_to_v4(mut workspace: Json) -> Result<Json, String> {
    let quiz = untyped(&QuizState::default())?;
    for scenario in scenarios_mut(&mut workspace)? {
        scenario.or_insert_with("quiz", || quiz.clone());
        scenario.or_insert_with("quiz_weights", || Json::Null);
    }
    Ok(workspace)
}

/// Every scenario object in a workspace value, for migration steps.
fn scenarios_mut(workspace: &mut Json) -> Result<Vec<&mut Map>, String> {
    workspace
        .get_mut("scenarios")
        .and_then(Json::as_array_mut)
        .ok_or("no scenarios list")?
        .iter_mut()
        .map(|s| {
            s.as_object_mut()
                .ok_or_else(|| "a scenario is not an object".to_string())
        })
        .collect()
}

/// Schema 2 -> 3: every scenario gains the default cost inputs and no location edits.
fn v2_to_v3(mut workspace: Json) -> Result<Json, String> {
    let cost = untyped(&crate::domain::model::inputs::CostInputs::default())?;
    for scenario in scenarios_mut(&mut workspace)? {
        scenario.or_insert_with("cost", || cost.clone());
        scenario.or_insert_with("location_edits", || Json::Object(Map::new()));
    }
    Ok(workspace)
}

/// Schema 1 -> 2: every scenario gains empty matrix state.
fn v1_to_v2(mut workspace: Json) -> Result<Json, String> {
    let scenarios = workspace
        .get_mut("scenarios")
        .and_then(Json::as_array_mut)
        .ok_or("no scenarios list")?;
    for scenario in scenarios {
        let scenario = scenario
            .as_object_mut()
            .ok_or("a scenario is not an object")?;
        scenario.or_insert_with("overrides", || Json::Object(Map::new()));
        scenario.or_insert_with("knockouts", || Json::Array(Vec::new()));
        scenario.or_insert_with("hidden", || Json::Array(Vec::new()));
        scenario.or_insert_with("sort_by_total", || Json::Bool(false));
    }
    Ok(workspace)
}

/// The stored envelope around a workspace, ready to serialise.
#[derive(Serialize)]
pub struct EnvelopeOut<'a> {
    schema: u32,
    saved_at: &'a str,
    workspace: &'a Workspace,
}

/// The envelope that stores `workspace`, saved at `saved_at`.
pub fn envelope<'a>(workspace: &'a Workspace, saved_at: &'a str) -> EnvelopeOut<'a> {
    EnvelopeOut {
        schema: SCHEMA,
        saved_at,
        workspace,
    }
}

/// The stored text for a workspace.
pub fn encode(workspace: &Workspace, saved_at: &str) -> String {
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope(workspace, saved_at)).unwrap_or_default()
}

/// A workspace read back from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub workspace: Workspace,
    pub saved_at: String,
    /// The schema it was stored with, when that was older than `SCHEMA`.
    pub migrated_from: Option<u32>,
}

/// Why stored text could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Not JSON at all (or nested too deeply to read safely).
    NotJson(String),
    /// JSON, but not a Shoreline envelope.
    NotAnEnvelope(String),
    /// Written by a newer Shoreline than this one.
    NewerSchema { found: u32 },
    /// A migration step refused the data.
    MigrationFailed { from: u32, reason: String },
    /// The workspace inside has the wrong shape.
    WrongShape(String),
    /// The workspace has the right shape but impossible values.
    Invalid(ValidationError),
    /// The scenario at `position` (from 1) weighs more than [`MAX_SCENARIO_BYTES`].
    TooHeavy { position: usize, bytes: usize },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotJson(e) => write!(f, "it is not valid JSON ({e})"),
            LoadError::NotAnEnvelope(e) => write!(f, "it is not a Shoreline save ({e})"),
            LoadError::NewerSchema { found } => write!(
                f,
                "it was saved by a newer version of Shoreline (format {found}; this version reads up to {SCHEMA})"
            ),
            LoadError::MigrationFailed { from, reason } => {
                write!(f, "it could not be upgraded from format {from} ({reason})")
            }
            LoadError::WrongShape(e) => write!(f, "its contents have the wrong shape ({e})"),
            LoadError::Invalid(e) => write!(f, "it holds values out of range ({e})"),
            LoadError::TooHeavy { position, bytes } => write!(
                f,
                "its scenario number {position} holds {} KB of data, more than the {} KB any Shoreline scenario needs",
                bytes.div_ceil(1024),
                MAX_SCENARIO_BYTES / 1024
            ),
        }
    }
}

/// Reads stored text: parse, check the envelope, migrate, validate.
pub fn decode(raw: &str) -> Result<Loaded, LoadError> {
    // serde_json stops at 128 levels of nesting, so hostile input cannot
    // exhaust the stack.
    let value = Json::parse(raw).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let Json::Object(mut envelope) = value else {
        return Err(LoadError::NotAnEnvelope("expected an object".into()));
    };
    let schema = envelope
        .get("schema")
        .and_then(Json::as_u64)
        .ok_or_else(|| LoadError::NotAnEnvelope("no schema number".into()))?;
    let schema = u32::try_from(schema).map_err(|_| LoadError::NewerSchema { found: u32::MAX })?;
    if schema == 0 {
        return Err(LoadError::NotAnEnvelope("schema 0 does not exist".into()));
    }
    if schema > SCHEMA {
        return Err(LoadError::NewerSchema { found: schema });
    }
    let saved_at = match envelope.get("saved_at") {
        Some(Json::String(s)) if s.chars().count() <= 64 => s.clone(),
        _ => return Err(LoadError::NotAnEnvelope("no saved_at time".into())),
    };
    let workspace = envelope
        .remove("workspace")
        .ok_or_else(|| LoadError::NotAnEnvelope("no workspace".into()))?;
    let workspace = workspace_from_value(workspace, schema)?;
    Ok(Loaded {
        workspace,
        saved_at,
        migrated_from: (schema < SCHEMA).then_some(schema),
    })
}

/// A workspace from its JSON value stored with `schema` (at most `SCHEMA`):
/// migrated forward, read and validated.
pub fn workspace_from_value(workspace: Json, schema: u32) -> Result<Workspace, LoadError> {
    let workspace = run_chain(MIGRATIONS, workspace, schema)?;
    check_weight(&workspace)?;
    let mut workspace: Workspace = typed(&workspace).map_err(LoadError::WrongShape)?;
    workspace.tidy_names();
    validate(&workspace).map_err(LoadError::Invalid)?;
    Ok(workspace)
}

/// A JSON value read into a type, through its text: then serde's derived
/// code for the app's types exists once, for text, and the wasm carries
/// no reader of values into types. The error reads as serde's on a value
/// (without a line and column, which would point into the rewritten text).
pub(crate) fn typed<T: serde::de::DeserializeOwned>(value: &Json) -> Result<T, String> {
    serde_json::from_str(&value.to_text()).map_err(|e| {
        let message = e.to_string();
        let place = format!(" at line {} column {}", e.line(), e.column());
        match message.strip_suffix(&place) {
            Some(bare) => bare.to_string(),
            None => message,
        }
    })
}

/// A type as a JSON value, through its text (see [`typed`]).
fn untyped<T: Serialize>(value: &T) -> Result<Json, String> {
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    Json::parse(&text).map_err(|e| e.to_string())
}

/// Refuses a workspace value with more scenarios than a workspace holds, or
/// a scenario heavier than [`MAX_SCENARIO_BYTES`], before serde reads it.
/// Anything else wrong with its shape is left to serde.
fn check_weight(workspace: &Json) -> Result<(), LoadError> {
    let Some(scenarios) = workspace.get("scenarios").and_then(Json::as_array) else {
        return Ok(());
    };
    if scenarios.len() > MAX_SCENARIOS {
        return Err(LoadError::Invalid(ValidationError::TooManyScenarios(
            scenarios.len(),
        )));
    }
    for (index, scenario) in scenarios.iter().enumerate() {
        // The text serializer of values is in the bundle already (share links).
        let bytes = scenario.to_text().len();
        if bytes > MAX_SCENARIO_BYTES {
            return Err(LoadError::TooHeavy {
                position: index + 1,
                bytes,
            });
        }
    }
    Ok(())
}

/// Runs the steps that take a workspace from schema `from` to the end of `chain`.
pub fn run_chain(chain: &[Step], mut workspace: Json, from: u32) -> Result<Json, LoadError> {
    let first = from.saturating_sub(1) as usize;
    for (index, step) in chain.iter().enumerate().skip(first) {
        let schema = index as u32 + 1;
        workspace = step(workspace).map_err(|reason| LoadError::MigrationFailed {
            from: schema,
            reason,
        })?;
    }
    Ok(workspace)
}

/// A workspace value that serde accepted but that cannot be right.
#[derive(Clone, Debug, PartialEq)]
pub enum ValidationError {
    NoScenarios,
    TooManyScenarios(usize),
    DuplicateId(u32),
    IdNotBelowNext(u32),
    ActiveMissing(u32),
    EmptyName(u32),
    NameTooLong(u32),
    WeightTooHigh(u32, u8),
    BadOverride(u32, String),
    BadCost(u32, String),
    BadQuiz(u32, String),
    BadTime(u32, String),
    BadLocationEdit(u32, String),
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValidationError::NoScenarios => write!(f, "there are no scenarios"),
            ValidationError::TooManyScenarios(n) => {
                write!(f, "{n} scenarios, more than the {MAX_SCENARIOS} allowed")
            }
            ValidationError::DuplicateId(id) => write!(f, "two scenarios share the id {id}"),
            ValidationError::IdNotBelowNext(id) => {
                write!(f, "scenario id {id} is not below next_id")
            }
            ValidationError::ActiveMissing(id) => {
                write!(f, "the open scenario {id} does not exist")
            }
            ValidationError::EmptyName(id) => write!(f, "scenario {id} has an empty name"),
            ValidationError::NameTooLong(id) => {
                write!(
                    f,
                    "scenario {id} has a name over {MAX_NAME_CHARS} characters"
                )
            }
            ValidationError::WeightTooHigh(id, w) => {
                write!(f, "scenario {id} has a weight of {w}, above {MAX_WEIGHT}")
            }
            ValidationError::BadOverride(id, e)
            | ValidationError::BadCost(id, e)
            | ValidationError::BadQuiz(id, e)
            | ValidationError::BadTime(id, e)
            | ValidationError::BadLocationEdit(id, e) => {
                write!(f, "scenario {id}: {e}")
            }
        }
    }
}

/// Checks the rules serde cannot express.
pub fn validate(workspace: &Workspace) -> Result<(), ValidationError> {
    if workspace.scenarios.is_empty() {
        return Err(ValidationError::NoScenarios);
    }
    if workspace.scenarios.len() > MAX_SCENARIOS {
        return Err(ValidationError::TooManyScenarios(workspace.scenarios.len()));
    }
    let mut ids = SmallSet::new();
    for s in &workspace.scenarios {
        let id = s.id.0;
        if !ids.insert(id) {
            return Err(ValidationError::DuplicateId(id));
        }
        if id >= workspace.next_id {
            return Err(ValidationError::IdNotBelowNext(id));
        }
        if s.name.trim().is_empty() {
            return Err(ValidationError::EmptyName(id));
        }
        if s.name.chars().count() > MAX_NAME_CHARS {
            return Err(ValidationError::NameTooLong(id));
        }
        if let Some(w) = s.weights.values().find(|w| **w > MAX_WEIGHT) {
            return Err(ValidationError::WeightTooHigh(id, *w));
        }
        validate_overrides(&s.overrides).map_err(|e| ValidationError::BadOverride(id, e))?;
        validate_overrides(&s.cost_scores).map_err(|e| ValidationError::BadOverride(id, e))?;
        if let Some(problem) = s.cost.validate().first() {
            // About a stored file, before the page's number style is known: En.
            return Err(ValidationError::BadCost(
                id,
                input_problem(problem, NumberStyle::En),
            ));
        }
        validate_quiz(&s.quiz).map_err(|e| ValidationError::BadQuiz(id, e))?;
        validate_location_edits(&s.location_edits)
            .map_err(|e| ValidationError::BadLocationEdit(id, e))?;
        s.time
            .validate()
            .map_err(|e| ValidationError::BadTime(id, e))?;
        if let Some(w) = s
            .quiz_weights
            .as_ref()
            .and_then(|q| q.values().find(|w| **w > MAX_WEIGHT))
        {
            return Err(ValidationError::WeightTooHigh(id, *w));
        }
    }
    if !ids.contains(&workspace.active.0) {
        return Err(ValidationError::ActiveMissing(workspace.active.0));
    }
    Ok(())
}

/// What the user is told when their saved work could not be read and was set aside.
pub fn unreadable_notice(error: impl fmt::Display, backup_key: &str) -> String {
    format!(
        "Your saved work could not be opened: {error}. Nothing was deleted: the saved text is kept in this browser's storage under “{backup_key}” (Scenarios, then Backups on this device, to download or restore it). Shoreline has started a fresh workspace."
    )
}

/// What the user is told when the saved work could not be read and could not be set aside either.
pub fn unreadable_not_backed_up_notice(error: impl fmt::Display) -> String {
    format!(
        "Your saved work could not be opened: {error}. It could not be copied aside, so Shoreline will not overwrite it: your changes in this session are kept in memory only."
    )
}

/// What the user is told when this browser will not let Shoreline store anything.
pub fn storage_unavailable_notice(reason: &str) -> String {
    format!(
        "This browser is not letting Shoreline save anything here ({reason}). This happens in some private windows and in frames that block storage. Everything still works, but your changes are kept in memory only and will be gone when you close this page."
    )
}

/// What the user is told when a save fails because storage is full.
pub const QUOTA_NOTICE: &str = "This browser's storage for Shoreline is full, so your latest changes could not be saved. They are kept in memory while this page is open: export them to a file so nothing is lost, or free some space (for example by deleting old scenarios) to save again.";

/// What the user is told when the saved work comes from a newer Shoreline.
pub fn newer_schema_notice(error: impl fmt::Display, not_kept: Option<&str>) -> String {
    let copy = not_kept
        .map(|reason| format!(" No backup of it could be written ({reason})."))
        .unwrap_or_default();
    format!(
        "Your saved work could not be opened: {error}. It is left exactly as it is and this page will not save over it: your changes here are kept in memory only (export them to a file to keep them).{copy} Open the newer version of Shoreline to carry on with your saved work."
    )
}

/// What the user is told when an older save was upgraded; `backup_key` holds the original.
pub fn upgraded_notice(from: u32, backup_key: Option<&str>) -> String {
    let kept = backup_key
        .map(|k| format!(" The save as it was is kept under “{k}” (Scenarios, then Backups on this device, to download or restore it)."))
        .unwrap_or_default();
    format!("Your saved work was upgraded from an older version of Shoreline (format {from} to {SCHEMA}).{}{kept}", recalibrated_note(from))
}

/// Said once, when a save from before the calibrated model is upgraded.
pub const RECALIBRATED_NOTICE: &str = " The default costs and scores were recalibrated: figures you did not type yourself may differ from before; your answers, overrides and typed figures are kept.";

/// The note added to what the user is told about work of format `from`
/// (a save, a file, a link): [`RECALIBRATED_NOTICE`] before format 6, else nothing.
pub fn recalibrated_note(from: u32) -> &'static str {
    if from < 6 {
        RECALIBRATED_NOTICE
    } else {
        ""
    }
}

/// What the user is told when this page took over another tab's saved changes.
pub const OTHER_TAB_UPDATED_NOTICE: &str =
    "This page now shows the changes you saved in another tab.";

/// What the user is told when another tab saved while this page had unsaved changes.
pub const OTHER_TAB_CONFLICT_NOTICE: &str = "Another tab saved changes while this page had changes not yet saved. Nothing has been overwritten. Keep mine saves this page's version in place of the other tab's; Take theirs shows the other tab's version here instead of this page's changes.";

/// What the user is told when another tab saved something this version cannot read.
pub fn other_tab_unreadable_notice(error: impl fmt::Display) -> String {
    format!(
        "Another tab saved work that this page cannot read: {error}. This page stops saving so it cannot overwrite it; your changes here are kept in memory only (export them to a file to keep them)."
    )
}

/// Whether a storage error is the browser saying "full". Browsers use three names for it.
pub fn is_quota_error(name: &str, code: u16) -> bool {
    matches!(
        name,
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" | "QUOTA_EXCEEDED_ERR"
    ) || code == 22
        || code == 1014
}

/// Checks that every override is a score in 1..=5; used when importing data.
/// The error names the first bad cell in plain words.
pub fn validate_overrides(overrides: &Overrides) -> Result<(), String> {
    for (option, row) in overrides {
        for (criterion, value) in row {
            if !(MIN_SCORE..=MAX_SCORE).contains(value) {
                return Err(format!(
                    "The score for {} on \"{}\" is {}, but scores must be between {} and {}.",
                    option.name(),
                    criterion.name(),
                    value,
                    MIN_SCORE,
                    MAX_SCORE
                ));
            }
        }
    }
    Ok(())
}

/// Checks every edited location figure against its range. The keys need no
/// check: only preset locations can be read, at most one entry each.
pub fn validate_location_edits(edits: &LocationOverrides) -> Result<(), String> {
    for (id, edit) in &edits.edits {
        for figure in EditableFigure::ALL {
            if let Some(Err(e)) = edit.get(figure).map(|v| figure.validate(v)) {
                return Err(format!(
                    "the edited figures of {}: {}",
                    locations::get(*id).name,
                    figure_error(figure, e, NumberStyle::En)
                ));
            }
        }
    }
    Ok(())
}

/// Checks a quiz state read from a file or link: every answer must be one
/// its question offers, and the position must be in range. The error says
/// what is wrong in plain words.
pub fn validate_quiz(state: &QuizState) -> Result<(), String> {
    for (question, answer) in &state.answers {
        if !question.accepts(answer) {
            return Err(format!(
                "The saved answer \"{}\" is not one of the choices for the quiz question \"{}\".",
                answer,
                question.prompt()
            ));
        }
    }
    if state.current >= QUESTION_COUNT {
        return Err(format!(
            "The quiz was saved at question {}, but there are only {} questions.",
            state.current.saturating_add(1),
            QUESTION_COUNT
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;

/// What the user is told when an older save was upgraded but the save as it
/// was could not be copied aside (`reason`): it is not written over until
/// the work has been exported.
pub fn upgraded_not_kept_notice(from: u32, reason: &str) -> String {
    format!(
        "Your saved work was upgraded from an older version of Shoreline (format {from} to {SCHEMA}), but the save as it was could not be copied aside ({reason}). So that nothing is lost, Shoreline will not save over it until you have exported your work to a file: until then your changes are kept in memory only.{}",
        recalibrated_note(from)
    )
}

/// What the user is told when a save under the key all copies at this
/// address once shared was upgraded into this copy's own save.
pub fn upgraded_shared_notice(from: u32) -> String {
    format!(
        "Your saved work was upgraded from an older version of Shoreline (format {from} to {SCHEMA}). The save as it was is left unchanged under “{SHARED_WORKSPACE_KEY}”.{}",
        recalibrated_note(from)
    )
}

/// What the user is told when the save all copies at this address once
/// shared cannot be read: it is left alone and this copy starts afresh.
pub fn shared_unreadable_notice(error: impl fmt::Display) -> String {
    format!(
        "The work saved here by an earlier version of Shoreline could not be opened: {error}. It is left exactly as it is under “{SHARED_WORKSPACE_KEY}”. This copy of Shoreline has started a fresh workspace with a save of its own."
    )
}

/// What the user is told when a page closed with changes it could not save
/// (another tab had saved in the meantime, or the write failed) and kept
/// them under `backup_key`.
pub fn closed_unsaved_notice(backup_key: &str) -> String {
    format!(
        "A Shoreline page closed with changes it could not save (another tab had saved in the meantime, or storage refused the write). Nothing was overwritten and nothing was lost: those changes are kept in this browser's storage under “{backup_key}” (Scenarios, then Backups on this device, to download or restore it)."
    )
}

/// What the user is told when the last page in this tab unloaded with
/// changes that storage refused, kept only in the tab's session.
pub const CLOSED_UNSAVED_IN_TAB_NOTICE: &str = "When this page last closed, storage refused its latest changes. They are kept for this tab only: download them, then import the file when storage has room.";

/// What the update notice says before reloading when the work on this page
/// is not all saved.
pub fn update_unsaved_notice(reason: Unsaved) -> String {
    let why = match reason {
        Unsaved::Held(Hold::Blocked) => "this browser is not letting Shoreline save anything here",
        Unsaved::Held(Hold::Newer) => {
            "a newer version of Shoreline saved here, and this page does not save over it"
        }
        Unsaved::Held(Hold::UnreadableNotKept) => {
            "the saved work could not be opened or copied aside, so this page does not save over it"
        }
        Unsaved::Held(Hold::WaitingForExport) => {
            "the save from the older version could not be copied aside, so this page does not save over it until you export your work"
        }
        Unsaved::Held(Hold::Stopped) => {
            "another tab saved work this page cannot read, so this page stopped saving"
        }
        Unsaved::ChoiceOpen => {
            "another tab saved changes, and you have not yet chosen Keep mine or Take theirs"
        }
        Unsaved::Full => "this browser's storage for Shoreline is full",
        Unsaved::WriteFailed => "the last save failed",
        Unsaved::Pending => "your latest change has not been written yet",
    };
    format!(
        "Your work on this page is NOT saved: {why}. Reloading now loses the changes made on this page. Export them to a file first, then reload."
    )
}

/// Why a save failed when the workspace could not be turned into text.
pub fn not_serialisable_reason(error: impl fmt::Display) -> String {
    format!("the workspace could not be written as text: {error}")
}
