# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared, lock-protected server state: configuration, scenarios per path, the request log."""
import copy
import threading
import time

TEST_AK = "SMSCTESTAK0000000001"
TEST_SK = "SMSCTESTSECRETKEY0000000000000000000000000"
TEST_SECURITY_TOKEN = "SMSCTESTSECURITYTOKEN00000000000000000000"
TEST_IAM_TOKEN = "SMSCTESTIAMTOKEN000000000000000000000000"
TEST_DOMAIN_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
TEST_PROJECT_ID = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
EXPORT_PATH = "/v3/tasks/consistency-results/export"

DEFAULT_CONFIG = {
    # shifts the server clock: Date header and the X-Sdk-Date 15-minute check
    "date_offset_seconds": 0,
    # generated account data for GET /v3/sources and GET /v3/tasks
    "source_count": 450,
    "task_count": 450,
    # when true, an AK/SK request without X-Security-Token is rejected (temporary keys)
    "require_security_token": False,
    # the account id X-Domain-Id must carry (X-Project-Id must carry project_id)
    "domain_id": TEST_DOMAIN_ID,
    "project_id": TEST_PROJECT_ID,
    # 0 = no limit; SMS.2004 for bodies over this many bytes (the old 10240 rule)
    "max_body_bytes": 0,
    # 0 = off; after this many consecutive AK/SK failures the AK is locked until reset, like the
    # gateway's 5-minute lock: "AK access failed to reach the limit,forbidden"
    "lockout_after_failures": 0,
    # the proxy port demands Basic credentials "user:password" when set ("" = open proxy)
    "proxy_auth": "",
}


class State:
    def __init__(self):
        self.lock = threading.RLock()
        self.ports = {}
        self._reset_locked()

    def _reset_locked(self):
        self.config = copy.deepcopy(DEFAULT_CONFIG)
        self.scenarios = {}
        self.requests = []
        self.last_body = {"path": None, "sha256": None, "size": None}
        self.consecutive_failures = 0
        self.proxied = []

    def ak_locked(self) -> bool:
        with self.lock:
            limit = self.config["lockout_after_failures"]
            return bool(limit) and self.consecutive_failures >= limit

    def count_auth(self, ok: bool):
        with self.lock:
            self.consecutive_failures = 0 if ok else self.consecutive_failures + 1

    def reset(self):
        with self.lock:
            self._reset_locked()

    def now(self) -> float:
        """The server's clock (wall clock shifted by date_offset_seconds)."""
        with self.lock:
            offset = float(self.config["date_offset_seconds"])
        return time.time() + offset

    def get_config(self, key):
        with self.lock:
            return self.config[key]

    def update_config(self, values: dict):
        unknown = [k for k in values if k not in DEFAULT_CONFIG]
        if unknown:
            raise ValueError("unknown config key(s): " + ", ".join(unknown))
        with self.lock:
            self.config.update(values)
            return dict(self.config)

    def set_scenario(self, path: str, scenario: dict, first_task_id=None):
        """One scenario per path, plus any number for the export requests whose first
        task_info item has a given task_id (they win over the path's own)."""
        key = path if first_task_id is None else (path, first_task_id)
        with self.lock:
            if scenario is None:
                self.scenarios.pop(key, None)
            else:
                self.scenarios[key] = scenario

    def take_scenario(self, path: str, first_task_id=None):
        """The scenario for a request, counting one use against its 'times' budget."""
        with self.lock:
            key = (path, first_task_id)
            if first_task_id is None or key not in self.scenarios:
                key = path
            sc = self.scenarios.get(key)
            if sc is None:
                return None
            times = sc.get("times")
            if times is not None:
                if times <= 0:
                    del self.scenarios[key]
                    return None
                sc["times"] = times - 1
                if sc["times"] <= 0:
                    del self.scenarios[key]
            return dict(sc)

    def peek_scenario(self, path: str):
        with self.lock:
            sc = self.scenarios.get(path)
            return dict(sc) if sc else None

    def record(self, entry: dict):
        with self.lock:
            entry["seq"] = len(self.requests) + 1
            self.requests.append(entry)

    def record_proxy(self, entry: dict):
        with self.lock:
            entry["seq"] = len(self.proxied) + 1
            self.proxied.append(entry)

    def snapshot_proxied(self):
        with self.lock:
            return copy.deepcopy(self.proxied)

    def snapshot_requests(self):
        with self.lock:
            return copy.deepcopy(self.requests)

    def get_last_body(self):
        with self.lock:
            return dict(self.last_body)

    def set_last_body(self, path, sha256, size):
        with self.lock:
            self.last_body = {"path": path, "sha256": sha256, "size": size}
