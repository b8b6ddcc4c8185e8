#include "lint/verify/classify.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "lint/azure/api_versions.h"
#include "lint/percent_encode.h"
#include "lint/redact.h"

namespace azlint::verify {
namespace {

struct ErrorBody {
  std::string code;
  std::string message;
};

ErrorBody parse_error(const std::string& body) {
  ErrorBody e;
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return e;
  auto text = [](const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return std::string();
  };
  if (auto it = j.find("error"); it != j.end()) {
    if (it->is_object()) {
      if (auto c = it->find("code"); c != it->end()) e.code = text(*c);
      if (auto m = it->find("message"); m != it->end()) e.message = text(*m);
    } else if (it->is_string()) {
      e.code = it->get<std::string>();  // OAuth: {"error": "invalid_client", "error_description": …}
      if (auto d = j.find("error_description"); d != j.end()) e.message = text(*d);
    }
  } else {
    if (auto c = j.find("statusCode"); c != j.end()) e.code = text(*c);
    if (auto m = j.find("message"); m != j.end()) e.message = text(*m);
  }
  return e;
}

bool contains(const std::string& s, std::string_view what) { return s.find(what) != std::string::npos; }

// YYYY-MM-DD, optionally followed by "-preview".
bool looks_like_api_version(std::string_view v) {
  if (v.size() > 10 && v.substr(10) == "-preview") v = v.substr(0, 10);
  if (v.size() != 10) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? v[i] != '-' : !std::isdigit(static_cast<unsigned char>(v[i]))) return false;
  }
  return true;
}

std::string status_line(const HttpResponse& r, const ErrorBody& e, const std::vector<std::string>& secrets) {
  std::string out = std::to_string(r.status);
  // The code is the server's text too (fuzz_verify_classify: a key-shaped `code` came through).
  if (!e.code.empty() && e.code != std::to_string(r.status)) out += " " + body_excerpt(e.code, secrets, 80);
  if (!e.message.empty()) out += ": " + body_excerpt(e.message, secrets);
  else if (!r.body.empty()) out += ": " + body_excerpt(r.body, secrets);
  return out;
}

}  // namespace

std::string_view status_name(Status s) {
  switch (s) {
    case Status::Ok: return "ok";
    case Status::AuthFailed: return "auth-failed";
    case Status::DeploymentNotFound: return "deployment-not-found";
    case Status::ApiVersionUnsupported: return "api-version-unsupported";
    case Status::Throttled: return "throttled";
    case Status::Unreachable: return "unreachable";
    case Status::TlsError: return "tls-error";
    case Status::Timeout: return "timeout";
    case Status::Unexpected: return "unexpected";
    case Status::Skipped: return "skipped";
  }
  return "unexpected";
}

Severity status_severity(Status s) {
  if (s == Status::Ok) return Severity::Info;
  if (s == Status::Throttled) return Severity::Warning;
  return Severity::Error;
}

const std::vector<Status>& all_statuses() {
  static const std::vector<Status> all = {Status::Ok, Status::AuthFailed, Status::DeploymentNotFound,
                                          Status::ApiVersionUnsupported, Status::Throttled, Status::Unreachable,
                                          Status::TlsError, Status::Timeout, Status::Unexpected, Status::Skipped};
  return all;
}

void mask_secrets(std::string& s, const std::vector<std::string>& secrets) {
  static constexpr std::string_view kMask = "<redacted>";
  for (const std::string& secret : secrets) {
    if (secret.size() < 4) continue;
    // The value as sent in a header, and as a form or query value echoes it (%XX upper or lower
    // case, a space as %20 or +).
    std::string upper = percent_encode(secret), lower = upper;
    for (size_t i = 0; i < lower.size(); ++i)
      if (lower[i] == '%' && i + 2 < lower.size()) {
        lower[i + 1] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[i + 1])));
        lower[i + 2] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[i + 2])));
      }
    std::vector<std::string> forms = {secret, upper, lower};
    for (size_t i = 1; i < 3; ++i) {
      std::string plus = forms[i];
      for (size_t p = plus.find("%20"); p != std::string::npos; p = plus.find("%20", p + 1)) plus.replace(p, 3, "+");
      forms.push_back(std::move(plus));
    }
    for (const std::string& f : forms)
      // Search on after the replacement: a secret inside "<redacted>" ("dact") must not loop.
      for (size_t p = s.find(f); p != std::string::npos; p = s.find(f, p + kMask.size())) s.replace(p, f.size(), kMask);
  }
}

std::string body_excerpt(std::string_view body, const std::vector<std::string>& secrets, size_t max) {
  std::string s(body.substr(0, 64 * 1024));
  mask_secrets(s, secrets);
  for (char& c : s)  // one line, no control characters
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  s = redact_secrets(s);
  if (s.size() > max) {
    // Cut on a character boundary, and mask again with the ellipsis on: a cut can leave a
    // key-shaped run (35 digits cut to 32 look like an Azure key), and the ellipsis can lengthen a
    // half-masked value a later pass would mask further (fuzz_verify_classify).
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = redact_secrets(s.substr(0, cut) + "…");
  }
  return s;
}

double retry_after_seconds(const HttpResponse& r) {
  if (auto it = r.headers.find("retry-after-ms"); it != r.headers.end()) {
    char* end = nullptr;
    double ms = std::strtod(it->second.c_str(), &end);
    if (end != it->second.c_str() && ms >= 0) return ms / 1000.0;
  }
  if (auto it = r.headers.find("retry-after"); it != r.headers.end()) {
    char* end = nullptr;
    double s = std::strtod(it->second.c_str(), &end);
    if (end != it->second.c_str() && s >= 0) return s;
  }
  return -1;
}

Classification classify(const HttpResponse& r, Route route, ProbeKind kind, bool entra,
                        const std::vector<std::string>& secrets) {
  Classification c;
  switch (r.error) {
    case TransportError::None: break;
    case TransportError::Unreachable:
      c.status = Status::Unreachable;
      c.detail = r.error_message;
      c.help = "check the host name (instanceName / api_base) and that it is reachable from here (proxy: HTTPS_PROXY)";
      return c;
    case TransportError::Tls:
      c.status = Status::TlsError;
      c.detail = r.error_message;
      c.help = "the server's certificate was not accepted: check the host name, or pass the CA with --cacert";
      return c;
    case TransportError::Timeout:
      c.status = Status::Timeout;
      c.detail = "no answer within the timeout (" + r.error_message + ")";
      c.help = "the endpoint is slow or blackholed: retry with a larger --timeout, or check firewalls";
      return c;
    case TransportError::Other:
      c.status = Status::Unexpected;
      c.detail = r.error_message;
      return c;
  }
  ErrorBody e = parse_error(r.body);
  const std::string line = status_line(r, e, secrets);
  const long s = r.status;
  if (s >= 200 && s < 300) {
    c.status = Status::Ok;
    if (route == Route::AzureModels || (route == Route::AzureV1 && kind == ProbeKind::Models))
      c.detail = "endpoint, credentials and api-version accepted (deployment not checked)";
    else
      c.detail = kind == ProbeKind::Completion ? "answered a 1-token completion" : std::to_string(s);
    return c;
  }
  if (s == 401 || s == 403) {
    c.status = Status::AuthFailed;
    bool role_body = e.code == "PermissionDenied" || contains(e.message, "Principal does not have access");
    if (role_body) {
      c.detail = line;
      c.help = "the Entra principal needs the \"Cognitive Services OpenAI User\" role on this resource";
    } else if (route == Route::OpenAI && !entra) {
      c.detail = "key rejected (" + std::to_string(s) + (e.message.empty() ? std::string() : ": " + body_excerpt(e.message, secrets, 100)) + ")";
      c.help = "the server rejected the key: check the configured key (for a LiteLLM proxy: its master key or a virtual key)";
    } else if (entra) {  // the auth actually sent: a key's 401 is never "token rejected", whatever the body says
      c.detail = "Entra token rejected (" + std::to_string(s) + ": " +
                 (e.message.empty() ? body_excerpt(r.body, secrets, 80) : body_excerpt(e.message, secrets, 80)) + ")";
      c.help = "the token is invalid, expired or for another audience (scope https://cognitiveservices.azure.com/.default)";
    } else {
      std::string why = contains(e.message, "invalid subscription key") ? "invalid subscription key or wrong API endpoint"
                        : contains(e.message, "missing subscription key") ? "no key sent"
                                                                           : body_excerpt(e.message, secrets, 100);
      c.detail = "key rejected (" + std::to_string(s) + (why.empty() ? std::string() : ": " + why) + ")";
      c.help = "the key is wrong or belongs to another resource: copy Key 1 from this resource's \"Keys and Endpoint\"";
    }
    return c;
  }
  if (s == 429) {
    c.status = Status::Throttled;
    double wait = retry_after_seconds(r);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", wait);
    c.detail = "429 throttled" + (wait >= 0 ? ", retry after " + std::string(buf) + " s" : std::string()) +
               (e.message.empty() ? std::string() : " — " + body_excerpt(e.message, secrets));
    c.help = "the deployment exists but its quota is exhausted right now; try again later or raise the quota";
    return c;
  }
  bool version_body = contains(e.message, "API version not supported") || contains(e.message, "enabled only for api versions");
  if (s == 400 && version_body) {
    c.status = Status::ApiVersionUnsupported;
    c.detail = line;
    c.help = "use a current api-version, e.g. " + azure::current_api_versions();
    // "Model o3-mini is enabled only for api versions 2024-12-01-preview and later"
    if (size_t at = e.message.find("api versions "); at != std::string::npos) {
      size_t b = at + 13, end = e.message.find(' ', b);
      std::string v = e.message.substr(b, end == std::string::npos ? std::string::npos : end - b);
      // Only a real api-version goes into help: the server's text could be anything (a key;
      // fuzz_verify_classify).
      if (looks_like_api_version(v)) {
        c.min_version = v;
        c.help = "this model needs api-version " + c.min_version + " or later";
      }
    }
    return c;
  }
  if (s == 404 && e.code == "DeploymentNotFound") {
    c.status = Status::DeploymentNotFound;
    c.detail = "404 DeploymentNotFound";
    c.help = "no deployment of that name on this resource (names are case-sensitive; a new deployment takes ~5 minutes to appear)";
    return c;
  }
  if (s == 404 && (route == Route::AzureModels || route == Route::AzureDeployment) &&
      (contains(e.message, "Resource not found") || e.code == "404")) {
    c.status = Status::ApiVersionUnsupported;
    c.detail = std::to_string(s) + " Resource not found: the api-version is unknown or retired here (or the path is wrong)";
    c.help = "use a current api-version, e.g. " + azure::current_api_versions();
    return c;
  }
  if (s == 400 && kind != ProbeKind::Models &&
      (route == Route::AzureDeployment || route == Route::AzureV1 || route == Route::OpenAI)) {
    // The request was rejected after the deployment was found: it exists.
    c.status = Status::Ok;
    c.detail = kind == ProbeKind::Deployment ? "deployment exists" : "deployment exists — " + line;
    return c;
  }
  c.status = Status::Unexpected;
  c.detail = line;
  c.help = s >= 500 ? "the service failed; try again later, and check the endpoint URL if it persists"
                    : "azlint cannot tell what this answer means: check the endpoint URL (run with --verbose to see the requests)";
  return c;
}

}  // namespace azlint::verify
