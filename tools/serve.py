#!/usr/bin/env python3
"""A static file server for dist/, used by `./dev serve` and by the tests.

    serve.py FOLDER PORT [--prefix /a/b/] [--also-prefix /c/]... [--header "Name: value"]...
                         [--log FILE] [--extra REL_PATH=FILE]...

PORT 0 picks a free port. The first line printed is "listening on URL".
--prefix serves the folder under a sub-path (anything else is 404), to prove
that every URL the app uses is relative. --header adds a response header
(e.g. a Content-Security-Policy). --log appends each requested path to FILE.
--also-prefix serves the same folder under a further sub-path too (two
installations on one origin). --extra serves FILE at REL_PATH under the
prefix (a test host page, say).
Only 127.0.0.1 is bound.
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
args = parser.parse_args()

root = os.path.realpath(args.folder)
def folder(p):
    return p if p.endswith("/") else p + "/"


prefix = folder(args.prefix)
prefixes = [prefix] + [folder(p) for p in args.also_prefix]
headers = [h.split(":", 1) for h in args.header]
extras = dict(e.split("=", 1) for e in args.extra)
log_lock = threading.Lock()
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")


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
        with open(file, "rb") as f:
            body = f.read()
        # The type follows the requested name (extra files live under other names).
        requested = urllib.parse.urlsplit(self.path).path
        ctype = (
            mimetypes.guess_type(requested)[0]
            or mimetypes.guess_type(file)[0]
            or "application/octet-stream"
        )
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
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
