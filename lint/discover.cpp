#include "lint/discover.h"

#include <algorithm>
#include <filesystem>
#include <string>

#include "lint/dialect.h"
#include "lint/read_input.h"
#include "lint/source.h"

namespace fs = std::filesystem;

namespace azlint {

namespace {

// Does a `config.yaml` hold a LiteLLM `model_list` (a line starting with it)?
bool mentions_model_list(const std::string& text) {
  for (size_t i = 0; i < text.size(); i = next_line_start(text, i))
    if (text.compare(i, 11, "model_list:") == 0) return true;
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
      if (!is_config_file_name(name) || !it->is_regular_file(sec)) continue;
      // A generic name (config.yaml) counts only when it holds a LiteLLM `model_list`.
      if (name.rfind("config.", 0) == 0) {
        std::string reason;
        std::optional<std::string> text = read_input(p.string(), max_bytes, reason);
        if (!text) {
          unread.push_back({p.string(), reason});
          continue;
        }
        if (!mentions_model_list(*text)) continue;
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
