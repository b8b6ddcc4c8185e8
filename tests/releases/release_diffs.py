#!/usr/bin/env python3
"""A config valid for one bundled release and invalid for another, through the CLI.

usage: release_diffs.py AZLINT_BINARY CASE   (`list` prints the cases)

One case per snippet of schemas/gen/release-diffs/<gateway>/ (e.g. `librechat/balance.yaml`):
for every release its expected.json records (the gateway's own validator's verdict, re-checked by
schemas/gen/release-diffs.mjs), `azlint check --target GATEWAY@VERSION` must give an error of the
`schema` rule where the gateway rejects the file and none where it accepts it, and the output
must name that release (JSON `files[].target` and `targets`, the text summary).

The verdicts come from the schema pass checking each release's own schema
(schemas/<gateway>/<release>.schema.json). Until the build checks each release with its own
(`azlint targets --json` lists each release's schema per form), the case is skipped (exit 77).
"""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIFFS = os.path.join(ROOT, "schemas", "gen", "release-diffs")
GATEWAYS = ("librechat", "openclaw")


def cases():
    out = []
    for gw in GATEWAYS:
        with open(os.path.join(DIFFS, gw, "expected.json")) as f:
            out += ["%s/%s" % (gw, name) for name in sorted(json.load(f))]
    return out


def run(binary, args):
    p = subprocess.run([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60,
                       env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NO_COLOR": "1"})
    return p.returncode, p.stdout, p.stderr


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "list":
        print("\n".join(cases()))
        return 0
    binary, case = sys.argv[1], sys.argv[2]
    gw, name = case.split("/", 1)
    code, out, err = run(binary, ["targets", "--json"])
    releases = [g for g in json.loads(out)["gateways"] if g["gateway"] == gw][0]["releases"]
    own = lambda r: r["schemas"].get(gw) == "schemas/%s/%s.schema.json" % (gw, r["version"])
    missing = [r["version"] for r in releases if not own(r)]
    if missing:
        print("skipped: the build checks %s %s with another schema than the release's own; the per-release "
              "schema pass (i12-schemapass) makes these verdicts hold" % (gw, ", ".join(missing)))
        return 77
    with open(os.path.join(DIFFS, gw, "expected.json")) as f:
        expected = json.load(f)[name]
    path = os.path.join(DIFFS, gw, name)
    problems = []
    verdicts = set()
    for release, verdict in expected.items():
        target = "%s@%s" % (gw, release)
        base = ["check", "--no-env", "--dialect", gw, "--only", "schema", "--target", target, path]
        code, out, err = run(binary, base + ["--format", "json"])
        try:
            doc = json.loads(out)
        except ValueError:
            problems.append("%s: not JSON (exit %d): %s %s" % (target, code, out[:200], err[:200]))
            continue
        errors = [d for d in doc["diagnostics"] if d["rule"] == "schema" and d["severity"] == "error"]
        accepts = verdict["accepts"]
        verdicts.add(accepts)
        if accepts and errors:
            problems.append("%s: the gateway accepts the file, azlint reports %s" % (target, errors[0]["message"]))
        if not accepts and not errors:
            problems.append("%s: the gateway rejects the file (%s), azlint reports no schema error"
                            % (target, verdict.get("first_error", {}).get("message")))
        if code != (0 if accepts else 1):
            problems.append("%s: exit %d" % (target, code))
        if doc.get("targets") != [target] or [f.get("target") for f in doc.get("files", [])] != [target]:
            problems.append("%s: JSON does not name the release: targets=%s files=%s" % (target, doc.get("targets"), doc.get("files")))
        if not accepts:
            code, out, err = run(binary, base)
            summary = "checked against %s %s" % (gw, release)
            if summary not in out:
                problems.append("%s: the text summary does not say %r:\n%s" % (target, summary, out[-300:]))
    if verdicts != {True, False}:
        problems.append("the snippet does not tell releases apart: %s" % sorted(verdicts))
    for p in problems:
        print("FAIL: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
