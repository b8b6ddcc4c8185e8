// Every rule azlint has, sorted by id.
#pragma once
#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace azlint {

const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view id);
// The rule's documentation (Markdown), embedded at build time; "" when missing.
std::string_view rule_doc(std::string_view id);

}  // namespace azlint
