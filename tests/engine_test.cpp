// The engine's contract: one entry point, suppressions, config overrides, dialect handling.
#include <catch2/catch.hpp>

#include "lint/config.h"
#include "test_util.h"

using namespace azlint;
using azlint::test::has_rule;
using azlint::test::lint;

namespace {
const char* kDuplicate =
    "version: 1.2.1\n"
    "endpoints:\n"
    "  azureOpenAI:\n"
    "    groups:\n"
    "      - group: \"a\"\n"
    "        apiKey: \"k\"\n"
    "        instanceName: \"res\"\n"
    "        deploymentName: \"gpt-4o\"\n"
    "        version: \"2024-10-21\"\n"
    "        models: {gpt-4o: true}\n"
    "%SUPPRESS%"
    "      - group: \"a\"\n"
    "        apiKey: \"k\"\n"
    "        instanceName: \"res\"\n"
    "        deploymentName: \"gpt-4o-mini\"\n"
    "        version: \"2024-10-21\"\n"
    "        models: {gpt-4o-mini: true}\n";

std::string with(const std::string& suppress) {
  std::string t = kDuplicate;
  t.replace(t.find("%SUPPRESS%"), 10, suppress);
  return t;
}
}  // namespace

TEST_CASE("engine: a suppression silences the next line's finding", "[engine][suppress]") {
  std::set<std::string> only{"librechat/duplicate-group", "unused-suppression"};
  CHECK(has_rule(lint(with(""), only), "librechat/duplicate-group"));
  auto r = lint(with("      # azlint: disable-next-line=librechat/duplicate-group -- two regions share a name on purpose\n"), only);
  CHECK_FALSE(has_rule(r, "librechat/duplicate-group"));
  CHECK_FALSE(has_rule(r, "unused-suppression"));
}

TEST_CASE("engine: suppressions that match nothing, name no id or name `syntax` are reported", "[engine][suppress]") {
  std::set<std::string> only{"librechat/duplicate-group", "librechat/duplicate-model", "unused-suppression"};
  auto unused = lint(with("      # azlint: disable-next-line=librechat/duplicate-model -- not needed\n"), only);
  CHECK(has_rule(unused, "unused-suppression"));
  CHECK(has_rule(unused, "librechat/duplicate-group"));
  auto no_id = lint(with("      # azlint: disable-next-line -- everything\n"), only);
  CHECK(has_rule(no_id, "unused-suppression"));
  CHECK(has_rule(no_id, "librechat/duplicate-group"));
  auto syntax = lint("a: [\n# azlint: disable-file=syntax\n");
  CHECK(has_rule(syntax, "syntax"));
  auto typo = lint(with("      # azlint: disable-next-line=librechat/duplicate-grop\n"), only);
  REQUIRE(has_rule(typo, "unused-suppression"));
  bool suggested = false;
  for (const Diagnostic& d : typo.diagnostics) suggested |= d.message.find("did you mean \"librechat/duplicate-group\"") != std::string::npos;
  CHECK(suggested);
}

TEST_CASE("engine: config turns rules off and changes severities", "[engine][config]") {
  Options o;
  o.process_env = false;
  o.default_env_file = false;
  o.config.rules["librechat/duplicate-group"].severity = Severity::Warning;
  FileResult r = lint_source(azlint::test::src(with("")), o);
  bool found = false;
  for (const Diagnostic& d : r.diagnostics)
    if (d.rule == "librechat/duplicate-group") { found = true; CHECK(d.severity == Severity::Warning); }
  CHECK(found);
  o.config.rules["librechat/duplicate-group"].enabled = false;
  CHECK_FALSE(has_rule(lint_source(azlint::test::src(with("")), o), "librechat/duplicate-group"));
}

TEST_CASE("engine: a file of no known dialect gets one info finding", "[engine][dialect]") {
  auto r = lint("name: something\nother: 1\n", {}, "random.yaml");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "unknown-dialect");
  CHECK(r.diagnostics[0].severity == Severity::Info);
  const Gateway* g = lint("version: 1.2.1\nendpoints: {}\n", {}, "x.yaml").checked_as.gateway;
  REQUIRE(g);
  CHECK(g->id() == "librechat");
}

TEST_CASE("engine: schema errors map to the node through its pointer", "[engine][schema]") {
  auto r = lint("version: \"1.2.1\"\nendpoints:\n  azureOpenAI:\n    groups:\n      - group: g\n        apiKey: k\n        deploymentname: d\n        models: {m: true}\n", {"schema"});
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.rule == "schema");
  CHECK(r.source->position(d.span.begin).line == 7);
  CHECK(r.source->position(d.span.begin).column == 9);
  CHECK(d.message.find("did you mean \"deploymentName\"") != std::string::npos);
  REQUIRE(d.fix);
  CHECK(d.fix->edits.at(0).replacement == "deploymentName");
  // A group-level typo is dropped silently by LibreChat (a strip object): a warning.
  CHECK(d.severity == Severity::Warning);
  auto missing = lint("endpoints:\n  azureOpenAI: {groups: []}\n", {"schema"});
  REQUIRE(missing.diagnostics.size() == 2);  // no `version`; `groups` must not be empty (zod's min(1))
  CHECK(missing.diagnostics[0].message.find("`version`") != std::string::npos);
  CHECK(missing.diagnostics[0].severity == Severity::Error);
  CHECK(missing.diagnostics[1].message.find("`groups` must not be empty") != std::string::npos);
}

TEST_CASE("engine: a misspelt required key is one finding, with the key as its note and the rename", "[engine][schema]") {
  const char* text =
      "version: \"1.3.17\"\n"
      "endpoints:\n"
      "  azureOpenAI:\n"
      "    groups:\n"
      "      - group: g\n"
      "        apiKey: k\n"
      "        instanceName: res\n"
      "        version: \"2024-10-21\"\n"
      "        models:\n"
      "          gpt-4o: {deploymentNmae: d}\n";
  auto both = lint(text, {"schema", "librechat/model-needs-deployment"});
  REQUIRE(both.diagnostics.size() == 1);
  const Diagnostic& d = both.diagnostics[0];
  CHECK(d.rule == "librechat/model-needs-deployment");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].absorbs);
  CHECK(d.notes[0].message.find("\"deploymentNmae\" here is not \"deploymentName\"") != std::string::npos);
  CHECK(d.notes[0].message.find("LibreChat drops it silently") != std::string::npos);
  CHECK(both.source->position(d.notes[0].span.begin).line == 10);
  REQUIRE(d.fix);
  CHECK(d.fix->edits.at(0).replacement == "deploymentName");
  // Alone, the schema pass says what LibreChat does with the key: it drops it (a warning).
  auto alone = lint(text, {"schema"});
  REQUIRE(alone.diagnostics.size() == 1);
  CHECK(alone.diagnostics[0].severity == Severity::Warning);
  CHECK(alone.diagnostics[0].message.find("did you mean \"deploymentName\"") != std::string::npos);
}

TEST_CASE("config: .azlint.yaml is validated", "[config]") {
  std::string err;
  bool unreadable = false;
  CHECK_FALSE(load_config("/nonexistent/.azlint.yaml", Limits{}.max_file_bytes, err, &unreadable));
  CHECK(err == "/nonexistent/.azlint.yaml: no such file");
  CHECK(unreadable);
}

TEST_CASE("engine: past max_findings a file's findings are counted, not kept", "[engine][limits]") {
  std::string t = "version: \"1.2.1\"\nendpoints:\n  azureOpenAI:\n    groups:\n      - group: \"g\"\n";
  for (int i = 0; i < 50; ++i) t += "        unknown" + std::to_string(i) + ": 1\n";
  Options o;
  o.process_env = false;
  o.default_env_file = false;
  FileResult all = lint_source(test::src(t, "librechat.yaml"), o);
  REQUIRE(all.diagnostics.size() > 50);
  CHECK(all.unreported == 0);
  o.limits.max_findings = 10;
  FileResult capped = lint_source(test::src(t, "librechat.yaml"), o);
  CHECK(capped.diagnostics.size() == 10);
  // counted before suppressions and de-duplication: never fewer than the findings left out
  CHECK(capped.unreported + 10 >= all.diagnostics.size());
}
