"""The `azlint lsp` front of the secret audit: a scripted editor session over stdio
(Content-Length framing) that opens every planted document, edits them, and asks for
diagnostics (pushed and pulled), hovers, code actions and completions at many positions.
Everything the server writes (frames, stderr, the --log file) is returned for the leak check.
"""
import json, os, queue, re, subprocess, threading, time


class Session:
    def __init__(self, argv, env, cwd):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env=env, cwd=cwd)
        self.raw = bytearray()          # every byte written to stdout
        self.messages = queue.Queue()   # parsed frames, in order
        self.seen = []                  # every parsed frame
        self.next_id = 0
        self.stderr = b""
        threading.Thread(target=self._read, daemon=True).start()
        self.stderr_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self.stderr_reader.start()

    def _read(self):
        out = self.proc.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                c = out.read(1)
                if not c:
                    self.messages.put(None)
                    return
                header += c
            self.raw += header
            m = re.search(rb"Content-Length:\s*(\d+)", header, re.I)
            body = out.read(int(m.group(1))) if m else b""
            self.raw += body
            self.messages.put(json.loads(body))

    def _read_stderr(self):
        self.stderr = self.proc.stderr.read()

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, pred, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                m = self.messages.get(timeout=max(0.01, deadline - time.time()))
            except queue.Empty:
                break
            if m is None:
                raise RuntimeError("the server closed its output")
            self.seen.append(m)
            if pred(m):
                return m
        raise RuntimeError("no answer within %d s" % timeout)

    def request(self, method, params):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return self.wait_for(lambda m: m.get("id") == rid and "method" not in m)

    def drain(self, seconds):
        try:
            self.wait_for(lambda m: False, timeout=seconds)
        except RuntimeError:
            pass

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.proc.stdin.close()
        self.proc.wait(timeout=20)
        while True:  # whatever came after the shutdown answer
            try:
                m = self.messages.get(timeout=2)
            except queue.Empty:
                break
            if m is None:
                break
            self.seen.append(m)


def positions(text, secrets):
    """LSP positions (line, UTF-16 character) to ask about: the start of every word and
    punctuation run on every line (so every key and value), its end, and the start, middle and
    end of every planted secret."""
    out = []
    for ln, line in enumerate(text.split("\n")):
        cols = {0, len(line)}
        cols.update(m.start() for m in re.finditer(r"\w+|[^\w\s]+", line))
        for s in secrets:
            for m in re.finditer(re.escape(s), line):
                cols.update((m.start(), m.start() + len(s) // 2, m.end() - 1))
        for c in sorted(cols):
            out.append((ln, len(line[:c].encode("utf-16-le")) // 2))
    return out


def diagnose(binary, path, lang, text, env, cwd):
    """One document opened in `azlint lsp`: (its published diagnostics, everything the server
    wrote to stdout, hovers at the start of every line)."""
    s = Session([binary, "lsp", "--debounce", "0"], env, cwd)
    uri = "file://" + path
    try:
        s.request("initialize", {"processId": None, "rootUri": "file://" + cwd, "capabilities": {}})
        s.notify("initialized", {})
        s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": lang, "version": 1, "text": text}})
        published = s.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        hovers = [s.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": ln, "character": ch}})
                  for ln in range(text.count("\n") + 1) for ch in (0, 4, 8, 12)]
        s.close()
    finally:
        if s.proc.poll() is None:
            s.proc.kill()
            s.proc.wait()
    return published["params"]["diagnostics"], s.raw.decode("utf-8", "replace"), hovers


def run(binary, docs, env, cwd, secrets, log_file=None):
    """docs: [(path, languageId, text)]. Returns (captured outputs {label: text}, stats)."""
    argv = [binary, "lsp", "--debounce", "20"] + (["--log", log_file] if log_file else [])
    s = Session(argv, env, cwd)
    stats = {"diagnostics": 0, "hovers": 0, "hover_requests": 0, "request_hovers": 0, "actions": 0, "completions": 0, "pulled": 0,
             "masked_fixes": 0}
    try:
        s.request("initialize", {
            "processId": None, "rootUri": "file://" + cwd, "trace": "verbose",
            "initializationOptions": {"diagnostics": "both"},
            "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown"]},
                                              "publishDiagnostics": {"relatedInformation": True},
                                              "codeAction": {"codeActionLiteralSupport": {}}},
                             "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True},
                                           "diagnostics": {"refreshSupport": True}},
                             "window": {"showMessage": {}}}})
        s.notify("initialized", {})
        s.notify("$/setTrace", {"value": "verbose"})
        uris = []
        for path, lang, text in docs:
            uri = "file://" + path
            uris.append((uri, path, lang, text))
            s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": lang, "version": 1, "text": text}})
        s.drain(1.0)
        # Edits: duplicate the first line holding a secret (incremental), then save.
        for uri, path, lang, text in uris:
            lines = text.split("\n")
            hit = next((i for i, l in enumerate(lines) if any(x in l for x in secrets)), None)
            if hit is not None:
                s.notify("textDocument/didChange", {
                    "textDocument": {"uri": uri, "version": 2},
                    "contentChanges": [{"range": {"start": {"line": hit, "character": 0}, "end": {"line": hit, "character": 0}},
                                        "text": lines[hit] + "\n"}]})
                s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                                    "contentChanges": [{"text": text}]})
            s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": "file://" + cwd + "/.env", "type": 2}]})
        s.drain(1.0)
        for uri, path, lang, text in uris:
            pulled = s.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
            items = pulled.get("result", {}).get("items", [])
            stats["pulled"] += len(items)
            for d in items:
                a = s.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": d["range"],
                                                          "context": {"diagnostics": [d], "only": ["quickfix"]}})
                stats["actions"] += len(a.get("result") or [])
                stats["masked_fixes"] += sum("****" in e["newText"] for act in a.get("result") or []
                                             for edits in act["edit"]["changes"].values() for e in edits)
            n_lines = text.count("\n") + 1
            whole = {"start": {"line": 0, "character": 0}, "end": {"line": n_lines, "character": 0}}
            a = s.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": []}})
            stats["actions"] += len(a.get("result") or [])
            for ln, ch in positions(text, secrets):
                pos = {"line": ln, "character": ch}
                h = s.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos})
                stats["hover_requests"] += 1
                if h.get("result"):
                    stats["hovers"] += 1
                    # the resolved request of a model or group (issue 16): its URL, auth and provenance
                    if "**Request" in h["result"]["contents"]["value"]:
                        stats["request_hovers"] += 1
            for ln in range(n_lines):
                for ch in (0, 8):
                    c = s.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": ln, "character": ch}})
                    stats["completions"] += len((c.get("result") or {}).get("items", []))
        # A malformed message carrying a document's text: the answer must not echo it.
        body = ("{\"jsonrpc\": \"2.0\", \"id\": 999, \"method\": \"textDocument/hover\", \"params\": " + docs[0][2]).encode()
        s.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        s.proc.stdin.flush()
        for uri, *_ in uris:
            s.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        s.close()
    finally:
        if s.proc.poll() is None:
            s.proc.kill()
            s.proc.wait()
    s.stderr_reader.join(timeout=5)
    stats["diagnostics"] = sum(len(m["params"]["diagnostics"]) for m in s.seen
                               if m.get("method") == "textDocument/publishDiagnostics")
    out = {"stdout": s.raw.decode("utf-8", "replace"), "stderr": s.stderr.decode("utf-8", "replace")}
    if log_file:
        out["--log file"] = open(log_file, encoding="utf-8", errors="replace").read()
    return out, stats
