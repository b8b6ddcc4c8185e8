// Which files a `check` of some paths means: files as given, directories searched for the
// config names each dialect uses.
#pragma once
#include <string>
#include <vector>

namespace azlint {

// Config files under a directory (recursive, skipping hidden folders and node_modules), sorted.
std::vector<std::string> find_config_files(const std::string& dir);

}  // namespace azlint
