// The one wildcard match: `*` matches any run of characters, everything else matches itself
// (LiteLLM's wildcard model names "azure/*", the non-chat model families "dall-e-*").
// Iterative with one backtrack point: never recursive, linear in practice.
#pragma once
#include <string_view>

namespace azlint {

inline bool wildcard_match(std::string_view pattern, std::string_view s) {
  size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < s.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && pattern[p] == s[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace azlint
