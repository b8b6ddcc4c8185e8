// lint/trusted_json.h: the fast reader of azlint's embedded JSON builds exactly the value
// nlohmann's parser builds, for every embedded file, and on mutated JSON either agrees with
// nlohmann or declines (never a different value, never a crash).
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/embedded.h"
#include "lint/trusted_json.h"

using azlint::read_trusted_json;
using json = nlohmann::json;

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Agrees with nlohmann or declines; the dump (number types included) is the same when it agrees.
void require_agrees(std::string_view text) {
  auto fast = read_trusted_json(text);
  if (!fast) return;
  json slow = json::parse(text, nullptr, false);
  INFO(std::string(text.substr(0, 200)));
  REQUIRE_FALSE(slow.is_discarded());
  REQUIRE(*fast == slow);
  REQUIRE(fast->dump() == slow.dump());
}

// A small deterministic generator (xorshift): the same mutations on every run.
struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  size_t below(size_t n) { return n ? static_cast<size_t>(next() % n) : 0; }
};

}  // namespace

TEST_CASE("trusted json: every embedded JSON file reads as nlohmann reads it") {
  int files = 0;
  for (auto* f = azlint::embedded_files_begin(); f != azlint::embedded_files_end(); ++f) {
    if (!ends_with(f->path, ".json")) continue;
    INFO(std::string(f->path));
    auto fast = read_trusted_json(f->content);
    json slow = json::parse(f->content, nullptr, false);
    REQUIRE_FALSE(slow.is_discarded());
    REQUIRE(fast.has_value());  // never the slow path for azlint's own files
    REQUIRE(*fast == slow);
    REQUIRE(fast->dump() == slow.dump());
    ++files;
  }
  REQUIRE(files >= 10);
}

TEST_CASE("trusted json: the value nlohmann builds, edge cases") {
  for (std::string_view text : {
           R"({"b":1,"a":2,"b":3})",                       // a repeated key: the last wins
           R"({"z":{},"y":[],"x":[[],{}],"":""})",
           R"(["\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r", "é😀", "\u0000"])",
           R"([0, -0, 1, -1, 18446744073709551615, 18446744073709551616, -9223372036854775808,
               -9223372036854775809, 1.5, -1.5e3, 1E-2, 0.1, 2.2250738585072014e-308, 1e308])",
           " \r\n\t{ \"a\" : true , \"b\" : false , \"c\" : null } \n",
           "\"top\"", "12", "null",
       }) {
    INFO(std::string(text));
    auto fast = read_trusted_json(text);
    REQUIRE(fast.has_value());
    json slow = json::parse(text);
    REQUIRE(*fast == slow);
    REQUIRE(fast->dump() == slow.dump());
  }
}

TEST_CASE("trusted json: what nlohmann refuses, it refuses") {
  for (std::string_view text : {
           "", " ", "{", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "[.5]", "[-]", "[1e]", "[+1]", "tru", "nul",
           "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[\"\\x\"]", "[\"\\u12g4\"]",
           "\"a\nb\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xE2\x82\"",
           "{\"a\" 1}", "{1:2}", "[1 2]", "[1] x", "[1e999]", "NaN", "'a'", "[1]//",
       }) {
    INFO(std::string(text));
    REQUIRE_FALSE(read_trusted_json(text).has_value());
    REQUIRE(json::parse(text, nullptr, false).is_discarded());
  }
}

TEST_CASE("trusted json: mutated JSON either agrees with nlohmann or is declined") {
  // Seeds: the hand-written edge cases and slices of an embedded schema.
  std::vector<std::string> seeds = {
      R"({"a":[1,-2,3.5e-1,"x\u00e9\ud83d\ude00",{"b":null,"c":true}],"d":"\\\"/"})",
      R"([{"type":"object","properties":{"x":{"type":"string","enum":["a","b"]}}},0,-0,1e5])",
  };
  std::string_view schema = azlint::embedded_file("schemas/openwebui.schema.json");
  REQUIRE_FALSE(schema.empty());
  seeds.emplace_back(schema);
  static const char kBytes[] = "{}[]\",:\\u0123456789abcdefABCDEF-+.eE tfn \n\t\x01\x7f\xc3\xa9\xed\xa0\x80\xff";
  Rng rng;
  int agreed = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = seeds[rng.below(seeds.size())];
    int edits = 1 + static_cast<int>(rng.below(4));
    for (int e = 0; e < edits && !text.empty(); ++e) {
      size_t at = rng.below(text.size());
      char c = kBytes[rng.below(sizeof kBytes - 1)];
      switch (rng.below(4)) {
        case 0: text[at] = c; break;                           // replace
        case 1: text.insert(text.begin() + static_cast<long>(at), c); break;  // insert
        case 2: text.erase(at, 1 + rng.below(3)); break;       // delete
        default: text.resize(at); break;                       // truncate
      }
    }
    require_agrees(text);
    if (read_trusted_json(text)) ++agreed;
  }
  REQUIRE(agreed > 100);  // the mutations reach the value-building paths, not only refusals
}

TEST_CASE("trusted json: deep nesting is declined, not a crash") {
  std::string deep(100000, '[');
  REQUIRE_FALSE(read_trusted_json(deep).has_value());
  std::string ok = std::string(500, '[') + std::string(500, ']');
  auto fast = read_trusted_json(ok);
  REQUIRE(fast.has_value());
  REQUIRE(*fast == json::parse(ok));
}
