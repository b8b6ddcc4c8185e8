#include "lint/discover.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "lint/gateways.h"

namespace fs = std::filesystem;

namespace azlint {

static bool has_line_starting(const fs::path& p, std::string_view prefix) {
  std::ifstream in(p, std::ios::binary);
  std::string line;
  for (int i = 0; i < 100000 && std::getline(in, line); ++i)
    if (line.rfind(prefix, 0) == 0) return true;
  return false;
}

std::vector<std::string> find_config_files(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (it->is_directory(ec)) {
      if ((name.size() > 1 && name[0] == '.') || name == "node_modules" || it.depth() > 16) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    // A name a gateway claims (lint/gateways.h); a generic one (config.yaml) only with its marker line.
    const ConfigName* claimed = find_config_name(name);
    if (!claimed || (!claimed->needs_line.empty() && !has_line_starting(p, claimed->needs_line))) continue;
    out.push_back(p.string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace azlint
