// LibreChat's `endpoints.azureOpenAI` read once into groups and models, with the
// inheritance LibreChat applies (model -> group deploymentName/version).
#pragma once
#include <string_view>
#include <vector>

#include "lint/document.h"

namespace azlint { class Context; }

namespace azlint::librechat {

struct Model {
  const Member* entry = nullptr;  // key = model name, value = true/false/object/...
  std::string_view name;
  // The model's own fields (nullptr when absent); only when the value is a mapping.
  const Node* own_deployment = nullptr;
  const Node* own_version = nullptr;
  // What LibreChat will use: the model's own non-empty string, else the group's.
  // An empty string on the model counts as missing (and overrides the group at start).
  const Node* deployment = nullptr;
  const Node* version = nullptr;
  const Node& key() const { return entry->key; }
  const Node& value() const { return entry->value; }
};

struct Group {
  const Node* node = nullptr;  // the group mapping
  size_t index = 0;
  const Node* name = nullptr;  // `group`
  std::string_view group_name;
  bool serverless = false;
  const Node* api_key = nullptr;
  const Node* instance_name = nullptr;
  const Node* deployment_name = nullptr;
  const Node* version = nullptr;
  const Node* base_url = nullptr;
  const Node* models_node = nullptr;
  const Node* assistants = nullptr;
  const Node* add_params = nullptr;
  const Node* force_prompt = nullptr;
  std::vector<Model> models;
  bool is_assistants() const { return assistants && assistants->is_true(); }
};

struct AzureView {
  const Node* endpoints = nullptr;  // `endpoints` mapping
  const Node* azure = nullptr;      // `endpoints.azureOpenAI` mapping (nullptr when absent)
  const Node* groups_node = nullptr;
  std::vector<Group> groups;
  bool present() const { return azure != nullptr; }
  // The group defining a model name (first one), or nullptr.
  const Model* find_model(std::string_view name) const;
};

AzureView build_azure_view(const Document& doc);
// The view of the document a rule checks, built once per document.
const AzureView& azure_view(Context& ctx);

// The group setting a name spells, ignoring case ("DeploymentName" -> "deploymentName"), or ""
// (also `models` and `group`): such a key under `models` is a misplaced setting, not a model.
std::string_view group_setting_named(std::string_view name);

// A string node that is non-empty (what LibreChat counts as present).
inline bool present_string(const Node* n) { return n && n->is_string() && !n->text.empty(); }

}  // namespace azlint::librechat
