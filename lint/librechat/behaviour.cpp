// What LibreChat does with what the shared rules find. Facts: ../shared/reference/librechat.md
// (js-yaml 4 load(); `configSchema`, whose strict and stripping objects its generated schemas
// mark; env references resolved by `extractEnvVariable` and checked at start for the Azure
// fields).
#include <cctype>

#include "lint/azure/models.h"
#include "lint/behaviour.h"
#include "lint/gateway.h"

namespace azlint::librechat {

namespace {

class LibreChatBehaviour final : public Behaviour {
 public:
  // loadYaml() returns the error; loadCustomConfig logs it and returns null (also for an empty
  // or `null` document), and the server starts without the config.
  std::string syntax_error(const Document&, bool) const override {
    return "; LibreChat logs \"Config file YAML format is invalid\" and starts without this config";
  }
  std::string duplicate_key(const Document&) const override {
    return " (js-yaml rejects the file with \"duplicated mapping key\" and LibreChat starts without its config: every "
           "setting in it is ignored)";
  }
  std::string_view yaml_parser() const override { return "js-yaml"; }
  std::optional<std::string> implicit_type(const Document&, const Node&, std::string_view,
                                           std::string_view received) const override {
    return "; LibreChat rejects the config (\"Expected string, received " + std::string(received) +
           "\") and refuses to start";
  }

  std::string refused_config() const override { return " (LibreChat refuses to start)"; }
  std::string unknown_key(const Document&, const std::string&, const std::string&, KeyPolicy policy) const override {
    switch (policy) {
      case KeyPolicy::Refused: return " (LibreChat refuses to start: \"Unrecognized key(s) in object\")";
      case KeyPolicy::Dropped: return " (LibreChat drops it silently, so the setting has no effect)";
      case KeyPolicy::Kept: break;
    }
    return " (LibreChat keeps it)";
  }
  std::string_view migrated_key(std::string_view, std::string_view) const override { return {}; }
  std::optional<MissingKey> missing_key(const Document& doc, const Node& object, const std::string& pointer,
                                        const std::string& key) const override {
    if (pointer.empty()) {
      if (key != "version") return std::nullopt;
      std::string_view version = doc.release && !doc.release->config_version.empty() ? doc.release->config_version : "1.2.1";
      return MissingKey{nullptr, false,
                        "the top level has no `version`: LibreChat refuses to start "
                        "(\"path\":[\"version\"],\"message\":\"Required\")",
                        "add `version: " + std::string(version) +
                            "` (the config version of your LibreChat release) as the first line"};
    }
    // A group lacking a key is reported at its name (at the group when it has none).
    static const std::string kGroups = "/endpoints/azureOpenAI/groups/";
    if (pointer.rfind(kGroups, 0) != 0 || pointer.find('/', kGroups.size()) != std::string::npos) return std::nullopt;
    const std::string index = pointer.substr(kGroups.size());
    if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const Node* name = object.get("group");
    const std::string subject = name && name->is_string() ? "group \"" + name->text + "\""
                                                          : "item " + std::to_string(std::stoul(index) + 1) + " of `groups`";
    return MissingKey{name ? name : &object, name == nullptr, subject + " has no `" + key + "`" + refused_config(),
                      "add `" + key + "`"};
  }

  std::optional<std::vector<RefProblem>> own_syntax_problems(const Field&) const override { return std::nullopt; }
  UnsetEffect unset_reference(const Document& doc, const Field& f, const EnvRef& ref, const Env&,
                              bool fails_start) const override {
    return {effect(doc, f, ref, fails_start), false};
  }
  std::string set_too_late(const Document&, const Env&, std::string_view) const override { return {}; }
  std::string unset_reference_help(std::string_view name, bool) const override {
    return "set " + std::string(name) + " in the .env file beside the config or in the environment LibreChat runs in";
  }

  std::string hardcoded_secret_help(const Field& f) const override {
    return f.role == FieldRole::ApiKey
               ? "move the key to the .env file beside the config (e.g. AZURE_API_KEY=…), write apiKey: "
                 "\"${AZURE_API_KEY}\", and rotate the exposed key"
               : "move the token to the .env file beside the config (e.g. GATEWAY_TOKEN=…), reference it as "
                 "${GATEWAY_TOKEN} in the header value, and rotate the exposed token";
  }
  UrlEffect bad_url(const Document&, const Node&, std::string_view) const override {
    return {std::string(kBadUrlFails), false};
  }
  ResponsesRoute responses_only(const Field& f) const override {
    return {"requests go to the chat-completions route; " + azure::responses_only_answer(f.node->text),
            "send this group through the Responses API (`addParams: {useResponsesApi: true}`) or use a "
            "chat-completions model (e.g. o3 instead of o3-pro)"};
  }
  NonChatRoute non_chat_model(const Field& f, azure::NonChatKind kind, std::string_view) const override {
    const bool title = f.label().rfind("titleModel", 0) == 0;
    std::string clause = title ? "LibreChat titles conversations with chat completions to the titleModel; "
                               : "LibreChat sends chat completions to every model of an Azure group; ";
    clause += std::string(azure::non_chat_answer()) + ", and the model cannot be used for chat";
    std::string place;
    switch (kind) {
      case azure::NonChatKind::Image:
        place = "LibreChat makes images with its image tools, set up in the .env file (DALL-E 3 on Azure: "
                "DALLE3_BASEURL, DALLE3_API_KEY, DALLE3_AZURE_API_VERSION), which agents and the chat then call";
        break;
      case azure::NonChatKind::Transcription:
        place = "speech-to-text belongs under `speech.stt.azureOpenAI` (instanceName, apiKey, deploymentName, apiVersion)";
        break;
      case azure::NonChatKind::Speech:
        place = "text-to-speech belongs under `speech.tts.azureOpenAI` (instanceName, apiKey, deploymentName, apiVersion)";
        break;
      case azure::NonChatKind::Embedding:
        place = "embeddings are the RAG API's, set up in its env (EMBEDDINGS_PROVIDER=azure and its Azure variables)";
        break;
      case azure::NonChatKind::Realtime:
      case azure::NonChatKind::Video:
        place = "LibreChat has no Azure endpoint for this kind of model";
        break;
    }
    return {std::move(clause), (title ? "set titleModel to a chat model of a group (or \"current_model\"); "
                                      : "remove the model from the group; ") + place};
  }

 private:
  // What LibreChat does with an unset reference.
  static std::string effect(const Document& doc, const Field& f, const EnvRef& ref, bool fails_start) {
    const Text& text = f.node->text;
    const std::string literal = "\"${" + ref.name + "}\"";
    if (fails_start)
      return "; LibreChat refuses to start: Azure configuration environment variable " + literal + " was not found";
    // A custom endpoint whose whole key or URL is an unset variable is set up without it.
    static const std::string kCustom = "/endpoints/custom/";
    if (f.node->pointer().rfind(kCustom, 0) == 0 && (f.role == FieldRole::ApiKey || f.role == FieldRole::Url) &&
        whole_env_ref(text)) {
      std::string index = f.node->pointer().substr(kCustom.size(), f.node->pointer().find('/', kCustom.size()) - kCustom.size());
      const Node* endpoint = find_pointer(doc.root, kCustom + index);
      std::string name = endpoint && !endpoint->str("name").empty() ? std::string(endpoint->str("name")) : "the endpoint";
      return std::string("; the custom endpoint is unusable: its requests fail with \"Missing ") +
             (f.role == FieldRole::ApiKey ? "API Key" : "Base URL") + " for " + name + ".\"";
    }
    // `${version}`, `${instance}`: a placeholder LibreChat does not have.
    if (f.has_placeholders && !ref.name.empty() && std::islower(static_cast<unsigned char>(ref.name[0])))
      return "; only ${INSTANCE_NAME} and ${DEPLOYMENT_NAME} are placeholders LibreChat fills in a baseURL, so " +
             literal + " stays literal and requests go to \"" + text + "\"";
    if (f.role == FieldRole::Url)
      return "; LibreChat keeps " + literal + " as literal text, so requests go to \"" + text + "\"";
    if (f.role == FieldRole::ApiKey)
      return "; LibreChat keeps " + literal + " as literal text and sends it as the key (401 Unauthorized)";
    if (f.role == FieldRole::Header)
      return "; LibreChat keeps " + literal + " as literal text and sends it as the header value";
    return "; LibreChat keeps " + literal + " as literal text";
  }
};

}  // namespace

const Behaviour& behaviour() {
  static const LibreChatBehaviour b;
  return b;
}

}  // namespace azlint::librechat
