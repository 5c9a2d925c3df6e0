#!/usr/bin/env node
// Writes `NAME.gz` (gzip level 9) and `NAME.br` (brotli, quality 11) beside
// every compressible file of a built folder, for hosts that serve
// precompressed files (nginx `gzip_static` / `brotli_static`, many CDNs) and
// for `./dev serve`.
//
//     node tools/precompress.mjs [FOLDER]     (default: $TRUNK_STAGING_DIR)
//
// Called by tools/finish_dist.py (Shoreline) and by the baseline app's Trunk
// hook. Uses Node's own zlib, which bundles zlib and Google's brotli: Node is
// already needed for the build (npm's binaryen runs wasm-opt), so this adds
// no package, no download and no root step, and works with whatever Python
// runs the other hook. Output is deterministic (gzip header without a name
// or time), so rebuilding the same files gives the same bytes.
//
// Compressed: wasm, js, css, html, webmanifest, svg (and json, txt, map).
// Not compressed: PNG and other already-compressed formats. Old .gz/.br
// files are removed first, so none is ever left behind for a file that
// changed or went away.
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|webmanifest|svg|json|txt|map)$/;
const TEXT = /\.(js|mjs|css|html|webmanifest|svg|json|txt|map)$/;

const folder = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  console.error("precompress.mjs: no folder (an argument or TRUNK_STAGING_DIR)");
  process.exit(1);
}

const names = readdirSync(folder).filter((n) => statSync(join(folder, n)).isFile());
for (const name of names) {
  if (name.endsWith(".gz") || name.endsWith(".br")) unlinkSync(join(folder, name));
}

let count = 0;
for (const name of names) {
  if (!COMPRESSIBLE.test(name)) continue;
  const path = join(folder, name);
  const bytes = readFileSync(path);
  writeFileSync(path + ".gz", gzipSync(bytes, { level: 9 }));
  writeFileSync(
    path + ".br",
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: TEXT.test(name)
          ? constants.BROTLI_MODE_TEXT
          : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    })
  );
  count += 1;
}
console.log(`precompress.mjs: ${count} files, each with .gz and .br beside it`);
