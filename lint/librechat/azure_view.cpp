#include "lint/librechat/azure_view.h"

#include <cctype>

#include "lint/context.h"

namespace azlint::librechat {

const AzureView& azure_view(Context& ctx) { return ctx.view<AzureView>(build_azure_view); }

const Model* AzureView::find_model(std::string_view name) const {
  for (const Group& g : groups)
    for (const Model& m : g.models)
      if (m.name == name) return &m;
  return nullptr;
}

std::string_view group_setting_named(std::string_view name) {
  static constexpr std::string_view kSettings[] = {
      "assistants", "deploymentName", "version",    "apiKey",      "instanceName",      "baseURL", "serverless",
      "addParams",  "dropParams",     "forcePrompt", "additionalHeaders", "models", "group",
  };
  for (std::string_view s : kSettings) {
    if (s.size() != name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < s.size() && same; ++i)
      same = std::tolower(static_cast<unsigned char>(s[i])) == std::tolower(static_cast<unsigned char>(name[i]));
    if (same) return s;
  }
  return {};
}

static const Node* non_empty(const Node* n) { return present_string(n) ? n : nullptr; }

AzureView build_azure_view(const Document& doc) {
  AzureView view;
  if (!doc.root.is_mapping()) return view;
  const Node* endpoints = doc.root.get("endpoints");
  if (!endpoints || !endpoints->is_mapping()) return view;
  view.endpoints = endpoints;
  const Node* azure = endpoints->get("azureOpenAI");
  if (!azure || !azure->is_mapping()) return view;
  view.azure = azure;
  const Node* groups = azure->get("groups");
  view.groups_node = groups;
  if (!groups || !groups->is_sequence()) return view;
  view.groups.reserve(groups->items().size());  // exact-size lists: no growth slack in a large config
  for (size_t i = 0; i < groups->items().size(); ++i) {
    const Node& gn = groups->items()[i];
    if (!gn.is_mapping()) continue;
    Group g;
    g.node = &gn;
    g.index = i;
    g.name = gn.get("group");
    if (g.name && g.name->is_string()) g.group_name = g.name->text;
    const Node* serverless = gn.get("serverless");
    g.serverless = serverless && serverless->is_true();
    g.api_key = gn.get("apiKey");
    g.instance_name = gn.get("instanceName");
    g.deployment_name = gn.get("deploymentName");
    g.version = gn.get("version");
    g.base_url = gn.get("baseURL");
    g.models_node = gn.get("models");
    g.assistants = gn.get("assistants");
    g.add_params = gn.get("addParams");
    g.force_prompt = gn.get("forcePrompt");
    if (g.models_node && g.models_node->is_mapping()) {
      g.models.reserve(g.models_node->members().size());
      for (const Member& m : g.models_node->members()) {
        Model model;
        model.entry = &m;
        model.name = m.key.text;
        if (m.value.is_mapping()) {
          model.own_deployment = m.value.get("deploymentName");
          model.own_version = m.value.get("version");
        }
        // LibreChat: `model.deploymentName ?? group.deploymentName` at start; validation
        // treats an empty string as missing.
        model.deployment = non_empty(model.own_deployment);
        if (!model.deployment && !model.own_deployment) model.deployment = non_empty(g.deployment_name);
        model.version = non_empty(model.own_version);
        if (!model.version && !model.own_version) model.version = non_empty(g.version);
        g.models.push_back(model);
      }
    }
    view.groups.push_back(std::move(g));
  }
  return view;
}

}  // namespace azlint::librechat
