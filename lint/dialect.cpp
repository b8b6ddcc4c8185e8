#include "lint/dialect.h"

namespace azlint {

std::optional<Dialect> parse_dialect(std::string_view name) {
  if (name == "librechat") return Dialect::LibreChat;
  return std::nullopt;
}

static std::string_view base_name(std::string_view path) {
  size_t s = path.find_last_of('/');
  return s == std::string_view::npos ? path : path.substr(s + 1);
}

bool is_config_file_name(std::string_view file_name) {
  std::string_view b = base_name(file_name);
  return b == "librechat.yaml" || b == "librechat.yml";
}

Dialect detect_dialect(const Node& root, std::string_view path) {
  if (root.is_mapping()) {
    const Node* endpoints = root.get("endpoints");
    if (endpoints && endpoints->is_mapping()) return Dialect::LibreChat;
  }
  std::string_view b = base_name(path);
  if (b.rfind("librechat", 0) == 0 && (b.size() > 5 && (b.substr(b.size() - 5) == ".yaml" || b.substr(b.size() - 4) == ".yml")))
    return Dialect::LibreChat;
  return Dialect::Unknown;
}

}  // namespace azlint
