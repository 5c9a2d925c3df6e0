#!/usr/bin/env python3
"""A static file server for dist/, used by `./dev serve` and by the tests.

    serve.py FOLDER PORT [--prefix /a/b/] [--also-prefix /c/]... [--header "Name: value"]...
                         [--log FILE] [--extra REL_PATH=FILE]... [--head-script FILE]

PORT 0 picks a free port. The first line printed is "listening on URL".
--prefix serves the folder under a sub-path (anything else is 404), to prove
that every URL the app uses is relative. --header adds a response header
(e.g. a Content-Security-Policy). --log appends each requested path to FILE.
--also-prefix serves the same folder under a further sub-path too (two
installations on one origin). --extra serves FILE at REL_PATH under the
prefix (a test host page, say).
--head-script inlines FILE as the first thing in the <head> of every HTML
page served (the tests' page-error hook, which must run before the app boots).
Only 127.0.0.1 is bound.

Precompressed files, as nginx `gzip_static on; brotli_static on;` serves
them: for NAME, when NAME.br exists and the request's Accept-Encoding allows
br, the body is NAME.br with `Content-Encoding: br`; else NAME.gz when gzip is
allowed; else NAME itself. The Content-Type is always NAME's, and a file that
has compressed copies is sent with `Vary: Accept-Encoding`.
"""
import argparse
import http.server
import mimetypes
import os
import posixpath
import sys
import threading
import urllib.parse

parser = argparse.ArgumentParser()
parser.add_argument("folder")
parser.add_argument("port", type=int)
parser.add_argument("--prefix", default="/")
parser.add_argument("--also-prefix", action="append", default=[])
parser.add_argument("--header", action="append", default=[])
parser.add_argument("--log")
parser.add_argument("--extra", action="append", default=[])
parser.add_argument("--head-script")
args = parser.parse_args()

root = os.path.realpath(args.folder)
def folder(p):
    return p if p.endswith("/") else p + "/"


prefix = folder(args.prefix)
prefixes = [prefix] + [folder(p) for p in args.also_prefix]
headers = [h.split(":", 1) for h in args.header]
extras = dict(e.split("=", 1) for e in args.extra)
head_script = b""
if args.head_script:
    with open(args.head_script, "rb") as f:
        head_script = b"<script>" + f.read() + b"</script>"
log_lock = threading.Lock()
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")


def content_type(name):
    """The type of a name; None for unknown ones and for a compressed copy
    asked for by its own name (`x.js.gz` is not JavaScript)."""
    ctype, encoding = mimetypes.guess_type(name)
    return None if encoding else ctype


def accepted_encodings(header):
    """The codings an Accept-Encoding header allows (q > 0), lower case."""
    allowed = set()
    refused = set()
    for part in (header or "").split(","):
        coding, _, params = part.strip().partition(";")
        coding = coding.strip().lower()
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        (allowed if q > 0 else refused).add(coding)
    if "*" in allowed:
        allowed |= {"br", "gzip"} - refused
    return allowed


def pick_encoding(file, header):
    """(path to send, Content-Encoding or None, has compressed copies)."""
    variants = [(enc, file + ext) for enc, ext in (("br", ".br"), ("gzip", ".gz"))]
    present = [(enc, path) for enc, path in variants if os.path.isfile(path)]
    allowed = accepted_encodings(header)
    for enc, path in present:
        if enc in allowed:
            return path, enc, True
    return file, None, bool(present)


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *_):
        pass

    def resolve(self):
        path = urllib.parse.urlsplit(self.path).path
        base = next((p for p in prefixes if path.startswith(p) or path + "/" == p), None)
        if base is None:
            return None
        rel = urllib.parse.unquote(path[len(base):])
        if rel in extras:
            return extras[rel]
        full = os.path.realpath(os.path.join(root, posixpath.normpath("/" + rel).lstrip("/")))
        if not (full == root or full.startswith(root + os.sep)):
            return None
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        return full if os.path.isfile(full) else None

    def do_GET(self, head_only=False):
        if args.log:
            with log_lock, open(args.log, "a") as f:
                f.write(self.path + "\n")
        file = self.resolve()
        if file is None:
            self.send_error(404)
            return
        plain, encoding, varies = file, None, False
        # A page that gets the head script is served plain (its compressed
        # copies do not carry the script).
        inject = head_script and plain.endswith(".html")
        if file not in extras.values() and not inject:
            file, encoding, varies = pick_encoding(file, self.headers.get("Accept-Encoding"))
        with open(file, "rb") as f:
            body = f.read()
        if inject:
            body = body.replace(b"<head>", b"<head>" + head_script, 1)
        # The type follows the requested name (extra files live under other names).
        requested = urllib.parse.urlsplit(self.path).path
        ctype = content_type(requested) or content_type(plain) or "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        if varies:
            self.send_header("Vary", "Accept-Encoding")
        for name, value in headers:
            self.send_header(name.strip(), value.strip())
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET(head_only=True)


server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
server.daemon_threads = True
print(f"listening on http://127.0.0.1:{server.server_address[1]}{prefix}", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
