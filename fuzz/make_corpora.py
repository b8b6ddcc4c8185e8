#!/usr/bin/env python3
"""Seeds the fuzz corpora from fixtures/ (regenerated into OUT each run, never committed).

    fuzz/make_corpora.py OUT     -> OUT/<target>/ for every fuzz target
"""
import hashlib
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures")
MAX_SEED = 256 * 1024  # larger fixtures only slow the fuzzer down

# fuzz_lint's first byte: 0 LibreChat, 1 LiteLLM, 2 OpenClaw, 3 Open WebUI JSON, 4 Open WebUI env, 5 detect
DIALECT_BYTE = {"librechat": 0, "litellm": 1, "openclaw": 2, "openwebui": 3}


def put(out, target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def fixtures():
    for dirpath, _, files in os.walk(FIXTURES):
        for f in sorted(files):
            if f.endswith((".out", ".expect")):
                continue
            path = os.path.join(dirpath, f)
            with open(path, "rb") as fh:
                data = fh.read()
            if len(data) <= MAX_SEED:
                yield os.path.relpath(path, FIXTURES), f, data


def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def lsp_session(name, text):
    uri = "file:///tmp/azlint-fuzz/" + name
    msgs = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": None}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/diagnostic", "params": {"textDocument": {"uri": uri}}},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
         "params": {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 2}}},
        {"jsonrpc": "2.0", "id": 4, "method": "textDocument/codeAction",
         "params": {"textDocument": {"uri": uri},
                    "range": {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}},
                    "context": {"diagnostics": []}}},
        {"jsonrpc": "2.0", "id": 5, "method": "textDocument/completion",
         "params": {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 4}}},
        {"jsonrpc": "2.0", "method": "textDocument/didChange",
         "params": {"textDocument": {"uri": uri, "version": 2},
                    "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                                  "end": {"line": 0, "character": 1}}, "text": "x"}]}},
        {"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}},
        {"jsonrpc": "2.0", "id": 6, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    return b"".join(frame(m) for m in msgs)


def main():
    out = sys.argv[1]
    shutil.rmtree(out, ignore_errors=True)  # regenerated each run: no seed of a removed fixture
    lsp_count = 0
    for rel, name, data in fixtures():
        top = rel.split(os.sep)[0]
        if name.endswith(".yaml"):
            put(out, "fuzz_yaml", data)
            put(out, "fuzz_yaml_fast", data)
        if name.endswith((".json5", ".json")):
            put(out, "fuzz_json5", data)
            put(out, "fuzz_trusted_json", data)
        if name.endswith(".env"):
            put(out, "fuzz_dotenv", data)
        if name.endswith(".env"):
            put(out, "fuzz_lint", bytes([4]) + data)
        elif top in DIALECT_BYTE:
            put(out, "fuzz_lint", bytes([DIALECT_BYTE[top]]) + data)
        else:  # chain/: detected from the content
            put(out, "fuzz_lint", bytes([5]) + data)
        if lsp_count < 40 and len(data) < 8192 and not name.endswith(".env"):
            try:
                put(out, "fuzz_lsp", lsp_session(name, data.decode()))
                lsp_count += 1
            except UnicodeDecodeError:
                pass
    # fuzz_verify_classify: flags, status (2 bytes), secret line, curl error line, headers, body.
    key = "0123456789abcdef0123456789abcdef"
    answers = [
        (0, 200, [], '{"data": [{"id": "gpt-4o"}]}'),
        (1, 401, [], '{"error": {"code": "401", "message": "Access denied due to invalid subscription key ' + key + '."}}'),
        (1 | 16, 401, ["www-authenticate: Bearer error=\"invalid_token\""], '{"error": {"code": "InvalidAuthenticationToken", "message": "The access token is invalid."}}'),
        (1, 404, [], '{"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does not exist."}}'),
        (0, 404, [], '{"error": {"code": "404", "message": "Resource not found"}}'),
        (1 | 8, 400, [], '{"error": {"code": "BadRequest", "message": "Model gpt-4o is enabled only for api versions 2024-02-15-preview and later"}}'),
        (1 | 8, 429, ["retry-after: 7", "retry-after-ms: 6500"], '{"error": {"code": "429", "message": "Rate limit is exceeded."}}'),
        (3, 503, ["retry-after: 2"], "upstream connect error"),
        (3, 200, ["content-type: application/json"], '{"object": "list", "data": []}'),
        (2 | 8, 400, [], '{"error": {"message": "Unsupported parameter: max_tokens", "type": "invalid_request_error"}}'),
        (32, 0, [], ""),
        (96, 0, [], ""),
    ]
    for flags, status, headers, body in answers:
        data = bytes([flags, status >> 8, status & 255]) + (key + "\n" + "curl: (7) Failed to connect\n" +
                                                            "".join(h + "\n" for h in headers) + "\n" + body).encode()
        put(out, "fuzz_verify_classify", data)


if __name__ == "__main__":
    main()
