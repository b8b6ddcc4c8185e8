// Which files a `check` of some paths means: files as given, directories searched for the
// config names each gateway claims (Gateway::config_names).
#pragma once
#include <string>
#include <vector>

namespace azlint {

// Config files under a directory (recursive, skipping hidden folders and node_modules), sorted:
// the names a gateway claims (librechat.yaml, openclaw.json, litellm_config.yaml, …; a generic
// config.yaml only when it holds the gateway's marker line, LiteLLM's `model_list:`).
std::vector<std::string> find_config_files(const std::string& dir);

}  // namespace azlint
