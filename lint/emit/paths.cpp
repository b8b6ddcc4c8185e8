#include "lint/emit/paths.h"
#include "lint/percent_encode.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace azlint::emit_detail {

std::string relative_to(const std::string& path, const std::string& cwd) {
  fs::path p = fs::path(path).lexically_normal();
  if (p.is_absolute() && !cwd.empty()) {
    fs::path rel = p.lexically_relative(fs::path(cwd).lexically_normal());
    if (!rel.empty() && !outside(rel.generic_string())) return rel.generic_string();
  }
  return p.generic_string();
}

bool outside(const std::string& relative) {
  return relative.empty() || relative[0] == '/' || relative == ".." || relative.rfind("../", 0) == 0;
}

std::string working_directory() {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  return ec ? std::string() : cwd.generic_string();
}

std::string uri_encode(std::string_view path) { return percent_encode(path, "/"); }

std::string file_uri(const std::string& absolute_path) { return "file://" + uri_encode(absolute_path); }

std::string fnv1a64_hex(std::string_view data) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  static const char* hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = hex[h & 15];
  return out;
}

}  // namespace azlint::emit_detail
