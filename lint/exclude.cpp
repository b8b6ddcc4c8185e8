#include "lint/exclude.h"

#include <filesystem>

#include "lint/glob.h"
#include "lint/strings.h"

namespace fs = std::filesystem;

namespace azlint {

namespace {

bool matches(std::string_view glob, std::string_view path) {
  while (starts_with(glob, "./")) glob.remove_prefix(2);
  if (starts_with(glob, "/")) glob.remove_prefix(1);
  const bool folder_only = ends_with(glob, "/");
  if (folder_only) glob.remove_suffix(1);
  if (glob.empty()) return false;
  const bool anchored = glob.find('/') != std::string_view::npos;
  // Every folder of the path ("a", "a/b"), then the path itself (files and folders alike).
  for (size_t slash = path.find('/');; slash = path.find('/', slash + 1)) {
    const bool whole = slash == std::string_view::npos;
    if (whole && folder_only) return false;
    std::string_view prefix = whole ? path : path.substr(0, slash);
    std::string_view name = prefix.substr(prefix.rfind('/') == std::string_view::npos ? 0 : prefix.rfind('/') + 1);
    if (glob_match(glob, anchored ? prefix : name)) return true;
    if (whole) return false;
  }
}

}  // namespace

bool excluded(const std::vector<std::string>& globs, std::string_view relative_path) {
  if (relative_path.empty()) return false;
  for (const std::string& g : globs)
    if (matches(g, relative_path)) return true;
  return false;
}

std::string relative_below(const std::string& file, const std::string& dir) {
  std::error_code ec;
  fs::path f = fs::absolute(file, ec).lexically_normal();
  fs::path d = fs::absolute(dir, ec).lexically_normal();
  if (ec) return {};
  fs::path rel = f.lexically_relative(d);
  std::string r = rel.generic_string();
  if (r.empty() || r == "." || starts_with(r, "..")) return {};
  return r;
}

}  // namespace azlint
