// The fixture runner over fixtures/<dialect>/<folder>/: each folder is one ctest test
// (`azlint_tests "[.fixture]" -c fixtures/librechat/duplicate-group`). A folder named after a
// rule runs only that rule; a folder starting with `_` runs every rule. `bad*.out` beside a
// `bad*.yaml` is its golden text output (regenerate with UPDATE_GOLDEN=1 and review the diff).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fixture_runner.h"
#include "lint/emit/emit.h"
#include "rules/registry.h"

namespace fs = std::filesystem;
using namespace azlint;

namespace {

std::string rule_for_folder(const fs::path& dir) {
  std::string dialect = dir.parent_path().filename().string();
  std::string name = dir.filename().string();
  if (find_rule(dialect + "/" + name)) return dialect + "/" + name;
  if (find_rule(name)) return name;
  return {};
}

std::vector<fs::path> fixture_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && test::is_fixture_file(e.path().filename().string())) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// The files of one run are linted together (cross-file rules relate them) and each bad* file's
// text output is compared with its golden bad*.out.
void check_goldens(const std::vector<std::string>& run, const std::vector<std::string>& only) {
  bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  std::vector<Input> inputs;
  for (const std::string& f : run) {
    std::string rel = fs::relative(f, AZLINT_SOURCE_DIR).string();
    std::string text = test::read_text(f);
    Options o = test::fixture_options(only, text);
    inputs.push_back({std::make_shared<SourceFile>(rel, std::move(text)), std::move(o)});
  }
  std::vector<FileResult> results;
  for (size_t i = 0; i < run.size(); ++i) {
    fs::path file(run[i]);
    if (file.filename().string().rfind("bad", 0) != 0) continue;
    fs::path golden = file;
    golden.replace_extension(".out");
    if (!update && !fs::exists(golden)) continue;
    if (results.empty()) results = lint_project(inputs);
    std::ostringstream out;
    emit_text(out, {results[i]}, TextStyle{}, scrubber_for(results));
    if (update) {
      std::ofstream(golden, std::ios::binary) << out.str();
      continue;
    }
    INFO("golden " << golden.string() << " differs; rerun with UPDATE_GOLDEN=1 and review");
    CHECK(out.str() == test::read_text(golden.string()));
  }
}

}  // namespace

TEST_CASE("fixtures", "[.fixture]") {
  fs::path root = fs::path(AZLINT_SOURCE_DIR) / "fixtures";
  for (const auto& dialect : fs::directory_iterator(root)) {
    if (!dialect.is_directory()) continue;
    for (const auto& folder : fs::directory_iterator(dialect.path())) {
      if (!folder.is_directory()) continue;
      std::string rel = "fixtures/" + dialect.path().filename().string() + "/" + folder.path().filename().string();
      DYNAMIC_SECTION(rel) {
        bool all = folder.path().filename().string().rfind('_', 0) == 0;
        std::string rule = rule_for_folder(folder.path());
        REQUIRE((all || !rule.empty()));
        std::vector<std::string> only;
        // unused-suppression needs the suppressed rules to run: its fixtures run every rule
        if (!all && rule != "unused-suppression") only.push_back(rule);
        auto files = fixture_files(folder.path());
        REQUIRE(!files.empty());
        // The good* files form one run and the others another, so cross-file rules see the
        // files they relate (an OpenClaw config and its LiteLLM proxy).
        std::vector<std::string> good, rest;
        for (const fs::path& f : files) (f.filename().string().rfind("good", 0) == 0 ? good : rest).push_back(f.string());
        for (const auto* run : {&good, &rest})
          if (!run->empty())
            for (const std::string& problem : test::check_fixtures(*run, only)) FAIL_CHECK(problem);
        if (!all) check_goldens(rest, only);
      }
    }
  }
}
