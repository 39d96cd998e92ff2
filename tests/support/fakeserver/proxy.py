# SPDX-License-Identifier: GPL-3.0-or-later
"""A minimal HTTP forward proxy (absolute-form requests and CONNECT) for proxy tests.

It forwards only to 127.0.0.1 / localhost, optionally demands Basic credentials (config
proxy_auth "user:password") and records what it saw in the proxy log.
"""
import base64
import select
import socket
import socketserver
import threading
import time
import urllib.parse

ALLOWED_HOSTS = {"127.0.0.1", "localhost"}


class ProxyHandler(socketserver.StreamRequestHandler):
    timeout = 120

    def handle(self):
        try:
            self._handle()
        except (OSError, ValueError):
            pass

    def _handle(self):
        request_line = self.rfile.readline(65537).decode("latin-1").rstrip("\r\n")
        if not request_line:
            return
        header_lines = []
        while True:
            line = self.rfile.readline(65537)
            if line in (b"\r\n", b"\n", b""):
                break
            header_lines.append(line.decode("latin-1").rstrip("\r\n"))
        headers = [tuple(part.strip() for part in h.split(":", 1)) for h in header_lines if ":" in h]
        method, target, version = (request_line.split(" ") + ["", ""])[:3]
        entry = {"seq": 0, "method": method, "target": target, "auth_ok": None, "status": None}
        state = self.server.state
        state.record_proxy(entry)

        wanted = state.get_config("proxy_auth")
        if wanted:
            given = next((v for k, v in headers if k.lower() == "proxy-authorization"), "")
            entry["auth_ok"] = given == "Basic " + base64.b64encode(wanted.encode()).decode()
            if not entry["auth_ok"]:
                entry["status"] = 407
                self.wfile.write(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                                 b"Proxy-Authenticate: Basic realm=\"smsc-test-proxy\"\r\n"
                                 b"Content-Length: 0\r\nConnection: close\r\n\r\n")
                return

        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            upstream = self._connect(host, port, entry)
            if upstream is None:
                return
            entry["status"] = 200
            self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            self._relay(upstream)
            return

        url = urllib.parse.urlsplit(target)
        if url.scheme != "http" or not url.hostname:
            entry["status"] = 400
            self.wfile.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")
            return
        upstream = self._connect(url.hostname, str(url.port or 80), entry)
        if upstream is None:
            return
        origin_target = (url.path or "/") + ("?" + url.query if url.query else "")
        kept = [(k, v) for k, v in headers
                if k.lower() not in ("proxy-authorization", "proxy-connection", "connection")]
        head = f"{method} {origin_target} {version or 'HTTP/1.1'}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in kept) + "Connection: close\r\n\r\n"
        length = int(next((v for k, v in headers if k.lower() == "content-length"), "0") or 0)
        upstream.sendall(head.encode("latin-1") + (self.rfile.read(length) if length else b""))
        entry["status"] = 200
        # the response goes back as-is; the client sees the origin server's own framing
        self._relay(upstream)

    def _connect(self, host, port, entry):
        if host.strip("[]") not in ALLOWED_HOSTS or not port.isdigit():
            entry["status"] = 403
            self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")
            return None
        try:
            return socket.create_connection((host, int(port)), timeout=10)
        except OSError:
            entry["status"] = 502
            self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")
            return None

    def _relay(self, upstream):
        client = self.connection
        sockets = [client, upstream]
        deadline = time.monotonic() + 3600
        try:
            while time.monotonic() < deadline:
                readable, _, _ = select.select(sockets, [], [], 1.0)
                for s in readable:
                    data = s.recv(65536)
                    if not data:
                        return
                    (upstream if s is client else client).sendall(data)
        finally:
            upstream.close()


class ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, state):
        self.state = state
        super().__init__(("127.0.0.1", 0), ProxyHandler)

    def handle_error(self, request, client_address):
        pass


def start(state):
    srv = ProxyServer(state)
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
    return srv.server_address[1]
