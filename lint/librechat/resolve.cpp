// LibreChat builds an Azure request from its group and model: instanceName (or baseURL with
// `${INSTANCE_NAME}` / `${DEPLOYMENT_NAME}`), deploymentName and version after inheritance, a
// whole-value `${VAR}` looked up, and the group's apiKey as `api-key`.
#include "lint/librechat/resolve.h"

#include <algorithm>
#include <optional>

#include "lint/releases.h"

#include "lint/librechat/azure_view.h"
#include "lint/url.h"
#include "lint/verify/send_policy.h"

namespace azlint::librechat {
namespace {

using namespace resolution;

// A field as extractEnvVariable reads it: a whole-value `${VAR}` is looked up, `${VAR}`s inside
// a value are substituted; an unset one keeps its `${VAR}` text (shown as written, never
// guessed) and is recorded in `r.unresolved`.
// In baseURL, unset ${INSTANCE_NAME} and ${DEPLOYMENT_NAME} are placeholders (`placeholders`):
// constructAzureURL fills them in later.
Part value(const Node* n, const Env& env, ResolvedRequest& r, bool placeholders = false) {
  if (!n || !n->is_string()) return Part{};
  if (auto var = whole_env_ref(n->text)) {
    if (!env.is_set(*var)) {
      unresolved(r, *var);
      return Part{n->text, from_env(env, *var, n)};
    }
    return env_part(env, *var, n);
  }
  std::vector<EnvRef> refs = find_env_refs(n->text);
  if (refs.empty()) return config_part(n);
  for (const EnvRef& ref : refs)
    if (!env.is_set(ref.name) && !(placeholders && (ref.name == "INSTANCE_NAME" || ref.name == "DEPLOYMENT_NAME")))
      unresolved(r, ref.name);
  return Part{expand_env(n->text, env), from_env(env, refs.front().name, n)};
}

bool holds_ref(const Part& p) { return p.value.find("${") != std::string::npos; }

// `what` stands in the host part of `url` (between `://` and the path).
bool placeholder_in_host(const std::string& url, const std::string& what) {
  return split_url(url).origin.find(what) != std::string_view::npos;  // the one splitter (lint/url.h)
}

std::string replace_first(std::string s, const std::string& what, const std::string& with) {
  size_t p = s.find(what);
  if (p != std::string::npos) s.replace(p, what.size(), with);
  return s;
}

// `addParams` (name -> value) and `dropParams` (names) of the group: LibreChat applies them to
// every request of its models (api/server/services/Endpoints/azureOpenAI/initialize.js,
// `clientOptions.addParams` / `dropParams` from `mapModelToAzureConfig`).
void group_params(ResolvedRequest& t, const Group& g) {
  if (g.add_params && g.add_params->is_mapping())
    for (const Member& m : g.add_params->members()) t.params_added.push_back(param_from(m.key.text, &m.value));
  if (const Node* drop = g.node ? g.node->get("dropParams") : nullptr; drop && drop->is_sequence())
    for (const Node& n : drop->items())
      if (n.is_string()) t.params_dropped.push_back(param_from(n.text, &n));
}

ResolvedRequest resolve_model(const Document& doc, const Env& env, const Group& g, const Model& m) {
  ResolvedRequest t = at(doc, m.key(), "group \"" + std::string(g.group_name) + "\", model \"" + std::string(m.name) + "\"");
  t.model = std::string(m.name);
  group_params(t, g);
  // mapModelToAzureConfig: a serverless group reads apiKey, version and baseURL only (and refuses
  // an apiKey whose variable is unset); the others apiKey, instanceName, deploymentName and
  // version, after inheritance.
  Part key = value(g.api_key, env, t);
  Part instance;
  if (!g.serverless) {
    instance = value(g.instance_name, env, t);
    t.deployment = value(m.deployment, env, t);
    t.api_version = value(m.version, env, t);
  }
  t.reasoning = is_reasoning_name(t.model) || is_reasoning_name(t.deployment.value);
  if (!key.empty()) {
    t.auth.kind = AuthKind::ApiKey;
    t.auth.header = "api-key";
    t.auth.secret = key;
    t.auth.source = "apiKey";
  }
  // An unset whole-value reference in these is refused at start; one in baseURL is sent as written.
  const bool refused = !t.unresolved.empty();
  Part base_url;
  if (g.base_url && g.base_url->is_string()) base_url = value(g.base_url, env, t, true);
  if (!t.unresolved.empty())
    t.skip_reason = "environment variable ${" + t.unresolved.front() + "} is not set" +
                    (refused ? " (LibreChat refuses to start)" : " (LibreChat would send the reference as written)");
  const bool unset = !t.unresolved.empty();
  if (g.serverless) {
    t.route = RequestRoute::Serverless;
    if (base_url.empty()) {
      t.skip_reason = "serverless group without a baseURL";
    } else if (unset || !skip_without_scheme(t, base_url.value, "baseURL")) {
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
  const std::string instance_value = instance.value;
  const bool instance_used = base_url.empty() || base_url.value.find("${INSTANCE_NAME}") != std::string::npos;
  const std::string instance_field = g.instance_name && whole_env_ref(g.instance_name->text)
                                         ? "instanceName (" + g.instance_name->text + ")"
                                         : "instanceName \"" + instance_value + "\"";
  if (!base_url.empty()) {
    if (unset || !skip_without_scheme(t, base_url.value, "baseURL")) {
      if (!unset && instance_used && !verify::is_host_label(instance_value)) {
        t.skip_reason = instance_field + " is not a host label, and baseURL puts it into the URL; `azlint check` "
                        "reports it as librechat/instance-name-format";
      } else if (!unset && placeholder_in_host(base_url.value, "${DEPLOYMENT_NAME}") &&
                 !verify::is_host_label(t.deployment.value)) {
        t.skip_reason = "the deployment name is not a host label, and baseURL puts it into the host name";
      } else {
        // LibreChat's genAzureEndpoint placeholders: ${INSTANCE_NAME} and ${DEPLOYMENT_NAME} (an
        // instanceName that is itself unset stays `${INSTANCE_NAME}`).
        std::string u = instance_value.empty() || holds_ref(instance) ? base_url.value
                                                                      : replace_first(base_url.value, "${INSTANCE_NAME}", instance_value);
        u = replace_first(u, "${DEPLOYMENT_NAME}", t.deployment.value);
        u = trim_slash(u);
        // The OpenAI client LibreChat builds posts to {baseURL}/chat/completions?api-version=V.
        t.endpoint = {u, base_url.from};
        t.fixed_url = {u + "/chat/completions?api-version=" + t.api_version.value, base_url.from};
      }
    }
  } else if (instance.empty()) {
    t.skip_reason = "no instanceName";
  } else if (holds_ref(instance)) {
    // https://${INSTANCE_NAME}.openai.azure.com, shown as written
    t.endpoint = {"https://" + instance_value + ".openai.azure.com", instance.from};
  } else if (!verify::is_host_label(instance_value)) {
    t.skip_reason = instance_field + " is not a resource name (LibreChat builds https://<instanceName>.openai.azure.com); "
                    "`azlint check` reports it as librechat/instance-name-format";
  } else {
    t.endpoint = {"https://" + instance_value + ".openai.azure.com", instance.from};
  }
  t.version_field = m.own_version ? "the model's version" : "the group's version";
  t.fix_hint = "set deploymentName to the name of a deployment of this resource (Azure AI Foundry: Deployments; names are case-sensitive)";
  return t;
}

// `titleModel` and (for the releases that read it, data-provider 0.7.6998: `summarize`/
// `summaryModel` are stripped from 0.8.501) `summaryModel` of the azureOpenAI endpoint: the request
// of the model they name, in its group. "current_model" titles with the conversation's model.
void add_role(std::vector<ResolvedRequest>& out, const Document& doc, const AzureView& view, const char* role) {
  const Node* n = view.azure ? view.azure->get(role) : nullptr;
  if (!n || !n->is_string() || n->text.empty() || n->text == "current_model") return;
  ResolvedRequest t;
  auto named = std::find_if(out.begin(), out.end(), [&](const ResolvedRequest& r) { return r.role == "model" && r.model == n->text; });
  const bool found = named != out.end();
  if (found) t = *named;
  ResolvedRequest r = at(doc, *n, std::string(role) + " \"" + n->text + "\"");
  t.span = r.span;
  t.pointer = r.pointer;
  t.file = r.file;
  t.label = found ? r.label + " (" + t.label + ")" : r.label;
  t.model = n->text;
  t.role = role;
  t.alias = true;
  if (!found) t.skip_reason = std::string(role) + " \"" + n->text + "\" is not a model of any group";
  out.push_back(std::move(t));
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
  add_role(out, doc, view, "titleModel");
  if (doc.release && version_in_range(doc.release->version, "<0.8.501")) add_role(out, doc, view, "summaryModel");
  return out;
}

}  // namespace azlint::librechat
