#!/usr/bin/env python3
"""`azlint check --fix` end to end through the binary.

usage: run_case.py AZLINT_BINARY CASE SOURCE_DIR     (`run_case.py list` prints the cases)

fixtures-safe / fixtures-unsafe: every fixture folder (its files linted together, as the fixture
runner does; a file with `# fixture-target:` on its own, with that --target) is copied to a
temporary folder and fixed there (`--fix`, then with `--unsafe-fixes`). The fixed files keep no
finding with a fix the run applies, gain no finding of a rule they did not have (safe fixes), a
second `--fix` changes nothing, the `--diff` output applied with `patch -p0` gives the same bytes,
`--fix -` (stdin) prints the same text as fixing the file alone, no masked secret is written, and
every fix a rule emits is of the kind its metadata declares (and each declared kind is seen).
The other cases: symlink, hard link, read-only, mode kept, CRLF and BOM kept, secrets kept, a
run killed between write and rename, stdin, --diff's exit code, a cross-file fix, unsafe renames.
"""
import collections, json, os, re, shutil, signal, stat, subprocess, sys, tempfile

AZLINT = None
SOURCE = None


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


def run(args, cwd, stdin=None, env=None, timeout=60):
    e = dict(os.environ, NO_COLOR="1", AZURE_API_KEY="placeholder-key-value")
    e.pop("AZLINT_TEST_KILL_BEFORE_RENAME", None)
    e.update(env or {})
    p = subprocess.run([AZLINT] + args, cwd=cwd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=e, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def findings(files, cwd, extra):
    code, out, err = run(["check", "--no-env", "--format", "json"] + extra + files, cwd)
    check(code in (0, 1), "check --format json exited %d: %s" % (code, err.decode(errors="replace")))
    diags = json.loads(out)
    if isinstance(diags, dict):
        diags = diags.get("diagnostics", diags.get("findings", []))
    return diags


def fixture_groups():
    """(folder, [files], [--target args]) for each fixture folder."""
    root = os.path.join(SOURCE, "fixtures")
    for gw in sorted(os.listdir(root)):
        for rule in sorted(os.listdir(os.path.join(root, gw))):
            folder = os.path.join(root, gw, rule)
            if not os.path.isdir(folder):
                continue
            together = []
            for name in sorted(os.listdir(folder)):
                if name.startswith(".") or not name.endswith((".yaml", ".yml", ".json", ".json5", ".env")):
                    continue
                text = read(os.path.join(folder, name)).decode("utf-8", errors="replace")
                targets = re.findall(r"fixture-target:\s*(\S+)", text)
                if targets:
                    yield folder, [name], sum((["--target", t] for t in targets), [])
                else:
                    together.append(name)
            if together and gw == "chain":  # each pair as a run of its own: bad-* together, good-* together
                for prefix in sorted({n.split("-")[0] for n in together}):
                    yield folder, [n for n in together if n.split("-")[0] == prefix], []
            elif together:
                yield folder, together, []


def declared_fixes():
    code, out, err = run(["rules", "--json"], SOURCE)
    check(code == 0, "rules --json failed")
    return {r["id"]: r.get("fix", "") for r in json.loads(out)}


def case_fixtures(unsafe):
    flags = ["--unsafe-fixes"] if unsafe else []
    declared = declared_fixes()
    seen = collections.defaultdict(set)  # rule -> {"safe", "unsafe"}
    fixed_groups = 0
    problems = []
    for folder, files, targets in fixture_groups():
        label = os.path.relpath(folder, SOURCE) + ":" + ",".join(files)
        with tempfile.TemporaryDirectory() as tmp:
            a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
            shutil.copytree(folder, a)
            shutil.copytree(folder, b)
            opts = ["--no-env"] + targets
            before = findings(files, a, targets)
            for d in before:
                if d.get("fix"):
                    seen[d["rule"]].add("safe" if d["fix"]["safe"] else "unsafe")
            originals = {f: read(os.path.join(a, f)) for f in files}
            code, diff, err = run(["check", "--diff"] + opts + flags + files, b)
            if code not in (0, 1):
                problems.append("%s: --diff exited %d: %s" % (label, code, err.decode(errors="replace")))
                continue
            code, out, err = run(["check", "--fix"] + opts + flags + files, a)
            m = re.search(rb"^(\d+) fixed, (\d+) remaining( \(\d+ more with --unsafe-fixes\))?$", out, re.M)
            if code not in (0, 1) or not m:
                problems.append("%s: --fix exited %d without the `N fixed, M remaining` line: %s" % (label, code, out[-300:]))
                continue
            fixed = {f: read(os.path.join(a, f)) for f in files}
            changed = fixed != originals
            if not changed:
                if diff:
                    problems.append("%s: --diff printed a diff, --fix changed nothing" % label)
                continue
            fixed_groups += 1
            if not diff or code == 0 and not diff:
                problems.append("%s: --fix changed the files, --diff printed nothing" % label)
            # The diff applies with patch -p0 and gives the same bytes.
            p = subprocess.run(["patch", "-p0", "--batch", "--silent"], cwd=b, input=diff, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
            if p.returncode != 0:
                problems.append("%s: patch -p0 refused the diff: %s" % (label, p.stdout.decode(errors="replace")))
            for f in files:
                if read(os.path.join(b, f)) != fixed[f]:
                    problems.append("%s: patched %s differs from --fix's" % (label, f))
                if b"****" in fixed[f] and b"****" not in originals[f]:
                    problems.append("%s: --fix wrote a masked secret into %s" % (label, f))
            # Fixed files: no finding with a fix this run applies; safe fixes add no new kind of finding.
            after = findings(files, a, targets)
            for d in after:
                if d.get("fix") and (d["fix"]["safe"] or unsafe):
                    problems.append("%s: after --fix, %s:%d [%s] still has a fix" % (label, d["file"], d["line"], d["rule"]))
            # Each rule whose fix applied has fewer findings; no fix breaks the file's syntax or schema.
            # (Other rules may find more: a quoted number is now a string they read, `$VAR` written
            # `${VAR}` now names a variable that may be unset.)
            nb = collections.Counter(d["rule"] for d in before)
            na = collections.Counter(d["rule"] for d in after)
            for rule in {d["rule"] for d in before if d.get("fix") and (d["fix"]["safe"] or unsafe)}:
                if na.get(rule, 0) >= nb[rule] and not any(e.get("file") for d in before if d["rule"] == rule
                                                            for e in d["fix"]["edits"]):
                    problems.append("%s: --fix left %d of %d finding(s) of %s" % (label, na.get(rule, 0), nb[rule], rule))
            for rule in ("syntax", "duplicate-key") + (() if unsafe else ("schema",)):
                if na.get(rule, 0) > nb.get(rule, 0):
                    problems.append("%s: --fix added %d %s finding(s)" % (label, na[rule] - nb.get(rule, 0), rule))
            # A second --fix changes nothing.
            code2, out2, _ = run(["check", "--fix"] + opts + flags + files, a)
            if {f: read(os.path.join(a, f)) for f in files} != fixed or not re.search(rb"^0 fixed, ", out2, re.M):
                problems.append("%s: a second --fix changed the files again" % label)
            # stdin: the fixed text of each file on its own, as --fix of that file alone writes it.
            for f in files:
                if any(d.get("fix") for d in before if os.path.basename(d["file"]) == f) is False:
                    continue
                alone = os.path.join(tmp, "alone")
                shutil.rmtree(alone, ignore_errors=True)
                shutil.copytree(folder, alone)
                run(["check", "--fix"] + opts + flags + [f], alone)
                code3, out3, err3 = run(["check", "--fix"] + opts + flags + ["--stdin-filename", f, "-"], alone,
                                        stdin=originals[f])
                if out3 != read(os.path.join(alone, f)):
                    problems.append("%s: `--fix -` printed another text than --fix %s alone" % (label, f))
                if b" fixed, " not in err3:
                    problems.append("%s: `--fix -` did not report on stderr" % label)
    check(fixed_groups > 0, "no fixture was fixed")
    for rule, kinds in sorted(seen.items()):
        mark = declared.get(rule, "")
        for k in kinds:
            if k not in mark.split("+"):
                problems.append("rule %s emits %s fixes but declares %r (RuleMeta::fixable)" % (rule, k, mark))
    if not unsafe:  # the other direction once: every declared kind shows in a fixture
        for rule, mark in sorted(declared.items()):
            for k in filter(None, mark.split("+")):
                if k not in seen.get(rule, set()):
                    problems.append("rule %s declares %s fixes, no fixture shows one" % (rule, k))
    check(not problems, "\n".join(problems))


LITELLM = ("model_list:\n  - model_name: o3-mini\n    litellm_params:\n      model: azure/o3-mini\n"
           "      api_base: https://my-sweden.openai.azure.com\n      api_key: os.environ/AZURE_API_KEY\n"
           "      api_version: \"2024-12-01-preview\"\n")
LITELLM_FIXED = LITELLM + "litellm_settings:\n  drop_params: true\n"


def fresh(tmp, name="config.yaml", text=LITELLM):
    path = os.path.join(tmp, name)
    write(path, text.encode())
    return path


def fix(tmp, *files, extra=()):
    return run(["check", "--fix"] + list(extra) + list(files), tmp)


def case_symlink(tmp):
    os.makedirs(os.path.join(tmp, "real"))
    fresh(os.path.join(tmp, "real"))
    os.symlink("real/config.yaml", os.path.join(tmp, "config.yaml"))
    code, out, err = fix(tmp, "config.yaml")
    check(os.path.islink(os.path.join(tmp, "config.yaml")), "the symlink was replaced by a file")
    check(read(os.path.join(tmp, "real", "config.yaml")).decode() == LITELLM_FIXED, "the link's target was not fixed")
    check(b"1 fixed, 0 remaining" in out and code == 0, "summary/exit: %d %r" % (code, out[-200:]))


def case_hardlink(tmp):
    path = fresh(tmp)
    os.link(path, os.path.join(tmp, "other.yaml"))
    code, out, err = fix(tmp, "config.yaml")
    check(read(path).decode() == LITELLM, "a file with two hard links was rewritten")
    check(b"hard links" in err and b"warning" in err, "no warning about the hard links: %r" % err)
    check(code == 0 and b"0 fixed, 1 remaining" in out, "the finding must remain (warning, exit 0): %d %r" % (code, out[-200:]))


def case_readonly(tmp):
    path = fresh(tmp)
    os.chmod(path, 0o444)
    code, out, err = fix(tmp, "config.yaml")
    check(read(path).decode() == LITELLM, "a read-only file was rewritten")
    check(b"not writable" in err, "no warning about the read-only file: %r" % err)
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o444, "the mode changed")


def case_mode_kept(tmp):
    path = fresh(tmp)
    os.chmod(path, 0o640)
    fix(tmp, "config.yaml")
    check(read(path).decode() == LITELLM_FIXED, "not fixed")
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o640, "mode 0640 became %o" % stat.S_IMODE(os.stat(path).st_mode))
    check(sorted(os.listdir(tmp)) == ["config.yaml"], "left behind: %s" % os.listdir(tmp))


def case_crlf_bom(tmp):
    text = "\ufeff" + LITELLM.replace("\n", "\r\n")
    path = fresh(tmp, text=text)
    code, out, err = fix(tmp, "config.yaml")
    got = read(path)
    check(got == ("\ufeff" + LITELLM_FIXED.replace("\n", "\r\n")).encode(), "CRLF/BOM not kept: %r" % got[-80:])


def case_secrets_kept(tmp):
    # A hard-coded key beside a fixable finding: the key is written back byte for byte.
    key = "sk-live-0123456789abcdefABCDEF0123456789abcdef"
    text = LITELLM.replace("os.environ/AZURE_API_KEY", key)
    path = fresh(tmp, text=text)
    code, out, err = fix(tmp, "config.yaml")
    got = read(path).decode()
    check(got == text + "litellm_settings:\n  drop_params: true\n", "fixed text: %r" % got)
    check(key.encode() not in out + err, "the key reached the output")


def case_kill_before_rename(tmp):
    path = fresh(tmp)
    code, out, err = run(["check", "--fix", "--no-env", "config.yaml"], tmp, env={"AZLINT_TEST_KILL_BEFORE_RENAME": "1"})
    check(code == -signal.SIGKILL, "expected the test hook to kill azlint, got exit %d" % code)
    check(read(path).decode() == LITELLM, "the file changed although azlint died before the rename")
    check(sorted(os.listdir(tmp)) == ["config.yaml"], "a temporary file remained: %s" % os.listdir(tmp))


def case_stdin(tmp):
    code, out, err = run(["check", "--fix", "--stdin-filename", "config.yaml", "-"], tmp, stdin=LITELLM.encode())
    check(out.decode() == LITELLM_FIXED, "stdout is not the fixed text: %r" % out)
    check(b"1 fixed, 0 remaining" in err, "the summary is not on stderr: %r" % err)
    check(code == 0, "exit %d" % code)
    check(os.listdir(tmp) == [], "stdin mode wrote a file")


def case_diff_exit(tmp):
    fresh(tmp)
    code, out, err = run(["check", "--diff", "--no-env", "config.yaml"], tmp)
    check(code == 1 and out.startswith(b"--- config.yaml\n+++ config.yaml\n@@ "), "diff: %d %r" % (code, out))
    check(read(os.path.join(tmp, "config.yaml")).decode() == LITELLM, "--diff wrote the file")
    fix(tmp, "config.yaml")
    code, out, err = run(["check", "--diff", "--no-env", "config.yaml"], tmp)
    check(code == 0 and out == b"", "no diff left must exit 0: %d %r" % (code, out))
    code, out, err = run(["check", "--unsafe-fixes", "config.yaml"], tmp)
    check(code == 2 and b"azlint: error:" in err, "--unsafe-fixes alone must be a usage error")


def case_diff_patch_edges(tmp):
    # No line break at the end, CRLF lines, a BOM: the diff still applies with patch -p0.
    for i, text in enumerate([LITELLM.rstrip("\n"), LITELLM.replace("\n", "\r\n"), "\ufeff" + LITELLM]):
        d = os.path.join(tmp, str(i))
        os.makedirs(d)
        fresh(d, text=text)
        shutil.copy(os.path.join(d, "config.yaml"), os.path.join(d, "copy.yaml"))
        code, diff, err = run(["check", "--diff", "config.yaml"], d)
        check(code == 1 and diff, "variant %d: no diff" % i)
        p = subprocess.run(["patch", "-p0", "--batch", "--silent"], cwd=d, input=diff, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
        check(p.returncode == 0, "variant %d: patch refused: %s\n%r" % (i, p.stdout, diff))
        patched = read(os.path.join(d, "config.yaml"))
        fix(d, "copy.yaml")
        check(patched == read(os.path.join(d, "copy.yaml")), "variant %d: patched != fixed: %r" % (i, patched[-60:]))


def case_cross_file(tmp):
    folder = os.path.join(SOURCE, "fixtures", "chain", "litellm-drop-params")
    shutil.copy(os.path.join(folder, "bad-openclaw.json5"), os.path.join(tmp, "openclaw.json5"))
    shutil.copy(os.path.join(folder, "bad-litellm.yaml"), os.path.join(tmp, "litellm_config.yaml"))
    before = read(os.path.join(tmp, "openclaw.json5"))
    code, out, err = fix(tmp, "openclaw.json5", "litellm_config.yaml")
    check(b"drop_params: true" in read(os.path.join(tmp, "litellm_config.yaml")), "the proxy's file was not fixed")
    check(read(os.path.join(tmp, "openclaw.json5")) == before, "the OpenClaw file changed")
    check(b"chain/litellm-drop-params" not in out, "the chain finding remains: %r" % out)


def case_json_keys_stay_quoted(tmp):
    # A rename in JSON5 keeps the key's quotes (a key such as "gpt-4o" needs them).
    text = '{\n  // comment\n  "modles": {},\n  agnets: {},\n}\n'
    path = fresh(tmp, "openclaw.json", text)
    run(["check", "--fix", "--unsafe-fixes", "openclaw.json"], tmp)
    got = read(path).decode()
    check(got == '{\n  // comment\n  "models": {},\n  agents: {},\n}\n', "renamed: %r" % got)


def case_unsafe_rename(tmp):
    text = ("version: 1.3.17\nendpoints:\n  azureOpenAI:\n    groups:\n      - group: \"westus\"\n"
            "        apiKey: \"${WESTUS_API_KEY}\"\n        instanceName: \"my-westus\"\n        deploymentName: \"gpt-4o\"\n"
            "        version: \"2024-10-21\"\n        modles:\n          gpt-4o: true\n")
    path = fresh(tmp, "librechat.yaml", text)
    code, out, err = fix(tmp, "librechat.yaml")
    check(read(path).decode() == text, "a did-you-mean rename was applied without --unsafe-fixes")
    check(re.search(rb"^0 fixed, \d+ remaining \(\d+ more with --unsafe-fixes\)$", out, re.M), "summary: %r" % out[-200:])
    code, out, err = run(["check", "--diff", "--unsafe-fixes", "--no-env", "librechat.yaml"], tmp)
    check(b"+        models:" in out or b"-        modles:" in out, "--unsafe-fixes offers no rename: %r" % out)


CASES = {
    "fixtures-safe": lambda tmp: case_fixtures(False),
    "fixtures-unsafe": lambda tmp: case_fixtures(True),
    "symlink": case_symlink,
    "hardlink": case_hardlink,
    "readonly": case_readonly,
    "mode-kept": case_mode_kept,
    "crlf-bom": case_crlf_bom,
    "secrets-kept": case_secrets_kept,
    "kill-before-rename": case_kill_before_rename,
    "stdin": case_stdin,
    "diff-exit": case_diff_exit,
    "cross-file": case_cross_file,
    "diff-patch-edges": case_diff_patch_edges,
    "unsafe-rename": case_unsafe_rename,
    "json-keys-stay-quoted": case_json_keys_stay_quoted,
}


def main():
    global AZLINT, SOURCE
    if sys.argv[1:] == ["list"]:
        print("\n".join(CASES))
        return 0
    AZLINT, case, SOURCE = os.path.abspath(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3])
    if shutil.which("patch") is None and case.startswith("fixtures"):
        print("skipped: no `patch`")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        try:
            CASES[case](tmp)
        except Failure as e:
            print("FAIL %s:\n%s" % (case, e))
            return 1
    print("ok %s" % case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
