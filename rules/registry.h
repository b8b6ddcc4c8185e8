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
// The rule's page: its doc with a metadata table (severity, fixable, dialect, and the releases
// it holds for when it declares them) after the summary. `azlint explain` prints it and
// docs/rules/<id>.md holds it.
std::string rule_page(const Rule& rule);
// "librechat <0.8.501", "openclaw >=2026.7.35", "librechat, every release" (RuleMeta::releases).
std::string release_range_text(const ReleaseRange& releases);
// Whether a rule's fixes are safe, for its page: "no", "yes (safe: `check --fix` applies it)", …
std::string_view fixability_text(Fixability f);
// The mark `azlint rules` shows: "fix" (safe fixes), "fix*" (unsafe only: --unsafe-fixes), "".
std::string_view fixability_mark(Fixability f);
// docs/rules/README.md: every rule with its severity and summary, linking to its page.
std::string rules_index();

}  // namespace azlint
