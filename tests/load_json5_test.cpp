#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "lint/comments.h"
#include "lint/load_json5.h"
#include "test_util.h"

using namespace azlint;
using azlint::test::spanned;

namespace {

const std::string LS = "\xE2\x80\xA8";    // U+2028 LINE SEPARATOR
const std::string PS = "\xE2\x80\xA9";    // U+2029 PARAGRAPH SEPARATOR
const std::string NBSP = "\xC2\xA0";      // U+00A0
const std::string BOM = "\xEF\xBB\xBF";   // U+FEFF
const std::string FFFD = "\xEF\xBF\xBD";  // U+FFFD

LoadResult load5(const std::string& text, const Limits& limits = {}) {
  return load_json5(azlint::test::src(text, "t.json5"), limits);
}

// ---- a canonical JSON form of a Node tree ---------------------------------------------------

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else out += c;
    }
  }
  return out + "\"";
}

// null, true, false, integers as integers, floats with a '.' or an exponent (5. -> 5.0),
// Infinity / -Infinity / NaN, strings with JSON escapes, members in order (duplicates kept).
std::string canon(const Node& n) {
  switch (n.kind) {
    case Node::Kind::Null: return "null";
    case Node::Kind::Bool: return n.boolean ? "true" : "false";
    case Node::Kind::Number: {
      if (std::isnan(n.number())) return "NaN";
      if (std::isinf(n.number())) return n.number() < 0 ? "-Infinity" : "Infinity";
      if (n.implicit == Node::Implicit::Int) return fmt::format("{}", static_cast<long long>(n.number()));
      std::string s = fmt::format("{}", n.number());
      if (s.find_first_of(".e") == std::string::npos) s += ".0";
      return s;
    }
    case Node::Kind::String: return quote(n.text);
    case Node::Kind::Sequence: {
      std::string s = "[";
      for (size_t i = 0; i < n.items().size(); ++i) s += (i ? "," : "") + canon(n.items()[i]);
      return s + "]";
    }
    case Node::Kind::Mapping: {
      std::string s = "{";
      for (size_t i = 0; i < n.members().size(); ++i)
        s += (i ? "," : "") + quote(n.members()[i].key.text) + ":" + canon(n.members()[i].value);
      return s + "}";
    }
  }
  return "?";
}

// Every node's span covers exactly what was written, keys come before their values, siblings
// are in order and pointers are right.
void check_tree(const SourceFile& s, const Node& n, const std::string& ptr) {
  CHECK(n.pointer() == ptr);
  REQUIRE(n.span.begin < n.span.end);
  REQUIRE(n.span.end <= s.size());
  std::string text = spanned(s, n.span);
  switch (n.kind) {
    case Node::Kind::String:
      CHECK(n.quoted());
      CHECK(text.front() == (n.style == Node::Style::DoubleQuoted ? '"' : '\''));
      CHECK(text.back() == text.front());
      break;
    case Node::Kind::Null:
    case Node::Kind::Bool:
    case Node::Kind::Number:
      CHECK(n.style == Node::Style::Plain);
      CHECK(text == n.text);
      break;
    case Node::Kind::Sequence: {
      CHECK(n.style == Node::Style::Flow);
      CHECK(text.front() == '[');
      CHECK(text.back() == ']');
      uint32_t last = n.span.begin;
      for (size_t i = 0; i < n.items().size(); ++i) {
        CHECK(n.items()[i].key_span().empty());
        CHECK(n.items()[i].span.begin > last);
        last = n.items()[i].span.end;
        check_tree(s, n.items()[i], ptr + "/" + std::to_string(i));
      }
      CHECK(last < n.span.end);
      break;
    }
    case Node::Kind::Mapping: {
      CHECK(n.style == Node::Style::Flow);
      CHECK(text.front() == '{');
      CHECK(text.back() == '}');
      uint32_t last = n.span.begin;
      for (const Member& m : n.members()) {
        CHECK(m.key.is_string());
        CHECK(m.key.span.begin > last);
        CHECK(m.key.span.end < m.value.span.begin);
        CHECK(m.value.key_span().begin == m.key.span.begin);
        CHECK(m.value.key_span().end == m.key.span.end);
        std::string key = spanned(s, m.key.span);
        if (m.key.style == Node::Style::Plain) {
          if (key.find('\\') == std::string::npos) CHECK(key == m.key.text);
        } else {
          CHECK(key.front() == (m.key.style == Node::Style::DoubleQuoted ? '"' : '\''));
        }
        last = m.value.span.end;
        std::string p = ptr + "/" + pointer_escape(m.key.text);
        CHECK(m.key.pointer() == p);
        check_tree(s, m.value, p);
      }
      CHECK(last < n.span.end);
      break;
    }
  }
}

std::string where(const LoadResult& r) {
  if (r.diagnostics.empty()) return "none";
  Position p = r.doc.source->position(r.diagnostics[0].span.begin);
  return fmt::format("{}:{}", p.line, p.column);
}

template <class F>
auto timed(F&& f) {
  auto t0 = std::chrono::steady_clock::now();
  auto r = f();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  CHECK(ms < 5000);
  return r;
}

struct Valid {
  std::string input;
  std::string canonical;
};

struct Invalid {
  std::string input;
  std::string at;        // line:column of the first offending character
  std::string fragment;  // part of the message
};

}  // namespace

TEST_CASE("json5: every production of the grammar round-trips", "[json5]") {
  const std::vector<Valid> cases = {
      // literals
      {"null", "null"},
      {"true", "true"},
      {"false", "false"},
      // double-quoted and single-quoted strings
      {"\"\"", "\"\""},
      {"''", "\"\""},
      {"\"abc\"", "\"abc\""},
      {"'abc'", "\"abc\""},
      {"'a\"b'", "\"a\\\"b\""},
      {"\"a'b\"", "\"a'b\""},
      {"'tab\there'", "\"tab\\there\""},  // a raw tab is a SourceCharacter
      {"\"é中😀\"", "\"é中😀\""},
      // single escapes
      {R"('\'\"\\\/')", R"("'\"\\/")"},
      {R"("\b\f\n\r\t\v")", "\"\\b\\f\\n\\r\\t\\u000b\""},
      {R"("\0")", "\"\\u0000\""},
      {R"("\0a")", "\"\\u0000a\""},
      // other escaped characters stand for themselves
      {R"("\a\c\d\e\g\q\z\$\ \%")", "\"acdegqz$ %\""},
      {"\"\\é\\中\"", "\"é中\""},
      // hex and unicode escapes
      {R"("\x41\x7e\x00\xe9")", "\"A~\\u0000é\""},
      {R"("\u0041\u00e9\u4e2D\uFFFF")", "\"Aé中\xEF\xBF\xBF\""},
      {R"("\uD83D\uDE00")", "\"😀\""},
      {R"('\ud83d\ude00x')", "\"😀x\""},
      {R"("\uD800")", "\"" + FFFD + "\""},             // a lone high surrogate
      {R"("\uDC00\uD800")", "\"" + FFFD + FFFD + "\""},  // reversed: two lone surrogates
      {R"("\uD800\u0041")", "\"" + FFFD + "A\""},        // high surrogate then a non-surrogate
      // line continuations: \ + LF, CRLF, CR, U+2028, U+2029
      {"'a\\\nb'", "\"ab\""},
      {"'a\\\r\nb'", "\"ab\""},
      {"'a\\\rb'", "\"ab\""},
      {"'a\\" + LS + "b'", "\"ab\""},
      {"\"a\\" + PS + "b\"", "\"ab\""},
      // U+2028 and U+2029 are allowed raw in strings
      {"\"a" + LS + "b" + PS + "c\"", "\"a" + LS + "b" + PS + "c\""},
      // comment markers inside strings are text
      {"\"// not /* a comment */\"", "\"// not /* a comment */\""},
      // integers
      {"0", "0"},
      {"-0", "0"},
      {"+0", "0"},
      {"7", "7"},
      {"123", "123"},
      {"-123", "-123"},
      {"+123", "123"},
      {"9007199254740993", "9007199254740992"},
      // decimals, leading and trailing points, exponents
      {"1.5", "1.5"},
      {"0.0", "0.0"},
      {"0.25", "0.25"},
      {".5", "0.5"},
      {"+.5", "0.5"},
      {"-.5", "-0.5"},
      {"5.", "5.0"},
      {"-5.", "-5.0"},
      {"1e3", "1000.0"},
      {"1E3", "1000.0"},
      {"1e+3", "1000.0"},
      {"2.5e-3", "0.0025"},
      {".5e1", "5.0"},
      {"5.e1", "50.0"},
      {"0e0", "0.0"},
      {"0.5E-0", "0.5"},
      {"1e400", "Infinity"},
      // hexadecimal
      {"0x1F", "31"},
      {"0X1f", "31"},
      {"0x0", "0"},
      {"0x00ff", "255"},
      {"-0xFF", "-255"},
      {"+0xa", "10"},
      {"0xDEADBEEF", "3735928559"},
      // Infinity and NaN, signed or not
      {"Infinity", "Infinity"},
      {"+Infinity", "Infinity"},
      {"-Infinity", "-Infinity"},
      {"NaN", "NaN"},
      {"+NaN", "NaN"},
      {"-NaN", "NaN"},
      // arrays
      {"[]", "[]"},
      {"[ ]", "[]"},
      {"[1]", "[1]"},
      {"[1,]", "[1]"},
      {"[1, 2, 3,]", "[1,2,3]"},
      {"[[],[[]],{}]", "[[],[[]],{}]"},
      {"[null,true,'x',1.5,-Infinity,[],{}]", "[null,true,\"x\",1.5,-Infinity,[],{}]"},
      // objects: quoted and identifier keys, trailing commas
      {"{}", "{}"},
      {"{ }", "{}"},
      {"{a:1}", "{\"a\":1}"},
      {"{'a':1}", "{\"a\":1}"},
      {"{\"a\":1}", "{\"a\":1}"},
      {"{a:1,}", "{\"a\":1}"},
      {"{'':1, \"\":2}", "{\"\":1,\"\":2}"},
      {"{'a b':1, \"c:d\":2, 'e\\'f':3}", "{\"a b\":1,\"c:d\":2,\"e'f\":3}"},
      {"{$:1, _:2, $_a1:3, _0$:4, A:5}", "{\"$\":1,\"_\":2,\"$_a1\":3,\"_0$\":4,\"A\":5}"},
      // reserved words are IdentifierNames, so they are keys
      {"{null:1, true:2, false:3, Infinity:4, NaN:5, if:6, var:7}",
       "{\"null\":1,\"true\":2,\"false\":3,\"Infinity\":4,\"NaN\":5,\"if\":6,\"var\":7}"},
      // Unicode letters (Lu Ll Lt Lm Lo Nl), and marks, digits and connectors after the first
      {"{café:1, 中文:2, Ünïcödé:3, ǅ:4, ʰ:5, ℵ:6, Ⅻ:7}",
       "{\"café\":1,\"中文\":2,\"Ünïcödé\":3,\"ǅ\":4,\"ʰ\":5,\"ℵ\":6,\"Ⅻ\":7}"},
      {"{e\xCC\x81:1, a٣:2, a‿b:3, x\xE2\x80\x8C" "y:4, x\xE2\x80\x8D" "y:5}",
       "{\"e\xCC\x81\":1,\"a٣\":2,\"a‿b\":3,\"x\xE2\x80\x8C" "y\":4,\"x\xE2\x80\x8D" "y\":5}"},
      // \uXXXX escapes in identifier keys
      {"{\\u0061b:1}", "{\"ab\":1}"},
      {"{a\\u0062:1}", "{\"ab\":1}"},
      {"{\\u00e9t\\u00E9:1}", "{\"été\":1}"},
      {"{\\u0024:1, \\u005f:2}", "{\"$\":1,\"_\":2}"},
      {"{a\\u0031:1, a\\u200c:2}", "{\"a1\":1,\"a\xE2\x80\x8C\":2}"},
      // nesting and duplicates
      {"{a:{b:[1,{c:null}]}}", "{\"a\":{\"b\":[1,{\"c\":null}]}}"},
      {"{a:1,a:2,b:3,a:4}", "{\"a\":1,\"a\":2,\"b\":3,\"a\":4}"},
      // comments
      {"// c\n{a:1}", "{\"a\":1}"},
      {"/* c */[1]", "[1]"},
      {"{a/*x*/:/*y*/1/*z*/,/*w*/}", "{\"a\":1}"},
      {"[1//c\n,2]", "[1,2]"},
      {"1 // end", "1"},
      {"1 /* end */", "1"},
      {"1 // end\n", "1"},
      {"/** stars **/ 1 /***/", "1"},
      {"/* // */ 1", "1"},
      {"// /* \n 1", "1"},
      {"/* multi\n line\n */ {a: /* in\n between */ 1}", "{\"a\":1}"},
      {"// ends at CR\r1", "1"},
      {"// ends at LS" + LS + "1", "1"},
      {"// ends at PS" + PS + "1", "1"},
      // white space: TAB VT FF SP NBSP BOM, line terminators LF CR CRLF LS PS, other Zs
      {"\t\v\f " + NBSP + BOM + "1", "1"},
      {BOM + "{a:1}", "{\"a\":1}"},
      {"{a:1,\rb:2,\r\nc:3,\n" + LS + "d:4" + PS + "}", "{\"a\":1,\"b\":2,\"c\":3,\"d\":4}"},
      {"[\xE1\x9A\x80" "1,\xE2\x80\x80" "2\xE2\x80\x8A,\xE2\x80\xAF" "3\xE2\x81\x9F,\xE3\x80\x80]", "[1,2,3]"},
      {"\n\n  1  \n\n", "1"},
      // plain JSON is a subset
      {R"({"a": [1, 2.5, -3e2, true, false, null, "x\u0041\n"], "b": {"c": "d"}, "e": []})",
       R"({"a":[1,2.5,-300.0,true,false,null,"xA\n"],"b":{"c":"d"},"e":[]})"},
      // a realistic OpenClaw-style file
      {"// openclaw.json\n{\n  models: {\n    providers: {\n      'litellm': {\n        baseUrl: \"http://localhost:4000\",\n"
       "        apiKey: '${LITELLM_KEY}',\n        models: [{ id: 'gpt-4o', contextWindow: 128000, }],\n      },\n    },\n"
       "  },\n  agents: { defaults: { model: { primary: \"litellm/gpt-4o\" } } }, /* trailing */\n}\n",
       "{\"models\":{\"providers\":{\"litellm\":{\"baseUrl\":\"http://localhost:4000\",\"apiKey\":\"${LITELLM_KEY}\","
       "\"models\":[{\"id\":\"gpt-4o\",\"contextWindow\":128000}]}}},\"agents\":{\"defaults\":{\"model\":{\"primary\":"
       "\"litellm/gpt-4o\"}}}}"},
  };
  for (const Valid& c : cases) {
    CAPTURE(c.input);
    LoadResult r = load5(c.input);
    for (const Diagnostic& d : r.diagnostics) FAIL_CHECK(where(r) << ": " << d.message);
    REQUIRE(r.doc.parsed);
    CHECK(canon(r.doc.root) == c.canonical);
    check_tree(*r.doc.source, r.doc.root, "");
    // the canonical form is JSON5 too and reads back to itself
    LoadResult again = load5(c.canonical);
    REQUIRE(again.doc.parsed);
    CHECK(canon(again.doc.root) == c.canonical);
  }
}

TEST_CASE("json5: scalars keep their kind, style, source text and value", "[json5]") {
  auto r = load5("{a: 0x1F, b: +.5, c: 5., d: -Infinity, e: NaN, f: 'x', g: \"y\", h: null, i: true, j: 12, 'k': 1e2}");
  REQUIRE(r.doc.parsed);
  const Node& root = r.doc.root;
  CHECK(root.get("a")->text == "0x1F");
  CHECK(root.get("a")->number() == 31);
  CHECK(root.get("a")->implicit == Node::Implicit::Int);
  CHECK(root.get("b")->text == "+.5");
  CHECK(root.get("b")->number() == 0.5);
  CHECK(root.get("b")->implicit == Node::Implicit::Float);
  CHECK(root.get("c")->implicit == Node::Implicit::Float);
  CHECK(root.get("d")->text == "-Infinity");
  CHECK(std::isinf(root.get("d")->number()));
  CHECK(root.get("d")->number() < 0);
  CHECK(std::isnan(root.get("e")->number()));
  CHECK(root.get("f")->style == Node::Style::SingleQuoted);
  CHECK(root.get("g")->style == Node::Style::DoubleQuoted);
  CHECK(root.get("h")->is_null());
  CHECK(root.get("h")->text == "null");
  CHECK(root.get("i")->is_true());
  CHECK(root.get("j")->implicit == Node::Implicit::Int);
  CHECK(root.get("k")->implicit == Node::Implicit::Float);
  CHECK(root.members()[0].key.style == Node::Style::Plain);
  CHECK(root.members().back().key.style == Node::Style::SingleQuoted);
  CHECK(root.style == Node::Style::Flow);
  CHECK(r.doc.format == Format::Json5);
}

TEST_CASE("json5: every invalid input is rejected at its first offending character", "[json5]") {
  const std::vector<Invalid> cases = {
      // objects
      {"{a:1 b:2}", "1:6", "expected ',' or '}' after a property value"},
      {"{a:1 // c\n b:2}", "2:2", "expected ',' or '}' after a property value"},
      {"{a 1}", "1:4", "expected ':' after a property name"},
      {"{\"a\" 1}", "1:6", "expected ':' after a property name"},
      {"{a-b:1}", "1:3", "expected ':' after a property name"},
      {"{a:1,b}", "1:7", "expected ':' after a property name"},
      {"{a=1}", "1:3", "expected ':' after a property name"},
      {"{1:2}", "1:2", "expected a property name or '}'"},
      {"{-a:2}", "1:2", "expected a property name or '}'"},
      {"{,}", "1:2", "expected a property name or '}'"},
      {"{a:1,,}", "1:6", "expected a property name or '}'"},
      {"{a:}", "1:4", "expected a value after ':'"},
      {"{a:,}", "1:4", "expected a value after ':'"},
      {"{a:1]", "1:5", "expected ',' or '}' after a property value, found ']'"},
      {"{a:1", "1:5", "expected ',' or '}' after a property value, found the end of the file"},
      {"{a:", "1:4", "expected a value after ':', found the end of the file"},
      {"{a", "1:3", "expected ':' after a property name, found the end of the file"},
      {"{", "1:2", "expected a property name or '}', found the end of the file"},
      {"{]", "1:2", "expected a property name or '}'"},
      // identifier keys
      {"{\\u0031a:1}", "1:2", "is not a character allowed in an unquoted property name"},
      {"{a\\u002Db:1}", "1:3", "is not a character allowed in an unquoted property name"},
      {"{\\u0020:1}", "1:2", "is not a character allowed"},
      {"{\\uD83D\\uDE00:1}", "1:2", "is not a character allowed"},
      {"{\\x41:1}", "1:3", "expected 'u' after '\\'"},
      {"{\\u00G1:1}", "1:6", "expected four hexadecimal digits after \\u"},
      {"{a\xCC\x81:1, \xCC\x81:2}", "1:8", "expected a property name or '}'"},  // a mark cannot start a name
      {"{é:1 ü:2}", "1:6", "expected ',' or '}' after a property value"},
      // arrays
      {"[1 2]", "1:4", "expected ',' or ']' after an array element"},
      {"[1 /*c*/ 2]", "1:10", "expected ',' or ']' after an array element"},
      {"[,]", "1:2", "expected a value or ']'"},
      {"[1,,]", "1:4", "expected a value or ']'"},
      {"[1}", "1:3", "expected ',' or ']' after an array element, found '}'"},
      {"[1,", "1:4", "expected a value or ']', found the end of the file"},
      {"[", "1:2", "expected a value or ']', found the end of the file"},
      {"[a:1]", "1:2", "found the unquoted text 'a'"},
      {"[1:2]", "1:3", "expected ',' or ']' after an array element"},
      {"[\\u0061]", "1:2", "expected a value or ']', found '\\'"},
      // one value per document
      {"[1] 2", "1:5", "after the end of the document"},
      {"{}{}", "1:3", "after the end of the document"},
      {"[1,]]", "1:5", "after the end of the document"},
      {"{a:1}\n}", "2:1", "after the end of the document"},
      {"{a:1}" + NBSP + "x", "1:7", "after the end of the document"},
      {"1.5.3", "1:4", "after the end of the document"},
      {"0x1.5", "1:4", "after the end of the document"},
      {"1 2", "1:3", "after the end of the document"},
      // strings
      {"\"abc", "1:5", "unterminated string: the file ends"},
      {"'abc\ndef'", "1:5", "unterminated string: a line break"},
      {"\"a\rb\"", "1:3", "unterminated string: a line break"},
      {"\"a\r\nb\"", "1:3", "unterminated string: a line break"},
      {"{\"a\": 'x\"}", "1:11", "unterminated string"},
      {"'a\\", "1:4", "unterminated string"},
      {"\"abc\n", "1:5", "unterminated string"},
      {"\"\\01\"", "1:4", "\\0 must not be followed by a digit"},
      {"\"\\1\"", "1:3", "\\1 is not a valid escape"},
      {"\"\\9\"", "1:3", "\\9 is not a valid escape"},
      {"\"\\x4\"", "1:5", "expected two hexadecimal digits after \\x"},
      {"\"\\xg0\"", "1:4", "expected two hexadecimal digits after \\x"},
      {"\"\\u12\"", "1:6", "expected four hexadecimal digits after \\u"},
      {"\"\\u\"", "1:4", "expected four hexadecimal digits after \\u"},
      {"'\\u{41}'", "1:4", "expected four hexadecimal digits after \\u"},
      {"\"\\uD800\\u12\"", "1:12", "expected four hexadecimal digits after \\u"},
      // numbers
      {"01", "1:2", "leading zeros are not allowed"},
      {"00", "1:2", "leading zeros are not allowed"},
      {"-00.5", "1:3", "leading zeros are not allowed"},
      {"{port: 08080}", "1:9", "leading zeros are not allowed"},
      {"00x1", "1:2", "leading zeros are not allowed"},
      {"0x", "1:3", "expected a hexadecimal digit after '0x'"},
      {"0Xg", "1:3", "expected a hexadecimal digit after '0X'"},
      {"0x1g", "1:4", "right after a number"},
      {"1a", "1:2", "right after a number"},
      {"1e5x", "1:4", "right after a number"},
      {"1_000", "1:2", "right after a number"},
      {"-Infinityx", "1:10", "right after a number"},
      {".", "1:2", "expected a digit after '.'"},
      {".e1", "1:2", "expected a digit after '.'"},
      {"-.", "1:3", "expected a digit after '.'"},
      {"1e", "1:3", "expected a digit in the exponent"},
      {"1e+", "1:4", "expected a digit in the exponent"},
      {"1.e-x", "1:5", "expected a digit in the exponent"},
      {"+", "1:2", "expected a number after '+'"},
      {"-x", "1:2", "expected a number after '-'"},
      {"- 1", "1:2", "expected a number after '-', found a space"},
      {"-infinity", "1:2", "expected a number after '-'"},
      {"--1", "1:2", "expected a number after '-'"},
      // words
      {"tru", "1:1", "found the unquoted text 'tru'"},
      {"True", "1:1", "found the unquoted text 'True'"},
      {"NULL", "1:1", "found the unquoted text 'NULL'"},
      {"undefined", "1:1", "found the unquoted text 'undefined'"},
      {"nullx", "1:1", "found the unquoted text 'nullx'"},
      {"NaNa", "1:1", "found the unquoted text 'NaNa'"},
      {"infinity", "1:1", "found the unquoted text 'infinity'"},
      {"{a: yes}", "1:5", "expected a value after ':', found the unquoted text 'yes'"},
      {"{a: gpt-4o}", "1:5", "found the unquoted text 'gpt'"},
      {"€", "1:1", "expected a value, found '€' (U+20AC)"},
      {"\xE2\x80\x8B" "1", "1:1", "expected a value, found U+200B"},  // ZERO WIDTH SPACE is not Zs
      // comments
      {"/* open", "1:1", "unterminated block comment"},
      {"1 /* open", "1:3", "unterminated block comment"},
      {"{a: 1, /* x */ /* y", "1:16", "unterminated block comment"},
      {"/ 1", "1:1", "a comment starts with // or /*"},
      {"1 /", "1:3", "a comment starts with // or /*"},
      {"# c\n1", "1:1", "expected a value, found '#'"},
      {"{a: 1, # c\n}", "1:8", "expected a property name or '}', found '#'"},
      // positions on later lines count code points
      {"\n\n  {a: 1,\n   b 2}", "4:6", "expected ':' after a property name"},
      {"{\n  \"日本\": 'x' 'y'\n}", "2:13", "expected ',' or '}' after a property value"},
      {"{\n  k: '😀😀',\n  v: 01,\n}", "3:7", "leading zeros are not allowed"},
  };
  for (const Invalid& c : cases) {
    CAPTURE(c.input);
    LoadResult r = load5(c.input);
    CHECK_FALSE(r.doc.parsed);
    REQUIRE(r.diagnostics.size() == 1);
    const Diagnostic& d = r.diagnostics[0];
    CAPTURE(d.message);
    CHECK(d.rule == "syntax");
    CHECK(d.severity == Severity::Error);
    CHECK(where(r) == c.at);
    CHECK(d.message.find(c.fragment) != std::string::npos);
    CHECK(d.message.back() != '.');
  }
}

TEST_CASE("json5: errors say how to fix and point at the opening bracket", "[json5]") {
  SECTION("a missing comma") {
    auto r = load5("{\n  a: 1\n  b: 2\n}");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(where(r) == "3:3");
    CHECK(r.diagnostics[0].help == "add a ',' between the properties");
  }
  SECTION("an unclosed object notes where it starts") {
    auto r = load5("{\n  a: {\n    b: 1,\n");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("the end of the file") != std::string::npos);
    REQUIRE(r.diagnostics[0].notes.size() == 1);
    CHECK(r.diagnostics[0].notes[0].message == "the object starts here");
    CHECK(r.diagnostics[0].notes[0].span.begin == 7);
  }
  SECTION("mismatched brackets") {
    auto r = load5("[1, 2}");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].help.find("do not match") != std::string::npos);
    REQUIRE(r.diagnostics[0].notes.size() == 1);
    CHECK(r.diagnostics[0].notes[0].message == "the array starts here");
  }
  SECTION("an unquoted string") {
    auto r = load5("{model: gpt4o}");
    CHECK(r.diagnostics.at(0).help == "quote it to make it a string: \"gpt4o\"");
    CHECK(load5("{a: True}").diagnostics.at(0).help == "JSON5 literals are lower-case: write true");
  }
  SECTION("a string broken over two lines") {
    auto r = load5("{a: 'x\ny'}");
    CHECK(r.diagnostics.at(0).help.find("\\n") != std::string::npos);
    REQUIRE(r.diagnostics.at(0).notes.size() == 1);
    CHECK(r.diagnostics.at(0).notes[0].span.begin == 4);
  }
  SECTION("leading zeros") {
    CHECK(load5("{port: 08080}").diagnostics.at(0).help.find("\"08080\"") != std::string::npos);
  }
  SECTION("YAML-style comments") {
    CHECK(load5("# x\n{}").diagnostics.at(0).help.find("//") != std::string::npos);
  }
}

TEST_CASE("json5: keys and values keep exact spans and pointers", "[json5]") {
  std::string text =
      "{\n"
      "  outer: {\n"
      "    \"inner\": [1, 'two', {deep: null}],\n"
      "    'q': -0x10,\n"
      "  },\n"
      "}\n";
  auto r = load5(text);
  REQUIRE(r.doc.parsed);
  const SourceFile& s = *r.doc.source;
  const Node* outer = r.doc.root.get("outer");
  REQUIRE(outer);
  CHECK(spanned(s, outer->key_span()) == "outer");
  CHECK(spanned(s, outer->span) == "{\n    \"inner\": [1, 'two', {deep: null}],\n    'q': -0x10,\n  }");
  const Node* inner = find_pointer(r.doc.root, "/outer/inner");
  REQUIRE(inner);
  CHECK(spanned(s, inner->key_span()) == "\"inner\"");
  CHECK(spanned(s, inner->span) == "[1, 'two', {deep: null}]");
  const Node* two = find_pointer(r.doc.root, "/outer/inner/1");
  REQUIRE(two);
  CHECK(spanned(s, two->span) == "'two'");
  CHECK(two->key_span().empty());
  const Node* deep = find_pointer(r.doc.root, "/outer/inner/2/deep");
  REQUIRE(deep);
  CHECK(deep->pointer() == "/outer/inner/2/deep");
  CHECK(spanned(s, deep->key_span()) == "deep");
  CHECK(spanned(s, deep->span) == "null");
  CHECK(s.position(deep->span.begin).line == 3);
  CHECK(s.position(deep->span.begin).column == 32);
  const Node* q = find_pointer(r.doc.root, "/outer/q");
  REQUIRE(q);
  CHECK(spanned(s, q->key_span()) == "'q'");
  CHECK(spanned(s, q->span) == "-0x10");
  CHECK(q->number() == -16);
  CHECK(spanned(s, r.doc.root.span) == text.substr(0, text.size() - 1));
  CHECK(r.doc.root.pointer().empty());
  check_tree(s, r.doc.root, "");
}

TEST_CASE("json5: spans after multi-byte UTF-8 and \\u escapes in keys", "[json5]") {
  SECTION("multi-byte keys and values") {
    auto r = load5("{\"é中\": \"ü😀\", 日本: 'x', next: 1}");
    REQUIRE(r.doc.parsed);
    const SourceFile& s = *r.doc.source;
    const Node* a = r.doc.root.get("é中");
    REQUIRE(a);
    CHECK(spanned(s, a->key_span()) == "\"é中\"");
    CHECK(spanned(s, a->span) == "\"ü😀\"");
    CHECK(a->text == "ü😀");
    const Node* b = r.doc.root.get("日本");
    REQUIRE(b);
    CHECK(spanned(s, b->key_span()) == "日本");
    const Node* next = r.doc.root.get("next");
    REQUIRE(next);
    CHECK(spanned(s, next->key_span()) == "next");
    CHECK(spanned(s, next->span) == "1");
    CHECK(s.position(next->key_span().begin).column == 23);  // code points, not bytes
  }
  SECTION("escaped identifier keys keep their source span and their decoded name") {
    auto r = load5("{\\u0061bc: 1, d\\u00e9f: [2], g: 3}");
    REQUIRE(r.doc.parsed);
    const SourceFile& s = *r.doc.source;
    const Member& abc = r.doc.root.members().at(0);
    CHECK(abc.key.text == "abc");
    CHECK(abc.key.style == Node::Style::Plain);
    CHECK(spanned(s, abc.key.span) == "\\u0061bc");
    CHECK(abc.value.pointer() == "/abc");
    CHECK(spanned(s, abc.value.span) == "1");
    const Node* def = r.doc.root.get("déf");
    REQUIRE(def);
    CHECK(spanned(s, def->key_span()) == "d\\u00e9f");
    CHECK(spanned(s, def->span) == "[2]");
    CHECK(find_pointer(r.doc.root, "/déf/0")->number() == 2);
    CHECK(spanned(s, r.doc.root.get("g")->key_span()) == "g");
    CHECK(spanned(s, r.doc.root.get("g")->span) == "3");
  }
  SECTION("string escapes do not shift later spans") {
    auto r = load5("{'\\u0041\\n\\\n': \"\\uD83D\\uDE00\", z: true}");
    REQUIRE(r.doc.parsed);
    const SourceFile& s = *r.doc.source;
    CHECK(r.doc.root.members().at(0).key.text == "A\n");
    CHECK(spanned(s, r.doc.root.members().at(0).value.span) == "\"\\uD83D\\uDE00\"");
    CHECK(spanned(s, r.doc.root.get("z")->span) == "true");
    CHECK(spanned(s, r.doc.root.get("z")->key_span()) == "z");
  }
  SECTION("JSON Pointer tokens are escaped") {
    auto r = load5("{'a/b': {'~': 1}}");
    REQUIRE(r.doc.parsed);
    const Node* n = find_pointer(r.doc.root, "/a~1b/~0");
    REQUIRE(n);
    CHECK(n->pointer() == "/a~1b/~0");
  }
  SECTION("a byte-order mark does not shift positions") {
    auto r = load5(BOM + "{key: \"value\"}");
    REQUIRE(r.doc.parsed);
    CHECK(spanned(*r.doc.source, r.doc.root.get("key")->span) == "\"value\"");
    CHECK(r.doc.root.span.begin == 3);
  }
}

TEST_CASE("json5: duplicate keys stay visible and lookup takes the last", "[json5]") {
  auto r = load5("{a: 1, b: 2, 'a': 3, \"a\": {x: 1}, \\u0061: 5}");
  REQUIRE(r.doc.parsed);
  const Node& root = r.doc.root;
  REQUIRE(root.members().size() == 5);
  CHECK(root.get("a")->number() == 5);
  CHECK(root.get("b")->number() == 2);
  CHECK(root.members()[0].key.span.begin == 1);
  CHECK(root.members()[2].key.span.begin == 13);
  CHECK(root.members()[2].key.style == Node::Style::SingleQuoted);
  CHECK(root.members()[3].value.get("x") != nullptr);
  CHECK(root.members()[0].value.pointer() == "/a");
  CHECK(root.members()[4].value.pointer() == "/a");
}

TEST_CASE("json5: guards stop hostile input quickly with a clear message", "[json5][guards]") {
  SECTION("100 000 nested arrays") {
    auto r = timed([] { return load5(std::string(100000, '[') + std::string(100000, ']')); });
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("nested more than 256 levels") != std::string::npos);
    CHECK(r.diagnostics[0].span.begin == 256);
  }
  SECTION("100 000 nested objects") {
    std::string t;
    for (int i = 0; i < 100000; ++i) t += "{\"a\":";
    auto r = timed([&] { return load5(t + "1" + std::string(100000, '}')); });
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("nested more than 256 levels") != std::string::npos);
    CHECK(r.diagnostics[0].span.begin == 256 * 5);
  }
  SECTION("the parser itself does not recurse: 100 000 levels with the depth guard off") {
    Limits no_depth;
    no_depth.max_depth = 1'000'000;
    auto r = timed([&] { return load5(std::string(100000, '['), no_depth); });
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("expected a value or ']', found the end of the file") != std::string::npos);
    std::string t;
    for (int i = 0; i < 100000; ++i) t += "{\"a\":";
    auto r2 = timed([&] { return load5(t, no_depth); });
    REQUIRE(r2.diagnostics.size() == 1);
    CHECK(r2.diagnostics[0].message.find("found the end of the file") != std::string::npos);
  }
  SECTION("the depth limit is exact") {
    Limits l;
    l.max_depth = 3;
    CHECK(load5("[[[1]]]", l).doc.parsed);
    CHECK(load5("{a:{b:[]}}", l).doc.parsed);
    auto r = load5("[[[[1]]]]", l);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].span.begin == 3);
  }
  SECTION("a 10 MiB string") {
    std::string big(10u << 20, 'x');
    auto r = timed([&] { return load5("{s: '" + big + "'}"); });
    REQUIRE(r.doc.parsed);
    CHECK(r.doc.root.get("s")->text.size() == big.size());
    auto open = timed([&] { return load5("{s: '" + big); });
    REQUIRE(open.diagnostics.size() == 1);
    CHECK(open.diagnostics[0].message.find("unterminated string") != std::string::npos);
    CHECK(open.diagnostics[0].notes.at(0).span.begin == 4);
  }
  SECTION("many nodes") {
    Limits l;
    l.max_nodes = 100;
    std::string t = "[";
    for (int i = 0; i < 1000; ++i) t += "1,";
    auto r = timed([&] { return load5(t + "]", l); });
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("more than 100 nodes") != std::string::npos);
    std::string wide = "[";
    for (int i = 0; i < 50000; ++i) wide += "{a:1},";
    auto ok = timed([&] { return load5(wide + "]"); });
    CHECK(ok.doc.parsed);
  }
  SECTION("a file larger than the limit") {
    Limits l;
    l.max_file_bytes = 10;
    auto r = load5("[1, 2, 3, 4, 5]", l);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("larger than the 10 byte limit") != std::string::npos);
  }
  SECTION("invalid UTF-8 and NUL bytes") {
    auto bad = load5("{a: \"\xff\"}");
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].message.find("invalid UTF-8") != std::string::npos);
    CHECK(bad.diagnostics[0].span.begin == 5);
    auto overlong = load5("{a: '\xC0\xAF'}");
    CHECK(overlong.diagnostics.at(0).message.find("invalid UTF-8") != std::string::npos);
    auto surrogate = load5("['\xED\xA0\x80']");
    CHECK(surrogate.diagnostics.at(0).message.find("invalid UTF-8") != std::string::npos);
    auto nul = load5(std::string("{a: 1}\0", 7));
    REQUIRE(nul.diagnostics.size() == 1);
    CHECK(nul.diagnostics[0].message.find("NUL") != std::string::npos);
    CHECK(nul.diagnostics[0].span.begin == 6);
    CHECK_FALSE(nul.doc.parsed);
  }
  SECTION("empty files and files of comments only") {
    for (std::string t : {std::string(""), std::string(" \n\t\r\n"), BOM, std::string("// only a comment\n"),
                          std::string("/* a */ // b\n/* c\n */")}) {
      CAPTURE(t);
      auto r = load5(t);
      CHECK_FALSE(r.doc.parsed);
      REQUIRE(r.diagnostics.size() == 1);
      CHECK(r.diagnostics[0].message.find("the file is empty") == 0);
      CHECK(r.diagnostics[0].span.begin == 0);
    }
  }
  SECTION("an unterminated block comment") {
    auto r = timed([] { return load5("{a: 1, /* " + std::string(1u << 20, '*') + "\n"); });
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("unterminated block comment") != std::string::npos);
    CHECK(r.diagnostics[0].span.begin == 7);
  }
  SECTION("a long run of comments and whitespace") {
    std::string t;
    for (int i = 0; i < 200000; ++i) t += "/* c */ // d\n";
    auto r = timed([&] { return load5(t + "{}"); });
    CHECK(r.doc.parsed);
  }
}

TEST_CASE("json5: comments are found outside strings", "[json5][comments]") {
  std::string t =
      "// first\n"
      "{\n"
      "  \"s\": \"// not a comment\", /* block */ 'x': '/* no */',\n"
      "  /* multi\n"
      "     line */ y: 'a\\\n"
      "// still in the string', // after\r\n"
      "}\n";
  auto cs = scan_json5_comments(t);
  REQUIRE(cs.size() == 4);
  CHECK(cs[0].text == " first");
  CHECK(cs[0].offset == 0);
  CHECK(cs[0].line == 1);
  CHECK(cs[0].own_line);
  CHECK_FALSE(cs[0].block);
  CHECK(cs[1].text == " block ");
  CHECK(cs[1].block);
  CHECK(cs[1].line == 3);
  CHECK_FALSE(cs[1].own_line);
  CHECK(t.substr(cs[1].offset, 2) == "/*");
  CHECK(cs[2].text == " multi\n     line ");
  CHECK(cs[2].line == 4);
  CHECK(cs[2].own_line);
  CHECK(cs[3].text == " after");
  CHECK(cs[3].line == 6);
  CHECK_FALSE(cs[3].own_line);
  CHECK(t.substr(cs[3].offset, 8) == "// after");
  // `end` is just past the comment: the whole comment is [offset, end)
  CHECK(t.substr(cs[0].offset, cs[0].end - cs[0].offset) == "// first");
  CHECK(t.substr(cs[1].offset, cs[1].end - cs[1].offset) == "/* block */");
  CHECK(t.substr(cs[2].offset, cs[2].end - cs[2].offset) == "/* multi\n     line */");
  CHECK(t.substr(cs[3].offset, cs[3].end - cs[3].offset) == "// after");

  SECTION("tolerant of broken input") {
    auto open = scan_json5_comments("{a: 'x\n// c\n/* never closed");
    REQUIRE(open.size() == 2);
    CHECK(open[0].text == " c");
    CHECK(open[0].line == 2);
    CHECK(open[1].text == " never closed");
    CHECK(open[1].line == 3);
    CHECK(open[1].end == 27);  // the end of the text
    CHECK(scan_json5_comments("").empty());
    CHECK(scan_json5_comments("/").empty());
    CHECK(scan_json5_comments("//").at(0).text.empty());
  }
  SECTION("expectation comments of a fixture") {
    const std::string text = BOM + "// expect-file: syntax\n{ a: 1, // expect: duplicate-key@3\n}";
    auto e = scan_json5_comments(text);  // views into text
    REQUIRE(e.size() == 2);
    CHECK(e[0].own_line);
    CHECK(e[1].text == " expect: duplicate-key@3");
    CHECK(e[1].line == 2);
  }
}

TEST_CASE("comments: YAML comments know where they end too", "[json5][comments]") {
  std::string t = "a: 1 # hi\r\n# own\n";
  auto cs = scan_yaml_comments(t);
  REQUIRE(cs.size() == 2);
  CHECK(t.substr(cs[0].offset, cs[0].end - cs[0].offset) == "# hi");
  CHECK(t.substr(cs[1].offset, cs[1].end - cs[1].offset) == "# own");
  CHECK_FALSE(cs[0].block);
}
