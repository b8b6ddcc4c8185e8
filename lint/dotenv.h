// The dotenv format (`.env` files), parsed with positions: `[export] KEY=VALUE`, `#` comments,
// '…' / "…" / `…` quoting (double quotes may span lines and expand \n), inline ` #` comments
// after unquoted values. Lines end at "\r\n", "\r" or "\n".
#pragma once
#include <cstdint>
#include <optional>
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

// At most this many variables are read from any env file: the dotenv dialect itself stops there
// (Limits::max_nodes counts two nodes a variable).
constexpr size_t kMaxEnvVariables = 125'000;

// The entries of a dotenv text, at most `max_entries` of them: reading stops at the next one,
// whose name's offset goes into `past` (left empty when there is none).
std::vector<DotenvEntry> parse_dotenv(std::string_view text, size_t max_entries = kMaxEnvVariables,
                                      std::optional<uint32_t>* past = nullptr);

}  // namespace azlint
