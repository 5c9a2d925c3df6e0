//! A browser session through its WebDriver, with helpers that act as a
//! user would: find links, buttons and fields by their visible name or
//! label, read text, and check that the page logged no error.
//!
//! Three engines: headless Chromium (chromedriver; the whole e2e suite),
//! Firefox ESR (geckodriver, headless) and WebKitGTK (WebKitWebDriver driving
//! MiniBrowser on a private Xvfb display). Every process is started in its
//! own process group and the group is killed by its PID on drop.
//!
//! Errors in the page fail the test in every engine (`Browser::finish`):
//! Chromium's browser log, the lines Firefox prints for page console errors
//! and uncaught errors (pref `devtools.console.stdout.content`), and in every
//! engine the page hook `error_hook.js`, which the test server inlines before
//! the app boots (`ServeOptions::error_hook`). Firefox and WebKit sessions
//! refuse to finish on a page without the hook.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use super::server::TempDir;

const WAIT: Duration = Duration::from_secs(15);

/// The geckodriver `./dev` installs (`cargo install geckodriver`); the tests
/// refuse any other, so a result always names the driver it ran with.
pub const GECKODRIVER_VERSION: &str = "0.37.1";

/// The browser engine a session runs in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Engine {
    /// Debian's chromium through chromium-driver: the whole e2e suite.
    #[default]
    Chromium,
    /// Debian's firefox-esr through geckodriver, headless.
    Firefox,
    /// Debian's WebKitGTK MiniBrowser through WebKitWebDriver, on Xvfb.
    WebKit,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox ESR",
            Engine::WebKit => "WebKitGTK",
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free loopback port")
}

fn find_program(name: &str) -> String {
    let mut dirs = vec![PathBuf::from("/usr/bin"), PathBuf::from("/usr/local/bin")];
    // geckodriver comes from `cargo install`.
    if let Some(cargo_home) = std::env::var_os("CARGO_HOME") {
        dirs.push(PathBuf::from(cargo_home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo/bin"));
    }
    for dir in dirs {
        let path = dir.join(name);
        if path.is_file() {
            return path.display().to_string();
        }
    }
    panic!(
        "{name} is not installed: `./dev test` (or `./dev setup`) installs Debian's chromium, \
         chromium-driver, firefox-esr, xvfb and webkit2gtk-driver, and geckodriver {GECKODRIVER_VERSION}"
    )
}

/// WebKitGTK's MiniBrowser, which Debian ships beside the library
/// (`/usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser`, package libwebkit2gtk-4.1-0).
fn find_minibrowser() -> String {
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/usr/lib") {
        for entry in entries.flatten() {
            for api in ["webkit2gtk-4.1", "webkitgtk-6.0", "webkit2gtk-4.0"] {
                let path = entry.path().join(api).join("MiniBrowser");
                if path.is_file() {
                    found.push(path);
                }
            }
        }
    }
    found.sort();
    match found.first() {
        Some(path) => path.display().to_string(),
        None => panic!(
            "WebKitGTK's MiniBrowser is not installed: `./dev test` installs Debian's webkit2gtk-driver"
        ),
    }
}

/// Starts `command` in a process group of its own (its id is the child's PID).
fn spawn_group(command: &mut Command, what: &str) -> Child {
    use std::os::unix::process::CommandExt;
    command
        .stdin(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("{what} did not start: {e}"))
}

/// Kills the process group led by `child` (the driver or Xvfb and everything
/// it started), then reaps the child. Called directly, never through a `kill`
/// command whose argument parsing could widen the target.
fn kill_group(child: &mut Child) {
    let pid = child.id() as i32;
    if pid > 1 {
        // SAFETY: kill(2) with a negative, non-(-1) id signals only that process group.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The last lines of a log file, for failure messages.
fn log_tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

/// A private X display for WebKit: `Xvfb -displayfd` picks a free display
/// number itself (no race with other Xvfb servers on the machine) and writes
/// it to our pipe once it accepts connections. Stopped by PID on drop.
pub struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    pub fn start() -> Self {
        let mut child = spawn_group(
            Command::new(find_program("Xvfb"))
                .args(["-displayfd", "1", "-nolisten", "tcp", "-noreset"])
                .args(["-screen", "0", "1920x1200x24"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
            "Xvfb",
        );
        let stdout = child.stdout.take().expect("Xvfb's stdout");
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = send.send(line);
        });
        match receive.recv_timeout(WAIT) {
            Ok(line) if line.trim().parse::<u32>().is_ok() => Xvfb {
                display: format!(":{}", line.trim()),
                child,
            },
            other => {
                kill_group(&mut child);
                panic!("Xvfb did not report a display: {other:?}")
            }
        }
    }

    /// The display name, e.g. `:3`.
    pub fn display(&self) -> &str {
        &self.display
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        kill_group(&mut self.child);
    }
}

/// A WebDriver server on a free port (chromedriver, geckodriver or
/// WebKitWebDriver), in its own process group so that it and the browser it
/// starts are stopped together, by PID, on drop. Its output goes to a log
/// file in a scratch folder that also serves as the engine's home and
/// temporary folder (profiles included), removed on drop.
pub struct Driver {
    child: Child,
    port: u16,
    log: PathBuf,
    /// Bytes of the log already read for page errors (Firefox).
    log_read: Mutex<u64>,
    // Dropped after the driver is killed (fields drop in this order).
    _display: Option<Xvfb>,
    _scratch: TempDir,
}

impl Driver {
    pub fn start(engine: Engine) -> Self {
        let port = free_port();
        let scratch = TempDir::new("driver");
        let log = scratch.0.join("driver.log");
        let output = std::fs::File::create(&log).expect("create the driver log");
        let errors = output.try_clone().expect("clone the driver log");
        let mut display = None;
        let mut command = match engine {
            Engine::Chromium => {
                let mut c = Command::new(find_program("chromedriver"));
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let program = find_program("geckodriver");
                check_geckodriver(&program);
                let mut c = Command::new(program);
                c.args(["--port", &port.to_string(), "--log", "info"])
                    // The profile geckodriver writes goes into the scratch folder.
                    .env("TMPDIR", &scratch.0)
                    .env("HOME", &scratch.0);
                c
            }
            Engine::WebKit => {
                let x = Xvfb::start();
                let mut c = Command::new(find_program("WebKitWebDriver"));
                c.arg(format!("--port={port}"))
                    .env("DISPLAY", x.display())
                    // MiniBrowser's data, cache and settings stay in the scratch folder.
                    .env("HOME", &scratch.0)
                    .env("XDG_DATA_HOME", scratch.0.join("data"))
                    .env("XDG_CACHE_HOME", scratch.0.join("cache"))
                    .env("XDG_CONFIG_HOME", scratch.0.join("config"))
                    .env_remove("WAYLAND_DISPLAY");
                display = Some(x);
                c
            }
        };
        let mut child = spawn_group(
            command.stdout(output).stderr(errors),
            &format!("the {} WebDriver", engine.name()),
        );
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if started.elapsed() > WAIT {
                kill_group(&mut child);
                panic!(
                    "the {} WebDriver did not listen on port {port}:\n{}",
                    engine.name(),
                    log_tail(&log)
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            port,
            log,
            log_read: Mutex::new(0),
            _display: display,
            _scratch: scratch,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The driver's output since the last call.
    fn new_output(&self) -> String {
        use std::io::{Read, Seek, SeekFrom};
        let mut read = self.log_read.lock().unwrap_or_else(|e| e.into_inner());
        let mut text = String::new();
        if let Ok(mut file) = std::fs::File::open(&self.log) {
            if file.seek(SeekFrom::Start(*read)).is_ok() {
                let mut bytes = Vec::new();
                if let Ok(n) = file.read_to_end(&mut bytes) {
                    // Only whole lines; a partial last line is read next time.
                    let end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                    *read += end.min(n) as u64;
                    text = String::from_utf8_lossy(&bytes[..end]).into_owned();
                }
            }
        }
        text
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        kill_group(&mut self.child);
    }
}

/// Fails loudly unless geckodriver is the pinned version.
fn check_geckodriver(program: &str) {
    let out = Command::new(program)
        .arg("--version")
        .output()
        .unwrap_or_else(|e| panic!("{program} --version failed: {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap_or_default();
    let want = format!("geckodriver {GECKODRIVER_VERSION}");
    assert!(
        first == want || first.starts_with(&format!("{want} ")),
        "{program} is not geckodriver {GECKODRIVER_VERSION} (`./dev setup` installs it): {text}"
    );
}

/// Page errors in geckodriver's output: with `devtools.console.stdout.content`
/// Firefox prints the page's console calls (`console.error: "…"`, each
/// argument quoted) and its uncaught errors and unhandled rejections
/// (`JavaScript error: <url>, line N: …`). The browser's own code logs in
/// the same stream: its uncaught errors have `resource:` or `chrome:`
/// addresses, and its console lines start with a bare prefix
/// (`console.error: RSLoader: …`); neither is the page's.
pub fn firefox_page_errors(output: &str) -> Vec<String> {
    output
        .lines()
        .map(str::trim)
        .filter(|line| {
            line.starts_with("console.error: \"")
                || line
                    .strip_prefix("JavaScript error: ")
                    .is_some_and(|rest| rest.starts_with("http"))
        })
        .map(String::from)
        .collect()
}

/// How to start the browser.
#[derive(Clone, Debug)]
pub struct Options {
    pub width: u32,
    pub height: u32,
    /// Block cookies and site data, so `localStorage` throws `SecurityError`
    /// (Chromium only).
    pub block_storage: bool,
    /// Resolve [`PLAIN_HTTP_HOST`] to 127.0.0.1, so a page can be opened
    /// over plain http from a host that is not a secure context (no
    /// clipboard API, no service worker), as on an intranet server (Chromium only).
    pub plain_http_host: bool,
    pub engine: Engine,
    /// The browser's language (Chromium only): `navigator.language`.
    pub lang: &'static str,
}

/// A host name that is not a secure context over http (see
/// [`Options::plain_http_host`]).
pub const PLAIN_HTTP_HOST: &str = "shoreline-intranet.test";

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 1280,
            height: 900,
            block_storage: false,
            plain_http_host: false,
            engine: Engine::Chromium,
            lang: "en-US",
        }
    }
}

fn chromium_capabilities(options: &Options) -> Value {
    let mut args = vec![
        "--headless=new".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-dev-shm-usage".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--no-default-browser-check".into(),
        format!("--window-size={},{}", options.width, options.height),
    ];
    args.push(format!("--lang={}", options.lang));
    if options.plain_http_host {
        args.push(format!(
            "--host-resolver-rules=MAP {PLAIN_HTTP_HOST} 127.0.0.1"
        ));
    }
    let mut chrome = json!({ "binary": find_program("chromium"), "args": args });
    // `--lang` alone leaves headless Chromium's `navigator.language` at
    // en-US; the accepted languages set it.
    chrome["prefs"] = json!({ "intl.accept_languages": options.lang });
    if options.block_storage {
        chrome["prefs"]["profile.default_content_setting_values.cookies"] = json!(2);
    }
    json!({
        "browserName": "chrome",
        "goog:chromeOptions": chrome,
        "goog:loggingPrefs": { "browser": "ALL" },
    })
}

fn firefox_capabilities() -> Value {
    json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": find_program("firefox-esr"),
            "args": ["-headless"],
            "prefs": {
                // The page's console messages and uncaught errors go to
                // standard output, which geckodriver writes to its log;
                // the browser's own (chrome) console stays out of it.
                "devtools.console.stdout.content": true,
                "devtools.console.stdout.chrome": false,
                "intl.accept_languages": "en-US",
                "intl.locale.requested": "en-US",
                // No experiments fetched from the network (there is none).
                "messaging-system.rsexperimentloader.enabled": false,
                "app.normandy.enabled": false,
                "browser.shell.checkDefaultBrowser": false,
                "datareporting.policy.dataSubmissionEnabled": false,
            },
        },
    })
}

fn webkit_capabilities() -> Value {
    json!({
        "webkitgtk:browserOptions": {
            "binary": find_minibrowser(),
            "args": ["--automation"],
        },
    })
}

/// A raw WebDriver call that fantoccini does not wrap.
#[derive(Debug)]
struct RawCommand {
    path: String,
    body: Value,
}

impl WebDriverCompatibleCommand for RawCommand {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/{}", session.unwrap_or(""), self.path))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// Quotes text for an XPath expression, whatever quotes it contains.
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    driver: Driver,
}

impl Browser {
    /// Starts the engine of `options` (fresh profile) without opening a page.
    pub async fn start(options: Options) -> Self {
        let engine = options.engine;
        assert!(
            !(options.block_storage || options.plain_http_host) || engine == Engine::Chromium,
            "blocking storage and the plain-http host are only set up for Chromium"
        );
        let driver = Driver::start(engine);
        let caps = match engine {
            Engine::Chromium => chromium_capabilities(&options),
            Engine::Firefox => firefox_capabilities(),
            Engine::WebKit => webkit_capabilities(),
        };
        let caps = match caps {
            Value::Object(map) => map,
            _ => unreachable!(),
        };
        let client = match ClientBuilder::rustls()
            .expect("rustls client")
            .capabilities(caps)
            .connect(&driver.url())
            .await
        {
            Ok(client) => client,
            Err(e) => panic!(
                "could not start a {} session: {e}\nDriver output:\n{}",
                engine.name(),
                log_tail(&driver.log)
            ),
        };
        if engine != Engine::Chromium {
            // Sized through WebDriver (Chromium takes --window-size).
            client
                .set_window_size(options.width, options.height)
                .await
                .expect("could not size the browser window");
        }
        Browser {
            client,
            engine,
            driver,
        }
    }

    /// Starts the browser and opens the app at `url`, waiting for it to mount.
    pub async fn open(url: &str, options: Options) -> Self {
        let browser = Self::start(options).await;
        browser.goto(url).await;
        browser
    }

    /// Opens `url` and waits until the app has mounted.
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigation failed");
        self.wait_mounted().await;
    }

    /// Reloads the page and waits until the app has mounted again.
    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload failed");
        self.wait_mounted().await;
    }

    /// Reloads as the browser's reload button does (`location.reload()`),
    /// through the service worker, and waits until the app has mounted again.
    /// WebDriver's Refresh bypasses the service worker in Firefox (as
    /// Shift+reload does), so a reload with the server stopped needs this.
    pub async fn reload_as_a_person(&self) {
        self.script(
            "window.__shorelineOldPage = true; setTimeout(() => location.reload(), 0);",
            vec![],
        )
        .await;
        let started = Instant::now();
        loop {
            tokio::time::sleep(Duration::from_millis(100)).await;
            // Fails while the new page is loading; `null` once it is there.
            let old = self
                .client
                .execute("return window.__shorelineOldPage || null;", vec![])
                .await;
            if matches!(old, Ok(Value::Null)) {
                break;
            }
            assert!(started.elapsed() < WAIT, "the page did not reload");
        }
        self.wait_mounted().await;
    }

    pub async fn wait_mounted(&self) {
        let mounted = self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath("//nav[@aria-label='Main']"))
            .await;
        if let Err(err) = mounted {
            let url = self
                .client
                .current_url()
                .await
                .map(|u| u.to_string())
                .unwrap_or_default();
            let text = self.page_text().await;
            let log = match self.engine {
                Engine::Chromium => format!("{:#?}", self.log_entries().await),
                _ => self.console_errors().await.join("\n"),
            };
            panic!(
                "the app did not mount at {url} in {} ({err}).\nPage text:\n{text}\nBrowser log:\n{log}",
                self.engine.name()
            );
        }
    }

    async fn find_xpath(&self, xpath: &str, what: &str) -> Element {
        match self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath(xpath))
            .await
        {
            Ok(e) => e,
            Err(err) => {
                let errors = self.console_errors().await;
                panic!(
                    "{what} not found in {} ({err}); page errors so far: {errors:#?}",
                    self.engine.name()
                )
            }
        }
    }

    /// A link by its visible text.
    pub async fn link(&self, name: &str) -> Element {
        let xpath = format!("//a[normalize-space(.)={}]", xpath_literal(name));
        self.find_xpath(&xpath, &format!("link “{name}”")).await
    }

    /// A button by its visible text or accessible label.
    pub async fn button(&self, name: &str) -> Element {
        let lit = xpath_literal(name);
        let xpath = format!("//button[normalize-space(.)={lit} or @aria-label={lit}]");
        self.find_xpath(&xpath, &format!("button “{name}”")).await
    }

    /// A form control by the text of its `<label>` or its `aria-label`.
    pub async fn field(&self, label: &str) -> Element {
        let lit = xpath_literal(label);
        let xpath = format!(
            "//*[@id=//label[normalize-space(.)={lit}]/@for] | //*[@aria-label={lit}] | //label[normalize-space(.)={lit}]//*[self::input or self::select or self::textarea]"
        );
        self.find_xpath(&xpath, &format!("field labelled “{label}”"))
            .await
    }

    /// Types `text` into the field labelled `label` as a person does:
    /// what was there is cleared first, and Tab leaves the field (which is
    /// when the app reads a typed number).
    pub async fn type_into(&self, label: &str, text: &str) {
        let field = self.field(label).await;
        field.clear().await.expect("clear the field");
        let tab: char = fantoccini::key::Key::Tab.into();
        field
            .send_keys(&format!("{text}{tab}"))
            .await
            .expect("type into the field");
    }

    /// The current value of the field labelled `label`, as shown.
    pub async fn field_value(&self, label: &str) -> String {
        self.field(label)
            .await
            .prop("value")
            .await
            .expect("read the field's value")
            .unwrap_or_default()
    }

    /// Clicks an element as a person would: scrolled to the middle of the
    /// screen first, so the sticky navigation never covers it.
    pub async fn click(&self, element: &Element) {
        let arg = serde_json::to_value(element).expect("element reference");
        self.script(
            "arguments[0].scrollIntoView({ block: 'center', inline: 'center' });",
            vec![arg],
        )
        .await;
        element.click().await.expect("click failed");
    }

    /// Clicks the button with this name.
    pub async fn press(&self, name: &str) {
        let button = self.button(name).await;
        self.click(&button).await;
    }

    /// The page's main heading.
    pub async fn heading(&self) -> String {
        self.find_xpath("//h1", "the main heading")
            .await
            .text()
            .await
            .expect("heading text")
    }

    /// Waits until the main heading reads `text`.
    pub async fn wait_heading(&self, text: &str) {
        let xpath = format!("//h1[normalize-space(.)={}]", xpath_literal(text));
        self.find_xpath(&xpath, &format!("heading “{text}”")).await;
    }

    /// Waits until some element's own text contains `text`.
    pub async fn wait_text(&self, text: &str) -> Element {
        let xpath = format!(
            "//*[contains(normalize-space(.), {})][not(*[contains(normalize-space(.), {0})])]",
            xpath_literal(text)
        );
        self.find_xpath(&xpath, &format!("text “{text}”")).await
    }

    /// The visible text of the whole page.
    pub async fn page_text(&self) -> String {
        self.script("return document.body.innerText", vec![])
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub async fn current_url(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("current url")
            .to_string()
    }

    /// Runs a script in the page and returns its result.
    pub async fn script(&self, source: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(source, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{source}"))
    }

    pub async fn storage_get(&self, key: &str) -> Option<String> {
        self.script(
            "return window.localStorage.getItem(arguments[0]);",
            vec![json!(key)],
        )
        .await
        .as_str()
        .map(String::from)
    }

    pub async fn storage_set(&self, key: &str, value: &str) {
        self.script(
            "window.localStorage.setItem(arguments[0], arguments[1]);",
            vec![json!(key), json!(value)],
        )
        .await;
    }

    /// Every localStorage key with its value.
    pub async fn storage_all(&self) -> Vec<(String, String)> {
        let v = self
            .script(
                "const out = []; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); out.push([k, localStorage.getItem(k)]); } return out;",
                vec![],
            )
            .await;
        v.as_array()
            .map(|rows| {
                rows.iter()
                    .filter_map(|r| Some((r[0].as_str()?.to_string(), r[1].as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Calls a Chrome DevTools Protocol method.
    pub async fn cdp(&self, method: &str, params: Value) -> Value {
        assert_eq!(
            self.engine,
            Engine::Chromium,
            "DevTools calls are Chromium's"
        );
        self.client
            .issue_cmd(RawCommand {
                path: "goog/cdp/execute".into(),
                body: json!({ "cmd": method, "params": params }),
            })
            .await
            .unwrap_or_else(|e| panic!("DevTools call {method} failed: {e}"))
    }

    /// Emulates `prefers-color-scheme: dark` (or light).
    pub async fn set_dark_mode(&self, dark: bool) {
        let value = if dark { "dark" } else { "light" };
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": value }] }),
        )
        .await;
    }

    /// Chromium's browser log entries since the last call (the log is drained when read).
    pub async fn log_entries(&self) -> Vec<Value> {
        assert_eq!(
            self.engine,
            Engine::Chromium,
            "the browser log endpoint is Chromium's"
        );
        let v = self
            .client
            .issue_cmd(RawCommand {
                path: "se/log".into(),
                body: json!({ "type": "browser" }),
            })
            .await
            .expect("reading the browser log failed");
        v.as_array().cloned().unwrap_or_default()
    }

    /// Errors the engine itself reported since the last check: Chromium's
    /// log entries of level SEVERE, or the page errors Firefox printed. WebKit
    /// reports none this way (the page hook covers it).
    pub async fn engine_errors(&self) -> Vec<String> {
        match self.engine {
            Engine::Chromium => self
                .log_entries()
                .await
                .into_iter()
                .filter(|e| e["level"] == "SEVERE")
                .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                .collect(),
            Engine::Firefox => firefox_page_errors(&self.driver.new_output()),
            Engine::WebKit => Vec::new(),
        }
    }

    /// What the page hook (`error_hook.js`) recorded since the last check,
    /// cleared as it is read; `None` when the page has no hook (not served
    /// with `ServeOptions::error_hook`, or not the app's origin).
    pub async fn hook_errors(&self) -> Option<Vec<String>> {
        let v = self
            .client
            .execute(
                "return window.__shorelineErrorHook ? window.__shorelineErrorHook.drain() : null;",
                vec![],
            )
            .await
            .ok()?;
        Some(
            v.as_array()?
                .iter()
                .map(|e| e.as_str().unwrap_or_default().to_string())
                .collect(),
        )
    }

    /// Console errors, uncaught page errors and unhandled rejections since
    /// the last check, from every channel the engine has.
    pub async fn console_errors(&self) -> Vec<String> {
        let mut errors = self.engine_errors().await;
        errors.extend(self.hook_errors().await.unwrap_or_default());
        errors
    }

    /// Fails the test if the page logged any error since the last check. In
    /// Firefox and WebKit the page must carry the hook: without it an error
    /// could pass unseen (WebKit has no other channel).
    pub async fn assert_no_console_errors(&self) {
        let mut errors = self.engine_errors().await;
        match self.hook_errors().await {
            Some(hooked) => errors.extend(hooked),
            None => assert!(
                self.engine == Engine::Chromium,
                "the page in {} has no error hook, so its errors cannot be seen: \
                 serve it with ServeOptions {{ error_hook: true, .. }}",
                self.engine.name()
            ),
        }
        assert!(
            errors.is_empty(),
            "the page logged errors in {}:\n{}",
            self.engine.name(),
            errors.join("\n")
        );
    }

    /// Runs axe-core (from node_modules) on the page; returns the violations as readable lines.
    pub async fn axe_violations(&self) -> Vec<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "axe-core is missing at {} ({e}): `./dev test` installs it",
                path.display()
            )
        });
        self.script(&source, vec![]).await;
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe-core did not run");
        result
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Checks for errors, then ends the session (the browser quits).
    pub async fn finish(self) {
        self.assert_no_console_errors().await;
        let _ = self.client.close().await;
    }
}
