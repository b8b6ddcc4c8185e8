#!/usr/bin/env python3
"""The GitHub Action (action.yml, scripts/action.sh) run locally, as a runner would run it.

action.yml is read as YAML: a composite action whose one step runs scripts/action.sh with every
input passed as INPUT_<NAME> (composite actions get no INPUT_* variables of their own). The step
runs with the GITHUB_* variables of a runner (GITHUB_ACTION_PATH a copy of the action's files,
GITHUB_WORKSPACE a repository with a broken librechat.yaml, RUNNER_TEMP, GITHUB_OUTPUT), not as
root, and without network: cmake, sudo, apt-get, curl and the action's scripts/deps.sh are stubs
that log their arguments (cmake --build puts the real azlint in the build folder; apt-get
"installs" it on PATH). Asserts, for the build from the checkout, a `deb:` in the workspace, a
`deb:` URL, a missing `deb:` and a clean workspace: what was run, the annotations, the SARIF
file, the exit code and the `exit-code` output.

Usage: run.py <azlint> <source dir>   (exit 77: python3-yaml missing)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml  # python3-yaml (pre-commit depends on it)
except ImportError:
    print("python3-yaml not installed: skipped")
    sys.exit(77)

AZLINT, SRC = os.path.abspath(sys.argv[1]), sys.argv[2]
failures = []


def check(cond, what):
    print(("ok: " if cond else "FAIL: ") + what)
    if not cond:
        failures.append(what)


with open(os.path.join(SRC, "action.yml")) as f:
    action = yaml.safe_load(f)
check(action["runs"]["using"] == "composite", "action.yml is a composite action")
steps = action["runs"]["steps"]
check(len(steps) == 1 and "scripts/action.sh" in steps[0]["run"], "its step runs scripts/action.sh")
step_env = steps[0].get("env", {})
for name in action["inputs"]:
    check(step_env.get("INPUT_" + name.upper()) == "${{ inputs.%s }}" % name,
          "input %s reaches the script as INPUT_%s" % (name, name.upper()))
check(action["outputs"]["exit-code"]["value"] == "${{ steps.%s.outputs.exit-code }}" % steps[0]["id"],
      "the exit-code output is the step's")

STUBS = {
    # every stub logs "name args..." (with SUDO=1 when run through sudo) to $STUB_LOG
    "sudo": 'echo "sudo $*" >>"$STUB_LOG"; SUDO=1 exec "$@"',
    "id": '[ "$1" = -u ] && { echo 1000; exit 0; }; exec /usr/bin/id "$@"',
    "cmake": ('echo "cmake $*" >>"$STUB_LOG"\n'
              'if [ "$1" = --build ]; then cp "$STUB_AZLINT" "$2/azlint"; else mkdir -p "$4"; fi'),
    "apt-get": ('echo "apt-get${SUDO:+ (sudo)} $*" >>"$STUB_LOG"\n'
                'for a; do case $a in *.deb) [ -f "$a" ] || exit 100 ;; esac; done\n'
                'ln -sf "$STUB_AZLINT" "$STUB_BIN/azlint"'),
    "curl": ('echo "curl $*" >>"$STUB_LOG"\n'
             'while [ $# -gt 0 ]; do [ "$1" = -o ] && { echo "a downloaded package" >"$2"; }; shift; done'),
}
DEPS_STUB = 'echo "deps.sh${SUDO:+ (sudo)} $*" >>"$STUB_LOG"'

BROKEN = open(os.path.join(SRC, "tests/nvim/librechat.yaml")).read()
CLEAN = 'version: "1.3.17"\nendpoints:\n  custom: []\n'


def run(inputs, workspace_files):
    with tempfile.TemporaryDirectory() as tmp:
        action_dir, ws, temp, stubs = (os.path.join(tmp, d) for d in ("action", "ws", "temp", "stubs"))
        for d in (action_dir + "/scripts", ws, temp, stubs):
            os.makedirs(d)
        shutil.copy(os.path.join(SRC, "action.yml"), action_dir)
        shutil.copy(os.path.join(SRC, "scripts/action.sh"), action_dir + "/scripts/")
        for name, body in list(STUBS.items()) + [("../action/scripts/deps.sh", DEPS_STUB)]:
            path = os.path.join(stubs, name)
            with open(path, "w") as f:
                f.write("#!/usr/bin/env bash\n" + body + "\n")
            os.chmod(path, 0o755)
        for name, text in workspace_files.items():
            os.makedirs(os.path.dirname(os.path.join(ws, name)), exist_ok=True)
            with open(os.path.join(ws, name), "w") as f:
                f.write(text)
        log, output = os.path.join(tmp, "stub.log"), os.path.join(tmp, "github_output")
        open(log, "w").close()
        env = {
            "PATH": stubs + ":" + os.environ["PATH"], "HOME": tmp, "LANG": "C.UTF-8",
            "GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_ACTION_PATH": action_dir, "GITHUB_WORKSPACE": ws,
            "RUNNER_TEMP": temp, "GITHUB_OUTPUT": output,
            "STUB_LOG": log, "STUB_AZLINT": AZLINT, "STUB_BIN": stubs,
        }
        # the step's env, as the runner evaluates it: ${{ inputs.x }} is the input or its default
        for key, value in step_env.items():
            name = value[len("${{ inputs."):-len(" }}")]
            env[key] = inputs.get(name, action["inputs"][name].get("default", ""))
        p = subprocess.run(["bash", "-e", "-c", steps[0]["run"]], cwd=ws, env=env, capture_output=True, text=True,
                           timeout=120)
        sarif = None
        if inputs.get("sarif") and os.path.exists(os.path.join(ws, inputs["sarif"])):
            with open(os.path.join(ws, inputs["sarif"])) as f:
                sarif = json.load(f)
        return {"code": p.returncode, "out": p.stdout, "err": p.stderr, "log": open(log).read().splitlines(),
                "output": open(output).read() if os.path.exists(output) else "", "sarif": sarif, "temp": temp}


# 1. no `deb:`: deps installed through sudo (the runner is not root), configured without the
# tests, only the binary built; findings as annotations, SARIF written, exit 1
r = run({"paths": "deploy", "args": "--severity-threshold error", "sarif": "azlint.sarif"},
        {"deploy/librechat.yaml": BROKEN, "README.md": "x\n"})
print(r["out"] + r["err"])
check(r["code"] == 1, "build: exit 1 on findings (got %d)" % r["code"])
check(any(l.startswith("deps.sh (sudo) ") and l.endswith(" build") for l in r["log"]), "build: deps.sh BUILD build, with sudo")
configure = [l for l in r["log"] if l.startswith("cmake -S")]
check(len(configure) == 1 and "-DAZLINT_BUILD_TESTS=OFF" in configure[0], "build: configured without the tests")
check(any(l.startswith("cmake --build") and l.endswith("--target azlint") for l in r["log"]), "build: only the azlint target")
check(not any(l.startswith(("apt-get", "curl")) for l in r["log"]), "build: no package installed, nothing downloaded")
check("::error file=deploy/librechat.yaml,line=8" in r["out"], "build: duplicate-group annotated at deploy/librechat.yaml:8")
check("title=librechat/duplicate-group" in r["out"], "build: the annotation's title is the rule id")
check("exit-code=1" in r["output"].splitlines(), "build: output exit-code=1")
check(r["sarif"] is not None and any(res["ruleId"] == "librechat/duplicate-group"
                                     for res in r["sarif"]["runs"][0]["results"]), "build: SARIF written with the findings")

# 2. `deb:` a path in the workspace: installed with apt-get (sudo), nothing built
r = run({"deb": "dist/azlint_0.1.0_amd64.deb"}, {"librechat.yaml": BROKEN, "dist/azlint_0.1.0_amd64.deb": "deb"})
check(r["code"] == 1, "deb: exit 1 on findings (got %d)" % r["code"])
installs = [l for l in r["log"] if l.startswith("apt-get")]
check(len(installs) == 1 and installs[0].startswith("apt-get (sudo) install")
      and installs[0].endswith("/ws/dist/azlint_0.1.0_amd64.deb"), "deb: apt-get install of the workspace's file: %s" % installs)
check(not any(l.startswith(("cmake", "deps.sh")) for l in r["log"]), "deb: nothing built")
check("title=librechat/duplicate-group" in r["out"], "deb: the installed azlint lints")

# 3. `deb:` a URL: downloaded into RUNNER_TEMP, then installed
r = run({"deb": "https://example.invalid/azlint_0.1.0_amd64.deb"}, {"librechat.yaml": CLEAN})
check(r["code"] == 0, "deb URL: exit 0 on a clean workspace (got %d)" % r["code"])
curls = [l for l in r["log"] if l.startswith("curl")]
check(len(curls) == 1 and "https://example.invalid/azlint_0.1.0_amd64.deb" in curls[0]
      and "-o %s/azlint.deb" % r["temp"] in curls[0], "deb URL: downloaded into RUNNER_TEMP")
check(any(l.startswith("apt-get (sudo) install") and l.endswith(r["temp"] + "/azlint.deb") for l in r["log"]),
      "deb URL: the download installed")
check("exit-code=0" in r["output"].splitlines(), "deb URL: output exit-code=0")

# 4. `deb:` names no file: exit 2 with a message, nothing installed
r = run({"deb": "missing.deb"}, {"librechat.yaml": CLEAN})
check(r["code"] == 2 and "no package at" in r["err"] and "missing.deb" in r["err"], "missing deb: exit 2, says so")
check(not any(l.startswith("apt-get") for l in r["log"]), "missing deb: nothing installed")

# 5. a failing build: its log shown, exit 2
STUBS["cmake"] = 'echo "cmake $*" >>"$STUB_LOG"; echo "error: the compiler said no"; exit 1'
r = run({}, {"librechat.yaml": CLEAN})
check(r["code"] == 2 and "the compiler said no" in r["out"] and "the build failed" in r["err"],
      "failing build: exit 2 with the build log")

print("action test passed" if not failures else "action test: %d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
