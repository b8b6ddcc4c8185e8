#include "lint/discover.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "lint/dialect.h"

namespace fs = std::filesystem;

namespace azlint {

static bool mentions_model_list(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string line;
  for (int i = 0; i < 100000 && std::getline(in, line); ++i)
    if (line.rfind("model_list:", 0) == 0) return true;
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
    if (!it->is_regular_file(ec) || !is_config_file_name(name)) continue;
    // A generic name (config.yaml) counts only when it holds a LiteLLM `model_list`.
    if (name.rfind("config.", 0) == 0 && !mentions_model_list(p)) continue;
    out.push_back(p.string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace azlint
