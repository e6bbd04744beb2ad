#!/usr/bin/env python3
"""The reference notification gateway (docs/GATEWAY-API.md) for local testing,
with failures injected on purpose. A test tool, not part of the product.

    gateway.py STATE_DIR [--token T] [--fail-rate 0.3] [--faults LIST] [--seed N]
                         [--hang-seconds 30] [--port 0]

Prints "PORT <n>" once it listens on 127.0.0.1 (a free port unless --port).

POST /v1/sms, POST /v1/email: the API. Accepted messages are appended to
STATE_DIR/accepted.jsonl (one JSON line each: key, message_id, channel, to,
subject, text, reference, kind, language), and that file is read back at start,
so a restarted gateway still knows every key it accepted and never accepts one
twice.

Failures: with probability --fail-rate a request gets one of --faults (comma
separated, default all of them), chosen at random (seeded by --seed):
    500        500 Internal Server Error, nothing accepted
    503        503 with Retry-After: 1, nothing accepted
    429        429 with Retry-After: 1, nothing accepted
    timeout    no answer for --hang-seconds, then the connection is closed
    reset      the connection is reset before anything is accepted
    lost       the message IS accepted, then the connection is reset (the
               client never learns it)
    slow       the message IS accepted, then the answer trickles out one byte
               every 0.3 s (a client with a short timeout gives up)
    malformed  the message IS accepted, then 200 with a body that is not JSON
Only by script (never chosen at random):
    late       the message IS accepted, then answered in full after
               --hang-seconds (an answer that outlives the dispatcher's claim)

Control (for tests):
    POST /_control  {"script": ["503", "429:7", "ok", ...]}  answers for the
                    next requests in order ("429:7": Retry-After 7; "ok": no
                    fault), before any random fault; {"fail_rate": 0.1} changes
                    the rate; {"token": "..."} the expected token.
    GET  /_stats    {"requests": n, "accepted": {key: times accepted},
                     "replays": n, "faults": {name: n}, "statuses": {code: n}}
    GET  /_requests every API request so far: key, path, authorization,
                    user_agent, body (parsed), fault
"""
import argparse
import http.server
import json
import os
import random
import socket
import socketserver
import struct
import sys
import threading
import time

ALL_FAULTS = ["500", "503", "429", "timeout", "reset", "lost", "slow", "malformed"]


class State:
    def __init__(self, args):
        self.lock = threading.RLock()  # do_GET holds it while _json() counts the status
        self.dir = args.state_dir
        self.token = args.token
        self.fail_rate = args.fail_rate
        self.faults = [f for f in args.faults.split(",") if f]
        self.random = random.Random(args.seed)
        self.hang_seconds = args.hang_seconds
        self.script = []
        self.accepted = {}      # key -> (body, message_id)
        self.accept_counts = {}  # key -> times accepted (must stay 1)
        self.requests = []
        self.stats = {"requests": 0, "replays": 0, "faults": {}, "statuses": {}}
        self.next_id = 1
        path = os.path.join(self.dir, "accepted.jsonl")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        entry = json.loads(line)
                        self.accepted[entry["key"]] = (entry["body"], entry["message_id"])
                        self.accept_counts[entry["key"]] = self.accept_counts.get(entry["key"], 0) + 1
                        self.next_id += 1

    def choose_fault(self):
        if self.script:
            return self.script.pop(0)
        if self.faults and self.random.random() < self.fail_rate:
            return self.random.choice(self.faults)
        return "ok"

    def accept(self, key, channel, body):
        """(status, message_id, replay) for an API request that passed validation."""
        if key in self.accepted:
            previous_body, message_id = self.accepted[key]
            if previous_body != body:
                return 409, None, False
            self.stats["replays"] += 1
            return 200, message_id, True
        message_id = "gw-%d-%d" % (os.getpid(), self.next_id)
        self.next_id += 1
        self.accepted[key] = (body, message_id)
        self.accept_counts[key] = self.accept_counts.get(key, 0) + 1
        entry = {"key": key, "message_id": message_id, "channel": channel, "body": body}
        with open(os.path.join(self.dir, "accepted.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        return 201, message_id, False


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle the body waits for the
    # client's delayed ACK, 40 ms per answer (about 110 answers/s in all).
    disable_nagle_algorithm = True

    def log_message(self, *args):  # keep the test output clean
        pass

    def _json(self, code, obj, headers=None):
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        state = self.server.state
        with state.lock:
            state.stats["statuses"][str(code)] = state.stats["statuses"].get(str(code), 0) + 1

    def _reset(self):
        # SO_LINGER 0: close sends RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def do_GET(self):
        state = self.server.state
        with state.lock:
            if self.path == "/_stats":
                stats = dict(state.stats)
                stats["accepted"] = dict(state.accept_counts)
                self._json(200, stats)
            elif self.path == "/_requests":
                self._json(200, list(state.requests))
            else:
                self._json(404, {"error": "no such route"})

    def do_POST(self):
        state = self.server.state
        raw = self._body()
        if self.path == "/_control":
            command = json.loads(raw or b"{}")
            with state.lock:
                if "script" in command:
                    state.script = list(command["script"])
                if "fail_rate" in command:
                    state.fail_rate = float(command["fail_rate"])
                if "token" in command:
                    state.token = command["token"]
            self._json(200, {"ok": True})
            return
        if self.path not in ("/v1/sms", "/v1/email"):
            self._json(404, {"error": "no such endpoint"})
            return
        channel = self.path[len("/v1/"):]
        key = self.headers.get("Idempotency-Key", "")
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            body = None
        with state.lock:
            state.stats["requests"] += 1
            fault = state.choose_fault()
            name = fault.split(":")[0]
            if name != "ok":
                state.stats["faults"][name] = state.stats["faults"].get(name, 0) + 1
            state.requests.append({"key": key, "path": self.path,
                                   "authorization": self.headers.get("Authorization", ""),
                                   "user_agent": self.headers.get("User-Agent", ""),
                                   "content_type": self.headers.get("Content-Type", ""),
                                   "body": body, "fault": fault})
        retry_after = fault.split(":")[1] if ":" in fault else "1"
        if name in ("500", "503", "429", "400", "401", "404", "409", "422"):
            headers = {"Retry-After": retry_after} if name in ("503", "429") else None
            self._json(int(name), {"error": "injected " + name}, headers)
            return
        if name == "timeout":
            time.sleep(state.hang_seconds)
            self.close_connection = True
            return
        if name == "reset":
            self._reset()
            return
        if state.token and self.headers.get("Authorization", "") != "Bearer " + state.token:
            self._json(401, {"error": "bad or missing token"})
            return
        required = ["to", "text", "reference", "kind", "language"] + (["subject"] if channel == "email" else [])
        if not key:
            self._json(400, {"error": "Idempotency-Key missing"})
            return
        if not isinstance(body, dict) or any(not isinstance(body.get(f), str) or not body.get(f) for f in required):
            self._json(400, {"error": "body must be a JSON object with " + ", ".join(required)})
            return
        with state.lock:
            code, message_id, _replay = state.accept(key, channel, body)
        if code == 409:
            self._json(409, {"error": "Idempotency-Key reused with another body"})
            return
        if name == "lost":
            self._reset()
            return
        if name == "late":
            time.sleep(state.hang_seconds)
            self._json(code, {"message_id": message_id})
            return
        if name == "malformed":
            data = b"{not json"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        if name == "slow":
            data = json.dumps({"message_id": message_id}).encode("utf-8")
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                for byte in data:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.3)
            except OSError:
                self.close_connection = True
            return
        self._json(code, {"message_id": message_id})


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("state_dir")
    parser.add_argument("--token", default="")
    parser.add_argument("--fail-rate", type=float, default=0.0)
    parser.add_argument("--faults", default=",".join(ALL_FAULTS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang-seconds", type=float, default=30.0)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.state_dir, exist_ok=True)
    server = Server(("127.0.0.1", args.port), Handler)
    server.state = State(args)
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
