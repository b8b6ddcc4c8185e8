// Which files a `check` of some paths means: files as given, directories searched for the
// config names each dialect uses.
#pragma once
#include <string>
#include <vector>

namespace azlint {

// Config files under a directory (recursive, skipping hidden folders and node_modules), sorted:
// librechat.yaml/.yml, openclaw.json/.json5, litellm_config.yaml (and litellm*.yaml), and a
// config.yaml that holds a `model_list`.
std::vector<std::string> find_config_files(const std::string& dir);

}  // namespace azlint
