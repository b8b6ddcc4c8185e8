// Targets per dialect, read with the dialects' own views (lint/librechat, lint/litellm,
// lint/openwebui, lint/openclaw).
#include "lint/verify/targets.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "lint/azure/hosts.h"
#include "lint/librechat/azure_view.h"
#include "lint/litellm/model_list.h"
#include "lint/openclaw/view.h"
#include "lint/openwebui/fields.h"
#include "lint/verify/http.h"
#include "lint/verify/send_policy.h"

namespace azlint::verify {
namespace {

std::string trim_slash(std::string s) {
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

Target base_target(const Document& doc, const Node& at, std::string label) {
  Target t;
  t.file = doc.source;
  t.span = at.key_or_value_span();
  t.pointer = at.pointer;
  t.label = std::move(label);
  return t;
}

std::string env_value(const Env& env, const std::string& name) {
  const EnvEntry* e = env.find(name);
  return e ? e->value : std::string();
}

// A URL a config gives without `scheme://`: the target is not probed (curl would guess plain
// http and send the key in clear). False when the URL has a scheme.
bool skip_without_scheme(Target& t, const std::string& url, const std::string& field) {
  if (has_scheme(url)) return false;
  t.skip_reason = field + " has no scheme, and azlint never guesses one (curl would send the request over plain "
                  "http); `azlint check` reports it as url-format";
  return true;
}

// AZURE_AUTHORITY_HOST as the Azure SDK reads it: a bare host name means https://.
std::string authority_from(const Env& env, const std::string& fallback) {
  std::string v = env_value(env, "AZURE_AUTHORITY_HOST");
  while (!v.empty() && (v.back() == '/' || v.back() == ' ')) v.pop_back();
  while (!v.empty() && v.front() == ' ') v.erase(v.begin());
  if (v.empty()) return fallback;
  return has_scheme(v) ? v : "https://" + v;
}

// An endpoint as the Azure SDK takes it: `{endpoint}` without `/openai/...`, and whether it is a v1 base.
void split_endpoint(Target& t, std::string base) {
  base = trim_slash(base);
  std::string low = lower(base);
  size_t at = low.find("/openai");
  if (at != std::string::npos) {
    std::string rest = low.substr(at);
    if (rest == "/openai/v1" || rest.rfind("/openai/v1/", 0) == 0) t.v1 = true;
    base = base.substr(0, at);
  }
  t.endpoint = base;
}

// Entra from the environment: AZURE_AD_TOKEN, else client credentials from AZURE_TENANT_ID/...
bool entra_from_env(Auth& a, const Env& env) {
  a.authority = authority_from(env, a.authority);
  if (std::string tok = env_value(env, "AZURE_AD_TOKEN"); !tok.empty()) {
    a.kind = Auth::Kind::Bearer;
    a.secret = tok;
    a.source = "AZURE_AD_TOKEN";
    return true;
  }
  std::string tenant = env_value(env, "AZURE_TENANT_ID"), id = env_value(env, "AZURE_CLIENT_ID"),
              secret = env_value(env, "AZURE_CLIENT_SECRET");
  if (!tenant.empty() && !id.empty() && !secret.empty()) {
    a.kind = Auth::Kind::ClientCredentials;
    a.tenant = tenant;
    a.client_id = id;
    a.client_secret = secret;
    a.source = "AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET";
    return true;
  }
  return false;
}

// ---- LibreChat ------------------------------------------------------------------------------

// A checked field: a whole-value `${VAR}` is looked up (unset: nullopt, `missing` names it).
std::optional<std::string> librechat_value(const Node* n, const Env& env, std::string& missing) {
  if (!n || !n->is_string()) return std::string();
  if (auto var = whole_env_ref(n->text)) {
    if (!env.is_set(*var)) {
      missing = "${" + *var + "}";
      return std::nullopt;
    }
    return env.find(*var)->value;
  }
  return n->text;
}

// `what` stands in the host part of `url` (between `://` and the path).
bool placeholder_in_host(const std::string& url, const std::string& what) {
  size_t at = url.find(what);
  if (at == std::string::npos) return false;
  size_t sep = url.find("://");
  size_t host = sep == std::string::npos ? 0 : sep + 3;
  size_t end = url.find_first_of("/?#", host);
  return at >= host && (end == std::string::npos || at < end);
}

std::string replace_first(std::string s, const std::string& what, const std::string& with) {
  size_t p = s.find(what);
  if (p != std::string::npos) s.replace(p, what.size(), with);
  return s;
}

void librechat_targets(const Document& doc, const Env& env, std::vector<Target>& out) {
  librechat::AzureView view = librechat::build_azure_view(doc);
  for (const librechat::Group& g : view.groups) {
    for (const librechat::Model& m : g.models) {
      Target t = base_target(doc, m.key(), "group \"" + std::string(g.group_name) + "\", model \"" + std::string(m.name) + "\"");
      std::string missing;
      auto key = librechat_value(g.api_key, env, missing);
      auto instance = librechat_value(g.instance_name, env, missing);
      auto deployment = librechat_value(m.deployment, env, missing);
      auto version = librechat_value(m.version, env, missing);
      t.deployment = deployment.value_or("");
      t.api_version = version.value_or("");
      t.reasoning = is_reasoning_name(std::string(m.name)) || is_reasoning_name(t.deployment);
      if (!missing.empty()) {
        t.skip_reason = "environment variable " + missing + " is not set (LibreChat refuses to start)";
        out.push_back(std::move(t));
        continue;
      }
      if (key && !key->empty()) {
        t.auth.kind = Auth::Kind::ApiKey;
        t.auth.header = "api-key";
        t.auth.secret = *key;
        t.auth.source = "apiKey";
      }
      std::string base_url = g.base_url && g.base_url->is_string() ? expand_env(g.base_url->text, env) : std::string();
      if (g.serverless) {
        if (base_url.empty()) {
          t.skip_reason = "serverless group without a baseURL";
        } else if (!skip_without_scheme(t, base_url, "baseURL")) {
          t.kind = TargetKind::AzureDeployment;
          t.url = base_url;
          t.endpoint = base_url;
          t.deployment = std::string(m.name);
        }
        out.push_back(std::move(t));
        continue;
      }
      if (t.deployment.empty() || t.api_version.empty()) {
        t.skip_reason = "no deploymentName or version after inheritance (LibreChat refuses to start)";
        out.push_back(std::move(t));
        continue;
      }
      const bool instance_used = base_url.empty() || base_url.find("${INSTANCE_NAME}") != std::string::npos;
      const std::string instance_field =
          g.instance_name && whole_env_ref(g.instance_name->text) ? "instanceName (" + g.instance_name->text + ")"
                                                                  : "instanceName \"" + instance.value_or("") + "\"";
      if (!base_url.empty()) {
        if (!skip_without_scheme(t, base_url, "baseURL")) {
          if (instance_used && !is_host_label(instance.value_or(""))) {
            t.skip_reason = instance_field + " is not a host label, and baseURL puts it into the URL; `azlint check` "
                            "reports it as librechat/instance-name-format";
          } else if (placeholder_in_host(base_url, "${DEPLOYMENT_NAME}") && !is_host_label(t.deployment)) {
            t.skip_reason = "the deployment name is not a host label, and baseURL puts it into the host name";
          } else {
            std::string u = replace_first(base_url, "${INSTANCE_NAME}", instance.value_or(""));
            u = replace_first(u, "${DEPLOYMENT_NAME}", t.deployment);
            u = trim_slash(u);
            // The OpenAI client LibreChat builds posts to {baseURL}/chat/completions?api-version=V.
            t.endpoint = u;
            t.url = u + "/chat/completions?api-version=" + t.api_version;
          }
        }
      } else if (!instance || instance->empty()) {
        t.skip_reason = "no instanceName";
      } else if (!is_host_label(*instance)) {
        t.skip_reason = instance_field + " is not a resource name (LibreChat builds https://<instanceName>.openai.azure.com); "
                        "`azlint check` reports it as librechat/instance-name-format";
      } else {
        t.endpoint = "https://" + *instance + ".openai.azure.com";
      }
      t.version_field = m.own_version ? "the model's version" : "the group's version";
      t.fix_hint = "set deploymentName to the name of a deployment of this resource (Azure AI Foundry: Deployments; names are case-sensitive)";
      out.push_back(std::move(t));
    }
  }
}

// ---- LiteLLM --------------------------------------------------------------------------------

std::string litellm_param(const litellm::Deployment& d, const char* key, const Env& env) {
  auto r = litellm::resolve(d.param(key), env);
  return r ? r->text : std::string();
}

void litellm_targets(const Document& doc, const Env& base_env, std::vector<Target>& out) {
  Env env = base_env;
  litellm::add_config_env(doc, env);
  litellm::View view = litellm::build_view(doc);
  for (const litellm::Deployment& d : view.deployments) {
    if (!d.is_azure()) continue;
    Target t = base_target(doc, d.anchor(), d.label());
    t.deployment = d.deployment;
    t.reasoning = litellm::routes_as_o_series(d.detection()) || litellm::routes_as_gpt5(d.detection());
    std::string api_base = litellm_param(d, "api_base", env);
    std::string base_field = "api_base";
    if (api_base.empty()) {
      api_base = env_value(env, "AZURE_API_BASE");
      base_field = "AZURE_API_BASE";
    }
    t.api_version = litellm_param(d, "api_version", env);
    if (t.api_version.empty()) t.api_version = env_value(env, "AZURE_API_VERSION");
    if (t.api_version.empty()) t.api_version = "2025-02-01-preview";  // litellm.AZURE_DEFAULT_API_VERSION
    if (api_base.empty()) {
      t.skip_reason = "no api_base (and AZURE_API_BASE is not set)";
      out.push_back(std::move(t));
      continue;
    }
    if (skip_without_scheme(t, api_base, base_field)) {
      out.push_back(std::move(t));
      continue;
    }
    split_endpoint(t, api_base);
    if (lower(api_base).find("/openai/deployments") != std::string::npos) {
      // LiteLLM hands such an api_base to the SDK as base_url: requests go to {api_base}/chat/completions.
      t.url = trim_slash(api_base) + "/chat/completions?api-version=" + t.api_version;
    }
    if (t.api_version == "preview" || t.api_version == "latest" || t.api_version == "v1") t.v1 = true;
    Auth& a = t.auth;
    a.authority = authority_from(env, a.authority);
    std::string key = litellm_param(d, "api_key", env);
    std::string token = litellm_param(d, "azure_ad_token", env);
    std::string tenant = litellm_param(d, "tenant_id", env), client = litellm_param(d, "client_id", env),
                secret = litellm_param(d, "client_secret", env);
    if (tenant.empty()) tenant = env_value(env, "AZURE_TENANT_ID");
    if (client.empty()) client = env_value(env, "AZURE_CLIENT_ID");
    if (secret.empty()) secret = env_value(env, "AZURE_CLIENT_SECRET");
    if (std::string scope = litellm_param(d, "azure_scope", env); !scope.empty()) a.scope = scope;
    else if (std::string s = env_value(env, "AZURE_SCOPE"); !s.empty()) a.scope = s;
    // LiteLLM's precedence: api_key, then Entra (token, service principal), then the env keys.
    const bool explicit_sp = d.param("tenant_id") || d.param("client_id") || d.param("client_secret");
    if (!key.empty()) {
      a.kind = Auth::Kind::ApiKey;
      a.header = "api-key";
      a.secret = key;
      a.source = "api_key";
    } else if (d.param("api_key")) {
      t.skip_reason = "api_key refers to an unset variable";
    } else if (!token.empty()) {
      if (token.rfind("oidc/", 0) == 0) {
        t.skip_reason = "azure_ad_token is an oidc/ reference; azlint cannot exchange it";
      } else {
        a.kind = Auth::Kind::Bearer;
        a.secret = token;
        a.source = "azure_ad_token";
      }
    } else if (explicit_sp) {
      if (tenant.empty() || client.empty() || secret.empty()) {
        t.skip_reason = "tenant_id, client_id and client_secret must all be set";
      } else {
        a.kind = Auth::Kind::ClientCredentials;
        a.tenant = tenant;
        a.client_id = client;
        a.client_secret = secret;
        a.source = "tenant_id/client_id/client_secret";
      }
    } else if (std::string env_key = !env_value(env, "AZURE_OPENAI_API_KEY").empty() ? env_value(env, "AZURE_OPENAI_API_KEY")
                                                                                     : env_value(env, "AZURE_API_KEY");
               !env_key.empty()) {
      a.kind = Auth::Kind::ApiKey;
      a.header = "api-key";
      a.secret = env_key;
      a.source = "AZURE_API_KEY";
    } else {
      entra_from_env(a, env);
    }
    t.version_field = d.param("api_version") ? "litellm_params.api_version" : "litellm_params.api_version (default " + t.api_version + ")";
    t.fix_hint = "set litellm_params.model to azure/<deployment name> as created in the resource";
    out.push_back(std::move(t));
  }
}

// ---- Open WebUI -----------------------------------------------------------------------------

void openwebui_targets(const Document& doc, const Env& env, std::vector<Target>& out) {
  openwebui::View view = openwebui::build_view(doc);
  for (const openwebui::Connection& c : view.connections) {
    if (!c.azure() || !c.enabled || !c.url) continue;
    Target proto = base_target(doc, *c.url, c.label);
    split_endpoint(proto, c.url->text);
    skip_without_scheme(proto, c.url->text, "the connection's URL");
    const Node* ver = c.cfg_string("api_version");
    proto.api_version = ver ? ver->text : "2023-03-15-preview";
    const Node* auth = c.cfg_string("auth_type");
    std::string type = auth ? auth->text : "";
    if (type == "azure_ad" || type == "microsoft_entra_id") {
      if (!entra_from_env(proto.auth, env)) proto.skip_reason = "auth_type " + type + " needs AZURE_AD_TOKEN or AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET";
    } else if (c.key && !c.key->text.empty()) {
      proto.auth.kind = Auth::Kind::ApiKey;
      proto.auth.header = "api-key";
      proto.auth.secret = c.key->text;
      proto.auth.source = view.keys_name + "[" + std::to_string(c.index) + "]";
    }
    proto.fix_hint = "list the resource's deployment names in model_ids";
    proto.version_field = ver ? "api_version" : "api_version (Open WebUI's default is 2023-03-15-preview, retired)";
    const Node* cfg = c.cfg();
    const Node* ids = cfg ? cfg->get("model_ids") : nullptr;
    bool any = false;
    if (ids && ids->is_sequence()) {
      for (const Node& id : ids->items) {
        if (!id.is_string() || id.text.empty()) continue;
        Target t = proto;
        t.span = id.span;
        t.pointer = id.pointer;
        t.label = c.label + ", model_ids \"" + id.text + "\"";
        t.deployment = id.text;
        t.reasoning = is_reasoning_name(id.text);
        out.push_back(std::move(t));
        any = true;
      }
    }
    if (!any) {
      proto.kind = TargetKind::AzureResource;
      out.push_back(std::move(proto));
    }
  }
}

// ---- OpenClaw -------------------------------------------------------------------------------

std::string openclaw_key(const openclaw::Provider& p, const Env& env, bool& unresolved) {
  const Node* k = p.api_key;
  if (!k) return "";
  if (k->is_string()) {
    auto r = openclaw::resolve(k->text, env);
    if (!r) unresolved = true;
    return r.value_or("");
  }
  if (k->is_mapping() && k->str("source") == "env") {
    std::string v = env_value(env, std::string(k->str("id")));
    if (v.empty()) unresolved = true;
    return v;
  }
  if (k->is_mapping()) unresolved = true;  // file/exec/store refs: not read
  return "";
}

void openclaw_targets(const Document& doc, const Env& base_env, std::vector<Target>& out) {
  Env env = base_env;
  openclaw::add_config_env(doc, env);
  openclaw::View view = openclaw::build_view(doc);
  for (const openclaw::Provider& p : view.providers) {
    bool unresolved = false;
    std::string key = openclaw_key(p, env, unresolved);
    // headers: {"api-key": KEY} (OpenClaw's own Azure onboarding).
    std::string header_key;
    if (p.headers)
      if (const Node* h = p.headers->get("api-key"); h && h->is_string()) header_key = openclaw::resolve(h->text, env).value_or("");
    for (const openclaw::Model& m : p.models) {
      const Node* bu = p.base_url_for(m);
      if (!bu || !bu->is_string() || !m.id) continue;
      Target t = base_target(doc, *m.id, "provider \"" + std::string(p.id) + "\", model \"" + std::string(m.id_text()) + "\"");
      t.deployment = std::string(m.id_text());
      t.reasoning = is_reasoning_name(t.deployment);
      auto base = openclaw::resolve(bu->text, env);
      if (!base) {
        t.skip_reason = "baseUrl refers to an unset variable";
        out.push_back(std::move(t));
        continue;
      }
      if (skip_without_scheme(t, *base, "baseUrl")) {
        out.push_back(std::move(t));
        continue;
      }
      ParsedUrl parsed = parse_url(*base);
      const bool azure = parsed.ok && azure::is_azure_openai_host(parsed.host);
      if (unresolved) t.skip_reason = "apiKey refers to an unset variable";
      if (azure) {
        split_endpoint(t, *base);
        t.kind = TargetKind::AzureDeployment;
        t.api_version = env_value(env, "AZURE_OPENAI_API_VERSION");
        t.version_field = "AZURE_OPENAI_API_VERSION";
        if (t.api_version.empty()) t.api_version = "2024-12-01-preview";
        t.auth.kind = Auth::Kind::ApiKey;
        t.auth.header = "api-key";
        t.auth.secret = header_key.empty() ? key : header_key;
        t.auth.source = header_key.empty() ? "apiKey" : "headers.api-key";
        if (t.auth.secret.empty()) t.auth.kind = Auth::Kind::None;
        t.fix_hint = "use the deployment name as the model id";
      } else {
        t.kind = TargetKind::OpenAIModels;
        t.endpoint = trim_slash(*base);
        if (!key.empty()) {
          t.auth.kind = Auth::Kind::BearerKey;
          t.auth.secret = key;
          t.auth.source = "apiKey";
        }
        t.fix_hint = "use a model_name the proxy serves as the model id";
      }
      out.push_back(std::move(t));
    }
  }
}

// The credential is (or holds) a value of the process environment or of an env file: a config can
// name any host, so such a value goes only where send_policy allows a credential from there. A
// value a config copies into its own environment (LiteLLM `environment_variables: {K:
// os.environ/V}`) still counts as the environment's.
bool from_environment(const std::string& secret, const Env& env) {
  if (secret.empty()) return false;
  for (const std::string& name : env.names()) {
    const EnvEntry* e = env.find(name);
    if (!e || e->value.empty()) continue;
    if (e->value == secret || (e->value.size() >= 8 && secret.find(e->value) != std::string::npos)) return true;
  }
  return false;
}

}  // namespace

bool is_reasoning_name(const std::string& name) {
  std::string n = lower(name);
  if (n.size() >= 2 && n[0] == 'o' && std::isdigit(static_cast<unsigned char>(n[1]))) return true;
  if (n.find("gpt-5") != std::string::npos || n.find("gpt5") != std::string::npos) return true;
  return n.find("/o1") != std::string::npos || n.find("/o3") != std::string::npos || n.find("/o4") != std::string::npos;
}

std::vector<Target> collect_targets(const Document& doc, const Env& env) {
  std::vector<Target> out;
  if (!doc.parsed) return out;
  switch (doc.dialect) {
    case Dialect::LibreChat: librechat_targets(doc, env, out); break;
    case Dialect::LiteLLM: litellm_targets(doc, env, out); break;
    case Dialect::OpenWebUI:
    case Dialect::OpenWebUIEnv: openwebui_targets(doc, env, out); break;
    case Dialect::OpenClaw: openclaw_targets(doc, env, out); break;
    case Dialect::Unknown: break;
  }
  for (Target& t : out)
    t.auth.from_env = from_environment(t.auth.kind == Auth::Kind::ClientCredentials ? t.auth.client_secret : t.auth.secret, env);
  return out;
}

}  // namespace azlint::verify
