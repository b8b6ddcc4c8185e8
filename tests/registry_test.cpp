// Every rule is registered once, documented, and has fixtures; every doc's examples do what
// they say (the bad one fires the rule, the good one is clean).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include <unistd.h>

#include "fixture_runner.h"
#include "rules/registry.h"

namespace fs = std::filesystem;
using namespace azlint;

namespace {

std::string fixture_dir(std::string_view id) {
  std::string s(id);
  size_t slash = s.find('/');
  std::string name = slash == std::string::npos ? s : s.substr(slash + 1);
  return std::string(AZLINT_SOURCE_DIR) + "/fixtures/librechat/" + name;
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

// Rules that only make sense with the others running.
std::set<std::string> rules_for(const std::string& id) {
  if (id == "unused-suppression") return {};
  return {id};
}

FileResult lint_example(const std::string& id, const std::string& yaml, const std::string& env, const std::string& tag) {
  fs::path dir = fs::temp_directory_path() / ("azlint-doc-" + std::to_string(::getpid()) + "-" + tag);
  fs::create_directories(dir);
  std::ofstream(dir / ".env") << env;
  bool unknown = id == "unknown-dialect";
  fs::path file = dir / (unknown ? "example.yaml" : "librechat.yaml");
  std::ofstream(file) << yaml;
  Options o;
  o.process_env = false;
  o.only = rules_for(id);
  auto src = std::make_shared<SourceFile>(file.string(), yaml);
  FileResult r = lint_source(src, o);
  fs::remove_all(dir);
  return r;
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
    DYNAMIC_SECTION(id) {
      std::string dir = fixture_dir(id);
      CHECK(fs::exists(dir + "/bad.yaml"));
      CHECK(fs::exists(dir + "/good.yaml"));
      if (fs::exists(dir + "/bad.yaml")) {
        auto expects = test::parse_expectations(test::read_text(dir + "/bad.yaml"));
        bool fires = false;
        for (const auto& e : expects) fires |= e.rule == id;
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
    DYNAMIC_SECTION(id) {
      std::string_view doc = rule_doc(id);
      std::string bad = block(doc, "Bad example", "yaml");
      std::string good = block(doc, "Good example", "yaml");
      REQUIRE_FALSE(bad.empty());
      REQUIRE_FALSE(good.empty());
      FileResult b = lint_example(id, bad, block(doc, "Bad example", "env"), "bad");
      bool fired = false;
      for (const Diagnostic& d : b.diagnostics) fired |= d.rule == id;
      CHECK(fired);
      FileResult g = lint_example(id, good, block(doc, "Good example", "env"), "good");
      for (const Diagnostic& d : g.diagnostics) FAIL_CHECK("good example: [" << d.rule << "] " << d.message);
    }
  }
}
