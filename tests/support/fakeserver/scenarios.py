# SPDX-License-Identifier: GPL-3.0-or-later
"""Scenarios: how a path answers once a request passed authentication.

Every scenario is a dict {"name": ..., params...}; see tests/support/README.md for the list.
answer() returns False when the scenario wants the endpoint's normal answer instead.
"""
import socket
import struct
import time
import urllib.parse

from . import account, bodies

HTML_502 = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
            b"</body>\r\n</html>\r\n")

HOSTILE_NAMES = {
    "dotdot": 'attachment; filename="../../etc/evil\x07.csv"',
    "absolute": 'attachment; filename="/etc/passwd"',
    "backslash": 'attachment; filename="..\\\\..\\\\evil.csv"',
    "star_dotdot": "attachment; filename*=UTF-8''..%2F..%2Fevil%0A.csv",
    "dots_only": 'attachment; filename=".."',
    "empty": 'attachment; filename=""',
}

FILE_LIKE = {"file", "empty", "ok_text", "json_empty", "big", "slow", "truncated",
             "reset_mid_body", "hostile_name"}
OTHER = {"error", "forbidden_0204", "not_found_2252", "throttled", "bad_request", "unauthorized",
         "denied", "huge_error", "gateway_echo", "html_502", "hang", "redirect", "empty_list",
         "default"}
KNOWN = FILE_LIKE | OTHER
TAMPERS = {"", "path_slash", "query_encoding", "header_value", "header_case", "body_hash"}

DENIED_ACTIONS = {
    "/v3/sources": "sms:server:list",
    "/v3/tasks": "sms:server:listTask",
    "/v5/caller-identity": "sts::getCallerIdentity",
    "/v5/decode-authorization-message": "sts::decodeAuthorizationMessage",
    "/v3/auth/domains": "iam:domains:list",
    "/v3/projects": "iam:projects:listProjects",
}


def validate(sc: dict):
    """A message for an unusable control request, or None (typos must fail loudly)."""
    if not isinstance(sc, dict) or not isinstance(sc.get("name"), str):
        return "scenario needs a string 'name'"
    if sc["name"] not in KNOWN:
        return f"unknown scenario {sc['name']!r}; known: {', '.join(sorted(KNOWN))}"
    if "times" in sc and (not isinstance(sc["times"], int) or sc["times"] < 1):
        return "'times' must be a positive integer"
    if "first_task_id" in sc and not isinstance(sc["first_task_id"], str):
        return "'first_task_id' must be a string"
    if sc["name"] == "hostile_name" and sc.get("variant", "dotdot") not in HOSTILE_NAMES:
        return "hostile_name variant must be one of: " + ", ".join(HOSTILE_NAMES)
    if sc["name"] == "gateway_echo" and sc.get("tamper", "") not in TAMPERS:
        return "gateway_echo tamper must be one of: " + ", ".join(sorted(TAMPERS))
    return None


def answer(h, sc, wire, path) -> bool:
    name = sc["name"]
    if "wait_ms" in sc:  # a late first byte (transfer timeouts that should not fire, or should)
        time.sleep(float(sc["wait_ms"]) / 1000)
    if name in FILE_LIKE:
        if path == bodies.EXPORT_PATH and not bodies.validate_export(h, wire):
            return True
        _file_like(h, sc, wire, path)
        return True
    if name == "gateway_echo":
        return False  # signature was fine (and not tampered): normal answer
    if name == "empty_list":
        key = {"/v3/auth/domains": "domains", "/v3/projects": "projects",
               "/v3/tasks": "tasks"}.get(path, "source_servers")
        h.send_json(200, {key: []} if key in ("domains", "projects") else {"count": 0, key: []})
        return True
    _other(h, sc, path)
    return True


def _headers(sc):
    return list((sc.get("headers") or {}).items())


def _other(h, sc, path):
    name = sc["name"]
    if name == "error":
        status = int(sc.get("status", 500))
        body = sc.get("body", {"error_code": "SMS.9999", "error_msg": "scenario error"})
        if isinstance(body, str):
            ctype = sc.get("content_type", "text/plain;charset=UTF-8")
            return h.send_bytes(status, body.encode("utf-8"), ctype, _headers(sc))
        return h.send_json(status, body, _headers(sc))
    if name == "forbidden_0204":
        return h.send_json(403, forbidden_0204_body(sc), _headers(sc))
    if name == "not_found_2252":
        return h.send_error_body(404, "SMS.2252", "No migration task is associated with the "
                                 "source server.", _headers(sc))
    if name == "bad_request":
        return h.send_error_body(400, sc.get("code", "SMS.2004"),
                                 sc.get("msg", "The request body exceeds 10240 bytes."),
                                 _headers(sc))
    if name == "throttled":
        hdrs = [("Retry-After", str(sc.get("retry_after", 1)))] + _headers(sc)
        return h.send_error_body(429, "APIGW.0308", "The throttling threshold has been reached: "
                                 "policy user over ratelimit,limit:20,time:1 minute", hdrs,
                                 gateway=True)
    if name == "unauthorized":
        h.entry["auth_error"] = sc.get("message", "verify aksk signature fail")
        return h.send_error_body(401, sc.get("code", "APIGW.0301"),
                                 "Incorrect IAM authentication information: "
                                 + h.entry["auth_error"], _headers(sc), gateway=True)
    if name == "denied":
        action = sc.get("action", DENIED_ACTIONS.get(path, "sms:server:queryServer"))
        return h.send_error_body(403, sc.get("code", "SMS.2002"),
                                 f"Policy doesn't allow {action} to be performed.", _headers(sc))
    if name == "huge_error":
        size = int(sc.get("size", 2 * 1024 * 1024))
        msg = ("x" * size)
        return h.send_error_body(500, "SMS.9999", msg, _headers(sc))
    if name == "html_502":
        return h.send_bytes(502, HTML_502, "text/html", _headers(sc))
    if name == "redirect":
        location = sc.get("location",
                          f"http://127.0.0.2:{h.state.ports.get('http_port', 80)}/elsewhere")
        h.close_connection = True
        return h.send_bytes(int(sc.get("status", 302)), b"", "", [("Location", location)])
    if name == "hang":
        return _hang(h)
    raise AssertionError(name)


def forbidden_0204_body(sc):
    percent = sc.get("placeholder") == "percent"
    cause = "Policy doesn't allow sms:server:getBatchConsistencyResults to be performed."
    return {
        "error_code": "SMS.0204",
        "error_msg": "Insufficient permissions. Cause: " + ("%s" if percent else "{0[0]}"),
        "error_param": [cause],
        "details": [
            {"error_code": "SMS.0204", "error_msg": cause},
            {"error_code": "SMS.0204",
             "error_msg": "Policy doesn't allow sms:server:queryServer to be performed."},
        ],
        "encoded_authorization_message": account.encoded_message(
            sc.get("decision") == "allow", int(sc.get("encoded_length", account.ENCODED_PAD_TO))),
    }


def _hang(h):
    """Never answers; returns when the client closes (or after an hour)."""
    h.close_connection = True
    sock = h.connection
    sock.settimeout(0.5)
    deadline = time.monotonic() + 3600
    while time.monotonic() < deadline:
        try:
            if not sock.recv(4096):
                return
        except (socket.timeout, TimeoutError):
            continue
        except (OSError, ValueError):
            return


def _file_like(h, sc, wire, path):
    name = sc["name"]
    if name == "empty":
        return h.send_bytes(200, b"", sc.get("content_type", "application/octet-stream"))
    if name == "ok_text":
        return h.send_bytes(200, b"OK", sc.get("content_type", "text/plain"))
    if name == "json_empty":
        return h.send_bytes(200, b"{}", "application/json;charset=UTF-8")

    size = sc.get("total", sc.get("size", {"big": 10 * 1024 * 1024, "slow": 8192}.get(name)))
    body = bodies.FileBody(wire, size)
    h.state.set_last_body(path, body.sha256(), body.size)
    # Per request too, so a client that sent many can check every file it saved.
    h.entry["response_sha256"] = body.sha256()
    h.entry["response_size"] = body.size
    hdrs = [("Content-Type", sc.get("content_type", "application/octet-stream"))]
    disposition = _disposition(sc)
    if disposition is not None:
        hdrs.append(("Content-Disposition", disposition))
    hdrs += _headers(sc)
    h.entry["response_status"] = 200
    chunk = int(sc.get("chunk", 1024 if name == "slow" else 64 * 1024))

    if name == "truncated":
        h.close_connection = True
        h.start(200, hdrs, body.size + int(sc.get("missing", 1000)))
        for piece in body.chunks(chunk):
            h.wfile.write(piece)
        return
    if name == "reset_mid_body":
        h.close_connection = True
        chunked = bool(sc.get("chunked", False))
        if chunked:
            hdrs.append(("Transfer-Encoding", "chunked"))
        h.start(200, hdrs, None if chunked else body.size)
        left = max(1, body.size // 2)
        for data in body.chunks(chunk):
            sent = data[:left]  # the chunk the cut falls in: its size line and part of its data
            whole = len(sent) == len(data)
            h.wfile.write(b"%x\r\n%s%s" % (len(data), sent, b"\r\n" if whole else b"") if chunked else sent)
            left -= len(sent)
            if not left:
                break
        h.wfile.flush()
        time.sleep(float(sc.get("delay_ms", 100)) / 1000)
        if sc.get("cut", "reset") == "reset":
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()  # TLS too: no close_notify, the connection just ends
        return
    delay = float(sc.get("delay_ms", 200 if name == "slow" else 0)) / 1000
    chunked = bool(sc.get("chunked", False))
    if chunked:
        hdrs.append(("Transfer-Encoding", "chunked"))
    h.start(200, hdrs, None if chunked else body.size)
    for piece in body.chunks(chunk):
        h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
        if delay:
            h.wfile.flush()
            time.sleep(delay)
    if chunked:
        h.wfile.write(b"0\r\n\r\n")


def _disposition(sc):
    if sc["name"] == "hostile_name":
        return HOSTILE_NAMES[sc.get("variant", "dotdot")]
    if sc.get("no_disposition"):
        return None
    if "disposition" in sc:  # sent verbatim
        return sc["disposition"]
    parts = ["attachment"]
    if "filename" in sc or "filename_star" not in sc:
        parts.append('filename="%s"' % sc.get("filename", "consistency-results.csv"))
    if "filename_star" in sc:
        parts.append("filename*=UTF-8''" + urllib.parse.quote(sc["filename_star"], safe=""))
    return "; ".join(parts)


def export_default(h, wire):
    """The default export: validate the request, then the 'file' scenario."""
    if bodies.validate_export(h, wire):
        _file_like(h, {"name": "file"}, wire, bodies.EXPORT_PATH)

