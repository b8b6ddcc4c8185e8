"""The planted secrets and the config sets that hold them (every dialect, env files, the process
environment), for tests/secrets/audit.py.

Every secret is distinct and random-looking, so neither it nor any 12-character piece of it can
appear in azlint's output for an innocent reason. `@NAME@` in a template is replaced by the secret
NAME. Each placement says where the secret sits and whether a finding must fire on its line (the
point is to make rules report ON the lines that hold secrets).
"""
import base64
import re


def _jwt(claims):
    enc = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    return enc('{"kid":"audit-kid-7Q","alg":"RS256"}') + "." + enc(claims) + "." + enc("sig:" + claims[::-1])


# name -> value. Shapes: 32-hex Azure keys, the 84-character Azure key, `sk-` keys, JWTs, bearer
# tokens, URL passwords, Entra client secrets and passwords that look like nothing in particular.
SECRETS = {
    # --- librechat.yaml ---
    "LC_ENDPOINT_KEY": "c0a1e5f7b92d48e6a3f1c8b7d6e5a409",            # endpoints.azureOpenAI.apiKey
    "LC_GROUP_KEY": "9e4b7a2c1d8f3e6a5b0c9d2e7f1a4b38",               # group apiKey
    "LC_HEADER_API_KEY": "d41f8c2e7b6a9053c1e8f4a2b7d6c905",          # additionalHeaders api-key
    "LC_HEADER_BEARER": "Bt7Kp2Wq9Lm4Xs8Vn3Rj6Zc1",                   # additionalHeaders Authorization: Bearer
    "LC_URL_PASSWORD": "Pw9Url-Hq4Xk7Tz2",                             # group baseURL user:password@
    "LC_SERVERLESS_KEY": "sk-srvless-J8d2Kq7Lw3Mz9Pt4Rv6Xb1Ny5",       # serverless group apiKey
    "LC_CUSTOM_PASSWORD": "Zq7!xw#Mv2&Lp9^Tr4",                        # custom endpoint apiKey (no key shape)
    "LC_CUSTOM_JWT": _jwt('{"aud":"custom-ep-Kx81","sub":"svc-Wq27"}'),  # custom headers Authorization
    "LC_CUSTOM_URL_PASSWORD": "Hn3%Qe8-Yt5Ub1",                         # custom baseURL user:password@
    "LC_MODEL_NAME_KEY": "sk-modelname-Fh4Gj8Kl2Zx6Cv9Bn3Mq7",          # a key pasted as a model name
    "LC_INSTANCE_KEY": "5b8e2d9a1f4c7036e2b9d5a8c1f4e703",             # a key pasted as instanceName
    "LC_BROKEN_REF_KEY": "7f3c9e1a5d2b8046c3e9a1f7d5b2c806",           # "${<key>" (bad env syntax)
    "LC_TYPO_FIELD_KEY": "Nq4Wv8Xe2Rt6Yu0Io3Pa7Sd1Fg5Hj9Kl2Zx6Cv0Bn4Mq8We2Rt6Yu0Io3Pa7Sd1Fg5Hj9Kl2Zx6Cv0Bn4Mq8W",  # apiKye: (84 chars)
    "LC_SNAKE_FIELD_PASSWORD": "Rk5&Tz2!Wm8#Lq4",                       # api_key: (unknown field, no key shape)
    "LC_DUPLICATE_KEY": "a7d3f9b1e5c2084d6f1b3e9a7c5d2f18",            # a duplicated apiKey
    "LC_CONCAT_KEY": "Kc6Vb2Nm8Qw4Er0Ty7",                              # "${X}<secret>" (env-ref-concatenated)
    "LC_NUMERIC_KEY": "31415926535897932384626433832795",              # an all-digit key, unquoted (a YAML number)
    "LC_COMMENT_KEY": "sk-comment-Pz3Lk8Jh2Gf7Ds1Aq9Wx5Ec4",           # a key in a comment
    # --- values of referenced variables: .env beside the config, --env-file, .azlint.yaml env_files,
    #     the process environment ---
    "DOTENV_VALUE": "e8b2c6f0a4d19375b8e2c6f0a4d1937b",
    "DOTENV_PASSWORD": "Dv4%Gh7*Jk1+Lm0",
    "ENVFILE_VALUE": "sk-envfile-Tq2Wr7Ye4Ui9Op3As8Df6Gh1",
    "CONFIG_ENVFILE_VALUE": "Cf8Eh2Gk6Mn0Pr4Tv",
    "PROCESS_ENV_KEY": "f1e2d3c4b5a69788f1e2d3c4b5a6978f",
    "PROCESS_ENV_PASSWORD": "Pe9^Xc3~Vb6+Nm2",
    # --- openclaw.json (JSON5) ---
    "OC_PROVIDER_KEY": "sk-openclaw-Ry7Tu3Io9Pa2Sd6Fg1Hj5Kl8",
    "OC_HEADER_KEY": "3c7a1e9f5b2d8064a7c3e1f9b5d2a860",
    "OC_URL_PASSWORD": "Oc4Pw-Zx8Cv2Bn6",
    "OC_COMMENT_KEY": "62f9d1b8a4e7c3052f9d1b8a4e7c305a",
    "OC_ENV_BLOCK_KEY": "sk-ocenv-Wd5Fe9Rg3Th7Yj1Uk4Il8",              # openclaw `env` block
    # --- LiteLLM config.yaml ---
    "LL_API_KEY": "b6d0f4a8c2e7193b6d0f4a8c2e71935d",
    "LL_API_BASE_PASSWORD": "Ll6Pw-Mq3Nr8Ks1",
    "LL_EXTRA_HEADER_TOKEN": "Eh5Tk9Wq2Zr7Xc4Vb1",
    "LL_MASTER_KEY": "Mk8!Lz3@Qx6#Wv1",                                 # general_settings.master_key (no key shape)
    "LL_SETTINGS_SECRET": "Ls2Sc-Jd7Kf4Hg9",                           # litellm_settings: a *_secret_key
    "LL_CLIENT_SECRET": "Q~8aB.cD3eF_gH5iJ-kL7mN9oP1qR3sT5uV7wX",        # Entra client secret
    "LL_AD_TOKEN": _jwt('{"aud":"https://cognitiveservices.azure.com","oid":"Lx94"}'),
    "LL_DATABASE_PASSWORD": "Db3Pw-Fy6Gu1Hi4",                          # general_settings.database_url
    "LL_NUMERIC_KEY": "27182818284590452353602874713527",              # an all-digit key, unquoted (a YAML number)
    # --- Open WebUI: exported JSON and env file ---
    "OW_JSON_KEY": "0d4a8e2c6f1b5937d0a4e8c2f6b1d593",
    "OW_JSON_SK": "sk-owjson-Gt4Hy8Ju2Ki6Lo0Pa3Sd7",
    "OW_JSON_HEADER": "Ow7Hd-Qp2Rs5Tu8",
    "OW_ENV_KEY": "8a2e6c0f4b9d1357a8e2c6f0b4d91357",
    "OW_ENV_PASSWORD": "We5!Rt8@Yu1#Io4",
    "OW_ENV_URL_PASSWORD": "Ue2Pw-Nb7Mv4Cx9",
    # --- .azlint.yaml ---
    "AZLINTCFG_KEY": "sk-azlintcfg-Vm3Bn7Qw1Er5Ty9",
    # --- verify: keys the mock accepts, the token its token endpoint issues ---
    "VERIFY_KEY": "4f8b2e6a0c9d1357f4b8e2a6c0d91375",
    "VERIFY_ENV_KEY": "Vk9Ev2Kx6Yz3",
    "VERIFY_BAD_KEY": "2a6e0c4f8b3d9175e2a6c0f4b8d31759",
    "VERIFY_PROXY_KEY": "sk-vproxy-Hk4Jl8Zm2Xn6Cb0Vq3",
    "VERIFY_CLIENT_SECRET": "Vs5~Cs8.Kq2_Lw7-Pe4",
    "VERIFY_TOKEN": _jwt('{"aud":"verify-issued","n":"Tk38"}'),
    "VERIFY_URL_PASSWORD": "Vu3Pw-Rt6Yi9Op2",
    # --- issue 11: values alone on their line, secrets in query strings, Entra shapes, percent-encoding ---
    "OWN_LINE_KEY": "Xk7pQ2vL9mN4rT8wY3zBq6",                          # apiKey:⏎ "<key>"
    "FLOW_SPLIT_KEY": "Fw8Lq3Zp6Rt1Yx5Nc9Vb2",                         # {…, apiKey:⏎ "<key>", …}
    "LL_BARE_KEY": "Bz5Qm8Lx2Wr7Tn4Pk9Vc3",                            # LiteLLM api_key:⏎ <key>
    "QUERY_SUBSCRIPTION_KEY": "Sq4Wm7Pz2Kx9Lr5Tn8Vb",                  # api_base …?subscription-key=
    "QUERY_SIG": "Sg3Hd8Kf1Lq6Mz9Pw4Xr",                               # api_base …&sig=
    "QUERY_API_KEY": "Qk2-Wp7-Mn4z",                                   # api_base …?api-key=
    "ENTRA_MODEL_SECRET": "Qx9~Lm2.Vb7_Nc4-Zr8Tp3Wk6Yh1Gf5Dj0Sa9Qe",    # an Entra secret pasted as a model name
    "ENTRA_INSTANCE_SECRET": "Ab3Q~Wz8.Lk5_Rt2-Yp7Nm4Xc9Vb6Hj1Gf0Ds3Q",  # … as an instanceName
    "PCT_PASSWORD": "Pc5!Tn8#Rw2&Ky6^Lm3",                             # apiKey, and percent-encoded in a URL
    # --- verify against a server that echoes what it is sent (tests/secrets/echo_server.py) ---
    "ECHO_PROXY_KEY": "Ep4!Wq9#Lm2&Rx7^Tz",                           # from the environment, to a loopback proxy
    "ECHO_AZURE_KEY": "7c1e9a4f2b6d8035c7e1a9f4b2d60853",              # echoed split over two lines
    "ECHO_CLIENT_SECRET": "Ec4~Ls9.Wq2_Mk7-Tz5",                       # echoed percent-encoded
    "ECHO_ENV_CLIENT_SECRET": "Ev8~Hp3.Jn6_Qr1-Xb4",                   # from the environment, echoed encoded
}

_TOKEN = re.compile(r"@([A-Z0-9_]+)@")


def fill(template):
    return _TOKEN.sub(lambda m: SECRETS[m.group(1)] if m.group(1) in SECRETS else DERIVED[m.group(1)], template)


def percent_encode_all(s):
    """Every byte but letters and digits as %XX (what some servers and encoders do)."""
    return "".join(c if c.isalnum() else "%%%02X" % ord(c) for c in s)


# Forms of secrets that are not secrets of their own (the audit looks for the planted values).
DERIVED = {"PCT_PASSWORD_ENCODED": percent_encode_all(SECRETS["PCT_PASSWORD"])}


# ---------------------------------------------------------------------------------------------
# The check sets: folder -> {file name: template}. `.env` files sit beside the configs;
# `extra.env` is passed with --env-file; `cfg.env` is named by .azlint.yaml's env_files.
# A line ending in `#!` (YAML) or `//!` (JSON5) must have a finding (the marker is stripped).
# ---------------------------------------------------------------------------------------------

LIBRECHAT = """\
version: "1.2.1"
# a key in a comment: @LC_COMMENT_KEY@
endpoints:
  custom:
    - name: "proxy"
      apiKey: "${CUSTOM_KEY}"
      apiKey: "@LC_CUSTOM_PASSWORD@"  #!
      baseURL: "http://gateway:@LC_CUSTOM_URL_PASSWORD@@proxy.example.com/v1"  #!
      headers:
        Authorization: "Bearer @LC_CUSTOM_JWT@"  #!
      models: {default: ["m"]}
  azureOpenAI:
    apiKey: "@LC_ENDPOINT_KEY@"  #!
    titleConvo: true
    groups:
      - group: "eastus"
        apiKey: "@LC_GROUP_KEY@"  #!
        instanceName: "contoso-eastus"
        version: 2024-10-21  #!
        additionalHeaders:
          api-key: "@LC_HEADER_API_KEY@"  #!
          Authorization: "Bearer @LC_HEADER_BEARER@"  #!
        models:
          gpt-4o: {deploymentName: "gpt-4o"}
          "@LC_MODEL_NAME_KEY@": true  #!
      - group: "westus"
        apiKey: "${WEST_KEY}"
        apiKey: "@LC_DUPLICATE_KEY@"  #!
        instanceName: "contoso-westus"
        version: "2024-10-21"
        baseURL: "http://admin:@LC_URL_PASSWORD@@contoso-westus.openai.azure.com/openai/deployments/${DEPLOYMENT_NAME}"  #!
        models:
          gpt-4o-mini: {deploymentName: "gpt-4o-mini"}
      - group: "northeu"
        apiKey: "${@LC_BROKEN_REF_KEY@"  #!
        apiKye: "@LC_TYPO_FIELD_KEY@"  #!
        api_key: "@LC_SNAKE_FIELD_PASSWORD@"  #!
        instanceName: "@LC_INSTANCE_KEY@.openai.azure.com"  #!
        version: "2024-10-21"
        models:
          gpt-4o: {deploymentName: "gpt-4o"}
      - group: "swedencentral"
        apiKey: "${SWEDEN_PREFIX}@LC_CONCAT_KEY@${SWEDEN_SUFFIX}"  #!
        instanceName: "contoso-sweden"
        version: "2024-10-21"
        models:
          gpt-4o: {deploymentName: "gpt-4o"}
      - group: "digits"
        apiKey: @LC_NUMERIC_KEY@  #!
        instanceName: "contoso-digits"
        version: "2024-10-21"
        models:
          gpt-4o: {deploymentName: "gpt-4o"}
      - group: "env-values"
        apiKey: "${DOTENV_KEY}"
        instanceName: "${DOTENV_INSTANCE}"
        version: "2024-10-21"
        additionalHeaders:
          X-Extra: "${EXTRA_KEY}"
          X-Config: "${CFG_KEY}"
          X-Process: "${AZURE_OPENAI_API_KEY}"
          X-Process-Password: "${PROCESS_PASSWORD}"
        models:
          gpt-4o: {deploymentName: "gpt-4o"}
      - group: "serverless"
        apiKey: "@LC_SERVERLESS_KEY@"  #!
        serverless: true
        baseURL: "https://mistral.eastus2.inference.ai.azure.com/v1/chat/completions"
        models:
          mistral-large: true
"""

LIBRECHAT_DOTENV = """\
# LibreChat's .env: the values of the referenced variables
DOTENV_KEY=@DOTENV_VALUE@
DOTENV_INSTANCE=@DOTENV_PASSWORD@
SWEDEN_PREFIX=@DOTENV_PASSWORD@
"""

EXTRA_ENV = "EXTRA_KEY=@ENVFILE_VALUE@\nWEST_KEY=@ENVFILE_VALUE@\n"
CONFIG_ENV = "CFG_KEY=@CONFIG_ENVFILE_VALUE@\n"

AZLINT_YAML = """\
rules:
  hardcoded-secret: error
env_files: [cfg.env]
"""

# .azlint.yaml with a key pasted as a severity: `check` refuses it (exit 2) and must say why
# without the key.
AZLINT_YAML_BAD = """\
rules:
  hardcoded-secret: "@AZLINTCFG_KEY@"
"""

OPENCLAW = """\
// an OpenClaw config (JSON5); the key in this comment must never be printed: @OC_COMMENT_KEY@
{
  env: { OPENAI_API_KEY: "@OC_ENV_BLOCK_KEY@" },
  models: {
    mode: "merge",
    providers: {
      "azure-openai": {
        baseUrl: "https://my-res.openai.azure.com/openai/v1",
        api: "azure-openai-responses",
        authHeader: false,
        headers: { "api-key": "@OC_HEADER_KEY@" },  //!
        models: [{ id: "gpt-4o", name: "GPT-4o" }],
      },
      gateway: {
        baseUrl: "http://svc:@OC_URL_PASSWORD@@gateway.example.com/v1",  //!
        apiKey: "@OC_PROVIDER_KEY@",  //!
        api: "openai-completions",
        models: [{ id: "gpt-4o", name: "GPT-4o" }],
      },
      fromenv: {
        baseUrl: "https://my-res.openai.azure.com/openai/v1",
        apiKey: "${DOTENV_KEY}",
        api: "openai-completions",
        headers: { "X-Process": "${AZURE_OPENAI_API_KEY}" },
        models: [{ id: "gpt-4o-mini", name: "mini" }],
      },
    },
  },
  agents: { defaults: { model: "gateway/gpt-4o" } },
}
"""

OPENCLAW_DOTENV = "DOTENV_KEY=@DOTENV_VALUE@\n"

LITELLM = """\
model_list:
  - model_name: gpt-4o
    litellm_params:
      model: azure/gpt-4o
      api_base: https://proxy:@LL_API_BASE_PASSWORD@@my-eastus.openai.azure.com
      api_key: @LL_API_KEY@  #!
      api_version: 2024-10-21  #!
      extra_headers:
        Authorization: "Bearer @LL_EXTRA_HEADER_TOKEN@"
  - model_name: entra
    litellm_params:
      model: azure/gpt-4o-mini
      api_base: https://my-eastus.openai.azure.com
      tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47
      client_id: 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
      client_secret: "@LL_CLIENT_SECRET@"  #!
  - model_name: token
    litellm_params:
      model: azure/gpt-4o
      api_base: https://my-eastus.openai.azure.com
      azure_ad_token: @LL_AD_TOKEN@  #!
      api_key: os.environ/AZURE_API_KEY
  - model_name: digits
    litellm_params:
      model: azure/gpt-4o
      api_base: https://my-eastus.openai.azure.com
      api_key: @LL_NUMERIC_KEY@  #!
      api_version: "2024-10-21"
  - model_name: fromenv
    litellm_params:
      model: azure/gpt-4o
      api_base: os.environ/DOTENV_BASE
      api_key: os.environ/DOTENV_KEY
      api_version: "2024-10-21"
litellm_settings:
  drop_params: true
  langfuse_secret_key: "@LL_SETTINGS_SECRET@"
  langfuse_secret_key: "@LL_SETTINGS_SECRET@"  #!
general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
  master_key: "@LL_MASTER_KEY@"  #!
  database_url: "postgresql://llmproxy:@LL_DATABASE_PASSWORD@@db.internal:5432/litellm"
"""

LITELLM_DOTENV = "DOTENV_KEY=@DOTENV_VALUE@\nDOTENV_BASE=https://user:@DOTENV_PASSWORD@@my-eastus.openai.azure.com\n"

OPENWEBUI_JSON = """\
{
  "openai": {
    "enable": true,
    "api_base_urls": ["https://contoso.openai.azure.com", "https://api.openai.com/v1", "https://gw.example.com/v1"],
    "api_keys": ["@OW_JSON_KEY@", "@OW_JSON_SK@"],
    "api_configs": {
      "0": {"azure": true, "api_version": "2024-10-21", "model_ids": ["gpt-4o"]},
      "2": {"headers": {"X-Api-Key": "@OW_JSON_HEADER@"}}
    }
  }
}
"""

OPENWEBUI_ENV = """\
OPENAI_API_BASE_URLS="https://contoso.openai.azure.com;http://owui:@OW_ENV_URL_PASSWORD@@gw.example.com/v1;https://api.openai.com/v1"  #!
OPENAI_API_KEYS="@OW_ENV_KEY@;@OW_ENV_PASSWORD@"  #!
AZURE_OPENAI_API_KEY=@OW_ENV_KEY@
"""

# Issue 11: secrets where the snippet showed them (a value alone on the line after its key, a
# flow mapping split over lines, a LiteLLM bare value), where messages quoted them (a query string
# of api_base, an Entra secret as a model or instance name, a password percent-encoded in a URL)
# and config values that would drive a terminal (a group name of escape sequences).
OWN_LINE = """\
version: "1.2.1"
endpoints:
  custom:
    - name: "gw"
      apiKey: "@PCT_PASSWORD@"
      baseURL: "http://gw.example.com/@PCT_PASSWORD_ENCODED@/v1"  #!
      models: {default: ["m"]}
  azureOpenAI:
    groups:
      - group: "next-line"
        apiKey:
          "@OWN_LINE_KEY@"  #!
        instanceName: "contoso-a"
        version: "2024-10-21"
        models:
          gpt-4o: {deploymentName: "gpt-4o"}
          "@ENTRA_MODEL_SECRET@": {deploymentName: "gpt-4o"}  #!
      - {group: "flow", apiKey:
          "@FLOW_SPLIT_KEY@",  #!
         instanceName: "contoso-b", version: "2024-10-21", models: {gpt-4o: {deploymentName: "gpt-4o"}}}
      - group: "@ENTRA_INSTANCE_SECRET@"
        apiKey: "${AZURE_OPENAI_API_KEY}"
        instanceName: "@ENTRA_INSTANCE_SECRET@"  #!
        version: "2024-10-21"
        models:
          gpt-4o: {deploymentName: "gpt-4o"}
      - group: "\\e[2J\\e[1;1H\\u009b31m\\u202eALL CLEAN"
        apiKey: "${AZURE_OPENAI_API_KEY}"
        instanceName: "contoso-c"
        models: {gpt-4o: {deploymentName: "gpt-4o", version: "2024-10-21"}}
      - group: "\\e[2J\\e[1;1H\\u009b31m\\u202eALL CLEAN"  #!
        apiKey: "${AZURE_OPENAI_API_KEY}"
        instanceName: "contoso-d"
        models: {gpt-4o: {deploymentName: "gpt-4o", version: "2024-10-21"}}
"""

LITELLM_QUERY = """\
model_list:
  - model_name: bare
    litellm_params:
      model: azure/gpt-4o
      api_base: https://contoso-eastus.openai.azure.com
      api_version: "2024-10-21"
      api_key:
        @LL_BARE_KEY@  #!
  - model_name: query
    litellm_params:
      model: azure/gpt-4o
      api_base: https://contoso-eastus.openai.azure.com/?subscription-key=@QUERY_SUBSCRIPTION_KEY@&sig=@QUERY_SIG@  #!
      api_key: os.environ/AZURE_API_KEY
      api_version: "2024-10-21"
  - model_name: query-key
    litellm_params:
      model: azure/gpt-4o-mini
      api_base: "https://contoso-eastus.openai.azure.com/openai?api-key=@QUERY_API_KEY@"  #!
      api_key: os.environ/AZURE_API_KEY
      api_version: "2024-10-21"
"""

# folder -> files; `check` runs on each folder's config (and on the folder itself).
SETS = {
    "librechat": {"librechat.yaml": LIBRECHAT, ".env": LIBRECHAT_DOTENV, "extra.env": EXTRA_ENV,
                  "cfg.env": CONFIG_ENV, ".azlint.yaml": AZLINT_YAML},
    "openclaw": {"openclaw.json": OPENCLAW, ".env": OPENCLAW_DOTENV},
    "litellm": {"config.yaml": LITELLM, ".env": LITELLM_DOTENV, "extra.env": EXTRA_ENV},
    "openwebui": {"config.json": OPENWEBUI_JSON},
    "openwebui-env": {"openwebui.env": OPENWEBUI_ENV},
    "own-line": {"librechat.yaml": OWN_LINE},
    "litellm-query": {"config.yaml": LITELLM_QUERY},
}

# The config of each set, with its --dialect when the content alone does not tell it, and the
# LSP languageId an editor would send.
CONFIGS = {
    "librechat": ("librechat.yaml", None, "yaml"),
    "openclaw": ("openclaw.json", None, "json5"),
    "litellm": ("config.yaml", None, "yaml"),
    "openwebui": ("config.json", "openwebui", "json"),
    "openwebui-env": ("openwebui.env", "openwebui-env", "dotenv"),
    "own-line": ("librechat.yaml", None, "yaml"),
    "litellm-query": ("config.yaml", None, "yaml"),
}

# The process environment every front runs with (besides PATH): secrets azlint resolves
# `${VAR}` / `os.environ/VAR` against and must never print.
PROCESS_ENV = {"AZURE_OPENAI_API_KEY": SECRETS["PROCESS_ENV_KEY"], "AZURE_API_KEY": SECRETS["PROCESS_ENV_KEY"],
               "PROCESS_PASSWORD": SECRETS["PROCESS_ENV_PASSWORD"]}


def write_set(root, name):
    """Writes one set into root/name; returns {file name: (text, lines that must have a finding)}."""
    import os
    d = os.path.join(root, name)
    os.makedirs(d, exist_ok=True)
    out = {}
    for fname, template in SETS[name].items():
        lines, must = [], []
        for i, line in enumerate(fill(template).split("\n"), 1):
            for marker in ("  #!", "  //!"):
                if line.endswith(marker):
                    line = line[: -len(marker)]
                    must.append(i)
            lines.append(line)
        text = "\n".join(lines)
        with open(os.path.join(d, fname), "w") as f:
            f.write(text)
        out[fname] = (text, must)
    return out
