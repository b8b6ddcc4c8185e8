"""The `azlint verify` front of the secret audit: LibreChat, LiteLLM and OpenClaw configs whose
keys (literal, or from the environment) meet the mock Azure server (tests/verify/mock_azure.py,
set up by tests/verify/run_case.py's helpers) answering ok, 401, 404, 500 echoing the key,
unreachable and TLS errors; run with --verbose in every format and as a dry run.
"""
import json, os, shutil, subprocess, sys, tempfile

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
  models: { providers: {
    proxy: { baseUrl: "http://localhost:4000/v1", apiKey: "${VERIFY_PROXY}", api: "openai-completions",
             models: [{ id: "gpt-4o", name: "GPT-4o" }, { id: "gpt-4o-typo", name: "typo" }] },
    wrongproxy: { baseUrl: "http://localhost:4000/v1", apiKey: "@OC_PROVIDER_KEY@", api: "openai-completions",
                  models: [{ id: "gpt-4o", name: "GPT-4o" }] },
    direct: { baseUrl: "https://contoso-eastus.openai.azure.com/openai/v1", api: "azure-openai-responses",
              authHeader: false, headers: { "api-key": "@VERIFY_KEY@" }, models: [{ id: "gpt-4o-mini", name: "mini" }] },
    directbad: { baseUrl: "https://contoso-eastus.openai.azure.com/openai/v1", api: "azure-openai-responses",
                 authHeader: false, headers: { "api-key": "@OC_HEADER_KEY@" }, models: [{ id: "gpt-4o", name: "4o" }] },
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


def run(binary, base_env):
    """Returns (captured outputs {label: text}, problems [str]); None when openssl is missing."""
    if not shutil.which("openssl"):
        return None
    d = tempfile.mkdtemp(prefix="azlint-secrets-verify-")
    mock = None
    out, problems = {}, []
    try:
        mock, ca, https_port, http_port, log = run_case.start_mock(d, [
            "--accept-key", SECRETS["VERIFY_KEY"], "--accept-key", SECRETS["VERIFY_ENV_KEY"],
            "--accept-proxy-key", SECRETS["VERIFY_PROXY_KEY"],
            "--accept-client-secret", SECRETS["VERIFY_CLIENT_SECRET"], "--issue-token", SECRETS["VERIFY_TOKEN"]])
        cfg = os.path.join(d, "cfg")
        os.mkdir(cfg)
        paths = []
        for name, template in FILES.items():
            paths.append(os.path.join(cfg, name))
            with open(paths[-1], "w") as f:
                f.write(fill(template))
        env = dict(base_env, **ENV)
        # lit-tls sends a key from the environment to a host that is not Azure's: --allow-host.
        base = [binary, "verify", "--verbose", "--timeout", "5", "--cacert", ca, "--allow-host", "untrusted.example.test"] + \
            run_case.connect_to(https_port, http_port)
        for fmt in ("json", "text", "sarif", "github", "junit"):
            r = subprocess.run(base + ["--format", fmt] + paths, env=env, cwd=cfg, capture_output=True, text=True, timeout=60)
            out["verify --verbose --format " + fmt + " (stdout)"] = r.stdout
            out["verify --verbose --format " + fmt + " (stderr)"] = r.stderr
            if r.returncode != 1:
                problems.append("verify --format %s: exit %d, expected 1" % (fmt, r.returncode))
            if fmt == "json":
                problems += check_statuses(r.stdout)
                if r.stderr.count("verify: ") < len(EXPECT):
                    problems.append("verify --verbose logged %d requests, expected at least %d" %
                                    (r.stderr.count("verify: "), len(EXPECT)))
        r = subprocess.run(base + ["--dry-run"] + paths, env=env, cwd=cfg, capture_output=True, text=True, timeout=60)
        out["verify --dry-run (stdout)"], out["verify --dry-run (stderr)"] = r.stdout, r.stderr
        if "dry run" not in r.stdout:
            problems.append("verify --dry-run printed no plan")
    finally:
        if mock:
            mock.terminate()
            mock.wait()
        shutil.rmtree(d, ignore_errors=True)
    return out, problems


def check_statuses(stdout):
    try:
        results = json.loads(stdout)["results"]
    except (ValueError, KeyError):
        return ["verify --format json: not JSON:\n" + stdout[:2000]]
    problems = []
    for label, want in EXPECT.items():
        hits = [x for x in results if x["label"].endswith(label)]
        if not hits:
            problems.append("verify: no result for %s" % label)
        for h in hits:
            if h["status"] != want:
                problems.append("verify: %s is %s, expected %s (%s)" % (label, h["status"], want, h["detail"]))
    return problems
