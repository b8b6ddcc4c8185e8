#!/usr/bin/env python3
"""Hostile inputs stay within bounds: `azlint check` on each ends in time with the expected exit
code, and its peak memory (the child's maximum resident set, from wait4) stays under a small
multiple of the input's size above the memory of linting a tiny file.

usage: bounds.py AZLINT_BINARY CASE [--no-rss]      (`bounds.py list` prints the cases)

--no-rss keeps the run and exit checks but not the memory bound (sanitizer builds, whose shadow
memory and quarantine are not the program's own).
"""
import os, random, subprocess, sys, tempfile, time

MiB = 1 << 20
LIMIT = 16 * MiB  # azlint's default --max-file-size
GROUP = ('      - group: "g{i}"\n        apiKey: "${{AZURE_API_KEY}}"\n        instanceName: "contoso-{i}"\n'
         '        version: "2024-10-21"\n        models:\n          gpt-4o-{i}:\n            deploymentName: "gpt-4o"\n')
HEAD = 'version: 1.2.1\nendpoints:\n  azureOpenAI:\n    groups:\n'


# What a tree at the node budget, the findings kept (--max-findings) and the schema validator's
# errors may take together, whatever the input's size.
BUDGET_MIB = 128


def fill(head, unit, size, tail=""):
    """head + unit.format(i=0..) repeated until the text is just under size bytes, + tail."""
    parts, n, i = [head], len(head) + len(tail), 0
    while True:
        u = unit.format(i=i)
        if n + len(u) > size:
            break
        parts.append(u)
        n += len(u)
        i += 1
    return "".join(parts) + tail


def nested_json5(depth):
    return '{"models": {"providers": ' + '{"a": ' * depth + '1' + '}' * depth + '}}'


def alias_bomb():
    t, prev = "a: &a [x, x, x, x, x, x, x, x, x]\n", "a"
    for c in "bcdefghij":
        t += "%s: &%s [%s]\n" % (c, c, ", ".join(["*" + prev] * 9))
        prev = c
    return t


def comment_padded(unit, pad):
    """unit with a comment line of pad bytes before it: bytes without nodes."""
    return "# " + "." * pad + "\n" + unit


# name -> (file name, text or bytes generator, expected exit codes, memory bound: "size" = a
# multiple of the input's size, or MiB above the tiny file's). The 16 MiB files are at the size
# limit; "max-nodes" ones stay just under the node budget (250 000), so every rule runs on them.
# Smaller inputs that reach the node budget or the findings cap get the budget's fixed bound.
CASES = {
    "max-nodes-16mib-librechat": ("librechat.yaml", lambda: fill(HEAD, comment_padded(GROUP, 900), LIMIT - 4096), (0,), "size"),
    "max-nodes-16mib-litellm": ("config.yaml", lambda: fill('litellm_settings:\n  drop_params: true\nmodel_list:\n', comment_padded(
        '  - model_name: m{i}\n    litellm_params:\n      model: azure/gpt-4o\n'
        '      api_base: https://contoso.openai.azure.com\n      api_key: os.environ/AZURE_API_KEY\n'
        '      api_version: "2024-10-21"\n', 1000), LIMIT - 4096), (0,), "size"),
    "max-nodes-16mib-openclaw": ("openclaw.json", lambda: fill('{models: {providers: {\n', comment_padded(
        '  p{i}: {{baseUrl: "http://litellm:4000/v1", api: "openai-completions", models: [{{id: "m{i}", name: "m"}}]}},\n', 1000).replace("# ", "//"),
        LIMIT - 4096, '}}}\n'), (0, 1), "size"),
    "findings-librechat": ("librechat.yaml", lambda: fill(HEAD + '      - group: "g"\n        models:\n',
                                                          '          m{i}: {{deploymentName: "d", temprature: 1}}\n', 3 * MiB // 2), (1,), BUDGET_MIB),
    "wide-mapping-unknown-keys": ("librechat.yaml", lambda: fill(HEAD + '      - group: "g"\n', '        k{i}: 1\n', 1 * MiB),
                                  (1,), BUDGET_MIB),
    "too-many-nodes-16mib": ("librechat.yaml", lambda: fill(HEAD, GROUP, LIMIT - 4096), (1,), "size"),
    "duplicate-keys": ("librechat.yaml", lambda: fill("version: 1.2.1\n", "cache: true\n", 2 * MiB), (1,), BUDGET_MIB),
    "long-scalar-16mib": ("librechat.yaml", lambda: "version: 1.2.1\ncache: \"" + "x" * (LIMIT - 64) + "\"\n", (1,), "size"),
    "binary-16mib": ("librechat.yaml", lambda: random.Random(7).randbytes(LIMIT - 1), (1,), "size"),
    # 254 000 variables: linted whole under the default budget (one node per 16 bytes of
    # --max-file-size; it stopped at 125 000 variables when the budget was 250 000 nodes).
    "env-file-16mib": (".env", lambda: fill("", "OPENAI_API_BASE_URL_{i}=https://contoso.openai.azure.com/openai\n", LIMIT - 4096), (0,), "size"),
    "over-limit-100mb": ("librechat.yaml", lambda: "# " + "x" * (100 * MiB) + "\n", (2,), 8),
    "over-limit-100mb-stdin": ("-", lambda: "# " + "x" * (100 * MiB) + "\n", (2,), 48),
    "deep-flow-yaml": ("librechat.yaml", lambda: "a: " + "[" * 100000 + "]" * 100000 + "\n", (1,), 8),
    "deep-block-yaml": ("librechat.yaml", lambda: "- " * 100000 + "x\n", (1,), 8),
    "deep-json5": ("openclaw.json", lambda: nested_json5(100000), (1,), 8),
    "alias-bomb": ("librechat.yaml", alias_bomb, (1,), 48),
}
# "size": peak memory above the tiny file's <= 8 x the input (16 MiB files at the size limit).
SIZE_MULTIPLE = 8


def run(azlint, path, stdin=None, timeout=60):
    """(exit code, peak RSS in MiB, seconds) of `azlint check path`, output discarded."""
    env = dict(os.environ, AZURE_API_KEY="placeholder")
    t0 = time.monotonic()
    with open(stdin or os.devnull, "rb") as inp:
        p = subprocess.Popen([azlint, "check", "--no-color", path] + (["--stdin-filename", "librechat.yaml"] if stdin else []),
                             stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        deadline = t0 + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                p.kill()
                os.wait4(p.pid, 0)
                raise SystemExit("FAIL: %s still running after %d s" % (path, timeout))
            time.sleep(0.01)
    code = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    if code < 0 or "Sanitizer" in err or "runtime error" in err:
        raise SystemExit("FAIL: %s crashed (%d):\n%s" % (path, code, err[-2000:]))
    return code, usage.ru_maxrss / 1024.0, time.monotonic() - t0


def write_in_child(path, make):
    """Writes make()'s text into path from a forked child, so that this process stays small: a
    child's peak RSS counts the memory of the process that started it."""
    pid = os.fork()
    if pid == 0:
        data = make()
        with open(path, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        os._exit(0)
    if os.waitpid(pid, 0)[1] != 0:
        raise SystemExit("FAIL: could not write %s" % path)


def main():
    if sys.argv[1:] == ["list"]:
        print("\n".join(CASES))
        return 0
    azlint, case = sys.argv[1], sys.argv[2]
    check_rss = "--no-rss" not in sys.argv
    timeout = 60 if check_rss else 180  # sanitizer builds run several times slower
    name, make, exits, bound = CASES[case]
    with tempfile.TemporaryDirectory() as tmp:
        file_name = "librechat.yaml" if name == "-" else name
        tiny = os.path.join(tmp, "tiny", file_name)
        os.makedirs(os.path.dirname(tiny))
        with open(tiny, "w") as f:
            f.write({".yaml": "version: 1.2.1\n", ".json": "{}\n"}.get(os.path.splitext(file_name)[1], "A=1\n"))
        _, base, _ = run(azlint, tiny, timeout=timeout)
        path = os.path.join(tmp, file_name)
        write_in_child(path, make)
        size = os.path.getsize(path) / MiB
        if name == "-":
            code, peak, secs = run(azlint, "-", stdin=path, timeout=timeout)
        else:
            code, peak, secs = run(azlint, path, timeout=timeout)
    print("%s: %.1f MiB input, exit %d, %.1f s, peak %.1f MiB (tiny file: %.1f MiB)" % (case, size, code, secs, peak, base))
    if code not in exits:
        print("FAIL: exit %d, expected %s" % (code, " or ".join(map(str, exits))))
        return 1
    if check_rss:
        limit = SIZE_MULTIPLE * size if bound == "size" else bound
        if peak - base > limit:
            print("FAIL: %.1f MiB above the tiny file's peak, bound %.0f MiB" % (peak - base, limit))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
