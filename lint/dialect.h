// Which gateway a config is for: by content first, then by file name.
#pragma once
#include <optional>
#include <string_view>

#include "lint/document.h"

namespace azlint {

std::optional<Dialect> parse_dialect(std::string_view name);
// The names parse_dialect accepts, for messages.
std::string_view known_dialects();
// Content first (an `endpoints` mapping -> LibreChat), file name second.
Dialect detect_dialect(const Node& root, std::string_view path);
// A file name that belongs to a dialect (for directory search).
bool is_config_file_name(std::string_view file_name);

}  // namespace azlint
