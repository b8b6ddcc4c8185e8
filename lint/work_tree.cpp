#include "lint/work_tree.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace azlint {

std::string work_tree_root(const std::string& dir) {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec).lexically_normal();
  if (ec) return {};
  if (d.filename().empty()) d = d.parent_path();  // "/a/b/" -> "/a/b"
  for (int i = 0; i < 64 && !d.empty(); ++i) {
    std::error_code e;
    if (fs::exists(d / ".git", e)) {
      std::string s = d.string();
      while (s.size() > 1 && s.back() == '/') s.pop_back();
      return s;
    }
    if (d == d.root_path()) break;
    d = d.parent_path();
  }
  return {};
}

}  // namespace azlint
