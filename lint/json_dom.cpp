#include "lint/json_dom.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <utility>

#include <nlohmann/json.hpp>

#include "lint/utf8_append.h"

namespace azlint::dom {

using json = nlohmann::json;

namespace {

constexpr int kMaxDepth = 512;
constexpr size_t kSmallObject = 24;  // members sorted by insertion (no buffer) up to this many

// Printable ASCII other than the quote and the backslash: copied as it is inside a string.
struct PlainTable {
  bool at[256] = {};
  constexpr PlainTable() {
    for (int c = 0x20; c < 0x80; ++c) at[c] = c != '"' && c != '\\';
  }
  constexpr bool operator[](unsigned char c) const { return at[c]; }
};
constexpr PlainTable kPlain;

// Valid UTF-8 as nlohmann's lexer accepts it (no overlongs, surrogates or code points past U+10FFFF).
size_t utf8_length(const char* p, const char* end) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(p[i]); };
  auto cont = [&](size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) { return p + i < end && b(i) >= lo && b(i) <= hi; };
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

int hex4(const char* p, const char* end) {
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

// The escapes of [p, end) resolved onto out (never longer than the escaped text).
bool unescape(const char* p, const char* end, std::string& out) {
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

// Byte order, as std::string's operator< (char_traits<char> compares as unsigned char), inline:
// keys are short and mostly differ in their first bytes.
bool key_less(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  return a.size() < b.size();
}

}  // namespace

// Values are read depth first; the finished children of each open container wait on a stack and
// move to the document's node vector in one block when it closes (grandchildren are already
// there), so every container's children are contiguous. The vector is reserved once for the most
// nodes a text of this size can hold (n values take at least 2n - 1 bytes): it never reallocates,
// and the pointers between nodes stay valid.
class Reader {
 public:
  Reader(std::string_view text, Document& doc) : p_(text.data()), end_(text.data() + text.size()), doc_(doc) {}

  bool document() {
    size_t size = static_cast<size_t>(end_ - p_);
    if (size >= std::numeric_limits<uint32_t>::max()) return false;
    doc_.nodes_.reserve(size / 2 + 2);
    open_.reserve(std::min<size_t>(size / 2 + 2, 1024));
    ws();
    Value root;
    if (!value(root, 0)) return false;
    ws();
    if (p_ != end_ || doc_.nodes_.size() == doc_.nodes_.capacity()) return false;
    doc_.nodes_.push_back(root);
    doc_.root_ = &doc_.nodes_.back();
    return true;
  }

 private:
  const char* p_;
  const char* end_;
  Document& doc_;
  std::vector<Value> open_;  // the finished children of the open containers

  void ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  bool value(Value& out, int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return object(out, depth + 1);
      case '[': return array(out, depth + 1);
      case '"': {
        std::string_view s;
        if (!string(s)) return false;
        out.type_ = Type::String;
        out.v_.str = s.data();
        out.size_ = static_cast<uint32_t>(s.size());
        return true;
      }
      case 't': out.type_ = Type::Boolean; out.v_.b = true; return literal("true");
      case 'f': out.type_ = Type::Boolean; out.v_.b = false; return literal("false");
      case 'n': out.type_ = Type::Null; return literal("null");
      default: return number(out);
    }
  }

  // The children open_[mark..] as out's block of nodes.
  bool close(Value& out, Type type, size_t mark) {
    auto& nodes = doc_.nodes_;
    size_t n = open_.size() - mark;
    if (nodes.capacity() - nodes.size() < n) return false;  // cannot happen (see above): declined
    out.type_ = type;
    out.size_ = static_cast<uint32_t>(n);
    out.v_.first = nodes.data() + nodes.size();
    nodes.insert(nodes.end(), open_.begin() + static_cast<std::ptrdiff_t>(mark), open_.end());
    open_.resize(mark);
    return true;
  }

  // Members in key order (stable: of a repeated key, the last stays), as std::map keeps them.
  void sort_members(size_t mark) {
    auto first = open_.begin() + static_cast<std::ptrdiff_t>(mark);
    auto last = open_.end();
    auto before = [](const Value& a, const Value& b) { return key_less(a.key(), b.key()); };
    if (std::is_sorted(first, last, before)) {
      // sorted already (duplicates, if any, are adjacent)
    } else if (static_cast<size_t>(last - first) <= kSmallObject) {
      for (auto i = first + 1; i < last; ++i) {
        Value v = *i;
        auto j = i;
        for (; j > first && before(v, *(j - 1)); --j) *j = *(j - 1);
        *j = v;
      }
    } else {
      std::stable_sort(first, last, before);
    }
    auto out = first;
    for (auto i = first; i < last; ++i)
      if (i + 1 == last || i->key() != (i + 1)->key()) *out++ = *i;
    open_.erase(out, last);
  }

  bool object(Value& out, int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;  // '{'
    size_t mark = open_.size();
    ws();
    if (p_ < end_ && *p_ == '}') { ++p_; return close(out, Type::Object, mark); }
    for (;;) {
      ws();
      if (p_ == end_ || *p_ != '"') return false;
      std::string_view key;
      if (!string(key)) return false;
      ws();
      if (p_ == end_ || *p_ != ':') return false;
      ++p_;
      ws();
      Value v;
      if (!value(v, depth)) return false;
      v.key_ = key.data();
      v.key_size_ = static_cast<uint32_t>(key.size());
      open_.push_back(v);
      ws();
      if (p_ == end_) return false;
      if (*p_ == ',') { ++p_; continue; }
      if (*p_ == '}') break;
      return false;
    }
    ++p_;
    sort_members(mark);
    return close(out, Type::Object, mark);
  }

  bool array(Value& out, int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;  // '['
    size_t mark = open_.size();
    ws();
    if (p_ < end_ && *p_ == ']') { ++p_; return close(out, Type::Array, mark); }
    for (;;) {
      ws();
      Value v;
      if (!value(v, depth)) return false;
      open_.push_back(v);
      ws();
      if (p_ == end_) return false;
      if (*p_ == ',') { ++p_; continue; }
      if (*p_ == ']') { ++p_; return close(out, Type::Array, mark); }
      return false;
    }
  }

  // A string: a view of the text, or of its unescaped copy in the document's arena. The arena is
  // reserved for the whole text on the first escape (unescaping never lengthens a string), so it
  // never reallocates under the views already taken.
  bool string(std::string_view& out) {
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
      out = std::string_view(start, static_cast<size_t>(stop - start));
      return true;
    }
    std::string& arena = doc_.arena_;
    if (arena.empty())  // on the heap (never in the string's own buffer), for the rest of the text
      arena.reserve(std::max<size_t>(static_cast<size_t>(end_ - start), 2 * sizeof(std::string)));
    if (arena.capacity() - arena.size() < static_cast<size_t>(stop - start)) return false;  // cannot happen
    size_t from = arena.size();
    if (!unescape(start, stop, arena)) return false;
    out = std::string_view(arena.data() + from, arena.size() - from);
    return true;
  }

  // RFC 8259 numbers, typed as nlohmann types them.
  bool number(Value& out) {
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
        int64_t v = 0;
        auto r = std::from_chars(start, p_, v);
        if (r.ec == std::errc() && r.ptr == p_) { out.type_ = Type::Integer; out.v_.i = v; return true; }
      } else {
        uint64_t v = 0;
        auto r = std::from_chars(start, p_, v);
        if (r.ec == std::errc() && r.ptr == p_) { out.type_ = Type::Unsigned; out.v_.u = v; return true; }
      }
    }
    // nlohmann reads with strtod, which std::from_chars matches (correctly rounded); out of range
    // (overflow to infinity) is a parse error there, and declined here.
    double d = 0;
    auto r = std::from_chars(start, p_, d);
    if (r.ptr != p_ || r.ec != std::errc()) return false;
    out.type_ = Type::Float;
    out.v_.d = d;
    return true;
  }
};

double Value::number() const {
  switch (type_) {
    case Type::Integer: return static_cast<double>(v_.i);
    case Type::Unsigned: return static_cast<double>(v_.u);
    case Type::Float: return v_.d;
    default: return 0;
  }
}

long Value::to_long() const {
  switch (type_) {
    case Type::Integer: return static_cast<long>(v_.i);
    case Type::Unsigned: return static_cast<long>(v_.u);
    case Type::Float: {  // nlohmann casts; clamped here, so that no double is out of long's range
      constexpr double lo = static_cast<double>(std::numeric_limits<long>::min());
      constexpr double hi = static_cast<double>(std::numeric_limits<long>::max());
      if (!(v_.d > lo)) return v_.d == v_.d ? std::numeric_limits<long>::min() : 0;
      return v_.d >= hi ? std::numeric_limits<long>::max() : static_cast<long>(v_.d);
    }
    default: return 0;
  }
}

const Value* Value::find(std::string_view key) const {
  if (type_ != Type::Object) return nullptr;
  const Value* last = v_.first + size_;
  const Value* it = std::lower_bound(v_.first, last, key, [](const Value& m, std::string_view k) { return key_less(m.key(), k); });
  return it != last && it->key() == key ? it : nullptr;
}

json Value::to_json() const {
  switch (type_) {
    case Type::Null: return nullptr;
    case Type::Boolean: return v_.b;
    case Type::Integer: return json(static_cast<json::number_integer_t>(v_.i));
    case Type::Unsigned: return json(static_cast<json::number_unsigned_t>(v_.u));
    case Type::Float: return json(static_cast<json::number_float_t>(v_.d));
    case Type::String: return json(std::string(string()));
    case Type::Array: {
      json out = json::array();
      auto& arr = out.get_ref<json::array_t&>();
      arr.reserve(size_);
      for (const Value& e : *this) arr.push_back(e.to_json());
      return out;
    }
    case Type::Object: {
      json out = json::object();
      auto& obj = out.get_ref<json::object_t&>();
      for (const Value& m : *this) obj.emplace_hint(obj.end(), std::string(m.key()), m.to_json());  // in key order
      return out;
    }
  }
  return nullptr;
}

std::string Value::dump() const { return to_json().dump(); }

std::unique_ptr<const Document> Document::read(std::string_view text) {
  auto doc = std::make_unique<Document>();
  if (!Reader(text, *doc).document()) return nullptr;
  return doc;
}

std::unique_ptr<const Document> Document::read_embedded(std::string_view text) {
  if (text.empty()) return nullptr;
  if (auto fast = read(text)) return fast;
  json slow = json::parse(text, nullptr, false);
  if (slow.is_discarded()) return nullptr;
  auto doc = std::make_unique<Document>();
  doc->owned_ = slow.dump(-1, ' ', false, json::error_handler_t::replace);
  if (!Reader(doc->owned_, *doc).document()) return nullptr;
  return doc;
}

}  // namespace azlint::dom
