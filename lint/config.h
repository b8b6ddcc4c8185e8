// `.azlint.yaml`: which rules run and at what severity, extra env files, the releases checked against.
//   rules:
//     librechat/unknown-model: off        # off | on | error | warning | info
//     hardcoded-secret: error
//   env_files: [.env.production]          # relative to the .azlint.yaml
//   targets: {librechat: "0.8.524", openclaw: "2026.9.6"}   # releases checked against (azlint targets)
//   exclude: [vendor, "deploy/old/**"]    # globs skipped by directory search (lint/exclude.h)
//   links: {"localhost:4000": litellm/config.yaml}   # the proxy config behind an address (lint/links.h)
//   env_declared: [EASTUS_API_KEY]        # set where the gateway runs, not here (env-var-missing: info)
//   require_env: true                     # declared but unset is an error (the deploy host)
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint/diagnostic.h"

namespace azlint {

struct RuleSetting {
  bool enabled = true;
  std::optional<Severity> severity;  // override of the default
};

struct Config {
  std::string path;  // "" when none was found
  std::map<std::string, RuleSetting> rules;
  std::vector<std::string> env_files;  // absolute or relative to the config's folder, as written
  std::map<std::string, std::string> targets;  // gateway id -> bundled release (lint/releases.h)
  std::vector<std::string> exclude;            // globs relative to the config's folder (lint/exclude.h)
  // "host:port" -> the configs serving it, relative to the .azlint.yaml (lint/links.h)
  std::map<std::string, std::vector<std::string>> links;
  std::vector<std::pair<std::string, uint32_t>> env_declared;  // variable names, 1-based line
  bool require_env = false;
  // Rule ids of `rules:` written without their gateway prefix (lint/rule_ids.h): they apply to
  // the full id; the CLI warns with the place ("PATH:LINE:COL") and what to write.
  struct Alias {
    std::string at, written, full;
  };
  std::vector<Alias> aliases;
  std::string dir() const;
};

// Read (within max_bytes, lint/read_input.h) and parse a config file; on error returns nullopt
// and sets `error`: "PATH:LINE:COL: …" when it does not parse, "PATH: REASON" with `unreadable`
// set when it could not be read.
std::optional<Config> load_config(const std::string& path, uint64_t max_bytes, std::string& error, bool* unreadable = nullptr);
// `.azlint.yaml` / `.azlint.yml` in the folder of `file` or any parent; "" when none. Whatever
// has the name counts (a FIFO, a directory): reading it says what is wrong with it.
std::string find_config_for(const std::string& file);

// find_config_for over the files of one run: each folder is looked at once (the answer of every
// folder a search passed through is kept), so a tree of files does not stat every parent of each.
class ConfigFinder {
 public:
  std::string find(const std::string& file);

 private:
  struct Answer {
    std::string path;  // the nearest config, "" = none up to the root
    int up = 0;        // folders above this one it is in
  };
  std::map<std::string, Answer> by_dir_;
};

}  // namespace azlint
