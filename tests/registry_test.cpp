// Every rule is registered once, documented, and has fixtures; every doc's examples do what
// they say (the bad one fires the rule, the good one is clean).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include <unistd.h>

#include "fixture_runner.h"
#include "lint/gateways.h"
#include "lint/releases.h"
#include "rules/registry.h"

namespace fs = std::filesystem;
using namespace azlint;

namespace {

// fixtures/<dialect>/<name> for `dialect/name`; shared ids may be tested under any dialect.
std::vector<std::string> fixture_dirs(std::string_view id) {
  std::string s(id);
  size_t slash = s.find('/');
  std::string root = std::string(AZLINT_SOURCE_DIR) + "/fixtures/";
  if (slash != std::string::npos) return {root + s};
  std::vector<std::string> out;
  for (const auto& d : fs::directory_iterator(root))
    if (fs::is_directory(d.path() / s)) out.push_back((d.path() / s).string());
  return out;
}

// The fixture files of a folder whose names start with a prefix ("bad", "good").
std::vector<std::string> files_with(const std::string& dir, const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && test::is_fixture_file(name)) out.push_back(e.path().string());
  }
  return out;
}

// The fenced block of a language inside a `## Section` of a doc.
std::string block(std::string_view doc, std::string_view section, std::string_view lang) {
  size_t s = doc.find("## " + std::string(section));
  if (s == std::string_view::npos) return {};
  size_t next = doc.find("\n## ", s + 3);
  std::string_view body = doc.substr(s, next == std::string_view::npos ? std::string_view::npos : next - s);
  std::string fence = "```" + std::string(lang) + "\n";
  size_t b = body.find(fence);
  if (b == std::string_view::npos) return {};
  b += fence.size();
  size_t e = body.find("```", b);
  return std::string(body.substr(b, e - b));
}

// Ids reported about another file than the one checked (`input-unreadable`: an env file or
// `.azlint.yaml` that could not be read). Neither a fixture nor a doc example can hold a named pipe
// or a device: tests/inputs/run_case.py and the LSP test drive them end to end instead.
bool about_other_files(const std::string& id) { return id == "input-unreadable"; }

// Rules that only make sense with the others running.
std::set<std::string> rules_for(const std::string& id) {
  if (id == "unused-suppression") return {};
  return {id};
}

// A doc example: the first config block of a section (```yaml, ```json5, ```json or
// ```openwebui-env) and the file name it is linted under.
struct Example {
  std::string text;
  std::string file_name;
};

Example example(std::string_view doc, std::string_view section, std::string_view id) {
  std::string dialect = id.find('/') == std::string_view::npos ? "" : std::string(id.substr(0, id.find('/')));
  if (std::string t = block(doc, section, "yaml"); !t.empty())
    return {t, id == "unknown-dialect" ? "example.yaml" : dialect == "litellm" ? "litellm_config.yaml" : "librechat.yaml"};
  if (std::string t = block(doc, section, "json5"); !t.empty()) return {t, "openclaw.json5"};
  if (std::string t = block(doc, section, "json"); !t.empty())
    return {t, dialect == "openclaw" ? "openclaw.json" : "config.json"};
  if (std::string t = block(doc, section, "openwebui-env"); !t.empty()) return {t, "openwebui.env"};
  return {};
}

// A rule that holds for some releases only is shown on the newest release of its range.
void target_rule_range(const std::string& id, Options& o) {
  const ReleaseRange& rr = find_rule(id)->meta().releases;
  const Gateway* g = find_gateway(rr.gateway);
  if (!g) return;
  for (const Release& r : g->releases())  // newest first
    if (version_in_range(r.version, rr.range)) {
      o.targets[std::string(g->id())] = std::string(r.version);
      return;
    }
}

FileResult lint_example(const std::string& id, const Example& ex, const std::string& env, const std::string& tag) {
  fs::path dir = fs::temp_directory_path() / ("azlint-doc-" + std::to_string(::getpid()) + "-" + tag);
  fs::create_directories(dir);
  std::ofstream(dir / ".env") << env;
  fs::path file = dir / ex.file_name;
  const std::string& yaml = ex.text;
  std::ofstream(file) << yaml;
  Options o;
  o.process_env = false;
  o.only = rules_for(id);
  target_rule_range(id, o);
  auto src = std::make_shared<SourceFile>(file.string(), yaml);
  FileResult r = lint_source(src, o);
  fs::remove_all(dir);
  return r;
}

// Every fenced block of a language inside a `## Section` of a doc.
std::vector<std::string> blocks(std::string_view doc, std::string_view section, std::string_view lang) {
  std::vector<std::string> out;
  size_t s = doc.find("## " + std::string(section));
  if (s == std::string_view::npos) return out;
  size_t next = doc.find("\n## ", s + 3);
  std::string_view body = doc.substr(s, next == std::string_view::npos ? std::string_view::npos : next - s);
  std::string fence = "```" + std::string(lang) + "\n";
  for (size_t b = body.find(fence); b != std::string_view::npos; b = body.find(fence, b)) {
    b += fence.size();
    size_t e = body.find("```", b);
    out.emplace_back(body.substr(b, e - b));
    if (e == std::string_view::npos) break;
    b = e;
  }
  return out;
}

// A cross-file rule's example: the section's ```json5 block (the OpenClaw config) and its
// ```yaml blocks (the LiteLLM proxy configs beside it: litellm_config.yaml, or the name a
// `# file: NAME` first line gives), in one folder, linted as one run.
std::vector<FileResult> lint_chain_example(const std::string& id, std::string_view doc, std::string_view section,
                                           const std::string& tag) {
  fs::path dir = fs::temp_directory_path() / ("azlint-doc-" + std::to_string(::getpid()) + "-" + tag);
  fs::create_directories(dir);
  std::ofstream(dir / ".env") << block(doc, section, "env");
  std::vector<Input> inputs;
  Options o;
  o.process_env = false;
  o.only = rules_for(id);
  target_rule_range(id, o);
  std::vector<std::pair<std::string, std::string>> files;  // name, text
  for (const std::string& text : blocks(doc, section, "json5")) files.push_back({"openclaw.json5", text});
  for (const std::string& text : blocks(doc, section, "yaml")) {
    std::string name = "litellm_config.yaml";
    if (text.rfind("# file: ", 0) == 0) name = text.substr(8, text.find('\n') - 8);
    files.push_back({name, text});
  }
  for (const auto& [name, text] : files) {
    std::ofstream(dir / name) << text;
    inputs.push_back({std::make_shared<SourceFile>((dir / name).string(), text), o});
  }
  std::vector<FileResult> results = lint_project(inputs);
  fs::remove_all(dir);
  return results;
}

}  // namespace

TEST_CASE("registry: ids are unique, sorted and well-formed", "[registry]") {
  std::set<std::string> seen;
  std::string prev;
  for (const Rule* r : all_rules()) {
    std::string id(r->meta().id);
    CHECK(seen.insert(id).second);
    CHECK(prev < id);
    prev = id;
    CHECK(id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-/") == std::string::npos);
    CHECK(find_rule(id) == r);
    CHECK_FALSE(r->meta().summary.empty());
  }
}

TEST_CASE("registry: every rule has a doc with the fixed sections", "[registry][docs]") {
  for (const Rule* r : all_rules()) {
    std::string id(r->meta().id);
    DYNAMIC_SECTION(id) {
      std::string_view doc = rule_doc(id);
      REQUIRE_FALSE(doc.empty());
      CHECK(doc.rfind("# " + id + "\n", 0) == 0);
      for (const char* s : {"## What it checks", "## Why it matters", "## Bad example", "## Good example", "## How to fix"})
        CHECK(doc.find(s) != std::string_view::npos);
      CHECK(doc.find("TODO") == std::string_view::npos);
    }
  }
}

TEST_CASE("registry: every rule has a firing fixture and a clean near miss", "[registry][fixtures]") {
  for (const Rule* r : all_rules()) {
    std::string id(r->meta().id);
    if (about_other_files(id)) continue;
    DYNAMIC_SECTION(id) {
      std::vector<std::string> dirs = fixture_dirs(id);
      REQUIRE_FALSE(dirs.empty());
      for (const std::string& dir : dirs) {
        INFO(dir);
        CHECK_FALSE(files_with(dir, "good").empty());
        bool fires = false;
        for (const std::string& bad : files_with(dir, "bad"))
          for (const auto& e : test::expectations_of(bad)) fires |= e.rule == id;
        CHECK(fires);
      }
    }
  }
}

TEST_CASE("registry: every fixture folder names a registered rule", "[registry][fixtures]") {
  for (const auto& dialect : fs::directory_iterator(std::string(AZLINT_SOURCE_DIR) + "/fixtures")) {
    for (const auto& folder : fs::directory_iterator(dialect.path())) {
      std::string name = folder.path().filename().string();
      if (name[0] == '_') continue;
      INFO(folder.path().string());
      CHECK((find_rule(dialect.path().filename().string() + "/" + name) || find_rule(name)));
    }
  }
}

TEST_CASE("docs: the bad example fires the rule and the good example is clean", "[registry][docs]") {
  for (const Rule* r : all_rules()) {
    std::string id(r->meta().id);
    if (about_other_files(id)) continue;
    DYNAMIC_SECTION(id) {
      std::string_view doc = rule_doc(id);
      if (id.rfind("chain/", 0) == 0) {
        REQUIRE_FALSE(block(doc, "Bad example", "json5").empty());
        REQUIRE_FALSE(block(doc, "Bad example", "yaml").empty());
        bool fired = false;
        for (const FileResult& r : lint_chain_example(id, doc, "Bad example", "bad"))
          for (const Diagnostic& d : r.diagnostics) fired |= d.rule == id;
        CHECK(fired);
        for (const FileResult& r : lint_chain_example(id, doc, "Good example", "good"))
          for (const Diagnostic& d : r.diagnostics) FAIL_CHECK("good example: [" << d.rule << "] " << d.message);
        continue;
      }
      Example bad = example(doc, "Bad example", id);
      Example good = example(doc, "Good example", id);
      REQUIRE_FALSE(bad.text.empty());
      REQUIRE_FALSE(good.text.empty());
      FileResult b = lint_example(id, bad, block(doc, "Bad example", "env"), "bad");
      bool fired = false;
      for (const Diagnostic& d : b.diagnostics) fired |= d.rule == id;
      CHECK(fired);
      FileResult g = lint_example(id, good, block(doc, "Good example", "env"), "good");
      for (const Diagnostic& d : g.diagnostics) FAIL_CHECK("good example: [" << d.rule << "] " << d.message);
    }
  }
}
