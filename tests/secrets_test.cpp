// No output ever shows a secret: keys planted in every place a librechat.yaml can hold one
// must not appear in text or JSON output, in messages, snippets, notes or fixes.
#include <catch2/catch.hpp>

#include <sstream>

#include "lint/emit/emit.h"
#include "lint/known_secrets.h"
#include "lint/load.h"
#include "lint/redact.h"
#include "test_util.h"

using namespace azlint;

namespace {
const char* kHex = "9f3a6c1d2b4e5f60718293a4b5c6d7e8";
const char* kSk = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345";
const char* kJwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
const char* kUrlPw = "hunter2hunter2";
}  // namespace

TEST_CASE("secrets: planted keys never reach text or JSON output", "[secrets]") {
  std::string config = std::string("version: \"1.2.1\"\n") +
                       "endpoints:\n"
                       "  custom:\n"
                       "    - name: \"proxy\"\n"
                       "      apiKey: \"" + kSk + "\"\n"
                       "      baseURL: \"https://user:" + kUrlPw + "@proxy.example.com/v1\"\n"
                       "      headers:\n"
                       "        Authorization: \"Bearer " + kJwt + "\"\n"
                       "      models: {default: [\"m\"]}\n"
                       "  azureOpenAI:\n"
                       "    groups:\n"
                       "      - group: \"g\"\n"
                       "        apiKey: " + kHex + "\n"
                       "        instanceName: \"" + kHex + "\"\n"
                       "        deploymentName: \"gpt-4o\"\n"
                       "        version: 2024-10-21\n"
                       "        additionalHeaders:\n"
                       "          api-key: \"" + kHex + "\"\n"
                       "        baseURL: \"http://" + kHex + ".example.com/openai/deployments/${DEPLOYMENT_NAME}\"\n"
                       "        models:\n"
                       "          gpt-4o: true\n"
                       "          \"" + kSk + "\": true\n";
  FileResult r = test::lint(config);
  CHECK_FALSE(r.diagnostics.empty());
  std::ostringstream text, json;
  emit_text(text, {r}, TextStyle{}, scrubber_for({r}));
  emit_json(json, {r}, scrubber_for({r}));
  for (const std::string& out : {text.str(), json.str()}) {
    for (const char* secret : {kHex, kSk, kJwt, kUrlPw}) {
      INFO(out);
      CHECK(out.find(secret) == std::string::npos);
    }
  }
}

TEST_CASE("secrets: redaction keeps lengths and references", "[secrets]") {
  std::string line = std::string("        apiKey: \"") + kHex + "\"";
  std::string red = redact_source_line(line);
  CHECK(red.size() == line.size());
  CHECK(red.find(kHex) == std::string::npos);
  CHECK(red.substr(red.size() - 5) == "d7e8\"");
  CHECK(redact_source_line("apiKey: \"${AZURE_API_KEY}\"") == "apiKey: \"${AZURE_API_KEY}\"");
  CHECK(redact_source_line("apiKey: \"user_provided\"") == "apiKey: \"user_provided\"");
  CHECK(redact_secrets("deployment gpt-4o-mini") == "deployment gpt-4o-mini");
}

TEST_CASE("secrets: a linked document's sources are read once and resolved in each checking file's env", "[secrets]") {
  // A LiteLLM proxy config: a literal master key, a key from the environment, an Entra secret.
  const std::string proxy =
      "model_list:\n"
      "  - model_name: gpt-4o\n"
      "    litellm_params:\n"
      "      model: azure/gpt-4o\n"
      "      api_key: os.environ/PROXY_AZURE_KEY\n"
      "      client_secret: \"cs-literal-0123456789\"\n"
      "general_settings:\n"
      "  master_key: \"sk-master-0123456789\"\n";
  LoadResult lr = load_and_classify(test::src(proxy, "litellm_config.yaml"), {}, Limits{});
  REQUIRE(lr.doc.parsed);
  const SecretSources sources = secret_sources(lr.doc);
  auto holds = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  Env a, b;
  a.add({"PROXY_AZURE_KEY", "value-in-env-a", ".env", 1});
  b.add({"PROXY_AZURE_KEY", "value-in-env-b", ".env", 1});
  for (const auto& [env, value, other] : {std::tuple{&a, "value-in-env-a", "value-in-env-b"},
                                         std::tuple{&b, "value-in-env-b", "value-in-env-a"}}) {
    const std::vector<std::string> got = secrets_of(sources, *env);
    CHECK(holds(got, "sk-master-0123456789"));
    CHECK(holds(got, "cs-literal-0123456789"));
    CHECK(holds(got, value));
    CHECK_FALSE(holds(got, other));
    CHECK_FALSE(holds(got, "os.environ/PROXY_AZURE_KEY"));  // a reference names a variable: no secret
    // What the document's own check knows holds all of it (and the env's secret variables too).
    const std::vector<std::string> own = known_secrets(lr.doc, *env);
    for (const std::string& s : got) CHECK(holds(own, s));
  }
}
