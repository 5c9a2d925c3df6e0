//! A scenario in a URL fragment (`#share=6.<data>`), and back.
//!
//! Compact without a compression crate: only what differs from a blank
//! scenario is written (a JSON patch of the scenario's fields), followed by
//! a 4-byte checksum of the format number and the patch, in base64url.
//! Links of formats before 6 were made with a checksum of the patch alone,
//! and still open. A scenario fresh from the quiz is about
//! 1,500 characters of link; an untouched one about 30 plus its name. The
//! fragment (after `#`) is never sent to a server by the browser.
//!
//! Reading a link is as careful as importing a file: length and checksum
//! first, nesting depth before parsing, then the stored-format checks
//! (migrations from the link's schema, shape, ranges). A link that has been
//! changed or cut short is an error, never a crash.

use std::fmt;

use crate::domain::model::json::{Json, Map};

use crate::domain::formats::persist::{self, LoadError, SCHEMA};
use crate::domain::formats::transfer::{nests_deeper_than, MAX_DEPTH};
use crate::domain::model::scenario::{Scenario, ScenarioId, Workspace};
use crate::domain::present::names::quoted;

/// The start of a share fragment (after `#`).
pub const PREFIX: &str = "share=";
/// The longest link data read, in characters.
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// In a patch, an object that replaces the default object whole instead of
/// being merged into it (its keys are fewer than the default's).
const WHOLE: &str = "=";

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// Not a share link at all.
    NotALink,
    /// Too long, not base64url, or the checksum does not match: changed or cut short.
    Damaged,
    /// Made by a newer Shoreline.
    Newer(u32),
    /// Intact but its contents are not a valid scenario.
    Unreadable(LoadError),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotALink => write!(f, "it is not a Shoreline share link"),
            ShareError::Damaged => write!(
                f,
                "the link has been changed or cut short (copy the whole link and try again)"
            ),
            ShareError::Newer(n) => write!(
                f,
                "it was made by a newer version of Shoreline (format {n}; this version reads up to {SCHEMA})"
            ),
            ShareError::Unreadable(e) => write!(f, "{e}"),
        }
    }
}

/// What the user is told when a link cannot be opened.
pub fn failed_message(error: &ShareError) -> String {
    format!("This share link could not be opened: {error}. Nothing was changed.")
}

/// What the user is told when a link of format `schema` brings a scenario
/// (with the note that default figures were recalibrated since an older format).
pub fn offer_message(scenario: &Scenario, schema: u32) -> String {
    let evaluation = crate::domain::rules::matrix::evaluate_scenario(scenario);
    format!(
        "This link holds a shared scenario, {}. In its matrix, {} Add it to your scenarios to open it; nothing of yours is replaced.{}",
        quoted(&scenario.name),
        crate::domain::present::matrix::ranking_summary(&evaluation),
        persist::recalibrated_note(schema)
    )
}

/// What the user is told once a shared scenario was added (under `name`).
pub fn added_message(name: &str) -> String {
    format!("Added {} to your scenarios; it is open now.", quoted(name))
}

/// Whether an address fragment (with or without `#`) is a share link.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(PREFIX)
}

/// A scenario as a JSON value. Through text, not `serde_json::to_value`:
/// the text serializer is in the bundle already, a value serializer for
/// every scenario type would add to it.
fn as_value(scenario: &Scenario) -> Json {
    serde_json::to_string(scenario)
        .ok()
        .and_then(|text| Json::parse(&text).ok())
        .unwrap_or(Json::Null)
}

fn blank() -> Json {
    as_value(&Scenario::new(ScenarioId(1), ""))
}

/// What differs in `actual` from `base`: objects are compared key by key;
/// anything else is taken whole.
fn diff(base: &Json, actual: &Json) -> Json {
    match (base, actual) {
        (Json::Object(b), Json::Object(a)) => {
            if !b.iter().all(|(k, _)| a.contains_key(k)) {
                let mut whole = Map::new();
                whole.insert(WHOLE.into(), actual.clone());
                return Json::Object(whole);
            }
            let patch = a
                .iter()
                .filter(|(k, v)| b.get(k) != Some(*v))
                .map(|(k, v)| {
                    let d = b.get(k).map_or_else(|| v.clone(), |bv| diff(bv, v));
                    (k.clone(), d)
                })
                .collect();
            Json::Object(patch)
        }
        _ => actual.clone(),
    }
}

/// `slot` with `patch` applied (the inverse of [`diff`]).
fn apply(slot: &mut Json, patch: Json) {
    let Json::Object(mut patch) = patch else {
        *slot = patch;
        return;
    };
    if patch.len() == 1 {
        if let Some(whole) = patch.remove(WHOLE) {
            *slot = whole;
            return;
        }
    }
    match slot {
        Json::Object(fields) => {
            for (key, value) in patch {
                match fields.get_mut(&key) {
                    Some(inner) => apply(inner, value),
                    None => {
                        fields.insert(key, value);
                    }
                }
            }
        }
        _ => *slot = Json::Object(patch),
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = B64.iter().position(|b| b == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        // Only the canonical spelling: the bits below the last whole byte
        // must be zero, so no other last character decodes to the same bytes.
        let whole = chunk.len() - 1;
        if n & ((1u32 << (24 - 8 * whole)) - 1) != 0 {
            return None;
        }
        for i in 0..whole {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// The first format whose links' checksum covers the format number ("6.")
/// as well as the patch, so a changed number is a damaged link.
const SUM_COVERS_SCHEMA: u32 = 6;

/// FNV-1a, 32 bits, of `head` then `bytes`: enough to tell a damaged link
/// from an intact one.
fn checksum(head: &[u8], bytes: &[u8]) -> [u8; 4] {
    head.iter()
        .chain(bytes)
        .fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
        })
        .to_be_bytes()
}

/// What a link's checksum covers before the patch: its format number and
/// the dot, from [`SUM_COVERS_SCHEMA`] on; nothing before.
fn sum_head(schema: &str, number: u32) -> String {
    if number >= SUM_COVERS_SCHEMA {
        format!("{schema}.")
    } else {
        String::new()
    }
}

/// The fragment (without `#`) that carries `scenario`.
pub fn encode(scenario: &Scenario) -> String {
    let mut value = as_value(scenario);
    if let Json::Object(map) = &mut value {
        map.remove("id");
    }
    let mut base = blank();
    if let Json::Object(map) = &mut base {
        map.remove("id");
    }
    let mut bytes = diff(&base, &value).to_text().into_bytes();
    let schema = SCHEMA.to_string();
    let sum = checksum(sum_head(&schema, SCHEMA).as_bytes(), &bytes);
    bytes.extend_from_slice(&sum);
    format!("{PREFIX}{schema}.{}", base64url(&bytes))
}

/// The scenario a fragment (with or without `#`) carries, checked as
/// thoroughly as a stored workspace. Its id is 1; adding it gives a fresh one.
pub fn decode(fragment: &str) -> Result<Scenario, ShareError> {
    decode_from(fragment).map(|(scenario, _)| scenario)
}

/// [`decode`], with the format the link was made in.
pub fn decode_from(fragment: &str) -> Result<(Scenario, u32), ShareError> {
    let rest = fragment
        .trim_start_matches('#')
        .strip_prefix(PREFIX)
        .ok_or(ShareError::NotALink)?;
    if rest.len() > MAX_LINK_CHARS {
        return Err(ShareError::Damaged);
    }
    let (schema_text, data) = rest.split_once('.').ok_or(ShareError::Damaged)?;
    // Only the number as Shoreline writes it: no sign, no leading zero.
    let schema: u32 = schema_text.parse().map_err(|_| ShareError::Damaged)?;
    if schema == 0 || schema.to_string() != schema_text {
        return Err(ShareError::Damaged);
    }
    let mut bytes = unbase64url(data).ok_or(ShareError::Damaged)?;
    if bytes.len() < 4 {
        return Err(ShareError::Damaged);
    }
    let sum = bytes.split_off(bytes.len() - 4);
    if sum != checksum(sum_head(schema_text, schema).as_bytes(), &bytes) {
        return Err(ShareError::Damaged);
    }
    if schema > SCHEMA {
        return Err(ShareError::Newer(schema));
    }
    let unreadable = |e: String| ShareError::Unreadable(LoadError::NotJson(e));
    if nests_deeper_than(&bytes, MAX_DEPTH) {
        return Err(unreadable("nested too deeply".into()));
    }
    let text = std::str::from_utf8(&bytes).map_err(|e| unreadable(e.to_string()))?;
    let patch = Json::parse(text).map_err(|e| unreadable(e.to_string()))?;
    if !patch.is_object() {
        return Err(ShareError::Unreadable(LoadError::NotAnEnvelope(
            "expected an object".into(),
        )));
    }
    let mut scenario = blank();
    apply(&mut scenario, patch);
    if let Json::Object(map) = &mut scenario {
        map.insert("id".into(), Json::from(1));
    }
    let workspace = Json::object([
        ("scenarios", Json::Array(vec![scenario])),
        ("active", Json::from(1)),
        ("next_id", Json::from(2)),
    ]);
    let workspace: Workspace =
        persist::workspace_from_value(workspace, schema).map_err(ShareError::Unreadable)?;
    workspace
        .scenarios
        .into_iter()
        .next()
        .map(|scenario| (scenario, schema))
        .ok_or(ShareError::Damaged)
}

#[cfg(test)]
mod tests;
