// Gateway-independent roles of config fields, so shared rules (env vars, URLs, secrets,
// api-versions) need not know each gateway's layout. Each gateway lists its fields
// (Gateway::fields, lint/gateway.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/document.h"
#include "lint/env.h"

namespace azlint {

enum class FieldRole : uint8_t {
  ApiKey,          // a credential sent to the endpoint
  Url,             // a base URL requests are sent to
  Header,          // an extra request header value
  InstanceName,    // an Azure resource name
  DeploymentName,  // an Azure deployment name
  ApiVersion,      // an Azure api-version
  ModelName,       // a model identifier (a model key)
  Text,            // another string the gateway reads as a setting
};

// For ModelName: what the gateway asks the model for (`non-chat-model`).
enum class ModelUse : uint8_t {
  Unknown,     // not said, or a route of its own (LiteLLM with `model_info.mode`)
  Text,        // chat completions or Responses: LibreChat's Azure models and titleModel, OpenClaw's models
  Undeclared,  // any route, but chat where the config does not declare the model's kind (LiteLLM's health check)
};

// Held by the hundred thousand for a large config: views only (into the tree, the source and the
// document's arena), no owned string or vector, so a field stays 40 bytes.
struct Field {
  // The flags are bits (set false here: C++17 has no initializers for bit-fields).
  Field()
      : resolves_env(false), env_whole_value(false), env_secret_ref(false), has_placeholders(false),
        chat_route(false), sends_key(false), for_assistants(false), for_max_completion_tokens(false) {}
  const Node* node = nullptr;  // the string value (never null)

  // How messages name the field (`api_base_urls[1]`), followed by " of " and `label_of()` when
  // that is set (`api_key of model_list[0] ("gpt-4o")`); empty: derived from the pointer.
  // Views into the tree or the document's arena (a label longer than 64 KiB is cut there).
  Text label() const { return {label_, label_size_}; }
  Text label_of() const { return {label_of_, label_of_size_}; }
  void set_label(std::string_view s) { label_ = s.data(), label_size_ = cut(s); }
  void set_label_of(std::string_view s) { label_of_ = s.data(), label_of_size_ = cut(s); }

  // For ApiVersion and DeploymentName: the models this value is used for; for ApiVersion also
  // the features that need a minimum version. For ModelName: the deployment (or base model) the
  // name is served by, when the gateway knows one. Views into node text, in the document's arena
  // (Field::models_of).
  Children<std::string_view> models;

 private:
  // The length kept: all of `s`, or its first 64 KiB less a split UTF-8 character.
  static uint16_t cut(std::string_view s) {
    if (s.size() <= 0xFFFF) return static_cast<uint16_t>(s.size());
    size_t n = 0xFFFF;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return static_cast<uint16_t>(n);
  }
  const char* label_ = nullptr;
  const char* label_of_ = nullptr;
  uint16_t label_size_ = 0;
  uint16_t label_of_size_ = 0;

 public:
  FieldRole role = FieldRole::Text;
  // The gateway resolves environment references in this field, written this way.
  EnvSyntax env_syntax = EnvSyntax::DollarBrace;
  ModelUse model_use = ModelUse::Unknown;
  bool resolves_env : 1;
  // Only a reference that is the whole value is resolved, and an unset one fails start-up
  // (LibreChat's apiKey/instanceName/deploymentName/version).
  bool env_whole_value : 1;
  // The node is the `id` of an OpenClaw SecretRef `{source: "env", id}`: its whole text names a
  // variable (no `${…}` syntax) whose value is the credential.
  bool env_secret_ref : 1;
  // Placeholders the gateway substitutes itself (LibreChat baseURL: ${INSTANCE_NAME}).
  bool has_placeholders : 1;
  // The request this field feeds goes to a chat-completions route.
  bool chat_route : 1;
  // An API key is sent with requests to this URL.
  bool sends_key : 1;
  bool for_assistants : 1;
  bool for_max_completion_tokens : 1;

  // `names` as the models of a field of `doc` (kept in its arena).
  static Children<std::string_view> models_of(const Document& doc, std::vector<std::string_view> names) {
    if (names.empty() || !doc.arena) return {};
    return doc.arena->array(names);
  }
};
static_assert(sizeof(Field) <= 40, "a field stays small: a large config has hundreds of thousands");



}  // namespace azlint
