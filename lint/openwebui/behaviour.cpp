// What Open WebUI does with what the shared rules find. Its exported config JSON is read with
// Python's json module and resolves no references; its env file is the environment itself.
// Facts: ../shared/reference/litellm-openwebui-azure.md (B).
#include "lint/azure/models.h"
#include "lint/behaviour.h"
#include "lint/openwebui/gateway.h"

namespace azlint::openwebui {

namespace {

bool env_file(const Document& doc) { return doc.form == &env_form(); }

class OpenWebUIBehaviour final : public Behaviour {
 public:
  std::string syntax_error(const Document& doc, bool) const override {
    return env_file(doc) ? "; the variables in it may not reach Open WebUI"
                         : "; Open WebUI cannot read it, so none of its settings are imported";
  }
  std::string duplicate_key(const Document& doc) const override {
    return env_file(doc) ? " (the last definition wins silently when the environment is loaded: the first one is ignored)"
                         : " (Open WebUI reads the JSON with Python's json module, which keeps the last value "
                           "silently: the first one is ignored)";
  }
  std::string_view yaml_parser() const override { return "Python's json module"; }
  // JSON and env files have no implicit types.
  std::optional<std::string> implicit_type(const Document&, const Node&, std::string_view, std::string_view) const override {
    return std::nullopt;
  }

  // Open WebUI reads the keys it knows from the stored config; any other key has no effect.
  // Its schema is hand-written: azlint does not say what a refused config does.
  std::string refused_config() const override { return {}; }
  std::string unknown_key(const Document&, const std::string&, const std::string&, KeyPolicy policy) const override {
    switch (policy) {
      case KeyPolicy::Refused: return " (Open WebUI rejects the config)";
      case KeyPolicy::Dropped: return " (Open WebUI drops it silently, so the setting has no effect)";
      case KeyPolicy::Kept: break;
    }
    return " (Open WebUI keeps it)";
  }
  std::string_view migrated_key(std::string_view, std::string_view) const override { return {}; }
  std::optional<MissingKey> missing_key(const Document&, const Node&, const std::string&, const std::string&) const override {
    return std::nullopt;
  }

  // Its fields resolve no references (lint/openwebui/fields.cpp), so this is not reached today.
  std::optional<std::vector<RefProblem>> own_syntax_problems(const Field&) const override { return std::nullopt; }
  UnsetEffect unset_reference(const Document&, const Field&, const EnvRef& ref, const Env&, bool) const override {
    return {"; Open WebUI does not substitute references here, so \"${" + ref.name + "}\" is used as literal text", false};
  }
  std::string set_too_late(const Document&, const Env&, std::string_view) const override { return {}; }
  std::string unset_reference_help(std::string_view name, bool) const override {
    return "set " + std::string(name) + " in the environment Open WebUI runs in";
  }

  // An exported Open WebUI config holds the keys as stored; it resolves no `${VAR}`.
  std::string hardcoded_secret_help(const Field& f) const override {
    return f.role == FieldRole::ApiKey
               ? "Open WebUI exports keys in plain text and resolves no ${VAR} here: blank the key (\"\") before "
                 "sharing or committing the file, keep it in Admin Settings > Connections (or OPENAI_API_KEYS in "
                 "the environment), and rotate the exposed key"
               : "Open WebUI exports header values in plain text and resolves no ${VAR} here: blank the value "
                 "before sharing or committing the file, and rotate the exposed token";
  }
  UrlEffect bad_url(const Document&, const Node&, std::string_view) const override {
    return {std::string(kBadUrlFails), false};
  }
  // Its fields name no models (lint/openwebui/fields.cpp), so this is not reached today.
  ResponsesRoute responses_only(const Field& f) const override {
    return {"requests go to the chat-completions route; " + azure::responses_only_answer(f.node->text),
            "set the connection's `api_type` to \"responses\", or use a chat-completions model (e.g. o3 instead "
            "of o3-pro)"};
  }
  // Its fields name no models, so this is not reached today.
  NonChatRoute non_chat_model(const Field&, azure::NonChatKind, std::string_view) const override {
    return {"Open WebUI lists it as a chat model and sends it chat completions; " + std::string(azure::non_chat_answer()),
            "remove it from the connection's model ids; Open WebUI's image and audio settings take such models"};
  }
};

}  // namespace

const Behaviour& behaviour() {
  static const OpenWebUIBehaviour b;
  return b;
}

}  // namespace azlint::openwebui
