// Which files a `check` of some paths means: files as given, directories searched for the
// config names of the one list (lint/config_names.h). Inside a git work tree the search takes
// the files git sees (tracked, or untracked and not ignored: lint/git_files.h), outside one it
// walks the folders (skipping hidden ones and node_modules). `.azlint.yaml` `exclude:` is
// applied by the caller (lint/exclude.h), which knows each file's config.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace azlint {

// A path a directory search could not read: it is reported (`azlint: warning: sub/: Permission
// denied (not searched)`, the text summary, JSON `unread`, a SARIF notification), never skipped
// in silence.
struct UnreadPath {
  std::string path;    // a folder ends with '/'
  std::string reason;  // "Permission denied"
};

// The git listings of one run: git runs at most once per work tree, and only for a folder
// searched (or a named file under --force-exclude), never for named files alone.
class GitSearch {
 public:
  // The files git sees in the work tree `top`, sorted; nullptr when git could not list them
  // (then `warnings` says so, once).
  const std::vector<std::string>* listing(const std::string& top);
  // Whether git ignores `file` (it is in a work tree, and neither tracked nor an untracked file
  // git sees). false outside a work tree and when git could not list it.
  bool ignores(const std::string& file);
  std::vector<std::string> warnings;  // "TOP: .gitignore not applied (git: …)"

 private:
  std::map<std::string, std::optional<std::vector<std::string>>> listings_;
};

// Config files under a directory, sorted: the names a gateway claims (librechat*.yaml,
// openclaw*.json, litellm*.yaml, …; a generic config.yaml only when it holds the gateway's
// marker line, LiteLLM's `model_list:`, read within max_bytes). In a git work tree, what git
// ignores is skipped, and nested repositories and submodules are not entered (as pre-commit
// does); a folder named although git ignores all of it (`azlint check vendor`) is walked as if
// outside git unless `force_exclude`. Folders and files that could not be read go into `unread`.
std::vector<std::string> find_config_files(const std::string& dir, uint64_t max_bytes, std::vector<UnreadPath>& unread,
                                           GitSearch& git, bool force_exclude = false);

}  // namespace azlint
