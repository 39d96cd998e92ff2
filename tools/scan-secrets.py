#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""scan-secrets.py LIST PATH...: fail when any secret named in LIST appears in a file under PATH.

LIST holds one secret per line (the fake keys the tests use); '#' lines are comments.
Keyring files are encrypted by gnome-keyring, so a plain-text hit anywhere is a leak.
"""
import os
import sys


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        secrets = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    needles = [s.encode() for s in secrets]
    leaks = []
    for root in sys.argv[2:]:
        for dirpath, _, files in os.walk(root):
            for name in files:
                path = os.path.join(dirpath, name)
                try:
                    with open(path, "rb") as f:
                        data = f.read()
                except OSError:
                    continue
                for needle in needles:
                    if needle in data:
                        leaks.append((path, needle.decode()[:4] + "…"))
    for path, what in leaks:
        print(f"secret leak: {what} found in {path}", file=sys.stderr)
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
