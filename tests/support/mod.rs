//! Shared by the end-to-end tests and `./dev bench`: a static server for the
//! release `dist/`, a chromedriver process, and a browser session with
//! helpers that find things the way a person does (by role, label and text).
//!
//! Everything started here is stopped on drop: the server thread is unblocked
//! and joined, chromedriver is killed by its PID (never by name).

#![allow(dead_code)]

pub mod browser;
pub mod pdf;
pub mod server;
pub mod sizes;

use std::path::PathBuf;

/// The release build under test. `./dev test` builds it and sets SHORELINE_DIST;
/// a missing build fails loudly rather than skipping.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("SHORELINE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no release build at {}: run `./dev test` (it builds dist/ first) or `./dev build`",
        dir.display()
    );
    dir
}
