#!/usr/bin/env python3
"""`azlint show` end to end (issue 16): one ctest test per case.

  same-urls     every good.* fixture, examples/valid/ and the `_` fixtures of every gateway: the
                URLs `show --format json` names (for requests it would send) are the URLs
                `verify --dry-run --probe completion` would post to (one resolution, never two)
  json-shape    the versioned JSON shape of the README, for every gateway
  text          the text table: request line, parts and where each came from
  usage         exit 2: --format xml, an unreadable file, a --model matching nothing (did you mean)
  unresolved    an unset ${INSTANCE_NAME} is shown as written, with the variable named, not guessed
  roles         titleModel, summaryModel only for the releases that read it, OpenClaw default and
                fallbacks, a bundled-provider ref whose URL OpenClaw chooses
  params        LibreChat addParams/dropParams, LiteLLM drop_params/additional_drop_params,
                OpenClaw compat, each with its line
  against       --against prints only what differs between two releases
  openwebui     Open WebUI's classic Azure route as backend/open_webui/routers/openai.py builds it
                (convert_to_azure_payload: f'{url}/openai/deployments/{quote(model, safe="")}', then
                /chat/completions?api-version=, default 2023-03-15-preview), the URL the rules quote
  rule-urls     every fixture and example: each request URL a URL rule quotes (`requests go to …`)
                is the URL `show --format json` gives for the model(s) whose endpoint is read from
                the node the finding is at (else of a model of the file; the rules read the
                gateway's one resolution)

usage: run_case.py list | run_case.py AZLINT CASE
"""
import glob, json, os, re, subprocess, sys, tempfile

ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CASES = ["same-urls", "json-shape", "text", "usage", "unresolved", "roles", "params", "against", "openwebui",
         "openclaw-responses", "rule-urls"]
CONFIG_EXT = (".yaml", ".yml", ".json", ".json5", ".env")


def run(argv, cwd=ROOT, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_", "OPENAI_", "INSTANCE_"))}
    env.update(env_extra or {})
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def show_json(azlint, args, cwd=ROOT, env_extra=None):
    r = run([azlint, "show", "--format", "json"] + args, cwd, env_extra)
    if r.returncode != 0:
        raise AssertionError("show %s exited %d: %s" % (args, r.returncode, r.stderr))
    return json.loads(r.stdout)


def models(doc):
    return [m for f in doc["files"] for m in f["models"]]


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def corpus():
    files = []
    for pattern in ("examples/valid/**/*", "fixtures/*/*/good*", "fixtures/*/_*/*"):
        for p in sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True)):
            if os.path.isfile(p) and p.endswith(CONFIG_EXT) and not os.path.basename(p).startswith(".env"):
                files.append(os.path.relpath(p, ROOT))
    return files


def case_same_urls(azlint):
    checked = urls = 0
    failures = []
    for f in corpus():
        s = run([azlint, "show", "--format", "json", "--no-env", f])
        v = run([azlint, "verify", "--dry-run", "--probe", "completion", "--no-env", f])
        if s.returncode not in (0, 2) or v.returncode not in (0, 2):
            failures.append("%s: show exited %d, verify %d" % (f, s.returncode, v.returncode))
            continue
        if s.returncode == 2 or not s.stdout.strip():
            continue  # not parsed: verify refuses it too
        shown = {m["request"]["url"] for m in models(json.loads(s.stdout))
                 if m["request"]["url"] and "not_sent" not in m}
        sent = {line.split(" ", 3)[3] for line in v.stdout.splitlines()
                if line.startswith("  POST ") and "/oauth2/v2.0/token" not in line}
        checked += 1
        urls += len(shown)
        if shown != sent:
            failures.append("%s:\n  show only:   %s\n  verify only: %s" % (f, sorted(shown - sent), sorted(sent - shown)))
    print("%d files, %d URLs compared" % (checked, urls))
    assert not failures, "\n".join(failures)
    assert checked >= 40 and urls >= 40, "too few files or URLs compared (%d, %d)" % (checked, urls)


def case_json_shape(azlint):
    doc = show_json(azlint, ["examples/valid/librechat.yaml", "examples/valid/openclaw-litellm/"])
    assert doc["version"] == 1 and set(doc) == {"version", "files"}, doc.keys()
    gateways = {f["gateway"] for f in doc["files"]}
    assert gateways == {"librechat", "litellm", "openclaw"}, gateways
    for f in doc["files"]:
        assert set(f) == {"file", "gateway", "target", "models"}, f.keys()
        assert f["target"].startswith(f["gateway"] + "@"), f["target"]
        for m in f["models"]:
            assert {"model", "line", "column", "role", "request", "provenance", "unresolved"} <= set(m), m.keys()
            assert m["role"] in ("model", "titleModel", "summaryModel", "default", "fallback"), m["role"]
            req = m["request"]
            assert set(req) == {"method", "url", "deployment", "api_version", "route", "auth", "params"}, req.keys()
            assert req["route"] in ("deployments", "v1", "serverless", "proxy", None), req["route"]
            assert req["auth"] in ("api-key", "bearer", "entra-client-credentials", "none"), req["auth"]
            assert set(req["params"]) == {"added", "dropped"}
            for part, p in m["provenance"].items():
                assert set(p) == {"file", "line", "column", "via", "var", "env_source"}, (part, p)
                assert p["via"] in ("config", "env", "default"), p
    gpt = next(m for m in models(doc) if m["model"] == "gpt-4o")
    assert gpt["request"]["url"] == ("https://contoso-westus.openai.azure.com/openai/deployments/gpt-4o/chat/"
                                     "completions?api-version=2024-10-21"), gpt
    key = gpt["provenance"]["auth"]
    assert key["via"] == "env" and key["var"] == "WESTUS_API_KEY" and key["env_source"] == "examples/valid/.env:2", key
    assert (key["file"], key["line"]) == ("examples/valid/librechat.yaml", 16), key
    # The group's deploymentName, inherited: its line is the group's.
    turbo = next(m for m in models(doc) if m["model"] == "gpt-4-turbo")
    assert turbo["provenance"]["deployment"]["line"] == 31, turbo["provenance"]
    # OpenClaw names models provider/model; the proxy route has no api-version.
    oc = next(m for m in models(doc) if m["model"] == "azure-litellm/gpt-4o-mini")
    assert oc["request"]["route"] == "proxy" and oc["request"]["api_version"] is None and oc["request"]["auth"] == "bearer", oc
    # LiteLLM: every deployment of a model_name.
    with tempfile.TemporaryDirectory() as d:
        write(d, "config.yaml", "model_list:\n"
              "  - model_name: gpt-4o\n    litellm_params: {model: azure/east, api_base: https://east.openai.azure.com, api_key: k, api_version: 2024-10-21}\n"
              "  - model_name: gpt-4o\n    litellm_params: {model: azure/west, api_base: https://west.openai.azure.com, api_key: k, api_version: 2024-10-21}\n")
        ms = models(show_json(azlint, ["--model", "gpt-4o", "config.yaml"], d))
        assert [m["request"]["deployment"] for m in ms] == ["east", "west"], ms


def case_text(azlint):
    r = run([azlint, "show", "examples/valid/librechat.yaml", "--model", "gpt-4-turbo"])
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "examples/valid/librechat.yaml: LibreChat (librechat@0.8.524)", lines[0]
    assert lines[1].split() == ["gpt-4-turbo", "(model)", "examples/valid/librechat.yaml:35:11"], lines[1]
    assert lines[2].strip() == ("POST https://contoso-sweden.openai.azure.com/openai/deployments/gpt-4-turbo/chat/"
                                "completions?api-version=2024-05-01-preview"), lines[2]
    rows = {l.split()[0]: l.split() for l in lines[3:]}
    assert rows["deployment"][1:] == ["gpt-4-turbo", "examples/valid/librechat.yaml:31:25"], rows["deployment"]
    assert rows["auth"][-3:] == ["(examples/valid/.env:3)", "via", "examples/valid/librechat.yaml:29:17"], rows["auth"]
    assert "SWEDEN" in " ".join(rows["auth"]) and "sk-" not in r.stdout


def case_usage(azlint):
    r = run([azlint, "show", "--format", "xml", "examples/valid/librechat.yaml"])
    assert r.returncode == 2, (r.returncode, r.stderr)
    r = run([azlint, "show", "does-not-exist.yaml"])
    assert r.returncode == 2 and "does-not-exist.yaml" in r.stderr, (r.returncode, r.stderr)
    r = run([azlint, "show", "--model", "gpt-4-turb", "examples/valid/librechat.yaml"])
    assert r.returncode == 2 and 'did you mean "gpt-4-turbo"' in r.stderr, (r.returncode, r.stderr)
    assert r.stdout == "", r.stdout
    r = run([azlint, "show", "--target", "librechat@9.9.9", "examples/valid/librechat.yaml"])
    assert r.returncode == 2, (r.returncode, r.stderr)
    r = run([azlint, "show", "--model", "gpt-4-turbo", "examples/valid/librechat.yaml"])
    assert r.returncode == 0, (r.returncode, r.stderr)


LIBRECHAT_UNSET = """\
version: 1.2.1
endpoints:
  azureOpenAI:
    titleModel: gpt-4o
    summarize: true
    summaryModel: gpt-4o
    groups:
      - group: east
        apiKey: "${EAST_KEY}"
        instanceName: "${INSTANCE_NAME}"
        version: "2024-10-21"
        addParams: {temperature: 0.2, safety: "strict"}
        dropParams: ["stop", "user"]
        models:
          gpt-4o: {deploymentName: gpt-4o-prod}
"""


def case_unresolved(azlint):
    with tempfile.TemporaryDirectory() as d:
        write(d, "librechat.yaml", LIBRECHAT_UNSET)
        write(d, ".env", "EAST_KEY=sk-not-a-real-key-0000000000000000\n")
        m = models(show_json(azlint, ["--no-env", "librechat.yaml"], d))[0]
        assert m["request"]["url"] == ("https://${INSTANCE_NAME}.openai.azure.com/openai/deployments/gpt-4o-prod/chat/"
                                       "completions?api-version=2024-10-21"), m["request"]
        assert m["unresolved"] == ["INSTANCE_NAME"], m
        assert "not_sent" in m and "INSTANCE_NAME" in m["not_sent"], m
        end = m["provenance"]["endpoint"]
        assert end["via"] == "env" and end["var"] == "INSTANCE_NAME" and end["env_source"] is None and end["line"] == 10, end
        r = run([azlint, "show", "--no-env", "librechat.yaml"], d)
        assert "(INSTANCE_NAME unset)" in r.stdout and "0000000000" not in r.stdout, r.stdout
        # Set, it resolves.
        m = models(show_json(azlint, ["--no-env", "librechat.yaml"], d + "/")) and None
        write(d, ".env", "EAST_KEY=sk-not-a-real-key-0000000000000000\nINSTANCE_NAME=contoso-east\n")
        m = models(show_json(azlint, ["--no-env", "librechat.yaml"], d))[0]
        assert m["request"]["url"].startswith("https://contoso-east.openai.azure.com/"), m
        assert m["unresolved"] == [] and "not_sent" not in m, m
        assert m["provenance"]["endpoint"]["env_source"] == ".env:2", m["provenance"]


OPENCLAW = """{
  models: {
    providers: {
      "azure-east": {
        baseUrl: "https://contoso-east.openai.azure.com/openai/v1",
        apiKey: "${AZURE_EAST_KEY}",
        api: "openai-completions",
        models: [
          { id: "gpt-4o", name: "GPT-4o", compat: { supportsStore: false, maxTokensField: "max_completion_tokens" } },
          { id: "o4-mini", name: "o4-mini" },
        ],
      },
      "azure-old": {
        baseUrl: "https://contoso-old.openai.azure.com",
        apiKey: "${AZURE_EAST_KEY}",
        api: "openai-completions",
        models: [{ id: "gpt-4o", name: "GPT-4o" }],
      },
    },
  },
  agents: { defaults: { model: { primary: "azure-east/gpt-4o", fallbacks: ["azure-east/o4-mini", "openai/gpt-4.1"] } } },
}
"""


def case_roles(azlint):
    with tempfile.TemporaryDirectory() as d:
        write(d, "librechat.yaml", LIBRECHAT_UNSET)
        write(d, ".env", "EAST_KEY=k\nINSTANCE_NAME=contoso-east\n")
        new = models(show_json(azlint, ["--no-env", "librechat.yaml"], d))
        assert [m["role"] for m in new] == ["model", "titleModel"], [m["role"] for m in new]
        assert new[1]["line"] == 4 and new[1]["request"]["url"] == new[0]["request"]["url"], new[1]
        old = models(show_json(azlint, ["--no-env", "--target", "librechat@0.7.6998", "librechat.yaml"], d))
        assert [m["role"] for m in old] == ["model", "titleModel", "summaryModel"], [m["role"] for m in old]
        write(d, "openclaw.json5", OPENCLAW)
        oc = {m["model"]: m for m in models(show_json(azlint, ["--no-env", "openclaw.json5"], d))}
        assert oc["azure-east/gpt-4o"]["role"] == "default", oc
        assert oc["azure-east/o4-mini"]["role"] == "fallback", oc
        assert oc["azure-east/gpt-4o"]["request"]["route"] == "v1", oc["azure-east/gpt-4o"]
        assert oc["azure-east/gpt-4o"]["request"]["url"] == "https://contoso-east.openai.azure.com/openai/v1/chat/completions"
        bundled = oc["openai/gpt-4.1"]
        assert bundled["role"] == "fallback" and bundled["request"]["url"] is None, bundled
        assert "chosen by OpenClaw" in bundled["note"], bundled
        # The key's variable is unset: named, the request shown, not probed.
        g = oc["azure-east/gpt-4o"]
        assert g["unresolved"] == ["AZURE_EAST_KEY"] and g["provenance"]["auth"]["var"] == "AZURE_EAST_KEY", g
        # The plain OpenAI client on Azure's v1 route: the key as Bearer, no api-version.
        assert g["request"]["auth"] == "bearer" and g["request"]["api_version"] is None and "not_sent" in g, g
        # Without /openai/v1 the plain client posts to {baseUrl}/chat/completions: what
        # openclaw/azure-direct says, the same URL.
        old = oc["azure-old/gpt-4o"]
        assert old["request"]["url"] == "https://contoso-old.openai.azure.com/chat/completions", old
        assert old["request"]["route"] == "proxy" and "azure-direct" in old["note"], old
        r = run([azlint, "check", "--no-env", "--format", "json", "openclaw.json5"], d)
        direct = [dg["message"] for dg in json.loads(r.stdout)["diagnostics"] if dg["rule"] == "openclaw/azure-direct"]
        assert len(direct) == 1 and '"https://contoso-old.openai.azure.com/chat/completions"' in direct[0], direct
        # verify probes each request once: the titleModel and the bundled ref are not targets.
        r = run([azlint, "verify", "--dry-run", "--no-env", "librechat.yaml", "openclaw.json5"], d)
        assert "verify: 4 targets" in r.stdout, r.stdout  # gpt-4o, azure-east/gpt-4o, azure-east/o4-mini, azure-old/gpt-4o


def case_params(azlint):
    with tempfile.TemporaryDirectory() as d:
        write(d, "librechat.yaml", LIBRECHAT_UNSET)
        m = models(show_json(azlint, ["--no-env", "librechat.yaml"], d))[0]
        assert m["request"]["params"] == {"added": {"temperature": 0.2, "safety": "strict"}, "dropped": ["stop", "user"]}, m
        assert m["provenance"]["params.added.temperature"]["line"] == 12, m["provenance"]
        assert m["provenance"]["params.dropped.user"]["line"] == 13, m["provenance"]
        write(d, "config.yaml", "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt-4o\n"
              "      api_base: https://east.openai.azure.com\n      api_key: k\n      additional_drop_params: [\"store\"]\n"
              "litellm_settings:\n  drop_params: true\n")
        m = models(show_json(azlint, ["--no-env", "config.yaml"], d))[0]
        assert m["request"]["params"]["dropped"] == ["(unsupported)", "store"], m["request"]
        assert m["provenance"]["params.dropped.(unsupported)"]["line"] == 9, m["provenance"]
        assert m["request"]["api_version"] == "2025-02-01-preview" and m["provenance"]["api_version"]["via"] == "default", m
        write(d, "openclaw.json5", OPENCLAW)
        m = next(m for m in models(show_json(azlint, ["--no-env", "openclaw.json5"], d)) if m["model"] == "azure-east/gpt-4o")
        assert m["request"]["params"]["dropped"] == ["store", "max_tokens"], m["request"]
        assert list(m["request"]["params"]["added"]) == ["max_completion_tokens"], m["request"]


def case_against(azlint):
    with tempfile.TemporaryDirectory() as d:
        write(d, "librechat.yaml", LIBRECHAT_UNSET)
        write(d, ".env", "EAST_KEY=k\nINSTANCE_NAME=contoso-east\n")
        r = run([azlint, "show", "--no-env", "--target", "librechat@0.7.6998", "--against", "librechat@0.8.524", "librechat.yaml"], d)
        assert r.returncode == 0, r.stderr
        lines = r.stdout.splitlines()
        assert lines[0] == "librechat.yaml: librechat@0.7.6998 against librechat@0.8.524", lines
        # Only the summaryModel differs (0.8.501 on no longer reads it); the models' requests are the same.
        assert all("summaryModel" in l for l in lines[1:]) and len(lines) > 1, lines
        doc = show_json(azlint, ["--no-env", "--target", "librechat@0.7.6998", "--against", "librechat@0.8.524", "librechat.yaml"], d)
        ms = models(doc)
        assert [m["role"] for m in ms] == ["summaryModel"], ms
        assert ms[0]["differs"]["url"]["against"] == "(not listed)", ms[0]
        r = run([azlint, "show", "--no-env", "--against", "librechat@0.8.524", "librechat.yaml"], d)
        assert r.stdout.splitlines()[1:] == ["  no differences"], r.stdout
        r = run([azlint, "show", "--no-env", "--against", "openclaw@2026.9.6", "librechat.yaml"], d)
        assert r.returncode == 2 and "none of the files given is for openclaw" in r.stderr, (r.returncode, r.stderr)


OPENWEBUI = """{
  "openai": {
    "api_base_urls": ["https://contoso-east.openai.azure.com/openai", "https://contoso-west.openai.azure.com/"],
    "api_keys": ["", ""],
    "api_configs": {
      "0": {"azure": true, "api_version": "2024-10-21", "model_ids": ["gpt-4o"]},
      "1": {"azure": true, "model_ids": ["gpt 4o mini"]},
    },
  },
}
"""


def case_openwebui(azlint):
    with tempfile.TemporaryDirectory() as d:
        write(d, "config.json5", OPENWEBUI)
        ms = models(show_json(azlint, ["--no-env", "--dialect", "openwebui", "config.json5"], d))
        east, west = ms
        # The URL as written, `/openai` included: Open WebUI appends /openai/deployments itself.
        assert east["request"]["url"] == ("https://contoso-east.openai.azure.com/openai/openai/deployments/gpt-4o/chat/"
                                          "completions?api-version=2024-10-21"), east
        # quote(model, safe=''), the trailing slash trimmed, the default api-version (no line: a default).
        assert west["request"]["url"] == ("https://contoso-west.openai.azure.com/openai/deployments/gpt%204o%20mini/chat/"
                                          "completions?api-version=2023-03-15-preview"), west
        assert west["provenance"]["api_version"]["via"] == "default" and west["provenance"]["api_version"]["line"] is None
        # The rules quote the same URLs.
        r = run([azlint, "check", "--no-env", "--dialect", "openwebui", "--format", "json", "config.json5"], d)
        messages = " ".join(dg["message"] for dg in json.loads(r.stdout)["diagnostics"])
        assert east["request"]["url"] in messages, messages
        assert west["request"]["url"] in messages, messages


OPENCLAW_RESPONSES = """{models: {providers: {
  az: {baseUrl: "https://contoso-eastus.openai.azure.com", api: "azure-openai-responses", apiKey: "k-config-1",
       models: [{id: "gpt-5"}]},
  r: {baseUrl: "https://contoso-eastus.openai.azure.com/openai/v1", api: "openai-responses", apiKey: "k-config-2",
      models: [{id: "gpt-4o"}]}}}}
"""


def case_openclaw_responses(azlint):
    """OpenClaw's azure-openai-responses adapter as its agent turns run it (@openclaw/ai transports.ts
    createAzureOpenAIClient: the baseUrl as written, AzureOpenAI client with api-version
    AZURE_OPENAI_API_VERSION or "preview", POST /responses; what openclaw_oracle.mjs records) and the
    plain client's openai-responses ({baseUrl}/responses, no api-version)."""
    with tempfile.TemporaryDirectory() as d:
        write(d, "openclaw.json5", OPENCLAW_RESPONSES)
        ms = {m["model"]: m for m in models(show_json(azlint, ["--no-env", "openclaw.json5"], d))}
        az, r = ms["az/gpt-5"]["request"], ms["r/gpt-4o"]["request"]
        assert az["url"] == "https://contoso-eastus.openai.azure.com/responses?api-version=preview", az
        assert (az["route"], az["api_version"], az["auth"]) == ("serverless", "preview", "api-key"), az
        assert r["url"] == "https://contoso-eastus.openai.azure.com/openai/v1/responses", r
        assert (r["api_version"], r["auth"]) == (None, "bearer"), r
        ms = {m["model"]: m for m in models(show_json(azlint, ["openclaw.json5"], d, {"AZURE_OPENAI_API_VERSION": "2024-12-01-preview"}))}
        az = ms["az/gpt-5"]
        assert az["request"]["url"].endswith(".azure.com/responses?api-version=2024-12-01-preview"), az
        assert az["provenance"]["api_version"]["var"] == "AZURE_OPENAI_API_VERSION", az["provenance"]


# The rules that quote the request URL a model's request goes to.
URL_RULES = {"librechat/base-url-no-deployment", "litellm/api-base-path", "openclaw/azure-direct",
             "openwebui/azure-url-format", "openwebui/azure-api-version"}
QUOTED_URL = re.compile(r'(?:go to|requests to) "?(https?://[^\s"]+)"?(?: \(model "([^"]*)"\))?')


def fixture_target(path):
    with open(os.path.join(ROOT, path), errors="replace") as f:
        m = re.search(r"(?:#|//) fixture-target:\s*(\S+)", f.read())
    return ["--target", m.group(1)] if m else []


def case_rule_urls(azlint):
    files = []
    for pattern in ("examples/**/*", "fixtures/*/*/*"):
        for p in sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True)):
            if os.path.isfile(p) and p.endswith(CONFIG_EXT) and not os.path.basename(p).startswith(".env"):
                files.append(os.path.relpath(p, ROOT))
    compared = 0
    rules_seen = set()
    failures = []
    for f in files:
        target = fixture_target(f)
        c = run([azlint, "check", "--format", "json", "--no-env"] + target + [f])
        if c.returncode not in (0, 1):
            continue  # not parsed or not a config of a gateway
        quoted = [(d, m) for d in json.loads(c.stdout)["diagnostics"] if d["rule"] in URL_RULES
                  for m in [QUOTED_URL.search(d["message"])] if m and "{deployment}" not in m.group(1)]
        if not quoted:
            continue
        shown = models(show_json(azlint, ["--no-env"] + target + [f]))
        for d, m in quoted:
            url, model = m.group(1), m.group(2)
            at = [s for s in shown if not s.get("alias") and s["provenance"].get("endpoint")
                  and (s["provenance"]["endpoint"]["line"], s["provenance"]["endpoint"]["column"]) == (d["line"], d["column"])]
            # A connection the gateway does not send Azure requests for (Open WebUI's plain
            # OpenAI mode) has no resolution: its URL is the rule's own.
            if not at and ("not in Azure mode" in d["message"] or "plain OpenAI connections" in d["message"]):
                continue
            # A finding at another node than the URL (a missing setting, reported at its entry):
            # the URL of one of the file's requests.
            at = at or [s for s in shown if not s.get("alias")]
            urls = {s["request"]["url"] for s in at if model is None or s["model"].endswith(model)}
            rules_seen.add(d["rule"])
            compared += 1
            if url not in urls:
                failures.append("%s:%d:%d [%s] quotes %s; show: %s" % (f, d["line"], d["column"], d["rule"], url, sorted(urls)))
    print("%d quoted URLs compared (%s)" % (compared, ", ".join(sorted(rules_seen))))
    assert not failures, "\n".join(failures)
    assert rules_seen == URL_RULES, "no quoted URL compared for %s" % sorted(URL_RULES - rules_seen)
    assert compared >= 10, "too few quoted URLs compared (%d)" % compared


def main():
    if sys.argv[1:] == ["list"]:
        print("\n".join(CASES))
        return 0
    azlint, case = os.path.abspath(sys.argv[1]), sys.argv[2]
    globals()["case_" + case.replace("-", "_")](azlint)
    print("ok: " + case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
