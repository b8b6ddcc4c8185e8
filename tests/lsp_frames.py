"""The LSP base protocol for the Python test drivers (tests/resources/lsp_memory.py,
tests/inputs/run_case.py): Content-Length framing both ways."""
import json


def frame(msg):
    body = json.dumps(msg).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_messages(out):
    """The messages on a stream, parsed, until it ends."""
    while True:
        length = None
        while True:
            line = out.readline()
            if not line:
                return
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        yield json.loads(out.read(length))
