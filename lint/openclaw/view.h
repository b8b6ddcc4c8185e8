// OpenClaw's `models.providers` and `agents.defaults.model` read once into providers, models
// and model refs, with the facts the rules share: bundled provider ids, the adapter in use,
// Azure hosts, and the variables the config sets itself (`env.vars`).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/document.h"
#include "lint/env.h"

namespace azlint {
class Context;
}

namespace azlint::openclaw {

struct Model {
  const Node* node = nullptr;  // the model mapping
  size_t index = 0;
  const Node* id = nullptr;    // a string node, or nullptr
  const Node* name = nullptr;  // a string node, or nullptr
  const Node* api = nullptr;   // the model's own `api` (string), or nullptr
  const Node* base_url = nullptr;  // the model's own `baseUrl` (string), or nullptr
  const Node* compat = nullptr;    // a mapping, or nullptr
  const Node* headers = nullptr;   // a mapping, or nullptr
  std::string_view id_text() const { return id ? std::string_view(id->text) : std::string_view(); }
};

struct Provider {
  const Member* entry = nullptr;  // key = provider id, value = the provider mapping
  std::string_view id;
  bool bundled = false;            // one of OpenClaw's bundled provider ids
  const Node* base_url = nullptr;  // string node or nullptr
  const Node* api_key = nullptr;   // any node (string or SecretRef) or nullptr
  const Node* api = nullptr;       // string node or nullptr
  const Node* headers = nullptr;   // mapping or nullptr
  const Node* models_node = nullptr;  // the `models` value (any kind) or nullptr
  std::vector<Model> models;
  const Node& node() const { return entry->value; }
  const Node& key() const { return entry->key; }
  // The adapter a model is called with: its own `api`, else the provider's, else "".
  std::string_view api_for(const Model& m) const;
  // The base URL a model's requests go to (its own, else the provider's), or nullptr.
  const Node* base_url_for(const Model& m) const;
  // An API key is configured (a non-empty string or a SecretRef object).
  bool has_api_key() const;
  const Model* find_model(std::string_view id) const;
};

// A model reference of `agents.defaults.model` ("provider/model", or an alias).
struct ModelRef {
  const Node* node = nullptr;  // the string node
  std::string provider;        // lower-cased; "" for a ref without `/`
  std::string model;           // the part after the first `/` (or the whole ref)
  uint32_t provider_begin = 0, provider_end = 0;  // offsets into node->text
  uint32_t model_begin = 0, model_end = 0;
};

struct View {
  const Node* models = nullptr;          // `models` mapping
  const Node* mode = nullptr;            // `models.mode`
  const Node* providers_node = nullptr;  // `models.providers` mapping
  std::vector<Provider> providers;       // in order; of duplicate keys only the last (what OpenClaw keeps)
  const Node* agent_model = nullptr;     // `agents.defaults.model`
  const Node* agent_models = nullptr;    // `agents.defaults.models` mapping
  // By id, as OpenClaw matches refs (trimmed, lower case).
  const Provider* find_provider(std::string_view id) const;
  // The refs of `agents.defaults.model`: the string, or `primary` and `fallbacks`.
  std::vector<ModelRef> model_refs() const;
  // The ref an alias of `agents.defaults.models` stands for ("" when it is no alias).
  std::string alias_target(std::string_view alias) const;
};

View build_view(const Document& doc);
// The document's view, built once per document and cached in the context (what rules read).
const View& view_of(Context& ctx);

// OpenClaw's bundled provider ids (may appear without baseUrl/models), trimmed and lower-cased.
bool is_bundled_provider(std::string_view id);
// `openai-completions`, `openai-responses` or no `api` (current releases assume
// openai-completions): the adapters that use the plain OpenAI client.
bool is_openai_style(std::string_view api);
// An Azure OpenAI host (lint/azure/hosts.h, the one list).
bool is_azure_host(std::string_view host);
// A path on Azure's OpenAI-compatible v1 route (`/openai/v1`, `/openai/v1/...`).
bool is_azure_v1_path(std::string_view path);

// The value a URL-like string has once whole-value / embedded `${VAR}` references are
// substituted (OpenClaw syntax); nullopt when a reference is unset or malformed.
std::optional<std::string> resolve(std::string_view text, const Env& env);

// The variables the config sets itself: `env.vars.NAME` and string members `env.NAME`
// (OpenClaw applies them when the process lacks them: added with the lowest priority).
void add_config_env(const Document& doc, Env& env);

}  // namespace azlint::openclaw
