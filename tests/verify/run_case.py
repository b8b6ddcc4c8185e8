#!/usr/bin/env python3
"""One `azlint verify` test case against the mock Azure server (tests/verify/mock_azure.py).

usage: run_case.py AZLINT_BINARY CASE      (CASE: see CASES below; `list` prints them)

Each case: a fresh test CA and server certificate (openssl), the mock on 127.0.0.1, config files
in a temporary folder, then `azlint verify` with every host name sent to the mock through
`--connect-to` (nothing leaves loopback; proxies are unset). Checks the status of every target,
the exit code, that no secret appears in the output, and the case's own extra checks. From the
mock's request log, for every case: no credential (key, token, client secret) reached it over
plain http at a host other than loopback, nor through a plain-http proxy.
"""
import json, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
KEY = "test-key-valid-0001"
BADKEY = "test-key-other-res-9999"
PROXY_KEY = "sk-litellm-master-0001"
TOKEN_BODY_KEY = "test-key-token-body-0001"
CONFIG_KEY = "test-key-in-config-only-0002"  # written in the config, in no environment
ECHO_SECRET = "echo~Q8.sE-cr3t_w1th+sp ce/="  # an Entra-shaped client secret the token endpoint echoes
SECRETS = [KEY, BADKEY, PROXY_KEY, "client-secret-ok", "tok-valid-entra-123", "client-secret-bad", "sk-wrong-proxy-key-1",
           TOKEN_BODY_KEY, CONFIG_KEY, ECHO_SECRET, "echo~Q8.sE-cr3t_w1th%2Bsp%20ce%2F%3D", "Q8.sE-cr3t_w1th"]


def librechat(groups):
    """groups: list of (name, dict of group fields, dict model -> value) -> librechat.yaml text."""
    out = ['version: 1.2.1', 'endpoints:', '  azureOpenAI:', '    groups:']
    for name, fields, models in groups:
        out.append('      - group: "%s"' % name)
        for k, v in fields.items():
            out.append('        %s: %s' % (k, json.dumps(v)))
        out.append('        models:')
        for m, v in models.items():
            out.append('          %s: %s' % (json.dumps(m), json.dumps(v)))
    return "\n".join(out) + "\n"


def group(name, instance, models, version="2024-10-21", key="${AZURE_API_KEY}", **extra):
    fields = {"apiKey": key, "instanceName": instance, "version": version}
    fields.update(extra)
    return (name, fields, models)


def one_model(deployment, **kw):
    return librechat([group("g", kw.pop("instance", "contoso-eastus"), {"m": {"deploymentName": deployment}}, **kw)])


ENV = {"AZURE_API_KEY": KEY}

# name -> dict(files, env, args, expect: {label substring: status}, exit, check)
CASES = {
    "status-ok": dict(files={"librechat.yaml": one_model("gpt-4o")}, expect={'model "m"': "ok"}, exit=0),
    "status-auth-failed": dict(files={"librechat.yaml": one_model("gpt-4o", key=BADKEY)}, args=["--verbose"],
                               expect={'model "m"': "auth-failed"}, detail={'model "m"': "key rejected"}),
    "status-deployment-not-found": dict(files={"librechat.yaml": one_model("gpt-4o-prod")},
                                        expect={'model "m"': "deployment-not-found"}),
    "status-api-version-unsupported": dict(
        files={"librechat.yaml": librechat([group("g", "contoso-eastus", {
            "retired": {"deploymentName": "gpt-4o", "version": "2023-03-15-preview"},
            "too-old-for-model": {"deploymentName": "o3-mini", "version": "2024-08-01-preview"},
            "not-for-chat": {"deploymentName": "gpt-4o", "version": "2022-12-01"}})])},
        expect={'model "retired"': "api-version-unsupported", 'model "too-old-for-model"': "api-version-unsupported",
                'model "not-for-chat"': "api-version-unsupported"}),
    "status-throttled": dict(files={"librechat.yaml": one_model("throttled-gpt-4o")},
                             expect={'model "m"': "throttled"}, exit=0, detail={'model "m"': "retry after 0.3 s"},
                             requests={"throttled-gpt-4o": 3}),
    "status-unreachable": dict(files={"librechat.yaml": one_model("gpt-4o", instance="dead")},
                               expect={'model "m"': "unreachable"}),
    "status-tls-error": dict(files={"litellm_config.yaml":
                                    "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt-4o\n"
                                    "      api_base: https://untrusted.example.test\n      api_key: os.environ/AZURE_API_KEY\n"
                                    "      api_version: 2024-10-21\n"},
                             args=["--allow-host", "untrusted.example.test"],  # a key from the environment
                             expect={'model "gpt-4o"': "tls-error"}),
    "status-timeout": dict(files={"librechat.yaml": one_model("slow-gpt-4o")}, args=["--timeout", "1"],
                           expect={'model "m"': "timeout"}, max_seconds=4),
    "status-unexpected": dict(files={"librechat.yaml": one_model("broken-gpt-4o")}, args=["--verbose"],
                              expect={'model "m"': "unexpected"}, detail={'model "m"': "500"}),
    "status-skipped": dict(files={"librechat.yaml": librechat([
        group("unset", "contoso-eastus", {"m": {"deploymentName": "gpt-4o"}}, key="${NOT_SET_ANYWHERE}"),
        group("plain", "contoso-eastus", {"insecure": {"deploymentName": "gpt-4o"}},
              baseURL="http://insecure.example.test/openai/deployments/${DEPLOYMENT_NAME}")])},
        expect={'model "m"': "skipped", 'model "insecure"': "skipped"}, no_host="insecure.example.test"),
    "retry-after-429-503": dict(files={"librechat.yaml": librechat([group("g", "contoso-eastus", {
        "m": {"deploymentName": "flaky-gpt-4o"}, "n": {"deploymentName": "busy-gpt-4o"}})])},
        expect={'model "m"': "ok", 'model "n"': "ok"}, exit=0, requests={"flaky-gpt-4o": 2, "busy-gpt-4o": 2}),
    "retry-wait-capped": dict(files={"librechat.yaml": one_model("throttled-gpt-4o")},
                              args=["--max-retry-wait", "0.1"], expect={'model "m"': "throttled"}, exit=0,
                              requests={"throttled-gpt-4o": 1}, max_seconds=3),
    "entra-static-token": dict(
        files={"litellm_config.yaml": "model_list:\n"
               "  - model_name: good\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: https://contoso-eastus.openai.azure.com/\n"
               "      azure_ad_token: os.environ/AZURE_AD_TOKEN\n      api_version: 2024-10-21\n"
               "  - model_name: bad\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: https://contoso-eastus.openai.azure.com/\n"
               "      azure_ad_token: expired-token-000000\n      api_version: 2024-10-21\n"
               "  - model_name: norole\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: https://contoso-eastus.openai.azure.com/\n"
               "      azure_ad_token: tok-norole-entra-456\n      api_version: 2024-10-21\n"},
        env={"AZURE_AD_TOKEN": "tok-valid-entra-123"},
        expect={'model "good"': "ok", 'model "bad"': "auth-failed", 'model "norole"': "auth-failed"},
        detail={'model "bad"': "Entra token rejected", 'model "norole"': "PermissionDenied"}),
    "entra-client-credentials": dict(
        files={"litellm_config.yaml": "model_list:\n"
               "  - model_name: sp\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: https://contoso-eastus.openai.azure.com\n"
               "      tenant_id: my-tenant\n      client_id: my-client\n      client_secret: os.environ/SP_SECRET\n      api_version: 2024-10-21\n"
               "  - model_name: sp-bad\n    litellm_params:\n      model: azure/gpt-4o-mini\n      api_base: https://contoso-eastus.openai.azure.com\n"
               "      tenant_id: my-tenant\n      client_id: my-client\n      client_secret: client-secret-bad\n      api_version: 2024-10-21\n"},
        env={"SP_SECRET": "client-secret-ok", "AZURE_AUTHORITY_HOST": "https://login.microsoftonline.com"},
        expect={'model "sp"': "ok", 'model "sp-bad"': "auth-failed"}, detail={'model "sp-bad"': "Entra token request"},
        requests={"/my-tenant/oauth2/v2.0/token": 2}),
    "dialect-librechat": dict(
        files={"librechat.yaml": librechat([
            group("eastus", "contoso-eastus", {"gpt-4o": True, "gpt-4o-mini": {"deploymentName": "gpt-4o-mini"},
                                               "o3-mini": {"deploymentName": "o3-mini", "version": "2025-01-01-preview"},
                                               "typo": {"deploymentName": "gpt4o"}}, deploymentName="gpt-4o"),
            group("westus", "${WEST_INSTANCE}", {"gpt-4o-west": {"deploymentName": "gpt-4o"}}, key=BADKEY),
            group("templated", "contoso-eastus", {"templ": {"deploymentName": "gpt-4o"}},
                  baseURL="https://${INSTANCE_NAME}.openai.azure.com/openai/deployments/${DEPLOYMENT_NAME}"),
            ("serverless", {"apiKey": "${AZURE_API_KEY}", "serverless": True,
                            "baseURL": "https://mistral.eastus2.inference.ai.azure.com/v1/chat/completions"},
             {"mistral-large": True})])},
        env={"WEST_INSTANCE": "contoso-westus"},
        expect={'model "gpt-4o"': "ok", 'model "gpt-4o-mini"': "ok", 'model "o3-mini"': "ok",
                'model "typo"': "deployment-not-found", 'model "gpt-4o-west"': "auth-failed", 'model "templ"': "ok",
                'model "mistral-large"': "ok"},
        hosts={"contoso-westus.openai.azure.com"}),
    "dialect-litellm": dict(
        files={"litellm_config.yaml": "model_list:\n"
               "  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: os.environ/AZURE_API_BASE\n"
               "      api_key: os.environ/AZURE_API_KEY\n      api_version: \"2024-10-21\"\n"
               "  - model_name: reasoning\n    litellm_params:\n      model: azure/o_series/o3-mini\n      api_base: https://contoso-eastus.openai.azure.com\n"
               "      api_key: os.environ/AZURE_API_KEY\n      api_version: 2024-12-01-preview\n"
               "  - model_name: v1\n    litellm_params:\n      model: azure/gpt-4o-mini\n      api_base: https://contoso-eastus.openai.azure.com/openai/v1\n"
               "      api_key: os.environ/AZURE_API_KEY\n"
               "  - model_name: wrong\n    litellm_params:\n      model: azure/gpt-4-turbo\n      api_base: https://contoso-eastus.openai.azure.com\n"
               "      api_key: os.environ/AZURE_API_KEY\n      api_version: 2024-10-21\n"
               "  - model_name: retired\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: https://contoso-eastus.openai.azure.com\n"
               "      api_key: os.environ/AZURE_API_KEY\n      api_version: 2023-07-01-preview\n"
               "  - model_name: not-azure\n    litellm_params:\n      model: openai/gpt-4o\n"},
        env={"AZURE_API_BASE": "https://contoso-eastus.openai.azure.com/"},
        expect={'model "gpt-4o"': "ok", 'model "reasoning"': "ok", 'model "v1"': "ok", 'model "wrong"': "deployment-not-found",
                'model "retired"': "api-version-unsupported"}, count=5),
    "dialect-openwebui": dict(
        files={"config.json": json.dumps({"openai": {
            "enable": True,
            "api_base_urls": ["https://contoso-eastus.openai.azure.com", "https://api.openai.com/v1", "https://contoso-eastus.openai.azure.com"],
            "api_keys": [KEY, "sk-not-azure", BADKEY],
            "api_configs": {"0": {"azure": True, "api_version": "2024-10-21", "model_ids": ["gpt-4o", "gpt-4o-prod"]},
                            "2": {"azure": True, "api_version": "2024-10-21"}}}}, indent=2)},
        args=["--dialect", "openwebui"],
        expect={'model_ids "gpt-4o"': "ok", 'model_ids "gpt-4o-prod"': "deployment-not-found", "api_base_urls[2]": "auth-failed"},
        count=3),
    "dialect-openclaw-litellm": dict(
        files={"openclaw.json": json.dumps({
            "models": {"mode": "merge", "providers": {
                "litellm-proxy": {"baseUrl": "http://localhost:4000/v1", "apiKey": "${LITELLM_KEY}", "api": "openai-completions",
                                  "models": [{"id": "gpt-4o", "name": "GPT-4o"}, {"id": "gpt-4o-typo", "name": "typo"}]},
                "azure-native": {"baseUrl": "https://contoso-eastus.openai.azure.com/openai/v1", "api": "azure-openai-responses",
                                 "apiKey": "${AZURE_API_KEY}", "authHeader": False, "headers": {"api-key": "${AZURE_API_KEY}"},
                                 "models": [{"id": "gpt-4o-mini", "name": "mini"}]}}},
            "agents": {"defaults": {"model": "litellm-proxy/gpt-4o"}}}, indent=2),
            "litellm_config.yaml": "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt-4o\n"
            "      api_base: https://contoso-eastus.openai.azure.com\n      api_key: os.environ/AZURE_API_KEY\n      api_version: 2024-10-21\n"},
        env={"LITELLM_KEY": PROXY_KEY},
        expect={'provider "litellm-proxy", model "gpt-4o"': "ok", 'model "gpt-4o-typo"': "deployment-not-found",
                'provider "azure-native", model "gpt-4o-mini"': "ok", 'litellm_config.yaml:model "gpt-4o"': "ok"}),
    "https-proxy": dict(files={"librechat.yaml": one_model("gpt-4o")}, expect={'model "m"': "ok"}, exit=0,
                        proxy=True, requests={"contoso-eastus.openai.azure.com:443": 1}),
    "resolve-host": dict(files={"litellm_config.yaml":
                                "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt-4o\n"
                                "      api_base: https://contoso-eastus.openai.azure.com:{HTTPS_PORT}\n"
                                "      api_key: os.environ/AZURE_API_KEY\n      api_version: 2024-10-21\n"},
                         resolve=True, expect={'model "gpt-4o"': "ok"}, exit=0),
    "openwebui-entra": dict(
        files={"config.json": json.dumps({"openai": {
            "api_base_urls": ["https://contoso-eastus.openai.azure.com"], "api_keys": [""],
            "api_configs": {"0": {"azure": True, "auth_type": "microsoft_entra_id", "api_version": "2024-10-21",
                                  "model_ids": ["gpt-4o", "gpt-4o-mini"]}}}}, indent=2)},
        args=["--dialect", "openwebui"],
        env={"AZURE_TENANT_ID": "tenant-1", "AZURE_CLIENT_ID": "client-1", "AZURE_CLIENT_SECRET": "client-secret-ok",
             "AZURE_AUTHORITY_HOST": "https://login.microsoftonline.us"},
        expect={'model_ids "gpt-4o"': "ok", 'model_ids "gpt-4o-mini"': "ok"}, exit=0,
        requests={"/tenant-1/oauth2/v2.0/token": 1}),
    "openclaw-proxy-key": dict(
        files={"openclaw.json": json.dumps({"models": {"providers": {
            "litellm": {"baseUrl": "http://localhost:4000/v1", "apiKey": "sk-wrong-proxy-key-1", "api": "openai-completions",
                        "models": [{"id": "gpt-4o", "name": "GPT-4o"}]}}}}, indent=2)},
        expect={'model "gpt-4o"': "auth-failed"}, detail={'model "gpt-4o"': "key rejected"}),
    "probe-models": dict(files={"librechat.yaml": one_model("gpt-4o-prod")}, args=["--probe", "models"],
                         expect={'model "m"': "ok"}, exit=0, requests={"/openai/models?api-version=2024-10-21": 1}),
    "probe-completion": dict(files={"librechat.yaml": librechat([group("g", "contoso-eastus", {
        "gpt-4o": {"deploymentName": "gpt-4o"}, "o3-mini": {"deploymentName": "o3-mini", "version": "2025-01-01-preview"}})])},
        args=["--probe", "completion"], expect={'model "gpt-4o"': "ok", 'model "o3-mini"': "ok"}, exit=0),
}


# ---- issue 11: where a credential may go ------------------------------------------------------
# Each connects only the hosts it names (no catch-all), so a request azlint should not send still
# reaches the mock and shows in its log.
LITELLM_ENTRY = ("  - model_name: {name}\n    litellm_params:\n      model: azure/{deployment}\n"
                 "      api_base: {base}\n      api_key: {key}\n      api_version: 2024-10-21\n")


def litellm(*entries):
    return "model_list:\n" + "".join(LITELLM_ENTRY.format(**e) for e in entries)


def entry(name, base, key="os.environ/AZURE_API_KEY", deployment="gpt-4o"):
    return dict(name=name, base=base, key=key, deployment=deployment)


CONTOSO = ["--connect-to", "contoso-eastus.openai.azure.com:443:127.0.0.1:{HTTPS_PORT}",
           "--connect-to", "contoso-eastus.openai.azure.com:80:127.0.0.1:{HTTP_PORT}"]

CASES.update({
    # 1. No scheme: curl would guess http:// and send the key in clear.
    "no-scheme-librechat-baseurl": dict(
        files={"librechat.yaml": librechat([group("g", "contoso-eastus", {"m": {"deploymentName": "gpt-4o"}},
                                                  baseURL="contoso-eastus.openai.azure.com/openai/deployments/${DEPLOYMENT_NAME}")])},
        connect=CONTOSO, expect={'model "m"': "skipped"}, detail={'model "m"': "url-format"}),
    "no-scheme-litellm-api-base": dict(
        files={"litellm_config.yaml": litellm(entry("bare", "contoso-eastus.openai.azure.com"),
                                              entry("literal", "contoso-eastus.openai.azure.com", key=KEY))},
        connect=CONTOSO, expect={'model "bare"': "skipped", 'model "literal"': "skipped"},
        detail={'model "bare"': "no scheme"}),
    "authority-host-no-scheme": dict(
        files={"litellm_config.yaml": "model_list:\n  - model_name: sp\n    litellm_params:\n      model: azure/gpt-4o\n"
               "      api_base: https://contoso-eastus.openai.azure.com\n      tenant_id: my-tenant\n      client_id: my-client\n"
               "      client_secret: os.environ/SP_SECRET\n      api_version: 2024-10-21\n"},
        env={"SP_SECRET": "client-secret-ok", "AZURE_AUTHORITY_HOST": "login.microsoftonline.com"},
        connect=CONTOSO + ["--connect-to", "login.microsoftonline.com:443:127.0.0.1:{HTTPS_PORT}",
                           "--connect-to", "login.microsoftonline.com:80:127.0.0.1:{HTTP_PORT}"],
        expect={'model "sp"': "ok"}, exit=0, requests={"/my-tenant/oauth2/v2.0/token": 1}, tls_paths=["/my-tenant/oauth2/v2.0/token"]),
    # 2. A name that starts with 127. is no loopback address.
    "loopback-lookalike-host": dict(
        files={"litellm_config.yaml": litellm(entry("lookalike", "http://127.attacker.example.com:{HTTP_PORT}", key=KEY),
                                              entry("loopback", "http://127.0.0.1:{HTTP_PORT}", key=KEY))},
        connect=["--resolve", "127.attacker.example.com:{HTTP_PORT}:127.0.0.1"],
        expect={'model "lookalike"': "skipped", 'model "loopback"': "ok"}, detail={'model "lookalike"': "plain http"},
        no_creds_hosts=["127.attacker"]),
    # 3. An instanceName that moves the host.
    "instance-name-host-injection": dict(
        files={"librechat.yaml": librechat([group("g", "attacker.example.com:18443#", {"m": {"deploymentName": "gpt-4o"}}, key=KEY),
                                            group("h", "${INJECTED}", {"n": {"deploymentName": "gpt-4o"}}, key=KEY)])},
        env={"INJECTED": "attacker.example.com:18443/"},
        connect=["--connect-to", "attacker.example.com:18443:127.0.0.1:{HTTPS_PORT}"] + CONTOSO,
        expect={'model "m"': "skipped", 'model "n"': "skipped"}, detail={'model "m"': "instance-name-format"},
        no_creds_hosts=["attacker.example.com"]),
    # 4. http_proxy and a plain-http loopback target: the proxy would read the key.
    "http-proxy-loopback-target": dict(
        files={"openclaw.json": json.dumps({"models": {"providers": {
            "litellm": {"baseUrl": "http://localhost:{HTTP_PORT}/v1", "apiKey": "${LITELLM_KEY}", "api": "openai-completions",
                        "models": [{"id": "gpt-4o", "name": "GPT-4o"}]}}}}, indent=2)},
        env={"LITELLM_KEY": PROXY_KEY, "http_proxy": "http://127.0.0.1:{PROXY_PORT}", "HTTP_PROXY": "http://127.0.0.1:{PROXY_PORT}",
             "ALL_PROXY": "http://127.0.0.1:{PROXY_PORT}"},
        connect=[],
        expect={'model "gpt-4o"': "ok"}, exit=0, requests={"/v1/models": 1}),
    # A key from the environment goes to Azure hosts only, unless --allow-host names the host.
    "env-key-non-azure-host": dict(
        files={"litellm_config.yaml": litellm(entry("gateway", "https://api.example.net"),
                                              entry("apim", "https://contoso.azure-api.net"),
                                              entry("literal", "https://api.example.net", key=CONFIG_KEY),
                                              entry("azure", "https://contoso-eastus.openai.azure.com"))},
        mock_args=["--accept-key", CONFIG_KEY],
        connect=CONTOSO + ["--connect-to", "api.example.net:443:127.0.0.1:{HTTPS_PORT}",
                           "--connect-to", "contoso.azure-api.net:443:127.0.0.1:{HTTPS_PORT}"],
        expect={'model "gateway"': "skipped", 'model "apim"': "skipped", 'model "literal"': "ok", 'model "azure"': "ok"},
        detail={'model "gateway"': "from the environment"}, no_creds_hosts=["contoso.azure-api.net"],
        creds_hosts={"api.example.net": 1}),
    "env-key-allow-host": dict(
        files={"litellm_config.yaml": litellm(entry("gateway", "https://api.example.net"),
                                              entry("apim", "https://contoso.azure-api.net"))},
        args=["--allow-host", "API.example.net"],
        connect=["--connect-to", "api.example.net:443:127.0.0.1:{HTTPS_PORT}",
                 "--connect-to", "contoso.azure-api.net:443:127.0.0.1:{HTTPS_PORT}"],
        expect={'model "gateway"': "ok", 'model "apim"': "skipped"}, no_creds_hosts=["contoso.azure-api.net"]),
    # 9. The whole run has a deadline: 16 deployments answering 503 Retry-After: 9.
    "deadline-retry-after": dict(
        files={"librechat.yaml": librechat([group("g", "contoso-eastus",
                                                  {"m%02d" % i: {"deploymentName": "unavailable-%02d" % i} for i in range(16)})])},
        args=["--deadline", "2"], connect=CONTOSO, expect={'model "m%02d"' % i: "timeout" for i in range(16)},
        detail={'model "m%02d"' % i: "run deadline reached" for i in range(16)}, count=16, max_seconds=5),
    "deadline-stalled-handshake": dict(
        files={"librechat.yaml": one_model("gpt-4o", instance="stall", key=KEY)},
        args=["--deadline", "2", "--timeout", "8"], connect=["--connect-to", "stall.openai.azure.com:443:127.0.0.1:{STALL_PORT}"],
        expect={'model "m"': "timeout"}, detail={'model "m"': "run deadline reached"}, max_seconds=4),
    # --timeout covers the TLS handshake (it was cut at 5 s whatever --timeout said).
    "timeout-stalled-handshake": dict(
        files={"librechat.yaml": one_model("gpt-4o", instance="stall", key=KEY)},
        args=["--timeout", "6.5"], connect=["--connect-to", "stall.openai.azure.com:443:127.0.0.1:{STALL_PORT}"],
        expect={'model "m"': "timeout"}, min_seconds=6.2, max_seconds=9),
    # 11b. A key's 401 is "key rejected", whatever the body says.
    "auth-401-key-token-body": dict(
        files={"librechat.yaml": one_model("gpt-4o", key=TOKEN_BODY_KEY)}, connect=CONTOSO,
        expect={'model "m"': "auth-failed"}, detail={'model "m"': "key rejected"}, detail_not={'model "m"': "Entra"}),
    # Server text is data: a token endpoint echoing the form (client_secret percent-encoded) is masked.
    "token-error-echo": dict(
        files={"litellm_config.yaml": "model_list:\n  - model_name: sp\n    litellm_params:\n      model: azure/gpt-4o\n"
               "      api_base: https://contoso-eastus.openai.azure.com\n      tenant_id: my-tenant\n      client_id: my-client\n"
               "      client_secret: os.environ/SP_SECRET\n      api_version: 2024-10-21\n"},
        env={"SP_SECRET": ECHO_SECRET, "AZURE_AUTHORITY_HOST": "https://login.microsoftonline.com"},
        connect=CONTOSO + ["--connect-to", "login.microsoftonline.com:443:127.0.0.1:{HTTPS_PORT}"],
        expect={'model "sp"': "auth-failed"}, detail={'model "sp"': "client_secret=<redacted>"}),
    # Server text is data: model ids from a proxy's list are cut short in the message.
    "server-model-ids-bounded": dict(
        files={"openclaw.json": json.dumps({"models": {"providers": {
            "litellm": {"baseUrl": "http://localhost:4000/v1", "apiKey": "${LITELLM_KEY}", "api": "openai-completions",
                        "models": [{"id": "gpt-4o-typo", "name": "typo"}]}}}}, indent=2)},
        env={"LITELLM_KEY": PROXY_KEY}, mock_args=["--extra-model", "x" * 5000, "--extra-model", "Bearer " + PROXY_KEY],
        connect=["--connect-to", "localhost:4000:127.0.0.1:{HTTP_PORT}"],
        expect={'model "gpt-4o-typo"': "deployment-not-found"}, detail_max=600),
})


def fifty():
    models = {}
    expect = {}
    for i in range(50):
        if i % 10 == 3:
            d, st = "throttled-%02d" % i, "throttled"
        elif i % 10 == 7:
            d, st = "slow-%02d" % i, "timeout"
        elif i % 10 == 9:
            d, st = "missing-%02d" % i, "deployment-not-found"
        else:
            d, st = "ok-%02d" % i, "ok"
        models["model-%02d" % i] = {"deploymentName": d}
        expect['model "model-%02d"' % i] = st
    return dict(files={"librechat.yaml": librechat([group("big", "contoso-eastus", models)])},
                args=["--timeout", "2", "--jobs", "8"], expect=expect, count=50, max_seconds=15)


CASES["fifty-deployments"] = fifty()


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def make_certs(d):
    ca_key, ca, key, csr, crt = (os.path.join(d, n) for n in ("ca.key", "ca.pem", "server.key", "server.csr", "server.pem"))
    ext = os.path.join(d, "ext.cnf")
    with open(ext, "w") as f:
        f.write("subjectAltName=DNS:*.openai.azure.com,DNS:*.inference.ai.azure.com,DNS:*.eastus2.inference.ai.azure.com,DNS:login.test.example,"
                "DNS:login.microsoftonline.com,DNS:login.microsoftonline.us,DNS:attacker.example.com,DNS:api.example.net,"
                "DNS:*.azure-api.net,DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                "extendedKeyUsage=serverAuth\n")
    for cmd in (
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", ca_key,
         "-out", ca, "-days", "2", "-subj", "/CN=azlint test CA"],
        ["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key,
         "-out", csr, "-subj", "/CN=mock-azure"],
        ["openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial", "-out", crt, "-days", "2",
         "-extfile", ext],
    ):
        r = run(cmd)
        if r.returncode != 0:
            sys.exit("openssl failed: " + r.stderr)
    return ca, crt, key


def start_mock(d, extra_args=()):
    """A test CA and server certificate in folder d, and the mock on loopback (extra_args: its
    options). Returns (process, CA file, HTTPS port, HTTP port, request log file)."""
    ca, crt, key = make_certs(d)
    ports, log = os.path.join(d, "ports"), os.path.join(d, "requests.log")
    mock = subprocess.Popen([sys.executable, os.path.join(HERE, "mock_azure.py"), "--cert", crt, "--key", key,
                             "--ports", ports, "--log", log] + list(extra_args))
    for _ in range(100):
        if os.path.exists(ports):
            break
        time.sleep(0.05)
    https_port, http_port = open(ports).read().split()[:2]
    return mock, ca, https_port, http_port, log


def all_ports(d):
    """{HTTPS_PORT, HTTP_PORT, PROXY_PORT, STALL_PORT} of the mock started in folder d."""
    return dict(zip(("{HTTPS_PORT}", "{HTTP_PORT}", "{PROXY_PORT}", "{STALL_PORT}"), open(os.path.join(d, "ports")).read().split()))


def fill_ports(text, ports):
    for k, v in ports.items():
        text = text.replace(k, v)
    return text


LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def credential_leaks(reqs):
    """What the request log shows reaching the mock that never should: a credential over plain
    http at a host other than loopback, or through the plain-http proxy."""
    out = []
    for q in reqs:
        if not q.get("creds"):
            continue
        host = q["host"].rsplit(":", 1)[0] if not q["host"].startswith("[") else q["host"].split("]")[0] + "]"
        if q.get("proxy"):
            out.append("a credential went through the plain-http proxy: %s %s" % (q["method"], q["path"]))
        elif not q.get("tls") and host not in LOOPBACK_HOSTS:
            out.append("a credential went over plain http to %s: %s %s" % (q["host"], q["method"], q["path"]))
    return out


def connect_to(https_port, http_port):
    """`azlint verify` options sending every host to the mock: dead.openai.azure.com to a closed
    port, the LiteLLM proxy (localhost:4000) and plain-http hosts to its HTTP port."""
    return ["--connect-to", "dead.openai.azure.com:443:127.0.0.1:1",
            "--connect-to", "localhost:4000:127.0.0.1:" + http_port,
            "--connect-to", "insecure.example.test:80:127.0.0.1:" + http_port,
            "--connect-to", "::127.0.0.1:" + https_port]  # every other host: the mock


def status_doc_problems(binary, status, base, paths, env, cfg):
    """The `verify/<status>` a status case produces against the mock is documented where users look:
    `azlint explain` prints its page (what it means, how to fix), `rules` lists it as a verify
    result, and verify's SARIF describes it in tool.driver.rules."""
    problems = []
    rid = "verify/" + status
    ex = run([binary, "explain", rid], env=env, cwd=cfg, timeout=30)
    if ex.returncode != 0 or not ex.stdout.startswith("# " + rid + "\n") or "## How to fix" not in ex.stdout:
        problems.append("explain %s: exit %d, %r" % (rid, ex.returncode, (ex.stdout + ex.stderr)[:200]))
    listed = {r["id"]: r for r in json.loads(run([binary, "rules", "--json"], env=env, cwd=cfg, timeout=30).stdout)}
    if not listed.get(rid, {}).get("verify"):
        problems.append("rules --json does not list %s as a verify result" % rid)
    sarif = run(base + ["--format", "sarif"] + paths, env=env, cwd=cfg, timeout=120)
    try:
        srun = json.loads(sarif.stdout)["runs"][0]
    except (ValueError, KeyError, IndexError):
        return problems + ["verify --format sarif is not SARIF: %r" % sarif.stdout[:200]]
    described = [r["id"] for r in srun["tool"]["driver"]["rules"]]
    for res in srun["results"]:
        if res["ruleId"] not in described or described[res.get("ruleIndex", -1)] != res["ruleId"]:
            problems.append("SARIF result %s has no rule entry" % res["ruleId"])
    if rid not in [res["ruleId"] for res in srun["results"]]:
        problems.append("SARIF has no %s result" % rid)
    return problems


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "list":
        print("\n".join(CASES))
        return 0
    binary, name = os.path.abspath(sys.argv[1]), sys.argv[2]
    case = CASES[name]
    if not shutil.which("openssl"):
        print("openssl not found: skipped")
        return 77
    d = tempfile.mkdtemp(prefix="azlint-verify-")
    mock = None
    try:
        mock, ca, https_port, http_port, log = start_mock(d, case.get("mock_args", []))
        ports = all_ports(d)
        cfg = os.path.join(d, "cfg")
        os.mkdir(cfg)
        paths = []
        for fname, text in case["files"].items():
            p = os.path.join(cfg, fname)
            with open(p, "w") as f:
                f.write(fill_ports(text, ports))
            paths.append(p)
        env = {k: v for k, v in os.environ.items()
               if k.upper() not in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY") and not k.startswith("AZURE_")}
        env.update(ENV)
        env.update({k: fill_ports(v, ports) for k, v in case.get("env", {}).items()})
        connect = connect_to(https_port, http_port)
        if "connect" in case:  # only the hosts the case names
            connect = [fill_ports(c, ports) for c in case["connect"]]
        if case.get("proxy"):  # no --connect-to: the proxy (the mock's CONNECT) tunnels to the mock
            env["HTTPS_PROXY"] = "http://127.0.0.1:" + http_port
            connect = []
        if case.get("resolve"):  # the only host named: resolved to loopback
            connect = ["--resolve", "contoso-eastus.openai.azure.com:%s:127.0.0.1" % https_port]
        base = [binary, "verify", "--cacert", ca] + connect + case.get("args", [])
        t0 = time.time()
        r = run(base + ["--format", "json"] + paths, env=env, cwd=cfg, timeout=120)
        elapsed = time.time() - t0
        json_requests = sum(1 for _ in open(log)) if os.path.exists(log) else 0
        text = run(base + paths, env=env, cwd=cfg, timeout=120) if name != "fifty-deployments" else None
        failures = []
        print(r.stdout if text is None else text.stdout)
        sys.stderr.write(r.stderr)
        try:
            doc = json.loads(r.stdout)
        except ValueError:
            print("not JSON:\n" + r.stdout + r.stderr)
            return 1
        results = doc["results"]
        if doc.get("version") != 1:
            failures.append("version is not 1")
        for res in results:
            for k in ("file", "line", "column", "target", "deployment", "status", "http_status", "detail"):
                if k not in res:
                    failures.append("result without %s: %s" % (k, res))

        def find(sub):
            if ":" in sub and sub.split(":", 1)[0].endswith((".yaml", ".json")):
                fname, lab = sub.split(":", 1)
                hits = [x for x in results if x["label"].endswith(lab) and x["file"].endswith(fname)]
            else:
                hits = [x for x in results if x["label"].endswith(sub)]
            return hits
        for sub, want in case["expect"].items():
            hits = find(sub)
            if not hits:
                failures.append("no result for %s" % sub)
            for h in hits:
                if h["status"] != want:
                    failures.append("%s: status %s, expected %s (%s)" % (sub, h["status"], want, h["detail"]))
        for sub, want in case.get("detail", {}).items():
            for h in find(sub):
                if want not in h["detail"]:
                    failures.append("%s: detail %r lacks %r" % (sub, h["detail"], want))
        for sub, unwanted in case.get("detail_not", {}).items():
            for h in find(sub):
                if unwanted in h["detail"]:
                    failures.append("%s: detail %r has %r" % (sub, h["detail"], unwanted))
        if "detail_max" in case:
            for h in results:
                if len(h["detail"]) > case["detail_max"]:
                    failures.append("%s: detail of %d characters (at most %d)" % (h["label"], len(h["detail"]), case["detail_max"]))
        if "count" in case and len(results) != case["count"]:
            failures.append("%d results, expected %d" % (len(results), case["count"]))
        want_exit = case.get("exit", 1)
        if r.returncode != want_exit:
            failures.append("exit code %d, expected %d" % (r.returncode, want_exit))
        if "max_seconds" in case and elapsed > case["max_seconds"]:
            failures.append("took %.1f s, budget %d s" % (elapsed, case["max_seconds"]))
        if "min_seconds" in case and elapsed < case["min_seconds"]:
            failures.append("took %.1f s, expected at least %.1f s" % (elapsed, case["min_seconds"]))
        outputs = r.stdout + r.stderr + ((text.stdout + text.stderr) if text else "")
        for s in SECRETS:
            if s in outputs:
                failures.append("secret %s… printed" % s[:6])
        reqs = [json.loads(line) for line in open(log)] if os.path.exists(log) else []
        for frag, n in case.get("requests", {}).items():
            got = sum(1 for q in reqs[:json_requests] if frag in q["path"])  # the JSON run's requests
            if got != n:
                failures.append("%d requests to %s, expected %d" % (got, frag, n))
        spent = sum(1 for q in reqs if q.get("spends"))
        if "completion" not in case.get("args", []) and spent:
            failures.append("%d requests would have spent tokens without --probe completion" % spent)
        if "completion" in case.get("args", []) and not spent:
            failures.append("--probe completion sent no real completion")
        if case.get("no_host") and any(q["host"].startswith(case["no_host"]) for q in reqs):
            failures.append("a request reached " + case["no_host"])
        failures += credential_leaks(reqs)
        for h in case.get("no_creds_hosts", []):
            if any(q.get("creds") and q["host"].startswith(h) for q in reqs):
                failures.append("a credential reached " + h)
        for h, n in case.get("creds_hosts", {}).items():  # in the JSON run
            got = sum(1 for q in reqs[:json_requests] if q.get("creds") and q["host"].startswith(h))
            if got != n:
                failures.append("%d requests with a credential reached %s, expected %d" % (got, h, n))
        for path in case.get("tls_paths", []):
            if not any(q["path"].startswith(path) and q.get("tls") for q in reqs):
                failures.append("no request to %s over https" % path)
        if text is not None and "verify: " not in text.stdout:
            failures.append("text output lacks the summary line")
        # The dry run sends nothing and prints no secret.
        before = len(reqs)
        dry = run(base + ["--dry-run"] + paths, env=env, cwd=cfg, timeout=60)
        after = sum(1 for _ in open(log)) if os.path.exists(log) else 0
        if after != before:
            failures.append("--dry-run sent %d requests" % (after - before))
        if any(s in dry.stdout + dry.stderr for s in SECRETS):
            failures.append("--dry-run printed a secret")
        if name.startswith("status-"):
            failures += status_doc_problems(binary, name[len("status-"):], base, paths, env, cfg)
        if failures:
            print("FAILED %s:\n  %s" % (name, "\n  ".join(failures)))
            return 1
        print("PASSED %s (%d results, %.1f s)" % (name, len(results), elapsed))
        return 0
    finally:
        if mock:
            mock.terminate()
            mock.wait()
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
