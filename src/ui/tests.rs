//! Native checks of the shell's source: markup reaches the page only as
//! the domain's escaped [`Html`](crate::domain::present::markup::Html).
//!
//! Leptos's `inner_html` takes any string, so the compiler cannot stop a
//! component from handing it one built by hand; this test reads every file
//! under `src/ui/` (inside the repository) and requires each `inner_html=`
//! to take an `Html` turned into a string at that very edge.

use std::path::{Path, PathBuf};

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

#[test]
fn inner_html_only_takes_the_domains_escaped_markup() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut uses = 0;
    for path in files {
        if path.ends_with("tests.rs") {
            continue;
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => panic!("cannot read {}: {e}", path.display()),
        };
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for (at, _) in line.match_indices("inner_html=") {
                uses += 1;
                let value = &line[at..];
                assert!(
                    value.contains(".into_string()")
                        && !value.contains("format!")
                        && !value.contains("String::"),
                    "{}:{}: inner_html must take an Html, turned into a string here with .into_string(): {}",
                    path.display(),
                    n + 1,
                    line.trim()
                );
            }
        }
    }
    // Eight today: the table region, the chart's drawing and legend, the
    // assumptions (two), the places, the time zones and the report.
    assert!(
        uses >= 8,
        "found {uses} inner_html: is the scan still reading src/ui?"
    );
}

/// Every limit in the markup (`min`, `max`, `step`, `maxlength`) comes from
/// the domain's constants or records, the same ones `rules::change::apply`
/// checks a change against; none is written by hand as a number.
#[test]
fn the_markup_reads_its_limits_from_the_domain() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut limits = 0;
    let mut by_hand = Vec::new();
    for path in files {
        if path.ends_with("tests.rs") {
            continue;
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => panic!("cannot read {}: {e}", path.display()),
        };
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for attribute in ["min=", "max=", "step=", "maxlength="] {
                for (at, _) in code.match_indices(attribute) {
                    // Only the attribute itself (not `data-max=`, `budget_slider_max=`).
                    let before = code[..at].chars().last();
                    if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                        continue;
                    }
                    limits += 1;
                    let value = &code[at + attribute.len()..];
                    let literal = value.trim_start_matches('"');
                    if value.starts_with('"') && literal.starts_with(|c: char| c.is_ascii_digit()) {
                        by_hand.push(format!("{}:{}: {code}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    // The weight slider (3), the hybrid slider (3), the budget slider (3),
    // the two time fields and the two name fields, at least.
    assert!(
        limits >= 13,
        "found only {limits} limits: is the scan still reading src/ui?"
    );
    assert!(
        by_hand.is_empty(),
        "limits written by hand in the markup (read them from the domain):\n{}",
        by_hand.join("\n")
    );
}
