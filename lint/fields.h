// Gateway-independent roles of config fields, so shared rules (env vars, URLs, secrets,
// api-versions) need not know each gateway's layout. Each gateway lists its fields
// (Gateway::fields, lint/gateway.h).
#pragma once
#include <memory>
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

struct Field {
  const Node* node = nullptr;  // the string value (never null)
  FieldRole role = FieldRole::Text;
  // The gateway resolves environment references in this field, written this way.
  bool resolves_env = false;
  EnvSyntax env_syntax = EnvSyntax::DollarBrace;
  // Only a reference that is the whole value is resolved, and an unset one fails start-up
  // (LibreChat's apiKey/instanceName/deploymentName/version).
  bool env_whole_value = false;
  // The node is the `id` of an OpenClaw SecretRef `{source: "env", id}`: its whole text names a
  // variable (no `${…}` syntax) whose value is the credential.
  bool env_secret_ref = false;
  // Placeholders the gateway substitutes itself (LibreChat baseURL: ${INSTANCE_NAME}).
  bool has_placeholders = false;
  // The request this field feeds goes to a chat-completions route.
  bool chat_route = false;
  // An API key is sent with requests to this URL.
  bool sends_key = false;
  // For ApiVersion and DeploymentName: the models this value is used for; for ApiVersion also
  // the features that need a minimum version. For ModelName: the deployment (or base model) the
  // name is served by, when the gateway knows one.
  std::vector<std::string_view> models;
  bool for_assistants = false;
  bool for_max_completion_tokens = false;
  ModelUse model_use = ModelUse::Unknown;
  // How messages name the field (`api_base_urls[1]`); empty: derived from the pointer.
  std::string label;
  // A node the collector made itself (one item of Open WebUI's `;`-separated env value, with
  // its exact sub-span); `node` points into it.
  std::shared_ptr<const Node> owned;
};


}  // namespace azlint
