// What a probe's answer means: one status per target, with a short detail and what to change.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"
#include "lint/verify/http.h"

namespace azlint::verify {

enum class Status {
  Ok,
  AuthFailed,
  DeploymentNotFound,
  ApiVersionUnsupported,
  Throttled,
  Unreachable,
  TlsError,
  Timeout,
  Unexpected,
  Skipped,
};

std::string_view status_name(Status s);  // "ok", "auth-failed", …
Severity status_severity(Status s);      // info for ok, warning for throttled, error otherwise
const std::vector<Status>& all_statuses();

enum class ProbeKind { Models, Deployment, Completion };

// Which route the response came from (decides what a 404 "Resource not found" means).
enum class Route {
  AzureModels,      // GET …/openai/models?api-version=V (dated)
  AzureDeployment,  // POST …/openai/deployments/{d}/…?api-version=V (dated)
  AzureV1,          // …/openai/v1/…
  OpenAI,           // an OpenAI-compatible server (LiteLLM proxy, serverless)
};

struct Classification {
  Status status = Status::Unexpected;
  std::string detail;  // short, secrets removed
  std::string help;    // what to change
  std::string min_version;  // api-version-unsupported: the oldest version the model accepts, when Azure says
};

// `entra`: the request carried an Entra token (a key otherwise, or nothing): decides what a 401
// means, whatever the body says. `secrets`: values to mask in any body excerpt (keys, tokens)
// besides what redact_secrets finds.
Classification classify(const HttpResponse& r, Route route, ProbeKind kind, bool entra,
                        const std::vector<std::string>& secrets);

// Masks the request's own secrets in server text: each value as sent and percent-encoded (as a
// form or query echoes it). The one place verify masks known values itself.
void mask_secrets(std::string& text, const std::vector<std::string>& secrets);
// A short, single-line, redacted excerpt of server text (a body, a model id, a token error).
std::string body_excerpt(std::string_view body, const std::vector<std::string>& secrets, size_t max = 160);
// The wait a 429/503 asks for, in seconds (retry-after-ms first, then Retry-After); < 0 when none.
double retry_after_seconds(const HttpResponse& r);

}  // namespace azlint::verify
