#!/usr/bin/env python3
"""Directory search and the pre-commit hook see the same files (issue 13, "Done when" 3).

In a throw-away git repository, a tree of config-name variants (librechat.prod.yml,
openclaw-config.json, litellm-prod.yaml, a config.yaml holding `model_list:`, ...) beside files
git ignores (a .gitignore'd vendor/ and node_modules/, build/ in .git/info/exclude, a nested
.gitignore, core.excludesFile), a tracked file under an ignored folder, and an `.azlint.yaml`
`exclude:` glob. Asserts exactly which files `azlint check . --format json` lints; that the
hook's `files:` regex (read from .pre-commit-hooks.yaml, matched with Python `re` as pre-commit
does) over the files pre-commit passes selects the same set (a generic config.yaml is matched by
name only: the one documented difference) and that `azlint check --force-exclude` on them (the
hook's entry) lints the same set; that files named explicitly are linted even when ignored or
excluded, and skipped with --force-exclude; that git runs once per run for a searched tree, never
for named files alone, and that the repository's config cannot make it run a command
(core.fsmonitor). Outside git the heavy folders (node_modules, hidden ones) stay skipped.

Usage: run.py <azlint> <source dir>   (exit 77: git missing)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

AZLINT, SRC = os.path.abspath(sys.argv[1]), sys.argv[2]
if not shutil.which("git"):
    print("git not installed: skipped")
    sys.exit(77)

LIBRECHAT = 'version: "1.3.17"\nendpoints:\n  custom: []\n'
OPENCLAW = '{ models: { providers: {} } }\n'
LITELLM = 'model_list: []\n'
LITELLM_TARGET = ('model_list:\n  - model_name: a\n    litellm_params: {{model: azure/{}, api_version: "2024-10-21",'
                  ' api_base: "https://contoso.openai.azure.com", api_key: os.environ/AZURE_API_KEY}}\n')
TREE = {
    # found by name: each gateway's usual names and their variants
    "librechat.yaml": LIBRECHAT,
    "librechat.prod.yml": LIBRECHAT,
    "librechat.n1.yml": LIBRECHAT,
    "deploy/librechat.example.yaml": LIBRECHAT,
    "openclaw.json": OPENCLAW,
    "openclaw.prod.json": OPENCLAW,
    "openclaw-config.json": OPENCLAW,
    "sub/openclaw.json5": OPENCLAW,
    "litellm_config.yaml": LITELLM,
    "litellm-prod.yaml": LITELLM_TARGET.format("dep-prod"),
    "litellm-config.yaml": LITELLM,
    "proxy_config.yaml": LITELLM,
    "svc/config.yaml": "model_list:\n  - model_name: a\n    litellm_params: {model: azure/a}\n",
    ".deploy/librechat.yaml": LIBRECHAT,  # a hidden folder git sees: linted in a work tree
    # matched by name only (content decides for a generic name)
    "other/config.yaml": "log_level: debug\n",
    # near-misses: no gateway's name
    "mylibrechat.yaml": LIBRECHAT,
    "librechat.txt": LIBRECHAT,
    "docker-compose.yml": "services: {}\n",
    "openclaw.yaml": LIBRECHAT,
    # ignored by git in each way it can be
    "vendor/librechat.yaml": LIBRECHAT,            # .gitignore
    "vendor/openclaw.json": OPENCLAW,              # .gitignore'd folder, but tracked (git add -f)
    "node_modules/pkg/litellm.yaml": LITELLM,      # .gitignore
    "build/litellm.yaml": LITELLM,                 # .git/info/exclude
    "deploy/librechat.local.yaml": LIBRECHAT,      # deploy/.gitignore (nested)
    "openclaw.draft.json": OPENCLAW,               # core.excludesFile
    # excluded by .azlint.yaml
    "legacy/litellm.yaml": LITELLM_TARGET.format("dep-legacy"),
    "deploy/old/librechat.yaml": LIBRECHAT,
}
FOUND_IN_GIT = {
    "librechat.yaml", "librechat.prod.yml", "librechat.n1.yml", "deploy/librechat.example.yaml",
    "openclaw.json", "openclaw.prod.json", "openclaw-config.json", "sub/openclaw.json5",
    "litellm_config.yaml", "litellm-prod.yaml", "litellm-config.yaml", "proxy_config.yaml",
    "svc/config.yaml", ".deploy/librechat.yaml", "vendor/openclaw.json",
}
NAME_ONLY = {"other/config.yaml"}

failures = []


def check(cond, what):
    print(("ok: " if cond else "FAIL: ") + what)
    if not cond:
        failures.append(what)


def norm(p):
    return p[2:] if p.startswith("./") else p


def run(args, cwd, env):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def linted(args, cwd, env):
    r = run([AZLINT, "check", "--format", "json", *args], cwd, env)
    try:
        return {norm(f["file"]) for f in json.loads(r.stdout)["files"]}, r
    except (ValueError, KeyError):
        check(False, f"azlint {' '.join(args)} gave JSON (exit {r.returncode}: {r.stderr.strip()})")
        return set(), r


def show(got, want):
    return f"\n    extra: {sorted(got - want)}\n    missing: {sorted(want - got)}" if got != want else ""


tmp = tempfile.mkdtemp(prefix="azlint-discover-")
try:
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    with open(os.path.join(tmp, "global-ignore"), "w") as f:
        f.write("*.draft.json\n")
    gitconfig = os.path.join(tmp, "gitconfig")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"), GIT_CONFIG_GLOBAL=gitconfig,
               GIT_CONFIG_NOSYSTEM="1", NO_COLOR="1")
    for k, v in [("user.name", "t"), ("user.email", "t@example.invalid"), ("init.defaultBranch", "main"),
                 ("core.excludesFile", os.path.join(tmp, "global-ignore"))]:
        subprocess.run(["git", "config", "--file", gitconfig, k, v], check=True)

    repo = os.path.join(tmp, "repo")
    for rel, text in TREE.items():
        os.makedirs(os.path.dirname(os.path.join(repo, rel)), exist_ok=True)
        with open(os.path.join(repo, rel), "w") as f:
            f.write(text)
    with open(os.path.join(repo, ".gitignore"), "w") as f:
        f.write("vendor/\nnode_modules/\n")
    with open(os.path.join(repo, "deploy/.gitignore"), "w") as f:
        f.write("librechat.local.yaml\n")
    with open(os.path.join(repo, ".azlint.yaml"), "w") as f:
        f.write("exclude: [legacy, \"deploy/old/**\"]\n")
    run(["git", "init", "-q", "."], repo, env)
    with open(os.path.join(repo, ".git/info/exclude"), "a") as f:
        f.write("build/\n")
    run(["git", "add", "-A"], repo, env)
    run(["git", "add", "-f", "vendor/openclaw.json"], repo, env)
    r = run(["git", "commit", "-q", "-m", "tree"], repo, env)
    check(r.returncode == 0, "the tree is committed" + ("" if r.returncode == 0 else ": " + r.stderr))
    # A cloned repository's config must not run a command: the fsmonitor hook would.
    pwned = os.path.join(tmp, "pwned")
    run(["git", "config", "core.fsmonitor", f"touch {pwned}; false"], repo, env)

    # 1. Directory search
    got, r = linted(["."], repo, env)
    check(got == FOUND_IN_GIT, "azlint check . lints every name variant and nothing git ignores or .azlint.yaml excludes" + show(got, FOUND_IN_GIT))
    check(not os.path.exists(pwned), "the repository's core.fsmonitor did not run")
    check("not applied" not in r.stderr, "git listed the work tree (no warning)" + ("" if "not applied" not in r.stderr else ": " + r.stderr))

    # 2. The hook: its `files:` regex over what pre-commit passes (`git ls-files`), then its entry
    hooks = open(os.path.join(SRC, ".pre-commit-hooks.yaml")).read()
    files_re = re.search(r"^\s*files:\s*(.+?)\s*$", hooks, re.M).group(1)
    entry = re.search(r"^\s*entry:\s*(.+?)\s*$", hooks, re.M).group(1).split()
    check(files_re == run([AZLINT, "config-names", "--regex"], repo, env).stdout.strip(),
          ".pre-commit-hooks.yaml `files:` is the regex of the one list (azlint config-names --regex)")
    tracked = [p for p in run(["git", "ls-files", "-z"], repo, env).stdout.split("\0") if p]
    selected = {p for p in tracked if re.search(files_re, p)}
    check(selected - NAME_ONLY == FOUND_IN_GIT | {"legacy/litellm.yaml", "deploy/old/librechat.yaml"},
          "the hook's files: pattern selects the same names as directory search (before `exclude:`)" +
          show(selected - NAME_ONLY, FOUND_IN_GIT | {"legacy/litellm.yaml", "deploy/old/librechat.yaml"}))
    check(entry[:2] == ["azlint", "check"] and "--force-exclude" in entry, "the hook's entry is `azlint check --force-exclude`")
    got, _ = linted([*entry[2:], *sorted(selected)], repo, env)
    check(got == FOUND_IN_GIT | NAME_ONLY, "the hook lints what directory search lints (and the generic config.yaml it matches by name)" + show(got, FOUND_IN_GIT | NAME_ONLY))

    # The editors start the server on the same names (editors/nvim's globs, VS Code's brace globs).
    globs = set(run([AZLINT, "config-names"], repo, env).stdout.split())
    lua = open(os.path.join(SRC, "editors/nvim/azlint.lua")).read()
    nvim = set(re.findall(r'"([^"]+)"', re.search(r"M\.patterns = \{(.*?)\}", lua, re.S).group(1)))
    check(nvim == globs, "editors/nvim's patterns are the one list" + show(nvim, globs))
    js = open(os.path.join(SRC, "editors/vscode/extension.js")).read()
    vscode = set()
    for stem, alts in re.findall(r'"\*\*/(\{[^}]*\}|[^"{]*)\.\{([^}]*)\}"', js):
        for st in stem.strip("{}").split(","):
            vscode |= {f"{st}.{e}" for e in alts.split(",")}
    check(vscode == globs, "editors/vscode's patterns are the one list" + show(vscode, globs))
    el = open(os.path.join(SRC, "editors/emacs/azlint.el")).read()
    emacs = re.search(r'azlint-file-regexp\s+"(.*?)"\n', el).group(1).replace("\\\\", "\\")
    emacs = emacs.replace("\\(?:", "(?:").replace("\\|", "|").replace("\\)", ")").replace("\\'", "$")
    check(emacs.replace("(?:", "(^|/)(", 1) == files_re, "editors/emacs's file regexp is the one list: " + emacs)
    # ... and start it on a generic name only with the line that makes it a config (the registry's
    # `needs_line`, as `check --help` says it: "config.yaml|yml holding `model_list:`")
    needs = {}
    for names, line in re.findall(r"(\S+) holding `([^`]+)`", run([AZLINT, "check", "--help"], repo, env).stdout):
        stem, _, exts = names.rpartition(".")
        needs |= {f"{stem}.{e}": line for e in exts.split("|")}
    check(needs, "check --help names the generic config names and the line each needs")
    nvim_needs = dict(re.findall(r'\["([^"]+)"\] = "([^"]+)"', re.search(r"M\.needs_line = \{(.*?)\}\n", lua).group(1)))
    check(nvim_needs == needs, "editors/nvim attaches to a generic name only with its line" + show(set(nvim_needs.items()), set(needs.items())))
    emacs_needs = dict(re.findall(r'\("([^"]+)" \. "([^"]+)"\)', re.search(r"azlint-generic-names\s+'\((.*?)\)\n", el).group(1)))
    check(emacs_needs == needs, "editors/emacs starts on a generic name only with its line" + show(set(emacs_needs.items()), set(needs.items())))

    # verify searches the same way
    r = run([AZLINT, "verify", "--dry-run", "."], repo, env)
    check("litellm-prod.yaml:" in r.stdout and "legacy/" not in r.stdout and "vendor/" not in r.stdout,
          "azlint verify . searches the same files (`exclude:` applied)" + ("" if "legacy/" not in r.stdout else ": " + r.stdout))

    # 3. Named files: linted although ignored or excluded, skipped with --force-exclude
    named = ["vendor/librechat.yaml", "build/litellm.yaml", "deploy/librechat.local.yaml", "openclaw.draft.json",
             "legacy/litellm.yaml", "librechat.yaml"]
    got, _ = linted(named, repo, env)
    check(got == set(named), "files named explicitly are linted even when ignored or excluded" + show(got, set(named)))
    got, _ = linted(["--force-exclude", *named], repo, env)
    check(got == {"librechat.yaml"}, "--force-exclude skips the named files git ignores or `exclude:` names" + show(got, {"librechat.yaml"}))
    got, _ = linted(["build"], repo, env)
    check(got == {"build/litellm.yaml"}, "a folder named although git ignores all of it is searched" + show(got, {"build/litellm.yaml"}))
    got, _ = linted(["--force-exclude", "--allow-empty", "build"], repo, env)
    check(got == set(), "... and not with --force-exclude" + show(got, set()))
    r = run([AZLINT, "check", "--force-exclude", "build"], repo, env)
    check(r.returncode == 2 and "no gateway config found (searched for" in r.stderr,
          "a search that finds nothing is exit 2 without --allow-empty (exit %d)" % r.returncode)

    # 4. git runs once per work tree per run, never for named files alone; GIT_DIR does not redirect it
    bindir = os.path.join(tmp, "bin")
    os.makedirs(bindir)
    calls = os.path.join(tmp, "git-calls")
    real_git = shutil.which("git")
    with open(os.path.join(bindir, "git"), "w") as f:
        f.write(f'#!/bin/sh\necho "$*" >> {calls}\nexec {real_git} "$@"\n')
    os.chmod(os.path.join(bindir, "git"), 0o755)
    counted = dict(env, PATH=bindir + os.pathsep + env.get("PATH", ""), GIT_DIR="/nonexistent", GIT_INDEX_FILE="/nonexistent")
    linted(["librechat.yaml", "openclaw.json"], repo, counted)
    check(not os.path.exists(calls), "no process is spawned when only files are named")
    got, _ = linted([".", "deploy", "sub"], repo, counted)
    n = len(open(calls).read().splitlines()) if os.path.exists(calls) else 0
    check(n == 1, f"git ran once for three folders of one work tree (ran {n} times)")
    check(got == FOUND_IN_GIT, "a caller's GIT_DIR/GIT_INDEX_FILE do not redirect the listing" + show(got, FOUND_IN_GIT))

    # Without git the search still runs (as outside a work tree) and says .gitignore was not applied.
    nogit = dict(env, PATH=os.path.join(tmp, "empty-bin"))
    got, r = linted(["."], repo, nogit)
    check("not applied (git not found on PATH)" in r.stderr and "vendor/librechat.yaml" in got and "node_modules/pkg/litellm.yaml" not in got,
          "without git: a warning, and the walk of a tree outside git" + ("" if "not applied" in r.stderr else ": " + r.stderr))

    # 5. Outside git: heavy folders stay skipped, nothing else is
    plain = os.path.join(tmp, "plain")
    shutil.copytree(repo, plain, ignore=shutil.ignore_patterns(".git"))
    got, _ = linted(["."], plain, env)
    want = (set(TREE) - NAME_ONLY - {"mylibrechat.yaml", "librechat.txt", "docker-compose.yml", "openclaw.yaml",
                                     ".deploy/librechat.yaml", "node_modules/pkg/litellm.yaml",
                                     "legacy/litellm.yaml", "deploy/old/librechat.yaml"})
    check(got == want, "outside git every name variant is found, node_modules and hidden folders skipped, `exclude:` applied" + show(got, want))
finally:
    shutil.rmtree(tmp, ignore_errors=True)

print("discover OK" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
