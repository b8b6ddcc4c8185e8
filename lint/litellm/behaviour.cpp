// What the LiteLLM proxy does with what the shared rules find. Facts: ../shared/reference/
// litellm-openwebui-azure.md (A) and litellm/proxy/proxy_server.py (ProxyConfig.
// _get_config_from_file: yaml.safe_load, "Config cannot be None or Empty.", no schema check).
#include "lint/azure/models.h"
#include "lint/behaviour.h"
#include "lint/litellm/effects.h"
#include "lint/litellm/env_syntax.h"
#include "lint/litellm/model_list.h"

namespace azlint::litellm {

namespace {

class LiteLLMBehaviour final : public Behaviour {
 public:
  // Loading the config raises, and the proxy's start-up does not catch it.
  std::string syntax_error(const Document&, bool empty) const override {
    return empty ? "; the LiteLLM proxy does not start (\"Config cannot be None or Empty.\")"
                 : "; the LiteLLM proxy does not start (PyYAML raises the error while the proxy loads its config)";
  }
  std::string duplicate_key(const Document&) const override {
    return " (the LiteLLM proxy reads the file with PyYAML, which keeps the last value without a warning: the "
           "first one is ignored)";
  }
  std::string_view yaml_parser() const override { return "PyYAML"; }
  // null is LiteLLM's "not set" (None): the fallbacks apply, nothing is mistyped.
  std::optional<std::string> implicit_type(const Document& doc, const Node& node, std::string_view as,
                                           std::string_view) const override {
    if (node.implicit == Node::Implicit::Null) return std::nullopt;
    return implicit_type_effect(doc, node, as);
  }

  // The proxy reads its config as plain dicts: a key it does not look up has no effect.
  // Its schema is hand-written: azlint does not say what a refused config does.
  std::string refused_config() const override { return {}; }
  std::string unknown_key(const Document&, const std::string&, const std::string&, KeyPolicy policy) const override {
    switch (policy) {
      case KeyPolicy::Refused: return " (the LiteLLM proxy rejects the config)";
      case KeyPolicy::Dropped: return " (the LiteLLM proxy drops it silently, so the setting has no effect)";
      case KeyPolicy::Kept: break;
    }
    return " (the LiteLLM proxy keeps it)";
  }
  std::string_view migrated_key(std::string_view, std::string_view) const override { return {}; }
  std::optional<MissingKey> missing_key(const Document& doc, const Node& object, const std::string& pointer,
                                        const std::string& key) const override {
    if (pointer.empty()) return std::nullopt;
    return missing_field(doc, object, pointer, key);
  }

  std::optional<std::vector<RefProblem>> own_syntax_problems(const Field& f) const override {
    if (f.env_syntax != EnvSyntax::OsEnviron) return std::nullopt;
    return env_syntax_problems(f.node->text);
  }
  UnsetEffect unset_reference(const Document& doc, const Field& f, const EnvRef& ref, const Env& env,
                              bool) const override {
    return unset_reference_effect(doc, *f.node, ref.name, env);
  }
  // A variable only the config's `environment_variables` define is not set yet when recent
  // releases resolve the config's references.
  std::string set_too_late(const Document& doc, const Env& env, std::string_view name) const override {
    if (!config_only(doc, env, name)) return {};
    return "set only by `environment_variables` of this config (line " + std::to_string(env.find(name)->line) +
           "), which recent LiteLLM releases apply only after resolving the config's os.environ/ references";
  }
  std::string unset_reference_help(std::string_view name, bool too_late) const override {
    return "set " + std::string(name) + " in the environment the LiteLLM proxy runs in (or the .env file beside the "
           "config)" + (too_late ? std::string(" instead of under `environment_variables:`") : std::string());
  }

  std::string hardcoded_secret_help(const Field& f) const override {
    const std::string key = pointer_last_token(f.node->pointer());
    const std::string var = key == "azure_ad_token" ? "AZURE_AD_TOKEN"
                            : key == "client_secret" ? "AZURE_CLIENT_SECRET"
                            : key == "azure_password" ? "AZURE_PASSWORD"
                            : key == "master_key"     ? "LITELLM_MASTER_KEY"
                                                      : "AZURE_API_KEY";
    return "move the value into the environment the LiteLLM proxy runs in (e.g. " + var + "=… in the .env file), "
           "write " + key + ": os.environ/" + var + ", and rotate the exposed secret";
  }
  // Recent releases prepend https:// to an Azure endpoint without a scheme.
  UrlEffect bad_url(const Document& doc, const Node& node, std::string_view problem) const override {
    const std::string provider = provider_of(doc, node);
    if (problem == "it has no scheme" && (provider == "azure" || provider == "azure_text"))
      return {"; older LiteLLM releases pass it to the Azure client as is and every request fails (recent ones "
              "prepend https://)",
              true};
    return {"; every request the LiteLLM proxy sends through this deployment fails with a connection error", false};
  }
  ResponsesRoute responses_only(const Field& f) const override {
    return {"requests go to the chat-completions route; " + azure::responses_only_answer(f.node->text),
            "send the requests to the proxy's /v1/responses route, or use a chat-completions model (e.g. o3 "
            "instead of o3-pro)"};
  }
  NonChatRoute non_chat_model(const Field&, azure::NonChatKind kind, std::string_view) const override {
    const std::string mode(azure::litellm_mode(kind));
    return {"the entry has no `model_info.mode`: requests to " + std::string(azure::non_chat_route(kind)) +
                " work, yet the proxy's health checks call chat completions for it and report it unhealthy (" +
                std::string(azure::non_chat_answer()) + ")",
            "declare the kind: `model_info: {mode: " + mode + "}`"};
  }
};

}  // namespace

const Behaviour& behaviour() {
  static const LiteLLMBehaviour b;
  return b;
}

}  // namespace azlint::litellm
