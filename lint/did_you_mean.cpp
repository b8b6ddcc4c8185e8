#include "lint/did_you_mean.h"

#include <algorithm>
#include <cctype>

namespace azlint {

size_t edit_distance(std::string_view a, std::string_view b, bool ignore_case) {
  auto eq = [&](char x, char y) {
    return ignore_case ? std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)) : x == y;
  };
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (eq(a[i - 1], b[j - 1]) ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string_view did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  size_t best_d = SIZE_MAX;
  for (std::string_view c : candidates) {
    // a case-only difference counts as the closest possible miss
    size_t d = edit_distance(word, c, true) * 2 + (edit_distance(word, c) ? 1 : 0);
    if (d < best_d) { best_d = d; best = c; }
  }
  if (best.empty()) return {};
  size_t limit = std::max<size_t>(1, std::min(word.size(), best.size()) / 3);
  return best_d <= limit * 2 + 1 ? best : std::string_view{};
}

}  // namespace azlint
