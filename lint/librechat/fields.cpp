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
  for (const Member& m : headers->members()) {
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

void add_group(std::vector<Field>& out, const Document& doc, const Group& g) {
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
      std::vector<std::string_view> models;
      for (const Model& m : g.models)
        if (m.deployment == g.deployment_name) models.push_back(m.name);
      f.models = Field::models_of(doc, std::move(models));
      out.push_back(std::move(f));
    }
    if (is_string(g.version)) {
      Field f = whole(g.version, FieldRole::ApiVersion);
      std::vector<std::string_view> models;
      for (const Model& m : g.models)
        if (m.version == g.version) models.push_back(m.name);
      f.models = Field::models_of(doc, std::move(models));
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
        f.models = Field::models_of(doc, {m.deployment->text});
      out.push_back(std::move(f));
    }
    // The model's own deployment and version are used for this model alone: one list for both.
    Children<std::string_view> just_this;
    if (is_string(m.own_deployment) || is_string(m.own_version)) just_this = Field::models_of(doc, {m.name});
    if (is_string(m.own_deployment)) {
      Field f = whole(m.own_deployment, FieldRole::DeploymentName);
      f.chat_route = chat_route;
      f.models = just_this;
      out.push_back(std::move(f));
    }
    if (is_string(m.own_version)) {
      Field f = whole(m.own_version, FieldRole::ApiVersion);
      f.models = just_this;
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

// How many fields add_group and add_custom give (the list is sized first: growth slack would
// hold up to half a large config's fields in spare capacity).
size_t strings_in(const Node* map) {
  size_t n = 0;
  if (map && map->is_mapping())
    for (const Member& m : map->members()) n += m.value.is_string();
  return n;
}
size_t count_group(const Group& g) {
  size_t n = is_string(g.api_key) + is_string(g.base_url) + strings_in(g.node->get("additionalHeaders"));
  if (g.serverless) return n;
  n += is_string(g.instance_name) + is_string(g.deployment_name) + is_string(g.version);
  for (const Model& m : g.models)
    n += m.key().is_string() + is_string(m.own_deployment) + is_string(m.own_version);
  return n;
}
size_t count_custom(const Node& e) {
  return is_string(e.get("apiKey")) + is_string(e.get("baseURL")) + strings_in(e.get("headers"));
}

}  // namespace

std::vector<Field> collect_fields(const Document& doc) {
  std::vector<Field> out;
  const AzureView view = build_azure_view(doc);
  const Node* custom = view.endpoints ? view.endpoints->get("custom") : nullptr;
  if (custom && !custom->is_sequence()) custom = nullptr;
  size_t n = 1;  // titleModel
  for (const Group& g : view.groups) n += count_group(g);
  if (custom)
    for (const Node& e : custom->items())
      if (e.is_mapping()) n += count_custom(e);
  out.reserve(n);
  for (const Group& g : view.groups) add_group(out, doc, g);
  // `titleModel`: titles are chat completions to it (`current_model` is the conversation's model).
  if (const Node* title = view.azure ? view.azure->get("titleModel") : nullptr;
      is_string(title) && !title->text.empty() && title->text != "current_model") {
    Field f = make(title, FieldRole::ModelName);
    f.model_use = ModelUse::Text;
    f.set_label(doc.arena->keep("titleModel \"" + title->text + "\""));
    out.push_back(std::move(f));
  }
  if (custom)
    for (const Node& e : custom->items())
      if (e.is_mapping()) add_custom(out, e);
  return out;
}

}  // namespace azlint::librechat
