#include "lint/librechat/refinements.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace azlint::librechat {

namespace {

// EModelEndpoint's values in librechat-data-provider 0.8.524 (the custom endpoint name refinement
// quotes them: "Value cannot be one of the default endpoint (EModelEndpoint) values: …").
constexpr std::array<std::string_view, 9> kDefaultEndpoints{
    "azureOpenAI", "openAI", "google", "anthropic", "assistants", "azureAssistants", "agents", "custom", "bedrock"};

std::string shown(const Node& n) {
  if (n.is_string()) return "the string \"" + n.text + "\"";
  if (n.is_null()) return "no value";
  if (n.is_mapping()) return "a mapping";
  if (n.is_sequence()) return "a list";
  return n.text;
}

}  // namespace

std::vector<RefinementFailure> refinement_failures(const Node& root) {
  std::vector<RefinementFailure> out;
  const Node* endpoints = root.get("endpoints");
  if (!endpoints || !endpoints->is_mapping()) return out;
  // endpoints: (data) => Object.keys(data).length > 0
  if (endpoints->members().empty())
    out.push_back({endpoints, true,
                   "`endpoints` has no endpoint (LibreChat refuses to start: \"At least one `endpoints` field must be "
                   "provided.\")",
                   "add an endpoint under `endpoints` (e.g. `azureOpenAI` or `custom`), or remove `endpoints`"});
  // endpoints.custom[].name: (value) => !eModelEndpointSchema.safeParse(value).success
  if (const Node* custom = endpoints->get("custom"); custom && custom->is_sequence())
    for (const Node& e : custom->items()) {
      const Node* name = e.is_mapping() ? e.get("name") : nullptr;
      if (!name || !name->is_string() ||
          std::find(kDefaultEndpoints.begin(), kDefaultEndpoints.end(), name->text) == kDefaultEndpoints.end())
        continue;
      out.push_back({name, false,
                     "custom endpoint name \"" + name->text +
                         "\" is the name of a built-in endpoint (LibreChat refuses to start: \"Value cannot be one of "
                         "the default endpoint (EModelEndpoint) values\")",
                     "give the custom endpoint a name of its own, e.g. \"" + name->text + "-proxy\""});
    }
  // endpoints.azureOpenAI.groups[].addParams: web_search, when set, is a boolean
  const Node* azure = endpoints->get("azureOpenAI");
  const Node* groups = azure && azure->is_mapping() ? azure->get("groups") : nullptr;
  if (groups && groups->is_sequence())
    for (const Node& g : groups->items()) {
      const Node* params = g.is_mapping() ? g.get("addParams") : nullptr;
      const Node* web = params && params->is_mapping() ? params->get("web_search") : nullptr;
      if (!web || web->is_bool()) continue;
      out.push_back({web, false,
                     "`web_search` in `addParams` must be a boolean, found " + shown(*web) +
                         " (LibreChat refuses to start: \"`web_search` must be a boolean in addParams\")",
                     "write `web_search: true` or `web_search: false`"});
    }
  return out;
}

}  // namespace azlint::librechat
