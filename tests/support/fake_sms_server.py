#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Loopback fake of the Huawei Cloud SMS export API (plus IAM and STS) for the test suite.

    python3 fake_sms_server.py              serve; print one JSON line with the ports;
                                            exit when stdin reaches EOF
    python3 fake_sms_server.py --self-test [signing-vectors.json]
                                            check the signature verifier against the vectors

Standard library only. See tests/support/README.md for scenarios and the control API.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fakeserver import selftest, servers  # noqa: E402
from fakeserver.state import State  # noqa: E402

DEFAULT_VECTORS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                               "signing-vectors.json")


def main(argv) -> int:
    if len(argv) > 1 and argv[1] == "--self-test":
        return selftest.run(argv[2] if len(argv) > 2 else DEFAULT_VECTORS)
    if len(argv) > 1:
        print(__doc__, file=sys.stderr)
        return 2
    ports = servers.start_all(State())
    sys.stdout.write(json.dumps(ports) + "\n")
    sys.stdout.flush()
    # The test owns our stdin: when it exits or closes the pipe, so do we.
    while sys.stdin.buffer.read(4096):
        pass
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
