// The SARIF output of every fixture validates against the official SARIF 2.1.0 JSON schema
// (tests/sarif/sarif-schema-2.1.0.json, from the OASIS sarif-spec repository, unchanged).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "fixture_runner.h"
#include "lint/emit/emit.h"
#include "rules/registry.h"

namespace fs = std::filesystem;
using namespace azlint;

namespace {

const valijson::Schema& sarif_schema() {
  static const std::unique_ptr<valijson::Schema> schema = [] {
    nlohmann::json doc =
        nlohmann::json::parse(test::read_text(std::string(AZLINT_SOURCE_DIR) + "/tests/sarif/sarif-schema-2.1.0.json"));
    auto s = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    parser.populateSchema(adapter, *s);
    return s;
  }();
  return *schema;
}

// "" when the document is valid, else the first errors with where they are.
std::string schema_errors(const nlohmann::json& doc) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  if (validator.validate(sarif_schema(), adapter, &results)) return "";
  std::string out;
  valijson::ValidationResults::Error err;
  for (int n = 0; n < 10 && results.popError(err); ++n) {
    std::string where;
    for (const std::string& c : err.context) where += c;
    out += where + ": " + err.description + "\n";
  }
  return out.empty() ? "invalid" : out;
}

// The schema does not check `format: uri`; every URI must at least be made of URI characters.
void check_uris(const nlohmann::json& j, std::vector<std::string>& bad) {
  static const std::regex uri_chars(R"([A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)");
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if ((it.key() == "uri" || it.key() == "helpUri" || it.key() == "informationUri") && it->is_string() &&
          !std::regex_match(it->get<std::string>(), uri_chars))
        bad.push_back(it->get<std::string>());
      check_uris(*it, bad);
    }
  } else if (j.is_array()) {
    for (const auto& e : j) check_uris(e, bad);
  }
}

std::vector<fs::path> fixture_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(AZLINT_SOURCE_DIR) / "fixtures")) {
    if (!e.is_regular_file()) continue;
    std::string ext = e.path().extension().string();
    if (ext == ".out" || ext == ".expect") continue;  // golden outputs and expectation sidecars
    files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

nlohmann::json sarif_of(const std::vector<FileResult>& results) {
  std::ostringstream out;
  emit_sarif(out, results, scrubber_for(results), AZLINT_SOURCE_DIR);
  return nlohmann::json::parse(out.str());
}

}  // namespace

TEST_CASE("sarif: the schema accepts a minimal log and rejects a broken one", "[emit][sarif]") {
  CHECK(schema_errors(sarif_of({})) == "");
  nlohmann::json broken = sarif_of({});
  broken["runs"][0]["results"] = nlohmann::json::array({{{"level", "fatal"}, {"message", {{"text", "x"}}}}});
  CHECK(schema_errors(broken) != "");
  nlohmann::json no_line = sarif_of({});
  no_line["runs"][0]["results"] = nlohmann::json::array(
      {{{"message", {{"text", "x"}}},
        {"locations", {{{"physicalLocation", {{"region", {{"startLine", 0}}}, {"artifactLocation", {{"uri", "a"}}}}}}}}}});
  CHECK(schema_errors(no_line) != "");
}

TEST_CASE("sarif: the output for every fixture validates against the SARIF 2.1.0 schema", "[emit][sarif]") {
  std::vector<fs::path> files = fixture_files();
  REQUIRE(files.size() > 50);
  std::vector<FileResult> all;
  size_t findings = 0;
  for (const fs::path& f : files) {
    auto src = std::make_shared<SourceFile>(f.string(), test::read_text(f.string()));
    FileResult r = lint_source(src, test::fixture_options({}));
    findings += r.diagnostics.size();
    nlohmann::json doc = sarif_of({r});
    INFO(fs::relative(f, AZLINT_SOURCE_DIR).string());
    CHECK(schema_errors(doc) == "");
    std::vector<std::string> bad;
    check_uris(doc, bad);
    CHECK(bad.empty());
    // every result points at its rule and at its file under %SRCROOT%
    const nlohmann::json& run = doc["runs"][0];
    for (const nlohmann::json& res : run["results"]) {
      REQUIRE(res.contains("ruleIndex"));
      CHECK(run["tool"]["driver"]["rules"][res["ruleIndex"].get<size_t>()]["id"] == res["ruleId"]);
      const nlohmann::json& art = res["locations"][0]["physicalLocation"]["artifactLocation"];
      CHECK(art["uriBaseId"] == "%SRCROOT%");
      CHECK(art["uri"].get<std::string>().rfind("fixtures/", 0) == 0);
    }
    all.push_back(std::move(r));
  }
  CHECK(findings > 100);
  // and all of them in one run
  CHECK(schema_errors(sarif_of(all)) == "");
}

TEST_CASE("sarif: every rule links to its page in docs/rules", "[emit][sarif]") {
  nlohmann::json doc = sarif_of({});
  const nlohmann::json& rules = doc["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == all_rules().size());
  for (const nlohmann::json& r : rules) {
    std::string id = r["id"];
    std::string uri = r["helpUri"];
    std::string tail = "docs/rules/" + id + ".md";
    INFO(id << " -> " << uri);
    CHECK(uri.rfind("https://", 0) == 0);
    CHECK(uri.size() > tail.size());
    CHECK(uri.compare(uri.size() - tail.size(), tail.size(), tail) == 0);
    CHECK(fs::is_regular_file(fs::path(AZLINT_SOURCE_DIR) / tail));
  }
}

// `azlint verify` reports through the same emitter with ids of the second registry
// (`verify/<status>`, rules/verify_registry.h): tool.driver.rules describes them too.
TEST_CASE("sarif: verify results have rule entries and validate", "[emit][sarif][verify]") {
  auto src = std::make_shared<SourceFile>("librechat.yaml", std::string("models:\n  gpt-4o: true\n"));
  FileResult r;
  r.source = src;
  Diagnostic d;
  d.rule = "verify/deployment-not-found";
  d.severity = Severity::Error;
  d.span = {10, 16};
  d.pointer = "/models/gpt-4o";
  d.message = "model \"gpt-4o\": deployment not found — 404 DeploymentNotFound";
  d.help = "set deploymentName to a deployment of this resource";
  r.diagnostics.push_back(d);
  d.rule = "verify/ok";
  d.severity = Severity::Info;
  r.diagnostics.push_back(d);
  nlohmann::json doc = sarif_of({r});
  CHECK(schema_errors(doc) == "");
  const nlohmann::json& res = doc["runs"][0]["results"];
  REQUIRE(res.size() == 2);
  const nlohmann::json& rules = doc["runs"][0]["tool"]["driver"]["rules"];
  for (const nlohmann::json& one : res) {
    REQUIRE(one.contains("ruleIndex"));
    CHECK(rules[one["ruleIndex"].get<size_t>()]["id"] == one["ruleId"]);
  }
  CHECK(res[0]["ruleId"] == "verify/deployment-not-found");
  CHECK(res[1]["level"] == "note");
}

TEST_CASE("sarif: folders a search could not read are tool execution notifications that validate", "[emit][sarif]") {
  std::ostringstream out;
  emit_sarif(out, {}, Scrubber(), AZLINT_SOURCE_DIR,
             {{std::string(AZLINT_SOURCE_DIR) + "/tree/sub/", "Permission denied"}, {"/elsewhere/x/", "Permission denied"}});
  nlohmann::json doc = nlohmann::json::parse(out.str());
  CHECK(schema_errors(doc) == "");
  std::vector<std::string> bad;
  check_uris(doc, bad);
  CHECK(bad.empty());
  const nlohmann::json& notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 2);
  CHECK(notes[0]["message"]["text"] == std::string(AZLINT_SOURCE_DIR) + "/tree/sub/: Permission denied (not searched)");
  CHECK(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "tree/sub/");
}
