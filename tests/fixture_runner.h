// Runs a fixture file with inline expectations and says what did not match.
//   # expect: <id>[@col][, <id>…]   a finding on this line (at this 1-based column)
//   # expect[-N]: <id>              … on the line N above (for lines that cannot hold a comment)
//   # expect-file: <id>             … on line 1
// Only the rule under test runs (plus `syntax`), unless `all_rules`; any finding not
// expected is a failure. The fixture's folder may hold a `.env`; the process env is ignored.
#pragma once
#include <string>
#include <vector>

#include "lint/engine.h"

namespace azlint::test {

struct Expectation {
  std::string rule;
  uint32_t line = 0;
  uint32_t column = 0;  // 0 = any
  bool matched = false;
};

std::vector<Expectation> parse_expectations(const std::string& text);

// Lints `path` and returns one line per mismatch (empty when all expectations hold).
std::vector<std::string> check_fixture(const std::string& path, const std::vector<std::string>& only_rules);

// Options the runner uses: no process env, only the given rules.
Options fixture_options(const std::vector<std::string>& only_rules);

std::string read_text(const std::string& path);

}  // namespace azlint::test
