// The `#` comments of a YAML file (outside strings and block scalars), for suppressions and
// for fixture expectations.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace azlint {

struct Comment {
  uint32_t offset = 0;     // byte offset of '#'
  uint32_t line = 0;       // 1-based
  bool own_line = false;   // nothing but whitespace before it on its line
  std::string_view text;   // after '#', without the line break
};

std::vector<Comment> scan_yaml_comments(std::string_view text);

}  // namespace azlint
