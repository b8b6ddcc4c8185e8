// lint/json_dom.h: the compact DOM of azlint's embedded schemas is, node for node, what
// nlohmann's parser builds (types, values, member order, lookups), for every embedded JSON file;
// on edge cases and mutated JSON it agrees or declines, and the embedded reader falls back to
// nlohmann where the fast reader declines. lint/trusted_json.h's nlohmann value, built from the
// same reader, is nlohmann's parse wherever the DOM reads, and declined where it declines.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz/json_dom_same.h"
#include "lint/embedded.h"
#include "lint/json_dom.h"
#include "lint/trusted_json.h"

using azlint::dom::Document;
using azlint::fuzz::same_as_nlohmann;
using json = nlohmann::json;

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Agrees with nlohmann node for node, or declines (where nlohmann may still read it).
bool agrees_or_declines(std::string_view text) {
  auto doc = Document::read(text);
  auto value = azlint::read_trusted_json(text);
  INFO(std::string(text.substr(0, 200)));
  REQUIRE(value.has_value() == (doc != nullptr));
  if (!doc) return false;
  json slow = json::parse(text, nullptr, false);
  REQUIRE_FALSE(slow.is_discarded());
  REQUIRE(same_as_nlohmann(doc->root(), slow));
  REQUIRE(*value == slow);
  REQUIRE(value->dump() == slow.dump());
  return true;
}

}  // namespace

TEST_CASE("json dom: every embedded schema reads as nlohmann reads it, node for node") {
  int schemas = 0;
  for (auto* f = azlint::embedded_files_begin(); f != azlint::embedded_files_end(); ++f) {
    if (!ends_with(f->path, ".json")) continue;
    INFO(std::string(f->path));
    REQUIRE(agrees_or_declines(f->content));  // azlint's own files never take the fallback
    if (ends_with(f->path, ".schema.json")) ++schemas;
  }
  REQUIRE(schemas >= 5);
}

TEST_CASE("json dom: members sorted as std::map sorts keys, the last of a repeated key kept") {
  auto doc = Document::read(R"({"b":1,"a":{"y":[],"x":{}},"b":3,"\u00e9":4,"z\"":5,"":6,"B":7})");
  REQUIRE(doc);
  const auto& root = doc->root();
  std::vector<std::string> keys;
  for (const auto& m : root) keys.emplace_back(m.key());
  CHECK(keys == std::vector<std::string>{"", "B", "a", "b", "z\"", "\xc3\xa9"});
  REQUIRE(root.find("b"));
  CHECK(root.find("b")->to_long() == 3);
  CHECK(root.find("z\"")->to_long() == 5);
  CHECK(root.find("c") == nullptr);
  CHECK(root.find("a")->find("x")->is_object());
  CHECK(root.find("a")->find("x")->empty());
  CHECK(root.find("a")->find("y")->find("x") == nullptr);  // not an object
  CHECK(root.find("b")->find("b") == nullptr);
  // A long object (sorted past the insertion sort's reach) keeps the same order as nlohmann's.
  std::string big = "{";
  for (int i = 99; i >= 0; --i) big += "\"k" + std::to_string(i * 7919 % 100) + "\":" + std::to_string(i) + (i ? "," : "}");
  CHECK(agrees_or_declines(big));
}

TEST_CASE("json dom: numbers keep nlohmann's kinds, strings their escapes") {
  for (std::string_view text : {
           R"([0, -0, 1, -1, 18446744073709551615, 18446744073709551616, -9223372036854775808,
               -9223372036854775809, 1.5, -1.5e3, 1E-2, 0.1, 2.2250738585072014e-308, 1e308, 3.0])",
           R"(["\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r", "é😀", "\u0000", "", "plain"])",
           R"({"z":{},"y":[],"x":[[],{}],"":""})",
           " \r\n\t{ \"a\" : true , \"b\" : false , \"c\" : null } \n",
           "\"top\"", "12", "null", "-7", "[[[[]]]]",
       }) {
    CHECK(agrees_or_declines(text));
  }
  auto doc = Document::read(R"({"u":5,"i":-5,"f":2.5,"s":"x","t":true})");
  REQUIRE(doc);
  const auto& r = doc->root();
  CHECK(r.find("u")->type() == azlint::dom::Type::Unsigned);
  CHECK(r.find("i")->type() == azlint::dom::Type::Integer);
  CHECK(r.find("f")->is_number_float());
  CHECK(r.find("f")->to_long() == 2);
  CHECK(r.find("i")->number() == -5.0);
  CHECK(r.find("s")->string() == "x");
  CHECK(r.find("s")->number() == 0);
  CHECK(r.find("t")->boolean());
  CHECK(r.find("s")->dump() == "\"x\"");
  CHECK(r.find("f")->dump() == "2.5");
}

TEST_CASE("json dom: what nlohmann refuses, it refuses; the embedded reader falls back") {
  for (std::string_view text : {
           "", " ", "{", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "[.5]", "[-]", "[1e]", "[+1]", "tru", "nul",
           "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[\"\\x\"]", "[\"\\u12g4\"]",
           "\"a\nb\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xE2\x82\"",
           "{\"a\" 1}", "{1:2}", "[1 2]", "[1] x", "[1e999]", "NaN", "'a'", "[1]//",
       }) {
    INFO(std::string(text));
    CHECK_FALSE(Document::read(text));
    CHECK_FALSE(azlint::read_trusted_json(text));
    CHECK_FALSE(Document::read_embedded(text));
    CHECK(azlint::read_embedded_json(text).is_discarded() == !text.empty());
  }
  // A byte-order mark: declined by the fast reader, read through nlohmann's parse.
  std::string bom = "\xEF\xBB\xBF{\"b\":[1,\"\\u00e9\"],\"a\":-2.5}";
  CHECK_FALSE(Document::read(bom));
  auto doc = Document::read_embedded(bom);
  REQUIRE(doc);
  CHECK(same_as_nlohmann(doc->root(), json::parse(bom)));
  CHECK(azlint::read_embedded_json(bom) == json::parse(bom));
  // Nesting past 512: declined, not a crash.
  CHECK_FALSE(Document::read(std::string(100000, '[')));
  std::string ok = std::string(500, '[') + std::string(500, ']');
  CHECK(agrees_or_declines(ok));
}

TEST_CASE("json dom: mutated JSON either agrees with nlohmann or is declined") {
  std::vector<std::string> seeds = {
      R"({"a":[1,-2,3.5e-1,"x\u00e9\ud83d\ude00",{"b":null,"c":true}],"d":"\\\"/","a":{"\u0062":1,"b":2}})",
      R"([{"type":"object","properties":{"x":{"type":"string","enum":["a","b"]}}},0,-0,1e5])",
  };
  std::string_view schema = azlint::embedded_file("schemas/openwebui.schema.json");
  REQUIRE_FALSE(schema.empty());
  seeds.emplace_back(schema);
  static const char kBytes[] = "{}[]\",:\\u0123456789abcdefABCDEF-+.eE tfn \n\t\x01\x7f\xc3\xa9\xed\xa0\x80\xff";
  uint64_t s = 0xD1B54A32D192ED03ull;  // xorshift: the same mutations on every run
  auto below = [&](size_t n) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return n ? static_cast<size_t>(s % n) : 0;
  };
  int agreed = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = seeds[below(seeds.size())];
    int edits = 1 + static_cast<int>(below(4));
    for (int e = 0; e < edits && !text.empty(); ++e) {
      size_t at = below(text.size());
      char c = kBytes[below(sizeof kBytes - 1)];
      switch (below(4)) {
        case 0: text[at] = c; break;
        case 1: text.insert(text.begin() + static_cast<long>(at), c); break;
        case 2: text.erase(at, 1 + below(3)); break;
        default: text.resize(at); break;
      }
    }
    if (agrees_or_declines(text)) ++agreed;
  }
  REQUIRE(agreed > 100);
}
