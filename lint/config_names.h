// The one list of config names: every gateway's Gateway::config_names, in registry order. It
// drives directory search (lint/discover.h), detection by name (Gateway::detect_name), the
// pre-commit hook's `files:` pattern (.pre-commit-hooks.yaml, checked against
// config_names_regex() by tests/cli_test.cpp) and the editors' file patterns (editors/).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/gateway.h"

namespace azlint {

// The name directory search picks up for this base name (the first glob of the registry that
// matches it), or nullptr.
const ConfigName* find_config_name(std::string_view base_name);
// Whether a base name matches one of `names` that needs no content (Gateway::detect_name).
bool claims_name(const std::vector<ConfigName>& names, std::string_view base_name);
// Every gateway's globs, in registry order ("librechat*.yaml", …, "config.yaml").
std::vector<std::string> config_name_globs();
// The list as one regular expression over '/'-separated paths, as pre-commit's `files:` reads
// it (Python `re.search`): `(^|/)(librechat[^/]*\.ya?ml|…)$`.
std::string config_names_regex();
// "librechat*.yaml|yml, openclaw*.json|json5, …; config.yaml|yml holding `model_list:`" for help texts.
std::string config_names_text();

}  // namespace azlint
