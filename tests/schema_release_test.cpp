// The schema pass checks a document against its release's generated schema
// (schemas/<gateway>/<release>.schema.json), the newest when the document names none.
#include <catch2/catch.hpp>

#include <algorithm>

#include "lint/gateways.h"
#include "lint/load.h"
#include "lint/schema.h"
#include "lint/schema_lookup.h"

using namespace azlint;

namespace {

// A document of the form `form_id`, checked against `version` (its gateway's newest release when
// empty).
Document load(const std::string& text, const std::string& form_id, const std::string& version) {
  GatewayForm as = find_form(form_id);
  REQUIRE(as);
  if (!version.empty()) {
    as.release = as.gateway->release(version);
    REQUIRE(as.release);
  }
  auto source = std::make_shared<SourceFile>(form_id == "openclaw" ? "openclaw.json5" : "librechat.yaml", text);
  LoadResult r = load_and_classify(source, as, Limits{});
  REQUIRE(r.doc.parsed);
  return std::move(r.doc);
}

bool refused(const std::vector<SchemaError>& errors, const std::string& key) {
  return std::any_of(errors.begin(), errors.end(), [&](const SchemaError& e) { return e.failure() && e.property == key; });
}

}  // namespace

TEST_CASE("schema: a document is checked against its release's schema, the newest by default", "[schema]") {
  // `balance` is a top-level key from librechat-data-provider 0.8.501 on (release-diffs/librechat/balance.yaml).
  const std::string text = "version: 1.2.1\nbalance:\n  enabled: false\nendpoints:\n  custom: []\n";
  CHECK(schema_path(load(text, "librechat", "")) == "schemas/librechat/0.8.524.schema.json");
  CHECK(schema_path(load(text, "librechat", "0.7.6998")) == "schemas/librechat/0.7.6998.schema.json");
  CHECK_FALSE(refused(validate_against_schema(load(text, "librechat", "")), "balance"));
  CHECK_FALSE(refused(validate_against_schema(load(text, "librechat", "0.8.501")), "balance"));
  CHECK(refused(validate_against_schema(load(text, "librechat", "0.7.6998")), "balance"));
  // A release azlint does not bundle is not in the catalog.
  CHECK(find_gateway("librechat")->release("9.9.9") == nullptr);

  // OpenClaw: top-level `worktreeRoot` is new in 2026.9.6 (release-diffs/openclaw/worktree-root.json5).
  const std::string oc = "{ worktreeRoot: \"~/trees\" }\n";
  CHECK_FALSE(refused(validate_against_schema(load(oc, "openclaw", "")), "worktreeRoot"));
  CHECK(refused(validate_against_schema(load(oc, "openclaw", "2026.8.2")), "worktreeRoot"));

  // LiteLLM and Open WebUI keep their hand-written schemas.
  CHECK(schema_path(load("model_list: []\n", "litellm", "")) == "schemas/litellm.schema.json");
}

TEST_CASE("schema: the generated releases are the gateways' catalog, newest first", "[schema]") {
  auto versions = [](std::string_view id) {
    std::vector<std::string> out;
    for (const Release& r : find_gateway(id)->releases()) out.emplace_back(r.version);
    return out;
  };
  CHECK(versions("librechat") ==
        std::vector<std::string>{"0.8.524", "0.8.523", "0.8.522", "0.8.521", "0.8.502", "0.8.501", "0.7.6998"});
  CHECK(versions("openclaw") == std::vector<std::string>{"2026.9.6", "2026.8.2", "2026.7.35"});
  const Release* old = find_gateway("librechat")->release("0.7.6998");
  REQUIRE(old);
  CHECK(old->config_version == "1.2.1");
  CHECK(old->schema("librechat") == "schemas/librechat/0.7.6998.schema.json");
  CHECK(find_gateway("librechat")->releases().front().config_version == "1.3.17");
  CHECK(find_gateway("openclaw")->releases().front().config_version.empty());
  // A document is checked against the newest unless told otherwise.
  CHECK(load("endpoints: {}\n", "librechat", "").release == &find_gateway("librechat")->releases().front());
  // LiteLLM and Open WebUI keep their one hand-written release.
  CHECK(versions("litellm").size() == 1);
  CHECK(versions("openwebui").size() == 1);
}

TEST_CASE("schema: unknown keys count by what the gateway does with them", "[schema]") {
  Document doc = load("version: 1.3.17\nfoo: 1\nendpoints:\n  azureOpenAI:\n    enabledd: true\n    groups:\n"
                      "      - group: g\n        apiKey: k\n        instanceName: i\n        models: {m: true}\n  bar: {}\n",
                      "librechat", "");
  std::vector<SchemaError> errors = validate_against_schema(doc);
  auto mode_of = [&](const std::string& key) {
    auto it = std::find_if(errors.begin(), errors.end(), [&](const SchemaError& e) {
      return e.kind == SchemaError::Kind::UnknownProperty && e.property == key;
    });
    REQUIRE(it != errors.end());
    return it->mode;
  };
  CHECK(mode_of("foo") == UnknownKeys::Strict);      // the top level is strict
  CHECK(mode_of("bar") == UnknownKeys::Strict);      // so is `endpoints`
  CHECK(mode_of("enabledd") == UnknownKeys::Strip);  // the Azure endpoint drops it
  // The lookup agrees, through the allOf of the Azure endpoint and its groups.
  CHECK(schema_info(doc, "/endpoints/azureOpenAI").mode == UnknownKeys::Strip);
  SchemaInfo group = schema_info(doc, "/endpoints/azureOpenAI/groups/0");
  CHECK(group.mode == UnknownKeys::Strip);
  CHECK(std::count(group.properties.begin(), group.properties.end(), "deploymentName") == 1);
  CHECK(std::count(group.properties.begin(), group.properties.end(), "group") == 1);
  CHECK(schema_info(doc, "/endpoints/azureOpenAI/groups/0/addParams").mode == UnknownKeys::Passthrough);
  CHECK(schema_info(doc, "/endpoints/azureOpenAI/groups/0/models/m").path == "endpoints.azureOpenAI.groups[].models.*");
}
