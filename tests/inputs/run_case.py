#!/usr/bin/env python3
"""The files azlint reads, end to end through the binary: hostile auxiliary files (named pipes,
/dev/zero, sparse 8 GiB files, a 1 000 000-line `.env`) are refused or bounded without a hang,
line ends (CR, CRLF, LF) give the same positions, and folders a search cannot read are reported.

usage: run_case.py AZLINT_BINARY CASE      (`run_case.py list` prints the cases)

Every run has a deadline (a hang fails the case instead of the suite) and its peak memory is
measured (wait4). Exit 77 skips a case the machine cannot run (no setpriv to drop root).
"""
import json, os, shutil, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from lsp_frames import frame, read_messages  # noqa: E402
from script_cases import Failure, cases_of, check, main  # noqa: E402

MiB = 1 << 20
KEY = "placeholder-key-value"

CLEAN = ('version: 1.3.17\nendpoints:\n  azureOpenAI:\n    groups:\n      - group: "westus"\n'
         '        apiKey: "${WESTUS_API_KEY}"\n        instanceName: "my-westus"\n        deploymentName: "gpt-4o"\n'
         '        version: "2024-10-21"\n        models:\n          gpt-4o: true\n')
# Two findings on lines 7 and 10 (an instanceName with a space, a model without deployment) and
# a suppressed one on line 9 (its comment on line 8): positions to compare across line ends.
BROKEN = ('version: 1.3.17\nendpoints:\n  azureOpenAI:\n    groups:\n      - group: "westus"\n'
          '        apiKey: "${WESTUS_API_KEY}"\n        instanceName: "my westus"\n'
          '        # azlint-disable-next-line=api-version-retired\n        version: "2023-05-15"\n'
          '        models:\n          gpt-4o: true\n')
OPENCLAW = ('{\n  // an OpenClaw config\n  models: {\n    providers: {\n      azure: {\n'
            '        baseUrl: "http://contoso.openai.azure.com/openai/v1",\n        api: "openai-completions",\n'
            '        apiKey: "${AZURE_API_KEY}",\n        models: [{id: "gpt-4o", name: "gpt-4o"}],\n      },\n    },\n  },\n}\n')
OPENWEBUI_ENV = ('# Open WebUI\nENABLE_OPENAI_API=true\nOPENAI_API_BASE_URLS="https://contoso.openai.azure.com/openai/deployments/gpt-4o;'
                 'https://api.openai.com/v1"\nOPENAI_API_KEYS="${A};${B};${C}"\n')


def run(argv, timeout=20, env=None, stdin=None, preexec=None):
    """(exit code, stdout, stderr, seconds, peak RSS MiB); a run past the deadline fails."""
    e = dict(os.environ, WESTUS_API_KEY=KEY, AZURE_API_KEY=KEY, NO_COLOR="1")
    e.update(env or {})
    t0 = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(argv, stdin=stdin if stdin is not None else subprocess.DEVNULL, stdout=out, stderr=err,
                             env=e, preexec_fn=preexec)
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > timeout:
                p.kill()
                os.wait4(p.pid, 0)
                raise Failure("still running after %d s: %s" % (timeout, " ".join(argv)))
            time.sleep(0.01)
        out.seek(0)
        err.seek(0)
        res = (os.waitstatus_to_exitcode(status), out.read().decode(errors="replace"), err.read().decode(errors="replace"),
               time.monotonic() - t0, usage.ru_maxrss / 1024.0)
    print("$ %s\n  exit %d, %.2f s, peak %.0f MiB\n%s" % (" ".join(argv), res[0], res[3], res[4],
                                                         "".join("  stderr: %s\n" % l for l in res[2].splitlines()[:8])))
    return res


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode, newline="") as f:
        f.write(text)
    return path


def fifo(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    os.mkfifo(path)
    return path


# ---- item 8: hostile auxiliary files ------------------------------------------------------------

def case_fifo_env_beside(az, d):
    """A named pipe as the `.env` beside the config: a warning, the file ignored, exit unchanged."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    fifo(d + "/.env")
    code, out, err, _, _ = run([az, "check", cfg])
    check(code == 0, "exit %d, expected 0 (a found file is only a warning)" % code)
    check("azlint: warning: %s/.env: not a regular file (a named pipe) (ignored)" % d in err, "no warning for the FIFO .env")


def case_fifo_env_files(az, d):
    """A named pipe named in `.azlint.yaml` env_files: an error, exit 2."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    fifo(d + "/pipe.env")
    write(d + "/.azlint.yaml", "env_files: [pipe.env]\n")
    code, out, err, _, _ = run([az, "check", cfg])
    check(code == 2, "exit %d, expected 2" % code)
    check("azlint: error: %s/pipe.env: not a regular file (a named pipe)\n" % d in err, "no error for the FIFO env file")


def case_fifo_config(az, d):
    """A named pipe as --config: exit 2 at once."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    pipe = fifo(d + "/pipe.yaml")
    code, out, err, _, _ = run([az, "check", "--config", pipe, cfg])
    check(code == 2, "exit %d, expected 2" % code)
    check("azlint: error: %s: not a regular file (a named pipe)\n" % pipe in err, "no error for the FIFO --config")


def case_fifo_azlint_yaml(az, d):
    """A named pipe as the `.azlint.yaml` found upward: a warning, ignored, exit unchanged."""
    cfg = write(d + "/sub/librechat.yaml", CLEAN)
    fifo(d + "/.azlint.yaml")
    code, out, err, _, _ = run([az, "check", cfg])
    check(code == 0, "exit %d, expected 0" % code)
    check("azlint: warning: %s/.azlint.yaml: not a regular file (a named pipe) (ignored)" % d in err, "no warning")


def case_fifo_checked_file(az, d):
    """A named pipe as the checked file and as --env-file: exit 2, no hang."""
    pipe = fifo(d + "/librechat.yaml")
    code, out, err, _, _ = run([az, "check", pipe])
    check(code == 2, "exit %d, expected 2" % code)
    check("azlint: error: %s: not a regular file (a named pipe)" % pipe in err, "no error for the FIFO")
    cfg = write(d + "/ok/librechat.yaml", CLEAN)
    code, out, err, _, _ = run([az, "check", "--env-file", pipe, cfg])
    check(code == 2 and "azlint: error: %s: not a regular file (a named pipe)" % pipe in err, "--env-file FIFO not refused")


def case_fifo_verify(az, d):
    """`verify --dry-run` reads the same files the same way: no hang."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    fifo(d + "/.env")
    code, out, err, _, _ = run([az, "verify", "--dry-run", cfg])
    check(code == 0, "exit %d, expected 0" % code)
    check("%s/.env: not a regular file (a named pipe) (ignored)" % d in err, "no warning for the FIFO .env")
    fifo(d + "/pipe.env")
    write(d + "/.azlint.yaml", "env_files: [pipe.env]\n")
    code, out, err, _, _ = run([az, "verify", "--dry-run", cfg])
    check(code == 2 and "azlint: error: %s/pipe.env: not a regular file (a named pipe)" % d in err, "named FIFO not an error")
    code, out, err, _, _ = run([az, "verify", "--dry-run", "--env-file", "/dev/zero", cfg])
    check(code == 2 and "azlint: error: /dev/zero: not a regular file (a character device)" in err, "--env-file /dev/zero")


def case_dev_zero(az, d):
    """/dev/zero as an env_files entry, as --config and as --env-file: exit 2 at once, small."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    write(d + "/.azlint.yaml", "env_files: [/dev/zero]\n")
    code, out, err, secs, rss = run([az, "check", cfg], timeout=10)
    check(code == 2 and "azlint: error: /dev/zero: not a regular file (a character device)" in err, "env_files /dev/zero")
    check(NO_RSS or rss < 64, "peak %.0f MiB" % rss)
    for flag in ("--config", "--env-file"):
        code, out, err, secs, rss = run([az, "check", flag, "/dev/zero", cfg], timeout=10)
        check(code == 2 and "azlint: error: /dev/zero: not a regular file (a character device)\n" in err, flag)
        check(NO_RSS or rss < 64, "peak %.0f MiB" % rss)


def case_sparse_8gib(az, d):
    """Sparse 8 GiB files: `.azlint.yaml` found upward and the `.env` beside are refused by size
    (warnings), as --config and in env_files (errors); nothing is read."""
    cfg = write(d + "/sub/librechat.yaml", CLEAN)
    for name in ("/.azlint.yaml", "/sub/.env", "/big.env"):
        with open(d + name, "wb") as f:
            f.truncate(8 << 30)
    code, out, err, secs, rss = run([az, "check", cfg], timeout=10)
    check(code == 0, "exit %d, expected 0" % code)
    for name in ("/.azlint.yaml", "/sub/.env"):
        check("azlint: warning: %s%s: the file is 8192.0 MiB, larger than the 16.0 MiB limit (raise it with "
              "--max-file-size) (ignored)" % (d, name) in err, "no size warning for " + name)
    check((NO_RSS or rss < 64) and secs < 5 * SLOWER, "%.0f MiB, %.1f s" % (rss, secs))
    code, out, err, secs, rss = run([az, "check", "--config", d + "/.azlint.yaml", cfg], timeout=10)
    check(code == 2 and "azlint: error: %s/.azlint.yaml: the file is 8192.0 MiB" % d in err, "--config 8 GiB")
    os.unlink(d + "/.azlint.yaml")
    write(d + "/.azlint.yaml", "env_files: [big.env]\n")
    code, out, err, secs, rss = run([az, "check", cfg], timeout=10)
    check(code == 2 and "azlint: error: %s/big.env: the file is 8192.0 MiB" % d in err, "env_files 8 GiB")


def case_growing_file(az, d):
    """A file bigger than it says (a /proc file reports size 0) is still cut at the limit:
    --max-file-size applies to the bytes read, not to st_size."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    write(d + "/.azlint.yaml", "env_files: [/proc/self/maps]\n")
    code, out, err, _, _ = run([az, "check", "--max-file-size", "1000", cfg])
    check(code == 2 and "azlint: error: /proc/self/maps: the input is larger than the 1000 byte limit" in err,
          "a file over the limit read past its reported size")
    # the largest limit there is still reads whole files (no overflow in the bytes left to read)
    os.unlink(d + "/.azlint.yaml")
    code, out, err, _, _ = run([az, "check", "--max-file-size", str(2**64 - 1), cfg])
    check(code == 0 and out == "0 errors, 0 warnings, 0 infos in 1 file checked against librechat 0.8.524\n", "--max-file-size 2^64-1: exit %d\n%s" % (code, out))


def case_million_line_env(az, d):
    """A 1 000 000-line `.env` beside the config: the first 125 000 variables, one warning, fast."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    with open(d + "/.env", "w") as f:  # in pieces: a child's peak memory counts its parent's
        f.write("WESTUS_API_KEY=x\n")
        for k in range(1, 1000000, 10000):
            f.write("".join("V%d=%d\n" % (i, i) for i in range(k, min(k + 10000, 1000000))))
    code, out, err, secs, rss = run([az, "check", "--no-env", cfg], timeout=30)
    check(code == 0, "exit %d, expected 0 (WESTUS_API_KEY is among the first variables)" % code)
    warning = "azlint: warning: %s/.env: more than 125000 variables: the rest are ignored\n" % d
    check(err.count(warning) == 1 and err.count("azlint:") == 1, "not exactly one warning")
    check(secs < 4 * SLOWER, "%.1f s" % secs)
    check(NO_RSS or rss < 120, "peak %.0f MiB" % rss)


# ---- the language server ------------------------------------------------------------------------

class Lsp:
    def __init__(self, az, cwd):
        self.p = subprocess.Popen([az, "lsp", "--debounce", "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, cwd=cwd, env=dict(os.environ, WESTUS_API_KEY=KEY))
        self.msgs, self.cv, self.next_id = [], threading.Condition(), 0
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        for msg in read_messages(self.p.stdout):
            with self.cv:
                self.msgs.append(msg)
                self.cv.notify_all()

    def send(self, msg):
        self.p.stdin.write(frame(msg))
        self.p.stdin.flush()

    def wait(self, pred, what, timeout=10):
        with self.cv:
            if not self.cv.wait_for(lambda: any(pred(m) for m in self.msgs), timeout):
                self.p.kill()
                raise Failure("the language server did not answer in %d s: %s" % (timeout, what))
            return [m for m in self.msgs if pred(m)][-1]

    def request(self, method, params):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, method)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, pred, what):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
                         and pred(m["params"]["diagnostics"]), what)["params"]["diagnostics"]

    def close(self):
        r = self.request("shutdown", None)
        check("result" in r, "shutdown not answered")
        self.notify("exit", None)
        try:
            code = self.p.wait(10)
        except subprocess.TimeoutExpired:
            self.p.kill()
            raise Failure("the language server did not exit")
        check(code == 0, "the language server exited %d" % code)


def lsp_open(az, d, path, text):
    s = Lsp(az, d)
    s.request("initialize", {"processId": None, "rootUri": "file://" + d, "capabilities": {}})
    s.notify("initialized", {})
    uri = "file://" + path
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    return s, uri


def unread_finding(diags):
    return [x for x in diags if x.get("code") == "input-unreadable"]


def case_lsp_fifo_env(az, d):
    """The language server with a named pipe as the `.env` beside an open document: one
    `input-unreadable` error at 1:1, hover and shutdown answered."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    fifo(d + "/.env")
    s, uri = lsp_open(az, d, cfg, CLEAN)
    diags = s.diagnostics(uri, lambda ds: True, "publishDiagnostics")
    found = unread_finding(diags)
    check(len(found) == 1, "expected one input-unreadable finding, got %s" % diags)
    f = found[0]
    check(f["severity"] == 1 and f["range"]["start"] == {"line": 0, "character": 0}, "not an error at 1:1: %s" % f)
    check(d + "/.env" in f["message"] and "named pipe" in f["message"], "message: " + f["message"])
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 6, "character": 10}})
    check("result" in r, "hover not answered")
    s.close()


def case_lsp_hostile_config(az, d):
    """The language server with `.azlint.yaml` as a named pipe, then naming /dev/zero in env_files:
    each an `input-unreadable` finding, memory small, never a hang."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    fifo(d + "/.azlint.yaml")
    s, uri = lsp_open(az, d, cfg, CLEAN)
    diags = s.diagnostics(uri, lambda ds: True, "publishDiagnostics")
    found = unread_finding(diags)
    check(len(found) == 1 and ".azlint.yaml" in found[0]["message"], "FIFO .azlint.yaml: %s" % diags)
    s.close()
    os.unlink(d + "/.azlint.yaml")
    write(d + "/.azlint.yaml", "env_files: [/dev/zero]\n")
    s, uri = lsp_open(az, d, cfg, CLEAN)
    diags = s.diagnostics(uri, lambda ds: True, "publishDiagnostics")
    found = unread_finding(diags)
    check(len(found) == 1 and "/dev/zero" in found[0]["message"], "env_files /dev/zero: %s" % diags)
    with open("/proc/%d/status" % s.p.pid) as st:
        rss = [int(l.split()[1]) for l in st if l.startswith("VmHWM:")][0] / 1024.0
    check(NO_RSS or rss < 64, "peak %.0f MiB" % rss)
    s.close()


# ---- item 10: line ends -------------------------------------------------------------------------

def positions(az, path, extra=()):
    code, out, err, _, _ = run([az, "check", "--format", "json", "--no-env"] + list(extra) + [path])
    diags = json.loads(out)["diagnostics"]
    return code, sorted((x["rule"], x["line"], x["column"], x["endLine"], x["endColumn"]) for x in diags)


def same_as_lf(az, d, name, text, extra=(), expect_rules=()):
    lf = write(d + "/lf/" + name, text)
    base = positions(az, lf, extra)
    check(base[1], "the LF version has no findings")
    for rule in expect_rules:
        check(any(r[0] == rule for r in base[1]), "the LF version lacks " + rule)
    for label, eol in (("cr", "\r"), ("crlf", "\r\n")):
        path = write(d + "/%s/%s" % (label, name), text.replace("\n", eol))
        got = positions(az, path, extra)
        check(got == base, "%s line ends: %s\n  LF: %s" % (label, got, base))


def case_cr_yaml(az, d):
    """A CR-only (and a CRLF) librechat.yaml: no false syntax error, the findings at the LF
    version's lines and columns, the suppression comment still applies."""
    same_as_lf(az, d, "librechat.yaml", BROKEN, expect_rules=("librechat/instance-name-format",))


def case_cr_json5(az, d):
    """A CR-only OpenClaw JSON5 config: findings on their own lines, not all on line 1."""
    same_as_lf(az, d, "openclaw.json5", OPENCLAW)


def case_cr_openwebui_env(az, d):
    """A CR-only Open WebUI env file gets the LF version's findings."""
    same_as_lf(az, d, "openwebui.env", OPENWEBUI_ENV, extra=("--dialect", "openwebui-env"),
               expect_rules=("openwebui/urls-keys-mismatch",))


def case_cr_dotenv_beside(az, d):
    """A CR-only `.env` beside the config defines its variables."""
    cfg = write(d + "/librechat.yaml", CLEAN)
    write(d + "/.env", "# keys\rWESTUS_API_KEY=x\rOTHER=y\r")
    code, out, err, _, _ = run([az, "check", "--no-env", cfg])
    check(code == 0 and out == "0 errors, 0 warnings, 0 infos in 1 file checked against librechat 0.8.524\n", "the CR-only .env was not read as three lines: %s" % out)


def case_json5_line_separator(az, d):
    """In JSON5, U+2028/U+2029 end a // comment and count as whitespace, but do not start a new
    line in reported positions (editors do not break lines there)."""
    text = OPENCLAW.replace("  // an OpenClaw config\n", "  // an OpenClaw config\u2028  \u2029\n")
    path = write(d + "/openclaw.json5", text)
    _, got = positions(az, path)
    _, want = positions(az, write(d + "/lf/openclaw.json5", OPENCLAW))
    check(got and [g[1] for g in got] == [w[1] for w in want], "%s vs %s" % (got, want))


def case_lsp_cr(az, d):
    """The language server reports a CR-only document's findings at the LF version's positions."""
    ranges = {}
    for label, eol in (("lf", "\n"), ("cr", "\r")):
        text = BROKEN.replace("\n", eol)
        path = write(d + "/%s/librechat.yaml" % label, text)
        s, uri = lsp_open(az, d, path, text)
        diags = s.diagnostics(uri, lambda ds: True, "publishDiagnostics")
        ranges[label] = sorted((x["code"], json.dumps(x["range"], sort_keys=True)) for x in diags)
        s.close()
    check(ranges["lf"] and ranges["cr"] == ranges["lf"], "CR: %s\n  LF: %s" % (ranges["cr"], ranges["lf"]))


# ---- item 11a: folders a search cannot read -----------------------------------------------------

def nobody_argv(az, args):
    """Runs azlint as nobody when the tests run as root (root reads chmod-000 folders)."""
    if os.geteuid() != 0:
        return [az] + args
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", az] + args


def case_unread_folder(az, d):
    """A folder the search cannot open is said on stderr, counted in the text summary, listed in
    JSON `unread` and as a SARIF tool execution notification; the rest is checked as usual."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        raise SystemExit(77)  # cannot drop root here
    tree = d + "/tree"
    write(tree + "/a/librechat.yaml", BROKEN)
    write(tree + "/sub/librechat.yaml", BROKEN)
    shared = d + "/azlint"
    shutil.copy(az, shared)
    for root, dirs, files in os.walk(d):
        os.chmod(root, 0o755)
        for f in files:
            os.chmod(os.path.join(root, f), 0o755)
    os.chmod(tree + "/sub", 0)
    os.chmod(d, 0o755)
    try:
        code, out, err, _, _ = run(nobody_argv(shared, ["check", "--no-env", tree]))
        check(code == 1, "exit %d, expected 1 (the readable file's findings)" % code)
        check("azlint: warning: %s/sub/: Permission denied (not searched)\n" % tree in err, "no warning for sub/")
        check("in 1 file checked against librechat 0.8.524; 1 path not searched\n" in out, "the summary does not count it: " + out[-200:])
        code, out, err, _, _ = run(nobody_argv(shared, ["check", "--no-env", "--format", "json", tree]))
        doc = json.loads(out)
        check(doc.get("unread") == [{"path": tree + "/sub/", "reason": "Permission denied"}], "JSON unread: %s" % doc.get("unread"))
        code, out, err, _, _ = run(nobody_argv(shared, ["check", "--no-env", "--format", "sarif", tree]))
        notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        check(any("sub/: Permission denied (not searched)" in n["message"]["text"] for n in notes), "SARIF: %s" % notes)
        # Nothing readable at all: exit 2.
        os.chmod(tree, 0)
        code, out, err, _, _ = run(nobody_argv(shared, ["check", "--no-env", tree]))
        check(code == 2, "exit %d, expected 2 when nothing could be read" % code)
        check("azlint: warning: %s/: Permission denied (not searched)" % tree in err, "no warning for the tree")
    finally:
        os.chmod(tree, 0o755)
        os.chmod(tree + "/sub", 0o755)


CASES = cases_of(globals())


# Sanitizer builds (--no-rss): ASan's shadow and quarantine make peak memory meaningless and
# runs several times slower, so memory bounds are dropped and time bounds widened.
NO_RSS = "--no-rss" in sys.argv[3:]
SLOWER = 5 if NO_RSS else 1


if __name__ == "__main__":
    sys.exit(main(CASES, "azlint-inputs-"))
