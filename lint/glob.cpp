#include "lint/glob.h"

namespace azlint {

namespace {

// `[...]` at pattern[p] (p on '['): whether c is in the class; `end` is set past the ']'.
// A '[' without its ']' is a plain character (end = p + 1, matched literally).
bool in_class(std::string_view pat, size_t p, char c, size_t& end) {
  size_t i = p + 1;
  bool negate = i < pat.size() && (pat[i] == '!' || pat[i] == '^');
  if (negate) ++i;
  bool found = false;
  for (size_t first = i; i < pat.size() && (pat[i] != ']' || i == first); ++i) {
    if (i + 2 < pat.size() && pat[i + 1] == '-' && pat[i + 2] != ']') {
      found |= pat[i] <= c && c <= pat[i + 2];
      i += 2;
    } else {
      found |= pat[i] == c;
    }
  }
  if (i >= pat.size()) {  // no closing ']'
    end = p + 1;
    return c == '[';
  }
  end = i + 1;
  return found != negate && c != '/';
}

// Recursion only at stars (its depth is the number of stars); `budget` bounds the backtracking
// a pattern like `*a*a*a*b` could need, so that no pattern of a config makes a search hang.
bool match(std::string_view pat, size_t p, std::string_view s, size_t i, long& budget) {
  if (--budget < 0) return false;
  while (p < pat.size()) {
    char c = pat[p];
    if (c == '*') {
      bool dbl = p + 1 < pat.size() && pat[p + 1] == '*';
      if (dbl) {
        size_t rest = p + 2;
        if (rest < pat.size() && pat[rest] == '/') {  // `**/`: no folder, or any run of folders
          if (match(pat, rest + 1, s, i, budget)) return true;
          for (size_t j = i; j < s.size(); ++j)
            if (s[j] == '/' && match(pat, rest + 1, s, j + 1, budget)) return true;
          return false;
        }
        for (size_t j = i; j <= s.size(); ++j)
          if (match(pat, rest, s, j, budget)) return true;
        return false;
      }
      for (size_t j = i;; ++j) {  // `*`: within the segment
        if (match(pat, p + 1, s, j, budget)) return true;
        if (j >= s.size() || s[j] == '/') return false;
      }
    }
    if (i >= s.size()) return false;
    if (c == '?') {
      if (s[i] == '/') return false;
      ++p;
    } else if (c == '[') {
      size_t end = p;
      if (!in_class(pat, p, s[i], end)) return false;
      p = end;
    } else {
      if (c == '\\' && p + 1 < pat.size()) c = pat[++p];
      if (s[i] != c) return false;
      ++p;
    }
    ++i;
  }
  return i == s.size();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  long budget = 100000;
  return match(pattern, 0, path, 0, budget);
}

}  // namespace azlint
