// verify's and show's inputs (lint/named_inputs.h).
#include "lint/named_inputs.h"

#include <filesystem>
#include <iostream>
#include <map>

#include "lint/config.h"
#include "lint/discover.h"
#include "lint/exclude.h"
#include "lint/read_input.h"
#include "lint/scrub.h"

namespace fs = std::filesystem;

namespace azlint {

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, uint64_t max_bytes, bool say_empty) {
  std::vector<std::string> files;
  GitSearch git;  // the search of `check`: what git ignores is skipped, then `exclude:`
  size_t warned = 0;
  std::map<std::string, Config> configs;  // .azlint.yaml path -> its settings (one that fails: none)
  ConfigFinder configs_found;             // each folder looked at once
  for (const std::string& p : paths.empty() ? std::vector<std::string>{"."} : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      files.push_back(p);
      continue;
    }
    std::vector<UnreadPath> unread;
    auto found = find_config_files(p, max_bytes, unread, git);
    for (; warned < git.warnings.size(); ++warned) std::cerr << "azlint: warning: " << escape_controls(git.warnings[warned]) << "\n";
    for (const UnreadPath& u : unread)
      std::cerr << "azlint: warning: " << escape_controls(u.path) << ": " << u.reason << " (not searched)\n";
    if (say_empty && found.empty() && unread.empty())
      std::cerr << "azlint: warning: " << escape_controls(p) << ": no gateway config found\n";
    for (const std::string& f : found) {
      std::string cfg_path = configs_found.find(f);
      if (!cfg_path.empty() && !configs.count(cfg_path)) {
        std::string err;  // said by options_for when the file is read
        configs[cfg_path] = load_config(cfg_path, max_bytes, err).value_or(Config{});
      }
      if (!cfg_path.empty() && excluded(configs[cfg_path].exclude, relative_below(f, configs[cfg_path].dir()))) continue;
      files.push_back(f);
    }
  }
  return files;
}

std::optional<NamedFile> load_named(const std::string& f, const Options& base) {
  std::string err;
  auto text = read_input(f, base.limits.max_file_bytes, err);
  if (!text) {
    std::cerr << "azlint: error: " << escape_controls(f + ": " + err) << "\n";
    return std::nullopt;
  }
  NamedFile out{std::make_shared<SourceFile>(f, std::move(*text)), {}};
  out.doc = load_and_classify(out.source, base.dialect, base.limits).doc;
  if (!out.doc.parsed) {
    std::cerr << "azlint: error: " << escape_controls(f) << ": not valid " << (out.doc.format == Format::Yaml ? "YAML" : "JSON5")
              << "; run `azlint check " << escape_controls(f) << "`\n";
    return std::nullopt;
  }
  if (!out.doc.gateway) std::cerr << "azlint: warning: " << escape_controls(f) << ": not a known gateway config; skipped\n";
  return out;
}

Options options_for(const std::string& file, const Options& base) {
  Options o = base;
  if (std::string cfg_path = find_config_for(file); !cfg_path.empty()) {
    std::string err;
    bool unreadable = false;
    if (auto cfg = load_config(cfg_path, base.limits.max_file_bytes, err, &unreadable)) o.config = *cfg;
    else std::cerr << "azlint: warning: " << escape_controls(err) << (unreadable ? " (ignored)" : "") << "\n";
  }
  return o;
}

}  // namespace azlint
