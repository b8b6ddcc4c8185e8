// What `azlint verify` probes: every deployment (or endpoint) a config names, as its gateway
// resolves it (Gateway::resolve, lint/resolution.h) — endpoint, deployment, api-version and auth
// after inheritance and `${VAR}` / `os.environ/VAR` resolution — with the auth secrets.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "lint/diagnostic.h"
#include "lint/document.h"
#include "lint/env.h"

namespace azlint::verify {

struct Auth {
  enum class Kind { None, ApiKey, Bearer, BearerKey, ClientCredentials };  // BearerKey: a key sent as Bearer (OpenAI-style servers)
  Kind kind = Kind::None;
  std::string secret;       // the key or static token (never printed)
  std::string header;       // for ApiKey: "api-key" (Azure) ; Bearer uses Authorization
  // Client credentials (Entra service principal).
  std::string tenant, client_id, client_secret;
  std::string authority = "https://login.microsoftonline.com";
  std::string scope = "https://cognitiveservices.azure.com/.default";
  std::string source;       // where it came from, for messages: `apiKey`, `AZURE_AD_TOKEN`, …
  bool from_env = false;    // the key, token or client secret came from the process environment or an env file
  bool entra() const { return kind == Kind::Bearer || kind == Kind::ClientCredentials; }
};

enum class TargetKind {
  AzureDeployment,  // {endpoint}/openai/deployments/{d}/… (dated) or {endpoint}/openai/v1/… (v1)
  AzureResource,    // no deployment named: only the resource probe
  OpenAIModels,     // an OpenAI-compatible server (serverless, LiteLLM proxy): GET {base}/models
};

struct Target {
  std::shared_ptr<const SourceFile> file;
  Span span;                 // the config node the result points at
  std::string pointer;
  std::string label;         // `group "westus", model "gpt-4o"`
  TargetKind kind = TargetKind::AzureDeployment;
  std::string endpoint;      // https://res.openai.azure.com (no trailing slash), or the base URL
  bool v1 = false;           // endpoint ends in /openai/v1
  std::string deployment;    // the deployment name (Azure) or model id (OpenAI-compatible)
  std::string api_version;
  std::string operation = "chat/completions";  // or `responses` (lint/resolution.h)
  bool v1_query = false;     // the v1 route carries ?api-version= too
  bool reasoning = false;    // o-series / GPT-5: max_completion_tokens
  std::string url;           // a full request URL the gateway uses as is (LibreChat baseURL), or ""
  Auth auth;
  std::string skip_reason;   // not probed, and why (unresolved variable, no endpoint, …)
  std::string fix_hint;      // what to change in the config when the deployment is wrong
  std::string version_field; // the setting that holds the api-version (`version`, `api_version`, …)
};

// The targets of one parsed document: its gateway's resolution, mapped.
std::vector<Target> collect_targets(const Document& doc, const Env& env);

}  // namespace azlint::verify
