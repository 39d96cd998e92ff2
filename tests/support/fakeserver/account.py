# SPDX-License-Identifier: GPL-3.0-or-later
"""The fake account behind IAM, STS and the SMS list endpoints: deterministic generated data."""
import base64
import json

from .state import TEST_DOMAIN_ID

# the region whose project is the test project (config "project_id"); the other is never sent
PROJECT_REGION = "cn-north-4"
OTHER_PROJECT = ("ap-southeast-3", "3c2b1a0f9e8d47c6b5a4938271605f4e")

ACCOUNT_NAME = "smsc-test"
USER_ID = "5f6e7d8c9b0a41b2c3d4e5f6a7b8c9d0"
PRINCIPAL_URN = f"iam::{TEST_DOMAIN_ID}:user:smsc-tester"
ENCODED_PREFIX = "SMSCTESTENC1."
# how long the encoded message in forbidden_0204 is (the real ones are long; max 65535)
ENCODED_PAD_TO = 2048

SOURCE_STATES = ["waiting", "replicate", "syncing", "finished", "stopped", "unavailable"]
TASK_STATES = ["READY", "RUNNING", "SYNCING", "FINISHED", "ERROR", "PAUSED"]


def source_id(i: int) -> str:
    return f"5e000000-0000-4000-8000-{i:012d}"


def task_id(i: int) -> str:
    return f"7a000000-0000-4000-8000-{i:012d}"


def source_name(i: int) -> str:
    # a few names with spaces, '+' and non-ASCII so filters exercise query encoding
    if i % 10 == 3:
        return f"web server {i:03d}"
    if i % 10 == 7:
        return f"数据库-{i:03d}"
    if i % 25 == 11:
        return f"db+cache-{i:03d}"
    return f"srv-{i:03d}"


def source_ip(i: int) -> str:
    return f"10.0.{i // 250}.{i % 250 + 1}"


def make_source(i: int) -> dict:
    server = {
        "id": source_id(i),
        "name": source_name(i),
        "ip": source_ip(i),
        "os_type": "WINDOWS" if i % 4 == 1 else "LINUX",
        "os_version": "WINDOWS2019_64BIT" if i % 4 == 1 else "UBUNTU_22_04_64BIT",
        "state": SOURCE_STATES[i % len(SOURCE_STATES)],
        "connected": i % 9 != 8,
        "is_consistency_result_exist": i % 3 == 0,
        "add_date": 1735689600000 + i * 60000,
    }
    if i % 50 != 49:  # every 50th server has no migration task yet
        server["current_task"] = {
            "id": task_id(i), "name": f"task-{i:03d}",
            "state": TASK_STATES[i % len(TASK_STATES)], "type": "MIGRATE_FILE",
        }
    return server


def make_task(i: int) -> dict:
    return {
        "id": task_id(i), "name": f"task-{i:03d}", "type": "MIGRATE_FILE",
        "state": TASK_STATES[i % len(TASK_STATES)], "create_date": 1735689600000 + i * 60000,
        "source_server": {"id": source_id(i), "name": source_name(i), "ip": source_ip(i)},
        "target_server": {"vm_id": f"c0000000-0000-4000-8000-{i:012d}",
                          "name": f"target-{i:03d}"},
    }


def _match(value: str, wanted) -> bool:
    return wanted is None or wanted.lower() in value.lower()


def list_sources(count: int, q: dict) -> dict:
    """Filters: name / ip (substring, case-insensitive), state (exact),
    is_consistency_result_exist ('true'/'false'); then offset/limit (limit 0 = 200)."""
    servers = [make_source(i) for i in range(count)]
    servers = [s for s in servers if _match(s["name"], q.get("name")) and _match(s["ip"], q.get("ip"))]
    if q.get("state") is not None:
        servers = [s for s in servers if s["state"] == q["state"]]
    flag = q.get("is_consistency_result_exist")
    if flag is not None:
        servers = [s for s in servers if s["is_consistency_result_exist"] == (flag == "true")]
    offset, limit = q["offset"], q["limit"] or 200
    return {"count": len(servers), "source_servers": servers[offset:offset + limit]}


def list_tasks(count: int, q: dict) -> dict:
    """Filters: name (substring), state (exact), source_server_id (exact)."""
    tasks = [make_task(i) for i in range(count)]
    tasks = [t for t in tasks if _match(t["name"], q.get("name"))]
    if q.get("state") is not None:
        tasks = [t for t in tasks if t["state"] == q["state"]]
    if q.get("source_server_id") is not None:
        tasks = [t for t in tasks if t["source_server"]["id"] == q["source_server_id"]]
    offset, limit = q["offset"], q["limit"] or 200
    return {"count": len(tasks), "tasks": tasks[offset:offset + limit]}


def consistency_result(tid: str) -> dict:
    return {"result_list": [
        json.dumps({"dir_check": "/", "num_total_files": 1200, "num_different_files": 0,
                    "num_target_miss_files": 0, "num_target_more_files": 0, "md5_check": "true",
                    "task_id": tid}, separators=(",", ":")),
    ]}


def domains() -> dict:
    return {"domains": [{"id": TEST_DOMAIN_ID, "name": ACCOUNT_NAME, "enabled": True}]}


def projects(project_id: str, name) -> dict:
    """IAM GET /v3/projects: the account's projects, only those named `name` when given."""
    everything = [{"id": project_id, "name": PROJECT_REGION, "domain_id": TEST_DOMAIN_ID, "enabled": True},
                  {"id": OTHER_PROJECT[1], "name": OTHER_PROJECT[0], "domain_id": TEST_DOMAIN_ID,
                   "enabled": True}]
    return {"projects": [p for p in everything if name is None or p["name"] == name]}


def caller_identity() -> dict:
    return {"account_id": TEST_DOMAIN_ID, "principal_urn": PRINCIPAL_URN, "principal_id": USER_ID}


def decision(allowed: bool) -> dict:
    """The decoded authorization message: allowed or explicitly denied export."""
    statement = {
        "policy": "sms-export-deny" if not allowed else "sms-export-allow",
        "policy_type": "identity",
        "statement_id": "DenySmsExport" if not allowed else "AllowSmsExport",
        "effect": "Deny" if not allowed else "Allow",
    }
    return {
        "allowed": allowed,
        "explicit_deny": not allowed,
        "matched_statements": [statement],
        "context": {
            "principal": {"id": USER_ID, "urn": PRINCIPAL_URN},
            "action": "sms:server:getBatchConsistencyResults",
            "resource": f"sms:*:{TEST_DOMAIN_ID}:server:*",
            "conditions": [{"key": "g:RequestedRegion", "values": ["ap-southeast-1"]}],
        },
    }


def encoded_message(allowed: bool, pad_to: int = ENCODED_PAD_TO) -> str:
    """A long opaque-looking message that decode-authorization-message really decodes."""
    raw = json.dumps(decision(allowed), separators=(",", ":")).encode("utf-8")
    text = ENCODED_PREFIX + base64.urlsafe_b64encode(raw).decode("ascii")
    # pad with a dot-separated filler so the message is as long as real ones
    return text + "." + "A" * max(0, pad_to - len(text) - 1)


def decode_message(encoded: str):
    """The decision for an encoded message made by encoded_message(), or None."""
    if not encoded.startswith(ENCODED_PREFIX):
        return None
    payload = encoded[len(ENCODED_PREFIX):].split(".", 1)[0]
    try:
        return json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (ValueError, UnicodeError):
        return None
