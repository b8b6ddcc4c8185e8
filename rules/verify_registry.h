// The second registry: `verify/<status>`, the results of `azlint verify` (lint/verify/classify.h).
// `check` never runs them; `rules` lists them (marked verify), `explain` prints their docs
// (rules/verify/<status>.md) and verify's SARIF describes them.
#pragma once
#include <vector>

#include "lint/rule.h"

namespace azlint {

const std::vector<const Rule*>& verify_rules();
const Rule* find_verify_rule(std::string_view id);

}  // namespace azlint
