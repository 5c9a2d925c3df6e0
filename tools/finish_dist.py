#!/usr/bin/env python3
"""Trunk post_build hook: makes the build offline-capable and CSP-friendly.

Runs in Trunk's staging directory ($TRUNK_STAGING_DIR, or the folder given
as the first argument) after every build:

1. Moves Trunk's inline module loader out of index.html into a hashed file
   `boot-<hash>.js` (with assets/boot.js appended: service worker
   registration and the "new version" relay), so a host can send a strict
   Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) without
   an inline-script hash that changes with every build.
2. Writes `sw.js` from assets/sw.js with the build version (a hash of every
   file) and the list of files to precache.
3. Joins Trunk's stylesheets (one per screen in style/) into one minified
   `style-<hash>.css` in their order, so the page asks for one file instead
   of nine (a quicker start, and about 5 KB less gzip: comments and
   whitespace go, and one stream compresses better than nine).
4. Minifies wasm-bindgen's JS glue in place with terser (npm, pinned in
   package-lock.json): the same code in 23 KB instead of 51 KB (about
   2 KB less gzip); its `integrity` in the page is updated to match.
5. Writes `.gz` and `.br` copies beside each compressible file
   (tools/precompress.mjs), for hosts that serve precompressed files. They
   are not in the precache list and not in the version: the service worker
   fetches the plain names and the host picks the encoding.

Fails loudly (exit 1) when the page does not look as expected, so a Trunk
upgrade that changes the loader cannot silently break offline use.
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
stage = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
if not stage or not os.path.isdir(stage):
    sys.exit("finish_dist.py: no staging folder (TRUNK_STAGING_DIR or an argument)")

index_path = os.path.join(stage, "index.html")
with open(index_path, encoding="utf-8") as f:
    page = f.read()

inline = re.findall(r"<script type=\"module\">(.*?)</script>", page, flags=re.S)
if len(inline) != 1 or "init(" not in inline[0]:
    sys.exit(f"finish_dist.py: expected one inline module loader in index.html, found {len(inline)}")

def precompressed(name):
    return name.endswith(".gz") or name.endswith(".br")


for name in os.listdir(stage):
    if name.startswith("boot-") and name.endswith(".js") or name == "sw.js" or precompressed(name):
        os.remove(os.path.join(stage, name))


def minify_css(css):
    """Comments and needless whitespace out; nothing else changes. Spaces
    inside a quoted string (`content: "✓ "`) are kept; around + - * / and
    in selectors (descendant spaces) they are kept too."""
    out = []
    # Comments first (their apostrophes are not strings); then strings are
    # kept as they are and only the text between them is squeezed.
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for i, part in enumerate(re.split(r'("(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\')', css)):
        if i % 2 == 1:
            out.append(part)
            continue
        part = re.sub(r"\s+", " ", part)
        part = re.sub(r"\s*([{};,>])\s*", r"\1", part)
        part = re.sub(r":\s+", ":", part)
        out.append(part)
    return "".join(out).replace(";}", "}").strip() + "\n"


sheet_links = re.findall(r'<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*/?>', page)
if len(sheet_links) < 2:
    sys.exit(f"finish_dist.py: expected Trunk's stylesheet links in index.html, found {len(sheet_links)}")
for name in os.listdir(stage):
    if name.startswith("style-") and name.endswith(".css"):
        os.remove(os.path.join(stage, name))
css = ""
for name in sheet_links:
    with open(os.path.join(stage, name), encoding="utf-8") as f:
        css += f.read() + "\n"
css = minify_css(css)
if css.count("{") != css.count("}"):
    sys.exit("finish_dist.py: the joined stylesheet's braces do not balance")
css_bytes = css.encode()
style_name = "style-" + hashlib.sha256(css_bytes).hexdigest()[:16] + ".css"
with open(os.path.join(stage, style_name), "wb") as f:
    f.write(css_bytes)
integrity = "sha384-" + base64.b64encode(hashlib.sha384(css_bytes).digest()).decode()
first = True


def replace_link(match):
    global first
    if first:
        first = False
        return f'<link rel="stylesheet" href="./{style_name}" integrity="{integrity}"/>'
    return ""
page = re.sub(r'<link rel="stylesheet" href="\./[^"]+\.css"[^>]*/?>(\n[ \t]*)?', replace_link, page)
for name in sheet_links:
    os.remove(os.path.join(stage, name))

# wasm-bindgen's glue, minified in place (its name stays: it is already
# unique to its content, and the loader imports it by that name).
glue = re.findall(r'<link rel="modulepreload" href="\./([^"]+\.js)"[^>]*integrity="([^"]+)"', page)
if len(glue) != 1:
    sys.exit(f"finish_dist.py: expected one modulepreload of the JS glue in index.html, found {len(glue)}")
glue_name, glue_integrity = glue[0]
glue_path = os.path.join(stage, glue_name)
terser = os.path.join(ROOT, "node_modules", ".bin", "terser")
try:
    subprocess.run([terser, glue_path, "--module", "--compress", "--mangle", "-o", glue_path], check=True)
except (OSError, subprocess.CalledProcessError) as err:
    sys.exit(f"finish_dist.py: minifying {glue_name} with terser failed ({err}); run ./dev setup")
with open(glue_path, "rb") as f:
    glue_bytes = f.read()
page = page.replace(
    glue_integrity,
    "sha384-" + base64.b64encode(hashlib.sha384(glue_bytes).digest()).decode(),
)

# The version: every file of the build except the ones written here.
digest = hashlib.sha256()
for name in sorted(os.listdir(stage)):
    path = os.path.join(stage, name)
    if os.path.isfile(path) and name != "index.html" and not precompressed(name):
        digest.update(name.encode())
        with open(path, "rb") as f:
            digest.update(f.read())
digest.update(page.encode())
version = digest.hexdigest()[:16]

with open(os.path.join(ROOT, "assets", "boot.js"), encoding="utf-8") as f:
    boot_extra = f.read().replace("__VERSION__", version)
boot = inline[0].strip() + "\n\n" + boot_extra
boot_name = "boot-" + hashlib.sha256(boot.encode()).hexdigest()[:16] + ".js"
with open(os.path.join(stage, boot_name), "w", encoding="utf-8") as f:
    f.write(boot)
page = page.replace(
    '<script type="module">' + inline[0] + "</script>",
    f'<script type="module" src="./{boot_name}"></script>',
)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(page)

files = ["./"] + sorted(
    "./" + name
    for name in os.listdir(stage)
    if os.path.isfile(os.path.join(stage, name))
    and name not in ("sw.js", "index.html")
    and not precompressed(name)
)
with open(os.path.join(ROOT, "assets", "sw.js"), encoding="utf-8") as f:
    worker = f.read()
if "__VERSION__" not in worker or "__FILES__" not in worker:
    sys.exit("finish_dist.py: assets/sw.js lost its placeholders")
worker = worker.replace("__VERSION__", version).replace("__FILES__", json.dumps(files))
with open(os.path.join(stage, "sw.js"), "w", encoding="utf-8") as f:
    f.write(worker)
# Last, so sw.js and the rewritten page get their compressed copies too.
try:
    subprocess.run(["node", os.path.join(ROOT, "tools", "precompress.mjs"), stage], check=True)
except (OSError, subprocess.CalledProcessError) as err:
    sys.exit(f"finish_dist.py: writing the .gz/.br files failed ({err})")
print(f"finish_dist.py: version {version}, {len(files)} files precached, loader in {boot_name}")
