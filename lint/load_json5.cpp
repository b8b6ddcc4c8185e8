#include "lint/load_json5.h"

#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "lint/unicode_id.h"
#include "lint/utf8_append.h"

namespace azlint {

namespace {

constexpr uint32_t kLS = 0x2028;   // LINE SEPARATOR
constexpr uint32_t kPS = 0x2029;   // PARAGRAPH SEPARATOR
constexpr uint32_t kBOM = 0xFEFF;  // ZERO WIDTH NO-BREAK SPACE (byte-order mark)

// A `syntax` finding that ends the parse.
struct Fail {
  uint32_t offset;
  std::string message;
  std::string help;
  std::vector<Note> notes;
  bool limit = false;  // one of azlint's limits, not a JSON5 error
};

struct Decoded {
  uint32_t cp;
  uint32_t len;
};

// One code point at p (the text was checked to be valid UTF-8 before parsing).
Decoded decode(std::string_view t, size_t p) {
  if (p >= t.size()) return {0, 1};
  auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(t[p + k])); };
  uint32_t c = b(0);
  if (c < 0x80) return {c, 1};
  if ((c & 0xE0) == 0xC0 && p + 1 < t.size()) return {(c & 0x1F) << 6 | (b(1) & 0x3F), 2};
  if ((c & 0xF0) == 0xE0 && p + 2 < t.size()) return {(c & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F), 3};
  if ((c & 0xF8) == 0xF0 && p + 3 < t.size())
    return {(c & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F), 4};
  return {0xFFFD, 1};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// JSON5 WhiteSpace and LineTerminator (spec §6).
bool is_json5_space(uint32_t cp) {
  return cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r' || cp == kLS || cp == kPS ||
         cp == kBOM || is_space_separator(cp);
}

std::string truncated(std::string_view s, size_t max = 40) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return std::string(s.substr(0, cut)) + "…";
}


class Parser {
 public:
  Parser(std::string_view text, const Limits& limits, NodeArena& arena) : t_(text), limits_(limits), arena_(arena) {}

  // Throws Fail; returns false for a file without a value (empty or only comments).
  bool parse(Node& root) {
    skip_space();
    if (at_end()) return false;
    State st = State::Value;
    for (;;) {
      skip_space();
      switch (st) {
        case State::Key:
          if (peek() == '}') {
            close();
            st = State::After;
            break;
          }
          stack_.back().key = parse_key();
          skip_space();
          if (peek() != ':') fail_after_key();
          ++p_;
          st = State::Value;
          break;
        case State::Item:
          if (peek() == ']') {
            close();
            st = State::After;
            break;
          }
          [[fallthrough]];
        case State::Value:
          if (peek() == '{') {
            open(Node::Kind::Mapping);
            st = State::Key;
          } else if (peek() == '[') {
            open(Node::Kind::Sequence);
            st = State::Item;
          } else {
            attach(parse_scalar());
            st = State::After;
          }
          break;
        case State::After: {
          if (stack_.empty()) {
            if (at_end()) {
              root = std::move(root_);
              return true;
            }
            throw Fail{pos(), "invalid JSON5: unexpected " + found() + " after the end of the document: a JSON5 file "
                              "holds exactly one value",
                       "remove it, or put all the values into one object or array"};
          }
          bool object = stack_.back().node.is_mapping();
          if (peek() == ',') {
            ++p_;
            st = object ? State::Key : State::Item;
          } else if (peek() == (object ? '}' : ']')) {
            close();
          } else {
            fail_after_value(object);
          }
          break;
        }
      }
    }
  }

 private:
  enum class State : uint8_t {
    Value,  // a value: the document, a property value or an array element (after ',' or '[')
    Key,    // a property name or '}' (after '{' or ',')
    Item,   // an array element or ']' (after '[' or ',')
    After,  // ',' or a closing bracket, or the end of the document
  };

  struct Frame {
    Node node;
    Node key;  // objects: the property name waiting for its value
    std::vector<Member> members;  // the children read so far (an exact-size array at close)
    std::vector<Node> items;
  };

  std::string_view t_;
  const Limits& limits_;
  NodeArena& arena_;
  std::string buf_;  // a string's text as it is unescaped
  size_t p_ = 0;
  std::vector<Frame> stack_;
  Node root_;
  uint64_t nodes_ = 0;

  bool at_end() const { return p_ >= t_.size(); }
  char peek() const { return p_ < t_.size() ? t_[p_] : '\0'; }
  char peek_at(size_t p) const { return p < t_.size() ? t_[p] : '\0'; }
  uint32_t pos() const { return static_cast<uint32_t>(p_); }

  // ---- messages ---------------------------------------------------------------------------

  // What stands at p, for "found ..." in a message.
  std::string found_at(size_t p) const {
    if (p >= t_.size()) return "the end of the file";
    char c = t_[p];
    if (c == '\n' || c == '\r') return "a line break";
    if (c == '\t') return "a tab";
    if (c == ' ') return "a space";
    if (c == '\'') return "\"'\"";
    if (static_cast<unsigned char>(c) >= 0x21 && static_cast<unsigned char>(c) < 0x7F) return fmt::format("'{}'", c);
    Decoded d = decode(t_, p);
    bool invisible = d.cp < 0x20 || (d.cp >= 0x7F && d.cp <= 0xA0) || d.cp == 0xAD || (d.cp >= 0x200B && d.cp <= 0x200F) ||
                     (d.cp >= 0x202A && d.cp <= 0x202E) || (d.cp >= 0x2060 && d.cp <= 0x206F) || d.cp >= 0xFFF0 ||
                     is_json5_space(d.cp);
    if (invisible)
      return fmt::format("U+{:04X}", d.cp);
    return fmt::format("'{}' (U+{:04X})", t_.substr(p, d.len), d.cp);
  }
  std::string found() const { return found_at(p_); }

  std::vector<Note> opener_note() const {
    if (stack_.empty()) return {};
    const Node& n = stack_.back().node;
    return {Note{n.is_mapping() ? "the object starts here" : "the array starts here",
                 {n.span.begin, n.span.begin + 1}}};
  }

  // A value was expected at p_ and something else stands there.
  [[noreturn]] void fail_value_expected() const {
    std::string expected = stack_.empty()                    ? "expected a value"
                           : stack_.back().node.is_mapping() ? "expected a value after ':'"
                                                             : "expected a value or ']'";
    std::string help;
    std::vector<Note> notes;
    if (at_end()) {
      notes = opener_note();
    } else if (peek() == '#') {
      help = "JSON5 comments start with // or /* (not #)";
    } else if (peek() == ',' && !stack_.empty() && stack_.back().node.is_sequence()) {
      help = "an array cannot hold an empty element: remove the extra ','";
    } else if (peek() == '}' || peek() == ']') {
      notes = opener_note();
      if (!stack_.empty() && stack_.back().node.is_mapping()) help = "give the property a value, e.g. null";
    }
    throw Fail{pos(), "invalid JSON5: " + expected + ", found " + found(), help, notes};
  }

  [[noreturn]] void fail_after_key() const {
    std::string help;
    char c = peek();
    if (c == '=') {
      help = "JSON5 separates a property name from its value with ':'";
    } else if (c == '"' || c == '\'' || c == '{' || c == '[' || is_digit(c) ||
               (!at_end() && is_id_start(decode(t_, p_).cp))) {
      help = "add ':' between the property name and its value";
    } else if (c == ',' || c == '}') {
      help = "give the property a value, e.g. null";
    } else if (!at_end()) {
      help = "a property name that holds spaces or punctuation must be quoted";
    }
    throw Fail{pos(), "invalid JSON5: expected ':' after a property name, found " + found(), help,
               at_end() ? opener_note() : std::vector<Note>{}};
  }

  [[noreturn]] void fail_after_value(bool object) const {
    std::string msg = object ? "invalid JSON5: expected ',' or '}' after a property value, found "
                             : "invalid JSON5: expected ',' or ']' after an array element, found ";
    std::string help;
    std::vector<Note> notes;
    char c = peek();
    if (at_end()) {
      help = object ? "close the object with '}'" : "close the array with ']'";
      notes = opener_note();
    } else if (c == '}' || c == ']') {
      help = object ? "the brackets do not match: close the object with '}'" : "the brackets do not match: close the array with ']'";
      notes = opener_note();
    } else if (c == '"' || c == '\'' || c == '{' || c == '[' || c == '\\' || is_digit(c) || c == '-' || c == '+' ||
               c == '.' || is_id_start(decode(t_, p_).cp)) {
      help = object ? "add a ',' between the properties" : "add a ',' between the elements";
    } else if (c == ':' && !object) {
      help = "an array holds values, not properties: use an object { ... } for name: value pairs";
    }
    throw Fail{pos(), msg + found(), help, notes};
  }

  // ---- structure --------------------------------------------------------------------------

  void count() {
    if (++nodes_ > limits_.max_nodes)
      throw Fail{pos(), fmt::format("the document has more than {} nodes: azlint stops here", limits_.max_nodes), {}, {}, true};
  }

  void open(Node::Kind kind) {
    if (stack_.size() >= limits_.max_depth)
      throw Fail{pos(), fmt::format("the document is nested more than {} levels deep: azlint stops here "
                                    "(no real gateway config is this deep)", limits_.max_depth), {}, {}, true};
    count();
    Frame f;
    f.node.kind = kind;
    f.node.style = Node::Style::Flow;
    f.node.span = {pos(), pos()};
    stack_.push_back(std::move(f));
    ++p_;
  }

  void close() {
    Frame& f = stack_.back();
    Node n = f.node;
    // exact size: no growth slack in the tree
    if (n.kind == Node::Kind::Mapping) n.set_members(arena_.array(f.members));
    if (n.kind == Node::Kind::Sequence) n.set_items(arena_.array(f.items));
    stack_.pop_back();
    ++p_;
    n.span.end = pos();
    attach(std::move(n));
  }

  void attach(Node n) {
    if (stack_.empty()) {
      root_ = std::move(n);
      return;
    }
    Frame& f = stack_.back();
    if (f.node.is_sequence()) {
      f.items.push_back(std::move(n));
      return;
    }
    Member m;
    m.key = std::move(f.key);
    m.value = std::move(n);
    f.members.push_back(std::move(m));
  }

  // ---- whitespace and comments ------------------------------------------------------------

  void skip_space() {
    while (p_ < t_.size()) {
      char c = t_[p_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
        ++p_;
      } else if (c == '/') {
        char n = peek_at(p_ + 1);
        if (n == '/') {
          p_ += 2;
          while (p_ < t_.size() && t_[p_] != '\n' && t_[p_] != '\r') {
            Decoded d = decode(t_, p_);
            if (d.cp == kLS || d.cp == kPS) break;
            p_ += d.len;
          }
        } else if (n == '*') {
          size_t end = t_.find("*/", p_ + 2);
          if (end == std::string_view::npos)
            throw Fail{pos(), "invalid JSON5: unterminated block comment: this /* is never closed", "close the comment with */"};
          p_ = end + 2;
        } else {
          throw Fail{pos(), "invalid JSON5: unexpected '/': a comment starts with // or /*"};
        }
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        Decoded d = decode(t_, p_);
        if (!is_json5_space(d.cp)) return;
        p_ += d.len;
      } else {
        return;
      }
    }
  }

  // ---- scalars ----------------------------------------------------------------------------

  Node parse_scalar() {
    if (at_end()) fail_value_expected();
    char c = peek();
    if (c == '"' || c == '\'') {
      count();
      return parse_string();
    }
    if (is_digit(c) || c == '-' || c == '+' || c == '.') {
      count();
      return parse_number();
    }
    Decoded d = decode(t_, p_);
    if (!is_id_start(d.cp)) fail_value_expected();
    // A word: null, true, false, Infinity, NaN, or an unquoted string (an error).
    size_t start = p_;
    while (p_ < t_.size()) {
      Decoded e = decode(t_, p_);
      if (!is_id_part(e.cp)) break;
      p_ += e.len;
    }
    std::string_view word = t_.substr(start, p_ - start);
    Node n;
    n.style = Node::Style::Plain;
    n.span = {static_cast<uint32_t>(start), pos()};
    n.text = word;
    if (word == "null") {
      n.kind = Node::Kind::Null;
      n.implicit = Node::Implicit::Null;
    } else if (word == "true" || word == "false") {
      n.kind = Node::Kind::Bool;
      n.implicit = Node::Implicit::Bool;
      n.boolean = word == "true";
    } else if (word == "Infinity" || word == "NaN") {
      n.kind = Node::Kind::Number;
      n.implicit = Node::Implicit::Float;
      n.set_number(word == "NaN" ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity());
    } else {
      p_ = start;
      std::string lower;
      for (char ch : word) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
      std::string help;
      if (lower == "true" || lower == "false" || lower == "null")
        help = "JSON5 literals are lower-case: write " + lower;
      else if (lower == "infinity" || lower == "nan")
        help = lower == "nan" ? "write NaN" : "write Infinity";
      else
        help = "quote it to make it a string: \"" + truncated(word) + "\"";
      std::string expected = stack_.empty()                    ? "expected a value"
                             : stack_.back().node.is_mapping() ? "expected a value after ':'"
                                                               : "expected a value or ']'";
      throw Fail{pos(), "invalid JSON5: " + expected + ", found the unquoted text '" + truncated(word) + "'", help};
    }
    count();
    return n;
  }

  Node parse_number() {
    size_t start = p_;
    Node n;
    n.kind = Node::Kind::Number;
    n.style = Node::Style::Plain;
    n.implicit = Node::Implicit::Int;
    bool negative = false;
    if (peek() == '+' || peek() == '-') {
      negative = peek() == '-';
      ++p_;
      std::string_view rest = t_.substr(p_);
      for (std::string_view lit : {std::string_view("Infinity"), std::string_view("NaN")}) {
        if (rest.substr(0, lit.size()) == lit) {
          p_ += lit.size();
          check_after_number();
          n.implicit = Node::Implicit::Float;
          n.set_number(lit == "NaN" ? std::numeric_limits<double>::quiet_NaN()
                                  : (negative ? -1 : 1) * std::numeric_limits<double>::infinity());
          n.span = {static_cast<uint32_t>(start), pos()};
          n.text = t_.substr(start, p_ - start);
          return n;
        }
      }
      if (!is_digit(peek()) && peek() != '.')
        throw Fail{pos(), fmt::format("invalid JSON5: expected a number after '{}', found {}", t_[start], found())};
    }
    if (peek() == '0' && (peek_at(p_ + 1) == 'x' || peek_at(p_ + 1) == 'X')) {
      p_ += 2;
      if (hex_value(peek()) < 0)
        throw Fail{pos(), fmt::format("invalid JSON5: expected a hexadecimal digit after '0{}', found {}", t_[p_ - 1], found())};
      double v = 0;
      while (hex_value(peek()) >= 0) v = v * 16 + hex_value(t_[p_++]);
      check_after_number();
      n.set_number(negative ? -v : v);
    } else {
      bool int_digits = false;
      if (peek() == '0') {
        ++p_;
        int_digits = true;
        if (is_digit(peek()))
          throw Fail{pos(), "invalid JSON5: leading zeros are not allowed",
                     "write the number without them, or quote it if the zeros matter: \"" +
                         truncated(t_.substr(start, digits_end(p_) - start)) + "\""};
      } else {
        while (is_digit(peek())) {
          ++p_;
          int_digits = true;
        }
      }
      if (peek() == '.') {
        n.implicit = Node::Implicit::Float;
        ++p_;
        bool frac = false;
        while (is_digit(peek())) {
          ++p_;
          frac = true;
        }
        if (!int_digits && !frac)
          throw Fail{pos(), "invalid JSON5: expected a digit after '.', found " + found()};
      }
      if (peek() == 'e' || peek() == 'E') {
        n.implicit = Node::Implicit::Float;
        ++p_;
        if (peek() == '+' || peek() == '-') ++p_;
        if (!is_digit(peek()))
          throw Fail{pos(), "invalid JSON5: expected a digit in the exponent, found " + found()};
        while (is_digit(peek())) ++p_;
      }
      check_after_number();
      std::string digits(t_.substr(start, p_ - start));
      if (!digits.empty() && digits[0] == '+') digits.erase(0, 1);
      n.set_number(std::strtod(digits.c_str(), nullptr));
    }
    n.span = {static_cast<uint32_t>(start), pos()};
    n.text = t_.substr(start, p_ - start);
    return n;
  }

  size_t digits_end(size_t p) const {
    while (p < t_.size() && is_digit(t_[p])) ++p;
    return p;
  }

  // ECMAScript: no IdentifierStart or digit may follow a number directly (`1a`, `0x1g`, `Infinityx`).
  void check_after_number() const {
    if (at_end()) return;
    char c = peek();
    if (is_digit(c) || c == '\\' || is_id_start(decode(t_, p_).cp))
      throw Fail{pos(), "invalid JSON5: unexpected " + found() + " right after a number",
                 "separate values with ',', or quote the text to make it a string"};
  }

  // A quoted string starting at p_ (a value or a property name).
  Node parse_string() {
    const char q = peek();
    const size_t start = p_;
    ++p_;
    Node n;
    n.kind = Node::Kind::String;
    n.style = q == '"' ? Node::Style::DoubleQuoted : Node::Style::SingleQuoted;
    std::string& out = buf_;
    out.clear();
    auto unterminated = [&](const std::string& why, std::string help) {
      return Fail{pos(), "invalid JSON5: unterminated string: " + why, std::move(help),
                  {Note{"the string starts here", {static_cast<uint32_t>(start), static_cast<uint32_t>(start + 1)}}}};
    };
    for (;;) {
      size_t run = p_;
      while (run < t_.size()) {
        char c = t_[run];
        if (c == q || c == '\\' || c == '\n' || c == '\r') break;
        ++run;
      }
      out.append(t_.data() + p_, run - p_);
      p_ = run;
      if (at_end())
        throw unterminated("the file ends before the closing " + std::string(1, q), "add the closing " + std::string(1, q));
      char c = t_[p_];
      if (c == q) {
        ++p_;
        break;
      }
      if (c == '\n' || c == '\r')
        throw unterminated("a line break is not allowed inside a string",
                           "close the string before the line break; write \\n for a newline, or end the line with \\ "
                           "to continue the string on the next line");
      // an escape
      ++p_;
      if (at_end()) throw unterminated("the file ends before the closing " + std::string(1, q), "add the closing " + std::string(1, q));
      char e = t_[p_];
      switch (e) {
        case 'b': out += '\b'; ++p_; break;
        case 'f': out += '\f'; ++p_; break;
        case 'n': out += '\n'; ++p_; break;
        case 'r': out += '\r'; ++p_; break;
        case 't': out += '\t'; ++p_; break;
        case 'v': out += '\v'; ++p_; break;
        case '\n': ++p_; break;  // line continuations
        case '\r':
          ++p_;
          if (peek() == '\n') ++p_;
          break;
        case '0':
          ++p_;
          if (is_digit(peek()))
            throw Fail{pos(), "invalid JSON5: \\0 must not be followed by a digit (octal escapes are not allowed)",
                       "write \\x00 for a NUL character, or \\x0" + std::string(1, peek()) + " for the character with that code"};
          out += '\0';
          break;
        case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
          throw Fail{pos(), fmt::format("invalid JSON5: \\{} is not a valid escape (octal escapes are not allowed)", e),
                     fmt::format("write \\x0{} for the character with that code, or {} alone for the digit", e, e)};
        case 'x': {
          ++p_;
          int hi = hex_value(peek());
          if (hi < 0) throw Fail{pos(), "invalid JSON5: expected two hexadecimal digits after \\x, found " + found()};
          ++p_;
          int lo = hex_value(peek());
          if (lo < 0) throw Fail{pos(), "invalid JSON5: expected two hexadecimal digits after \\x, found " + found()};
          ++p_;
          append_utf8(out, static_cast<uint32_t>(hi * 16 + lo));
          break;
        }
        case 'u': {
          ++p_;
          uint32_t cp = read_hex4("\\u");
          if (cp >= 0xD800 && cp <= 0xDBFF && peek() == '\\' && peek_at(p_ + 1) == 'u') {
            size_t save = p_;
            p_ += 2;
            uint32_t low = read_hex4("\\u");
            if (low >= 0xDC00 && low <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else {
              p_ = save;  // not a pair: the next escape stands on its own
            }
          }
          // A lone surrogate (valid in a JavaScript string) has no UTF-8 form: U+FFFD.
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
          append_utf8(out, cp);
          break;
        }
        default: {
          // ' " \ / and any other character stand for themselves; \ + U+2028/U+2029 continues the line
          Decoded d = decode(t_, p_);
          if (d.cp != kLS && d.cp != kPS) out.append(t_.data() + p_, d.len);
          p_ += d.len;
          break;
        }
      }
    }
    n.span = {static_cast<uint32_t>(start), pos()};
    n.text = arena_.text(out, static_cast<uint32_t>(start));
    return n;
  }

  // Four hex digits at p_ (after `\u`); fails at the first that is not one.
  uint32_t read_hex4(const char* what) {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      int h = hex_value(peek());
      if (h < 0)
        throw Fail{pos(), fmt::format("invalid JSON5: expected four hexadecimal digits after {}, found {}", what, found())};
      v = v * 16 + static_cast<uint32_t>(h);
      ++p_;
    }
    return v;
  }

  // A property name: a quoted string or an ECMAScript IdentifierName (with \uXXXX escapes).
  Node parse_key() {
    count();
    char c = peek();
    if (c == '"' || c == '\'') return parse_string();
    const size_t start = p_;
    Node n;
    n.kind = Node::Kind::String;
    n.style = Node::Style::Plain;
    std::string& out = buf_;
    out.clear();
    bool first = true;
    while (p_ < t_.size()) {
      uint32_t cp;
      size_t at = p_;
      if (t_[p_] == '\\') {
        if (peek_at(p_ + 1) != 'u') {
          p_ += 1;
          throw Fail{pos(), "invalid JSON5: expected 'u' after '\\' in a property name (\\uXXXX), found " + found(),
                     "quote the property name if it holds a backslash"};
        }
        p_ += 2;
        cp = read_hex4("\\u");
        if (!(first ? is_id_start(cp) : is_id_part(cp)))
          throw Fail{static_cast<uint32_t>(at),
                     fmt::format("invalid JSON5: the escape {} (U+{:04X}) is not a character allowed in an unquoted "
                                 "property name", t_.substr(at, 6), cp),
                     "quote the property name"};
      } else {
        Decoded d = decode(t_, p_);
        cp = d.cp;
        if (!(first ? is_id_start(cp) : is_id_part(cp))) break;
        p_ += d.len;
      }
      append_utf8(out, cp);
      first = false;
    }
    if (first) {
      std::string help;
      std::vector<Note> notes;
      if (at_end() || c == ']') notes = opener_note();
      if (at_end()) help = "close the object with '}'";
      else if (c == ',') help = "remove the extra ','";
      else if (c != ']') help = "a property name is an identifier (letters, digits, _ and $, not starting with a digit) or a quoted string";
      throw Fail{pos(), "invalid JSON5: expected a property name or '}', found " + found(), help, notes};
    }
    n.span = {static_cast<uint32_t>(start), pos()};
    n.text = arena_.text(out, static_cast<uint32_t>(start));
    return n;
  }
};

}  // namespace

LoadResult load_json5(std::shared_ptr<const SourceFile> source, const Limits& limits) {
  LoadResult r;
  r.doc.source = source;
  r.doc.format = Format::Json5;
  const std::string& text = source->text();
  if (text.size() > limits.max_file_bytes) {
    r.diagnostics.push_back(syntax_error(0, fmt::format("the file is {} bytes, larger than the {} byte limit: azlint stops "
                                                  "here (raise it with --max-file-size)", text.size(), limits.max_file_bytes)));
    return r;
  }
  if (auto p = check_encoding(text)) {
    r.diagnostics.push_back(syntax_error(p->offset, p->message));
    return r;
  }
  r.doc.arena = std::make_shared<NodeArena>(source);
  Parser parser(text, limits, *r.doc.arena);
  Node root;
  try {
    if (!parser.parse(root)) {
      r.diagnostics.push_back(syntax_error(0, "the file is empty (nothing but whitespace and comments): a JSON5 config holds one "
                                        "value, usually an object { ... }",
                                     "add the configuration, or delete the file"));
      r.rejected = LoadResult::Rejected::Empty;
      return r;
    }
  } catch (Fail& f) {
    r.doc.root = Node{};
    r.diagnostics.push_back(syntax_error(f.offset, std::move(f.message), std::move(f.help), std::move(f.notes)));
    if (!f.limit) r.rejected = LoadResult::Rejected::Syntax;
    return r;
  }
  r.doc.set_root(root);
  r.doc.parsed = true;
  return r;
}

}  // namespace azlint
