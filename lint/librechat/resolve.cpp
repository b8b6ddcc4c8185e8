// LibreChat builds an Azure request from its group and model: instanceName (or baseURL with
// `${INSTANCE_NAME}` / `${DEPLOYMENT_NAME}`), deploymentName and version after inheritance, a
// whole-value `${VAR}` looked up, and the group's apiKey as `api-key`.
#include "lint/librechat/resolve.h"

#include <optional>

#include "lint/librechat/azure_view.h"
#include "lint/verify/send_policy.h"

namespace azlint::librechat {
namespace {

using namespace resolution;

// A checked field: a whole-value `${VAR}` is looked up (unset: nullopt, `missing` names it).
std::optional<Part> value(const Node* n, const Env& env, std::string& missing) {
  if (!n || !n->is_string()) return Part{};
  if (auto var = whole_env_ref(n->text)) {
    if (!env.is_set(*var)) {
      missing = "${" + *var + "}";
      return std::nullopt;
    }
    return env_part(env, *var, n);
  }
  return config_part(n);
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

ResolvedRequest resolve_model(const Document& doc, const Env& env, const Group& g, const Model& m) {
  ResolvedRequest t = at(doc, m.key(), "group \"" + std::string(g.group_name) + "\", model \"" + std::string(m.name) + "\"");
  t.model = std::string(m.name);
  std::string missing;
  auto key = value(g.api_key, env, missing);
  auto instance = value(g.instance_name, env, missing);
  auto deployment = value(m.deployment, env, missing);
  auto version = value(m.version, env, missing);
  if (deployment) t.deployment = *deployment;
  if (version) t.api_version = *version;
  t.reasoning = is_reasoning_name(t.model) || is_reasoning_name(t.deployment.value);
  if (!missing.empty()) {
    t.unresolved.push_back(missing);
    t.skip_reason = "environment variable " + missing + " is not set (LibreChat refuses to start)";
    return t;
  }
  if (key && !key->empty()) {
    t.auth.kind = AuthKind::ApiKey;
    t.auth.header = "api-key";
    t.auth.secret = *key;
    t.auth.source = "apiKey";
  }
  Part base_url;
  if (g.base_url && g.base_url->is_string()) {
    base_url.from = from_config(g.base_url);
    if (auto var = whole_env_ref(g.base_url->text)) base_url.from = from_env(env, *var, g.base_url);
    base_url.value = expand_env(g.base_url->text, env);
  }
  if (g.serverless) {
    t.route = RequestRoute::Serverless;
    if (base_url.empty()) {
      t.skip_reason = "serverless group without a baseURL";
    } else if (!skip_without_scheme(t, base_url.value, "baseURL")) {
      t.fixed_url = base_url;
      t.endpoint = base_url;
      t.deployment.value = t.model;
      t.deployment.from = from_config(&m.key());
    }
    return t;
  }
  if (t.deployment.empty() || t.api_version.empty()) {
    t.skip_reason = "no deploymentName or version after inheritance (LibreChat refuses to start)";
    return t;
  }
  const std::string instance_value = instance ? instance->value : std::string();
  const bool instance_used = base_url.empty() || base_url.value.find("${INSTANCE_NAME}") != std::string::npos;
  const std::string instance_field = g.instance_name && whole_env_ref(g.instance_name->text)
                                         ? "instanceName (" + g.instance_name->text + ")"
                                         : "instanceName \"" + instance_value + "\"";
  if (!base_url.empty()) {
    if (!skip_without_scheme(t, base_url.value, "baseURL")) {
      if (instance_used && !verify::is_host_label(instance_value)) {
        t.skip_reason = instance_field + " is not a host label, and baseURL puts it into the URL; `azlint check` "
                        "reports it as librechat/instance-name-format";
      } else if (placeholder_in_host(base_url.value, "${DEPLOYMENT_NAME}") && !verify::is_host_label(t.deployment.value)) {
        t.skip_reason = "the deployment name is not a host label, and baseURL puts it into the host name";
      } else {
        std::string u = replace_first(base_url.value, "${INSTANCE_NAME}", instance_value);
        u = replace_first(u, "${DEPLOYMENT_NAME}", t.deployment.value);
        u = trim_slash(u);
        // The OpenAI client LibreChat builds posts to {baseURL}/chat/completions?api-version=V.
        t.endpoint = {u, base_url.from};
        t.fixed_url = {u + "/chat/completions?api-version=" + t.api_version.value, base_url.from};
      }
    }
  } else if (!instance || instance->empty()) {
    t.skip_reason = "no instanceName";
  } else if (!verify::is_host_label(instance_value)) {
    t.skip_reason = instance_field + " is not a resource name (LibreChat builds https://<instanceName>.openai.azure.com); "
                    "`azlint check` reports it as librechat/instance-name-format";
  } else {
    t.endpoint = {"https://" + instance_value + ".openai.azure.com", instance->from};
  }
  t.version_field = m.own_version ? "the model's version" : "the group's version";
  t.fix_hint = "set deploymentName to the name of a deployment of this resource (Azure AI Foundry: Deployments; names are case-sensitive)";
  return t;
}

}  // namespace

std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& env) {
  std::vector<ResolvedRequest> out;
  AzureView view = build_azure_view(doc);
  for (const Group& g : view.groups)
    for (const Model& m : g.models) {
      out.push_back(resolve_model(doc, env, g, m));
      finish(out.back());
    }
  return out;
}

}  // namespace azlint::librechat
