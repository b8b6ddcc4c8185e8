// The dotenv format (`.env` files), parsed with positions: `[export] KEY=VALUE`, `#` comments,
// '…' / "…" / `…` quoting (double quotes may span lines and expand \n), inline ` #` comments
// after unquoted values.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"

namespace azlint {

struct DotenvEntry {
  std::string name;
  std::string value;   // unquoted, escapes expanded
  uint32_t line = 0;   // 1-based line of the name
  Span name_span;
  Span value_span;     // the value as written, quotes included
  char quote = 0;      // '"', '\'', '`' or 0
};

std::vector<DotenvEntry> parse_dotenv(std::string_view text);

}  // namespace azlint
