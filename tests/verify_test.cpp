// `azlint verify` without a network: targets from each dialect, classification of Azure's
// answers, the verify JSON document and the diagnostics. (The end-to-end runs against the mock
// server are the `verify: …` ctest tests, tests/verify/run_case.py.)
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "lint/emit/emit.h"
#include "lint/load.h"
#include "lint/verify/classify.h"
#include "lint/verify/probe.h"
#include "lint/verify/report.h"
#include "lint/verify/send_policy.h"
#include "lint/verify/targets.h"
#include "test_util.h"

using namespace azlint;
using namespace azlint::verify;

namespace {

Document doc_of(const std::string& text, const std::string& path = "librechat.yaml") {
  LoadResult r = load_and_classify(test::src(text, path), {}, Limits{});
  return std::move(r.doc);
}

HttpResponse answer(long status, const std::string& body) {
  HttpResponse r;
  r.status = status;
  r.body = body;
  return r;
}

}  // namespace

TEST_CASE("verify: LibreChat targets inherit deploymentName and version and resolve ${VAR}", "[verify]") {
  Document d = doc_of(R"(version: 1.2.1
endpoints:
  azureOpenAI:
    groups:
      - group: "east"
        apiKey: "${KEY}"
        instanceName: "${INSTANCE}"
        deploymentName: "gpt-4o"
        version: "2024-10-21"
        models:
          gpt-4o: true
          mini: {deploymentName: "gpt-4o-mini", version: "2025-01-01-preview"}
      - group: "unset"
        apiKey: "${NOPE}"
        instanceName: "x"
        deploymentName: "d"
        version: "2024-10-21"
        models:
          m: true
)");
  Env env;
  env.add({"KEY", "secret-key-value-1234", "", 0});
  env.add({"INSTANCE", "contoso", "", 0});
  std::vector<Target> ts = collect_targets(d, env);
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].endpoint == "https://contoso.openai.azure.com");
  CHECK(ts[0].deployment == "gpt-4o");
  CHECK(ts[0].api_version == "2024-10-21");
  CHECK(ts[0].auth.kind == Auth::Kind::ApiKey);
  CHECK(ts[1].deployment == "gpt-4o-mini");
  CHECK(ts[1].api_version == "2025-01-01-preview");
  CHECK(ts[2].skip_reason.find("${NOPE}") != std::string::npos);

  // The dry-run plan: the deployment route with an empty message list, the key redacted.
  ProbeOptions o;
  std::vector<HttpRequest> plan = planned_requests(ts[0], o);
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].url == "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21");
  CHECK(plan[0].body == R"({"messages":[]})");
  for (const auto& [n, v] : plan[0].headers) CHECK(v.find("secret-key") == std::string::npos);
}

TEST_CASE("verify: LiteLLM azure/ entries, os.environ/ and the v1 api-versions", "[verify]") {
  Document d = doc_of(R"(model_list:
  - model_name: a
    litellm_params:
      model: azure/o_series/my-o3
      api_base: os.environ/BASE
      api_key: os.environ/KEY
      api_version: "2024-12-01-preview"
  - model_name: b
    litellm_params:
      model: azure/gpt-4o
      api_base: https://res.openai.azure.com/
      api_version: preview
      tenant_id: t
      client_id: c
      client_secret: s
  - model_name: c
    litellm_params:
      model: openai/gpt-4o
)",
                      "litellm_config.yaml");
  Env env;
  env.add({"BASE", "https://res.openai.azure.com", "", 0});
  env.add({"KEY", "k-123456789", "", 0});
  std::vector<Target> ts = collect_targets(d, env);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].deployment == "my-o3");
  CHECK(ts[0].reasoning);
  CHECK(ts[0].auth.kind == Auth::Kind::ApiKey);
  CHECK(ts[1].v1);
  CHECK(ts[1].auth.kind == Auth::Kind::ClientCredentials);
  ProbeOptions o;
  o.kind = ProbeKind::Completion;
  std::vector<HttpRequest> plan = planned_requests(ts[1], o);
  REQUIRE(plan.size() == 2);  // the token request first
  CHECK(plan[0].url == "https://login.microsoftonline.com/t/oauth2/v2.0/token");
  CHECK(plan[0].body.find("client_secret=<redacted>") != std::string::npos);
  CHECK(plan[1].url == "https://res.openai.azure.com/openai/v1/chat/completions");
  CHECK(plan[1].body.find("\"max_tokens\":1") != std::string::npos);
  std::vector<HttpRequest> reasoning = planned_requests(ts[0], o);
  CHECK(reasoning.back().body.find("\"max_completion_tokens\":1") != std::string::npos);
}

TEST_CASE("verify: Azure's answers are classified", "[verify]") {
  auto st = [](long code, const std::string& body, Route route = Route::AzureDeployment, bool entra = false) {
    return classify(answer(code, body), route, ProbeKind::Deployment, entra, {}).status;
  };
  CHECK(st(400, R"({"error":{"code":"BadRequest","message":"[] is too short - 'messages'"}})") == Status::Ok);
  CHECK(st(404, R"({"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}})") ==
        Status::DeploymentNotFound);
  CHECK(st(404, R"({"error":{"code":"404","message":"Resource not found"}})") == Status::ApiVersionUnsupported);
  CHECK(st(404, R"({"error":{"code":"404","message":"Resource not found"}})", Route::AzureV1) == Status::Unexpected);
  CHECK(st(400, R"({"error":{"code":"BadRequest","message":"API version not supported"}})") == Status::ApiVersionUnsupported);
  CHECK(st(400, R"({"error":{"code":"BadRequest","message":"Model o3-mini is enabled only for api versions 2024-12-01-preview and later"}})") ==
        Status::ApiVersionUnsupported);
  CHECK(st(401, R"({"error":{"code":"401","message":"Access denied due to invalid subscription key"}})") == Status::AuthFailed);
  CHECK(st(429, R"({"error":{"code":"429","message":"rate"}})") == Status::Throttled);
  CHECK(st(500, "oops") == Status::Unexpected);

  Classification token = classify(answer(401, R"({"statusCode":401,"message":"Unauthorized. Access token is missing"})"),
                                  Route::AzureDeployment, ProbeKind::Deployment, true, {});
  CHECK(token.detail.find("Entra token rejected") != std::string::npos);
  Classification key = classify(answer(401, R"({"error":{"code":"401","message":"Access denied"}})"), Route::AzureDeployment,
                                ProbeKind::Deployment, false, {});
  CHECK(key.detail.find("key rejected") != std::string::npos);

  HttpResponse throttled = answer(429, "{}");
  throttled.headers["retry-after"] = "6";
  throttled.headers["retry-after-ms"] = "1500";
  CHECK(retry_after_seconds(throttled) == Approx(1.5));
  throttled.headers.erase("retry-after-ms");
  CHECK(retry_after_seconds(throttled) == Approx(6));

  HttpResponse down;
  down.error = TransportError::Timeout;
  CHECK(classify(down, Route::AzureDeployment, ProbeKind::Deployment, false, {}).status == Status::Timeout);
  down.error = TransportError::Tls;
  CHECK(classify(down, Route::AzureDeployment, ProbeKind::Deployment, false, {}).status == Status::TlsError);
  down.error = TransportError::Unreachable;
  CHECK(classify(down, Route::AzureDeployment, ProbeKind::Deployment, false, {}).status == Status::Unreachable);
}

TEST_CASE("verify: an error body that echoes the key is masked", "[verify]") {
  Classification c = classify(answer(500, R"({"error":{"code":"X","message":"bad key my-very-secret-key-0001"}})"),
                              Route::AzureDeployment, ProbeKind::Deployment, false, {"my-very-secret-key-0001"});
  CHECK(c.detail.find("my-very-secret-key-0001") == std::string::npos);
  CHECK(c.detail.find("<redacted>") != std::string::npos);
}

TEST_CASE("verify: results become verify/<status> diagnostics and the verify JSON document", "[verify]") {
  Document d = doc_of(R"(version: 1.2.1
endpoints:
  azureOpenAI:
    groups:
      - group: "east"
        apiKey: "k"
        instanceName: "contoso"
        version: "2024-10-21"
        models:
          gpt-4o: {deploymentName: "gpt-4o"}
)");
  std::vector<Target> ts = collect_targets(d, Env());
  REQUIRE(ts.size() == 1);
  Result r;
  r.target = &ts[0];
  r.status = Status::DeploymentNotFound;
  r.http_status = 404;
  r.detail = "404 DeploymentNotFound";
  Diagnostic diag = to_diagnostic(r);
  CHECK(diag.rule == "verify/deployment-not-found");
  CHECK(diag.severity == Severity::Error);
  CHECK(test::spanned(*d.source, diag.span) == "gpt-4o");
  std::ostringstream out;
  emit_verify_json(out, {r}, Scrubber());
  auto j = nlohmann::json::parse(out.str());
  CHECK(j["version"] == 1);
  CHECK(j["results"][0]["status"] == "deployment-not-found");
  CHECK(j["results"][0]["http_status"] == 404);
  CHECK(j["results"][0]["line"] == 10);
  CHECK(j["results"][0]["deployment"] == "gpt-4o");

  // SARIF copes with ids outside the rule registry.
  std::vector<FileResult> fr = to_file_results({d.source}, {r});
  std::ostringstream sarif;
  emit_sarif(sarif, fr, Scrubber(), "/");
  auto s = nlohmann::json::parse(sarif.str());
  CHECK(s["runs"][0]["results"][0]["ruleId"] == "verify/deployment-not-found");
  CHECK(summary({r}) == "verify: 1 target: 1 deployment-not-found");
}

TEST_CASE("verify: Open WebUI Azure connections and OpenClaw providers become targets", "[verify]") {
  auto load_json = [](const std::string& text, const std::string& path, std::string_view dialect) {
    LoadResult r = load_and_classify(test::src(text, path), find_form(dialect), Limits{});
    return std::move(r.doc);
  };
  Document owui = load_json(R"({"openai": {"api_base_urls": ["https://res.openai.azure.com/", "https://api.openai.com/v1"],
    "api_keys": ["k-1234567890", "sk-x"],
    "api_configs": {"0": {"azure": true, "model_ids": ["gpt-4o", "mini"]}}}})",
                            "config.json", "openwebui");
  std::vector<Target> ts = collect_targets(owui, Env());
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].endpoint == "https://res.openai.azure.com");
  CHECK(ts[0].deployment == "gpt-4o");
  CHECK(ts[0].api_version == "2023-03-15-preview");  // Open WebUI's default
  CHECK(ts[1].deployment == "mini");

  Document claw = load_json(R"({models: {providers: {
    proxy: {baseUrl: "http://localhost:4000/v1", apiKey: "${PROXY_KEY}", models: [{id: "gpt-4o", name: "x"}]},
    az: {baseUrl: "https://res.openai.azure.com/openai/v1", apiKey: "k-abcdef123456", headers: {"api-key": "k-abcdef123456"},
         models: [{id: "dep-1", name: "y"}]}}}})",
                            "openclaw.json", "openclaw");
  Env env;
  env.add({"PROXY_KEY", "sk-proxy-123456", "", 0});
  ts = collect_targets(claw, env);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].kind == TargetKind::OpenAIModels);
  CHECK(ts[0].endpoint == "http://localhost:4000/v1");
  CHECK(ts[0].auth.kind == Auth::Kind::BearerKey);
  CHECK(ts[1].kind == TargetKind::AzureDeployment);
  CHECK(ts[1].v1);
  CHECK(ts[1].endpoint == "https://res.openai.azure.com");
  CHECK(ts[1].auth.header == "api-key");
  ProbeOptions o;
  CHECK(planned_requests(ts[0], o)[0].url == "http://localhost:4000/v1/models");
  CHECK(planned_requests(ts[1], o)[0].url == "https://res.openai.azure.com/openai/v1/chat/completions");
}

TEST_CASE("verify: send_policy — loopback is an address, not a prefix", "[verify]") {
  CHECK(is_loopback_address("127.0.0.1"));
  CHECK(is_loopback_address("127.255.3.4"));
  CHECK(is_loopback_address("::1"));
  CHECK(is_loopback_address("[::1]"));
  CHECK(is_loopback_address("LOCALHOST"));
  CHECK_FALSE(is_loopback_address("127.attacker.example.com"));
  CHECK_FALSE(is_loopback_address("127.0.0.1.nip.io"));
  CHECK_FALSE(is_loopback_address("localhost.attacker.example.com"));
  CHECK_FALSE(is_loopback_address("128.0.0.1"));
  CHECK_FALSE(is_loopback_address("::2"));
}

TEST_CASE("verify: send_policy — schemes, cleartext, and where a credential from the environment may go", "[verify]") {
  Credential literal{true, false, "the key", "apiKey"};
  Credential from_env{true, true, "the key", "AZURE_API_KEY"};
  Credential none;
  SendPolicy p;
  // Never a guessed scheme, with or without a credential.
  CHECK_FALSE(has_scheme("contoso.openai.azure.com/openai"));
  CHECK_FALSE(has_scheme("localhost:4000/v1"));
  CHECK(has_scheme("https://contoso.openai.azure.com"));
  CHECK_FALSE(clear_to_send("contoso.openai.azure.com/openai", literal, p).ok);
  CHECK_FALSE(clear_to_send("localhost:4000/v1/models", none, p).ok);
  // https to the named host; the URL sent is the one libcurl parsed.
  Clearance c = clear_to_send("https://contoso.openai.azure.com/openai/models?api-version=2024-10-21", from_env, p);
  CHECK(c.ok);
  CHECK(c.host == "contoso.openai.azure.com");
  CHECK_FALSE(c.direct);
  // Plain http: loopback only, and then never through a proxy.
  c = clear_to_send("http://127.0.0.1:4000/v1/models", from_env, p);
  CHECK(c.ok);
  CHECK(c.direct);
  CHECK(clear_to_send("http://[::1]:4000/v1/models", literal, p).ok);
  CHECK_FALSE(clear_to_send("http://127.attacker.example.com/v1/models", literal, p).ok);
  CHECK(clear_to_send("http://gateway.internal/v1/models", none, p).ok);  // nothing secret in it
  CHECK_FALSE(clear_to_send("http://user:pw@gateway.internal/v1/models", none, p).ok);  // Basic auth in clear
  // A host that a '#' or '@' moves: the host is what libcurl connects to.
  c = clear_to_send("https://attacker.example.com:18443#.openai.azure.com/openai", from_env, p);
  CHECK_FALSE(c.ok);
  CHECK(c.reason.find("attacker.example.com") != std::string::npos);
  // From the environment: Azure, Entra and loopback hosts, or --allow-host.
  CHECK(clear_to_send("https://login.microsoftonline.com/t/oauth2/v2.0/token", from_env, p).ok);
  CHECK(clear_to_send("https://res.cognitiveservices.azure.us/openai", from_env, p).ok);
  CHECK_FALSE(clear_to_send("https://contoso.azure-api.net/openai", from_env, p).ok);
  CHECK_FALSE(clear_to_send("https://openai.azure.com.attacker.example/openai", from_env, p).ok);
  CHECK(clear_to_send("https://contoso.azure-api.net/openai", literal, p).ok);  // the config's own key, its own host
  p.allow_hosts = {"Contoso.Azure-API.net"};
  CHECK(clear_to_send("https://contoso.azure-api.net/openai", from_env, p).ok);
  CHECK_FALSE(clear_to_send("https://other.azure-api.net/openai", from_env, p).ok);
  // --allow-insecure: cleartext to the named host, still no proxy; the origin rule still holds.
  p.allow_insecure = true;
  c = clear_to_send("http://gateway.internal/v1", literal, p);
  CHECK(c.ok);
  CHECK(c.direct);
  CHECK_FALSE(clear_to_send("http://gateway.internal/v1", from_env, p).ok);
}

TEST_CASE("verify: an api-key's 401 is the key's, whatever the body says", "[verify]") {
  const std::string body = R"({"statusCode":401,"message":"Unauthorized. Access token is missing, invalid"})";
  Classification key = classify(answer(401, body), Route::AzureDeployment, ProbeKind::Deployment, false, {});
  CHECK(key.detail.find("key rejected") != std::string::npos);
  CHECK(key.detail.find("Entra") == std::string::npos);
  Classification token = classify(answer(401, body), Route::AzureDeployment, ProbeKind::Deployment, true, {});
  CHECK(token.detail.find("Entra token rejected") != std::string::npos);
}

TEST_CASE("verify: server text is masked in every encoding and cut to one short line", "[verify]") {
  const std::string secret = "Ab1~x.y-z_Q8 s+/=";
  std::string echoed = "form: client_secret=Ab1~x.y-z_Q8%20s%2B%2F%3D&x lower: Ab1~x.y-z_Q8+s%2b%2f%3d raw: " + secret;
  std::string e = body_excerpt(echoed + "\n" + std::string(5000, 'y') + "\x1b[2J", {secret});
  CHECK(e.find("Ab1~x") == std::string::npos);
  CHECK(e.find('\n') == std::string::npos);
  CHECK(e.find('\x1b') == std::string::npos);
  CHECK(e.size() <= 160 + std::string("…").size());
}
