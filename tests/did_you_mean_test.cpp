// did_you_mean: the one-pass, ASCII-folded, length-bounded search gives the suggestion the
// two-pass search it replaced gave (kept here as the reference), on many generated inputs.
#include <algorithm>
#include <cctype>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lint/did_you_mean.h"

using namespace azlint;

namespace {

// The implementation before issue 14, verbatim: two full passes per candidate, libc tolower.
size_t reference_distance(std::string_view a, std::string_view b, bool ignore_case) {
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

std::string_view reference_did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  size_t best_d = SIZE_MAX;
  for (std::string_view c : candidates) {
    size_t d = reference_distance(word, c, true) * 2 + (reference_distance(word, c, false) ? 1 : 0);
    if (d < best_d) { best_d = d; best = c; }
  }
  if (best.empty()) return {};
  size_t limit = std::max<size_t>(1, std::min(word.size(), best.size()) / 3);
  return best_d <= limit * 2 + 1 ? best : std::string_view{};
}

// Words over a small alphabet (so near misses are common): both cases, digits, '_', '-', and
// bytes past ASCII (never folded).
std::string random_word(std::mt19937& rng, size_t max_len) {
  static const std::string alphabet = "aAbBcCeEzZ09_-\xc3\xa9\xff";
  std::uniform_int_distribution<size_t> len(0, max_len), pick(0, alphabet.size() - 1);
  std::string w(len(rng), ' ');
  for (char& c : w) c = alphabet[pick(rng)];
  return w;
}

// `w` with a few random edits (insert, delete, replace, case flip).
std::string mutate(std::mt19937& rng, std::string w) {
  std::uniform_int_distribution<int> edits(0, 4), kind(0, 3);
  for (int e = edits(rng); e > 0; --e) {
    size_t at = w.empty() ? 0 : std::uniform_int_distribution<size_t>(0, w.size() - 1)(rng);
    switch (kind(rng)) {
      case 0: w.insert(w.begin() + static_cast<long>(std::min(at, w.size())), 'x'); break;
      case 1: if (!w.empty()) w.erase(at, 1); break;
      case 2: if (!w.empty()) w[at] = 'q'; break;
      default:
        if (!w.empty()) w[at] = static_cast<char>(std::isupper(static_cast<unsigned char>(w[at])) ? std::tolower(w[at]) : std::toupper(w[at]));
    }
  }
  return w;
}

}  // namespace

TEST_CASE("did_you_mean: the same suggestion as the reference on generated inputs", "[did_you_mean]") {
  std::mt19937 rng(14);
  for (int round = 0; round < 20000; ++round) {
    const size_t max_len = round % 4 == 0 ? 40 : 12;
    std::string word = random_word(rng, max_len);
    std::vector<std::string> pool;
    const int n = std::uniform_int_distribution<int>(0, 12)(rng);
    for (int i = 0; i < n; ++i) pool.push_back(i % 3 == 0 ? random_word(rng, max_len) : mutate(rng, word));
    if (round % 7 == 0) pool.push_back(word);  // an exact match
    if (round % 11 == 0) pool.push_back("");   // an empty candidate
    std::shuffle(pool.begin(), pool.end(), rng);
    std::vector<std::string_view> candidates(pool.begin(), pool.end());
    std::string_view want = reference_did_you_mean(word, candidates);
    std::string_view got = did_you_mean(word, candidates);
    INFO("word \"" << word << "\", " << candidates.size() << " candidates");
    // the same candidate (the same object, not only equal text: ties go to the earlier one)
    REQUIRE(got.data() == want.data());
    REQUIRE(got.size() == want.size());
    for (std::string_view c : candidates) {
      REQUIRE(edit_distance(word, c) == reference_distance(word, c, false));
      REQUIRE(edit_distance(word, c, true) == reference_distance(word, c, true));
    }
  }
}

TEST_CASE("did_you_mean: case-only differences and ties", "[did_you_mean]") {
  std::vector<std::string_view> c{"AZURE_API_KEY", "azure_api_key", "AZURE_API_KEZ"};
  CHECK(did_you_mean("azure_api_key", c).data() == c[1].data());  // exact beats case-only
  CHECK(did_you_mean("Azure_Api_Key", c).data() == c[0].data());  // two case-only: the earlier
  CHECK(did_you_mean("AZURE_API_KYE", c).data() == c[0].data());
  CHECK(did_you_mean("ab", {"xyz"}).empty());
  CHECK(did_you_mean("", {""}).empty());
  CHECK(did_you_mean("abc", {}).empty());
}
