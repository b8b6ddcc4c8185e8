// ASCII case folding for names and hosts (not for user-visible text).
#pragma once
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

namespace azlint {

// std::tolower in the C locale (azlint never sets another) without a libc call per byte: A-Z to
// a-z, every other byte kept.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return out;
}

// Does s hold `lower` (written in lower case) ignoring ASCII case? ascii_lower(s).find(lower)
// without the copy.
inline bool ascii_contains_folded(std::string_view s, std::string_view lower) {
  if (lower.empty()) return true;
  for (size_t i = 0; i + lower.size() <= s.size(); ++i) {
    size_t j = 0;
    while (j < lower.size()) {
      const char c = s[i + j];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c) != lower[j]) break;
      ++j;
    }
    if (j == lower.size()) return true;
  }
  return false;
}

// Does s hold one of `lower_words` (ASCII, lower case) ignoring ASCII case? s is folded once.
inline bool ascii_contains_any_folded(std::string_view s, std::initializer_list<std::string_view> lower_words) {
  char buf[256];
  if (s.size() > sizeof buf) {
    for (std::string_view w : lower_words)
      if (ascii_contains_folded(s, w)) return true;
    return false;
  }
  for (size_t i = 0; i < s.size(); ++i) buf[i] = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] + ('a' - 'A')) : s[i];
  const std::string_view folded(buf, s.size());
  for (std::string_view w : lower_words)
    if (folded.find(w) != std::string_view::npos) return true;
  return false;
}

// Could a case-insensitive RE2 pattern find one of `lower_words` (ASCII, lower case) in s? RE2
// folds case as Unicode does ("ſ" is an "s", "K" (Kelvin) a "k"): text with any byte past ASCII
// may. A cheap test before a pattern that needs one of the words.
inline bool may_hold_word(std::string_view s, std::initializer_list<std::string_view> lower_words) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return ascii_contains_any_folded(s, lower_words);
}

}  // namespace azlint
