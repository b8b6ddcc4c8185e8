// Runs fixture files with inline expectations and says what did not match.
//   # expect: <id>[@col][, <id>…]   a finding on this line (at this 1-based column);
//                                   `// expect:` in JSON5, `# expect:` in YAML and dotenv
//   # expect[-N]: <id>              … on the line N above (for lines that cannot hold a comment)
//   # expect-file: <id>             … on line 1
//   # fixture-target: <gateway>@<version>   check the file against that release (as --target)
// Strict JSON cannot hold comments: `<file>.expect` beside it lists `line[:col] <id>` lines.
// All files of a folder are linted together as one run (cross-file rules see each other);
// only the rules given run (plus `syntax`), every rule when none are given; any finding not
// expected is a failure. The folder's `.env` is the env file beside each config; the process
// environment is ignored.
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

// Expectations written in a file's comments (any of the comment styles above).
std::vector<Expectation> parse_expectations(const std::string& text);
// Expectations of a fixture file: its comments plus its `.expect` sidecar.
std::vector<Expectation> expectations_of(const std::string& path);

// Lints the files together and returns one line per mismatch (empty when all hold).
std::vector<std::string> check_fixtures(const std::vector<std::string>& paths, const std::vector<std::string>& only_rules);
// A single file on its own.
inline std::vector<std::string> check_fixture(const std::string& path, const std::vector<std::string>& only_rules) {
  return check_fixtures({path}, only_rules);
}

// Options the runner uses: no process env, only the given rules, the file's `fixture-target`s
// (`text` is the fixture's content; an unknown release throws).
Options fixture_options(const std::vector<std::string>& only_rules, const std::string& text = "");
// Is this a fixture file (a config, not the folder's `.env`, a golden or a sidecar)?
bool is_fixture_file(const std::string& file_name);

std::string read_text(const std::string& path);

}  // namespace azlint::test
