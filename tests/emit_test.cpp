// Snapshots of the machine-readable outputs (github, junit, sarif): exact text where a tool
// parses it byte by byte, structure where a schema or a code-scanning service reads it.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "lint/emit/emit.h"
#include "lint/project_info.h"
#include "rules/registry.h"
#include "test_util.h"

using namespace azlint;
using Json = nlohmann::json;

namespace {

// A hand-made result whose messages and path hold every character the formats must escape.
const char* kText =
    "groups:\n"                        // line 1
    "  - group: \"west:us,1%\"\n"      // line 2: the value starts at column 12
    "  - group: \"west:us,1%\"\n"      // line 3
    "  - group: \"caf\xC3\xA9\" # x\n";  // line 4: é is one column

uint32_t offset_of(const std::string& text, const std::string& needle, size_t nth = 0) {
  size_t pos = text.find(needle);
  while (nth-- > 0) pos = text.find(needle, pos + 1);
  REQUIRE(pos != std::string::npos);
  return static_cast<uint32_t>(pos);
}

std::vector<FileResult> crafted(const std::string& path = "dir/we,ird:name%.yaml") {
  std::string text = kText;
  auto src = std::make_shared<SourceFile>(path, text);
  FileResult r;
  r.source = src;
  r.checked_as = find_form("librechat");

  Diagnostic dup;
  dup.rule = "librechat/duplicate-group";
  dup.severity = Severity::Error;
  uint32_t second = offset_of(text, "\"west:us,1%\"", 1);
  dup.span = {second, second + 12};
  dup.pointer = "/groups/1/group";
  dup.message = "group \"west:us,1%\" is defined twice, first at 2:12";
  dup.help = "rename one\nof the groups";
  uint32_t first = offset_of(text, "\"west:us,1%\"");
  dup.notes.push_back({"first <defined> & 'here'", {first, first + 12}, nullptr});
  r.diagnostics.push_back(dup);

  Diagnostic typ;
  typ.rule = "yaml-implicit-type";
  typ.severity = Severity::Warning;
  uint32_t cafe = offset_of(text, "\"caf");
  typ.span = {cafe + 1, cafe + 6};  // caf + é (two bytes)
  typ.pointer = "/groups/2/group";
  typ.message = std::string("odd \x01 control and bad \xFF byte in <caf\xC3\xA9>");
  typ.fix = Fix{"quote it", {Edit{{cafe + 1, cafe + 6}, "\"caf\xC3\xA9\""}}};
  r.diagnostics.push_back(typ);

  Diagnostic info;
  info.rule = "librechat/unknown-model";
  info.severity = Severity::Info;
  info.span = {0, 0};
  info.message = "about the whole file\r\nsecond line";
  r.diagnostics.push_back(info);

  FileResult clean;
  clean.source = std::make_shared<SourceFile>("clean.yaml", "version: 1.2.1\n");
  return {r, clean};
}

std::string render_github(const std::vector<FileResult>& rs) {
  std::ostringstream out;
  emit_github(out, rs, scrubber_for(rs));
  return out.str();
}

std::string render_junit(const std::vector<FileResult>& rs) {
  std::ostringstream out;
  emit_junit(out, rs, scrubber_for(rs), Severity::Info);  // every finding a failure
  return out.str();
}

Json render_sarif(const std::vector<FileResult>& rs, const std::string& cwd = "/repo") {
  std::ostringstream out;
  emit_sarif(out, rs, scrubber_for(rs), cwd);
  return Json::parse(out.str());
}

std::vector<std::string> fingerprints(const Json& sarif) {
  std::vector<std::string> out;
  for (const Json& r : sarif["runs"][0]["results"]) out.push_back(r["partialFingerprints"]["azlint/v1"]);
  return out;
}

const char* kDuplicateGroups =
    "version: 1.2.1\n"
    "endpoints:\n"
    "  azureOpenAI:\n"
    "    groups:\n"
    "      - group: \"westus\"\n"
    "        apiKey: \"${WESTUS_API_KEY}\"\n"
    "        instanceName: \"my-westus\"\n"
    "        models:\n"
    "          gpt-4o: true\n"
    "      - group: \"westus\"\n"
    "        apiKey: \"${WESTUS_API_KEY}\"\n"
    "        instanceName: \"my-westus-2\"\n"
    "        models:\n"
    "          gpt-4o-mini: true\n";

}  // namespace

TEST_CASE("emit: github workflow commands escape data and properties", "[emit]") {
  std::string expected =
      "::error file=dir/we%2Cird%3Aname%25.yaml,line=3,col=12,endLine=3,endColumn=24,title=librechat/duplicate-group"
      "::group \"west:us,1%25\" is defined twice, first at 2:12%0Ahelp: rename one%0Aof the groups"
      "%0Anote: first <defined> & 'here' at 2:12\n"
      "::warning file=dir/we%2Cird%3Aname%25.yaml,line=4,col=13,endLine=4,endColumn=17,title=yaml-implicit-type"
      "::odd \\x01 control and bad \\xff byte in <caf\xC3\xA9>\n"  // control characters shown, not sent
      "::notice file=dir/we%2Cird%3Aname%25.yaml,line=1,col=1,endLine=1,endColumn=1,title=librechat/unknown-model"
      "::about the whole file%0D%0Asecond line\n";
  CHECK(render_github(crafted()) == expected);
}

TEST_CASE("emit: github annotations across lines drop the columns", "[emit]") {
  auto src = std::make_shared<SourceFile>("librechat.yaml", "a:\n  b: 1\n");
  FileResult r;
  r.source = src;
  Diagnostic d;
  d.rule = "schema";
  d.span = {0, 9};
  d.message = "spans two lines";
  r.diagnostics.push_back(d);
  CHECK(render_github({r}) == "::error file=librechat.yaml,line=1,endLine=2,title=schema::spans two lines\n");
}

TEST_CASE("emit: junit is well-formed XML 1.0 with every finding a failing testcase", "[emit]") {
  std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"azlint\" tests=\"4\" failures=\"3\" errors=\"0\">\n"
      "  <testsuite name=\"dir/we,ird:name%.yaml\" tests=\"3\" failures=\"3\" errors=\"0\">\n"
      "    <testcase classname=\"dir/we,ird:name%.yaml\" name=\"librechat/duplicate-group 3:12\">\n"
      "      <failure message=\"group &quot;west:us,1%&quot; is defined twice, first at 2:12\" "
      "type=\"librechat/duplicate-group\">"
      "dir/we,ird:name%.yaml:3:12: error: group &quot;west:us,1%&quot; is defined twice, first at 2:12 "
      "[librechat/duplicate-group]\n"
      "note: first &lt;defined&gt; &amp; &apos;here&apos; at dir/we,ird:name%.yaml:2:12\n"
      "help: rename one\nof the groups\n"
      "</failure>\n"
      "    </testcase>\n"
      "    <testcase classname=\"dir/we,ird:name%.yaml\" name=\"yaml-implicit-type 4:13\">\n"
      "      <failure message=\"odd \\x01 control and bad \\xff byte in &lt;caf\xC3\xA9&gt;\" type=\"yaml-implicit-type\">"
      "dir/we,ird:name%.yaml:4:13: warning: odd \\x01 control and bad \\xff byte in &lt;caf\xC3\xA9&gt; [yaml-implicit-type]\n"
      "</failure>\n"
      "    </testcase>\n"
      "    <testcase classname=\"dir/we,ird:name%.yaml\" name=\"librechat/unknown-model 1:1\">\n"
      "      <failure message=\"about the whole file&#13;&#10;second line\" type=\"librechat/unknown-model\">"
      "dir/we,ird:name%.yaml:1:1: info: about the whole file&#13;\nsecond line [librechat/unknown-model]\n"
      "</failure>\n"
      "    </testcase>\n"
      "  </testsuite>\n"
      "  <testsuite name=\"clean.yaml\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
      "    <testcase classname=\"clean.yaml\" name=\"azlint\"/>\n"
      "  </testsuite>\n"
      "</testsuites>\n";
  CHECK(render_junit(crafted()) == expected);
}

TEST_CASE("emit: junit of no files is an empty, valid report", "[emit]") {
  CHECK(render_junit({}) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"azlint\" tests=\"0\" failures=\"0\" errors=\"0\">\n"
        "</testsuites>\n");
}

TEST_CASE("emit: sarif run, driver and rules come from the registry", "[emit]") {
  Json s = render_sarif(crafted());
  CHECK(s["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(s["version"] == "2.1.0");
  REQUIRE(s["runs"].size() == 1);
  const Json& run = s["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///repo/");
  const Json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "azlint");
  CHECK(driver["version"] == AZLINT_VERSION);
  CHECK(driver["informationUri"] == std::string(kHomepage));
  const Json& rules = driver["rules"];
  REQUIRE(rules.size() == all_rules().size());
  std::set<std::string> levels;
  for (size_t i = 0; i < rules.size(); ++i) {
    const RuleMeta& m = all_rules()[i]->meta();
    const Json& r = rules[i];
    CHECK(r["id"] == std::string(m.id));
    CHECK(r["shortDescription"]["text"] == std::string(m.summary));
    CHECK(!r["fullDescription"]["text"].get<std::string>().empty());
    CHECK(r["helpUri"] == rule_doc_url(m.id));
    levels.insert(r["defaultConfiguration"]["level"].get<std::string>());
    CHECK(r["properties"]["tags"].is_array());
  }
  for (const std::string& l : levels) CHECK((l == "error" || l == "warning" || l == "note"));

  const Json& dup = rules[run["results"][0]["ruleIndex"].get<size_t>()];
  CHECK(dup["name"] == "LibrechatDuplicateGroup");
  // fullDescription is the doc's first paragraph, on one line
  std::string doc(rule_doc("librechat/duplicate-group"));
  std::string first = dup["fullDescription"]["markdown"];
  CHECK(doc.find(first) != std::string::npos);
  CHECK(first.find('\n') == std::string::npos);
}

TEST_CASE("emit: sarif results point at their rule, with 1-based regions", "[emit]") {
  Json s = render_sarif(crafted());
  const Json& run = s["runs"][0];
  const Json& results = run["results"];
  REQUIRE(results.size() == 3);
  for (const Json& r : results) {
    const Json& rule = run["tool"]["driver"]["rules"][r["ruleIndex"].get<size_t>()];
    CHECK(rule["id"] == r["ruleId"]);
  }
  CHECK(results[0]["level"] == "error");
  CHECK(results[1]["level"] == "warning");
  CHECK(results[2]["level"] == "note");
  CHECK(results[0]["message"]["text"] ==
        "group \"west:us,1%\" is defined twice, first at 2:12. Help: rename one\nof the groups");

  const Json& loc = results[0]["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "dir/we%2Cird%3Aname%25.yaml");
  CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(loc["region"] == Json{{"startLine", 3}, {"startColumn", 12}, {"endLine", 3}, {"endColumn", 24}});
  const Json& related = results[0]["relatedLocations"][0];
  CHECK(related["message"]["text"] == "first <defined> & 'here'");
  CHECK(related["physicalLocation"]["region"]["startLine"] == 2);

  // code-point columns, as in the text output: é is one column
  const Json& typ = results[1];
  CHECK(typ["locations"][0]["physicalLocation"]["region"] ==
        Json{{"startLine", 4}, {"startColumn", 13}, {"endLine", 4}, {"endColumn", 17}});
  const Json& change = typ["fixes"][0]["artifactChanges"][0];
  CHECK(typ["fixes"][0]["description"]["text"] == "quote it");
  CHECK(change["artifactLocation"]["uri"] == "dir/we%2Cird%3Aname%25.yaml");
  CHECK(change["replacements"][0]["deletedRegion"]["startColumn"] == 13);
  CHECK(change["replacements"][0]["insertedContent"]["text"] == "\"caf\xC3\xA9\"");

  // a whole-file finding: line 1, column 1
  CHECK(results[2]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1);
  CHECK(results[2]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 1);
}

TEST_CASE("emit: sarif uris are relative to the working directory when they can be", "[emit]") {
  auto uri_of = [](const std::string& path, const std::string& cwd) {
    Json s = render_sarif(crafted(path), cwd);
    return s["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  };
  CHECK(uri_of("/repo/sub/librechat.yaml", "/repo") == Json{{"uri", "sub/librechat.yaml"}, {"uriBaseId", "%SRCROOT%"}});
  CHECK(uri_of("./sub/../librechat.yaml", "/repo") == Json{{"uri", "librechat.yaml"}, {"uriBaseId", "%SRCROOT%"}});
  CHECK(uri_of("/elsewhere/my config.yaml", "/repo") == Json{{"uri", "file:///elsewhere/my%20config.yaml"}});
  CHECK(uri_of("<stdin>", "/repo") == Json{{"uri", "%3Cstdin%3E"}, {"uriBaseId", "%SRCROOT%"}});
  CHECK(uri_of("../up/librechat.yaml", "/repo/sub") == Json{{"uri", "file:///repo/up/librechat.yaml"}});
}

TEST_CASE("emit: sarif fingerprints survive lines added above and tell findings apart", "[emit]") {
  std::string text = kDuplicateGroups;
  Json before = render_sarif({test::lint(text, {"librechat/duplicate-group"})});
  Json after = render_sarif({test::lint("# a comment\n\n" + text, {"librechat/duplicate-group"})});
  REQUIRE(before["runs"][0]["results"].size() == 1);
  REQUIRE(after["runs"][0]["results"].size() == 1);
  int line_before = before["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"];
  int line_after = after["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"];
  CHECK(line_after == line_before + 2);
  CHECK(fingerprints(before) == fingerprints(after));
  std::string fp = fingerprints(before)[0];
  CHECK(fp.size() == 18);  // 16 hex digits, ":1"
  CHECK(fp.substr(16) == ":1");

  // the same finding in another file, or of another rule, is another fingerprint
  Json other = render_sarif({test::lint(text, {"librechat/duplicate-group"}, "other/librechat.yaml")});
  CHECK(fingerprints(other) != fingerprints(before));
  // findings identical in all but position are numbered
  std::vector<FileResult> twice = crafted();
  Diagnostic again = twice[0].diagnostics[0];
  again.span = {0, 6};
  twice[0].diagnostics.push_back(again);
  std::vector<std::string> fps = fingerprints(render_sarif(twice));
  REQUIRE(fps.size() == 4);
  CHECK(fps[0].substr(16) == ":1");
  CHECK(fps[3] == fps[0].substr(0, 16) + ":2");
}

TEST_CASE("emit: sarif of no results still lists the rules", "[emit]") {
  Json s = render_sarif({test::lint("version: 1.2.1\n", {"librechat/duplicate-group"})});
  CHECK(s["runs"][0]["results"].empty());
  CHECK(s["runs"][0]["tool"]["driver"]["rules"].size() == all_rules().size());
}
