#!/usr/bin/env python3
"""What a cold start loads and starts (issue 14), end to end through the binary: the azlint
executable does not link libcurl, `check`, `lsp` and `rules` never load it (verify loads its
HTTP module, and libcurl with it, on demand), and `check` of explicit files starts no process.

usage: run_case.py AZLINT_BINARY CASE      (`run_case.py list` prints the cases)

The cases that watch the process run it under strace (exit 77 without strace, or where ptrace is
not allowed); the cost of a cold start itself is measured by `make bench`, not here.
"""
import os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from script_cases import Failure, Skip, cases_of, check, main  # noqa: E402
from lsp_frames import frame  # noqa: E402

CONFIG = ('version: 1.2.1\nendpoints:\n  azureOpenAI:\n    groups:\n      - group: "westus"\n'
          '        apiKey: "${WESTUS_API_KEY}"\n        instanceName: "my-westus"\n        version: "2024-10-21"\n'
          '        models:\n          gpt-4o:\n            deploymentName: "gpt-4o"\n')
OPENCLAW = ('{\n  models: {\n    providers: {\n      azure: {\n'
            '        baseUrl: "https://contoso.openai.azure.com/openai/v1",\n        api: "openai-completions",\n'
            '        apiKey: "${AZURE_API_KEY}",\n        models: [{id: "gpt-4o", name: "gpt-4o"}],\n      },\n    },\n  },\n}\n')


def work_tree(d):
    """A git work tree as a pre-commit hook meets it: the config, .env, .env.example, compose."""
    os.makedirs(os.path.join(d, ".git"))
    files = {"librechat.yaml": CONFIG, "openclaw.json": OPENCLAW, ".env": "WESTUS_API_KEY=placeholder-key-value\n",
             ".env.example": "WESTUS_API_KEY=\n",
             "docker-compose.yml": "services:\n  api:\n    image: librechat\n    env_file: .env\n"}
    for name, text in files.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(text)


def traced(d, argv, stdin=b""):
    """(exit code, [strace lines]) of argv run in d under strace -f, with the process
    (execve, fork, vfork, clone, clone3) and file (open, openat) calls traced."""
    if not shutil.which("strace"):
        raise Skip("strace not installed")
    log = os.path.join(d, "strace.log")
    # Sanitizer builds: LeakSanitizer refuses to run under ptrace, and its check at exit clones a
    # tracer task (no CLONE_THREAD); leaks are the other tests' business.
    asan = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS", ""), "detect_leaks=0"]))
    p = subprocess.run(["strace", "-f", "-qq", "-o", log, "-e", "trace=execve,fork,vfork,clone,clone3,open,openat"] + argv,
                       input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=d, timeout=60,
                       env=dict(os.environ, NO_COLOR="1", ASAN_OPTIONS=asan))
    if not os.path.exists(log) or b"ptrace" in p.stderr and b"Operation not permitted" in p.stderr:
        raise Skip("strace cannot trace here: %s" % p.stderr.decode(errors="replace")[:200])
    with open(log) as f:
        return p.returncode, f.read().splitlines()


def opened(lines):
    return [m.group(1) for m in (re.search(r'open(?:at)?\(.*?"([^"]*)"', l) for l in lines) if m and "ENOENT" not in m.string]


def curl_loaded(lines):
    return [p for p in opened(lines) if "libcurl" in os.path.basename(p) or p.endswith("azlint-verify-http.so")]


def processes_started(lines):
    """execve calls after the first (the traced program itself), fork/vfork, and clones that are
    not threads (no CLONE_THREAD)."""
    out = []
    execs = [l for l in lines if re.search(r"\bexecve\(", l)]
    out += execs[1:]
    for l in lines:
        if re.search(r"\b(v?fork)\(", l):
            out.append(l)
        elif re.search(r"\bclone3?\(", l) and "CLONE_THREAD" not in l:
            out.append(l)
    return out


def case_executable_does_not_link_libcurl(az, d):
    """The azlint executable's NEEDED entries: no libcurl (and so none of its TLS, Kerberos, LDAP
    or SSH libraries); its HTTP module beside it does."""
    if not shutil.which("readelf"):
        raise Skip("readelf not installed")
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", subprocess.check_output(["readelf", "-d", az], text=True))
    check(needed, "readelf found no NEEDED entry in %s" % az)
    check(not [n for n in needed if "curl" in n], "azlint links libcurl: %s" % needed)
    module = os.path.join(os.path.dirname(az), "azlint-verify-http.so")
    check(os.path.exists(module), "no %s beside the executable" % module)
    mod_needed = subprocess.check_output(["readelf", "-d", module], text=True)
    check("libcurl" in mod_needed, "the HTTP module does not link libcurl")


def case_check_loads_no_curl_and_starts_no_process(az, d):
    """`check` of explicit files, with .env, .env.example and docker-compose.yml beside them,
    opens no libcurl and starts no process (threads are allowed)."""
    work_tree(d)
    code, lines = traced(d, [az, "check", "librechat.yaml", "openclaw.json"])
    check(code in (0, 1), "check exited %d" % code)
    check(any("librechat.yaml" in p for p in opened(lines)), "the trace shows no read of librechat.yaml: %s" % lines[:20])
    check(not curl_loaded(lines), "check loaded %s" % curl_loaded(lines))
    check(not processes_started(lines), "check started a process: %s" % processes_started(lines))


def case_rules_and_lsp_load_no_curl(az, d):
    """`rules` and a language server session (open a document, get its diagnostics, shut down)
    never open libcurl."""
    work_tree(d)
    code, lines = traced(d, [az, "rules"])
    check(code == 0, "rules exited %d" % code)
    check(not curl_loaded(lines), "rules loaded %s" % curl_loaded(lines))
    uri = "file://" + os.path.join(d, "librechat.yaml")
    session = b"".join(frame(m) for m in [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": "file://" + d, "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": CONFIG.replace("my-westus", "my westus")}}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ])
    code, lines = traced(d, [az, "lsp", "--debounce", "0"], stdin=session)
    check(code == 0, "lsp exited %d" % code)
    check(not curl_loaded(lines), "lsp loaded %s" % curl_loaded(lines))


def case_verify_loads_its_module(az, d):
    """`verify` loads azlint-verify-http.so and libcurl with it (a dry run sends nothing)."""
    work_tree(d)
    code, lines = traced(d, [az, "verify", "--dry-run", "--no-env", "--env-file", ".env", "librechat.yaml"])
    check(code == 0, "verify --dry-run exited %d" % code)
    loaded = curl_loaded(lines)
    check(any(p.endswith("azlint-verify-http.so") for p in loaded), "verify did not load its module: %s" % loaded)
    check(any("libcurl" in p for p in loaded), "verify did not load libcurl: %s" % loaded)


def case_verify_without_its_module(az, d):
    """A copy of the executable without the module beside it: verify says what is missing and
    exits 2; check still works."""
    work_tree(d)
    lone = os.path.join(d, "bin", "azlint")
    os.makedirs(os.path.dirname(lone))
    shutil.copy(az, lone)
    p = subprocess.run([lone, "verify", "--dry-run", "librechat.yaml"], cwd=d, capture_output=True, text=True, timeout=60)
    check(p.returncode == 2, "verify without its module exited %d: %s" % (p.returncode, p.stderr))
    check("azlint: error: verify cannot send requests: azlint's HTTP module is missing" in p.stderr, "stderr: %s" % p.stderr)
    check("azlint-verify-http.so" in p.stderr, "the message names no module file: %s" % p.stderr)
    p = subprocess.run([lone, "check", "--no-env", "librechat.yaml"], cwd=d, capture_output=True, text=True, timeout=60)
    check(p.returncode in (0, 1), "check without the module exited %d: %s" % (p.returncode, p.stderr))


CASES = cases_of(globals())


if __name__ == "__main__":
    sys.exit(main(CASES, "azlint-cold-"))
