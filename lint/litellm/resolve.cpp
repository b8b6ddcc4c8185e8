// How the LiteLLM proxy builds an Azure request: api_base (else AZURE_API_BASE), api_version
// (else AZURE_API_VERSION, else litellm.AZURE_DEFAULT_API_VERSION), and its auth precedence.
#include "lint/litellm/resolve.h"

#include <algorithm>
#include <cctype>

#include "lint/litellm/model_list.h"

namespace azlint::litellm {
namespace {

using namespace resolution;

// A parameter as LiteLLM sees it ("" when absent or unset), and where it came from.
Part param(const Deployment& d, const char* key, const Env& env) {
  const Node* n = d.param(key);
  auto r = resolve(n, env);
  if (!r) return {};
  Part p;
  p.value = r->text;
  p.from = r->var.empty() ? from_config(n) : from_env(env, r->var, n);
  return p;
}

// The parameter, else the environment variable LiteLLM falls back to.
Part param_or_env(const Deployment& d, const char* key, const Env& env, const std::string& var) {
  Part p = param(d, key, env);
  return p.empty() ? env_part(env, var) : p;
}

// `drop_params: true` (the deployment's, else litellm_settings'): LiteLLM drops every OpenAI
// parameter Azure does not support for the model (litellm/utils.py get_optional_params); listed as
// "(unsupported)". `additional_drop_params`: these names are always dropped.
void drop_params(ResolvedRequest& t, const Deployment& d, const View& view) {
  const Node* drop = d.param("drop_params");
  if (!drop) drop = view.setting("drop_params");
  if (drop && drop->is_true()) {
    Param p = param_from("(unsupported)", drop);
    p.value.clear();
    t.params_dropped.push_back(std::move(p));
  }
  if (const Node* extra = d.param("additional_drop_params"); extra && extra->is_sequence())
    for (const Node& n : extra->items())
      if (n.is_string()) t.params_dropped.push_back(param_from(n.text, &n));
}

ResolvedRequest resolve_one(const Document& doc, const Env& env, const Deployment& d, const View& view) {
  ResolvedRequest t = at(doc, d.anchor(), d.label());
  drop_params(t, d, view);
  if (d.model_name && d.model_name->is_string()) t.model = d.model_name->text;
  t.deployment = {d.deployment, from_config(d.model)};
  t.reasoning = routes_as_o_series(d.detection()) || routes_as_gpt5(d.detection());
  Part api_base = param(d, "api_base", env);
  std::string base_field = "api_base";
  if (api_base.empty()) {
    api_base = env_part(env, "AZURE_API_BASE");
    base_field = "AZURE_API_BASE";
  }
  t.api_version = param_or_env(d, "api_version", env, "AZURE_API_VERSION");
  if (t.api_version.empty()) t.api_version = {"2025-02-01-preview", {}};  // litellm.AZURE_DEFAULT_API_VERSION
  if (api_base.empty()) {
    if (auto var = env_ref(d.param("api_base"))) {
      unresolved(t, std::string(*var));
      t.endpoint = {"os.environ/" + std::string(*var), from_env(env, std::string(*var), d.param("api_base"))};
    }
    t.skip_reason = "no api_base (and AZURE_API_BASE is not set)";
    return t;
  }
  if (skip_without_scheme(t, api_base.value, base_field)) return t;
  split_endpoint(t, api_base.value, api_base.from);
  const std::string& v = t.api_version.value;
  if (v == "preview" || v == "latest" || v == "v1") t.v1 = true;
  // Outside the v1 route the SDK takes api_base as azure_endpoint and appends
  // /openai/deployments/{deployment} to it as written (openai's AzureOpenAI): a path in api_base
  // stays in the URL (what litellm/api-base-path reports).
  if (!t.v1) t.endpoint.value = trim_slash(api_base.value);
  std::string low = api_base.value;
  std::transform(low.begin(), low.end(), low.begin(), [](unsigned char c) { return std::tolower(c); });
  if (low.find("/openai/deployments") != std::string::npos) {
    // LiteLLM hands such an api_base to the SDK as base_url: requests go to {api_base}/chat/completions.
    t.fixed_url = {trim_slash(api_base.value) + "/chat/completions?api-version=" + t.api_version.value, api_base.from};
  }
  ResolvedAuth& a = t.auth;
  a.authority = authority_from(env, a.authority);
  Part key = param(d, "api_key", env);
  Part token = param(d, "azure_ad_token", env);
  Part tenant = param_or_env(d, "tenant_id", env, "AZURE_TENANT_ID");
  Part client = param_or_env(d, "client_id", env, "AZURE_CLIENT_ID");
  Part secret = param_or_env(d, "client_secret", env, "AZURE_CLIENT_SECRET");
  if (Part scope = param(d, "azure_scope", env); !scope.empty()) a.scope = scope.value;
  else if (std::string s = env_value(env, "AZURE_SCOPE"); !s.empty()) a.scope = s;
  // LiteLLM's precedence: api_key, then Entra (token, service principal), then the env keys.
  const bool explicit_sp = d.param("tenant_id") || d.param("client_id") || d.param("client_secret");
  if (!key.empty()) {
    a.kind = AuthKind::ApiKey;
    a.header = "api-key";
    a.secret = key;
    a.source = "api_key";
  } else if (d.param("api_key")) {
    if (auto var = env_ref(d.param("api_key"))) unresolved(t, std::string(*var));
    t.skip_reason = "api_key refers to an unset variable";
  } else if (!token.empty()) {
    if (token.value.rfind("oidc/", 0) == 0) {
      t.skip_reason = "azure_ad_token is an oidc/ reference; azlint cannot exchange it";
    } else {
      a.kind = AuthKind::Bearer;
      a.secret = token;
      a.source = "azure_ad_token";
    }
  } else if (explicit_sp) {
    if (tenant.empty() || client.empty() || secret.empty()) {
      t.skip_reason = "tenant_id, client_id and client_secret must all be set";
    } else {
      a.kind = AuthKind::EntraClientCredentials;
      a.tenant = tenant;
      a.client_id = client;
      a.client_secret = secret;
      a.source = "tenant_id/client_id/client_secret";
    }
  } else if (Part env_key = !env_value(env, "AZURE_OPENAI_API_KEY").empty() ? env_part(env, "AZURE_OPENAI_API_KEY")
                                                                            : env_part(env, "AZURE_API_KEY");
             !env_key.empty()) {
    a.kind = AuthKind::ApiKey;
    a.header = "api-key";
    a.secret = env_key;
    a.source = "AZURE_API_KEY";
  } else {
    entra_from_env(a, env);
  }
  t.version_field = d.param("api_version") ? "litellm_params.api_version"
                                           : "litellm_params.api_version (default " + t.api_version.value + ")";
  t.fix_hint = "set litellm_params.model to azure/<deployment name> as created in the resource";
  return t;
}

}  // namespace

std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& base_env) {
  Env env = base_env;
  add_config_env(doc, env);
  std::vector<ResolvedRequest> out;
  View view = build_view(doc);
  for (const Deployment& d : view.deployments) {
    if (!d.is_azure()) continue;
    out.push_back(resolve_one(doc, env, d, view));
    finish(out.back());
  }
  return out;
}

}  // namespace azlint::litellm
