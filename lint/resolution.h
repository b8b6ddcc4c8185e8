// What a gateway sends for one model of a config: the one resolution of a model to its request
// (URL, deployment, api-version, auth), with where each part came from. Each gateway computes it
// in its own folder (lint/<id>/resolve.cpp, reached through Gateway::resolve); `azlint verify`
// maps it to its targets (lint/verify/targets.cpp) and the URL rules reason about the same URL.
// Credential values are held for verify only: nothing prints them (`show` prints provenance).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "lint/document.h"
#include "lint/env.h"

namespace azlint {

// Where a part of a request came from.
struct Provenance {
  enum class Via { Default, Config, Env };
  Via via = Via::Default;
  Span span;                 // the config node it was read from (Config, and Env through a `${VAR}`)
  std::string pointer;       // that node's JSON Pointer
  std::string var;           // the environment variable it was read from ("" when none)
  std::string env_file;      // where that variable is set: "" the process environment, else an env file
  uint32_t env_line = 0;     // 1-based line in env_file
  bool env_set = false;      // the variable is set (in the process environment or env_file)
};

// One part of the request and its provenance.
struct Part {
  std::string value;
  Provenance from;
  bool empty() const { return value.empty(); }
};

enum class RequestRoute {
  Deployments,  // {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=V
  V1,           // {endpoint}/openai/v1/chat/completions
  Serverless,   // a full URL the gateway posts to as is (LibreChat serverless baseURL)
  Proxy,        // an OpenAI-compatible server: {base}/chat/completions
  Resource,     // no deployment named: only the resource is known
};

enum class AuthKind {
  None,
  ApiKey,            // header `api-key`
  Bearer,            // an Entra token
  BearerKey,         // a key sent as Bearer (OpenAI-compatible servers)
  EntraClientCredentials,
};

struct ResolvedAuth {
  AuthKind kind = AuthKind::None;
  std::string header;          // ApiKey: "api-key"
  Part secret;                 // the key or static token
  Part tenant, client_id, client_secret;
  std::string authority = "https://login.microsoftonline.com";
  std::string scope = "https://cognitiveservices.azure.com/.default";
  std::string source;          // as messages name it: `apiKey`, `AZURE_AD_TOKEN`, …
};

// A parameter the gateway adds to or drops from every request of a model (LibreChat
// `addParams`/`dropParams`, LiteLLM `drop_params`/`additional_drop_params`, OpenClaw `compat`).
struct Param {
  std::string name;
  std::string value;   // added: the value as written ("" for a dropped one)
  bool string = true;  // added: the value is a string (else a number, boolean or null as written)
  Provenance from;
};

struct ResolvedRequest {
  std::shared_ptr<const SourceFile> file;
  Span span;                   // the model's node
  std::string pointer;
  std::string label;           // `group "westus", model "gpt-4o"`
  std::string model;           // the model's name in the config
  std::string role = "model";  // model | titleModel | summaryModel | default | fallback
  std::string method = "POST";
  RequestRoute route = RequestRoute::Deployments;
  Part endpoint;               // https://res.openai.azure.com (no trailing slash), or the base URL
  bool v1 = false;             // the endpoint is an /openai/v1 base (route V1 unless Proxy, Resource or Serverless)
  Part fixed_url;              // a full request URL the gateway uses as is (LibreChat baseURL), or ""
  std::string url;             // the chat completions URL the gateway sends to ("" when not built)
  Part deployment;             // the deployment name (Azure) or model id (OpenAI-compatible)
  Part api_version;
  // What follows the base: `chat/completions`, or `responses` (OpenClaw's responses adapters).
  std::string operation = "chat/completions";
  bool v1_query = false;       // the V1 route still carries `?api-version=` (OpenClaw's azure-openai-responses)
  bool reasoning = false;      // o-series / GPT-5: max_completion_tokens
  ResolvedAuth auth;
  std::vector<Param> params_added, params_dropped;
  std::vector<std::string> unresolved;  // the names of `${VAR}` / `os.environ/VAR` references not set
  // Another name for a request listed already (LibreChat titleModel/summaryModel), or a ref whose
  // request the gateway builds itself (an OpenClaw bundled provider): `show` lists it, verify
  // does not probe it again.
  bool alias = false;
  std::string note;            // what `show` says about it ("the URL is chosen by OpenClaw")
  std::string skip_reason;     // why the request cannot be built (unresolved variable, no endpoint, …)
  std::string fix_hint;        // what to change when the deployment is wrong
  std::string version_field;   // the setting that holds the api-version
};

// Provenance of a config node, and of an environment variable (read through `through`, if any).
Provenance from_config(const Node* node);
Provenance from_env(const Env& env, const std::string& var, const Node* through = nullptr);
// A part read from a node's text.
Part config_part(const Node* node);
// A part read from an environment variable ("" when unset).
Part env_part(const Env& env, const std::string& var, const Node* through = nullptr);

// The chat completions URL of a request (`url`), from its route and parts; an unresolved part
// stays as written (`https://${INSTANCE_NAME}.openai.azure.com/…`), the request is not probed.
std::string request_url(const ResolvedRequest& r);

// Helpers the gateways' resolve.cpp share.
namespace resolution {
std::string trim_slash(std::string s);
// The value of a variable, "" when unset.
std::string env_value(const Env& env, const std::string& name);
// A request for the model at `at` (its span, pointer and label).
ResolvedRequest at(const Document& doc, const Node& at, std::string label);
// A URL a config gives without `scheme://`: the request is not built (curl would guess plain
// http and send the key in clear). False when the URL has a scheme.
bool skip_without_scheme(ResolvedRequest& r, const std::string& url, const std::string& field);
// AZURE_AUTHORITY_HOST as the Azure SDK reads it: a bare host name means https://.
std::string authority_from(const Env& env, const std::string& fallback);
// An endpoint as the Azure SDK takes it: `{endpoint}` without `/openai/...`; V1 when it is a v1 base.
void split_endpoint(ResolvedRequest& r, std::string base, Provenance from);
// Sets `route` (V1 from `v1` unless another route was chosen) and `url`.
void finish(ResolvedRequest& r);
// Records an unset variable: its name in `unresolved` (once).
void unresolved(ResolvedRequest& r, const std::string& var);
// A parameter from a config node (its text, whether it is a string, where it came from).
Param param_from(std::string name, const Node* value);
// Entra from the environment: AZURE_AD_TOKEN, else client credentials from AZURE_TENANT_ID/...
bool entra_from_env(ResolvedAuth& a, const Env& env);
}  // namespace resolution

// o-series / GPT-5 names (max_completion_tokens instead of max_tokens).
bool is_reasoning_name(const std::string& name);

}  // namespace azlint
