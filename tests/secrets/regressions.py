#!/usr/bin/env python3
"""Regressions of issue 11's output findings, end to end through the binary: each case plants
what once reached an output and checks every front that printed it. (The audit, audit.py, holds
the same plantings among all the others; these name the findings one by one.)

  terminal-escapes   (7)  a group name of escape sequences, quoted by duplicate-group: text (piped
                          and on a terminal) and github show it escaped; json, sarif and junit stay
                          valid; the LSP's message holds no raw ESC
  snippet-own-line   (6a) a key alone on the line after `apiKey:`, a flow mapping split over lines,
                          a LiteLLM bare value: no format's snippet or message shows them
  query-string       (6b) api_base with ?subscription-key=, &sig=, ?api-key=: not in any format,
                          the LSP's diagnostics, nor the `verify --dry-run` URLs
  entra-and-percent  (6)  an Entra client secret as a model and an instance name, a password
                          percent-encoded in a URL: no format, no LSP diagnostic
  server-echo        (5)  verify against a server echoing its caller's secrets (model ids, the
                          token endpoint's error, a key split over two lines): no format shows
                          them, text and github escape the server's escape sequences

usage: regressions.py AZLINT_BINARY CASE     (`list` prints the cases; exit 77: openssl missing)
"""
import json, os, shutil, sys, tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from audit import leaks, raw_controls, run, run_on_terminal  # noqa: E402
from planted import LITELLM_QUERY, OWN_LINE, SECRETS, fill  # noqa: E402
import lsp_front  # noqa: E402
import verify_front  # noqa: E402

FORMATS = ("text", "json", "sarif", "github", "junit")

ESCAPE_GROUPS = """\
version: "1.2.1"
endpoints:
  azureOpenAI:
    groups:
      - group: "\\e[2J\\e[1;1H\\e]0;pwned\\a\\u009b31m\\u202eALL CLEAN"
        apiKey: "${AZURE_API_KEY}"
        instanceName: "contoso-a"
        models: {gpt-4o: {deploymentName: "gpt-4o", version: "2024-10-21"}}
      - group: "\\e[2J\\e[1;1H\\e]0;pwned\\a\\u009b31m\\u202eALL CLEAN"
        apiKey: "${AZURE_API_KEY}"
        instanceName: "contoso-b"
        models: {gpt-4o: {deploymentName: "gpt-4o", version: "2024-10-21"}}
"""


def pick(*names):
    return {n: SECRETS[n] for n in names}


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_", "OPENAI_")) and k != "NO_COLOR"}
    e["AZURE_API_KEY"] = "unused-but-set"
    return e


def check_every_front(binary, name, text, secrets, rule, lang="yaml"):
    """check in every format (text also on a terminal) and the LSP on one config: leaks of
    `secrets`, raw control characters on the terminal formats, valid documents, and `rule` fired."""
    problems = []
    d = tempfile.mkdtemp(prefix="azlint-regression-")
    try:
        path = os.path.join(d, name)
        with open(path, "w") as f:
            f.write(text)
        outputs = {}
        for fmt in FORMATS:
            r = run([binary, "check", "--format", fmt, path], env(), d)
            outputs["check --format " + fmt] = r.stdout + r.stderr
            if r.returncode != 1:
                problems.append("check --format %s: exit %d: %s" % (fmt, r.returncode, r.stderr[:300]))
            try:
                if fmt in ("json", "sarif"):
                    json.loads(r.stdout)
                if fmt == "junit":
                    ET.fromstring(r.stdout.encode())
            except (ValueError, ET.ParseError) as e:
                problems.append("check --format %s is not a valid document: %s" % (fmt, e))
            if fmt == "json" and rule not in {x["rule"] for x in json.loads(r.stdout or "{}").get("diagnostics", [])}:
                problems.append("check: %s did not fire" % rule)
        tty_out, tty_err = run_on_terminal([binary, "check", path], env(), d)
        outputs["check (colour, on a terminal)"] = tty_out + tty_err
        diags, raw, hovers = lsp_front.diagnose(binary, path, lang, text, env(), d)
        outputs["lsp diagnostics"] = json.dumps(diags, ensure_ascii=False)
        outputs["lsp stdout"] = raw
        if rule not in {x.get("code") for x in diags}:
            problems.append("lsp: %s was not published" % rule)
        for label, out in outputs.items():
            problems += leaks(label, out, secrets)
            if label.startswith(("check --format text", "check --format github", "check (colour")):
                problems += raw_controls(label, out, colour="colour" in label)
        for x in diags:
            problems += raw_controls("lsp diagnostic message", x["message"].replace("\t", " "))
        problems += [p for h in hovers for p in raw_controls("lsp hover", json.dumps(h, ensure_ascii=False))]
        return problems, outputs
    finally:
        shutil.rmtree(d, ignore_errors=True)


def terminal_escapes(binary):
    problems, outputs = check_every_front(binary, "librechat.yaml", ESCAPE_GROUPS, {}, "librechat/duplicate-group")
    for label in ("check --format text", "check --format github", "check (colour, on a terminal)"):
        if "\\x1b[2J\\x1b[1;1H\\x1b]0;pwned\\x07\\u009b31m\\u202eALL CLEAN" not in outputs[label]:
            problems.append("%s does not show the group name escaped: %r" % (label, outputs[label][:400]))
    return problems


def snippet_own_line(binary):
    problems = check_every_front(binary, "librechat.yaml", fill(OWN_LINE).replace("  #!", ""),
                                 pick("OWN_LINE_KEY", "FLOW_SPLIT_KEY"), "hardcoded-secret")[0]
    problems += check_every_front(binary, "config.yaml", fill(LITELLM_QUERY).replace("  #!", ""),
                                  pick("LL_BARE_KEY"), "hardcoded-secret")[0]
    return problems


def query_string(binary):
    secrets = pick("QUERY_SUBSCRIPTION_KEY", "QUERY_SIG", "QUERY_API_KEY")
    text = fill(LITELLM_QUERY).replace("  #!", "")
    problems = check_every_front(binary, "config.yaml", text, secrets, "litellm/api-base-path")[0]
    d = tempfile.mkdtemp(prefix="azlint-regression-")
    try:
        path = os.path.join(d, "config.yaml")
        with open(path, "w") as f:
            f.write(text)
        r = run([binary, "verify", "--dry-run", path], env(), d)
        if "subscription-key=" not in r.stdout:
            problems.append("verify --dry-run printed no URL with the query: %r" % r.stdout[:400])
        problems += leaks("verify --dry-run", r.stdout + r.stderr, secrets)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    return problems


def entra_and_percent(binary):
    return check_every_front(binary, "librechat.yaml", fill(OWN_LINE).replace("  #!", ""),
                             pick("ENTRA_MODEL_SECRET", "ENTRA_INSTANCE_SECRET", "PCT_PASSWORD"),
                             "librechat/instance-name-format")[0]


def server_echo(binary):
    v = verify_front.run_echo(binary, env())
    if v is None:
        return None
    outputs, problems = v
    secrets = pick("ECHO_PROXY_KEY", "ECHO_AZURE_KEY", "ECHO_CLIENT_SECRET", "ECHO_ENV_CLIENT_SECRET")
    secrets["RTKEY"] = "RTKEY-7f3a9c2e1b8d4f60a2c5"
    for label, out in outputs.items():
        problems += leaks(label, out, secrets)
        if "text" in label or "github" in label or "stderr" in label:
            problems += raw_controls(label, out)
    if "[2J" not in outputs["verify (echo) --format text (stdout)"]:  # shown (escaped or blanked), not dropped
        problems.append("verify text does not show the server's text with its escapes")
    return problems


CASES = {"terminal-escapes": terminal_escapes, "snippet-own-line": snippet_own_line, "query-string": query_string,
         "entra-and-percent": entra_and_percent, "server-echo": server_echo}


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "list":
        print("\n".join(CASES))
        return 0
    binary, name = os.path.abspath(sys.argv[1]), sys.argv[2]
    problems = CASES[name](binary)
    if problems is None:
        print("openssl not found: skipped")
        return 77
    for p in problems:
        print("FAILED: " + p)
    print("%s: %s" % (name, "%d failures" % len(problems) if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
