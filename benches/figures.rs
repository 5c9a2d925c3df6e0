//! `./dev bench`: the figures the README quotes. Prints, never asserts
//! (the size budget is a test; timings vary by machine).
//!
//! - every file in dist/, raw and gzip, and the totals;
//! - cold mount: navigation start to the app mounted, median of 5 fresh
//!   headless Chromium profiles (empty cache).

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
    rows.sort_by(|a, b| b.2.cmp(&a.2));
    println!("Bundle (dist/)");
    println!("{:<44} {:>10} {:>10}", "file", "raw B", "gzip B");
    for (name, raw, gz) in &rows {
        println!("{name:<44} {raw:>10} {gz:>10}");
    }
    let raw: usize = rows.iter().map(|r| r.1).sum();
    let gz: usize = rows.iter().map(|r| r.2).sum();
    println!("{:<44} {:>10} {:>10}", "total", raw, gz);
    println!(
        "total gzip: {:.1} KB (budget 200 KB, goal 160 KB)\n",
        gz as f64 / 1024.0
    );
}

async fn cold_mount() {
    let server = StaticServer::start(&support::dist_dir());
    let mut runs = Vec::new();
    for _ in 0..5 {
        let b = Browser::open(&server.url(), Options::default()).await;
        let ms = b
            .script(
                "const m = performance.getEntriesByName('shoreline-mounted')[0]; return m ? m.startTime : null;",
                vec![],
            )
            .await
            .as_f64()
            .expect("the app sets the shoreline-mounted mark");
        runs.push(ms);
        b.finish().await;
    }
    let shown: Vec<String> = runs.iter().map(|r| format!("{r:.0}")).collect();
    println!(
        "Cold mount (navigation start to mounted, fresh profile), 5 runs: {} ms",
        shown.join(", ")
    );
    println!("cold mount median: {:.0} ms", median(runs));
}

fn main() {
    sizes();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(cold_mount());
}
