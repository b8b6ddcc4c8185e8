"""The `azlint verify` front of the secret audit: LibreChat, LiteLLM and OpenClaw configs whose
keys (literal, or from the environment) meet the mock Azure server (tests/verify/mock_azure.py,
set up by tests/verify/run_case.py's helpers) answering ok, 401, 404, 500 echoing the key,
unreachable and TLS errors; run with --verbose in every format and as a dry run.
"""
import contextlib, json, os, shutil, subprocess, sys, tempfile

from planted import SECRETS, fill

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "verify"))
import run_case  # noqa: E402  (make_certs, start_mock, connect_to)

LIBRECHAT = """\
version: 1.2.1
endpoints:
  azureOpenAI:
    groups:
      - group: "literal"
        apiKey: "@VERIFY_KEY@"
        instanceName: "contoso-eastus"
        version: "2024-10-21"
        models:
          ok: {deploymentName: "gpt-4o"}
          missing: {deploymentName: "gpt-4o-prod"}
          echo: {deploymentName: "broken-gpt-4o"}
          "@LC_MODEL_NAME_KEY@": {deploymentName: "gpt-4o-mini"}
      - group: "rejected"
        apiKey: "@VERIFY_BAD_KEY@"
        instanceName: "contoso-eastus"
        version: "2024-10-21"
        models:
          rejected: {deploymentName: "gpt-4o"}
          rejected-echo: {deploymentName: "broken-gpt-4o"}
      - group: "fromenv"
        apiKey: "${VERIFY_ENV}"
        instanceName: "contoso-eastus"
        version: "2024-10-21"
        models:
          envok: {deploymentName: "gpt-4o"}
          envecho: {deploymentName: "broken-gpt-4o"}
      - group: "dead"
        apiKey: "@VERIFY_KEY@"
        instanceName: "dead"
        version: "2024-10-21"
        models:
          unreachable: {deploymentName: "gpt-4o"}
      - group: "url-credentials"
        apiKey: "@VERIFY_KEY@"
        version: "2024-10-21"
        baseURL: "https://probe:@VERIFY_URL_PASSWORD@@contoso-eastus.openai.azure.com/openai/deployments/${DEPLOYMENT_NAME}"
        models:
          urlok: {deploymentName: "gpt-4o"}
      - group: "untrusted"
        apiKey: "@VERIFY_KEY@"
        version: "2024-10-21"
        baseURL: "https://probe:@VERIFY_URL_PASSWORD@@untrusted.example.test/openai/deployments/${DEPLOYMENT_NAME}"
        models:
          tls: {deploymentName: "gpt-4o"}
"""

LITELLM = """\
model_list:
  - model_name: lit-ok
    litellm_params: {model: azure/gpt-4o, api_base: "https://contoso-eastus.openai.azure.com", api_key: "@VERIFY_KEY@", api_version: "2024-10-21"}
  - model_name: lit-env
    litellm_params: {model: azure/gpt-4o, api_base: "https://contoso-eastus.openai.azure.com", api_key: os.environ/VERIFY_ENV, api_version: "2024-10-21"}
  - model_name: lit-rejected
    litellm_params: {model: azure/gpt-4o, api_base: "https://contoso-eastus.openai.azure.com", api_key: "@VERIFY_BAD_KEY@", api_version: "2024-10-21"}
  - model_name: lit-echo
    litellm_params: {model: azure/broken-gpt-4o, api_base: "https://contoso-eastus.openai.azure.com", api_key: os.environ/VERIFY_ENV, api_version: "2024-10-21"}
  - model_name: lit-missing
    litellm_params: {model: azure/gpt-4o-prod, api_base: "https://svc:@VERIFY_URL_PASSWORD@@contoso-eastus.openai.azure.com", api_key: "@VERIFY_KEY@", api_version: "2024-10-21"}
  - model_name: lit-tls
    litellm_params: {model: azure/gpt-4o, api_base: "https://untrusted.example.test", api_key: os.environ/VERIFY_ENV, api_version: "2024-10-21"}
  - model_name: lit-entra
    litellm_params: {model: azure/gpt-4o, api_base: "https://contoso-eastus.openai.azure.com", tenant_id: t-audit, client_id: c-audit, client_secret: os.environ/VERIFY_SECRET, api_version: "2024-10-21"}
  - model_name: lit-entra-bad
    litellm_params: {model: azure/gpt-4o-mini, api_base: "https://contoso-eastus.openai.azure.com", tenant_id: t-audit, client_id: c-audit, client_secret: "@LL_CLIENT_SECRET@", api_version: "2024-10-21"}
  - model_name: lit-token-bad
    litellm_params: {model: azure/gpt-4o, api_base: "https://contoso-eastus.openai.azure.com", azure_ad_token: "@LL_AD_TOKEN@", api_version: "2024-10-21"}
"""

OPENCLAW = """\
{
  // the proxy key comes from the environment; the direct Azure provider holds its key literally
  // (apiKey and the api-key header, as OpenClaw's onboarding writes them: without an apiKey
  // OpenClaw sends nothing to Azure)
  models: { providers: {
    proxy: { baseUrl: "http://localhost:4000/v1", apiKey: "${VERIFY_PROXY}", api: "openai-completions",
             models: [{ id: "gpt-4o", name: "GPT-4o" }, { id: "gpt-4o-typo", name: "typo" }] },
    wrongproxy: { baseUrl: "http://localhost:4000/v1", apiKey: "@OC_PROVIDER_KEY@", api: "openai-completions",
                  models: [{ id: "gpt-4o", name: "GPT-4o" }] },
    direct: { baseUrl: "https://contoso-eastus.openai.azure.com/openai/v1", api: "azure-openai-responses",
              apiKey: "@VERIFY_KEY@", authHeader: false, headers: { "api-key": "@VERIFY_KEY@" }, models: [{ id: "gpt-4o-mini", name: "mini" }] },
    directbad: { baseUrl: "https://contoso-eastus.openai.azure.com/openai/v1", api: "azure-openai-responses",
                 apiKey: "@OC_HEADER_KEY@", authHeader: false, headers: { "api-key": "@OC_HEADER_KEY@" }, models: [{ id: "gpt-4o", name: "4o" }] },
  } },
}
"""

FILES = {"librechat.yaml": LIBRECHAT, "litellm_config.yaml": LITELLM, "openclaw.json": OPENCLAW}

# label suffix -> the status verify must report
EXPECT = {
    'model "ok"': "ok", 'model "missing"': "deployment-not-found", 'model "echo"': "unexpected",
    'model "rejected"': "auth-failed", 'model "rejected-echo"': "auth-failed", 'model "envok"': "ok",
    'model "envecho"': "unexpected", 'model "unreachable"': "unreachable", 'model "urlok"': "ok",
    'model "tls"': "tls-error",
    'model "lit-ok"': "ok", 'model "lit-env"': "ok", 'model "lit-rejected"': "auth-failed", 'model "lit-echo"': "unexpected",
    'model "lit-missing"': "deployment-not-found", 'model "lit-tls"': "tls-error", 'model "lit-entra"': "ok",
    'model "lit-entra-bad"': "auth-failed", 'model "lit-token-bad"': "auth-failed",
    'provider "proxy", model "gpt-4o"': "ok", 'provider "proxy", model "gpt-4o-typo"': "deployment-not-found",
    'provider "wrongproxy", model "gpt-4o"': "auth-failed", 'provider "direct", model "gpt-4o-mini"': "ok",
    'provider "directbad", model "gpt-4o"': "auth-failed",
}

ENV = {"VERIFY_ENV": SECRETS["VERIFY_ENV_KEY"], "VERIFY_SECRET": SECRETS["VERIFY_CLIENT_SECRET"],
       "VERIFY_PROXY": SECRETS["VERIFY_PROXY_KEY"], "AZURE_AUTHORITY_HOST": "https://login.microsoftonline.com"}


def write_configs(d, files):
    """The templates (name -> text with @SECRET@ tokens) filled into folder d; their paths."""
    paths = []
    for name, template in files.items():
        paths.append(os.path.join(d, name))
        with open(paths[-1], "w") as f:
            f.write(fill(template))
    return paths


def every_format(base, paths, env, cwd, label, expect, out, problems):
    """`base` + --format F for every format: outputs into `out` (as "<label> --format F (stdout)"),
    exit codes (1 expected) and the JSON run's statuses into `problems`. Returns the JSON run."""
    json_run = None
    for fmt in ("json", "text", "sarif", "github", "junit"):
        r = subprocess.run(base + ["--format", fmt] + paths, env=env, cwd=cwd, capture_output=True, text=True, timeout=60)
        out["%s --format %s (stdout)" % (label, fmt)] = r.stdout
        out["%s --format %s (stderr)" % (label, fmt)] = r.stderr
        if r.returncode != 1:
            problems.append("%s --format %s: exit %d, expected 1: %s" % (label, fmt, r.returncode, r.stderr[:300]))
        if fmt == "json":
            problems += check_statuses(r.stdout, expect)
            json_run = r
    return json_run


@contextlib.contextmanager
def started(prefix, start):
    """A temporary folder and a server start(folder) -> (process, details…) in it: yields
    (folder, details); the server stopped and the folder removed after."""
    d = tempfile.mkdtemp(prefix=prefix)
    server = None
    try:
        server = start(d)
        yield d, server[1:]
    finally:
        if server:
            server[0].terminate()
            server[0].wait()
        shutil.rmtree(d, ignore_errors=True)


def run(binary, base_env):
    """Returns (captured outputs {label: text}, problems [str]); None when openssl is missing."""
    if not shutil.which("openssl"):
        return None
    out, problems = {}, []
    mock_args = ["--accept-key", SECRETS["VERIFY_KEY"], "--accept-key", SECRETS["VERIFY_ENV_KEY"],
                 "--accept-proxy-key", SECRETS["VERIFY_PROXY_KEY"],
                 "--accept-client-secret", SECRETS["VERIFY_CLIENT_SECRET"], "--issue-token", SECRETS["VERIFY_TOKEN"]]
    with started("azlint-secrets-verify-", lambda d: run_case.start_mock(d, mock_args)) as (d, (ca, https_port, http_port, _)):
        cfg = os.path.join(d, "cfg")
        os.mkdir(cfg)
        paths = write_configs(cfg, FILES)
        env = dict(base_env, **ENV)
        # lit-tls sends a key from the environment to a host that is not Azure's: --allow-host.
        base = [binary, "verify", "--verbose", "--timeout", "5", "--cacert", ca, "--allow-host", "untrusted.example.test"] + \
            run_case.connect_to(https_port, http_port)
        r = every_format(base, paths, env, cfg, "verify --verbose", EXPECT, out, problems)
        if r.stderr.count("verify: ") < len(EXPECT):
            problems.append("verify --verbose logged %d requests, expected at least %d" % (r.stderr.count("verify: "), len(EXPECT)))
        r = subprocess.run(base + ["--dry-run"] + paths, env=env, cwd=cfg, capture_output=True, text=True, timeout=60)
        out["verify --dry-run (stdout)"], out["verify --dry-run (stderr)"] = r.stdout, r.stderr
        if "dry run" not in r.stdout:
            problems.append("verify --dry-run printed no plan")
    return out, problems


# Against tests/secrets/echo_server.py: a LiteLLM proxy whose model list holds the caller's token,
# a `Bearer RTKEY-…` and terminal escapes; a token endpoint echoing the client secret
# percent-encoded; a deployment whose 500 echoes the key split over two lines.
ECHO_OPENCLAW = """\
{
  models: { providers: {
    echoproxy: { baseUrl: "http://localhost:4000/v1", apiKey: "${ECHO_PROXY}", api: "openai-completions",
                 models: [{ id: "gpt-4o", name: "GPT-4o" }] },
  } },
}
"""

ECHO_LITELLM = """\
model_list:
  - model_name: echo-split
    litellm_params: {model: azure/gpt-4o, api_base: "https://echo-res.openai.azure.com", api_key: "@ECHO_AZURE_KEY@", api_version: "2024-10-21"}
  - model_name: echo-entra
    litellm_params: {model: azure/gpt-4o, api_base: "https://echo-res.openai.azure.com", tenant_id: t-echo, client_id: c-echo, client_secret: "@ECHO_CLIENT_SECRET@", api_version: "2024-10-21"}
  - model_name: echo-entra-env
    litellm_params: {model: azure/gpt-4o-mini, api_base: "https://echo-res.openai.azure.com", tenant_id: t-echo-env, client_id: c-echo, client_secret: os.environ/ECHO_SECRET, api_version: "2024-10-21"}
"""

ECHO_EXPECT = {'model "echo-split"': "unexpected", 'model "echo-entra"': "auth-failed",
               'model "echo-entra-env"': "auth-failed", 'provider "echoproxy", model "gpt-4o"': "deployment-not-found"}
ECHO_ENV = {"ECHO_PROXY": SECRETS["ECHO_PROXY_KEY"], "ECHO_SECRET": SECRETS["ECHO_ENV_CLIENT_SECRET"],
            "AZURE_AUTHORITY_HOST": "https://login.microsoftonline.com"}


def run_echo(binary, base_env):
    """verify in every format against the echoing server. Returns (outputs, problems); None
    when openssl is missing."""
    if not shutil.which("openssl"):
        return None
    import echo_server
    out, problems = {}, []
    with started("azlint-secrets-echo-", echo_server.start) as (d, (ca, https_port, http_port)):
        paths = write_configs(d, {"openclaw.json": ECHO_OPENCLAW, "litellm_config.yaml": ECHO_LITELLM})
        base = [binary, "verify", "--verbose", "--timeout", "5", "--cacert", ca,
                "--connect-to", "localhost:4000:127.0.0.1:" + http_port, "--connect-to", "::127.0.0.1:" + https_port]
        every_format(base, paths, dict(base_env, **ECHO_ENV), d, "verify (echo)", ECHO_EXPECT, out, problems)
    return out, problems


def check_statuses(stdout, expect=EXPECT):
    try:
        results = json.loads(stdout)["results"]
    except (ValueError, KeyError):
        return ["verify --format json: not JSON:\n" + stdout[:2000]]
    problems = []
    for label, want in expect.items():
        hits = [x for x in results if x["label"].endswith(label)]
        if not hits:
            problems.append("verify: no result for %s" % label)
        for h in hits:
            if h["status"] != want:
                problems.append("verify: %s is %s, expected %s (%s)" % (label, h["status"], want, h["detail"]))
    return problems
