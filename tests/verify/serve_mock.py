#!/usr/bin/env python3
"""The mock Azure server (tests/verify/mock_azure.py) for a test that is not Python (the LSP
transcripts, the Neovim test): a test CA and certificate in DIR, the mock on loopback, and
DIR/mock.json = {"cacert", "https_port", "http_port", "log"} once it listens. Runs until killed
(it takes the mock down with it).

usage: serve_mock.py DIR [MOCK OPTIONS...]
"""
import json, os, signal, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_case  # noqa: E402  (start_mock)


def main():
    d = sys.argv[1]
    mock, ca, https_port, http_port, log = run_case.start_mock(d, sys.argv[2:])
    def stop(*_):
        mock.kill()
        sys.exit(0)
    signal.signal(signal.SIGTERM, stop)
    tmp = os.path.join(d, "mock.json.tmp")
    with open(tmp, "w") as f:
        json.dump({"cacert": ca, "https_port": https_port, "http_port": http_port, "log": log}, f)
    os.rename(tmp, os.path.join(d, "mock.json"))
    try:
        mock.wait()
    finally:
        mock.kill()


if __name__ == "__main__":
    main()
