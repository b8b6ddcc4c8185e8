// No output ever shows a secret: keys planted in every place a librechat.yaml can hold one
// must not appear in text or JSON output, in messages, snippets, notes or fixes.
#include <catch2/catch.hpp>

#include <sstream>

#include "lint/emit/emit.h"
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
