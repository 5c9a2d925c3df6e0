//! `CostInputs` read by hand from a JSON tree, as serde's derive reads it:
//! a missing field takes its default, an unknown one is ignored, and a
//! wrong one is an error worded as serde words it. The derive's reader for
//! this struct of 30 fields and its parts was the largest piece of serde
//! code in the wasm (about 10 KB for the struct alone, more in serde_json
//! for each of its parts); this one is plain code over [`Json`].
//!
//! The derive stays (native tests read with it); a property test checks
//! that both read the same inputs and refuse the same ones.

use serde::de::{Deserialize, Deserializer, Error as _, Visitor};

use super::{ByDistance, CostInputs, Function, HybridTarget, LabourIndex, Targets, Uncertain};
use crate::domain::model::ids::{IdVisitor, LocationId};
use crate::domain::model::json::{Json, Map, Number};

/// For `#[serde(deserialize_with)]`: the JSON tree, then [`cost_from_json`].
pub fn read_cost<'de, D: Deserializer<'de>>(deserializer: D) -> Result<CostInputs, D::Error> {
    let json = Json::deserialize(deserializer)?;
    cost_from_json(&json).map_err(D::Error::custom)
}

/// How serde names what it found instead (serde_json's wording).
fn unexpected(found: &Json) -> String {
    match found {
        Json::Null => "null".into(),
        Json::Bool(b) => format!("boolean `{b}`"),
        Json::Number(Number::Pos(n)) => format!("integer `{n}`"),
        Json::Number(Number::Neg(n)) => format!("integer `{n}`"),
        Json::Number(Number::Float(_)) => format!("floating point `{}`", found.to_text()),
        Json::String(s) => format!("string {s:?}"),
        Json::Array(_) => "sequence".into(),
        Json::Object(_) => "map".into(),
    }
}

fn invalid(found: &Json, expected: &str) -> String {
    format!("invalid type: {}, expected {expected}", unexpected(found))
}

fn number(j: &Json) -> Result<f64, String> {
    j.as_f64().ok_or_else(|| invalid(j, "f64"))
}

fn optional(j: &Json) -> Result<Option<f64>, String> {
    match j {
        Json::Null => Ok(None),
        _ => number(j).map(Some),
    }
}

fn whole(j: &Json) -> Result<u32, String> {
    let out_of_range =
        |n: &dyn std::fmt::Display| format!("invalid value: integer `{n}`, expected u32");
    match j {
        Json::Number(Number::Pos(n)) => u32::try_from(*n).map_err(|_| out_of_range(n)),
        Json::Number(Number::Neg(n)) => Err(out_of_range(n)),
        _ => Err(invalid(j, "u32")),
    }
}

fn text(j: &Json) -> Result<String, String> {
    match j {
        Json::String(s) => Ok(s.clone()),
        _ => Err(invalid(j, "a string")),
    }
}

/// The position of an id among `ids`, with the id enums' own messages.
fn id(j: &Json, what: &'static str, ids: &'static [&'static str]) -> Result<usize, String> {
    let visitor = IdVisitor { what, ids };
    match j {
        Json::String(s) => visitor
            .visit_str::<serde::de::value::Error>(s)
            .map_err(|e| e.to_string()),
        _ => Err(invalid(j, &format!("the id of a {what}"))),
    }
}

fn location(j: &Json) -> Result<LocationId, String> {
    Ok(LocationId::ALL[id(j, "location", &LocationId::IDS)?])
}

/// The fields of a struct `name` whose fields are `names`, in order: from
/// an object, or, as serde also reads a struct, from an array of them in
/// that order (all of them, unless the struct has defaults).
struct Fields {
    map: Map,
    /// For an array too short: serde's message for a field it lacks.
    short: Option<String>,
    /// For an array too long: refused once its fields were read.
    trailing: bool,
}

impl Fields {
    fn get(&self, key: &str) -> Result<&Json, String> {
        self.map.get(key).ok_or_else(|| {
            self.short
                .clone()
                .unwrap_or_else(|| format!("missing field `{key}`"))
        })
    }

    fn done<T>(&self, value: T) -> Result<T, String> {
        if self.trailing {
            Err("trailing characters".into())
        } else {
            Ok(value)
        }
    }
}

fn object(j: &Json, name: &str, names: &[&str], all: bool) -> Result<Fields, String> {
    match j {
        Json::Object(map) => Ok(Fields {
            map: map.clone(),
            short: None,
            trailing: false,
        }),
        Json::Array(items) => Ok(Fields {
            map: names
                .iter()
                .zip(items)
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
            short: (all && items.len() < names.len()).then(|| {
                format!(
                    "invalid length {}, expected struct {name} with {} elements",
                    items.len(),
                    names.len()
                )
            }),
            trailing: items.len() > names.len(),
        }),
        _ => Err(invalid(j, &format!("struct {name}"))),
    }
}

/// The fields of `CostInputs`, in declaration order.
pub(super) const COST_FIELDS: [&str; 31] = [
    "currency",
    "fte",
    "home",
    "function",
    "salary_per_fte",
    "employer_oncost_pct",
    "other_overhead_pct",
    "seat_cost",
    "labour_index",
    "targets",
    "vendor_overhead_pct",
    "vendor_margin_pct",
    "onsite_share_pct",
    "productivity_gap",
    "governance",
    "captive_governance_pct",
    "hybrid_coordination_pct",
    "transition",
    "dip",
    "attrition_pct",
    "captive_attrition_pct",
    "replacement_cost_pct",
    "captive_fixed_cost",
    "captive_setup",
    "home_inflation_pct",
    "target_inflation_pct",
    "hybrid_share_pct",
    "hybrid_target",
    "horizon_years",
    "annual_budget",
    "usd_rate",
];

fn uncertain(j: &Json) -> Result<Uncertain, String> {
    let m = object(j, "Uncertain", &["value", "low", "high"], true)?;
    m.done(Uncertain {
        value: number(m.get("value")?)?,
        low: number(m.get("low")?)?,
        high: number(m.get("high")?)?,
    })
}

fn by_distance(j: &Json) -> Result<ByDistance, String> {
    let names = ["domestic", "same_hours", "no_overlap"];
    let m = object(j, "ByDistance", &names, true)?;
    m.done(ByDistance {
        domestic: uncertain(m.get("domestic")?)?,
        same_hours: uncertain(m.get("same_hours")?)?,
        no_overlap: uncertain(m.get("no_overlap")?)?,
    })
}

fn targets<T>(j: &Json, read: fn(&Json) -> Result<T, String>) -> Result<Targets<T>, String> {
    let m = object(j, "Targets", &["nearshore", "offshore", "captive"], true)?;
    m.done(Targets {
        nearshore: read(m.get("nearshore")?)?,
        offshore: read(m.get("offshore")?)?,
        captive: read(m.get("captive")?)?,
    })
}

/// The cost inputs a JSON tree holds (see the module's notes).
pub fn cost_from_json(j: &Json) -> Result<CostInputs, String> {
    let m = object(j, "CostInputs", &COST_FIELDS, false)?;
    let mut c = CostInputs::default();
    for (key, v) in m.map.iter() {
        match key.as_str() {
            "currency" => c.currency = text(v)?,
            "fte" => c.fte = number(v)?,
            "home" => c.home = location(v)?,
            "function" => c.function = Function::ALL[id(v, "function", &Function::IDS)?],
            "salary_per_fte" => c.salary_per_fte = optional(v)?,
            "employer_oncost_pct" => c.employer_oncost_pct = optional(v)?,
            "other_overhead_pct" => c.other_overhead_pct = number(v)?,
            "seat_cost" => c.seat_cost = number(v)?,
            "labour_index" => {
                c.labour_index = LabourIndex::ALL[id(v, "labour cost measure", &LabourIndex::IDS)?]
            }
            "targets" => c.targets = targets(v, location)?,
            "vendor_overhead_pct" => c.vendor_overhead_pct = number(v)?,
            "vendor_margin_pct" => c.vendor_margin_pct = number(v)?,
            "onsite_share_pct" => c.onsite_share_pct = by_distance(v)?,
            "productivity_gap" => c.productivity_gap = by_distance(v)?,
            "governance" => c.governance = by_distance(v)?,
            "captive_governance_pct" => c.captive_governance_pct = uncertain(v)?,
            "hybrid_coordination_pct" => c.hybrid_coordination_pct = uncertain(v)?,
            "transition" => c.transition = by_distance(v)?,
            "dip" => c.dip = by_distance(v)?,
            "attrition_pct" => c.attrition_pct = uncertain(v)?,
            "captive_attrition_pct" => c.captive_attrition_pct = uncertain(v)?,
            "replacement_cost_pct" => c.replacement_cost_pct = number(v)?,
            "captive_fixed_cost" => c.captive_fixed_cost = optional(v)?,
            "captive_setup" => c.captive_setup = number(v)?,
            "home_inflation_pct" => c.home_inflation_pct = uncertain(v)?,
            "target_inflation_pct" => c.target_inflation_pct = targets(v, uncertain)?,
            "hybrid_share_pct" => c.hybrid_share_pct = number(v)?,
            "hybrid_target" => {
                c.hybrid_target = HybridTarget::ALL[id(v, "hybrid target", &HybridTarget::IDS)?]
            }
            "horizon_years" => c.horizon_years = whole(v)?,
            "annual_budget" => c.annual_budget = optional(v)?,
            "usd_rate" => c.usd_rate = optional(v)?,
            _ => {}
        }
    }
    m.done(c)
}
