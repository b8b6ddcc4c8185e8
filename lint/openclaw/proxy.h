// Which LiteLLM proxy an OpenClaw provider sends its requests to, among the configs the file is
// evidently linked to (lint/links.h), read straight from the LiteLLM document tree:
// `model_list[].model_name`, the deployments behind each name, and `litellm_settings.drop_params`.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/context.h"
#include "lint/document.h"
#include "lint/env.h"
#include "lint/openclaw/view.h"

namespace azlint::openclaw {

struct ProxyEntry {
  const Node* node = nullptr;        // the model_list item
  const Node* model_name = nullptr;  // the `model_name` node (any scalar)
  std::string name;                  // its text
  std::string model;                 // litellm_params.model, "" when absent or not a string
  bool drops_store = false;          // per-model drop_params: true or `store` in additional_drop_params
  // litellm_params.model sends the request to Azure (azure/, azure_ai/, azure_text/).
  bool azure() const;
};

struct Proxy {
  const Document* doc = nullptr;
  const Node* model_list = nullptr;  // the `model_list` value, or nullptr
  const Node* settings = nullptr;    // `litellm_settings` mapping, or nullptr
  const Node* drop_params = nullptr; // `litellm_settings.drop_params`, or nullptr
  // drop_params is true, or set in a way azlint cannot see (an os.environ/ reference).
  bool drops_params = false;
  std::vector<ProxyEntry> entries;
  std::vector<std::string> aliases;  // router_settings.model_group_alias keys
  // A client model id the proxy accepts: a model_name (wildcards `*` included) or an alias.
  bool serves(std::string_view model) const;
  // The entries a model id is routed to (exact names first, then wildcard matches).
  std::vector<const ProxyEntry*> entries_for(std::string_view model) const;
  std::vector<std::string_view> names() const;
  // Where a note about the proxy's models / settings points.
  Span model_list_span() const;
  Span settings_span() const;
};

Proxy read_proxy(const Document& doc);

// The LiteLLM proxies a base URL reaches: the configs linked to its host:port by `.azlint.yaml`
// `links:` or a compose file; else, for a URL on LiteLLM's usual port 4000 or another loopback
// URL (Ollama's adapter and port 11434 excepted), the LiteLLM configs of the file's own folder.
// Several of them: none is assumed (`chain/proxy-ambiguous` says so).
struct Reach {
  std::vector<const Proxy*> proxies;  // summaries built once per run (Project::summary)
  std::string via;                    // how they are linked (LinkedConfigs::via)
  const Proxy* one() const { return proxies.size() == 1 ? proxies.front() : nullptr; }
  bool ambiguous() const { return proxies.size() > 1; }
};
Reach proxies_for(const Node* base_url, std::string_view api, const Context& ctx);

}  // namespace azlint::openclaw
