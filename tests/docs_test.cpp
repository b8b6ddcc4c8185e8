// docs/rules/ is generated from the rules' own docs; this fails when it is stale.
#include <catch2/catch.hpp>

#include <filesystem>

#include "fixture_runner.h"
#include "rules/registry.h"
#include "rules/verify_registry.h"

using namespace azlint;

TEST_CASE("docs: docs/rules is up to date (run `make docs` and commit)", "[docs]") {
  std::string dir = std::string(AZLINT_SOURCE_DIR) + "/docs/rules/";
  std::vector<const Rule*> rules = all_rules();
  rules.insert(rules.end(), verify_rules().begin(), verify_rules().end());
  for (const Rule* r : rules) {
    std::string path = dir + std::string(r->meta().id) + ".md";
    INFO(path << " is stale or missing: run `make docs`");
    CHECK(test::read_text(path) == rule_page(*r));
  }
  INFO("docs/rules/README.md is stale: run `make docs`");
  CHECK(test::read_text(dir + "README.md") == rules_index());
}
