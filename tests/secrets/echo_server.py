#!/usr/bin/env python3
"""A hostile server for the secret audit: it answers `azlint verify` with the caller's secrets in
its text, the way careless or malicious servers do. Loopback only; HTTPS (test certificate) and a
plain-HTTP listener (a LiteLLM proxy on localhost).

  GET  /v1/models                       200, a model list whose ids are the caller's Bearer token,
                                        a `Bearer RTKEY-…` header value, terminal escapes, and
                                        not the model asked for (so verify quotes the list)
  POST /{tenant}/oauth2/v2.0/token      401, the error echoing the client secret percent-encoded
                                        (every byte but letters and digits) and the form body
  POST /openai/deployments/{d}/chat/completions
                                        500, the error echoing the api-key split over two lines,
                                        with terminal escapes

usage: echo_server.py --cert PEM --key PEM --ports FILE    (FILE gets "HTTPS_PORT HTTP_PORT")
As a module: start(folder) -> (process, CA file, HTTPS port, HTTP port).
"""
import argparse, json, os, subprocess, sys, time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path[:0] = [HERE, os.path.join(HERE, "..", "verify")]
import mock_azure  # noqa: E402  (listen)
import run_case  # noqa: E402  (make_certs)
from planted import percent_encode_all  # noqa: E402

RTKEY = "Bearer RTKEY-7f3a9c2e1b8d4f60a2c5"  # a model id that is a header value (issue 11)
ESCAPES = "\x1b[2J\x1b[1;1H\x1b]0;pwned\x07\u009b31mALL CLEAN"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if urlsplit(self.path).path.endswith("/models"):
            token = self.headers.get("Authorization", "")[7:] or self.headers.get("api-key", "")
            ids = [token, RTKEY, ESCAPES, "gpt-4o-other"]
            self.reply(200, {"object": "list", "data": [{"id": i, "object": "model"} for i in ids]})
            return
        self.reply(404, {"error": {"code": "404", "message": "Resource not found"}})

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
        parts = urlsplit(self.path).path.strip("/").split("/")
        if parts[1:] == ["oauth2", "v2.0", "token"]:
            secret = (parse_qs(raw).get("client_secret") or [""])[0]
            self.reply(401, {"error": "invalid_client",
                             "error_description": "AADSTS7000215: Invalid client secret provided: " + percent_encode_all(secret) +
                                                  " (request: " + raw + ")"})
            return
        key = self.headers.get("api-key", "")
        half = len(key) // 2
        self.reply(500, {"error": {"code": "InternalServerError",
                                   "message": ESCAPES + " backend failure for key " + key[:half] + "\n" + key[half:]}})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--ports", required=True)
    a = ap.parse_args()
    https, http = mock_azure.listen(Handler, a.cert, a.key)
    with open(a.ports + ".tmp", "w") as f:
        f.write("%d %d\n" % (https.server_address[1], http.server_address[1]))
    os.replace(a.ports + ".tmp", a.ports)
    https.serve_forever()


def start(d):
    """The server on loopback with a certificate from a fresh test CA in folder d."""
    ca, crt, key = run_case.make_certs(d)
    ports = os.path.join(d, "echo-ports")
    proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--cert", crt, "--key", key, "--ports", ports])
    for _ in range(200):
        if os.path.exists(ports):
            break
        time.sleep(0.05)
    https_port, http_port = open(ports).read().split()
    return proc, ca, https_port, http_port


if __name__ == "__main__":
    main()
