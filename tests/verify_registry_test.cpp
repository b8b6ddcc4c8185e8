// The second registry, `verify/<status>`: every status verify can report has an entry and a doc,
// and each doc is exercised against the mock Azure server (a `status-<status>` case of
// tests/verify/run_case.py checks `explain`, `rules` and verify's SARIF for it).
#include <catch2/catch.hpp>

#include "fixture_runner.h"
#include "lint/verify/classify.h"
#include "rules/registry.h"
#include "rules/verify_registry.h"

using namespace azlint;

TEST_CASE("verify registry: every status has an entry, a doc and a mock case", "[registry][verify]") {
  const std::string cases = test::read_text(std::string(AZLINT_SOURCE_DIR) + "/tests/verify/run_case.py");
  REQUIRE(verify_rules().size() == verify::all_statuses().size());
  for (verify::Status s : verify::all_statuses()) {
    const std::string id = "verify/" + std::string(verify::status_name(s));
    DYNAMIC_SECTION(id) {
      const Rule* r = find_verify_rule(id);
      REQUIRE(r != nullptr);
      CHECK(r->meta().severity == verify::status_severity(s));
      CHECK_FALSE(r->meta().summary.empty());
      std::string_view doc = rule_doc(id);
      CHECK(doc.rfind("# " + id + "\n", 0) == 0);
      for (const char* section : {"## What it means", "## How to fix"}) CHECK(doc.find(section) != std::string_view::npos);
      CHECK(cases.find("\"status-" + std::string(verify::status_name(s)) + "\"") != std::string::npos);
      // check never runs them: they are not in its registry
      CHECK(find_rule(id) == nullptr);
    }
  }
}
