# SPDX-License-Identifier: GPL-3.0-or-later
"""HTTP request handler: reads a request, records it, authenticates it, routes it."""
import email.utils
import hashlib
import http.server
import json
import socket
import uuid

from . import auth, routes, signing

MAX_REQUEST_BODY = 32 * 1024 * 1024


def _utf8(text: str) -> str:
    """http.server decodes the request line and headers as Latin-1; clients send UTF-8."""
    return text.encode("latin-1", errors="replace").decode("utf-8", errors="replace")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "api-gateway"
    sys_version = ""
    timeout = 120  # an idle keep-alive connection frees its thread after this

    # --- plumbing -------------------------------------------------------------------------
    @property
    def state(self):
        return self.server.state

    def version_string(self):
        return self.server_version

    def log_message(self, fmt, *args):  # never log: headers carry the (fake) secrets
        pass

    def date_time_string(self, timestamp=None):
        return email.utils.formatdate(self.state.now() if timestamp is None else timestamp,
                                      usegmt=True)

    def handle_one_request(self):
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError, socket.timeout, OSError):
            self.close_connection = True

    def do_GET(self):
        self._dispatch()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET

    def _read_body(self) -> bytes:
        if (self.headers.get("Transfer-Encoding") or "").lower() == "chunked":
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
                if len(body) > MAX_REQUEST_BODY:
                    raise ValueError("request body too large")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BODY:
            raise ValueError("request body too large")
        return self.rfile.read(length) if length else b""

    # --- responses ------------------------------------------------------------------------
    def send_header(self, keyword, value):
        # UTF-8, not Latin-1: lets scenarios send raw non-ASCII (e.g. filename="résumé.csv")
        self._headers_buffer.append(f"{keyword}: {value}\r\n".encode("utf-8", "surrogateescape"))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def start(self, status: int, headers=(), content_length=None):
        """Status line plus the headers every answer carries (Date, X-Request-Id)."""
        self.headers_sent = True
        self.send_response(status)
        if not any(name.lower() == "x-request-id" for name, _ in headers):  # a scenario's own replaces it
            self.send_header("X-Request-Id", self.request_id)
        for name, value in headers:
            self.send_header(name, value)
        if content_length is not None:
            self.send_header("Content-Length", str(content_length))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()

    def send_bytes(self, status: int, body: bytes, content_type: str, headers=()):
        if self.entry is not None:
            self.entry["response_status"] = status
        hdrs = list(headers)
        if content_type:
            hdrs.insert(0, ("Content-Type", content_type))
        self.start(status, hdrs, len(body))
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status: int, obj, headers=()):
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_bytes(status, body, "application/json;charset=UTF-8", headers)

    def send_error_body(self, status: int, code: str, msg: str, headers=(), gateway=False):
        """An error in the service's shape; gateway errors also carry request_id in the body."""
        body = {"error_code": code, "error_msg": msg}
        if gateway:
            body["request_id"] = self.request_id
        self.send_json(status, body, headers)

    # --- dispatch -------------------------------------------------------------------------
    def _dispatch(self):
        self.request_id = uuid.uuid4().hex
        self.entry = None
        self.headers_sent = False
        try:
            self._serve()
        except (ConnectionError, TimeoutError, OSError):
            raise
        except Exception as exc:  # a bug in the fake: make the test fail loudly, not hang
            self.server.report(exc)
            self.close_connection = True
            if not self.headers_sent:
                self.send_error_body(500, "FAKE.0500",
                                     f"fake server error: {type(exc).__name__}: {exc}")

    def _serve(self):
        try:
            body = self._read_body()
        except ValueError:
            self.close_connection = True
            self.send_error_body(413, "APIGW.0201", "Request entity too large", gateway=True)
            return
        target = _utf8(self.path)
        raw_path, raw_query = signing.split_target(target)
        path = signing.as_text(signing.decode(raw_path))
        if path.startswith("/__control/"):
            routes.control(self, path, raw_query, body)
            return
        headers = [(k, _utf8(v)) for k, v in self.headers.items()]
        wire = signing.WireRequest(self.command, target, headers, body)
        self.entry = {
            "seq": 0, "request_id": self.request_id, "scheme": self.server.scheme,
            "port": self.server.server_address[1], "method": self.command, "path": path,
            "raw_target": target,
            "query": [[signing.as_text(k), signing.as_text(v)]
                      for k, v in signing.query_items(raw_query)],
            "headers": [[k, v] for k, v in headers],
            "body": body.decode("utf-8", errors="replace"), "body_size": len(body),
            "body_sha256": hashlib.sha256(body).hexdigest(),
            "signature_ok": None, "auth_mode": "none", "auth_error": None,
            "canonical_request": None, "scenario": None, "response_status": None,
        }
        self.state.record(self.entry)
        routes.service(self, wire, path, raw_query)

    def authenticate(self, wire, path):
        """Runs the gateway checks; answers the failure itself and returns False if any fails."""
        return auth.check(self, wire, path)
