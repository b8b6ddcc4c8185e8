#!/usr/bin/env python3
"""The language server's memory does not grow with use: 10 000 cycles of open, edit, pull
diagnostics, hover and close — each on a document of its own — leave its resident set where it
was after the first 1 000 (within GROWTH_MIB), and every request is answered.

usage: lsp_memory.py AZLINT_BINARY EXAMPLE_CONFIG [--no-rss] [--cycles N]

--no-rss keeps the cycles and answers but not the memory bound (sanitizer builds: ASan's
quarantine holds freed memory on purpose).
"""
import os, subprocess, sys, tempfile, threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from lsp_frames import frame, read_messages  # noqa: E402

GROWTH_MIB = 2.0
WARMUP = 1000


class Server:
    def __init__(self, azlint, log):
        self.p = subprocess.Popen([azlint, "lsp", "--debounce", "0", "--log", log],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0
        self.answers = {}
        self.cv = threading.Condition()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        for msg in read_messages(self.p.stdout):
            if "id" in msg and "method" in msg:  # a request from the server: answer it
                self.send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            elif "id" in msg:
                with self.cv:
                    self.answers[msg["id"]] = msg
                    self.cv.notify_all()
        with self.cv:
            self.answers[None] = "eof"
            self.cv.notify_all()

    def send(self, msg):
        self.p.stdin.write(frame(msg))
        self.p.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=30):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        with self.cv:
            if not self.cv.wait_for(lambda: rid in self.answers or None in self.answers, timeout):
                raise SystemExit("FAIL: no answer to %s within %d s" % (method, timeout))
            if None in self.answers:
                raise SystemExit("FAIL: the server closed its output (%s)" % self.p.poll())
            msg = self.answers.pop(rid)
        if "error" in msg:
            raise SystemExit("FAIL: %s answered %s" % (method, msg["error"]))
        return msg["result"]

    def rss_mib(self):
        with open("/proc/%d/status" % self.p.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
        raise SystemExit("FAIL: no VmRSS for the server")


def main():
    azlint, example = sys.argv[1], sys.argv[2]
    check_rss = "--no-rss" not in sys.argv
    cycles = int(sys.argv[sys.argv.index("--cycles") + 1]) if "--cycles" in sys.argv else 10000
    text = open(example).read()
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "server.log")
        s = Server(azlint, log)
        s.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + tmp, "capabilities":
                                 {"textDocument": {"diagnostic": {"dynamicRegistration": False}}}})
        s.notify("initialized", {})
        samples = {}
        for i in range(1, cycles + 1):
            uri = "file://%s/d%d/librechat.yaml" % (tmp, i)
            doc = {"uri": uri}
            s.notify("textDocument/didOpen", {"textDocument": dict(doc, languageId="yaml", version=1, text=text)})
            edited = text.replace("gpt-4o", "gpt-4o-%d" % i)
            s.notify("textDocument/didChange", {"textDocument": dict(doc, version=2),
                                                "contentChanges": [{"text": edited}]})
            report = s.request("textDocument/diagnostic", {"textDocument": doc})
            if not report.get("items"):
                raise SystemExit("FAIL: cycle %d: no diagnostics for the example" % i)
            s.request("textDocument/hover", {"textDocument": doc, "position": {"line": 3, "character": 6}})
            s.notify("textDocument/didClose", {"textDocument": doc})
            if i in (min(WARMUP, cycles), cycles // 2, cycles):
                samples[i] = s.rss_mib()
        s.request("shutdown", None)
        s.notify("exit", None)
        code = s.p.wait(timeout=30)
    print("after " + ", ".join("%d cycles %.1f MiB" % kv for kv in sorted(samples.items())))
    if code != 0:
        print("FAIL: the server exited %d" % code)
        return 1
    first, last = samples[min(WARMUP, cycles)], samples[cycles]
    if check_rss and last - first > GROWTH_MIB:
        print("FAIL: grew %.1f MiB from cycle %d to %d (bound %.0f MiB)" % (last - first, WARMUP, cycles, GROWTH_MIB))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
