// The files git sees in a work tree — tracked ones, and untracked ones no `.gitignore` (at any
// level), `.git/info/exclude` or `core.excludesFile` ignores — for directory search
// (lint/discover.h). git is run once per work tree per run, without a shell, with a bounded
// read and a deadline, and so that the repository's own config cannot run a command
// (`core.fsmonitor`, hooks) nor the caller's GIT_DIR/GIT_INDEX_FILE redirect it.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace azlint {

// `git ls-files --cached --others --exclude-standard -z` at the top of the work tree `top`:
// paths relative to it, sorted and unique; an entry ending in '/' is a nested repository.
// nullopt, with `error` set ("git: …"), when git is missing, refuses or takes too long.
std::optional<std::vector<std::string>> git_listed_files(const std::string& top, std::string& error);

}  // namespace azlint
