// A LiteLLM proxy config read once: the `model_list` deployments (provider prefix, deployment
// name, the detection string LiteLLM routes by), the settings sections, and how LiteLLM
// resolves `os.environ/VAR` values (see ../shared/reference/litellm-openwebui-azure.md, A).
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

namespace azlint::litellm {

inline constexpr std::string_view kEnvPrefix = "os.environ/";

struct Deployment {
  size_t index = 0;
  const Node* entry = nullptr;       // the model_list item (a mapping)
  const Node* model_name = nullptr;  // `model_name` as written (any type), or nullptr
  const Node* params = nullptr;      // `litellm_params` when a mapping, else nullptr
  const Node* model_info = nullptr;  // `model_info` when a mapping, else nullptr
  const Node* model = nullptr;       // `litellm_params.model` when a string, else nullptr
  // Views into the nodes' text (a large model_list holds many deployments).
  Text provider;    // "azure" for "azure/x"; "" when the model has no `/`
  Text route;       // the model after "provider/": "o_series/my-deployment"
  Text deployment;  // Azure: the deployment name in the URL (route without o_series/, gpt5_series/)
  Text base_model;  // litellm_params.base_model, else model_info.base_model, else ""

  const Node* param(std::string_view key) const { return params ? params->get(key) : nullptr; }
  // `azure/` or `azure_text/`: the Azure OpenAI SDK client, deployment URLs, api-versions.
  bool is_azure() const { return provider == "azure" || provider == "azure_text"; }
  // What LiteLLM tests for o-series / GPT-5 handling: `base_model or model` (model = the route).
  std::string detection() const { return base_model.empty() ? route.str() : base_model.str(); }
  // `model "gpt-4o"` (the entry's model_name) or `model_list entry 3`.
  std::string label() const;
  // Where to report a finding about the whole deployment: its `model` value, else model_name,
  // else the entry.
  const Node& anchor() const;
};

struct View {
  const Node* model_list = nullptr;  // a sequence, or nullptr
  const Node* litellm_settings = nullptr;
  const Node* general_settings = nullptr;
  const Node* router_settings = nullptr;
  const Node* environment_variables = nullptr;
  std::vector<Deployment> deployments;  // mapping items of model_list, in order

  const Node* setting(std::string_view key) const { return litellm_settings ? litellm_settings->get(key) : nullptr; }
};

// `with_deployments` false: the settings and model_list only, `deployments` left empty (a pass
// over a large list takes one Deployment at a time, deployment_at, not a second list).
View build_view(const Document& doc, bool with_deployments = true);
// The deployment of model_list item `e` (a mapping) at index `i`.
Deployment deployment_at(const Node& e, size_t i);
// The document's view, built once per document and cached in the context (what rules read).
const View& view_of(Context& ctx);

// The variable a value names when it starts with `os.environ/` (what LiteLLM resolves), else nullopt.
std::optional<std::string_view> env_ref(const Node* n);

// A string parameter as LiteLLM will see it: the text, or for `os.environ/VAR` the variable's
// value (`var` set: never print `text` then). nullopt when absent, not a string, or an unset
// (or empty) variable — LiteLLM then has None.
struct Resolved {
  std::string text;
  std::string var;
};
std::optional<Resolved> resolve(const Node* n, const Env& env);
// Present as LiteLLM sees it: a non-empty string, or a reference to a set variable.
inline bool present(const Node* n, const Env& env) {
  std::optional<Resolved> r = resolve(n, env);
  return r && !r->text.empty();
}

// LiteLLM's substring tests (AzureOpenAIO1Config.is_o_series_model, AzureOpenAIGPT5Config).
bool routes_as_o_series(std::string_view detection);
bool routes_as_gpt5(std::string_view detection);

// A provider prefix LiteLLM knows (litellm.provider_list), and the closest one for a typo.
bool is_known_provider(std::string_view provider);
std::string_view closest_provider(std::string_view provider);

// The config's `environment_variables`: LiteLLM sets them in its own environment at start
// (`os.environ[name] = str(value)`, a value `os.environ/OTHER` copies OTHER when set). They are
// added for the variables the environment and env files lack, with the config as their file:
// recent releases apply them only after resolving the config's own `os.environ/` references
// (see config_only()), so they serve the request-time fallbacks (AZURE_API_KEY, ...).
void add_config_env(const Document& doc, Env& env);
// A variable only the config's `environment_variables` define.
inline bool config_only(const Document& doc, const Env& env, std::string_view name) {
  const EnvEntry* e = env.find(name);
  return e && !e->file.empty() && e->file == doc.source->path();
}

}  // namespace azlint::litellm
