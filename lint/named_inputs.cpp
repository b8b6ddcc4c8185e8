// verify's and show's inputs (lint/named_inputs.h).
#include "lint/named_inputs.h"

#include <filesystem>
#include <iostream>

#include "lint/config.h"
#include "lint/discover.h"
#include "lint/read_input.h"
#include "lint/scrub.h"

namespace fs = std::filesystem;

namespace azlint {

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, uint64_t max_bytes, bool say_empty) {
  std::vector<std::string> files;
  for (const std::string& p : paths.empty() ? std::vector<std::string>{"."} : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      files.push_back(p);
      continue;
    }
    std::vector<UnreadPath> unread;
    auto found = find_config_files(p, max_bytes, unread);
    for (const UnreadPath& u : unread)
      std::cerr << "azlint: warning: " << escape_controls(u.path) << ": " << u.reason << " (not searched)\n";
    if (say_empty && found.empty() && unread.empty())
      std::cerr << "azlint: warning: " << escape_controls(p) << ": no gateway config found\n";
    files.insert(files.end(), found.begin(), found.end());
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
