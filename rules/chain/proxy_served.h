// What an OpenClaw model id is served by when its provider points at the LiteLLM proxy it is linked to:
// the `litellm_params.model` of each model_list entry the id routes to. Shared rules ask it
// about any model field; for other gateways, or without a proxy, it answers nothing.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "lint/context.h"
#include "lint/document.h"

namespace azlint::chain {

struct ProxyServed {
  std::string model;                // litellm_params.model of the entry ("azure/dall-e-3")
  std::string file;                 // the proxy config's file name, as messages show it
  const Document* doc = nullptr;    // the proxy config
  const Node* entry_model = nullptr;  // the `model` value (for a note), or the entry
};

// For each model id node of `doc` that a LiteLLM proxy of the run serves: what serves it. Built
// once per document (one pass over the providers); empty for other gateways or a run without
// a LiteLLM config.
std::map<const Node*, std::vector<ProxyServed>> proxy_served(const Document& doc, Context& ctx);

}  // namespace azlint::chain
