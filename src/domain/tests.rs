//! The domain's import graph: arrows point down only, and no file cycle.
//!
//! Reads every `.rs` file under `src/domain/` (inside the repository) and
//! collects each `crate::domain::<room>::<file>` path and each sibling
//! `super::<file>` path in code (comment lines are skipped). A file may use
//! its own room and the rooms before it in [`ROOMS`], never one after it;
//! the files (tests aside) never import each other in a circle.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The rooms, from the bottom up: each may use only itself and the rooms before it.
const ROOMS: [&str; 5] = ["model", "content", "rules", "present", "formats"];

/// One file of a room: its room, its module (the file's stem; a test file
/// counts under the module it tests) and whether it is a test file.
#[derive(Debug)]
struct Source {
    room: &'static str,
    module: String,
    is_test: bool,
    text: String,
    path: PathBuf,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(e) => panic!("cannot list {}: {e}", dir.display()),
        };
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Every file in a room (files directly under `src/domain/` are the entrance).
fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut out = Vec::new();
    for path in files {
        let rel: Vec<String> = match path.strip_prefix(&root) {
            Ok(rel) => rel
                .iter()
                .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect(),
            Err(_) => continue,
        };
        let Some(room) = ROOMS.iter().find(|r| rel.first() == Some(&r.to_string())) else {
            continue;
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => panic!("cannot read {}: {e}", path.display()),
        };
        out.push(Source {
            room,
            module: rel.get(1).cloned().unwrap_or_default(),
            is_test: rel.last().is_some_and(|f| f == "tests"),
            text,
            path,
        });
    }
    out
}

/// The code of a file without its comment lines.
fn code(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Every (room, module) a file's code names through `crate::domain::…`,
/// and every sibling module it names through `super::…` (not in test files,
/// where `super` is the module under test).
fn uses(source: &Source) -> Vec<(String, String)> {
    let code = code(&source.text);
    let mut out = Vec::new();
    let prefix = "crate::domain::";
    let mut rest = code.as_str();
    while let Some(at) = rest.find(prefix) {
        rest = &rest[at + prefix.len()..];
        let room = ident(rest).to_string();
        let after = &rest[room.len()..];
        if let Some(path) = after.strip_prefix("::") {
            if let Some(list) = path.strip_prefix('{') {
                // `crate::domain::room::{a, b::C}`: one module per item.
                let list = &list[..list.find('}').unwrap_or(list.len())];
                for item in list.split(',') {
                    let module = ident(item.trim());
                    if !module.is_empty() {
                        out.push((room.clone(), module.to_string()));
                    }
                }
            } else {
                out.push((room.clone(), ident(path).to_string()));
            }
        } else {
            out.push((room, String::new()));
        }
    }
    if !source.is_test {
        let mut rest = code.as_str();
        while let Some(at) = rest.find("super::") {
            rest = &rest[at + "super::".len()..];
            let module = ident(rest);
            if !module.is_empty() {
                out.push((source.room.to_string(), module.to_string()));
            }
        }
    }
    out
}

fn rank(room: &str) -> Option<usize> {
    ROOMS.iter().position(|r| *r == room)
}

#[test]
fn arrows_point_down_only() {
    let sources = sources();
    assert!(
        sources.len() > 40,
        "found only {} files under src/domain",
        sources.len()
    );
    let mut wrong = Vec::new();
    let mut seen = 0;
    for s in &sources {
        let from = rank(s.room).unwrap_or(0);
        for (room, module) in uses(s) {
            seen += 1;
            match rank(&room) {
                Some(to) if to <= from => {}
                _ => wrong.push(format!("{} uses {room}::{module}", s.path.display())),
            }
        }
    }
    // The scan finds what is there: the cost projection reads the inputs.
    let cost = sources
        .iter()
        .find(|s| s.room == "rules" && s.module == "cost" && !s.is_test)
        .expect("rules/cost.rs");
    assert!(uses(cost).contains(&("model".to_string(), "inputs".to_string())));
    assert!(seen > 100, "only {seen} domain paths found");
    assert!(
        wrong.is_empty(),
        "arrows pointing up:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_file_imports_itself_in_a_circle() {
    let sources = sources();
    let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for s in sources.iter().filter(|s| !s.is_test) {
        let node = format!("{}::{}", s.room, s.module);
        let edges = graph.entry(node.clone()).or_default();
        for (room, module) in uses(s) {
            let target = format!("{room}::{module}");
            if target != node && !edges.contains(&target) {
                edges.push(target);
            }
        }
    }
    assert!(graph.len() > 30, "found only {} modules", graph.len());
    // The search finds a cycle where there is one.
    let mut sample: BTreeMap<String, Vec<String>> = BTreeMap::new();
    sample.insert("a".into(), vec!["b".into()]);
    sample.insert("b".into(), vec!["c".into()]);
    sample.insert("c".into(), vec!["a".into()]);
    assert_eq!(
        find_cycle(&sample).map(|c| c.join(" -> ")),
        Some("a -> b -> c -> a".to_string())
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle: {}", cycle.join(" -> "));
    }
}

/// A cycle in a graph of modules, if there is one.
fn find_cycle(graph: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    // Depth-first search; a node met again while still on the path closes a cycle.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, Vec<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(node) {
            Some(1) => {
                let start = path.iter().position(|p| p == node).unwrap_or(0);
                let mut cycle = path[start..].to_vec();
                cycle.push(node.to_string());
                return Some(cycle);
            }
            Some(_) => return None,
            None => {}
        }
        state.insert(node.to_string(), 1);
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, state, path) {
                return Some(cycle);
            }
        }
        path.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        let mut path = Vec::new();
        if let Some(cycle) = visit(node, graph, &mut state, &mut path) {
            return Some(cycle);
        }
    }
    None
}
