//! A JSON value for the migrations of old saves, the patches of share
//! links and the inputs read by hand (`inputs::read_cost`): serde_json's
//! `Value`, as far as Shoreline uses it, with its objects in a sorted list
//! instead of a `BTreeMap` (whose code weighed about 10 KB of wasm).
//!
//! It reads and writes through serde_json, so its syntax, its errors, its
//! nesting limit and its number text are serde_json's; objects keep their
//! keys sorted and the last of two equal keys wins, as in `Value`, so the
//! text written is the same as `Value`'s.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A JSON number as serde_json tells them apart: `5` and `5.0` differ.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Pos(u64),
    Neg(i64),
    Float(f64),
}

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Map),
}

/// A JSON object: its fields sorted by key, each key once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map {
    fields: Vec<(String, Json)>,
}

impl Map {
    pub fn new() -> Self {
        Map::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.fields.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&Json> {
        self.find(key).ok().map(|i| &self.fields[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        self.find(key).ok().map(|i| &mut self.fields[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`, replacing what it held.
    pub fn insert(&mut self, key: String, value: Json) {
        match self.find(&key) {
            Ok(i) => self.fields[i].1 = value,
            Err(i) => self.fields.insert(i, (key, value)),
        }
    }

    /// The value of `key`, set to `make()` first when it has none.
    pub fn or_insert_with(&mut self, key: &str, make: impl FnOnce() -> Json) -> &mut Json {
        let i = match self.find(key) {
            Ok(i) => i,
            Err(i) => {
                self.fields.insert(i, (key.to_string(), make()));
                i
            }
        };
        &mut self.fields[i].1
    }

    pub fn remove(&mut self, key: &str) -> Option<Json> {
        self.find(key).ok().map(|i| self.fields.remove(i).1)
    }

    pub fn len(&self) -> usize {
        self.fields.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The fields in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Json)> {
        self.fields.iter().map(|(k, v)| (k, v))
    }

    /// [`FromIterator`]'s work, outside the generic function: the sort is
    /// linked once instead of once per kind of iterator (about 3 KB of
    /// wasm each).
    fn from_fields(mut all: Vec<(String, Json)>) -> Self {
        // Stable: equal keys stay in the order they came.
        all.sort_by(|a, b| a.0.cmp(&b.0));
        let mut fields: Vec<(String, Json)> = Vec::with_capacity(all.len());
        for (k, v) in all {
            match fields.last_mut() {
                Some(last) if last.0 == k => last.1 = v,
                _ => fields.push((k, v)),
            }
        }
        Map { fields }
    }
}

impl IntoIterator for Map {
    type Item = (String, Json);
    type IntoIter = std::vec::IntoIter<(String, Json)>;
    fn into_iter(self) -> Self::IntoIter {
        self.fields.into_iter()
    }
}

impl FromIterator<(String, Json)> for Map {
    /// The fields in key order; of equal keys, the last one. In
    /// O(n log n), so that a hostile object of 100,000 keys is read fast.
    fn from_iter<I: IntoIterator<Item = (String, Json)>>(iter: I) -> Self {
        Map::from_fields(iter.into_iter().collect())
    }
}

impl Json {
    /// A float, as serde_json makes one (a non-finite float is `null`).
    pub fn float(f: f64) -> Json {
        if f.is_finite() {
            Json::Number(Number::Float(f))
        } else {
            Json::Null
        }
    }

    /// An object of these fields.
    pub fn object<const N: usize>(fields: [(&str, Json); N]) -> Json {
        Json::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    /// The field `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        match self {
            Json::Object(map) => map.get_mut(key),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Json::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Json>> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Json>> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// A number as an f64, as `Value::as_f64`.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(Number::Pos(n)) => Some(*n as f64),
            Json::Number(Number::Neg(n)) => Some(*n as f64),
            Json::Number(Number::Float(f)) => Some(*f),
            _ => None,
        }
    }

    /// A non-negative whole number, as `Value::as_u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(Number::Pos(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    /// Reads JSON text (serde_json's syntax, errors and nesting limit).
    pub fn parse(text: &str) -> Result<Json, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// Compact JSON text, as serde_json writes a `Value`.
    pub fn to_text(&self) -> String {
        // Writing a tree of plain values into a string cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Self {
        Json::Bool(b)
    }
}

impl From<u32> for Json {
    fn from(n: u32) -> Self {
        Json::Number(Number::Pos(n.into()))
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(Number::Pos(n)) => serializer.serialize_u64(*n),
            Json::Number(Number::Neg(n)) => serializer.serialize_i64(*n),
            Json::Number(Number::Float(f)) => serializer.serialize_f64(*f),
            Json::String(s) => serializer.serialize_str(s),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(map) => {
                let mut out = serializer.serialize_map(Some(map.len()))?;
                for (k, v) in map.iter() {
                    out.serialize_entry(k, v)?;
                }
                out.end()
            }
        }
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(if n < 0 {
            Number::Neg(n)
        } else {
            Number::Pos(n as u64)
        }))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(Number::Pos(n)))
    }

    fn visit_f64<E>(self, f: f64) -> Result<Json, E> {
        Ok(Json::float(f))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_string()))
    }

    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Json, A::Error> {
        let mut fields = Vec::new();
        while let Some(field) = access.next_entry::<String, Json>()? {
            fields.push(field);
        }
        Ok(Json::Object(fields.into_iter().collect()))
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

#[cfg(test)]
mod tests;
