# SPDX-License-Identifier: GPL-3.0-or-later
"""The gateway's authentication: AK/SK signature, security token, IAM token, date window."""
import calendar
import time

from . import signing
from .state import TEST_AK, TEST_IAM_TOKEN, TEST_SECURITY_TOKEN, TEST_SK

MAX_SKEW_SECONDS = 15 * 60
IAM_PREFIX = "Incorrect IAM authentication information: "


def _parse_sdk_date(value: str):
    try:
        return calendar.timegm(time.strptime(value, "%Y%m%dT%H%M%SZ"))
    except (TypeError, ValueError):
        return None


def _fmt(ts: float) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(ts))


def check(h, wire: signing.WireRequest, path: str) -> bool:
    """True when the request may proceed; otherwise the 401 has been sent."""
    entry = h.entry

    def fail(msg, code="APIGW.0301"):
        entry["auth_error"] = msg
        h.send_error_body(401, code, msg if code != "APIGW.0301" else IAM_PREFIX + msg,
                          gateway=True)
        return False

    token = wire.header("X-Auth-Token")
    if token is not None:
        entry["auth_mode"] = "iam_token"
        if token != TEST_IAM_TOKEN:
            return fail("decrypt token fail")
        return True

    authorization = wire.header("Authorization")
    if authorization is None:
        return fail("no authorization header or token")
    parsed = signing.parse_authorization(authorization)
    entry["auth_mode"] = "aksk"
    if parsed is None:
        return fail("authorization header format error")
    if parsed.access != TEST_AK:
        return fail("ak not exist")
    if h.state.ak_locked():
        return fail("AK access failed to reach the limit,forbidden")

    def refuse(msg, code="APIGW.0301"):
        # Counted before the 401 goes out: the client may send its next request (on a new
        # connection, so another thread) as soon as it has read this answer, and that request
        # must already see this failure, or the lock it completes.
        h.state.count_auth(False)
        return fail(msg, code)

    ok = _check_signed(h, wire, path, parsed, refuse)
    if ok:
        h.state.count_auth(True)  # before the route answers, for the same reason
    return ok


def _check_signed(h, wire, path, parsed, fail) -> bool:
    entry = h.entry

    sdk_date = wire.header("X-Sdk-Date")
    signed_at = _parse_sdk_date(sdk_date)
    if signed_at is None:
        return fail("x-sdk-date missing or malformed")
    now = h.state.now()
    if abs(now - signed_at) > MAX_SKEW_SECONDS:
        return fail(f"signature expired, signature time:{sdk_date}, server time:{_fmt(now)}",
                    code="APIGW.0303")

    scenario = h.state.peek_scenario(path) or {}
    echo = scenario.get("name") == "gateway_echo"
    tamper = signing.Tamper()
    if echo:
        tamper = signing.Tamper(kind=scenario.get("tamper", ""),
                                header=scenario.get("header", "content-type"),
                                value=scenario.get("value", "tampered"))
    verdict = signing.verify(wire, parsed, TEST_SK, tamper)
    entry["canonical_request"] = verdict.canonical_request
    entry["signature_ok"] = verdict.ok
    if not verdict.ok:
        if echo:
            entry["scenario"] = "gateway_echo"
            h.state.take_scenario(path)
            return fail("verify signature fail, canonicalRequest:"
                        + verdict.canonical_request.replace("\n", "|"), code="APIGW.0303")
        return fail("verify aksk signature fail")

    security_token = wire.header("X-Security-Token")
    if security_token is not None:
        entry["auth_mode"] = "aksk_token"
        if "x-security-token" not in parsed.signed_headers:
            entry["signature_ok"] = False
            return fail("verify aksk signature fail")
        if security_token != TEST_SECURITY_TOKEN:
            return fail("decrypt token fail")
    elif h.state.get_config("require_security_token"):
        return fail("security token missing for temporary ak")
    return True
