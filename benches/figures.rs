//! `./dev bench`: the figures the README quotes. Prints, never asserts
//! (the size budget is a test; timings vary by machine).
//!
//! - every file in dist/, raw and gzip, and the totals;
//! - cold mount: navigation start to the app mounted, median of 5 fresh
//!   headless Chromium profiles (empty cache);
//! - matrix weight change: an `input` event on a weight slider until every
//!   resulting DOM update has run (sync + microtasks, up to the next task),
//!   200 changes, p50 / p95 / max.

#[path = "../tests/support/mod.rs"]
mod support;

use std::io::Write;

use support::browser::{Browser, Options};
use support::server::StaticServer;

fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip").len()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

fn sizes() {
    let dist = support::dist_dir();
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(&dist).expect("read dist/") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            let bytes = std::fs::read(&path).expect("read");
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            rows.push((name, bytes.len(), gzip_len(&bytes)));
        }
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.2));
    println!("Bundle (dist/)");
    println!("{:<44} {:>10} {:>10}", "file", "raw B", "gzip B");
    for (name, raw, gz) in &rows {
        println!("{name:<44} {raw:>10} {gz:>10}");
    }
    let raw: usize = rows.iter().map(|r| r.1).sum();
    let gz: usize = rows.iter().map(|r| r.2).sum();
    println!("{:<44} {:>10} {:>10}", "total", raw, gz);
    println!(
        "total gzip: {:.1} KB (budget 384 KB, see tests/size_budget.rs)\n",
        gz as f64 / 1024.0
    );
}

/// Milliseconds from navigation start to the app's `shoreline-mounted` mark.
async fn mounted_ms(b: &Browser) -> f64 {
    b.script(
        "const m = performance.getEntriesByName('shoreline-mounted')[0]; return m ? m.startTime : null;",
        vec![],
    )
    .await
    .as_f64()
    .expect("the app sets the shoreline-mounted mark")
}

async fn cold_mount() {
    let server = StaticServer::start(&support::dist_dir());
    let mut runs = Vec::new();
    for _ in 0..5 {
        let b = Browser::open(&server.url(), Options::default()).await;
        runs.push(mounted_ms(&b).await);
        b.finish().await;
    }
    let shown: Vec<String> = runs.iter().map(|r| format!("{r:.0}")).collect();
    println!(
        "Cold mount (navigation start to mounted, fresh profile), 5 runs: {} ms",
        shown.join(", ")
    );
    println!("cold mount median: {:.0} ms", median(runs));
}

/// Mount time once the service worker has cached the build: the same
/// profile reloads the page 5 times.
async fn warm_mount() {
    let server = StaticServer::start(&support::dist_dir());
    let b = Browser::open(&server.url(), Options::default()).await;
    let started = std::time::Instant::now();
    while b
        .script("return !!navigator.serviceWorker.controller;", vec![])
        .await
        != serde_json::json!(true)
    {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "the service worker never took control"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let mut runs = Vec::new();
    for _ in 0..5 {
        b.reload().await;
        runs.push(mounted_ms(&b).await);
    }
    b.finish().await;
    let shown: Vec<String> = runs.iter().map(|r| format!("{r:.0}")).collect();
    println!(
        "Warm mount (service worker cache, same profile), 5 runs: {} ms",
        shown.join(", ")
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
