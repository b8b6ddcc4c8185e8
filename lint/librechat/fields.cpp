// LibreChat field roles: the Azure groups and models of `endpoints.azureOpenAI` (with the
// inheritance LibreChat applies) and the `endpoints.custom` entries.
#include "lint/librechat/fields.h"

#include "lint/librechat/azure_view.h"

namespace azlint::librechat {
namespace {

bool is_string(const Node* n) { return n && n->is_string(); }

Field make(const Node* n, FieldRole role) {
  Field f;
  f.node = n;
  f.role = role;
  return f;
}

// A `${VAR}` that is the whole value is resolved, and start fails when it is unset.
Field whole(const Node* n, FieldRole role) {
  Field f = make(n, role);
  f.resolves_env = true;
  f.env_whole_value = true;
  return f;
}

void add_headers(std::vector<Field>& out, const Node* headers) {
  if (!headers || !headers->is_mapping()) return;
  for (const Member& m : headers->members) {
    if (!m.value.is_string()) continue;
    Field f = make(&m.value, FieldRole::Header);
    f.resolves_env = true;
    out.push_back(std::move(f));
  }
}

bool uses_responses_api(const Node* add_params) {
  if (!add_params || !add_params->is_mapping()) return false;
  const Node* v = add_params->get("useResponsesApi");
  return v && v->is_true();
}

void add_group(std::vector<Field>& out, const Group& g) {
  const bool chat_route = !uses_responses_api(g.add_params);
  const bool max_completion_tokens =
      g.add_params && g.add_params->is_mapping() && g.add_params->get("max_completion_tokens") != nullptr;

  if (is_string(g.api_key)) out.push_back(whole(g.api_key, FieldRole::ApiKey));
  // A serverless group ignores instanceName, deploymentName and version.
  if (!g.serverless) {
    if (is_string(g.instance_name)) out.push_back(whole(g.instance_name, FieldRole::InstanceName));
    if (is_string(g.deployment_name)) {
      Field f = whole(g.deployment_name, FieldRole::DeploymentName);
      f.chat_route = chat_route;
      for (const Model& m : g.models)
        if (m.deployment == g.deployment_name) f.models.push_back(m.name);
      out.push_back(std::move(f));
    }
    if (is_string(g.version)) {
      Field f = whole(g.version, FieldRole::ApiVersion);
      for (const Model& m : g.models)
        if (m.version == g.version) f.models.push_back(m.name);
      f.for_assistants = g.is_assistants();
      f.for_max_completion_tokens = max_completion_tokens;
      out.push_back(std::move(f));
    }
  }
  if (is_string(g.base_url)) {
    Field f = make(g.base_url, FieldRole::Url);
    f.resolves_env = true;
    f.has_placeholders = !g.serverless;
    f.sends_key = present_string(g.api_key);
    f.chat_route = chat_route;
    out.push_back(std::move(f));
  }
  add_headers(out, g.node->get("additionalHeaders"));

  if (g.serverless) return;
  for (const Model& m : g.models) {
    if (m.key().is_string()) {
      Field f = make(&m.key(), FieldRole::ModelName);
      f.chat_route = chat_route;
      f.model_use = ModelUse::Text;
      if (is_string(m.deployment) && m.deployment->text.find("${") == std::string::npos)
        f.models.push_back(m.deployment->text);
      out.push_back(std::move(f));
    }
    if (is_string(m.own_deployment)) {
      Field f = whole(m.own_deployment, FieldRole::DeploymentName);
      f.chat_route = chat_route;
      f.models.push_back(m.name);
      out.push_back(std::move(f));
    }
    if (is_string(m.own_version)) {
      Field f = whole(m.own_version, FieldRole::ApiVersion);
      f.models.push_back(m.name);
      f.for_assistants = g.is_assistants();
      f.for_max_completion_tokens = max_completion_tokens;
      out.push_back(std::move(f));
    }
  }
}

// `endpoints.custom[*]`: apiKey and baseURL have `${VAR}` substituted anywhere in the value.
void add_custom(std::vector<Field>& out, const Node& e) {
  const Node* api_key = e.get("apiKey");
  const Node* base_url = e.get("baseURL");
  if (is_string(api_key)) {
    Field f = make(api_key, FieldRole::ApiKey);
    f.resolves_env = true;
    out.push_back(std::move(f));
  }
  // `user_provided` is LibreChat's keyword for "each user enters it", not a URL.
  if (is_string(base_url) && base_url->text != "user_provided") {
    Field f = make(base_url, FieldRole::Url);
    f.resolves_env = true;
    f.sends_key = present_string(api_key);
    f.chat_route = !uses_responses_api(e.get("addParams"));
    out.push_back(std::move(f));
  }
  add_headers(out, e.get("headers"));
}

}  // namespace

std::vector<Field> collect_fields(const Document& doc) {
  std::vector<Field> out;
  const AzureView view = build_azure_view(doc);
  for (const Group& g : view.groups) add_group(out, g);
  // `titleModel`: titles are chat completions to it (`current_model` is the conversation's model).
  if (const Node* title = view.azure ? view.azure->get("titleModel") : nullptr;
      is_string(title) && !title->text.empty() && title->text != "current_model") {
    Field f = make(title, FieldRole::ModelName);
    f.model_use = ModelUse::Text;
    f.label = "titleModel \"" + title->text + "\"";
    out.push_back(std::move(f));
  }
  if (view.endpoints) {
    const Node* custom = view.endpoints->get("custom");
    if (custom && custom->is_sequence())
      for (const Node& e : custom->items)
        if (e.is_mapping()) add_custom(out, e);
  }
  return out;
}

}  // namespace azlint::librechat
