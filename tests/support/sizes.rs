//! Sizes of a built folder as the size test and `./dev bench` count them:
//! each file of the build once, the `.gz`/`.br` copies written beside them
//! for hosts (tools/precompress.mjs) left out, compressed here with gzip -9
//! and brotli at its highest quality.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A `.gz` or `.br` copy written beside a file of the build.
pub fn is_precompressed(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("gz") | Some("br")
    )
}

/// The files of a build (not the precompressed copies), sorted by name.
pub fn build_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.is_file() && !is_precompressed(path))
        .collect();
    files.sort();
    files
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

/// Brotli at quality 11 (the highest) with a 4 MiB window, as
/// tools/precompress.mjs writes the `.br` files.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("brotli");
    out
}

/// One file's name and sizes in bytes.
pub struct FileSize {
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// Every file of the build, each once.
pub fn measure(dir: &Path) -> Vec<FileSize> {
    build_files(dir)
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("read a built file");
            FileSize {
                name: path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                raw: bytes.len(),
                gzip: gzip(&bytes).len(),
                brotli: brotli(&bytes).len(),
            }
        })
        .collect()
}
