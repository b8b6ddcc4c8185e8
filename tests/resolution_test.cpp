// The gateways' resolution (Gateway::resolve, lint/resolution.h) is what verify sends: for every
// good fixture and example, the URL `azlint verify --dry-run` prints for each target is the URL the
// resolution names, and every part a request was built from carries its provenance.
#include <algorithm>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint/gateway.h"
#include "lint/load.h"
#include "lint/redact.h"
#include "lint/verify/probe.h"
#include "lint/verify/targets.h"
#include "test_util.h"

using namespace azlint;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every variable the text refers to, set to a value of its kind, so the requests get built.
Env env_for(const std::string& text) {
  Env env;
  auto add = [&](const std::string& name) {
    bool url = name.find("URL") != std::string::npos || name.find("BASE") != std::string::npos ||
               name.find("ENDPOINT") != std::string::npos;
    env.add({name, url ? "https://example-resource.openai.azure.com" : "value-of-" + name, "test.env", 1});
  };
  for (const EnvRef& r : find_env_refs(text)) add(r.name);
  for (size_t at = text.find("os.environ/"); at != std::string::npos; at = text.find("os.environ/", at + 1)) {
    size_t b = at + 11, e = b;
    while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_')) ++e;
    if (e > b) add(text.substr(b, e - b));
  }
  return env;
}

std::vector<fs::path> inputs() {
  std::vector<fs::path> out;
  const fs::path root = AZLINT_SOURCE_DIR;
  for (const auto& e : fs::recursive_directory_iterator(root / "fixtures"))
    if (e.is_regular_file() && e.path().filename().string().rfind("good", 0) == 0 && e.path().extension() != ".expect" &&
        e.path().extension() != ".out")
      out.push_back(e.path());
  for (const auto& e : fs::recursive_directory_iterator(root / "examples" / "valid"))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("resolution: verify's dry-run URLs are the URLs the gateways' resolution names", "[resolution]") {
  size_t built = 0;
  for (const fs::path& path : inputs()) {
    std::string text = slurp(path);
    LoadResult lr = load_and_classify(test::src(text, path.string()), {}, Limits{});
    const Document& doc = lr.doc;
    if (!doc.parsed || !doc.gateway) continue;
    Env env = env_for(text);
    std::vector<ResolvedRequest> rs = doc.gateway->resolve(doc, env);
    // Another name for a request (titleModel, an OpenClaw bundled ref) is no target of its own.
    rs.erase(std::remove_if(rs.begin(), rs.end(), [](const ResolvedRequest& r) { return r.alias; }), rs.end());
    std::vector<verify::Target> ts = verify::collect_targets(doc, env);
    INFO(path.string());
    REQUIRE(rs.size() == ts.size());
    verify::ProbeOptions po;
    po.kind = verify::ProbeKind::Completion;
    for (size_t i = 0; i < rs.size(); ++i) {
      const ResolvedRequest& r = rs[i];
      INFO(r.label);
      CHECK(ts[i].label == r.label);
      std::vector<verify::HttpRequest> planned = verify::planned_requests(ts[i], po);
      if (!r.skip_reason.empty() || r.route == RequestRoute::Resource) {
        if (!r.skip_reason.empty()) CHECK(planned.empty());
        // Only an unset variable leaves a URL to show, holding the reference as written.
        if (!r.url.empty()) CHECK(!r.unresolved.empty());
        if (r.route == RequestRoute::Resource) CHECK(r.url.empty());
        continue;
      }
      REQUIRE(!planned.empty());
      CHECK(planned.back().method == r.method);
      CHECK(planned.back().url == redact_secrets(r.url));
      // The endpoint came from a config node (a real span) or a named variable with its source.
      CHECK(r.endpoint.from.via != Provenance::Via::Default);
      if (r.endpoint.from.via == Provenance::Via::Config) CHECK(r.endpoint.from.span.end > r.endpoint.from.span.begin);
      if (r.endpoint.from.via == Provenance::Via::Env) {
        CHECK(!r.endpoint.from.var.empty());
        CHECK(!r.endpoint.from.env_file.empty());  // test.env, or the config's own environment_variables
      }
      ++built;
    }
  }
  CHECK(built >= 20);  // the fixtures do build requests: the comparison is not vacuous
}

TEST_CASE("resolution: parts say the node or the variable they came from", "[resolution]") {
  std::string text = R"(version: 1.2.1
endpoints:
  azureOpenAI:
    groups:
      - group: "east"
        apiKey: "${EAST_KEY}"
        instanceName: "contoso"
        deploymentName: "gpt-4o"
        version: "2024-10-21"
        models:
          gpt-4o: true
)";
  LoadResult lr = load_and_classify(test::src(text, "librechat.yaml"), {}, Limits{});
  Env env;
  env.add({"EAST_KEY", "k-123456789", "/tmp/.env", 3});
  std::vector<ResolvedRequest> rs = lr.doc.gateway->resolve(lr.doc, env);
  REQUIRE(rs.size() == 1);
  const ResolvedRequest& r = rs[0];
  CHECK(r.url == "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21");
  CHECK(r.route == RequestRoute::Deployments);
  CHECK(r.auth.kind == AuthKind::ApiKey);
  CHECK(r.auth.secret.from.via == Provenance::Via::Env);
  CHECK(r.auth.secret.from.var == "EAST_KEY");
  CHECK(r.auth.secret.from.env_file == "/tmp/.env");
  CHECK(r.auth.secret.from.env_line == 3);
  CHECK(test::spanned(*lr.doc.source, r.auth.secret.from.span) == "\"${EAST_KEY}\"");
  CHECK(r.deployment.from.pointer == "/endpoints/azureOpenAI/groups/0/deploymentName");
  CHECK(test::spanned(*lr.doc.source, r.api_version.from.span) == "\"2024-10-21\"");
  CHECK(test::spanned(*lr.doc.source, r.endpoint.from.span) == "\"contoso\"");
}

// What openclaw 2026.9.6 itself sent in tests/show/openclaw_oracle.mjs: a provider with no apiKey
// is sent nothing to a host that is not local ("No API key found for provider"), a local one gets
// OpenClaw's synthetic key; the `ollama` adapter posts to {baseUrl without /v1}/api/chat with Bearer.
TEST_CASE("resolution: OpenClaw sends what its own code sends: no apiKey, ollama", "[resolution]") {
  std::string text = R"({models: {providers: {
    remote: {baseUrl: "https://gw.example.com/v1", api: "openai-completions", headers: {"api-key": "k-123456789"},
             models: [{id: "gpt-4o", name: "a"}]},
    lan: {baseUrl: "http://10.1.2.3:4000/v1", api: "openai-completions", models: [{id: "gpt-4o", name: "b"}]},
    keyed: {baseUrl: "https://gw.example.com/v1", apiKey: "k-123456789", api: "openai-completions",
            models: [{id: "gpt-4o", name: "c"}]},
    local: {baseUrl: "http://192.168.1.20:11434/V1/", api: "ollama", models: [{id: "llama3", name: "d"}]}}}})";
  LoadResult lr = load_and_classify(test::src(text, "openclaw.json5"), {}, Limits{});
  REQUIRE(lr.doc.gateway);
  std::vector<ResolvedRequest> rs = lr.doc.gateway->resolve(lr.doc, Env());
  REQUIRE(rs.size() == 4);
  CHECK(rs[0].url.empty());
  CHECK(rs[0].skip_reason.find("provider \"remote\" has no apiKey") == 0);
  CHECK(rs[1].skip_reason.empty());
  CHECK(rs[1].url == "http://10.1.2.3:4000/v1/chat/completions");
  CHECK(rs[1].auth.kind == AuthKind::None);
  CHECK(rs[2].url == "https://gw.example.com/v1/chat/completions");
  CHECK(rs[2].auth.kind == AuthKind::BearerKey);
  CHECK(rs[3].url == "http://192.168.1.20:11434/api/chat");
  CHECK(rs[3].auth.kind == AuthKind::BearerKey);
}
