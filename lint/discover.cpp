#include "lint/discover.h"

#include <algorithm>
#include <filesystem>
#include <string>

#include "lint/gateways.h"
#include "lint/read_input.h"
#include "lint/source.h"

namespace fs = std::filesystem;

namespace azlint {

namespace {

// Does the text have a line starting with `prefix` (a gateway's marker line)?
bool has_line_starting(const std::string& text, std::string_view prefix) {
  for (size_t i = 0; i < text.size(); i = next_line_start(text, i))
    if (text.compare(i, prefix.size(), prefix) == 0) return true;
  return false;
}

std::string reason_of(const std::error_code& ec) {
  std::string m = ec.message();
  return m.empty() ? "cannot read" : m;
}

}  // namespace

std::vector<std::string> find_config_files(const std::string& dir, uint64_t max_bytes, std::vector<UnreadPath>& unread) {
  std::vector<std::string> out;
  // Depth-first over an explicit stack, one directory_iterator per folder, so that a folder
  // that cannot be opened is reported and the search goes on. Symbolic links to folders are
  // not followed (as recursive_directory_iterator does by default).
  std::vector<std::pair<fs::path, int>> stack{{fs::path(dir), 0}};
  while (!stack.empty()) {
    auto [folder, depth] = std::move(stack.back());
    stack.pop_back();
    std::error_code ec;
    fs::directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      std::string name = p.filename().string();
      std::error_code sec;
      fs::file_status link = it->symlink_status(sec);
      if (fs::is_directory(link)) {
        if ((name.size() > 1 && name[0] == '.') || name == "node_modules" || depth >= 16) continue;
        stack.push_back({p, depth + 1});
        continue;
      }
      // A name a gateway claims (lint/gateways.h); a generic one (config.yaml) only with its marker line.
      const ConfigName* claimed = find_config_name(name);
      if (!claimed || !it->is_regular_file(sec)) continue;
      if (!claimed->needs_line.empty()) {
        std::string reason;
        std::optional<std::string> text = read_input(p.string(), max_bytes, reason);
        if (!text) {
          unread.push_back({p.string(), reason});
          continue;
        }
        if (!has_line_starting(*text, claimed->needs_line)) continue;
      }
      out.push_back(p.string());
    }
    if (ec) {
      std::string shown = folder.string();
      if (shown.empty() || shown.back() != '/') shown += '/';
      unread.push_back({shown, reason_of(ec)});
    }
  }
  std::sort(out.begin(), out.end());
  std::sort(unread.begin(), unread.end(), [](const UnreadPath& a, const UnreadPath& b) { return a.path < b.path; });
  return out;
}

}  // namespace azlint
