#include "lint/did_you_mean.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace azlint {

namespace {

// std::tolower in the C locale (azlint never sets another): A-Z to a-z, every other byte kept.
constexpr std::array<unsigned char, 256> kFold = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return t;
}();

inline unsigned char fold(char c) { return kFold[static_cast<unsigned char>(c)]; }

// A lower bound of the edit distance of `a` (folded, counted in `counts`) and `b` (folded here):
// each edit removes at most one byte `a` holds in excess of `b`, and at most one `b` holds in
// excess of `a`. `diff` is scratch (256 cells, all zero on entry and on return).
size_t count_bound(std::string_view a, const std::array<int32_t, 256>& counts, std::string_view b,
                   std::array<int32_t, 256>& diff) {
  for (char c : a) diff[static_cast<unsigned char>(c)] = counts[static_cast<unsigned char>(c)];
  for (char c : b) --diff[fold(c)];
  size_t excess_a = 0, excess_b = 0;
  auto take = [&](unsigned char c) {
    int32_t v = diff[c];
    (v > 0 ? excess_a : excess_b) += static_cast<size_t>(v > 0 ? v : -v);
    diff[c] = 0;
  };
  for (char c : a) take(static_cast<unsigned char>(c));
  for (char c : b) take(fold(c));
  return std::max(excess_a, excess_b);
}

// The edit distance of `a` (already folded when `ignore_case`) and `b` when it is at most `k`,
// else k + 1: only the diagonal band |i - j| <= k is computed, and a row whose every cell is
// past k ends the pass. `prev`/`cur` are scratch rows of at least b.size() + 1 cells.
template <bool kFoldB>
size_t bounded_distance(std::string_view a, std::string_view b, size_t k, std::vector<uint32_t>& prev,
                        std::vector<uint32_t>& cur) {
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > k) return k + 1;
  const uint32_t over = static_cast<uint32_t>(std::min<size_t>(k + 1, UINT32_MAX - 2));
  if (prev.size() < m + 2) prev.resize(m + 2), cur.resize(m + 2);
  for (size_t j = 0; j <= m + 1 && j < prev.size(); ++j) prev[j] = j <= k ? static_cast<uint32_t>(j) : over;
  for (size_t i = 1; i <= n; ++i) {
    const size_t lo = i > k ? i - k : 1;
    const size_t hi = std::min(m, i + k);
    const unsigned char ai = static_cast<unsigned char>(a[i - 1]);
    uint32_t row_min = cur[lo - 1] = lo == 1 ? static_cast<uint32_t>(std::min<size_t>(i, over)) : over;
    for (size_t j = lo; j <= hi; ++j) {
      const unsigned char bj = kFoldB ? fold(b[j - 1]) : static_cast<unsigned char>(b[j - 1]);
      uint32_t v = prev[j - 1] + (ai == bj ? 0 : 1);
      v = std::min(v, prev[j] + 1);
      v = std::min(v, cur[j - 1] + 1);
      v = std::min(v, over);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (hi < m) cur[hi + 1] = over;
    if (row_min >= over) return k + 1;
    std::swap(prev, cur);
  }
  return std::min<size_t>(prev[m], k + 1);
}

// The folded bytes a string holds, by their low 6 bits.
inline uint64_t byte_classes(std::string_view s) {
  uint64_t m = 0;
  for (char c : s) m |= uint64_t(1) << (fold(c) & 63);
  return m;
}

// A cheaper, weaker lower bound than count_bound: each class one side holds and the other lacks
// is at least one byte in excess there.
inline size_t class_bound(uint64_t a, uint64_t b) {
  return static_cast<size_t>(std::max(__builtin_popcountll(a & ~b), __builtin_popcountll(b & ~a)));
}

}  // namespace

size_t edit_distance(std::string_view a, std::string_view b, bool ignore_case) {
  std::vector<uint32_t> prev, cur;
  const size_t k = std::max(a.size(), b.size());
  if (!ignore_case) return bounded_distance<false>(a, b, k, prev, cur);
  std::string fa(a);
  for (char& c : fa) c = static_cast<char>(fold(c));
  return bounded_distance<true>(fa, b, k, prev, cur);
}

std::string_view did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  // A candidate scores 2 x (edits ignoring case) + 1 when it differs at all. The one accepted
  // is the lowest score (the earlier on ties) when that is within 2 x max(1, min(len) / 3) + 1:
  // never past `ceiling`, so only scores up to it need computing exactly.
  const size_t ceiling = 2 * std::max<size_t>(1, word.size() / 3) + 1;
  std::string folded(word);
  for (char& c : folded) c = static_cast<char>(fold(c));
  std::array<int32_t, 256> counts{}, diff{};
  for (char c : folded) ++counts[static_cast<unsigned char>(c)];
  const uint64_t classes = byte_classes(folded);
  std::vector<uint32_t> prev, cur;
  std::string_view best;
  bool found = false;
  size_t best_score = ceiling + 1;  // a candidate must score below this
  for (std::string_view c : candidates) {
    const size_t differs = c == word ? 0 : 1;
    if (best_score < 1 + differs) continue;
    const size_t k = (best_score - 1 - differs) / 2;  // the most edits that still beat the best
    if ((folded.size() > c.size() ? folded.size() - c.size() : c.size() - folded.size()) > k) continue;
    if (class_bound(classes, byte_classes(c)) > k || count_bound(folded, counts, c, diff) > k) continue;
    const size_t d = bounded_distance<true>(folded, c, k, prev, cur);
    if (d > k) continue;
    best_score = 2 * d + differs;
    best = c;
    found = true;
  }
  if (!found || best.empty()) return {};
  const size_t limit = std::max<size_t>(1, std::min(word.size(), best.size()) / 3);
  return best_score <= limit * 2 + 1 ? best : std::string_view{};
}

}  // namespace azlint
