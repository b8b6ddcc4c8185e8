#!/usr/bin/env python3
"""A mock Azure OpenAI data plane (plus an Entra token endpoint and a LiteLLM proxy's /v1/models)
for `azlint verify` tests. Loopback only; HTTPS with a test certificate, and a plain-HTTP listener.

Behaviour (what tests rely on):
  keys: "test-key-valid-0001" is accepted everywhere; any other api-key -> 401 (key body).
  Entra: Bearer "tok-valid-entra-123" accepted; "tok-norole-entra-456" -> 401 PermissionDenied;
         any other Bearer -> 401 (token body, no `error` wrapper).
  token endpoint: POST /{tenant}/oauth2/v2.0/token, client_secret "client-secret-ok" -> token;
         a client_secret starting with "echo" -> 401 whose error_description echoes the form body.
  api-versions: GOOD accepted; RETIRED -> 404 Resource not found; 2022-12-01 on chat -> 400.
  deployments: KNOWN, names starting ok-, throttled* (429 always), flaky* (429 once, then ok),
               busy* (503 once, then ok), slow* (answers after 5 s), broken* (500 echoing the key),
               unavailable* (503 Retry-After: 9, always); others -> 404 DeploymentNotFound.
  TOKEN_BODY_KEY: an api-key answered 401 with the Entra body ("Access token is missing…").
  v1 route: POST /openai/v1/chat/completions and /openai/v1/responses (model in the body; on
         /responses an api-version other than v1/preview/latest -> 400).
  LiteLLM proxy: GET /v1/models with Bearer "sk-litellm-master-0001" lists PROXY_MODELS.
  --accept-key, --accept-proxy-key, --accept-client-secret and --issue-token (repeatable) add
  accepted secrets (the token endpoint then issues the last --issue-token, accepted as a Bearer);
  --extra-model (repeatable) adds a model id to the proxy's /v1/models list.
Listeners (the --ports file: "HTTPS HTTP PROXY STALL"): HTTPS, plain HTTP (also a CONNECT proxy),
a plain-HTTP forward proxy that answers absolute-form requests itself, and a TCP port that
accepts and never speaks (a TLS handshake that stalls).
Every request is appended to the log file given with --log: method, Host, path, auth kind,
whether it carried a credential (api-key, Authorization or a client_secret in the body), and
which listener got it (tls, proxy).
"""
import argparse, json, ssl, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs

VALID_KEY = "test-key-valid-0001"
VALID_TOKEN = "tok-valid-entra-123"
NOROLE_TOKEN = "tok-norole-entra-456"
PROXY_KEY = "sk-litellm-master-0001"
CLIENT_SECRET = "client-secret-ok"
TOKEN_BODY_KEY = "test-key-token-body-0001"
valid_keys, valid_tokens, proxy_keys, client_secrets = {VALID_KEY}, {VALID_TOKEN}, {PROXY_KEY}, {CLIENT_SECRET}
issued_token = VALID_TOKEN
GOOD = {"2023-05-15", "2024-02-01", "2024-06-01", "2024-10-21", "2024-08-01-preview", "2024-09-01-preview",
        "2024-10-01-preview", "2024-12-01-preview", "2025-01-01-preview", "2025-02-01-preview",
        "2025-03-01-preview", "2025-04-01-preview", "2022-12-01"}
KNOWN = {"gpt-4o", "gpt-4o-mini", "o3-mini", "text-embedding-3-small"}
PROXY_MODELS = ["gpt-4o", "o3-mini", "claude-via-azure"]
extra_models = []
flaky_seen = set()
lock = threading.Lock()
log_file = None
https_port = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def record(self, spends=False, raw=b""):
        auth = "api-key" if self.headers.get("api-key") else ("bearer" if self.headers.get("Authorization") else "none")
        creds = auth != "none" or b"client_secret=" in raw
        with lock:
            if log_file:
                with open(log_file, "a") as f:
                    f.write(json.dumps({"method": self.command, "host": self.headers.get("Host", ""),
                                        "path": self.path, "auth": auth, "spends": spends, "creds": creds,
                                        "tls": getattr(self.server, "tls", False),
                                        "proxy": getattr(self.server, "proxy", False)}) + "\n")

    def record_tunneled(self, data):
        low = data.lower()
        creds = b"\napi-key:" in low or b"\nauthorization:" in low or b"client_secret=" in low
        with lock:
            if log_file:
                with open(log_file, "a") as f:
                    f.write(json.dumps({"method": "TUNNELED", "host": self.path, "path": data.split(b"\r\n", 1)[0].decode("latin-1"),
                                        "auth": "?", "spends": False, "creds": creds, "tls": False,
                                        "proxy": getattr(self.server, "proxy", False)}) + "\n")

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    # --- auth -----------------------------------------------------------------------------
    def check_auth(self):
        key = self.headers.get("api-key")
        bearer = self.headers.get("Authorization", "")
        if key is not None:
            if key in valid_keys:
                return True
            if key == TOKEN_BODY_KEY:  # a gateway in front that answers like Entra
                self.reply(401, {"statusCode": 401, "message": "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."})
                return False
            self.reply(401, {"error": {"code": "401", "message": "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}})
            return False
        if bearer.startswith("Bearer "):
            tok = bearer[7:]
            if tok in valid_tokens:
                return True
            if tok == NOROLE_TOKEN:
                self.reply(401, {"error": {"code": "PermissionDenied", "message": "Principal does not have access to API/Operation."}})
                return False
            self.reply(401, {"statusCode": 401, "message": "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."})
            return False
        self.reply(401, {"error": {"code": "401", "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."}})
        return False

    def check_version(self, qs, chat):
        v = (qs.get("api-version") or [""])[0]
        if v not in GOOD:
            self.reply(404, {"error": {"code": "404", "message": "Resource not found"}})
            return None
        if chat and v == "2022-12-01":
            self.reply(400, {"error": {"code": "BadRequest", "message": "API version not supported"}})
            return None
        return v

    # --- deployments ----------------------------------------------------------------------
    def deployment(self, name, version, payload):
        if name.startswith("throttled"):
            self.reply(429, {"error": {"code": "429", "message": "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 1 second."}},
                       {"Retry-After": "1", "retry-after-ms": "300"})
            return
        if name.startswith("flaky"):
            with lock:
                first = name not in flaky_seen
                flaky_seen.add(name)
            if first:
                self.reply(429, {"error": {"code": "429", "message": "rate limit"}}, {"Retry-After": "0"})
                return
        if name.startswith("busy"):
            with lock:
                first = name not in flaky_seen
                flaky_seen.add(name)
            if first:
                self.reply(503, {"error": {"code": "ServiceUnavailable", "message": "busy"}}, {"retry-after-ms": "100"})
                return
        if name.startswith("unavailable"):
            self.reply(503, {"error": {"code": "ServiceUnavailable", "message": "busy"}}, {"Retry-After": "9"})
            return
        if name.startswith("slow"):
            time.sleep(5)
        if name.startswith("broken"):
            echoed = self.headers.get("api-key") or VALID_KEY  # a server that echoes the caller's key
            self.reply(500, {"error": {"code": "InternalServerError", "message": "backend failure for key " + echoed}})
            return
        if not (name in KNOWN or name.startswith(("ok-", "flaky", "busy", "slow", "throttled"))):
            self.reply(404, {"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}})
            return
        if name == "o3-mini" and version is not None and version < "2024-12-01-preview":
            self.reply(400, {"error": {"code": "BadRequest", "message": "Model o3-mini is enabled only for api versions 2024-12-01-preview and later"}})
            return
        field = "input" if isinstance(payload, dict) and "input" in payload else "messages"
        messages = payload.get(field) if isinstance(payload, dict) else None
        if not messages:
            self.reply(400, {"error": {"code": "BadRequest", "message": "[] is too short - '%s'" % field, "param": field}})
            return
        if name.startswith("o") and "max_tokens" in payload:
            self.reply(400, {"error": {"code": "unsupported_parameter", "message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."}})
            return
        self.reply(200, {"id": "chatcmpl-1", "object": "chat.completion", "model": name,
                         "choices": [{"index": 0, "finish_reason": "length", "message": {"role": "assistant", "content": "p"}}],
                         "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})

    def do_CONNECT(self):
        """An HTTPS proxy (HTTPS_PROXY tests): every tunnel goes to the mock's own HTTPS port."""
        self.record()
        import socket, select
        upstream = socket.create_connection(("127.0.0.1", https_port))
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        conns = [self.connection, upstream]
        first = True
        try:
            while True:
                r, _, _ = select.select(conns, [], [], 10)
                if not r:
                    break
                for c in r:
                    data = c.recv(65536)
                    if not data:
                        return
                    if c is self.connection and first:
                        first = False
                        if data[:1] != b"\x16":  # not a TLS handshake: the proxy reads the request in clear
                            self.record_tunneled(data)
                    (upstream if c is self.connection else self.connection).sendall(data)
        finally:
            upstream.close()
            self.close_connection = True

    def do_GET(self):
        self.record()
        u = urlsplit(self.path)
        qs = parse_qs(u.query)
        if u.path == "/v1/models":  # LiteLLM proxy
            auth = self.headers.get("Authorization", "")
            if not auth.startswith("Bearer ") or auth[7:] not in proxy_keys:
                self.reply(401, {"error": {"message": "Authentication Error, Invalid proxy server token passed.", "type": "auth_error", "param": "None", "code": "401"}})
                return
            self.reply(200, {"object": "list", "data": [{"id": m, "object": "model", "owned_by": "openai"} for m in PROXY_MODELS + extra_models]})
            return
        if u.path == "/openai/v1/models":
            if self.check_auth():
                self.reply(200, {"object": "list", "data": [{"id": "gpt-4o", "object": "model"}]})
            return
        if u.path == "/openai/models":
            if not self.check_auth():
                return
            if self.check_version(qs, False) is None:
                return
            self.reply(200, {"object": "list", "data": [{"id": "gpt-4o", "object": "model", "status": "succeeded"}]})
            return
        self.reply(404, {"error": {"code": "404", "message": "Resource not found"}})

    def do_POST(self):
        raw = self.body()
        try:
            body = json.loads(raw or b"{}")
            spends = bool(body.get("messages") or body.get("input"))  # a request that would run inference
        except (ValueError, AttributeError):
            spends = False
        self.record(spends, raw)
        u = urlsplit(self.path)
        qs = parse_qs(u.query)
        parts = u.path.strip("/").split("/")
        if len(parts) == 4 and parts[1:] == ["oauth2", "v2.0", "token"]:
            form = parse_qs(raw.decode())
            if (form.get("grant_type") == ["client_credentials"] and (form.get("client_secret") or [""])[0] in client_secrets
                    and form.get("scope") == ["https://cognitiveservices.azure.com/.default"]):
                self.reply(200, {"token_type": "Bearer", "expires_in": 3599, "access_token": issued_token})
            else:
                secret = (form.get("client_secret") or [""])[0]
                if secret.startswith("echo"):  # an endpoint that echoes the form it got, percent-encoded
                    self.reply(401, {"error": "invalid_client", "error_description": "AADSTS7000215: bad request " + raw.decode()})
                else:
                    self.reply(401, {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."})
            return
        try:
            payload = json.loads(raw or b"{}")
        except ValueError:
            payload = {}
        if len(parts) == 5 and parts[:2] == ["openai", "deployments"] and parts[3:] == ["chat", "completions"]:
            if not self.check_auth():
                return
            v = self.check_version(qs, True)
            if v is None:
                return
            self.deployment(parts[2], v, payload)
            return
        if u.path == "/v1/chat/completions":  # a serverless endpoint: one model, no deployment in the URL
            if not self.check_auth():
                return
            self.deployment("ok-serverless", None, payload)
            return
        if u.path == "/openai/v1/chat/completions":
            if not self.check_auth():
                return
            self.deployment(str(payload.get("model", "")), None, payload)
            return
        if u.path == "/openai/v1/responses":  # the Responses API (OpenClaw's azure-openai-responses adds ?api-version=preview)
            if not self.check_auth():
                return
            if (qs.get("api-version") or ["v1"])[0] not in ("v1", "preview", "latest"):
                self.reply(400, {"error": {"code": "BadRequest", "message": "API version not supported"}})
                return
            self.deployment(str(payload.get("model", "")), None, payload)
            return
        self.reply(404, {"error": {"code": "404", "message": "Resource not found"}})


def listen(handler, cert, key):
    """`handler` on loopback over HTTPS (cert, key) and plain HTTP; the HTTP server already
    serving, the HTTPS one for the caller to serve_forever(). (tests/secrets/echo_server.py
    uses it too.)"""
    https = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    https.daemon_threads = True
    https.tls = True
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    https.socket = ctx.wrap_socket(https.socket, server_side=True)
    http = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    http.daemon_threads = True
    threading.Thread(target=http.serve_forever, daemon=True).start()
    return https, http


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--ports", required=True, help="file to write 'HTTPS_PORT HTTP_PORT' into")
    ap.add_argument("--log")
    ap.add_argument("--accept-key", action="append", default=[])
    ap.add_argument("--accept-proxy-key", action="append", default=[])
    ap.add_argument("--accept-client-secret", action="append", default=[])
    ap.add_argument("--issue-token", action="append", default=[])
    ap.add_argument("--extra-model", action="append", default=[])
    a = ap.parse_args()
    global log_file, issued_token
    log_file = a.log
    valid_keys.update(a.accept_key)
    proxy_keys.update(a.accept_proxy_key)
    client_secrets.update(a.accept_client_secret)
    valid_tokens.update(a.issue_token)
    extra_models.extend(a.extra_model)
    if a.issue_token:
        issued_token = a.issue_token[-1]
    https, http = listen(Handler, a.cert, a.key)
    global https_port
    https_port = https.server_address[1]
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    proxy.daemon_threads = True
    proxy.proxy = True
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    import socket
    stall = socket.socket()
    stall.bind(("127.0.0.1", 0))
    stall.listen(64)
    held = []
    def hold():
        while True:
            held.append(stall.accept()[0])  # accepted, never answered
    threading.Thread(target=hold, daemon=True).start()
    with open(a.ports + ".tmp", "w") as f:
        f.write("%d %d %d %d\n" % (https.server_address[1], http.server_address[1], proxy.server_address[1],
                                    stall.getsockname()[1]))
    import os
    os.replace(a.ports + ".tmp", a.ports)
    https.serve_forever()


if __name__ == "__main__":
    main()
