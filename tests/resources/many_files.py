#!/usr/bin/env python3
"""A run of many files holds what is in flight, not the run: `azlint check` on a folder tree of
N small configs (an OpenClaw config and the LiteLLM proxy it points at, a librechat.yaml;
three to a folder; findings in two of them) prints every file's findings in order, and its peak memory (the
child's maximum resident set, from wait4) grows by less than PER_FILE_KIB per file from a
small run to a large one (each file's result is let go once it is printed).

usage: many_files.py AZLINT_BINARY [--no-rss]

--no-rss keeps the runs and the output checks but not the memory bound (sanitizer builds).
"""
import os, subprocess, sys, tempfile

SMALL, LARGE = 1500, 15000
PER_FILE_KIB = 1.5  # before streaming: about 3.4 KiB a file

OPENCLAW = ('{{\n  models: {{\n    mode: "merge",\n    providers: {{\n      "azure-litellm-{i}": {{\n'
            '        baseUrl: "http://localhost:{port}/v1",\n        apiKey: "${{LITELLM_MASTER_KEY}}",\n'
            '        api: "openai-completions",\n        models: [{{ id: "gpt-4o-{i}", name: "GPT-4o {i}" }}],\n'
            '      }},\n    }},\n  }},\n  agents: {{ defaults: {{ model: {{ primary: "azure-litellm-{i}/gpt-4o-{i}" }} }} }},\n}}\n')
LITELLM = ('model_list:\n  - model_name: gpt-4o-{i}\n    litellm_params:\n      model: azure/gpt-4o\n'
           '      api_base: https://contoso-{i}.openai.azure.com\n      api_key: os.environ/AZURE_API_KEY\n'
           '      api_version: "2024-10-21"\ngeneral_settings:\n  port: {port}\n')
LIBRECHAT = 'version: 1.2.1\nendpoints:\n  azureOpenAI:\n    apiKey: "${{AZURE_API_KEY}}"\n'


def write_tree(root, files):
    names = []
    for i in range(0, files, 3):
        d = os.path.join(root, "team-%06d" % i)
        os.makedirs(d)
        port = 4000 + i % 1000
        for name, text in (("openclaw.json5", OPENCLAW), ("litellm_config.yaml", LITELLM), ("librechat.yaml", LIBRECHAT)):
            with open(os.path.join(d, name), "w") as f:
                f.write(text.format(i=i, port=port))
            names.append(os.path.join("team-%06d" % i, name))
    return names


def run(azlint, cwd):
    """(exit code, peak RSS in MiB, stdout) of `azlint check .` in cwd."""
    env = dict(os.environ, AZURE_API_KEY="placeholder-azure-key", LITELLM_MASTER_KEY="placeholder-master-key")
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen([azlint, "check", "--no-color", "."], cwd=cwd, stdout=out, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        err = p.stderr.read().decode(errors="replace")
        out.seek(0)
        text = out.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code < 0 or "Sanitizer" in err or "runtime error" in err:
        raise SystemExit("FAIL: azlint crashed (%d):\n%s" % (code, err[-2000:]))
    return code, usage.ru_maxrss / 1024.0, text


def check_output(text, names):
    """The findings of every librechat.yaml and openclaw.json5 (whose proxy has no drop_params), in
    the order of the files, then the summary."""
    shown = [line.split(":", 1)[0] for line in text.splitlines() if line.startswith("./team-")]
    firsts = []
    for s in shown:
        if not firsts or firsts[-1] != s:
            firsts.append(s)
    want = ["./" + n for n in names if not n.endswith("litellm_config.yaml")]
    if firsts != want:
        raise SystemExit("FAIL: findings not in file order (%d files shown, %d expected)" % (len(firsts), len(want)))
    summary = text.splitlines()[-1]
    if " in %d files checked against " % len(names) not in summary:
        raise SystemExit("FAIL: summary %r" % summary)
    if "placeholder-azure-key" in text or "placeholder-master-key" in text:
        raise SystemExit("FAIL: a secret reached the output")


def main():
    azlint = sys.argv[1]
    check_rss = "--no-rss" not in sys.argv
    peaks = {}
    for n in (SMALL, LARGE):
        with tempfile.TemporaryDirectory() as tmp:
            names = write_tree(tmp, n)
            code, peak, text = run(azlint, tmp)
            if code != 1:
                raise SystemExit("FAIL: %d files: exit %d, expected 1" % (len(names), code))
            check_output(text, sorted(names))
            peaks[len(names)] = peak
            print("%d files: peak %.1f MiB" % (len(names), peak))
    (small, p_small), (large, p_large) = sorted(peaks.items())
    per_file = (p_large - p_small) * 1024 / (large - small)
    print("%.2f KiB a file (bound %.1f)" % (per_file, PER_FILE_KIB))
    if check_rss and per_file > PER_FILE_KIB:
        print("FAIL: peak memory grows by %.2f KiB a file, bound %.1f" % (per_file, PER_FILE_KIB))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
