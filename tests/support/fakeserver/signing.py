# SPDX-License-Identifier: GPL-3.0-or-later
"""SDK-HMAC-SHA256 verification, written from docs/SIGNATURE.md alone (not from the client's code).

The server sees only what arrived on the wire, so the canonical request is rebuilt from the
raw request target: each path segment and query item is percent-decoded once and encoded again
with the signer's rules. A '+' in the query is a literal plus (RFC 3986), never a space.
"""
import hashlib
import hmac
import urllib.parse
from dataclasses import dataclass, field

ALGORITHM = "SDK-HMAC-SHA256"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"


def encode(data) -> str:
    """Percent-encodes UTF-8 (str) or bytes, leaving only A-Z a-z 0-9 - _ . ~ (upper-case hex)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return "".join(chr(b) if chr(b) in _UNRESERVED else "%%%02X" % b for b in raw)


def decode(text: str) -> bytes:
    """Percent-decodes once into bytes (invalid UTF-8 survives); '+' stays a plus."""
    return urllib.parse.unquote_to_bytes(text)


def as_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def split_target(raw_target: str):
    """Splits a request target into (raw path, raw query string)."""
    path, _, query = raw_target.partition("?")
    return path, query


def query_items(raw_query: str):
    """Decoded (key, value) byte pairs in wire order; 'k' and 'k=' both give value b''."""
    items = []
    for part in raw_query.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        items.append((decode(key), decode(value)))
    return items


@dataclass
class Tamper:
    """Ways the server may see a request differently (scenario gateway_echo, param tamper)."""
    kind: str = ""
    header: str = "content-type"
    value: str = "tampered"


def canonical_uri(raw_path: str, tamper: Tamper = Tamper()) -> str:
    uri = "/".join(encode(decode(seg)) for seg in raw_path.split("/"))
    if tamper.kind == "path_slash":
        return uri.rstrip("/") or "/"
    return uri if uri.endswith("/") else uri + "/"


def canonical_query(raw_query: str, tamper: Tamper = Tamper()) -> str:
    pairs = sorted(query_items(raw_query))
    enc = encode
    if tamper.kind == "query_encoding":
        # like a form decoder: spaces become '+' instead of %20
        def enc(t):
            return encode(t).replace("%20", "+")
    return "&".join(enc(k) + "=" + enc(v) for k, v in pairs)


@dataclass
class Authorization:
    access: str
    signed_headers: list
    signature: str


def parse_authorization(value: str):
    """Parses 'SDK-HMAC-SHA256 Access=.., SignedHeaders=.., Signature=..'; None when malformed."""
    algo, _, rest = value.strip().partition(" ")
    if algo != ALGORITHM:
        return None
    fields = {}
    for part in rest.split(","):
        key, sep, val = part.strip().partition("=")
        if not sep:
            return None
        fields[key] = val
    if not {"Access", "SignedHeaders", "Signature"} <= fields.keys():
        return None
    return Authorization(fields["Access"], fields["SignedHeaders"].split(";"), fields["Signature"])


@dataclass
class WireRequest:
    method: str
    raw_target: str
    headers: list  # [(name, value)] exactly as received (values already trimmed by HTTP)
    body: bytes = b""
    extra: dict = field(default_factory=dict)

    def header(self, name: str):
        """The value of a header (comma-joined when repeated), or None."""
        values = [v for k, v in self.headers if k.lower() == name.lower()]
        return ", ".join(values) if values else None


def canonical_request(req: WireRequest, signed_headers, tamper: Tamper = Tamper()) -> str:
    raw_path, raw_query = split_target(req.raw_target)
    header_lines = []
    for name in signed_headers:
        value = (req.header(name) or "").strip()
        shown = name
        if tamper.kind == "header_value" and name == tamper.header.lower():
            value = tamper.value
        if tamper.kind == "header_case" and name == tamper.header.lower():
            shown = _original_case(req, name)
        header_lines.append(shown + ":" + value + "\n")
    payload_hash = req.header("X-Sdk-Content-Sha256") or hashlib.sha256(req.body).hexdigest()
    if tamper.kind == "body_hash":
        payload_hash = hashlib.sha256(req.body + b"\n").hexdigest()
    return "\n".join([
        req.method.upper(),
        canonical_uri(raw_path, tamper),
        canonical_query(raw_query, tamper),
        "".join(header_lines),
        ";".join(signed_headers),
        payload_hash,
    ])


def _original_case(req: WireRequest, lower_name: str) -> str:
    for k, _ in req.headers:
        if k.lower() == lower_name:
            return k
    return lower_name


def string_to_sign(sdk_date: str, canonical: str) -> str:
    return "\n".join([ALGORITHM, sdk_date, hashlib.sha256(canonical.encode("utf-8")).hexdigest()])


def signature(sk: str, to_sign: str) -> str:
    return hmac.new(sk.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass
class Verdict:
    ok: bool
    canonical_request: str = ""
    string_to_sign: str = ""
    expected_signature: str = ""
    problem: str = ""  # why it failed, for the log only


def verify(req: WireRequest, auth: Authorization, sk: str, tamper: Tamper = Tamper()) -> Verdict:
    """Recomputes the signature from the wire request and compares it in constant time."""
    signed = auth.signed_headers
    if signed != sorted(signed) or any(h != h.lower() for h in signed):
        problem = "signed headers not lower-case and sorted"
    elif "host" not in signed or "x-sdk-date" not in signed:
        problem = "host and x-sdk-date must be signed"
    elif any(req.header(h) is None for h in signed):
        problem = "a signed header was not sent"
    else:
        problem = ""
    canonical = canonical_request(req, signed, tamper)
    to_sign = string_to_sign(req.header("X-Sdk-Date") or "", canonical)
    expected = signature(sk, to_sign)
    ok = not problem and hmac.compare_digest(expected, auth.signature)
    if not ok and not problem:
        problem = "signature mismatch"
    return Verdict(ok, canonical, to_sign, expected, problem)
