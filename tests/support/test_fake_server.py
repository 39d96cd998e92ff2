#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scenario tests of the loopback server over real sockets (ctest: fake_server_scenarios).

The client signs with fakeserver.signing's canonical-request builder, whose correctness the
self-test proves against the official vectors; these tests prove the server's behaviour.
"""
import base64
import hashlib
import http.client
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fakeserver import account, signing  # noqa: E402
from fakeserver.state import (EXPORT_PATH, TEST_AK, TEST_DOMAIN_ID, TEST_IAM_TOKEN,  # noqa: E402
                              TEST_PROJECT_ID, TEST_SECURITY_TOKEN, TEST_SK)

CA = os.path.join(HERE, "..", "data", "tls", "ca.pem")
ROWS = {"task_info": [{"task_id": "t-1", "source_id": "s-1", "source_name": "web, 01"},
                      {"task_id": "t-2", "source_id": "s-2", "source_name": "数据库"}]}
ROWS_BODY = json.dumps(ROWS, ensure_ascii=False).encode("utf-8")
EXPECTED_CSV = ("task_id,source_id,source_name,consistency_result\r\n"
                't-1,s-1,"web, 01",consistent\r\nt-2,s-2,数据库,consistent\r\n').encode("utf-8")


def sdk_date(offset=0):
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(time.time() + offset))


class ServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        cls.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_sms_server.py")],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        cls.ports = json.loads(cls.proc.stdout.readline())

    @classmethod
    def tearDownClass(cls):
        cls.proc.stdin.close()
        cls.proc.wait(10)
        cls.proc.stdout.close()

    def setUp(self):
        self.control("POST", "/__control/reset")

    # --- helpers --------------------------------------------------------------------------
    def conn(self, scheme="http", timeout=30):
        if scheme == "http":
            return http.client.HTTPConnection("127.0.0.1", self.ports["http_port"], timeout=timeout)
        ctx = ssl.create_default_context(cafile=CA)
        return http.client.HTTPSConnection("127.0.0.1", self.ports["https_port"], context=ctx,
                                           timeout=timeout)

    def control(self, method, path, body=None):
        c = self.conn()
        c.request(method, path, body=json.dumps(body) if body is not None else None)
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, json.loads(data)

    def scenario(self, name, path=EXPORT_PATH, **params):
        status, answer = self.control("POST", "/__control/scenario",
                                      dict(params, name=name, path=path))
        self.assertEqual(status, 200, answer)

    def signed_headers(self, method, target, body=b"", scheme="http", extra=None, token=None,
                       date=None, sk=TEST_SK, ak=TEST_AK, sign_token=True, drop=()):
        port = self.ports["http_port" if scheme == "http" else "https_port"]
        headers = {"Host": f"127.0.0.1:{port}", "X-Sdk-Date": date or sdk_date(),
                   "Content-Type": "application/json;charset=UTF-8", "X-Domain-Id": TEST_DOMAIN_ID}
        headers.update(extra or {})
        for name in drop:
            headers.pop(name)
        if token:
            headers["X-Security-Token"] = token
        names = sorted(k.lower() for k in headers if sign_token or k != "X-Security-Token")
        wire = signing.WireRequest(method, target, list(headers.items()), body)
        canonical = signing.canonical_request(wire, names)
        sig = signing.signature(sk, signing.string_to_sign(headers["X-Sdk-Date"], canonical))
        headers["Authorization"] = (f"SDK-HMAC-SHA256 Access={ak}, SignedHeaders={';'.join(names)}, "
                                    f"Signature={sig}")
        return headers

    def call(self, method, target, body=b"", scheme="http", headers=None, **sign):
        c = self.conn(scheme)
        hdrs = headers if headers is not None else self.signed_headers(method, target, body,
                                                                       scheme, **sign)
        c.request(method, target, body=body, headers=hdrs)
        r = c.getresponse()
        data = r.read()
        c.close()
        return r, data

    def export(self, body=ROWS_BODY, **sign):
        return self.call("POST", EXPORT_PATH, body, **sign)

    def requests(self):
        return self.control("GET", "/__control/requests")[1]

    # --- authentication -------------------------------------------------------------------
    def test_signed_export_returns_the_csv_file(self):
        for scheme in ("http", "https"):
            r, data = self.export(scheme=scheme)
            self.assertEqual(r.status, 200, data)
            self.assertEqual(data, EXPECTED_CSV)
            self.assertEqual(r.getheader("Content-Disposition"),
                             'attachment; filename="consistency-results.csv"')
            self.assertEqual(len(r.getheader("X-Request-Id")), 32)
        last = self.control("GET", "/__control/last_body_sha256")[1]
        self.assertEqual(last["sha256"], hashlib.sha256(EXPECTED_CSV).hexdigest())
        log = self.requests()
        self.assertEqual([e["signature_ok"] for e in log], [True, True])
        self.assertEqual(log[1]["scheme"], "https")

    def test_rejections_name_the_gateway_cause(self):
        cases = [
            ("wrong sk", {"sk": "WRONG"}, "APIGW.0301", "verify aksk signature fail"),
            ("unknown ak", {"ak": "OTHERAK"}, "APIGW.0301", "ak not exist"),
            ("clock 16 min behind", {"date": sdk_date(-16 * 60)}, "APIGW.0303",
             "signature expired, signature time:"),
            ("token not signed", {"token": TEST_SECURITY_TOKEN, "sign_token": False},
             "APIGW.0301", "verify aksk signature fail"),
            ("wrong token", {"token": "WRONGTOKEN"}, "APIGW.0301", "decrypt token fail"),
        ]
        for label, sign, code, part in cases:  # label only: never print the token
            r, data = self.export(**sign)
            body = json.loads(data)
            self.assertEqual((r.status, body["error_code"]), (401, code), label)
            self.assertIn(part, body["error_msg"], label)
            self.assertEqual(body["request_id"], r.getheader("X-Request-Id"))

    def test_lockout_after_consecutive_failures(self):
        self.control("POST", "/__control/config", {"lockout_after_failures": 2})
        msgs = [json.loads(self.export(sk="WRONG")[1])["error_msg"] for _ in range(2)]
        self.assertTrue(all(m.endswith("verify aksk signature fail") for m in msgs))
        r, data = self.export()  # the right key, but locked now
        self.assertEqual(r.status, 401)
        self.assertIn("AK access failed to reach the limit,forbidden", json.loads(data)["error_msg"])
        self.control("POST", "/__control/reset")
        self.assertEqual(self.export()[0].status, 200)

    def test_security_token_and_iam_token_are_accepted(self):
        r, _ = self.export(token=TEST_SECURITY_TOKEN)
        self.assertEqual(r.status, 200)
        r, _ = self.call("POST", EXPORT_PATH, ROWS_BODY, headers={
            "X-Auth-Token": TEST_IAM_TOKEN, "Content-Type": "application/json"})
        self.assertEqual(r.status, 200)
        self.assertEqual([e["auth_mode"] for e in self.requests()], ["aksk_token", "iam_token"])

    def test_required_security_token(self):
        self.control("POST", "/__control/config", {"require_security_token": True})
        r, data = self.export()
        self.assertEqual(r.status, 401)
        r, data = self.export(token=TEST_SECURITY_TOKEN)
        self.assertEqual(r.status, 200)

    def test_clock_offset_shifts_date_and_window(self):
        self.control("POST", "/__control/config", {"date_offset_seconds": 3600})
        r, data = self.export()
        self.assertEqual(r.status, 401)
        self.assertIn("signature expired", json.loads(data)["error_msg"])
        server_date = time.mktime(time.strptime(r.getheader("Date"), "%a, %d %b %Y %H:%M:%S GMT"))
        self.assertGreater(server_date - time.mktime(time.gmtime()), 3500)
        r, _ = self.export(date=sdk_date(3600))
        self.assertEqual(r.status, 200)

    def test_projects_filtered_by_name(self):
        r, data = self.call("GET", "/v3/projects?name=cn-north-4")
        self.assertEqual(r.status, 200, data)
        self.assertEqual([(p["id"], p["name"]) for p in json.loads(data)["projects"]],
                         [(TEST_PROJECT_ID, "cn-north-4")])
        r, data = self.call("GET", "/v3/projects")
        self.assertEqual(len(json.loads(data)["projects"]), 2)
        r, data = self.call("GET", "/v3/projects?name=eu-west-101")
        self.assertEqual(json.loads(data), {"projects": []})
        self.scenario("empty_list", path="/v3/projects")
        r, data = self.call("GET", "/v3/projects?name=cn-north-4")
        self.assertEqual(json.loads(data), {"projects": []})
        self.scenario("denied", path="/v3/projects")
        r, data = self.call("GET", "/v3/projects?name=cn-north-4")
        self.assertEqual(r.status, 403)
        self.assertIn("iam:projects:listProjects", json.loads(data)["error_msg"])

    def test_scope_header(self):
        r, data = self.call("GET", "/v3/tasks", extra={"X-Domain-Id": "ffff"})
        self.assertEqual(r.status, 401)
        self.assertIn("domain id does not match", json.loads(data)["error_msg"])
        r, data = self.call("GET", "/v3/tasks", drop=("X-Domain-Id",))
        self.assertEqual(r.status, 401)
        self.assertIn("X-Domain-Id or X-Project-Id header is missing", json.loads(data)["error_msg"])
        r, data = self.call("GET", "/v3/tasks", drop=("X-Domain-Id",),
                            extra={"X-Project-Id": TEST_PROJECT_ID})
        self.assertEqual(r.status, 200, data)
        # IAM and STS need no scope header
        r, data = self.call("GET", "/v3/auth/domains", headers={"X-Auth-Token": TEST_IAM_TOKEN})
        self.assertEqual(json.loads(data)["domains"][0]["id"], TEST_DOMAIN_ID)

    # --- export validation ----------------------------------------------------------------
    def test_export_body_validation(self):
        too_many = {"task_info": [{"task_id": f"t{i}", "source_id": "", "source_name": ""}
                                  for i in range(201)]}
        long_id = {"task_info": [{"task_id": "x" * 37, "source_id": "", "source_name": ""}]}
        cases = [
            (json.dumps(too_many).encode(), {}, "SMS.1001"),
            (json.dumps(long_id).encode(), {}, "SMS.1001"),
            (b'{"task_info": []}', {}, "SMS.1001"),
            (b"not json", {}, "SMS.1001"),
            (ROWS_BODY, {"Content-Type": "text/plain"}, "SMS.2006"),
        ]
        for body, extra, code in cases:
            r, data = self.export(body=body, extra=extra)
            self.assertEqual((r.status, json.loads(data)["error_code"]), (400, code), body[:40])
        r, data = self.export(drop=("Content-Type",))
        self.assertEqual(json.loads(data)["error_code"], "SMS.2005")
        self.control("POST", "/__control/config", {"max_body_bytes": 50})
        r, data = self.export()
        self.assertEqual(json.loads(data)["error_code"], "SMS.2004")

    # --- file scenarios -------------------------------------------------------------------
    def test_file_variants(self):
        self.scenario("file", filename_star="结果 2026.csv", content_type="text/csv", size=5000)
        r, data = self.export()
        self.assertEqual(r.getheader("Content-Disposition"),
                         "attachment; filename*=UTF-8''%E7%BB%93%E6%9E%9C%202026.csv")
        self.assertEqual(r.getheader("Content-Type"), "text/csv")
        self.assertEqual(len(data), 5000)
        self.assertTrue(data.startswith(EXPECTED_CSV))
        self.scenario("file", filename="résumé 01.csv")
        r, data = self.export()
        raw = [v for k, v in r.getheaders() if k == "Content-Disposition"][0]
        self.assertEqual(raw.encode("latin-1").decode("utf-8"), 'attachment; filename="résumé 01.csv"')
        self.scenario("file", no_disposition=True, chunked=True)
        r, data = self.export()
        self.assertIsNone(r.getheader("Content-Disposition"))
        self.assertEqual(r.getheader("Transfer-Encoding"), "chunked")
        self.assertEqual(data, EXPECTED_CSV)
        for name, body in (("empty", b""), ("ok_text", b"OK"), ("json_empty", b"{}")):
            self.scenario(name)
            r, data = self.export()
            self.assertEqual((r.status, data), (200, body))

    def test_big_and_slow_bodies_are_deterministic(self):
        self.scenario("big")
        r, data = self.export()
        self.assertEqual(len(data), 10 * 1024 * 1024)
        last = self.control("GET", "/__control/last_body_sha256")[1]
        self.assertEqual(hashlib.sha256(data).hexdigest(), last["sha256"])
        self.scenario("slow", chunk=100, delay_ms=10, total=1000)
        r, data = self.export()
        self.assertEqual(data, (EXPECTED_CSV * 20)[:1000])

    def test_truncated_and_reset_bodies_fail_the_client(self):
        self.scenario("truncated")
        with self.assertRaises(http.client.IncompleteRead):
            self.export()
        self.scenario("reset_mid_body", size=200000)
        for scheme in ("http", "https"):
            with self.assertRaises((ConnectionResetError, http.client.IncompleteRead, ssl.SSLError)):
                self.export(scheme=scheme)
        r, _ = self.call("GET", "/v3/tasks")  # still serving
        self.assertEqual(r.status, 200)

    def test_chunked_bodies_cut_by_reset_or_close_fail_the_client(self):
        for cut in ("reset", "clean"):
            self.scenario("reset_mid_body", size=200000, chunked=True, cut=cut, delay_ms=0)
            for scheme in ("http", "https"):
                with self.assertRaises((ConnectionResetError, http.client.IncompleteRead, ssl.SSLError)):
                    self.export(scheme=scheme)
        r, _ = self.call("GET", "/v3/tasks")  # still serving
        self.assertEqual(r.status, 200)

    def test_hostile_names(self):
        self.scenario("hostile_name")
        r, _ = self.export()
        self.assertEqual(r.getheader("Content-Disposition"),
                         'attachment; filename="../../etc/evil\x07.csv"')
        self.scenario("hostile_name", variant="star_dotdot")
        r, _ = self.export()
        self.assertIn("..%2F..%2Fevil", r.getheader("Content-Disposition"))

    # --- error scenarios ------------------------------------------------------------------
    def test_times_then_default(self):
        self.scenario("throttled", times=2, retry_after=3)
        statuses = []
        for _ in range(3):
            r, data = self.export()
            statuses.append(r.status)
            if r.status == 429:
                self.assertEqual(r.getheader("Retry-After"), "3")
                self.assertEqual(json.loads(data)["error_code"], "APIGW.0308")
        self.assertEqual(statuses, [429, 429, 200])

    def test_scenario_for_a_first_task_id(self):
        # Two keyed scenarios and the path's own coexist; each request gets the one its first
        # task_id names, and "times" counts only the requests it applied to.
        other = json.dumps({"task_info": [{"task_id": "t-9"}]}).encode()
        self.scenario("error", status=503, first_task_id="t-1", times=1)
        self.scenario("throttled", first_task_id="t-9")
        statuses = [self.export(body=other)[0].status, self.export()[0].status, self.export()[0].status,
                    self.export(body=other)[0].status]
        self.assertEqual(statuses, [429, 503, 200, 429])
        self.scenario("default", first_task_id="t-9")
        self.assertEqual(self.export(body=other)[0].status, 200)
        status, answer = self.control("POST", "/__control/scenario",
                                      {"name": "error", "first_task_id": 7})
        self.assertEqual(status, 400, answer)

    def test_every_file_answer_records_its_hash(self):
        r, data = self.export()
        self.assertEqual(r.status, 200)
        entry = self.requests()[-1]
        self.assertEqual(entry["response_sha256"], hashlib.sha256(data).hexdigest())
        self.assertEqual(entry["response_size"], len(data))

    def test_documented_errors(self):
        self.scenario("forbidden_0204")
        r, data = self.export()
        body = json.loads(data)
        self.assertEqual((r.status, body["error_code"]), (403, "SMS.0204"))
        self.assertIn("{0[0]}", body["error_msg"])
        self.assertEqual(len(body["details"]), 2)
        message = body["encoded_authorization_message"]
        self.assertEqual(len(message), account.ENCODED_PAD_TO)
        r, data = self.call("POST", "/v5/decode-authorization-message",
                            json.dumps({"encoded_message": message}).encode())
        decoded = json.loads(json.loads(data)["decoded_message"])
        self.assertFalse(decoded["allowed"])
        self.assertEqual(decoded["context"]["action"], "sms:server:getBatchConsistencyResults")
        allow = self.control("GET", "/__control/encoded_message?decision=allow")[1]
        r, data = self.call("POST", "/v5/decode-authorization-message",
                            json.dumps({"encoded_message": allow["encoded_message"]}).encode())
        self.assertTrue(json.loads(json.loads(data)["decoded_message"])["allowed"])
        self.scenario("forbidden_0204", encoded_length=65535, placeholder="percent")
        body = json.loads(self.export()[1])
        self.assertEqual(len(body["encoded_authorization_message"]), 65535)
        self.assertEqual(body["error_msg"], "Insufficient permissions. Cause: %s")
        for name, status, code in (("not_found_2252", 404, "SMS.2252"),
                                   ("bad_request", 400, "SMS.2004"),
                                   ("unauthorized", 401, "APIGW.0301")):
            self.scenario(name)
            r, data = self.export()
            self.assertEqual((r.status, json.loads(data)["error_code"]), (status, code))
        self.scenario("error", status=503, body="<b>down</b>", content_type="text/html",
                      headers={"X-Extra": "1"})
        r, data = self.export()
        self.assertEqual((r.status, data, r.getheader("X-Extra")), (503, b"<b>down</b>", "1"))
        self.scenario("html_502")
        r, data = self.export()
        self.assertEqual((r.status, r.getheader("Content-Type")), (502, "text/html"))
        self.scenario("huge_error")
        r, data = self.export()
        self.assertGreater(len(data), 2 * 1024 * 1024)
        self.scenario("redirect")
        r, data = self.export()
        self.assertEqual(r.status, 302)
        self.assertEqual(r.getheader("Location"),
                         f"http://127.0.0.2:{self.ports['http_port']}/elsewhere")

    def test_sts_and_iam_scenarios(self):
        r, data = self.call("GET", "/v5/caller-identity")
        self.assertEqual(json.loads(data)["account_id"], TEST_DOMAIN_ID)
        self.scenario("denied", path="/v5/decode-authorization-message")
        r, data = self.call("POST", "/v5/decode-authorization-message", b'{"encoded_message":"x"}')
        self.assertEqual(r.status, 403)
        self.assertIn("sts::decodeAuthorizationMessage", json.loads(data)["error_msg"])
        self.scenario("empty_list", path="/v3/auth/domains")
        r, data = self.call("GET", "/v3/auth/domains")
        self.assertEqual(json.loads(data), {"domains": []})
        self.scenario("default", path="/v5/decode-authorization-message")
        r, data = self.call("POST", "/v5/decode-authorization-message", b'{"encoded_message":"bogus"}')
        self.assertEqual(r.status, 400)

    def test_gateway_echo_tampering_changes_one_line(self):
        target = "/v3/sources?name=web%20server&limit=1"

        def echo_and_own(**sign):
            hdrs = self.signed_headers("GET", target, **sign)
            names = hdrs["Authorization"].split("SignedHeaders=")[1].split(",")[0].split(";")
            wire = signing.WireRequest("GET", target, list(hdrs.items()), b"")
            own = signing.canonical_request(wire, names).split("\n")
            r, data = self.call("GET", target, headers=hdrs)
            if r.status == 200:
                return r.status, None, own
            body = json.loads(data)
            self.assertEqual((r.status, body["error_code"]), (401, "APIGW.0303"))
            return r.status, body["error_msg"].split("canonicalRequest:", 1)[1].split("|"), own

        for tamper, line in (("path_slash", 1), ("query_encoding", 2), ("header_value", 3),
                             ("header_case", 3), ("body_hash", 9)):
            self.scenario("gateway_echo", path="/v3/sources", tamper=tamper)
            _, echoed, own = echo_and_own()
            self.assertEqual(len(echoed), len(own))
            diff = [i for i, (a, b) in enumerate(zip(own, echoed)) if a != b]
            self.assertEqual(diff, [line], tamper)
        self.scenario("gateway_echo", path="/v3/sources")
        self.assertEqual(echo_and_own()[0], 200)  # right signature: normal answer
        _, echoed, own = echo_and_own(sk="WRONG")
        self.assertEqual(echoed, own)  # wrong SK: the echo equals the client's own

    def test_hang_until_client_closes(self):
        self.scenario("hang")
        for scheme in ("http", "https"):
            c = self.conn(scheme, timeout=1)
            hdrs = self.signed_headers("POST", EXPORT_PATH, ROWS_BODY, scheme=scheme)
            c.request("POST", EXPORT_PATH, body=ROWS_BODY, headers=hdrs)
            with self.assertRaises((socket.timeout, TimeoutError)):
                c.getresponse()
            c.close()
        self.assertEqual([e["scenario"] for e in self.requests()], ["hang", "hang"])
        r, _ = self.call("GET", "/v3/tasks")
        self.assertEqual(r.status, 200)

    # --- account listing ------------------------------------------------------------------
    def test_sources_paging_and_filters(self):
        total, pages = 0, []
        while True:
            r, data = self.call("GET", f"/v3/sources?limit=200&offset={total}")
            page = json.loads(data)
            pages.append(len(page["source_servers"]))
            total += len(page["source_servers"])
            if total >= page["count"]:
                break
        self.assertEqual(pages, [200, 200, 50])
        for query, count in (("name=web%20server", 45), ("name=%E6%95%B0%E6%8D%AE%E5%BA%93", 45),
                             ("name=db%2Bcache", 18), ("is_consistency_result_exist=true", 150),
                             ("ip=10.0.1.", 200), ("state=finished&limit=0", 75)):
            r, data = self.call("GET", "/v3/sources?" + query)
            self.assertEqual((r.status, json.loads(data)["count"]), (200, count), query)
        r, data = self.call("GET", "/v3/tasks?limit=201")
        self.assertEqual(r.status, 400)
        self.control("POST", "/__control/config", {"task_count": 5})
        r, data = self.call("GET", "/v3/tasks?state=RUNNING")
        self.assertEqual(json.loads(data)["count"], 1)
        r, data = self.call("GET", f"/v3/tasks/{account.task_id(1)}/consistency-result")
        self.assertEqual(len(json.loads(data)["result_list"]), 1)

    # --- robustness -----------------------------------------------------------------------
    def test_concurrent_clients_and_disconnects(self):
        self.scenario("big", path="/v3/big")
        results = []

        def worker():
            r, data = self.call("GET", "/v3/tasks?limit=5")
            results.append(r.status)

        def quitter():
            s = socket.create_connection(("127.0.0.1", self.ports["http_port"]))
            hdrs = self.signed_headers("GET", "/v3/big")
            s.sendall(("GET /v3/big HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs.items())
                       + "\r\n").encode())
            s.recv(1000)
            s.close()

        threads = [threading.Thread(target=worker) for _ in range(20)]
        threads += [threading.Thread(target=quitter) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        self.assertEqual(results, [200] * 20)
        self.assertEqual(self.proc.poll(), None)

    def test_silent_and_garbage_tls_clients_do_not_block_others(self):
        silent = socket.create_connection(("127.0.0.1", self.ports["https_port"]))
        garbage = socket.create_connection(("127.0.0.1", self.ports["https_port"]))
        garbage.sendall(b"GET / HTTP/1.1\r\n\r\n")  # plain HTTP on the TLS port
        try:
            r, _ = self.call("GET", "/v3/tasks?limit=1", scheme="https")
            self.assertEqual(r.status, 200)
        finally:
            silent.close()
            garbage.close()

    def test_proxy_forwards_http_and_connect(self):
        proxy_port = self.ports["proxy_port"]
        for auth in ("", "alice:s3cret"):
            self.control("POST", "/__control/config", {"proxy_auth": auth})
            # plain HTTP through the proxy: absolute-form target
            c = http.client.HTTPConnection("127.0.0.1", proxy_port, timeout=10)
            target = f"http://127.0.0.1:{self.ports['http_port']}/v3/tasks?limit=1"
            hdrs = self.signed_headers("GET", "/v3/tasks?limit=1")
            if auth:
                c.request("GET", target, headers=hdrs)
                r = c.getresponse()
                r.read()
                self.assertEqual(r.status, 407)
                c.close()
                c = http.client.HTTPConnection("127.0.0.1", proxy_port, timeout=10)
                hdrs["Proxy-Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
            c.request("GET", target, headers=hdrs)
            r = c.getresponse()
            self.assertEqual((r.status, json.loads(r.read())["count"]), (200, 450))
            c.close()
            # HTTPS through CONNECT
            ctx = ssl.create_default_context(cafile=CA)
            c = http.client.HTTPSConnection("127.0.0.1", proxy_port, context=ctx, timeout=10)
            tunnel_headers = ({"Proxy-Authorization": "Basic "
                               + base64.b64encode(auth.encode()).decode()} if auth else None)
            c.set_tunnel("127.0.0.1", self.ports["https_port"], headers=tunnel_headers)
            hdrs = self.signed_headers("GET", "/v3/tasks?limit=1", scheme="https")
            c.request("GET", "/v3/tasks?limit=1", headers=hdrs)
            r = c.getresponse()
            self.assertEqual(r.status, 200)
            r.read()
            c.close()
        log = self.control("GET", "/__control/proxy_requests")[1]
        self.assertEqual([(e["method"], e["status"]) for e in log],
                         [("GET", 200), ("CONNECT", 200), ("GET", 407), ("GET", 200),
                          ("CONNECT", 200)])
        self.assertEqual([e["scheme"] for e in self.requests()], ["http", "https"] * 2)

    def test_wait_ms_delays_the_answer(self):
        self.scenario("ok_text", wait_ms=300)
        start = time.monotonic()
        r, data = self.export()
        self.assertEqual(data, b"OK")
        self.assertGreaterEqual(time.monotonic() - start, 0.3)

    def test_untrusted_port_fails_verification(self):
        ctx = ssl.create_default_context(cafile=CA)
        c = http.client.HTTPSConnection("127.0.0.1", self.ports["https_untrusted_port"],
                                        context=ctx, timeout=10)
        with self.assertRaises(ssl.SSLCertVerificationError):
            c.request("GET", "/v3/auth/domains")

    def test_expired_and_wrong_host_ports_fail_for_their_one_reason(self):
        for port, reason in (("https_expired_port", "certificate has expired"),
                             ("https_wronghost_port", "mismatch")):
            with self.subTest(port=port):
                ctx = ssl.create_default_context(cafile=CA)
                c = http.client.HTTPSConnection("127.0.0.1", self.ports[port], context=ctx, timeout=10)
                with self.assertRaises(ssl.SSLCertVerificationError) as caught:
                    c.request("GET", "/v3/auth/domains")
                self.assertIn(reason, str(caught.exception))
                c.close()

    def test_control_rejects_typos(self):
        self.assertEqual(self.control("POST", "/__control/scenario", {"name": "fille"})[0], 400)
        self.assertEqual(self.control("POST", "/__control/config", {"sources": 3})[0], 400)

    def test_stdin_eof_stops_a_server(self):
        proc = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_sms_server.py")],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        json.loads(proc.stdout.readline())
        proc.stdin.close()
        self.assertEqual(proc.wait(10), 0)
        proc.stdout.close()


if __name__ == "__main__":
    unittest.main()
