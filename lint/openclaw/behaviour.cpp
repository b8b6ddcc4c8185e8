// What OpenClaw does with what the shared rules find. Facts: ../shared/reference/openclaw.md
// (JSON5 parsing, duplicate keys, zod-strict objects, `${VAR}` substitution and SecretRefs).
#include "lint/behaviour.h"
#include "lint/openclaw/migrated_keys.h"
#include "lint/openclaw/place.h"

namespace azlint::openclaw {

namespace {

class OpenClawBehaviour final : public Behaviour {
 public:
  std::string syntax_error(const Document&, bool) const override {
    return "; OpenClaw rejects the file and keeps running on its last good config, so none of this file's changes apply";
  }
  std::string duplicate_key(const Document&) const override {
    return " (OpenClaw parses the file as JSON5, which keeps the last value silently: the first one is ignored)";
  }
  std::string_view yaml_parser() const override { return "JSON5"; }
  // JSON5 has no implicit types: a plain value is what it looks like.
  std::optional<std::string> implicit_type(const Document&, const Node&, std::string_view, std::string_view) const override {
    return std::nullopt;
  }

  std::string refused_config() const override { return " (OpenClaw reports it and keeps running on its last good config)"; }
  std::string unknown_key(const Document&, const std::string& pointer, const std::string& key, KeyPolicy policy) const override {
    switch (policy) {
      case KeyPolicy::Refused:
        return " (OpenClaw reports " + (pointer.empty() ? std::string() : dotted(pointer) + ": ") + "Unrecognized key: \"" +
               key + "\" and keeps running on its last good config, so none of this file's changes apply)";
      case KeyPolicy::Dropped: return " (OpenClaw drops it silently, so the setting has no effect)";
      case KeyPolicy::Kept: break;
    }
    return " (OpenClaw keeps it)";
  }
  std::string_view migrated_key(std::string_view object_pointer, std::string_view key) const override {
    return openclaw::migrated_key(object_pointer, key);
  }
  std::optional<MissingKey> missing_key(const Document&, const Node&, const std::string&, const std::string&) const override {
    return std::nullopt;
  }

  // An unset `${VAR}` only warns at load and stays in the value; an env SecretRef to an unset
  // variable resolves to nothing without any message.
  std::optional<std::vector<RefProblem>> own_syntax_problems(const Field&) const override { return std::nullopt; }
  UnsetEffect unset_reference(const Document&, const Field& f, const EnvRef& ref, const Env&, bool) const override {
    if (f.env_secret_ref)
      return {f.role == FieldRole::ApiKey
                  ? "; OpenClaw resolves the reference to nothing without a message, so requests go out without "
                    "the key (401 Unauthorized)"
                  : "; OpenClaw resolves the reference to nothing without a message, so the header is sent empty",
              false};
    const std::string literal = "\"${" + ref.name + "}\"";
    const std::string warn = "; OpenClaw only warns at load (Missing env var \"" + ref.name + "\") and leaves " +
                             literal + " in the value";
    if (f.role == FieldRole::Url) return {warn + ", so requests go to \"" + f.node->text + "\" and fail", false};
    if (f.role == FieldRole::ApiKey) return {warn + ", so the key is unusable and requests fail (401 Unauthorized)", false};
    if (f.role == FieldRole::Header) return {warn + " and sends that text as the header value", false};
    return {warn, false};
  }
  std::string set_too_late(const Document&, const Env&, std::string_view) const override { return {}; }
  std::string unset_reference_help(std::string_view name, bool) const override {
    return "set " + std::string(name) + " in the .env file beside the config, in `env.vars` of the config, or in the "
           "environment OpenClaw runs in";
  }

  std::string hardcoded_secret_help(const Field& f) const override {
    return f.role == FieldRole::ApiKey
               ? "move the key to the .env file beside the config (e.g. PROXY_API_KEY=…), write apiKey: "
                 "\"${PROXY_API_KEY}\" or {source: \"env\", id: \"PROXY_API_KEY\"}, and rotate the exposed key"
               : "move the token to the .env file beside the config (e.g. GATEWAY_TOKEN=…), write the header "
                 "value as \"${GATEWAY_TOKEN}\" or {source: \"env\", id: \"GATEWAY_TOKEN\"}, and rotate the "
                 "exposed token";
  }
  UrlEffect bad_url(const Document&, const Node&, std::string_view) const override {
    return {std::string(kBadUrlFails), false};
  }
  ResponsesRoute responses_only(const Field&) const override {
    return {"the provider calls it with the openai-completions adapter (/chat/completions); the endpoint answers 400 "
            "(\"This model is only supported in v1/responses\")",
            "set `api: \"openai-responses\"` (or `\"azure-openai-responses\"` for Azure) on the provider or this "
            "model, or use a chat-completions model"};
  }
  NonChatRoute non_chat_model(const Field&, azure::NonChatKind kind, std::string_view) const override {
    std::string help = "remove it from the provider's `models`: OpenClaw sends text requests to every model it lists";
    if (kind == azure::NonChatKind::Image)
      help += "; image generation on Azure goes through the bundled `openai` provider, which recognises Azure hosts "
              "for images (with AZURE_OPENAI_API_VERSION)";
    return {"OpenClaw sends it chat (text) requests like any model of a provider; " + std::string(azure::non_chat_answer()),
            std::move(help)};
  }
};

}  // namespace

const Behaviour& behaviour() {
  static const OpenClawBehaviour b;
  return b;
}

}  // namespace azlint::openclaw
