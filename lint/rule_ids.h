// Rule ids as users write them: exact, without their gateway prefix (`duplicate-group` for
// `librechat/duplicate-group`), or misspelt. Every place an id is accepted (`explain`, `--only`,
// suppression comments, `.azlint.yaml` `rules:`) resolves it here.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace azlint {

struct RuleIdLookup {
  const Rule* rule = nullptr;             // what the id names (exactly, or through `alias`)
  bool alias = false;                     // written without its gateway prefix
  std::vector<std::string_view> matches;  // an id without prefix that several gateways have
  std::string_view suggestion;            // did-you-mean when nothing matched ("" when none is close)
};

// `verify_ids`: also the `verify/<status>` registry (for `explain`; `check` never runs them).
RuleIdLookup lookup_rule_id(std::string_view id, bool verify_ids = false);

// `; did you mean "X"?`, or `; it is one of "A", "B"` for an ambiguous id without prefix, or "".
std::string rule_id_hint(const RuleIdLookup& l);

}  // namespace azlint
