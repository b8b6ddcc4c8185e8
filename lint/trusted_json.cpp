#include "lint/trusted_json.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <utility>

#include "lint/utf8_append.h"

namespace azlint {

using json = nlohmann::json;

namespace {

constexpr int kMaxDepth = 512;

// Printable ASCII other than the quote and the backslash: copied as it is inside a string.
struct PlainTable {
  bool at[256] = {};
  constexpr PlainTable() {
    for (int c = 0x20; c < 0x80; ++c) at[c] = c != '"' && c != '\\';
  }
  constexpr bool operator[](unsigned char c) const { return at[c]; }
};
constexpr PlainTable kPlain;

class Reader {
 public:
  explicit Reader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  bool document(json& out) {
    ws();
    if (!value(out, 0)) return false;
    ws();
    return p_ == end_;
  }

 private:
  const char* p_;
  const char* end_;

  void ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  bool value(json& out, int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return object(out, depth + 1);
      case '[': return array(out, depth + 1);
      case '"': {
        std::string s;
        if (!string(s)) return false;
        out = json(std::move(s));
        return true;
      }
      case 't': out = true; return literal("true");
      case 'f': out = false; return literal("false");
      case 'n': out = nullptr; return literal("null");
      default: return number(out);
    }
  }

  // Members go straight into the map: with the end as hint while the keys come in order (the
  // common case), else by lookup; a repeated key keeps its last value, as nlohmann's parser does.
  bool object(json& out, int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;  // '{'
    out = json::object();
    auto& obj = out.get_ref<json::object_t&>();
    ws();
    if (p_ < end_ && *p_ == '}') { ++p_; return true; }
    std::string key;
    for (;;) {
      ws();
      if (p_ == end_ || *p_ != '"') return false;
      if (!string(key)) return false;
      ws();
      if (p_ == end_ || *p_ != ':') return false;
      ++p_;
      ws();
      json* slot = nullptr;
      if (obj.empty() || obj.rbegin()->first < key) {
        slot = &obj.emplace_hint(obj.end(), std::move(key), nullptr)->second;
      } else {
        auto [it, added] = obj.try_emplace(std::move(key));
        if (!added) it->second = nullptr;
        slot = &it->second;
      }
      key.clear();
      if (!value(*slot, depth)) return false;
      ws();
      if (p_ == end_) return false;
      if (*p_ == ',') { ++p_; continue; }
      if (*p_ == '}') { ++p_; return true; }
      return false;
    }
  }

  bool array(json& out, int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;  // '['
    out = json::array();
    auto& arr = out.get_ref<json::array_t&>();
    ws();
    if (p_ < end_ && *p_ == ']') { ++p_; return true; }
    for (;;) {
      ws();
      arr.emplace_back();
      if (!value(arr.back(), depth)) return false;
      ws();
      if (p_ == end_) return false;
      if (*p_ == ',') { ++p_; continue; }
      if (*p_ == ']') { ++p_; return true; }
      return false;
    }
  }

  // Valid UTF-8 as nlohmann's lexer accepts it (no overlongs, surrogates or code points past U+10FFFF).
  static size_t utf8_length(const char* p, const char* end) {
    auto b = [&](size_t i) { return static_cast<unsigned char>(p[i]); };
    auto cont = [&](size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
      return p + i < end && b(i) >= lo && b(i) <= hi;
    };
    unsigned c = b(0);
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
  }

  // A string; the common case (no backslash) is one range copied once.
  bool string(std::string& out) {
    ++p_;  // '"'
    const char* start = p_;
    bool escaped = false;
    while (p_ < end_) {
      while (p_ < end_ && kPlain[static_cast<unsigned char>(*p_)]) ++p_;  // the bulk: plain ASCII
      if (p_ == end_) break;
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') break;
      if (c < 0x20) return false;
      if (c == '\\') {
        escaped = true;
        if (++p_ == end_) return false;
        ++p_;
      } else if (c < 0x80) {
        ++p_;
      } else {
        size_t n = utf8_length(p_, end_);
        if (n == 0) return false;
        p_ += n;
      }
    }
    if (p_ == end_) return false;
    const char* stop = p_++;
    if (!escaped) {
      out = std::string(start, stop);  // constructed from the range: cheaper than assign's replace
      return true;
    }
    return unescape(start, stop, out);
  }

  static int hex4(const char* p, const char* end) {
    if (end - p < 4) return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = p[i];
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  static bool unescape(const char* p, const char* end, std::string& out) {
    out.reserve(static_cast<size_t>(end - p));
    while (p < end) {
      const char* bs = std::find(p, end, '\\');
      out.append(p, bs);
      if (bs == end) break;
      p = bs + 1;  // the scan guaranteed a character after each backslash
      switch (*p++) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          int hi = hex4(p, end);
          if (hi < 0) return false;
          p += 4;
          uint32_t cp = static_cast<uint32_t>(hi);
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end - p < 6 || p[0] != '\\' || p[1] != 'u') return false;
            int lo = hex4(p + 2, end);
            if (lo < 0xDC00 || lo > 0xDFFF) return false;
            p += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<uint32_t>(lo) - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default: return false;
      }
    }
    return true;
  }

  // RFC 8259 numbers, typed as nlohmann types them: unsigned, signed (leading '-'), or a double
  // for a fraction, an exponent or an integer out of range.
  bool number(json& out) {
    const char* start = p_;
    bool negative = false;
    if (p_ < end_ && *p_ == '-') { negative = true; ++p_; }
    auto digit = [&] { return p_ < end_ && *p_ >= '0' && *p_ <= '9'; };
    if (!digit()) return false;
    if (*p_ == '0') {
      ++p_;
    } else {
      while (digit()) ++p_;
    }
    bool is_float = false;
    if (p_ < end_ && *p_ == '.') {
      is_float = true;
      ++p_;
      if (!digit()) return false;
      while (digit()) ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      is_float = true;
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (!digit()) return false;
      while (digit()) ++p_;
    }
    if (!is_float) {
      if (negative) {
        json::number_integer_t v = 0;
        auto r = std::from_chars(start, p_, v);
        if (r.ec == std::errc() && r.ptr == p_) { out = v; return true; }
      } else {
        json::number_unsigned_t v = 0;
        auto r = std::from_chars(start, p_, v);
        if (r.ec == std::errc() && r.ptr == p_) { out = v; return true; }
      }
    }
    // nlohmann reads with strtod, which std::from_chars matches (correctly rounded); out of range
    // (overflow to infinity) is a parse error there, and declined here.
    json::number_float_t d = 0;
    auto r = std::from_chars(start, p_, d);
    if (r.ptr != p_ || r.ec != std::errc()) return false;
    out = d;
    return true;
  }
};

}  // namespace

std::optional<json> read_trusted_json(std::string_view text) {
  json out;
  if (!Reader(text).document(out)) return std::nullopt;
  return out;
}

json read_embedded_json(std::string_view text) {
  if (text.empty()) return json();
  if (auto fast = read_trusted_json(text)) return std::move(*fast);
  return json::parse(text, nullptr, false);
}

}  // namespace azlint
