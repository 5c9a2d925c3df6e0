//! The static server for the tests: `tools/serve.py` (the same one `./dev
//! serve` uses) as a child process on a free loopback port, serving `dist/`
//! under any path prefix with optional extra headers. Stopped by its PID on drop.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub struct StaticServer {
    child: Child,
    url: String,
    log: PathBuf,
    /// Extra files: path under the prefix -> the file served for it.
    extra_files: Vec<(String, PathBuf)>,
    _dir: TempDir,
}

/// A scratch folder removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> Self {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("shoreline-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create a temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// How to serve.
#[derive(Default)]
pub struct ServeOptions {
    /// Path prefix, starting and ending with `/` ("/" when empty).
    pub prefix: String,
    /// Further path prefixes serving the same folder (another installation
    /// on the same origin), each starting and ending with `/`.
    pub also: Vec<String>,
    /// Extra response headers, e.g. `("Content-Security-Policy", "…")`.
    pub headers: Vec<(String, String)>,
    /// Extra files: path under the prefix -> contents.
    pub extra: Vec<(String, String)>,
    /// Inline `tests/support/error_hook.js` first in every HTML page, so
    /// the page records its own errors for the harness (Firefox and WebKit
    /// sessions need it; see browser.rs).
    pub error_hook: bool,
}

impl StaticServer {
    /// Serves `root` at the site root.
    pub fn start(root: &Path) -> Self {
        Self::start_with(root, ServeOptions::default())
    }

    pub fn start_with(root: &Path, options: ServeOptions) -> Self {
        let dir = TempDir::new("server");
        let log = dir.0.join("requests.log");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/serve.py");
        let prefix = if options.prefix.is_empty() {
            "/".to_string()
        } else {
            options.prefix
        };
        let mut command = Command::new("python3");
        command
            .arg(&script)
            .arg(root)
            .arg("0")
            .arg("--prefix")
            .arg(&prefix)
            .arg("--log")
            .arg(&log);
        for also in &options.also {
            command.arg("--also-prefix").arg(also);
        }
        if options.error_hook {
            command
                .arg("--head-script")
                .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/error_hook.js"));
        }
        for (name, value) in &options.headers {
            command.arg("--header").arg(format!("{name}: {value}"));
        }
        let mut extra_files = Vec::new();
        for (i, (path, contents)) in options.extra.iter().enumerate() {
            let file = dir.0.join(format!("extra-{i}"));
            std::fs::write(&file, contents).expect("write an extra file");
            command
                .arg("--extra")
                .arg(format!("{path}={}", file.display()));
            extra_files.push((path.clone(), file));
        }
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 did not start tools/serve.py");
        let mut first_line = String::new();
        if let Some(stdout) = child.stdout.take() {
            let _ = BufReader::new(stdout).read_line(&mut first_line);
        }
        let url = first_line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| {
                let _ = child.kill();
                panic!("tools/serve.py did not start: {first_line:?}")
            })
            .to_string();
        StaticServer {
            child,
            url,
            log,
            extra_files,
            _dir: dir,
        }
    }

    /// The app's address, e.g. `http://127.0.0.1:40123/intranet/tools/shoreline/`.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// `http://127.0.0.1:PORT`
    pub fn origin(&self) -> String {
        let after_scheme = self.url.trim_start_matches("http://");
        let host = after_scheme.split('/').next().unwrap_or_default();
        format!("http://{host}")
    }

    /// Every path requested so far, in order.
    pub fn requests(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(String::from)
            .collect()
    }

    /// Changes what an extra file (by its path under the prefix) answers
    /// from the next request on: the server reads it on every request.
    pub fn set_extra(&self, path: &str, contents: &str) {
        let file = self
            .extra_files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, f)| f)
            .unwrap_or_else(|| panic!("no extra file served at {path}"));
        std::fs::write(file, contents).expect("rewrite an extra file");
    }

    /// Stops serving now (e.g. to test offline use).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop();
    }
}
