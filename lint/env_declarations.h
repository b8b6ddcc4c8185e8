// Where a repository declares the variables its gateway configs need without giving their values
// here (env-var-missing: declared but not set is an info, fine in CI; `--require-env` makes it an
// error). Searched in a config's folder and each folder up to the repository root (the nearest
// folder holding `.git`; outside a work tree only the config's folder):
//   `.env.example`, `.env.sample`, `.env.template`, `.env.dist`: each variable, at its line;
//   compose files (`docker-compose*.y*ml`, `compose*.y*ml`): each service's `environment:` (list
//     or mapping) and the variables of the files its `env_file:` names (a path, a list of paths or
//     of `{path: …}`), when those are inside the work tree.
// Every file is read through lint/read_input; a folder is read once per run. Values are kept for
// the scrubber only (lint/known_secrets.h): a declared name with no value holds no secret.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "lint/env.h"
#include "lint/input_guard.h"

namespace azlint {

class DeclarationCache {
 public:
  // Declares in `env` what applies to the config at `path`, the nearest folder first.
  void declare_for(const std::string& path, const Limits& limits, Env& env);

 private:
  struct Folder {
    std::vector<EnvEntry> declarations;
    std::vector<InputIssue> issues;
  };
  std::shared_ptr<const Folder> folder(const std::filesystem::path& dir, const std::filesystem::path& root,
                                       const Limits& limits);

  std::mutex mutex_;  // the files of a run are checked in parallel
  std::map<std::string, std::shared_ptr<const Folder>> folders_;
};

}  // namespace azlint
