# SPDX-License-Identifier: GPL-3.0-or-later
"""--self-test: proves the verifier against the official signer's vectors, using only what was
sent on the wire (method, target, headers, body) as a real server would."""
import json

from . import signing


def run(vectors_path: str) -> int:
    with open(vectors_path, encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    failures = 0
    checked = 0
    for case in cases:
        inp, out, wire = case["input"], case["output"], case["wire"]
        req = signing.WireRequest(
            method=wire["method"],
            raw_target=wire["target"],
            headers=[(k, v.strip()) for k, v in wire["headers"]],
            body=inp["body"].encode("utf-8"))
        auth = signing.parse_authorization(req.header("Authorization") or "")
        if auth is None:
            print(f"{case['id']}: FAIL cannot parse Authorization")
            failures += 1
            continue
        verdict = signing.verify(req, auth, inp["sk"])
        quirk = case.get("quirk")
        if quirk:
            # The official signer's quirks cannot be verified by any server; expect a rejection.
            status = "ok (quirk rejected as expected)" if not verdict.ok else "FAIL quirk verified"
            failures += 0 if not verdict.ok else 1
        else:
            checked += 1
            same_cr = verdict.canonical_request == out["canonical_request"]
            same_sts = verdict.string_to_sign == out["string_to_sign"]
            tampered_ok = _any_tampering_verifies(req, auth, inp["sk"])
            if verdict.ok and same_cr and same_sts and auth.access == inp["ak"] and not tampered_ok:
                status = "ok (and rejected when path, query, date or body change)"
            else:
                failures += 1
                status = (f"FAIL verified={verdict.ok} canonical_request_equal={same_cr} "
                          f"string_to_sign_equal={same_sts} tampered_verified={tampered_ok} "
                          f"({verdict.problem})")
                if not same_cr:
                    status += "\n  server:   " + verdict.canonical_request.replace("\n", "|")
                    status += "\n  expected: " + out["canonical_request"].replace("\n", "|")
        print(f"{case['id']}: {status}")
    print(f"{checked} non-quirk cases checked, {failures} failure(s)")
    return 1 if failures or checked == 0 else 0


def _any_tampering_verifies(req, auth, sk) -> bool:
    """Variants of a valid request that a correct verifier must reject."""
    path, _, query = req.raw_target.partition("?")
    variants = [
        dict(raw_target=path + "x" + ("?" + query if query else "")),
        dict(raw_target=req.raw_target + ("&" if query else "?") + "extra=1"),
        dict(headers=[(k, v + "0" if k.lower() == "x-sdk-date" else v) for k, v in req.headers]),
    ]
    if req.header("X-Sdk-Content-Sha256") is None:  # else the body is deliberately unsigned
        variants.append(dict(body=req.body + b" "))
    for change in variants:
        fields = dict(method=req.method, raw_target=req.raw_target, headers=req.headers,
                      body=req.body)
        fields.update(change)
        if signing.verify(signing.WireRequest(**fields), auth, sk).ok:
            return True
    return False
