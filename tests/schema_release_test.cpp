// The schema pass checks a document against its release's generated schema
// (schemas/<gateway>/<release>.schema.json), the newest when the document names none.
#include <catch2/catch.hpp>

#include <algorithm>

#include "lint/load.h"
#include "lint/schema.h"
#include "lint/schema_lookup.h"

using namespace azlint;

namespace {

Document load(const std::string& text, Dialect dialect, const std::string& release) {
  auto source = std::make_shared<SourceFile>(dialect == Dialect::OpenClaw ? "openclaw.json5" : "librechat.yaml", text);
  LoadResult r = load_document(source, dialect == Dialect::OpenClaw ? Format::Json5 : Format::Yaml, Limits{});
  REQUIRE(r.doc.parsed);
  r.doc.dialect = dialect;
  r.doc.release = release;
  return std::move(r.doc);
}

bool refused(const std::vector<SchemaError>& errors, const std::string& key) {
  return std::any_of(errors.begin(), errors.end(), [&](const SchemaError& e) { return e.failure() && e.property == key; });
}

}  // namespace

TEST_CASE("schema: a document is checked against its release's schema, the newest by default", "[schema]") {
  // `balance` is a top-level key from librechat-data-provider 0.8.501 on (release-diffs/librechat/balance.yaml).
  const std::string text = "version: 1.2.1\nbalance:\n  enabled: false\nendpoints:\n  custom: []\n";
  CHECK(schema_path_for(load(text, Dialect::LibreChat, "")) == "schemas/librechat/0.8.524.schema.json");
  CHECK(schema_path_for(load(text, Dialect::LibreChat, "0.7.6998")) == "schemas/librechat/0.7.6998.schema.json");
  CHECK_FALSE(refused(validate_against_schema(load(text, Dialect::LibreChat, "")), "balance"));
  CHECK_FALSE(refused(validate_against_schema(load(text, Dialect::LibreChat, "0.8.501")), "balance"));
  CHECK(refused(validate_against_schema(load(text, Dialect::LibreChat, "0.7.6998")), "balance"));
  // A release azlint does not bundle falls back to the newest (the release catalog refuses it first).
  CHECK(schema_path_for(load(text, Dialect::LibreChat, "9.9.9")) == "schemas/librechat/0.8.524.schema.json");

  // OpenClaw: top-level `worktreeRoot` is new in 2026.9.6 (release-diffs/openclaw/worktree-root.json5).
  const std::string oc = "{ worktreeRoot: \"~/trees\" }\n";
  CHECK_FALSE(refused(validate_against_schema(load(oc, Dialect::OpenClaw, "")), "worktreeRoot"));
  CHECK(refused(validate_against_schema(load(oc, Dialect::OpenClaw, "2026.8.2")), "worktreeRoot"));

  // LiteLLM and Open WebUI keep their hand-written schemas.
  CHECK(schema_path_for(load("model_list: []\n", Dialect::LiteLLM, "")) == "schemas/litellm.schema.json");
}

TEST_CASE("schema: unknown keys count by what the gateway does with them", "[schema]") {
  Document doc = load("version: 1.3.17\nfoo: 1\nendpoints:\n  azureOpenAI:\n    enabledd: true\n    groups:\n"
                      "      - group: g\n        apiKey: k\n        instanceName: i\n        models: {m: true}\n  bar: {}\n",
                      Dialect::LibreChat, "");
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
