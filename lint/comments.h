// The comments of a config file, for suppressions and for fixture expectations: `#` comments
// of YAML (outside strings and block scalars) and `//` / `/* */` comments of JSON5 (outside strings).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace azlint {

struct Comment {
  uint32_t offset = 0;     // byte offset of '#' (YAML) or of the first '/' (JSON5)
  uint32_t line = 0;       // 1-based, of the comment's start ("\r\n", "\r", "\n" end a line)
  bool own_line = false;   // nothing but whitespace before it on its line
  std::string_view text;   // the body: after '#' or '//' without the line break; between '/*' and '*/'
  bool block = false;      // a JSON5 /* */ comment
  uint32_t end = 0;        // byte offset just past the comment (after `*/` for a closed block comment)
};

std::vector<Comment> scan_yaml_comments(std::string_view text);
// JSON5 `//` and `/* */` comments outside single- and double-quoted strings. Tolerant: it never
// fails (an unterminated string ends at its line break, an unterminated /* at the end of the text).
std::vector<Comment> scan_json5_comments(std::string_view text);

}  // namespace azlint
