// `.azlint.yaml` `exclude:` globs (lint/glob.h) over a path relative to the config's folder. A
// glob without '/' matches a file or folder name at any depth (`vendor`, `*.prod.yaml`); one
// with '/' matches from the config's folder (`examples/broken`, `deploy/**/litellm*.yaml`); one
// ending in '/' matches folders only. A folder that matches excludes everything below it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace azlint {

bool excluded(const std::vector<std::string>& globs, std::string_view relative_path);
// `file` relative to `dir` ('/'-separated), "" when it is not below it.
std::string relative_below(const std::string& file, const std::string& dir);

}  // namespace azlint
