#include "lint/discover.h"

#include <algorithm>
#include <filesystem>
#include <string>

#include "lint/config_names.h"
#include "lint/exclude.h"
#include "lint/git_files.h"
#include "lint/work_tree.h"
#include "lint/read_input.h"
#include "lint/source.h"
#include "lint/strings.h"

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

// A regular file with a claimed name (a generic one only with its marker line) goes to `out`.
void consider(const fs::path& p, bool regular, uint64_t max_bytes, std::vector<std::string>& out,
              std::vector<UnreadPath>& unread) {
  const ConfigName* claimed = find_config_name(p.filename().string());
  if (!claimed || !regular) return;
  if (!claimed->needs_line.empty()) {
    std::string reason;
    std::optional<std::string> text = read_input(p.string(), max_bytes, reason);
    if (!text) {
      unread.push_back({p.string(), reason});
      return;
    }
    if (!has_line_starting(*text, claimed->needs_line)) return;
  }
  out.push_back(p.string());
}

// Outside git: every folder, skipping hidden ones and node_modules.
void walk(const std::string& dir, uint64_t max_bytes, std::vector<std::string>& out, std::vector<UnreadPath>& unread) {
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
      if (find_config_name(name)) consider(p, it->is_regular_file(sec), max_bytes, out, unread);
    }
    if (ec) {
      std::string shown = folder.string();
      if (shown.empty() || shown.back() != '/') shown += '/';
      unread.push_back({shown, reason_of(ec)});
    }
  }
}

}  // namespace

const std::vector<std::string>* GitSearch::listing(const std::string& top) {
  auto it = listings_.find(top);
  if (it == listings_.end()) {
    std::string error;
    it = listings_.emplace(top, git_listed_files(top, error)).first;
    if (!it->second) warnings.push_back(top + ": .gitignore not applied (" + error + ")");
  }
  return it->second ? &*it->second : nullptr;
}

bool GitSearch::ignores(const std::string& file) {
  std::error_code ec;
  std::string top = work_tree_root(fs::absolute(file, ec).parent_path().string());
  if (top.empty()) return false;
  const std::vector<std::string>* listed = listing(top);
  std::string rel = relative_below(file, top);
  return listed && !rel.empty() && !std::binary_search(listed->begin(), listed->end(), rel);
}

std::vector<std::string> find_config_files(const std::string& dir, uint64_t max_bytes, std::vector<UnreadPath>& unread,
                                           GitSearch& git, bool force_exclude) {
  std::vector<std::string> out;
  const std::string top = work_tree_root(dir);
  const std::vector<std::string>* listed = top.empty() ? nullptr : git.listing(top);
  if (!listed) {
    walk(dir, max_bytes, out, unread);
  } else {
    std::string rel = relative_below(dir, top);
    std::string prefix = rel.empty() ? "" : rel + "/";
    auto first = std::lower_bound(listed->begin(), listed->end(), prefix);
    auto last = first;
    while (last != listed->end() && starts_with(*last, prefix)) ++last;
    if (first == last && !rel.empty() && !force_exclude) {
      walk(dir, max_bytes, out, unread);  // a folder named although git ignores all of it
    } else {
      for (auto e = first; e != last; ++e) {
        if (ends_with(*e, "/")) continue;  // a nested repository
        fs::path p = fs::path(dir) / e->substr(prefix.size());
        if (!find_config_name(p.filename().string())) continue;
        std::error_code ec;
        consider(p, fs::is_regular_file(p, ec), max_bytes, out, unread);  // a tracked file may be gone
      }
    }
  }
  std::sort(out.begin(), out.end());
  std::sort(unread.begin(), unread.end(), [](const UnreadPath& a, const UnreadPath& b) { return a.path < b.path; });
  return out;
}

}  // namespace azlint
