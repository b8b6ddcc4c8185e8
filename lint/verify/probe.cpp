#include "lint/verify/probe.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>

#include "lint/azure/api_versions.h"
#include "lint/redact.h"

namespace azlint::verify {
namespace {

struct Planned {
  HttpRequest req;
  Route route = Route::AzureDeployment;
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string json_body(const Target& t, ProbeKind kind, bool with_model) {
  nlohmann::ordered_json j;
  if (with_model) j["model"] = t.deployment;
  if (t.operation == "responses") {  // the Responses API: `input`; 16 output tokens at least
    if (kind == ProbeKind::Completion) {
      j["input"] = "ping";
      j["max_output_tokens"] = 16;
    } else {
      j["input"] = nlohmann::json::array();  // rejected before inference: costs nothing
    }
    return j.dump();
  }
  if (kind == ProbeKind::Completion) {
    j["messages"] = nlohmann::json::array({{{"role", "user"}, {"content", "ping"}}});
    j[t.reasoning ? "max_completion_tokens" : "max_tokens"] = 1;
  } else {
    j["messages"] = nlohmann::json::array();  // rejected before inference: costs nothing
  }
  return j.dump();
}

// The auth headers of a request; `token` is the Entra token for client credentials.
void add_auth(HttpRequest& r, const Auth& a, const std::string& token) {
  switch (a.kind) {
    case Auth::Kind::None: break;
    case Auth::Kind::ApiKey: r.headers.emplace_back(a.header.empty() ? "api-key" : a.header, a.secret); break;
    case Auth::Kind::Bearer:
    case Auth::Kind::BearerKey: r.headers.emplace_back("Authorization", "Bearer " + a.secret); break;
    case Auth::Kind::ClientCredentials: r.headers.emplace_back("Authorization", "Bearer " + token); break;
  }
}

Planned plan(const Target& t, ProbeKind kind, const std::string& token) {
  Planned p;
  HttpRequest& r = p.req;
  const std::string ver = "api-version=" + url_encode(t.api_version);
  bool models = kind == ProbeKind::Models || t.kind == TargetKind::AzureResource;
  if (t.kind == TargetKind::OpenAIModels) {
    p.route = Route::OpenAI;
    if (kind == ProbeKind::Completion) {
      r.method = "POST";
      r.url = t.endpoint + "/" + t.operation;
      r.body = json_body(t, kind, true);
    } else {
      r.url = t.endpoint + "/models";
    }
  } else if (!t.url.empty() && !models) {
    bool azure_route = lower(t.url).find("/openai/deployments/") != std::string::npos;
    p.route = azure_route ? Route::AzureDeployment : Route::OpenAI;
    r.method = "POST";
    r.url = t.url;
    r.body = json_body(t, kind, !azure_route);
  } else if (t.v1) {
    p.route = Route::AzureV1;
    if (models) {
      r.url = t.endpoint + "/openai/v1/models";
    } else {
      r.method = "POST";
      r.url = t.endpoint + "/openai/v1/" + t.operation + (t.v1_query ? "?" + ver : "");
      r.body = json_body(t, kind, true);
    }
  } else if (models) {
    p.route = Route::AzureModels;
    std::string endpoint = t.endpoint;
    if (size_t at = lower(endpoint).find("/openai"); at != std::string::npos) endpoint = endpoint.substr(0, at);
    r.url = endpoint + "/openai/models?" + ver;
  } else {
    p.route = Route::AzureDeployment;
    r.method = "POST";
    r.url = t.endpoint + "/openai/deployments/" + url_encode(t.deployment) + "/" + t.operation + "?" + ver;
    r.body = json_body(t, kind, false);
  }
  if (r.method == "POST") r.headers.emplace_back("Content-Type", "application/json");
  add_auth(r, t.auth, token);
  return p;
}

HttpRequest token_request(const Auth& a) {
  HttpRequest r;
  r.method = "POST";
  r.url = a.authority + "/" + url_encode(a.tenant) + "/oauth2/v2.0/token";
  r.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  r.body = "grant_type=client_credentials&client_id=" + url_encode(a.client_id) +
           "&client_secret=" + url_encode(a.client_secret) + "&scope=" + url_encode(a.scope);
  return r;
}

bool secret_header(const std::string& name) {
  std::string n = lower(name);
  return n == "api-key" || n == "authorization" || n == "x-api-key";
}

HttpRequest redacted(HttpRequest r) {
  r.url = redact_secrets(r.url);  // credentials in the URL, a key-shaped model name
  for (auto& [name, value] : r.headers)
    if (secret_header(name)) value = lower(name) == "authorization" ? "Bearer <redacted>" : "<redacted>";
  if (r.body.find("client_secret=") != std::string::npos) {
    size_t b = r.body.find("client_secret=") + 14;
    size_t e = r.body.find('&', b);
    r.body.replace(b, e == std::string::npos ? std::string::npos : e - b, "<redacted>");
  }
  r.body = redact_secrets(r.body);
  return r;
}

// What a request carries, for send_policy: the target's key or token, or (for the token request
// and the Entra token it yields) the client secret; both keep the origin of the secret.
Credential credential_of(const Auth& a, bool token_request) {
  Credential c;
  c.present = a.kind != Auth::Kind::None;
  c.from_env = a.from_env;
  c.source = a.source;
  switch (a.kind) {
    case Auth::Kind::None: break;
    case Auth::Kind::ApiKey:
    case Auth::Kind::BearerKey: c.what = "the key"; break;
    case Auth::Kind::Bearer: c.what = "the Entra token"; break;
    case Auth::Kind::ClientCredentials: c.what = token_request ? "the client secret" : "an Entra token (from the client secret)"; break;
  }
  return c;
}

using Clock = std::chrono::steady_clock;

constexpr const char* kDeadline = "run deadline reached";
constexpr const char* kDeadlineHelp = "the whole run has --deadline seconds (default 120; 0 for none): raise it, or lower "
                                      "--retries / --max-retry-wait / --timeout";

class Runner {
 public:
  explicit Runner(const ProbeOptions& o) : o_(o) {
    if (o.deadline_seconds > 0)
      deadline_ = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.deadline_seconds));
  }

  // One request through send_policy, with retries after 429/503; nothing is sent past the run's deadline.
  struct Sent {
    HttpResponse res;
    Clearance clearance;  // !clearance.ok: refused, nothing sent
    bool deadline = false;  // the deadline ended it: never sent, cut short, or a retry would pass it
  };

  Sent send(const HttpRequest& request, const Credential& credential) {
    Sent out;
    out.clearance = clear_to_send(request.url, credential, o_.policy);
    if (!out.clearance.ok) {
      log_refusal(request, out.clearance);
      return out;
    }
    HttpRequest req = request;
    req.url = out.clearance.url;  // exactly what was cleared
    TransportOptions transport = o_.transport;
    if (out.clearance.direct) transport.use_env_proxy = false;
    for (int attempt = 0;; ++attempt) {
      double left = remaining();
      if (left <= 0) {
        out.deadline = true;
        break;
      }
      const bool capped = left < o_.transport.timeout_seconds;
      transport.timeout_seconds = std::min(o_.transport.timeout_seconds, left);
      out.res = http_send(req, transport);
      log(req, out.res);
      if (out.res.error == TransportError::Timeout && capped) {
        out.deadline = true;
        break;
      }
      if (out.res.error != TransportError::None || (out.res.status != 429 && out.res.status != 503) || attempt >= o_.retries) break;
      double wait = retry_after_seconds(out.res);
      if (wait < 0) wait = 1;
      if (wait > o_.max_retry_wait || !(wait < 1e6)) break;  // reported, not waited for (also an absurd --max-retry-wait)
      if (deadline_ && wait >= remaining()) {  // the retry would start after the deadline
        out.deadline = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<long>(wait * 1000)));
    }
    return out;
  }

  // GETs are shared between targets (one models list per resource and key).
  Sent send_shared(const HttpRequest& req, const Credential& credential) {
    if (req.method != "GET") return send(req, credential);
    std::string key = req.url;
    for (const auto& [n, v] : req.headers) key += "\n" + n + ":" + v;
    std::shared_future<Sent> f;
    bool mine = false;
    std::promise<Sent> promise;
    {
      std::lock_guard<std::mutex> lock(mu_);
      auto it = gets_.find(key);
      if (it == gets_.end()) {
        f = promise.get_future().share();
        gets_.emplace(key, f);
        mine = true;
      } else {
        f = it->second;
      }
    }
    if (mine) promise.set_value(send(req, credential));
    return f.get();
  }

  struct Token {
    bool ok = false;
    std::string token;
    Result failure;
  };

  Token token(const Auth& a) {
    std::string key = a.authority + "\n" + a.tenant + "\n" + a.client_id + "\n" + a.client_secret + "\n" + a.scope;
    std::shared_future<Token> f;
    bool mine = false;
    std::promise<Token> promise;
    {
      std::lock_guard<std::mutex> lock(mu_);
      auto it = tokens_.find(key);
      if (it == tokens_.end()) {
        f = promise.get_future().share();
        tokens_.emplace(key, f);
        mine = true;
      } else {
        f = it->second;
      }
    }
    if (mine) promise.set_value(fetch_token(a));
    return f.get();
  }

  Result probe(const Target& t) {
    Result r;
    r.target = &t;
    if (!t.skip_reason.empty()) {
      r.status = Status::Skipped;
      r.detail = t.skip_reason;
      r.help = "fix the finding of `azlint check` first";
      return r;
    }
    if (remaining() <= 0) return at_deadline(r);
    std::string tok;
    if (t.auth.kind == Auth::Kind::ClientCredentials) {
      Token tk = token(t.auth);
      if (!tk.ok) {
        tk.failure.target = &t;
        return tk.failure;
      }
      tok = tk.token;
    }
    Planned p = plan(t, o_.kind, tok);
    r.request = p.req.method + " " + redact_secrets(p.req.url);
    Sent sent = send_shared(p.req, credential_of(t.auth, false));
    if (!sent.clearance.ok) return refused(r, sent.clearance);
    if (sent.deadline) return at_deadline(r);
    const HttpResponse& res = sent.res;
    std::vector<std::string> secrets = {t.auth.secret, t.auth.client_secret, tok};
    Classification c = classify(res, p.route, o_.kind, t.auth.entra(), secrets);
    r.status = c.status;
    r.http_status = res.status;
    r.detail = c.detail;
    r.help = c.help;
    if (c.status == Status::Ok && t.kind == TargetKind::OpenAIModels && o_.kind != ProbeKind::Completion)
      check_listed(t, res, secrets, r);
    if (c.status == Status::DeploymentNotFound && !t.fix_hint.empty()) r.help = t.fix_hint;
    if (c.status == Status::ApiVersionUnsupported && !t.version_field.empty())
      r.help = "set " + t.version_field + " to " +
               (c.min_version.empty() ? "a current api-version, e.g. " + azure::current_api_versions()
                                      : c.min_version + " or later: this model needs it");
    if (c.status == Status::AuthFailed && t.auth.kind == Auth::Kind::ApiKey && !t.auth.source.empty() &&
        r.help.rfind("the key is wrong", 0) == 0)
      r.help = "the key from " + t.auth.source + " is wrong or belongs to another resource: copy Key 1 from this resource's \"Keys and Endpoint\"";
    return r;
  }

 private:
  // Seconds left before the run's deadline (a large number when there is none).
  double remaining() const {
    if (!deadline_) return 1e9;
    return std::chrono::duration<double>(*deadline_ - Clock::now()).count();
  }

  static Result refused(Result r, const Clearance& c) {
    r.status = Status::Skipped;
    r.detail = c.reason;
    r.help = c.help;
    return r;
  }

  static Result at_deadline(Result r) {
    r.status = Status::Timeout;
    r.http_status = 0;
    r.detail = kDeadline;
    r.help = kDeadlineHelp;
    return r;
  }

  Token fetch_token(const Auth& a) {
    Token out;
    HttpRequest req = token_request(a);
    Result& f = out.failure;
    f.request = "POST " + redact_secrets(req.url);
    Sent sent = send(req, credential_of(a, true));
    if (!sent.clearance.ok) {
      f = refused(f, sent.clearance);
      f.detail = "Entra token request: " + f.detail;
      return out;
    }
    if (sent.deadline) {
      f = at_deadline(f);
      return out;
    }
    const HttpResponse& res = sent.res;
    if (res.error == TransportError::None && res.status == 200) {
      auto j = nlohmann::json::parse(res.body, nullptr, false);
      if (j.is_object() && j.contains("access_token") && j["access_token"].is_string()) {
        out.ok = true;
        out.token = j["access_token"].get<std::string>();
        return out;
      }
    }
    Classification c = classify(res, Route::OpenAI, ProbeKind::Models, true, {a.client_secret});
    f.status = c.status == Status::Ok ? Status::Unexpected : c.status;
    f.http_status = res.status;
    if (res.error == TransportError::None && res.status != 200) f.status = Status::AuthFailed;
    f.detail = "Entra token request to " + sent.clearance.host + " failed — " +
               (res.error == TransportError::None ? std::to_string(res.status) + ": " + body_excerpt(res.body, {a.client_secret}) : c.detail);
    f.help = "check the tenant id, client id and client secret (AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET)";
    return out;
  }

  // An OpenAI-compatible server answered its model list: is the configured model in it?
  void check_listed(const Target& t, const HttpResponse& res, const std::vector<std::string>& secrets, Result& r) {
    auto j = nlohmann::json::parse(res.body, nullptr, false);
    if (!j.is_object() || !j.contains("data") || !j["data"].is_array()) return;
    std::vector<std::string> ids;
    for (const auto& m : j["data"])
      if (m.is_object() && m.contains("id") && m["id"].is_string()) ids.push_back(m["id"].get<std::string>());
    if (std::find(ids.begin(), ids.end(), t.deployment) != ids.end()) {
      r.detail = "listed by " + t.endpoint + "/models";
      return;
    }
    r.status = Status::DeploymentNotFound;
    std::string list;
    // The ids are the server's text: each a short excerpt, eight at most.
    for (size_t i = 0; i < ids.size() && i < 8; ++i) list += (i ? ", " : "") + body_excerpt(ids[i], secrets, 40);
    if (ids.size() > 8) list += ", …";
    r.detail = "model \"" + t.deployment + "\" is not among the " + std::to_string(ids.size()) + " models served (" + list + ")";
    r.help = t.fix_hint;
  }

  void log(const HttpRequest& req, const HttpResponse& res) {
    if (!o_.verbose) return;
    std::lock_guard<std::mutex> lock(log_mu_);
    *o_.verbose << "verify: " << req.method << " " << redact_secrets(req.url) << " -> ";
    if (res.error != TransportError::None) *o_.verbose << res.error_message;
    else *o_.verbose << res.status;
    *o_.verbose << " (" << static_cast<long>(res.seconds * 1000) << " ms)\n";
  }

  void log_refusal(const HttpRequest& req, const Clearance& c) {
    if (!o_.verbose) return;
    std::lock_guard<std::mutex> lock(log_mu_);
    *o_.verbose << "verify: " << req.method << " " << redact_secrets(req.url) << " -> not sent: " << c.reason << "\n";
  }

  const ProbeOptions& o_;
  std::mutex mu_, log_mu_;
  std::optional<Clock::time_point> deadline_;
  std::map<std::string, std::shared_future<Sent>> gets_;
  std::map<std::string, std::shared_future<Token>> tokens_;
};

}  // namespace

std::vector<HttpRequest> planned_requests(const Target& t, const ProbeOptions& o) {
  std::vector<HttpRequest> out;
  if (!t.skip_reason.empty()) return out;
  if (t.auth.kind == Auth::Kind::ClientCredentials) out.push_back(redacted(token_request(t.auth)));
  out.push_back(redacted(plan(t, o.kind, "<token>").req));
  return out;
}

std::string refusal(const Target& t, const ProbeOptions& o) {
  if (!t.skip_reason.empty()) return "";
  if (t.auth.kind == Auth::Kind::ClientCredentials) {
    Clearance c = clear_to_send(token_request(t.auth).url, credential_of(t.auth, true), o.policy);
    if (!c.ok) return "Entra token request: " + c.reason;
  }
  Clearance c = clear_to_send(plan(t, o.kind, "<token>").req.url, credential_of(t.auth, false), o.policy);
  return c.ok ? "" : c.reason;
}

std::vector<Result> run_probes(const std::vector<Target>& targets, const ProbeOptions& o) {
  http_global_init();
  std::vector<Result> results(targets.size());
  Runner runner(o);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < targets.size(); i = next++) results[i] = runner.probe(targets[i]);
  };
  int n = std::max(1, std::min<int>(o.jobs, static_cast<int>(targets.size())));
  std::vector<std::thread> threads;
  for (int i = 1; i < n; ++i) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  return results;
}

}  // namespace azlint::verify
