//! `./dev bench`: the figures the README quotes. Prints, never asserts
//! (the size budget is a test; timings vary by machine).
//!
//! - every file in dist/, raw, gzip -9 and brotli (quality 11), and the
//!   totals; the same for the baseline app (benches/baseline: a Leptos 0.8
//!   counter saved to localStorage, same tools and build settings); the
//!   `.gz`/`.br` copies written for hosts are not counted;
//! - cold mount: navigation start to the app's "mounted" mark, Shoreline and
//!   the baseline interleaved in one run, a fresh headless Chromium profile
//!   (empty cache) for every load, median of 9 each, and their ratio; and
//!   where that time goes: when the wasm's last byte arrived (resource
//!   timing), compile and start (to the `-start` mark, the first line of
//!   `main`), and mount (to the `-mounted` mark);
//! - warm mount: the same profile reloading with the service worker's cache;
//! - matrix weight change and budget slider change: an `input` event until
//!   every resulting DOM update has run (sync + microtasks, up to the next
//!   task), 200 changes, p50 / p95 / max.
//!
//! `./dev bench` then prints the wasm size breakdown by group
//! (tools/size_groups.py).

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use support::browser::{Browser, Options};
use support::server::StaticServer;
use support::sizes::measure;

/// Cold mounts of each app, interleaved.
const COLD_RUNS: usize = 9;

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

/// The baseline's build (`./dev bench` builds it and sets the variable).
fn baseline_dir() -> PathBuf {
    let dir = std::env::var_os("SHORELINE_BASELINE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/baseline/dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no baseline build at {}: run `./dev bench` (it builds benches/baseline first)",
        dir.display()
    );
    dir
}

fn kib(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

/// Prints each file (largest first) and the totals; returns (raw, gzip, brotli).
fn size_table(title: &str, dir: &Path) -> (usize, usize, usize) {
    let mut rows = measure(dir);
    rows.sort_by_key(|r| std::cmp::Reverse(r.gzip));
    println!("{title} ({})", dir.display());
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "file", "raw B", "gzip B", "brotli B"
    );
    for r in &rows {
        println!(
            "{:<44} {:>10} {:>10} {:>10}",
            r.name, r.raw, r.gzip, r.brotli
        );
    }
    let raw: usize = rows.iter().map(|r| r.raw).sum();
    let gz: usize = rows.iter().map(|r| r.gzip).sum();
    let br: usize = rows.iter().map(|r| r.brotli).sum();
    println!("{:<44} {:>10} {:>10} {:>10}", "total", raw, gz, br);
    println!(
        "total: {:.1} KB raw, {:.1} KB gzip, {:.1} KB brotli (KB = 1,024 B)\n",
        kib(raw),
        kib(gz),
        kib(br)
    );
    (raw, gz, br)
}

fn sizes() {
    let (_, gz, br) = size_table("Shoreline (dist/)", &support::dist_dir());
    println!(
        "Shoreline: {:.1} KB gzip (the budget is in tests/size_budget.rs), {:.1} KB brotli\n",
        kib(gz),
        kib(br)
    );
    let (_, base_gz, base_br) = size_table("Baseline (benches/baseline)", &baseline_dir());
    println!(
        "Shoreline / baseline: {:.1}x gzip, {:.1}x brotli\n",
        gz as f64 / base_gz as f64,
        br as f64 / base_br as f64
    );
}

/// Milliseconds from navigation start to the performance mark `mark`
/// (the app sets it once mounted), waiting for it to appear.
async fn mark_ms(b: &Browser, mark: &str) -> f64 {
    let started = Instant::now();
    loop {
        let at = b
            .script(
                "const m = performance.getEntriesByName(arguments[0])[0]; return m ? m.startTime : null;",
                vec![serde_json::json!(mark)],
            )
            .await;
        if let Some(ms) = at.as_f64() {
            return ms;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the page never set the {mark} mark"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The phases of one cold load, in milliseconds from navigation start.
struct Phases {
    /// The last byte of the wasm file received (its resource timing).
    wasm_received: f64,
    /// `main` entered: the wasm is compiled and instantiated.
    started: f64,
    /// The app mounted.
    mounted: f64,
}

/// The end of the first `.wasm` response, from resource timing.
async fn wasm_received_ms(b: &Browser) -> f64 {
    let at = b
        .script(
            "const r = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm')); return r ? r.responseEnd : null;",
            vec![],
        )
        .await;
    at.as_f64()
        .expect("the page loaded no .wasm file (resource timing has none)")
}

/// One load in a fresh profile (empty cache) of the app whose marks are
/// `<app>-start` (first line of `main`) and `<app>-mounted`.
async fn cold_load(url: &str, app: &str) -> Phases {
    let b = Browser::start(Options::default()).await;
    b.client.goto(url).await.expect("navigation failed");
    let mounted = mark_ms(&b, &format!("{app}-mounted")).await;
    let started = mark_ms(&b, &format!("{app}-start")).await;
    let wasm_received = wasm_received_ms(&b).await;
    b.finish().await;
    Phases {
        wasm_received,
        started,
        mounted,
    }
}

fn runs_text(runs: &[f64]) -> String {
    let shown: Vec<String> = runs.iter().map(|r| format!("{r:.0}")).collect();
    shown.join(", ")
}

/// Medians of where the time of a cold load goes.
fn phases_text(runs: &[Phases]) -> String {
    let received = median(runs.iter().map(|p| p.wasm_received).collect());
    let compile = median(runs.iter().map(|p| p.started - p.wasm_received).collect());
    let mount = median(runs.iter().map(|p| p.mounted - p.started).collect());
    format!(
        "wasm received at {received:.0} ms, then compile and start {compile:.0} ms, then mount {mount:.0} ms"
    )
}

/// Shoreline and the baseline, one after the other in each round (the order
/// alternating), so both see the same machine load.
async fn cold_mount() {
    let shoreline = StaticServer::start(&support::dist_dir());
    let baseline = StaticServer::start(&baseline_dir());
    let mut ours = Vec::new();
    let mut base = Vec::new();
    for round in 0..COLD_RUNS {
        if round % 2 == 0 {
            ours.push(cold_load(&shoreline.url(), "shoreline").await);
            base.push(cold_load(&baseline.url(), "baseline").await);
        } else {
            base.push(cold_load(&baseline.url(), "baseline").await);
            ours.push(cold_load(&shoreline.url(), "shoreline").await);
        }
    }
    let mounted = |runs: &[Phases]| runs.iter().map(|p| p.mounted).collect::<Vec<_>>();
    println!(
        "Cold mount (navigation start to mounted, fresh profile, interleaved), {COLD_RUNS} runs each:"
    );
    println!("  Shoreline: {} ms", runs_text(&mounted(&ours)));
    println!("  baseline:  {} ms", runs_text(&mounted(&base)));
    println!("  where the time goes (medians of each phase):");
    println!("    Shoreline: {}", phases_text(&ours));
    println!("    baseline:  {}", phases_text(&base));
    let (ours, base) = (median(mounted(&ours)), median(mounted(&base)));
    println!("cold mount median: Shoreline {ours:.0} ms, baseline {base:.0} ms");
    println!(
        "cold mount ratio Shoreline / baseline: {:.2} (goal <= 1.5, issue 14)",
        ours / base
    );
}

/// Mount time once the service worker has cached the build: the same
/// profile reloads the page 5 times.
async fn warm_mount() {
    let server = StaticServer::start(&support::dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    let started = Instant::now();
    while b
        .script("return !!navigator.serviceWorker.controller;", vec![])
        .await
        != serde_json::json!(true)
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the service worker never took control"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let mut runs = Vec::new();
    for _ in 0..5 {
        b.reload().await;
        runs.push(mark_ms(&b, "shoreline-mounted").await);
    }
    b.finish().await;
    println!(
        "Warm mount (service worker cache, same profile), 5 runs: {} ms",
        runs_text(&runs)
    );
    println!("warm mount median: {:.0} ms", median(runs));
}

/// Times `changes` input events on the range control labelled `label`,
/// returning milliseconds per change (dispatch to the DOM updated).
async fn input_latency(b: &Browser, label: &str, values: &[u32]) -> Vec<f64> {
    let result = b
        .client
        .execute_async(
            "const [label, values, done] = arguments;
             const input = document.querySelector(`input[aria-label=\"${label}\"]`);
             if (!input) { done({ error: 'no control labelled ' + label }); return; }
             const shown = input.parentElement.querySelector('.weight-value');
             const settle = async () => { for (let k = 0; k < 30; k++) await Promise.resolve(); };
             const nextTask = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
             (async () => {
               const times = [];
               let late = 0;
               for (const v of values) {
                 await nextTask();
                 const t0 = performance.now();
                 input.value = String(v);
                 input.dispatchEvent(new Event('input', { bubbles: true }));
                 // Leptos applies updates synchronously or in microtasks: wait
                 // for the microtask queue to drain, not for a frame.
                 await settle();
                 const t1 = performance.now();
                 if (shown.textContent !== String(v)) late++;
                 times.push(t1 - t0);
               }
               done({ times, late });
             })();",
            vec![serde_json::json!(label), serde_json::json!(values)],
        )
        .await
        .expect("latency script");
    if let Some(err) = result.get("error") {
        panic!("{err}");
    }
    let late = result["late"].as_u64().unwrap_or(u64::MAX);
    assert_eq!(
        late, 0,
        "{late} input events had not updated the page when timed"
    );
    result["times"]
        .as_array()
        .expect("times")
        .iter()
        .filter_map(|v| v.as_f64())
        .collect()
}

fn report_latency(name: &str, mut times: Vec<f64>) {
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    let over = times.iter().filter(|t| **t > 16.0).count();
    println!(
        "{name}: {} changes, p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms, {over} over 16 ms",
        times.len(),
        pct(0.5),
        pct(0.95),
        times.last().copied().unwrap_or(0.0)
    );
}

async fn matrix_latency() {
    let server = StaticServer::start(&support::dist_dir());
    let b = Browser::open(&format!("{}?view=matrix", server.url()), Options::default()).await;
    b.wait_heading("Comparison matrix").await;
    // 0..=10 and back, so every event changes the weight.
    let values: Vec<u32> = (0..200)
        .map(|i| {
            if (i / 10) % 2 == 0 {
                i % 10 + 1
            } else {
                10 - i % 10 - 1
            }
        })
        .collect();
    let label = "Weight of Low labour & operating cost";
    let _warm_up = input_latency(&b, label, &values[..20]).await;
    let times = input_latency(&b, label, &values).await;
    report_latency("Matrix weight change (input event to DOM updated)", times);
    b.finish().await;
}

/// Times 200 budget-slider changes (input event to DOM updated: the typed
/// amount, the results table and the fit markers follow the slider).
async fn budget_latency() {
    let server = StaticServer::start(&support::dist_dir());
    let b = Browser::open(&format!("{}?view=budget", server.url()), Options::default()).await;
    b.wait_heading("Budget and cost model").await;
    let run = |count: u32| {
        let b = &b;
        async move {
            b.client
                .execute_async(
                    "const [count, done] = arguments;
                     const input = document.getElementById('budget-range');
                     const typed = document.getElementById('f-budget');
                     const step = Number(input.step), positions = Math.round(Number(input.max) / step);
                     const settle = async () => { for (let k = 0; k < 30; k++) await Promise.resolve(); };
                     const nextTask = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
                     (async () => {
                       const times = [];
                       let late = 0;
                       for (let i = 0; i < count; i++) {
                         // Walk the whole range in uneven jumps, so fit markers flip often.
                         const v = String(((i * 37) % (positions + 1)) * step);
                         await nextTask();
                         const t0 = performance.now();
                         input.value = v;
                         input.dispatchEvent(new Event('input', { bubbles: true }));
                         await settle();
                         const t1 = performance.now();
                         if (typed.value.replace(/,/g, '') !== v) late++;
                         times.push(t1 - t0);
                       }
                       done({ times, late });
                     })();",
                    vec![serde_json::json!(count)],
                )
                .await
                .expect("budget latency script")
        }
    };
    let _warm_up = run(20).await;
    let result = run(200).await;
    let late = result["late"].as_u64().unwrap_or(u64::MAX);
    assert_eq!(
        late, 0,
        "{late} budget changes had not updated the page when timed"
    );
    let times = result["times"]
        .as_array()
        .expect("times")
        .iter()
        .filter_map(|v| v.as_f64())
        .collect();
    report_latency("Budget slider change (input event to DOM updated)", times);
    b.finish().await;
}

fn main() {
    sizes();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(cold_mount());
    runtime.block_on(warm_mount());
    runtime.block_on(matrix_latency());
    runtime.block_on(budget_latency());
}
