// Which files a `check` of some paths means: files as given, directories searched for the
// config names each gateway claims (Gateway::config_names).
#pragma once
#include <cstdint>
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

// Config files under a directory (recursive, skipping hidden folders and node_modules), sorted:
// the names a gateway claims (librechat.yaml, openclaw.json, litellm_config.yaml, …; a generic
// config.yaml only when it holds the gateway's marker line, LiteLLM's `model_list:`, read within
// max_bytes). Folders and files that could not be read go into `unread`.
std::vector<std::string> find_config_files(const std::string& dir, uint64_t max_bytes, std::vector<UnreadPath>& unread);

}  // namespace azlint
