#include "lint/yaml_fast.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "lint/yaml_scalar.h"
#include "lint/yaml_tree.h"

namespace azlint {

namespace {

// Deepest nesting the reader follows (its recursion); real configs stay under 20.
constexpr size_t kMaxDepth = 64;
// Longest key read (YAML's simple keys stop at 1024 characters).
constexpr size_t kMaxKey = 1000;

// Bytes the subset never holds: control characters (tab and a CR not before LF included), DEL,
// NEL, LS, PS and a byte-order mark past the first bytes (`from`); and lines that start with
// `---`, `...` or a directive `%`.
bool outside_subset(std::string_view t, size_t from) {
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  size_t n = t.size();
  for (size_t i = from; i < n; ++i) {
    unsigned char c = p[i];
    if (c >= 0x20 && c < 0x7F) continue;
    if (c == '\n') {
      size_t s = i + 1;
      if (s < n && (p[s] == '%' || ((p[s] == '-' || p[s] == '.') && s + 2 < n && p[s + 1] == p[s] && p[s + 2] == p[s])))
        return true;
      continue;
    }
    if (c == '\r' && i + 1 < n && p[i + 1] == '\n') continue;  // CRLF; a lone CR is load_yaml's to rewrite
    if (c < 0x80) return true;
    if (c == 0xC2 && i + 1 < n && p[i + 1] == 0x85) return true;
    if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) return true;
    if (c == 0xEF && i + 2 < n && p[i + 1] == 0xBB && p[i + 2] == 0xBF) return true;
  }
  return n > from && (p[from] == '%' || ((p[from] == '-' || p[from] == '.') && n > from + 2 && p[from + 1] == p[from] &&
                                          p[from + 2] == p[from]));
}

struct Scalar {
  uint32_t begin = 0;
  uint32_t end = 0;   // after the closing quote, or after the plain text (trailing spaces trimmed)
  uint32_t stop = 0;  // where a plain scalar's scan stopped (`:`, `,`, `]`, `}`, ` #`, line end)
  bool plain = false;
  std::string text;
};

class Reader {
 public:
  // `from`: past a byte-order mark.
  Reader(std::string_view text, uint32_t from, YamlTreeBuilder& tree)
      : t_(text), n_(static_cast<uint32_t>(text.size())), b_(tree), i_(from), line_(from) {}

  bool document() {
    next_content();
    if (i_ >= n_) return false;
    if (!block_node(col())) return false;
    return i_ >= n_;
  }

 private:
  uint32_t col() const { return i_ - line_; }
  char at(uint32_t k) const { return k < n_ ? t_[k] : '\n'; }
  // The end of a line: LF, CR (always before LF, outside_subset) or the end of the text.
  bool eol(uint32_t k) const { return k >= n_ || t_[k] == '\n' || t_[k] == '\r'; }
  bool blank_or_end(uint32_t k) const { return eol(k) || t_[k] == ' '; }
  // Past the line break at k.
  uint32_t after_break(uint32_t k) const { return k >= n_ ? n_ : k + (t_[k] == '\r' ? 2 : 1); }
  bool dash_at(uint32_t k) const { return t_[k] == '-' && blank_or_end(k + 1); }
  void skip_spaces() {
    while (i_ < n_ && t_[i_] == ' ') ++i_;
  }

  // Past spaces, comments and line breaks to the next content (or the end).
  void next_content() {
    for (;;) {
      skip_spaces();
      if (i_ < n_ && t_[i_] == '#')
        while (!eol(i_)) ++i_;
      if (i_ < n_) {
        if (!eol(i_)) return;
        line_ = i_ = after_break(i_);
        continue;
      }
      return;
    }
  }

  // After a value: only spaces and a comment are left on the line.
  bool line_end() {
    uint32_t s = i_;
    skip_spaces();
    if (i_ < n_ && t_[i_] == '#') {
      if (i_ == s) return false;
      while (!eol(i_)) ++i_;
    }
    return eol(i_);
  }

  bool open(Node::Kind kind, bool flow) {
    b_.open(i_, YamlTreeBuilder::kNoAnchor, kind, flow);
    return b_.depth() <= depth_limit_;
  }

  // A plain scalar on one line; false when it starts with an indicator or holds what the
  // subset leaves to yaml-cpp.
  bool plain(uint32_t p, bool flow, Scalar& s) const {
    char c = t_[p];
    switch (c) {
      case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*': case '!': case '|':
      case '>': case '\'': case '"': case '%': case '@': case '`': case '?': case ':': case ' ': case '\n': case '\r':
        return false;
      case '-':
        if (blank_or_end(p + 1) || t_[p + 1] == '-') return false;
        break;
      default:
        break;
    }
    // input_guard's depth estimate counts the brackets of `${VAR}` and tracks quotes: brackets
    // are taken when balanced, shallow and without a quote in the same scalar
    int open = 0, deepest = 0;
    bool quote = false;
    uint32_t k = p;
    for (; k < n_; ++k) {
      char ch = t_[k];
      if (ch == '\n' || ch == '\r') break;
      if (ch == ' ' && at(k + 1) == '#') break;
      if (ch == ':' && (blank_or_end(k + 1) || (flow && (t_[k + 1] == ',' || t_[k + 1] == ']' || t_[k + 1] == '}'))))
        break;
      if (flow) {
        if (ch == ',' || ch == ']' || ch == '}') break;
        // `[`, `{`, `?` end a flow scalar too; `:`, `#`, quotes inside one are yaml-cpp's
        if (ch == '[' || ch == '{' || ch == '?' || ch == ':' || ch == '#' || ch == '"' || ch == '\'') return false;
      } else if (ch == '[' || ch == '{') {
        deepest = std::max(deepest, ++open);
      } else if ((ch == ']' || ch == '}') && open > 0) {
        --open;
      } else if (ch == '"' || ch == '\'') {
        quote = true;
      }
    }
    if (deepest > 0 && (open != 0 || quote || deepest > 2)) return false;
    uint32_t e = k;
    while (e > p && t_[e - 1] == ' ') --e;
    s.begin = p;
    s.end = e;
    s.stop = k;
    s.plain = true;
    s.text.assign(t_.data() + p, e - p);
    return true;
  }

  // A double-quoted scalar closed on its line, with the common escapes only.
  bool double_quoted(uint32_t p, Scalar& s) const {
    s.text.clear();
    uint32_t k = p + 1;
    for (;;) {
      uint32_t run = k;
      while (!eol(k) && t_[k] != '"' && t_[k] != '\\') ++k;
      s.text.append(t_.data() + run, k - run);
      if (eol(k)) return false;
      if (t_[k] == '"') break;
      switch (at(k + 1)) {
        case '\\': s.text += '\\'; break;
        case '"': s.text += '"'; break;
        case '/': s.text += '/'; break;
        case 'n': s.text += '\n'; break;
        case 't': s.text += '\t'; break;
        case 'r': s.text += '\r'; break;
        default: return false;
      }
      k += 2;
    }
    s.begin = p;
    s.end = s.stop = k + 1;
    s.plain = false;
    return true;
  }

  // A single-quoted scalar closed on its line.
  bool single_quoted(uint32_t p, Scalar& s) const {
    s.text.clear();
    bool doubled = false, odd = false;
    uint32_t k = p + 1;
    for (;;) {
      uint32_t run = k;
      while (!eol(k) && t_[k] != '\'') {
        char ch = t_[k];
        odd |= ch == '[' || ch == ']' || ch == '{' || ch == '}' || ch == ':' || ch == '#' || ch == '"';
        ++k;
      }
      s.text.append(t_.data() + run, k - run);
      if (eol(k)) return false;
      if (at(k + 1) != '\'') break;
      s.text += '\'';
      doubled = true;
      k += 2;
    }
    // input_guard's quote tracking ends the string at `''`: what follows it would count there
    if (doubled && odd) return false;
    s.begin = p;
    s.end = s.stop = k + 1;
    s.plain = false;
    return true;
  }

  bool scalar(uint32_t p, bool flow, Scalar& s) const {
    if (t_[p] == '"') return double_quoted(p, s);
    if (t_[p] == '\'') return single_quoted(p, s);
    return plain(p, flow, s);
  }

  // yaml-cpp reports `~`, `null`, an empty plain scalar as a null node.
  void emit(Scalar& s) {
    if (s.plain && is_null_word(s.text))
      b_.null_at(s.begin, YamlTreeBuilder::kNoAnchor);
    else
      b_.scalar_at(s.begin, s.plain, YamlTreeBuilder::kNoAnchor, std::move(s.text));
  }

  // `key:` at p, followed by a blank; `colon` is the offset of the `:`.
  bool key(uint32_t p, Scalar& s, uint32_t& colon) const {
    if (!scalar(p, false, s)) return false;
    colon = s.plain ? s.stop : s.end;
    if (at(colon) != ':' || !blank_or_end(colon + 1)) return false;
    return colon - p <= kMaxKey;
  }

  // An empty value: yaml-cpp marks it at the next token, where the builder looks for `~`/`null`.
  bool empty_value() {
    if (!b_.null_is_empty(i_)) return false;
    b_.null_at(i_, YamlTreeBuilder::kNoAnchor);
    return true;
  }

  bool block_node(uint32_t c) {
    if (dash_at(i_)) return block_sequence(c);
    Scalar k;
    uint32_t colon = 0;
    if (key(i_, k, colon)) return block_mapping(c);
    return false;
  }

  // The value of a key or a sequence entry that starts on its line, then the line's end; `c`:
  // the column of the collection holding it.
  bool inline_value(uint32_t c) {
    char ch = t_[i_];
    if (ch == '[' || ch == '{') return flow_collection() && line_end();
    if (ch == '|' || ch == '>') return block_scalar(c);
    Scalar s;
    if (!scalar(i_, false, s)) return false;
    if (s.plain && s.stop < n_ && t_[s.stop] == ':') return false;  // `a: b: c`
    i_ = s.end;
    emit(s);
    return line_end();
  }

  // A literal or folded block scalar (`|`, `|-`, `>`, `>-`, no indentation indicator) under the
  // collection at column `c`: its first line sets the indentation, every line has at least that
  // (a folded one exactly that), blank lines have no more, and the last line ends with a break.
  // Leaves i_ at the start of the line after it.
  bool block_scalar(uint32_t c) {
    const bool folded = t_[i_] == '>';
    const uint32_t header = i_;
    ++i_;
    const bool strip = at(i_) == '-';
    if (strip) ++i_;
    if (!line_end() || i_ >= n_) return false;
    line_ = i_ = after_break(i_);
    uint32_t ind = 0;
    while (i_ + ind < n_ && t_[i_ + ind] == ' ') ++ind;
    if (eol(i_ + ind) || ind <= c) return false;
    std::string text;
    uint32_t blank_lines = 0;
    bool first = true;
    while (i_ < n_) {
      uint32_t sp = 0;
      while (i_ + sp < n_ && t_[i_ + sp] == ' ') ++sp;
      uint32_t k = i_ + sp;
      if (eol(k)) {  // a blank line (yaml-cpp folds one as long as the indentation as text)
        if (sp > ind || (folded && sp == ind) || (k >= n_ && sp > 0)) return false;
        ++blank_lines;
        i_ = after_break(k);
        continue;
      }
      if (sp < ind) break;
      if (folded && sp > ind) return false;
      uint32_t end = k;
      while (!this->eol(end)) ++end;
      if (end >= n_) return false;  // no line break after the last line
      if (!first) {
        if (folded && blank_lines == 0) text += ' ';
        else text.append(folded ? blank_lines : blank_lines + 1, '\n');
      }
      text.append(t_.data() + i_ + ind, end - i_ - ind);
      blank_lines = 0;
      first = false;
      i_ = after_break(end);
    }
    if (!strip) text += '\n';
    line_ = i_;
    b_.scalar_at(header, false, YamlTreeBuilder::kNoAnchor, std::move(text));
    return true;
  }

  // What follows `key:` or `-` when nothing does on its line: a nested collection, an indentless
  // sequence (a mapping's value only), or an empty value.
  bool value_below(uint32_t c, bool in_mapping) {
    next_content();
    if (i_ >= n_ || col() < c) return empty_value();
    if (col() == c) {
      if (in_mapping && dash_at(i_)) return block_sequence(c);
      return empty_value();
    }
    return block_node(col());
  }

  bool block_mapping(uint32_t c) {
    if (!open(Node::Kind::Mapping, false)) return false;
    for (;;) {
      Scalar k;
      uint32_t colon = 0;
      if (!key(i_, k, colon)) return false;
      emit(k);
      i_ = colon + 1;
      skip_spaces();
      if (!eol(i_) && t_[i_] != '#') {
        if (dash_at(i_)) return false;  // `key: - a`
        if (!inline_value(c)) return false;
        next_content();
      } else if (!value_below(c, true)) {
        return false;
      }
      if (i_ >= n_ || col() < c) break;
      if (col() > c || dash_at(i_)) return false;
    }
    b_.close();
    return true;
  }

  bool block_sequence(uint32_t c) {
    if (!open(Node::Kind::Sequence, false)) return false;
    for (;;) {
      ++i_;  // the `-`
      skip_spaces();
      if (eol(i_) || t_[i_] == '#') {
        if (!value_below(c, false)) return false;
      } else {
        uint32_t c2 = col();
        Scalar k;
        uint32_t colon = 0;
        bool ok = dash_at(i_) ? block_sequence(c2)
                  : key(i_, k, colon) ? block_mapping(c2)
                                      : inline_value(c) && (next_content(), true);
        if (!ok) return false;
      }
      if (i_ >= n_ || col() < c) break;
      if (col() > c) return false;
      if (!dash_at(i_)) break;  // the next key of the mapping this sequence is indentless in
    }
    b_.close();
    return true;
  }

  // `[a, "b", [c]]` or `{a: 1, "b": {c: d}}` (scalar keys) on one line.
  bool flow_collection() {
    const bool mapping = t_[i_] == '{';
    const char close = mapping ? '}' : ']';
    if (!open(mapping ? Node::Kind::Mapping : Node::Kind::Sequence, true)) return false;
    ++i_;
    skip_spaces();
    if (at(i_) != close) {
      for (;;) {
        if (mapping && !flow_key()) return false;
        if (!flow_node()) return false;
        skip_spaces();
        if (at(i_) == close) break;
        if (at(i_) != ',') return false;
        ++i_;
        skip_spaces();
        if (at(i_) == close) return false;  // a trailing comma
      }
    }
    ++i_;
    b_.close();
    return true;
  }

  // `key: ` in a flow mapping.
  bool flow_key() {
    Scalar k;
    if (i_ >= n_ || !scalar(i_, true, k)) return false;
    uint32_t colon = k.plain ? k.stop : k.end;
    if (at(colon) != ':' || at(colon + 1) != ' ') return false;
    emit(k);
    i_ = colon + 1;
    skip_spaces();
    return true;
  }

  // An entry of a flow collection: a scalar or a nested flow collection.
  bool flow_node() {
    if (i_ >= n_) return false;
    if (t_[i_] == '[' || t_[i_] == '{') return flow_collection();
    Scalar s;
    if (!scalar(i_, true, s)) return false;
    if (s.plain && (s.stop >= n_ || (t_[s.stop] != ',' && t_[s.stop] != ']' && t_[s.stop] != '}'))) return false;
    i_ = s.end;
    emit(s);
    return true;
  }

  std::string_view t_;
  uint32_t n_;
  YamlTreeBuilder& b_;
  uint32_t i_;
  uint32_t line_;  // where the line holding i_ starts

 public:
  size_t depth_limit_ = kMaxDepth;
};

}  // namespace

std::optional<Node> read_yaml_fast(std::string_view text, const Limits& limits, NodeArena& arena) {
  const uint32_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  if (text.size() >= UINT32_MAX || outside_subset(text, bom)) return std::nullopt;
  // input_guard's depth estimate stays within a few levels of the real nesting in the subset.
  if (limits.max_depth < 16) return std::nullopt;
  YamlTreeBuilder tree(text, limits, arena);
  Reader reader(text, bom, tree);
  reader.depth_limit_ = std::min<size_t>(kMaxDepth, limits.max_depth - 8);
  try {
    if (!reader.document() || !tree.has_root()) return std::nullopt;
  } catch (const YamlTreeBuilder::TooManyNodes&) {
    return std::nullopt;
  } catch (const YamlTreeBuilder::Unclosed&) {
    return std::nullopt;
  }
  return tree.take_root();
}

}  // namespace azlint
