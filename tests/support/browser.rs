//! A headless Chromium session through chromedriver, with helpers that act
//! as a user would: find links, buttons and fields by their visible name or
//! label, read text, and check that the page logged no error.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(15);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free loopback port")
}

fn find_program(name: &str) -> String {
    for dir in ["/usr/bin", "/usr/local/bin"] {
        let path = Path::new(dir).join(name);
        if path.is_file() {
            return path.display().to_string();
        }
    }
    panic!("{name} is not installed: `./dev test` installs Debian's chromium and chromium-driver")
}

/// A chromedriver process on a free port, in its own process group so that
/// it and the Chromium it starts are stopped together, by PID, on drop.
pub struct ChromeDriver {
    child: Child,
    port: u16,
}

impl ChromeDriver {
    pub fn start() -> Self {
        use std::os::unix::process::CommandExt;
        let port = free_port();
        let child = Command::new(find_program("chromedriver"))
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("chromedriver did not start");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < WAIT,
                "chromedriver did not listen on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        ChromeDriver { child, port }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        // The whole group (its id is chromedriver's PID): chromedriver and
        // any Chromium it left behind. Called directly, never through a
        // `kill` command whose argument parsing could widen the target.
        let pid = self.child.id() as i32;
        if pid > 1 {
            // SAFETY: kill(2) with a negative, non-(-1) id signals only that process group.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// How to start the browser.
#[derive(Clone, Debug)]
pub struct Options {
    pub width: u32,
    pub height: u32,
    /// Block cookies and site data, so `localStorage` throws `SecurityError`.
    pub block_storage: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 1280,
            height: 900,
            block_storage: false,
        }
    }
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
    _driver: ChromeDriver,
}

impl Browser {
    /// Starts Chromium (fresh profile) without opening a page.
    pub async fn start(options: Options) -> Self {
        let driver = ChromeDriver::start();
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
        args.push("--lang=en-US".into());
        let mut chrome = json!({ "binary": find_program("chromium"), "args": args });
        if options.block_storage {
            chrome["prefs"] = json!({ "profile.default_content_setting_values.cookies": 2 });
        }
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": chrome,
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let caps = match caps {
            Value::Object(map) => map,
            _ => unreachable!(),
        };
        let client = ClientBuilder::rustls()
            .expect("rustls client")
            .capabilities(caps)
            .connect(&driver.url())
            .await
            .expect("could not start a Chromium session through chromedriver");
        Browser {
            client,
            _driver: driver,
        }
    }

    /// Starts Chromium and opens the app at `url`, waiting for it to mount.
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
            let log = self.log_entries().await;
            panic!("the app did not mount at {url} ({err}).\nPage text:\n{text}\nBrowser log:\n{log:#?}");
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
            Err(err) => panic!("{what} not found ({err})"),
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

    /// Browser log entries since the last call (the log is drained when read).
    pub async fn log_entries(&self) -> Vec<Value> {
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

    /// Console errors and uncaught page errors since the last check.
    pub async fn console_errors(&self) -> Vec<String> {
        self.log_entries()
            .await
            .into_iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Fails the test if the page logged any error since the last check.
    pub async fn assert_no_console_errors(&self) {
        let errors = self.console_errors().await;
        assert!(
            errors.is_empty(),
            "the page logged errors:\n{}",
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

    /// Checks for errors, then ends the session (Chromium quits).
    pub async fn finish(self) {
        self.assert_no_console_errors().await;
        let _ = self.client.close().await;
    }
}
