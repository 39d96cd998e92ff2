# SPDX-License-Identifier: GPL-3.0-or-later
"""Listening sockets: plain HTTP, HTTPS with the test CA's certificate, HTTPS with an untrusted,
an expired and a wrong-host one."""
import http.server
import os
import socket
import ssl
import sys
import threading

from . import proxy
from .handler import Handler
from .state import TEST_IAM_TOKEN, TEST_SECURITY_TOKEN, TEST_SK

SECRETS = (TEST_SK, TEST_SECURITY_TOKEN, TEST_IAM_TOKEN)

TLS_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "data", "tls")
QUIET_ERRORS = (ConnectionError, TimeoutError, socket.timeout, ssl.SSLError, BrokenPipeError)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 64

    def __init__(self, state, scheme, ssl_context=None):
        self.state = state
        self.scheme = scheme
        self.ssl_context = ssl_context
        super().__init__(("127.0.0.1", 0), Handler)

    def finish_request(self, request, client_address):
        # The TLS handshake runs here, in the connection's own thread, so a client that never
        # completes it cannot block the accept loop.
        if self.ssl_context is not None:
            request.settimeout(30)
            try:
                request = self.ssl_context.wrap_socket(request, server_side=True)
            except (OSError, ssl.SSLError):
                return  # e.g. the client rejected our certificate: that is the test's point
            try:
                self.RequestHandlerClass(request, client_address, self)
            finally:
                request.close()
            return
        self.RequestHandlerClass(request, client_address, self)

    def handle_error(self, request, client_address):
        exc = sys.exc_info()[1]
        if isinstance(exc, QUIET_ERRORS) or isinstance(exc, OSError):
            return
        self.report(exc)

    @staticmethod
    def report(exc):
        # type and message only, secrets masked: never dump request data
        text = f"fake_sms_server: {type(exc).__name__}: {exc}"
        for secret in SECRETS:
            text = text.replace(secret, secret[:4] + "…")
        print(text, file=sys.stderr, flush=True)


def _context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(os.path.join(TLS_DIR, cert), os.path.join(TLS_DIR, key))
    return ctx


def start_all(state):
    """Starts the servers and the proxy in daemon threads; returns the ports JSON dict."""
    servers = {
        "http_port": Server(state, "http"),
        "https_port": Server(state, "https", _context("server.pem", "server-key.pem")),
        "https_untrusted_port": Server(state, "https",
                                       _context("untrusted-cert.pem", "untrusted-key.pem")),
        "https_expired_port": Server(state, "https", _context("expired.pem", "expired-key.pem")),
        "https_wronghost_port": Server(state, "https", _context("wronghost.pem", "wronghost-key.pem")),
    }
    ports = {key: srv.server_address[1] for key, srv in servers.items()}
    ports["proxy_port"] = proxy.start(state)
    state.ports = dict(ports)
    for srv in servers.values():
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.2},
                         daemon=True).start()
    return ports
