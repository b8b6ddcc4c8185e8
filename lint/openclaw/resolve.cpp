// How OpenClaw calls a provider's model: the model's (else the provider's) baseUrl after `${VAR}`,
// the model id as the deployment, and the key as `api-key` (Azure, `headers.api-key` first) or
// Bearer (a proxy). The `azure-openai-responses` adapter adds its own api-version
// (azure_responses below); the OpenAI-style adapters post to {baseUrl}/chat/completions, or
// {baseUrl}/responses for `openai-responses`; `anthropic-messages` to {baseUrl}/v1/messages and
// `ollama` to {baseUrl}/api/chat. A provider with no apiKey sends nothing to a host that is not
// local. tests/show/openclaw_oracle.mjs checks all of it against what openclaw itself sends.
#include "lint/openclaw/resolve.h"

#include <algorithm>
#include <cctype>

#include "lint/ascii.h"
#include "lint/azure/hosts.h"
#include "lint/loopback.h"
#include "lint/openclaw/view.h"
#include "lint/url.h"

namespace azlint::openclaw {
namespace {

using namespace resolution;

// The provider's apiKey: a string (with `${VAR}`), or a SecretRef `{source: "env", id}`. The
// variables it names that are unset go into `unset` ("" for a file/exec/store ref, not read).
Part api_key(const Provider& p, const Env& env, std::vector<std::string>& unset) {
  const Node* k = p.api_key;
  if (!k) return {};
  if (k->is_string()) {
    auto r = resolve(k->text, env);
    if (!r)
      for (const EnvRef& ref : find_env_refs(k->text, EnvSyntax::DollarBraceUpper))
        if (!env.is_set(ref.name)) unset.push_back(ref.name);
    Part part{r.value_or(""), from_config(k)};
    if (auto var = whole_env_ref(k->text)) part.from = from_env(env, *var, k);
    return part;
  }
  if (k->is_mapping() && k->str("source") == "env") {
    std::string var(k->str("id"));
    Part part = env_part(env, var, k);
    if (part.empty()) unset.push_back(var);
    return part;
  }
  if (k->is_mapping()) unset.emplace_back();  // file/exec/store refs: not read
  return {};
}

// What a model's `compat` flags do to the body OpenClaw sends on the chat-completions adapter
// (src/agents/openai-completions-compat.ts): a `supports*: false` leaves the parameter out, a
// `maxTokensField` names the field the token limit goes in instead of `max_tokens`.
void compat_params(ResolvedRequest& t, const Model& m) {
  if (!m.compat || !m.compat->is_mapping()) return;
  static constexpr std::pair<const char*, const char*> kDrops[] = {
      {"supportsStore", "store"}, {"supportsReasoningEffort", "reasoning_effort"}, {"supportsUsageInStreaming", "stream_options"}};
  for (const auto& [flag, param] : kDrops) {
    const Node* f = m.compat->get(flag);
    if (f && f->is_bool() && !f->boolean) t.params_dropped.push_back(param_from(param, f));
  }
  if (const Node* f = m.compat->get("maxTokensField"); f && f->is_string() && !f->text.empty() && f->text != "max_tokens") {
    t.params_dropped.push_back(param_from("max_tokens", f));
    Param added = param_from(f->text, f);
    added.value = "(the token limit)";
    t.params_added.push_back(std::move(added));
  }
}

// `agents.defaults.model`: its primary (or the plain string) is the default, the rest fallbacks.
// A ref to a model a provider lists marks that request; a ref to a bundled provider OpenClaw
// configures itself (or to anything else) is listed on its own, and not probed.
void mark_refs(std::vector<ResolvedRequest>& out, const Document& doc, const View& view) {
  bool first = true;
  for (const ModelRef& ref : view.model_refs()) {
    const char* role = first ? "default" : "fallback";
    first = false;
    std::string provider = ref.provider, model = ref.model;
    if (provider.empty()) {  // an alias of agents.defaults.models
      std::string target = view.alias_target(model);
      size_t slash = target.find('/');
      if (slash != std::string::npos) {
        provider = target.substr(0, slash);
        for (char& c : provider) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        model = target.substr(slash + 1);
      }
    }
    const Provider* p = provider.empty() ? nullptr : view.find_provider(provider);
    auto hit = std::find_if(out.begin(), out.end(), [&](const ResolvedRequest& r) {
      return p && r.role == "model" && r.model == std::string(p->id) + "/" + model;
    });
    if (hit != out.end()) {
      hit->role = role;
      continue;
    }
    ResolvedRequest t = at(doc, *ref.node, std::string(role) + " \"" + ref.node->text + "\"");
    t.model = provider.empty() ? model : provider + "/" + model;
    t.role = role;
    t.alias = true;
    t.route = RequestRoute::Resource;
    t.deployment = {model, from_config(ref.node)};
    if (p && !p->bundled && !is_bundled_provider(provider)) {
      t.skip_reason = "provider \"" + provider + "\" does not list model \"" + model + "\" with a baseUrl";
    } else if (p || is_bundled_provider(provider)) {
      t.note = "bundled provider \"" + provider + "\": the URL is chosen by OpenClaw";
      t.skip_reason = t.note;
    } else {
      t.skip_reason = provider.empty() ? "\"" + model + "\" is neither provider/model nor an alias"
                                       : "no provider \"" + provider + "\"";
    }
    out.push_back(std::move(t));
  }
}

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The hosts OpenClaw gives a provider without an apiKey a synthetic local key for
// (hasSyntheticLocalProviderAuthConfig -> isLocalProviderBaseUrl with MODEL_AUTH_LOCAL_HOST_ALIASES,
// src/agents/model-provider-local.ts in openclaw 2026.9.6): localhost, 0.0.0.0, *.local, the Docker
// and OrbStack host aliases, loopback and RFC 1918 addresses. To any other host a provider with no
// apiKey sends nothing ("No API key found for provider"), unless OpenClaw finds a key outside the
// config (its auth store, a bundled provider's own variable).
bool local_auth_host(std::string_view raw) {
  std::string host = ascii_lower(raw);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return host == "localhost" || host == "0.0.0.0" || ends_with(host, ".local") || host == "docker.orb.internal" ||
         host == "host.docker.internal" || host == "host.orb.internal" || is_loopback_address(host) ||
         is_rfc1918_address(host);
}

// OpenClaw's native Ollama stream (resolveOllamaChatUrl in its stream runtime): POST
// {baseUrl without a trailing /v1}/api/chat, the key (or the synthetic local one) as Bearer.
void ollama_chat(ResolvedRequest& t, const std::string& base, const Provenance& base_from, const Part& key) {
  std::string b = trim_slash(base);
  if (b.size() >= 3 && ascii_lower(b.substr(b.size() - 3)) == "/v1") b = trim_slash(b.substr(0, b.size() - 3));
  t.route = RequestRoute::Proxy;
  t.endpoint = {b, base_from};
  t.operation = "api/chat";
  t.auth.kind = AuthKind::BearerKey;
  t.auth.secret = key;
  t.auth.source = "apiKey";
  t.fix_hint = "use a model the Ollama server has pulled as the model id";
}

// OpenClaw's `azure-openai-responses` adapter as its agent turns run it (the transport
// createAzureOpenAIResponsesTransportStreamFn -> createAzureOpenAIClient, @openclaw/ai
// transports.ts in openclaw 2026.9.6; what tests/show/openclaw_oracle.mjs records it sending):
//   - the base URL is the model's baseUrl with trailing slashes trimmed, as written: no
//     AZURE_OPENAI_BASE_URL / AZURE_OPENAI_RESOURCE_NAME and no `/openai/v1` normalisation (those
//     belong to the standalone provider module, which the agent does not call);
//   - the api-version is AZURE_OPENAI_API_VERSION, else "preview" (resolveAzureOpenAIApiVersion);
//   - the AzureOpenAI client (openai's azure.js): the key in the `api-key` header, `?api-version=`
//     on every request, and no `/deployments/{model}` for `/responses`, so the request is
//     POST {base}/responses?api-version=V with the deployment (AZURE_OPENAI_DEPLOYMENT_NAME_MAP,
//     else the model id) in the body — but for an *.services.ai.azure.com or
//     *.api.cognitive.microsoft.com `/openai/v1` base (isOpenAICompatibleAzureResponsesBaseUrl,
//     azure-openai-responses-client-compat.ts) the plain OpenAI client: the key as Bearer, no
//     api-version.
void azure_responses(ResolvedRequest& t, std::string base, Provenance base_from, const Env& env, const Part& key,
                     const Part& header_key, bool key_named) {
  base = trim_slash(base);
  UrlParts u = split_url(base);
  const bool classic = ends_with(u.host, ".openai.azure.com") || ends_with(u.host, ".cognitiveservices.azure.com");
  std::string path = trim_slash(std::string(u.path()));
  for (char& c : path) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool v1 = path == "/openai/v1" || ends_with(path, "/openai/v1");
  const bool compatible = !classic && v1 && (ends_with(u.host, ".services.ai.azure.com") || ends_with(u.host, ".api.cognitive.microsoft.com"));
  t.operation = "responses";
  if (!compatible) {
    t.api_version = env_part(env, "AZURE_OPENAI_API_VERSION");
    if (t.api_version.empty()) t.api_version = {"preview", {}};
    t.version_field = "AZURE_OPENAI_API_VERSION";
  }
  if (path == "/openai/v1") {
    split_endpoint(t, base, base_from);
    t.v1_query = !compatible;
  } else {  // a base with another path (or none): used as written
    t.route = RequestRoute::Serverless;
    t.endpoint = {base, base_from};
    t.fixed_url = {base + "/responses" + (compatible ? "" : "?api-version=" + t.api_version.value), base_from};
  }
  if (compatible) {
    if (!key.empty() || key_named) {
      t.auth.kind = AuthKind::BearerKey;
      t.auth.secret = key;
      t.auth.source = "apiKey";
    }
  } else {
    t.auth.kind = AuthKind::ApiKey;
    t.auth.header = "api-key";
    t.auth.secret = header_key.empty() ? key : header_key;
    t.auth.source = header_key.empty() ? "apiKey" : "headers.api-key";
    if (t.auth.secret.empty() && !(header_key.empty() && key_named)) t.auth.kind = AuthKind::None;
  }
  t.fix_hint = "use the deployment name as the model id (or map it in AZURE_OPENAI_DEPLOYMENT_NAME_MAP)";
}

// OpenClaw's `anthropic-messages` adapter (the Anthropic client with baseURL = baseUrl): POST
// {baseUrl}/v1/messages, the key in `x-api-key` (what the oracle records for an Azure AI Foundry
// `/anthropic` base).
void anthropic_messages(ResolvedRequest& t, const std::string& base, const Provenance& base_from, const Part& key,
                        bool key_named) {
  t.route = RequestRoute::Proxy;
  t.endpoint = {trim_slash(base), base_from};
  t.operation = "v1/messages";
  if (!key.empty() || key_named) {
    t.auth.kind = AuthKind::ApiKey;
    t.auth.header = "x-api-key";
    t.auth.secret = key;
    t.auth.source = "apiKey";
  }
  t.fix_hint = "use a model the Anthropic endpoint serves as the model id";
}

}  // namespace

std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& base_env) {
  Env env = base_env;
  add_config_env(doc, env);
  std::vector<ResolvedRequest> out;
  View view = build_view(doc);
  for (const Provider& p : view.providers) {
    std::vector<std::string> key_unset;
    Part key = api_key(p, env, key_unset);
    // headers: {"api-key": KEY} (OpenClaw's own Azure onboarding).
    Part header_key;
    if (p.headers)
      if (const Node* h = p.headers->get("api-key"); h && h->is_string())
        header_key = {resolve(h->text, env).value_or(""), from_config(h)};
    for (const Model& m : p.models) {
      const Node* bu = p.base_url_for(m);
      if (!bu || !bu->is_string() || !m.id) continue;
      ResolvedRequest t = at(doc, *m.id, "provider \"" + std::string(p.id) + "\", model \"" + std::string(m.id_text()) + "\"");
      t.model = std::string(p.id) + "/" + std::string(m.id_text());  // as refs name it (`show --model`)
      t.deployment = config_part(m.id);
      t.reasoning = is_reasoning_name(t.deployment.value);
      if (std::string_view api = p.api_for(m); api.empty() || api == "openai-completions") compat_params(t, m);
      auto base = resolve(bu->text, env);
      if (!base) {
        t.skip_reason = "baseUrl refers to an unset variable";
        for (const EnvRef& ref : find_env_refs(bu->text, EnvSyntax::DollarBraceUpper))
          if (!env.is_set(ref.name)) resolution::unresolved(t, ref.name);
        t.endpoint = {bu->text, from_config(bu)};
        out.push_back(std::move(t));
        continue;
      }
      Provenance base_from = from_config(bu);
      if (auto var = whole_env_ref(bu->text)) base_from = from_env(env, *var, bu);
      if (skip_without_scheme(t, *base, "baseUrl")) {
        out.push_back(std::move(t));
        continue;
      }
      // lint/url.h, not libcurl: `check` reads this resolution too, and keeps libcurl out.
      const bool azure = azure::is_azure_openai_host(split_url(*base).host);
      if (!key_unset.empty()) {
        t.skip_reason = key_unset.front().empty() ? "apiKey is a file, exec or store SecretRef, which azlint does not read"
                                                  : "apiKey refers to an unset variable";
        for (const std::string& var : key_unset)
          if (!var.empty()) resolution::unresolved(t, var);
      }
      const bool key_named = p.api_key != nullptr;  // the header goes out even when its value is unknown here
      if (!key_named && t.skip_reason.empty() && !local_auth_host(split_url(*base).host))
        t.skip_reason = "provider \"" + std::string(p.id) +
                        "\" has no apiKey, and OpenClaw sends nothing to a host that is not local without one "
                        "(\"No API key found for provider\"); set apiKey, or store a key with `openclaw models auth "
                        "paste-api-key --provider " + std::string(p.id) + "`";
      if (p.api_for(m) == "anthropic-messages") {
        anthropic_messages(t, *base, base_from, key, key_named);
        finish(t);
        out.push_back(std::move(t));
        continue;
      }
      if (p.api_for(m) == "ollama") {
        ollama_chat(t, *base, base_from, key);
        finish(t);
        out.push_back(std::move(t));
        continue;
      }
      if (p.api_for(m) == "azure-openai-responses") {
        azure_responses(t, *base, base_from, env, key, header_key, key_named);
        finish(t);
        out.push_back(std::move(t));
        continue;
      }
      // The plain OpenAI client's Responses API posts to {baseURL}/responses (openai-responses.ts:
      // createOpenAIProviderClient with baseURL = baseUrl; openai's resources/responses: post('/responses')).
      if (p.api_for(m) == "openai-responses") t.operation = "responses";
      // The OpenAI-style adapters call the plain OpenAI client with baseURL = baseUrl
      // (createOpenAIProviderClient / resolveOpenAIClientBaseUrl in the bundled dist): on an Azure
      // host that is Azure's v1 route when the base is `/openai/v1`, else {baseUrl}/chat/completions
      // with no deployment path and no api-version (what openclaw/azure-direct reports).
      const bool plain_client = is_openai_style(p.api_for(m));
      const bool v1_base = is_azure_v1_path(split_url(*base).rest);
      if (azure && plain_client && v1_base) {
        split_endpoint(t, *base, base_from);
        if (!header_key.empty()) {
          t.auth.kind = AuthKind::ApiKey;
          t.auth.header = "api-key";
          t.auth.secret = header_key;
          t.auth.source = "headers.api-key";
        } else if (!key.empty() || key_named) {
          t.auth.kind = AuthKind::BearerKey;
          t.auth.secret = key;
          t.auth.source = "apiKey";
        }
        t.fix_hint = "use the deployment name as the model id";
      } else if (azure && !plain_client) {
        split_endpoint(t, *base, base_from);
        t.api_version = env_part(env, "AZURE_OPENAI_API_VERSION");
        t.version_field = "AZURE_OPENAI_API_VERSION";
        if (t.api_version.empty()) t.api_version = {"2024-12-01-preview", {}};
        t.auth.kind = AuthKind::ApiKey;
        t.auth.header = "api-key";
        t.auth.secret = header_key.empty() ? key : header_key;
        t.auth.source = header_key.empty() ? "apiKey" : "headers.api-key";
        if (t.auth.secret.empty() && !(header_key.empty() && key_named)) t.auth.kind = AuthKind::None;
        t.fix_hint = "use the deployment name as the model id";
      } else {
        t.route = RequestRoute::Proxy;
        t.endpoint = {trim_slash(*base), base_from};
        if (azure) t.note = "the plain OpenAI client on an Azure host: no deployment path, no api-version (openclaw/azure-direct)";
        if (!key.empty() || key_named) {
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
  mark_refs(out, doc, view);
  return out;
}

}  // namespace azlint::openclaw
