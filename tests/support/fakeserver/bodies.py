# SPDX-License-Identifier: GPL-3.0-or-later
"""The export request's validation and the deterministic file bodies the export answers with."""
import csv
import hashlib
import io
import json

from .state import EXPORT_PATH

CSV_HEADER = ["task_id", "source_id", "source_name", "consistency_result"]
INVALID = "SMS.1001"  # the fake's own code for an invalid parameter (no documented one exists)


def validate_export(h, wire) -> bool:
    """SMS checks on the export body; answers 400 itself and returns False on failure."""
    ctype = wire.header("Content-Type")
    if ctype is None:
        h.send_error_body(400, "SMS.2005", "Content-Type is missing.")
        return False
    if ctype.split(";")[0].strip().lower() != "application/json":
        h.send_error_body(400, "SMS.2006", f"Content-Type {ctype} is not application/json.")
        return False
    limit = h.state.get_config("max_body_bytes")
    if limit and len(wire.body) > limit:
        h.send_error_body(400, "SMS.2004", f"The request body exceeds {limit} bytes.")
        return False
    problem = _shape_problem(wire.body)
    if problem:
        h.send_error_body(400, INVALID, "Invalid request body: " + problem)
        return False
    return True


def _shape_problem(body: bytes):
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "not UTF-8 JSON"
    if not isinstance(doc, dict) or not isinstance(doc.get("task_info"), list):
        return "task_info must be an array"
    items = doc["task_info"]
    if not 1 <= len(items) <= 200:
        return f"task_info must have 1-200 items, got {len(items)}"
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            return f"task_info[{i}] must be an object"
        tid = item.get("task_id")
        if not isinstance(tid, str) or not 1 <= len(tid) <= 36:
            return f"task_info[{i}].task_id must be a string of 1-36 characters"
        for key in ("source_id", "source_name"):
            val = item.get(key, "")
            if not isinstance(val, str) or len(val) > 255:
                return f"task_info[{i}].{key} must be a string of 0-255 characters"
    return None


def _pattern(wire) -> bytes:
    """One CSV table (UTF-8, CRLF) with a row per requested task; fixed text otherwise."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    try:
        items = json.loads(wire.body.decode("utf-8"))["task_info"]
        rows = [[it.get("task_id", ""), it.get("source_id", ""), it.get("source_name", ""),
                 "consistent"] for it in items]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        rows = [["-", "-", "-", "no request rows"]]
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


class FileBody:
    """The pattern, or the pattern repeated and cut to exactly `size` bytes, generated in
    chunks so a body of any size costs no memory."""

    def __init__(self, wire, size=None):
        self.pattern = _pattern(wire)
        self.size = len(self.pattern) if size is None else int(size)

    def chunks(self, chunk: int, limit=None):
        """Consecutive pieces of at most `chunk` bytes, up to `limit` bytes in all."""
        end = self.size if limit is None else min(limit, self.size)
        block = self.pattern * max(1, chunk // len(self.pattern) + 2)
        pos = 0
        while pos < end:
            start = pos % len(self.pattern)
            piece = block[start:start + min(chunk, end - pos)]
            yield piece
            pos += len(piece)

    def sha256(self) -> str:
        digest = hashlib.sha256()
        for piece in self.chunks(1 << 20):
            digest.update(piece)
        return digest.hexdigest()
