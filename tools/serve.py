#!/usr/bin/env python3
"""Serve a folder on 127.0.0.1 for `./dev serve` (any static server works;
this one sends the application/wasm type and asks browsers to revalidate)."""
import functools
import http.server
import sys

folder, port = sys.argv[1], int(sys.argv[2])


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm"}

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=folder))
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
