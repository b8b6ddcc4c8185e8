#!/usr/bin/env python3
"""Deterministic pairing, end to end through the binary (`--format json`): an OpenClaw file's
findings depend on the file and the files evidently linked to it (its folder, a compose file, an
`.azlint.yaml` `links:` entry), never on which other files are in the run.

usage: run_case.py AZLINT_BINARY CASE      (`run_case.py list` prints the cases)
"""
import json, os, shutil, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from script_cases import Failure, cases_of, check, main  # noqa: E402

OPENCLAW = """{
  models: {
    providers: {
      "azure-openai": {
        baseUrl: "%s",
        api: "openai-completions",
        models: [
          { id: "gpt-4o-mini", name: "GPT-4o Mini" },
          { id: "gpt-5-codex", name: "GPT-5 Codex" },
        ],
      },
    },
  },
}
"""
# Serves gpt-4o-mini, not gpt-5-codex: the pair has one cross-file error.
LITELLM = """model_list:
  - model_name: gpt-4o-mini
    litellm_params:
      model: azure/my-gpt4o-mini
      api_base: https://my-res.openai.azure.com
      api_key: os.environ/AZURE_API_KEY
      api_version: "2024-10-21"
litellm_settings:
  drop_params: true
"""
# An unrelated proxy serving both names (and another): it must never change the pair's findings.
UNRELATED = LITELLM.replace("  - model_name: gpt-4o-mini\n", "  - model_name: gpt-5-codex\n    litellm_params: {model: azure/x, api_base: https://x.openai.azure.com}\n  - model_name: gpt-4o-mini\n")
NOT_SERVED = "chain/openclaw-model-not-in-litellm"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def lint(az, cwd, *paths):
    """The JSON report of `azlint check --format json PATHS` run in cwd."""
    p = subprocess.run([az, "check", "--format", "json", "--no-env", *paths], cwd=cwd, capture_output=True, text=True,
                       timeout=60, env=dict(os.environ, NO_COLOR="1"))
    check(p.returncode in (0, 1), "exit %d: %s" % (p.returncode, p.stderr))
    return json.loads(p.stdout)


def findings(report, file):
    """The findings on `file` (path as given), without the paths that name where the run started."""
    out = []
    for d in report["diagnostics"]:
        if d["file"] != file:
            continue
        notes = [(n["message"], os.path.basename(n["file"]), n["line"]) for n in d.get("notes", [])]
        out.append((d["rule"], d["severity"], d["line"], d["column"], d["message"], d.get("help"), notes))
    return out


def rules(report, file):
    return [f[0] for f in findings(report, file)]


def git_repo(d):
    os.makedirs(os.path.join(d, ".git"))  # what makes a work-tree root


def case_alone_beside_one_beside_two(az, d):
    # The layout: the pair in svc-a, unrelated LiteLLM proxies in svc-b and svc-c.
    write(f"{d}/svc-a/openclaw.json5", OPENCLAW % "http://localhost:4000/v1")
    write(f"{d}/svc-a/litellm_config.yaml", LITELLM)
    write(f"{d}/svc-b/litellm_config.yaml", UNRELATED)
    write(f"{d}/svc-c/litellm_config.yaml", UNRELATED)
    alone = findings(lint(az, d, "svc-a"), "svc-a/openclaw.json5")
    check([f[0] for f in alone] == [NOT_SERVED], "the pair alone: %r" % alone)
    check("gpt-5-codex" in alone[0][4], alone)
    for paths in (["svc-a", "svc-b"], ["svc-a", "svc-b", "svc-c"], ["svc-c", "svc-a", "svc-b"], ["svc-a/openclaw.json5"],
                  ["svc-a/openclaw.json5", "svc-b/litellm_config.yaml"], ["."]):
        got = findings(lint(az, d, *paths), "svc-a/openclaw.json5") if paths != ["."] else \
            findings(lint(az, d, "."), "svc-a/openclaw.json5") or findings(lint(az, d, "."), "./svc-a/openclaw.json5")
        check(got == alone, "check %s differs from the pair alone:\n%r\n%r" % (" ".join(paths), got, alone))


def case_no_link_no_error(az, d):
    # svc-a/openclaw.json5 points at localhost:4000 and has no proxy beside it: an unrelated
    # LiteLLM config elsewhere in the run gives no cross-file error, however many there are.
    write(f"{d}/svc-a/openclaw.json5", OPENCLAW % "http://localhost:4000/v1")
    write(f"{d}/svc-b/litellm_config.yaml", LITELLM)
    write(f"{d}/svc-c/litellm_config.yaml", UNRELATED)
    for paths in (["svc-a"], ["svc-a", "svc-b"], ["svc-a", "svc-b", "svc-c"], ["."]):
        r = lint(az, d, *paths)
        got = [f for f in r["diagnostics"] if f["file"].endswith("svc-a/openclaw.json5") and f["rule"].startswith("chain/")]
        check(got == [], "check %s: %r" % (" ".join(paths), got))


def case_linked_file_read_from_disk_not_reported(az, d):
    # Only named files' findings are reported; the linked proxy config is read all the same.
    write(f"{d}/openclaw.json5", OPENCLAW % "http://127.0.0.1:4000/v1")
    write(f"{d}/litellm_config.yaml", LITELLM.replace('"2024-10-21"', '"2023-05-15"'))  # a finding of its own
    r = lint(az, d, "openclaw.json5")
    check([f["file"] for f in r["files"]] == ["openclaw.json5"], r["files"])
    check({f["file"] for f in r["diagnostics"]} == {"openclaw.json5"}, r["diagnostics"])
    got = findings(r, "openclaw.json5")
    check(rules(r, "openclaw.json5") == [NOT_SERVED], got)
    check(got[0][6] and got[0][6][0][1] == "litellm_config.yaml", "note in the proxy's config: %r" % got)
    both = lint(az, d, "openclaw.json5", "litellm_config.yaml")
    check(findings(both, "openclaw.json5") == got, "naming the proxy config too changes nothing")
    check(rules(both, "litellm_config.yaml") != [], "the proxy config's own findings when it is named")


COMPOSE = """services:
  litellm:
    image: ghcr.io/berriai/litellm:main-stable
    ports:
      - "%s:4000"
    volumes:
      - ./deploy/litellm/config.yaml:/app/config.yaml:ro
    command: ["--config", "/app/config.yaml", "--port", "4000"]
  postgres:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
"""


def case_compose_maps_localhost(az, d):
    git_repo(d)
    write(f"{d}/docker-compose.yml", COMPOSE % "4000")
    write(f"{d}/deploy/litellm/config.yaml", LITELLM)
    write(f"{d}/deploy/litellm/other/litellm_config.yaml", UNRELATED)  # not mounted: not linked
    write(f"{d}/apps/agent/openclaw.json5", OPENCLAW % "http://localhost:4000/v1")
    r = lint(az, d, "apps/agent/openclaw.json5")
    got = findings(r, "apps/agent/openclaw.json5")
    check([f[0] for f in got] == [NOT_SERVED], got)
    check(got[0][6][0][1] == "config.yaml", "the note is in the mounted config: %r" % got)
    check(findings(lint(az, d, "."), "apps/agent/openclaw.json5") == got or
          findings(lint(az, d, "."), "./apps/agent/openclaw.json5") == got, "check . agrees")
    # Published on another host port: localhost:4000 is not that service.
    write(f"{d}/docker-compose.yml", COMPOSE % "4001")
    check(rules(lint(az, d, "apps/agent/openclaw.json5"), "apps/agent/openclaw.json5") == [], "port 4001 is not linked")
    # Outside a work tree only the file's folder is searched.
    shutil.rmtree(f"{d}/.git")
    write(f"{d}/docker-compose.yml", COMPOSE % "4000")
    check(rules(lint(az, d, "apps/agent/openclaw.json5"), "apps/agent/openclaw.json5") == [], "no work tree: not linked")


def case_compose_service_name(az, d):
    # `http://litellm:4000` (the compose route between containers); the config from the default
    # path /app/config.yaml, mounted as a folder.
    compose = ("services:\n  litellm:\n    image: ghcr.io/berriai/litellm:main-latest\n"
               "    volumes:\n      - type: bind\n        source: ./litellm\n        target: /app\n")
    write(f"{d}/compose.yaml", compose)
    write(f"{d}/litellm/config.yaml", LITELLM)
    write(f"{d}/openclaw.json5", OPENCLAW % "http://litellm:4000/v1")
    got = rules(lint(az, d, "openclaw.json5"), "openclaw.json5")
    check(NOT_SERVED in got, got)
    write(f"{d}/openclaw.json5", OPENCLAW % "http://proxy:4000/v1")  # no such service
    check(NOT_SERVED not in rules(lint(az, d, "openclaw.json5"), "openclaw.json5"), "another host is not linked")


def case_links(az, d):
    # A Kubernetes layout: no compose, the proxy's config in a ConfigMap folder.
    write(f"{d}/k8s/litellm/config.yaml", LITELLM)
    write(f"{d}/k8s/openclaw/openclaw.json5", OPENCLAW % "http://localhost:4000/v1")
    write(f"{d}/k8s/other/litellm_config.yaml", UNRELATED)
    check(rules(lint(az, d, "k8s"), "k8s/openclaw/openclaw.json5") == [], "no link yet")
    write(f"{d}/.azlint.yaml", 'links:\n  "localhost:4000": k8s/litellm/config.yaml\n')
    for paths in (["k8s/openclaw/openclaw.json5"], ["k8s"], ["k8s/openclaw", "k8s/other"]):
        got = findings(lint(az, d, *paths), "k8s/openclaw/openclaw.json5")
        check([f[0] for f in got] == [NOT_SERVED], "check %s: %r" % (" ".join(paths), got))
    write(f"{d}/.azlint.yaml", 'links:\n  "localhost:4001": k8s/litellm/config.yaml\n')
    check(rules(lint(az, d, "k8s"), "k8s/openclaw/openclaw.json5") == [], "another port is not linked")
    write(f"{d}/.azlint.yaml", 'links:\n  "localhost:4000": k8s/litellm/confg.yaml\n')
    p = subprocess.run([az, "check", "k8s"], cwd=d, capture_output=True, text=True, timeout=60)
    check(p.returncode == 2 and "confg.yaml\", is not a file" in p.stderr, "a link to no file: %d %s" % (p.returncode, p.stderr))
    write(f"{d}/.azlint.yaml", 'links: [k8s/litellm/config.yaml]\n')
    p = subprocess.run([az, "check", "k8s"], cwd=d, capture_output=True, text=True, timeout=60)
    check(p.returncode == 2 and "`links` must map" in p.stderr, "a malformed links: %d %s" % (p.returncode, p.stderr))


def case_ambiguous(az, d):
    write(f"{d}/openclaw.json5", OPENCLAW % "http://localhost:4000/v1")
    write(f"{d}/litellm_config.yaml", LITELLM)
    write(f"{d}/litellm.yaml", UNRELATED)
    for paths in (["openclaw.json5"], ["."]):
        r = lint(az, d, *paths)
        got = [f for f in r["diagnostics"] if f["file"].endswith("openclaw.json5")]
        check([f["rule"] for f in got] == ["chain/proxy-ambiguous"], got)
        check(got[0]["severity"] == "info" and "litellm.yaml" in got[0]["message"] and
              "litellm_config.yaml" in got[0]["message"], got[0]["message"])
        check(sorted(os.path.basename(n["file"]) for n in got[0]["notes"]) == ["litellm.yaml", "litellm_config.yaml"], got)
    # Saying which one: the cross-file check runs again.
    write(f"{d}/.azlint.yaml", 'links:\n  "localhost:4000": litellm_config.yaml\n')
    check(rules(lint(az, d, "openclaw.json5"), "openclaw.json5") == [NOT_SERVED], "links: settles it")


def case_examples_agree(az, d):
    # `azlint check examples/broken` and `azlint check examples` (which adds the valid pair) agree
    # on the broken OpenClaw config, and so does checking it alone.
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    f = "examples/broken/openclaw-litellm/openclaw.json5"
    broken = findings(lint(az, repo, "examples/broken"), f)
    check(broken and NOT_SERVED in [x[0] for x in broken], "the broken pair has its cross-file error: %r" % broken)
    for paths in (["examples"], [f], ["examples/valid", "examples/broken"]):
        got = findings(lint(az, repo, *paths), f)
        check(got == broken, "check %s differs from check examples/broken:\n%r\n%r" % (" ".join(paths), got, broken))


if __name__ == "__main__":
    sys.exit(main(cases_of(globals()), "azlint-pairing-"))
