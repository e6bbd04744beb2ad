#!/usr/bin/env python3
"""A document server on loopback for the tests: real HTTP, odd behaviours on
purpose. Started by the test that needs it (QProcess), stopped when it ends.

    docserver.py ROOT      serve ROOT on 127.0.0.1, a free port; prints "PORT <n>"

Routes:
    /files/NAME            the file ROOT/NAME (200, Content-Length), 404 if missing
    /status/CODE           an empty answer with that status
    /stall/NAME            headers for ROOT/NAME, a few bytes, then silence (until
                           the client gives up; the connection is held at most 60 s)
    /nolength/NAME         ROOT/NAME sent chunk by chunk without Content-Length
    /redirect/go?to=TARGET 302 to TARGET (percent-encoded)

Every request is recorded as one JSON line in ROOT/.requests.jsonl (path,
Host and Authorization headers), so tests can see what a client sent where.
"""
import http.server
import json
import os
import threading
import urllib.parse
import socketserver
import sys
import time


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep the test output clean
        pass

    def _file(self, name):
        path = os.path.join(self.server.root, os.path.basename(name))
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as f:
            return f.read()

    def _record(self):
        entry = {"path": self.path, "host": self.headers.get("Host", ""),
                 "authorization": self.headers.get("Authorization", "")}
        with self.server.log_lock:
            with open(os.path.join(self.server.root, ".requests.jsonl"), "a") as log:
                log.write(json.dumps(entry) + "\n")

    def do_GET(self):
        self._record()
        parts = self.path.split("/", 2)
        route = parts[1] if len(parts) > 1 else ""
        arg = parts[2] if len(parts) > 2 else ""
        if route == "redirect":
            query = urllib.parse.urlsplit(self.path).query
            self.send_response(302)
            self.send_header("Location", urllib.parse.parse_qs(query)["to"][0])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if route == "status":
            code = int(arg) if arg.isdigit() else 500
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self._file(arg)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if route == "files":
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif route == "stall":
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:16])
            self.wfile.flush()
            deadline = time.time() + 60
            while time.time() < deadline:
                time.sleep(0.2)
        elif route == "nolength":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            for i in range(0, len(body), 65536):
                self.wfile.write(body[i:i + 65536])
            self.close_connection = True
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    server.root = sys.argv[1]
    server.log_lock = threading.Lock()
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
