#!/usr/bin/env python3
"""The secret-leak audit: distinctive fake keys planted in every place a config can hold one
(tests/secrets/planted.py: every dialect, `.env`, --env-file, .azlint.yaml's env_files, the
process environment, headers, URLs with credentials, comments, and lines where rules fire), then
every front of the real binary:

  check    every format (text with and without --no-color, and on a terminal; json, sarif, github,
           junit), with and without --env-file, a file, its folder, standard input
  explain  every rule id
  show     text and json, with --env-file and --no-env, a file and its folder, --model, --against
  lsp      diagnostics (pushed and pulled), hovers at every key, value and secret, code actions,
           completion, edits, the log (stderr and --log FILE)       (tests/secrets/lsp_front.py)
  verify   --verbose against the mock Azure server: ok, 401, 404, 500 echoing the key, unreachable,
           TLS error; literal keys and keys from the environment   (tests/secrets/verify_front.py)

Assertion: no output or log holds a planted secret or any 12-character piece of one; and every
front did produce findings/answers (a silent front would pass vacuously).

usage: audit.py AZLINT_BINARY        (exit 0 pass, 1 leak or failure, 77 when openssl is missing
                                     and the verify front could not run: the rest still ran clean)
"""
import json, os, pty, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
from planted import AZLINT_YAML_BAD, CONFIGS, LIBRECHAT, PROCESS_ENV, SECRETS, SETS, fill, percent_encode_all, write_set  # noqa: E402
import lsp_front  # noqa: E402
import verify_front  # noqa: E402

PIECE = 12  # the length of the pieces looked for: a partial leak counts


def leaks(label, text, secrets=None):
    """Every planted secret (or each of `secrets`, name -> value) found in text, whole or as a
    12-character piece, as written or percent-encoded, with its context."""
    found = []
    for name, secret in (secrets or SECRETS).items():
        pieces = []
        for form in dict.fromkeys((secret, percent_encode_all(secret))):
            pieces += [form] if len(form) <= PIECE else [form[i:i + PIECE] for i in range(len(form) - PIECE + 1)]
        for p in pieces:
            at = text.find(p)
            if at >= 0:
                ctx = text[max(0, at - 40): at + len(p) + 40].replace("\n", "\\n")
                found.append("%s leaked in %s%s: ...%s..." % (name, label, "" if p == secret else " (piece %r)" % p, ctx))
                break
    return found


# What must never reach a terminal raw: C0 controls but line breaks and tabs, DEL, C1 controls,
# bidirectional overrides and isolates (the colour a terminal is given aside).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]")
COLOUR = re.compile("\x1b\\[[0-9;]*m")


def raw_controls(label, text, colour=False):
    """The control characters a terminal would act on in text, with their context."""
    if colour:  # and the terminal's own line ends
        text = COLOUR.sub("", text).replace("\r\n", "\n")
    m = RAW_CONTROL.search(text)
    return [] if not m else ["raw control character %r reaches the terminal in %s: ...%r..." %
                             (m.group(), label, text[max(0, m.start() - 40): m.end() + 40])]


def terminal_output(label):
    """Outputs meant for a terminal (text, github annotations, stderr, dry runs, logs); JSON, SARIF,
    JUnit and the LSP's frames are documents whose own escaping holds."""
    return not any(f in label for f in ("json", "sarif", "junit", "lsp stdout", "lsp --log stdout"))


def run(argv, env, cwd, stdin=None):
    r = subprocess.run(argv, env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=60)
    return r


def run_on_terminal(argv, env, cwd):
    """stdout on a pseudo-terminal, so the coloured text output is what is printed."""
    master, slave = pty.openpty()
    p = subprocess.Popen(argv, env=env, cwd=cwd, stdout=slave, stderr=subprocess.PIPE)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    err = p.stderr.read().decode("utf-8", "replace")
    p.wait()
    return b"".join(chunks).decode("utf-8", "replace"), err


def check_front(binary, root, env, written, out, problems):
    """`azlint check` on every set, in every format and way of reading."""
    for name, (config, dialect, _) in CONFIGS.items():
        d = os.path.join(root, name)
        dia = ["--dialect", dialect] if dialect else []
        extra = ["--env-file", "extra.env"] if "extra.env" in SETS[name] else []
        runs = {}
        for fmt in ("json", "text", "sarif", "github", "junit"):
            runs["check --format %s" % fmt] = [binary, "check", "--format", fmt] + dia + [config]
        runs["check --no-color"] = [binary, "check", "--no-color"] + dia + [config]
        runs["check --env-file (json)"] = [binary, "check", "--format", "json"] + dia + extra + [config]
        runs["check --env-file (text)"] = [binary, "check", "--no-color"] + dia + extra + [config]
        runs["check --no-env --severity-threshold info"] = [binary, "check", "--no-env", "--severity-threshold", "info"] + dia + [config]
        if not dialect:
            runs["check FOLDER (json)"] = [binary, "check", "--format", "json", "."]
            runs["check FOLDER (text)"] = [binary, "check", "."]
        for label, argv in runs.items():
            r = run(argv, env, d)
            out["%s: %s (stdout)" % (name, label)] = r.stdout
            out["%s: %s (stderr)" % (name, label)] = r.stderr
            if r.returncode not in (0, 1):
                problems.append("%s: %s exited %d: %s" % (name, label, r.returncode, r.stderr[:300]))
        stdin = written[name][config][0]
        r = run([binary, "check", "--format", "json", "--stdin-filename", config] + dia + ["-"], env, d, stdin)
        out["%s: check - --stdin-filename (json)" % name], out["%s: check - (stderr)" % name] = r.stdout, r.stderr
        r = run([binary, "check"] + dia + ["-"], env, d, stdin)
        out["%s: check - (text)" % name] = r.stdout + r.stderr
        tty_out, tty_err = run_on_terminal([binary, "check"] + dia + [config], env, d)
        out["%s: check (colour, on a terminal)" % name] = tty_out + tty_err
        if "\x1b[" not in tty_out:
            problems.append("%s: check on a terminal printed no colour" % name)
        # Findings on the lines that hold secrets.
        try:
            diags = json.loads(out["%s: check --env-file (json) (stdout)" % name if extra else "%s: check --format json (stdout)" % name])["diagnostics"]
        except (ValueError, KeyError):
            problems.append("%s: check --format json is not JSON" % name)
            continue
        lines = {dg["line"] for dg in diags if os.path.basename(dg["file"]) == config}
        for dg in diags:  # a fix never writes a masked key back into the file
            for e in (dg.get("fix") or {}).get("edits", []):
                if "****" in e["replacement"]:
                    problems.append("%s: the fix of %s on line %d writes a masked secret back: %r" %
                                    (name, dg["rule"], dg["line"], e["replacement"]))
        for ln in written[name][config][1]:
            if ln not in lines:
                problems.append("%s: no finding on line %d of %s (a line holding a secret)" % (name, ln, config))
    # A bad .azlint.yaml holding a key: refused (exit 2) with the reason.
    bad = os.path.join(root, "badcfg")
    os.makedirs(bad)
    open(os.path.join(bad, "librechat.yaml"), "w").write(fill(LIBRECHAT).replace("  #!", ""))
    open(os.path.join(bad, ".azlint.yaml"), "w").write(fill(AZLINT_YAML_BAD))
    r = run([binary, "check", "librechat.yaml"], env, bad)
    out["badcfg: check (stdout)"], out["badcfg: check (stderr)"] = r.stdout, r.stderr
    if r.returncode != 2 or ".azlint.yaml" not in r.stderr:
        problems.append("check with a bad .azlint.yaml: exit %d, %r" % (r.returncode, r.stderr[:200]))
    r = run([binary, "check", "--config", ".azlint.yaml", "librechat.yaml"], env, bad)
    out["badcfg: check --config (stderr)"] = r.stdout + r.stderr


def show_front(binary, root, env, out, problems):
    """`azlint show` on every set: text and JSON, each way of reading; it must show models."""
    shown = 0
    for name, (config, dialect, _) in CONFIGS.items():
        d = os.path.join(root, name)
        dia = ["--dialect", dialect] if dialect else []
        extra = ["--env-file", "extra.env"] if "extra.env" in SETS[name] else []
        runs = {
            "show (text)": [binary, "show"] + dia + [config],
            "show --format json": [binary, "show", "--format", "json"] + dia + [config],
            "show --env-file (text)": [binary, "show"] + dia + extra + [config],
            "show --env-file (json)": [binary, "show", "--format", "json"] + dia + extra + [config],
            "show --no-env (json)": [binary, "show", "--no-env", "--format", "json"] + dia + [config],
        }
        if not dialect:
            runs["show FOLDER (text)"] = [binary, "show", "."]
        for label, argv in runs.items():
            r = run(argv, env, d)
            out["%s: %s (stdout)" % (name, label)] = r.stdout
            out["%s: %s (stderr)" % (name, label)] = r.stderr
            if r.returncode != 0:
                problems.append("%s: %s exited %d: %s" % (name, label, r.returncode, r.stderr[:300]))
        try:
            models = [m for f in json.loads(out["%s: show --env-file (json) (stdout)" % name])["files"] for m in f["models"]]
        except (ValueError, KeyError):
            problems.append("%s: show --format json is not JSON" % name)
            continue
        shown += len(models)
        for m in models[:3]:
            r = run([binary, "show", "--model", m["model"]] + dia + extra + [config], env, d)
            out["%s: show --model (text)" % name] = r.stdout + r.stderr
        if models and not dialect and "librechat" in config:
            r = run([binary, "show", "--target", "librechat@0.7.6998", "--against", "librechat@0.8.524", config], env, d)
            out["%s: show --against (text)" % name] = r.stdout + r.stderr
            r = run([binary, "show", "--format", "json", "--target", "librechat@0.7.6998", "--against", "librechat@0.8.524", config], env, d)
            out["%s: show --against (json)" % name] = r.stdout + r.stderr
    if shown < 5:
        problems.append("show: only %d models shown over every set" % shown)


def explain_front(binary, env, out, problems):
    ids = [r["id"] for r in json.loads(run([binary, "rules", "--json"], env, HERE).stdout)]
    out["rules"] = run([binary, "rules"], env, HERE).stdout
    for rid in ids:
        r = run([binary, "explain", rid], env, HERE)
        out["explain " + rid] = r.stdout + r.stderr
        if r.returncode != 0 or not r.stdout.strip():
            problems.append("explain %s printed nothing" % rid)
    if len(ids) < 20:
        problems.append("rules --json listed only %d rules" % len(ids))


def lsp_front_run(binary, root, env, written, out, problems):
    docs = []
    for name, (config, _, lang) in CONFIGS.items():
        docs.append((os.path.join(root, name, config), lang, written[name][config][0]))
    docs.append((os.path.join(root, "badcfg", "librechat.yaml"), "yaml", fill(LIBRECHAT).replace("  #!", "")))
    secrets = list(SECRETS.values())
    got, stats = lsp_front.run(binary, docs, env, root, secrets)
    out.update({"lsp " + k: v for k, v in got.items()})
    got, stats2 = lsp_front.run(binary, docs, env, root, secrets, log_file=os.path.join(root, "lsp.log"))
    out.update({"lsp --log " + k: v for k, v in got.items()})
    print("lsp: %s" % stats)
    if stats["diagnostics"] < 20 or stats["pulled"] < 20:
        problems.append("lsp: too few diagnostics (%s)" % stats)
    if stats["hovers"] < 50:
        problems.append("lsp: too few non-empty hovers (%s)" % stats)
    if stats["request_hovers"] < 20:  # the hovers that show a model's resolved request (auth, provenance)
        problems.append("lsp: too few hovers with a resolved request (%s)" % stats)
    if stats["completions"] < 10:
        problems.append("lsp: too few completions (%s)" % stats)
    if stats["masked_fixes"]:
        problems.append("lsp: %d code actions write a masked secret back" % stats["masked_fixes"])
    if stats["actions"] < 1:
        problems.append("lsp: no code action (%s)" % stats)
    if "[azlint-lsp" not in out["lsp --log --log file"]:
        problems.append("lsp --log wrote no log")
    if "[azlint-lsp" not in out["lsp stderr"]:
        problems.append("lsp logged nothing to stderr")


def main():
    binary = os.path.abspath(sys.argv[1])
    root = os.path.realpath(tempfile.mkdtemp(prefix="azlint-secrets-"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AZURE_", "OPENAI_")) and k.upper() not in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "NO_COLOR")}
    env.update(PROCESS_ENV)
    out, problems, skipped = {}, [], False
    try:
        written = {name: write_set(root, name) for name in SETS}
        check_front(binary, root, env, written, out, problems)
        show_front(binary, root, env, out, problems)
        explain_front(binary, env, out, problems)
        lsp_front_run(binary, root, env, written, out, problems)
        for v in (verify_front.run(binary, env), verify_front.run_echo(binary, env)):
            if v is None:
                print("openssl not found: the verify front is skipped")
                skipped = True
            else:
                out.update(v[0])
                problems += v[1]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    found = []
    for label, text in out.items():
        found += leaks(label, text)
        if terminal_output(label):
            problems += raw_controls(label, text, colour="colour" in label)
    for f in found:
        print("LEAK: " + f)
    for p in problems:
        print("FAILED: " + p)
    print("%d outputs checked for %d planted secrets: %d leaks, %d other failures" %
          (len(out), len(SECRETS), len(found), len(problems)))
    return 1 if found or problems else 77 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
