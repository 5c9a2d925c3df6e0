//! Which screen is showing, and how that is written in the page address.
//!
//! The view lives in the query string (`?view=matrix`) so that a reload, a
//! bookmark or a static host under any sub-path all land on the same screen
//! without server rewrites. The fragment is left free for share links.
//! A section of the Learn guide is named by a second parameter,
//! `?view=learn&topic=<id>`; it is kept only while Learn is showing.

use crate::domain::content::learn;
use crate::domain::model::view::View;

/// Splits a query string (with or without the leading `?`) into its pairs, in order.
fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
}

/// The view named in a query string, if any names a known view.
pub fn view_from_query(query: &str) -> Option<View> {
    pairs(query)
        .filter(|(k, _)| *k == "view")
        .find_map(|(_, v)| View::from_id(v))
}

/// Whether the compact embed mode (`?embed=1`) is asked for.
pub fn embed_from_query(query: &str) -> bool {
    pairs(query).any(|(k, v)| k == "embed" && (v == "1" || v == "true"))
}

/// The Learn topic named in a query string (`topic=<id>`), if the guide has it.
pub fn topic_from_query(query: &str) -> Option<&'static str> {
    pairs(query)
        .filter(|(k, _)| *k == "topic")
        .find_map(|(_, v)| learn::topic(v))
        .map(|t| t.id)
}

/// The query string (with a leading `?`) that shows `view`, keeping every
/// other parameter of `current` as it was; a Learn topic is kept only while
/// Learn is showing.
pub fn query_for(view: View, current: &str) -> String {
    let topic = pairs(current)
        .find(|(k, _)| *k == "topic")
        .map(|(_, v)| v)
        .filter(|_| view == View::Learn);
    build(view, topic, current)
}

/// The query string (with a leading `?`) that opens the Learn guide at
/// `topic`, keeping every other parameter of `current`.
pub fn query_for_topic(topic: &str, current: &str) -> String {
    build(View::Learn, Some(topic), current)
}

fn build(view: View, topic: Option<&str>, current: &str) -> String {
    let mut out = String::from("?");
    for (k, v) in pairs(current).filter(|(k, _)| *k != "view" && *k != "topic") {
        out.push_str(k);
        if !v.is_empty() {
            out.push('=');
            out.push_str(v);
        }
        out.push('&');
    }
    out.push_str("view=");
    out.push_str(view.id());
    if let Some(topic) = topic.filter(|t| !t.is_empty()) {
        out.push_str("&topic=");
        out.push_str(topic);
    }
    out
}

#[cfg(test)]
mod tests;
