// How OpenClaw calls a provider's model: the model's (else the provider's) baseUrl after `${VAR}`,
// the model id as the deployment, AZURE_OPENAI_API_VERSION (default 2024-12-01-preview) on an
// Azure host, and the key as `api-key` (Azure, `headers.api-key` first) or Bearer (a proxy).
#include "lint/openclaw/resolve.h"

#include "lint/azure/hosts.h"
#include "lint/openclaw/view.h"
#include "lint/url.h"

namespace azlint::openclaw {
namespace {

using namespace resolution;

// The provider's apiKey: a string (with `${VAR}`), or a SecretRef `{source: "env", id}`.
Part api_key(const Provider& p, const Env& env, bool& unresolved) {
  const Node* k = p.api_key;
  if (!k) return {};
  if (k->is_string()) {
    auto r = resolve(k->text, env);
    if (!r) unresolved = true;
    Part part{r.value_or(""), from_config(k)};
    if (auto var = whole_env_ref(k->text)) part.from = from_env(env, *var, k);
    return part;
  }
  if (k->is_mapping() && k->str("source") == "env") {
    std::string var(k->str("id"));
    Part part = env_part(env, var, k);
    if (part.empty()) unresolved = true;
    return part;
  }
  if (k->is_mapping()) unresolved = true;  // file/exec/store refs: not read
  return {};
}

}  // namespace

std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& base_env) {
  Env env = base_env;
  add_config_env(doc, env);
  std::vector<ResolvedRequest> out;
  View view = build_view(doc);
  for (const Provider& p : view.providers) {
    bool unresolved = false;
    Part key = api_key(p, env, unresolved);
    // headers: {"api-key": KEY} (OpenClaw's own Azure onboarding).
    Part header_key;
    if (p.headers)
      if (const Node* h = p.headers->get("api-key"); h && h->is_string())
        header_key = {resolve(h->text, env).value_or(""), from_config(h)};
    for (const Model& m : p.models) {
      const Node* bu = p.base_url_for(m);
      if (!bu || !bu->is_string() || !m.id) continue;
      ResolvedRequest t = at(doc, *m.id, "provider \"" + std::string(p.id) + "\", model \"" + std::string(m.id_text()) + "\"");
      t.model = std::string(m.id_text());
      t.deployment = config_part(m.id);
      t.reasoning = is_reasoning_name(t.deployment.value);
      auto base = resolve(bu->text, env);
      if (!base) {
        t.skip_reason = "baseUrl refers to an unset variable";
        out.push_back(std::move(t));
        continue;
      }
      Provenance base_from = from_config(bu);
      if (auto var = whole_env_ref(bu->text)) base_from = from_env(env, *var, bu);
      if (skip_without_scheme(t, *base, "baseUrl")) {
        out.push_back(std::move(t));
        continue;
      }
      // The host as written (lint/url.h): resolving never loads libcurl; verify's send policy
      // parses the URL with libcurl before anything is sent.
      const bool azure = azure::is_azure_openai_host(split_url(*base).host);
      if (unresolved) t.skip_reason = "apiKey refers to an unset variable";
      if (azure) {
        split_endpoint(t, *base, base_from);
        t.api_version = env_part(env, "AZURE_OPENAI_API_VERSION");
        t.version_field = "AZURE_OPENAI_API_VERSION";
        if (t.api_version.empty()) t.api_version = {"2024-12-01-preview", {}};
        t.auth.kind = AuthKind::ApiKey;
        t.auth.header = "api-key";
        t.auth.secret = header_key.empty() ? key : header_key;
        t.auth.source = header_key.empty() ? "apiKey" : "headers.api-key";
        if (t.auth.secret.empty()) t.auth.kind = AuthKind::None;
        t.fix_hint = "use the deployment name as the model id";
      } else {
        t.route = RequestRoute::Proxy;
        t.endpoint = {trim_slash(*base), base_from};
        if (!key.empty()) {
          t.auth.kind = AuthKind::BearerKey;
          t.auth.secret = key;
          t.auth.source = "apiKey";
        }
        t.fix_hint = "use a model_name the proxy serves as the model id";
      }
      finish(t);
      out.push_back(std::move(t));
    }
  }
  return out;
}

}  // namespace azlint::openclaw
