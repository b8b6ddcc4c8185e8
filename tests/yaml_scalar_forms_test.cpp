// js-yaml's integer and float forms (lint/yaml_scalar.h), scanned by hand, accept what the
// patterns they replace accept: every text of up to four characters of an alphabet that covers
// every branch, and random longer ones.
#include <catch2/catch.hpp>

#include <functional>
#include <random>
#include <string>

#include <re2/re2.h>

#include "lint/yaml_scalar.h"

using namespace azlint;

namespace {

void same_as_patterns(const std::string& s) {
  static const RE2 kInt(R"([-+]?(0b[0-1_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|(0|[1-9][0-9_]*)))");
  static const RE2 kFloat(R"([-+]?(\.[0-9]+|[0-9][0-9_]*)(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))");
  bool int_form = RE2::FullMatch(s, kInt), float_form = RE2::FullMatch(s, kFloat);
  if (js_yaml_int_form(s) == int_form && js_yaml_float_form(s) == float_form) return;  // (one CHECK per text is slow)
  INFO("text: \"" << s << "\"");
  CHECK(js_yaml_int_form(s) == int_form);
  CHECK(js_yaml_float_form(s) == float_form);
}

}  // namespace

TEST_CASE("yaml scalar forms: the js-yaml int and float scans accept what their patterns accept", "[yaml]") {
  const std::string alphabet = "0178_.+-eExboaAfFinINs";
  std::string s;
  std::function<void(size_t)> all = [&](size_t left) {
    same_as_patterns(s);
    if (left == 0) return;
    for (char c : alphabet) {
      s.push_back(c);
      all(left - 1);
      s.pop_back();
    }
  };
  all(4);
  for (const char* word : {".inf", "+.inf", "-.Inf", ".INF", ".nan", ".NaN", ".NAN", "-.nan", ".Nan", "0x_1F", "0o17", "0b101",
                           "1_000.5e-3", "1e", "1e+", ".5e10", "1..2", "0x", "0o", "0b", "+", "-"})
    same_as_patterns(word);
  std::mt19937 rng(14);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(5, 12);
  for (int n = 0; n < 20000; ++n) {
    std::string t;
    for (size_t k = length(rng); k > 0; --k) t += alphabet[pick(rng)];
    same_as_patterns(t);
  }
}
