# SPDX-License-Identifier: GPL-3.0-or-later
"""Routing: the control API and the emulated service endpoints."""
import json
import re

from . import account, scenarios, signing
from .state import EXPORT_PATH

TASK_RESULT = re.compile(r"^/v3/tasks/([^/]+)/consistency-result/?$")
DECODE_PATH = "/v5/decode-authorization-message"
CALLER_PATH = "/v5/caller-identity"
DOMAINS_PATH = "/v3/auth/domains"
PROJECTS_PATH = "/v3/projects"
# endpoints that need the X-Domain-Id / X-Project-Id scope header (SMS is a global service)
SCOPED_PREFIXES = ("/v3/tasks", "/v3/sources")


# --- control -----------------------------------------------------------------------------
def control(h, path, raw_query, body):
    st = h.state
    q = {signing.as_text(k): signing.as_text(v) for k, v in signing.query_items(raw_query)}
    try:
        data = json.loads(body) if body.strip() else {}
    except ValueError:
        return h.send_json(400, {"error": "control body is not JSON"})
    name = path[len("/__control/"):].rstrip("/")
    if name == "reset" and h.command == "POST":
        st.reset()
        return h.send_json(200, {"ok": True})
    if name == "scenario" and h.command == "POST":
        problem = scenarios.validate(data)
        if problem:
            return h.send_json(400, {"error": problem})
        sc = dict(data)
        target = sc.pop("path", EXPORT_PATH)
        first = sc.pop("first_task_id", None)
        st.set_scenario(target, None if sc["name"] == "default" else sc, first)
        return h.send_json(200, {"ok": True, "path": target, "scenario": sc})
    if name == "requests" and h.command == "GET":
        reqs = st.snapshot_requests()
        if "path" in q:
            reqs = [r for r in reqs if r["path"] == q["path"]]
        return h.send_json(200, reqs)
    if name == "config":
        if h.command == "POST":
            try:
                return h.send_json(200, st.update_config(data))
            except ValueError as e:
                return h.send_json(400, {"error": str(e)})
        return h.send_json(200, st.update_config({}))
    if name == "last_body_sha256" and h.command == "GET":
        return h.send_json(200, st.get_last_body())
    if name == "encoded_message" and h.command == "GET":
        allowed = q.get("decision", "deny") == "allow"
        return h.send_json(200, {"encoded_message": account.encoded_message(allowed)})
    if name == "proxy_requests" and h.command == "GET":
        return h.send_json(200, st.snapshot_proxied())
    if name == "ports" and h.command == "GET":
        return h.send_json(200, dict(st.ports))
    return h.send_json(404, {"error": f"unknown control call {h.command} {path}"})


# --- service -----------------------------------------------------------------------------
def service(h, wire, path, raw_query):
    if not h.authenticate(wire, path):
        return
    if path.startswith(SCOPED_PREFIXES) and not _scope_ok(h, wire):
        return
    sc = h.state.take_scenario(path, _first_task_id(wire) if path == EXPORT_PATH else None)
    if sc is not None:
        h.entry["scenario"] = sc["name"]
        if scenarios.answer(h, sc, wire, path):
            return
    _default(h, wire, path, raw_query)


def _first_task_id(wire):
    """task_id of the export body's first task_info item (None when there is none)."""
    try:
        first = json.loads(wire.body.decode("utf-8"))["task_info"][0]["task_id"]
    except (UnicodeDecodeError, ValueError, KeyError, IndexError, TypeError):
        return None
    return first if isinstance(first, str) else None


def _scope_ok(h, wire):
    if h.entry["auth_mode"] == "iam_token":
        return True  # a domain-scoped token carries its scope
    domain, project = wire.header("X-Domain-Id"), wire.header("X-Project-Id")
    cfg_domain, cfg_project = h.state.get_config("domain_id"), h.state.get_config("project_id")
    if domain is None and project is None:
        msg = "X-Domain-Id or X-Project-Id header is missing"
    elif domain is not None and domain != cfg_domain:
        msg = "the domain id does not match the ak"
    elif domain is None and project != cfg_project:
        msg = "the project id does not match the ak"
    else:
        return True
    h.entry["auth_error"] = msg
    h.send_error_body(401, "APIGW.0301", "Incorrect IAM authentication information: " + msg,
                      gateway=True)
    return False


def _int_param(h, q, key, default, maximum):
    raw = q.get(key)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or int(raw) > maximum:
        h.send_error_body(400, "SMS.1001", f"Invalid parameter {key}: {raw}")
        return None
    return int(raw)


def _default(h, wire, path, raw_query):
    q = {signing.as_text(k): signing.as_text(v) for k, v in signing.query_items(raw_query)}
    method = h.command
    if path == EXPORT_PATH and method == "POST":
        return scenarios.export_default(h, wire)
    if path == DOMAINS_PATH and method == "GET":
        return h.send_json(200, account.domains())
    if path == PROJECTS_PATH and method == "GET":
        return h.send_json(200, account.projects(h.state.get_config("project_id"), q.get("name")))
    if path == CALLER_PATH and method == "GET":
        return h.send_json(200, account.caller_identity())
    if path == DECODE_PATH and method == "POST":
        return _decode(h, wire)
    if path in ("/v3/sources", "/v3/tasks") and method == "GET":
        offset = _int_param(h, q, "offset", 0, 65535)
        if offset is None:
            return
        limit = _int_param(h, q, "limit", 200, 200)
        if limit is None:
            return
        q["offset"], q["limit"] = offset, limit
        if path == "/v3/sources":
            return h.send_json(200, account.list_sources(h.state.get_config("source_count"), q))
        return h.send_json(200, account.list_tasks(h.state.get_config("task_count"), q))
    m = TASK_RESULT.match(path)
    if m and method == "GET":
        return h.send_json(200, account.consistency_result(m.group(1)))
    h.send_error_body(404, "APIGW.0101", "The API does not exist or has not been published in "
                      "the environment", gateway=True)


def _decode(h, wire):
    try:
        message = json.loads(wire.body or b"{}").get("encoded_message")
    except (ValueError, AttributeError):
        message = None
    if not isinstance(message, str) or not 1 <= len(message) <= 10240:
        return h.send_error_body(400, "STS5.0400",
                                 "encoded_message is required and must be 1-10240 characters")
    decoded = account.decode_message(message)
    if decoded is None:
        return h.send_error_body(400, "STS5.0401", "The encoded message is invalid.")
    h.send_json(200, {"decoded_message": json.dumps(decoded, ensure_ascii=False)})
