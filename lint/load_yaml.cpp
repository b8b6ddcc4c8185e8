#include "lint/load_yaml.h"

#include <map>
#include <sstream>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include "lint/yaml_scalar.h"

namespace azlint {

namespace {

struct TooManyNodes {};
struct Unclosed {
  uint32_t offset;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// yaml-cpp can mark a position after the first byte of a multi-byte character (an unknown escape
// `\<U+FEFF>`: fuzz_yaml); back off to the character's first byte.
uint32_t char_start(std::string_view t, uint32_t p) {
  while (p > 0 && p < t.size() && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
  return p;
}

// Skip node properties (&anchor, !tag) written before a value.
uint32_t skip_properties(std::string_view t, uint32_t p) {
  while (p < t.size() && (t[p] == '&' || t[p] == '!')) {
    while (p < t.size() && !is_blank(t[p])) ++p;
    while (p < t.size() && is_blank(t[p])) ++p;
  }
  return p;
}

// End of a scalar that starts at p (after properties).
uint32_t scalar_end(std::string_view t, uint32_t p, bool in_flow) {
  if (p >= t.size()) return p;
  char c = t[p];
  if (c == '"') {
    for (uint32_t i = p + 1; i < t.size(); ++i) {
      if (t[i] == '\\') { ++i; continue; }
      if (t[i] == '"') return i + 1;
    }
    return static_cast<uint32_t>(t.size());
  }
  if (c == '\'') {
    for (uint32_t i = p + 1; i < t.size(); ++i) {
      if (t[i] == '\'') {
        if (i + 1 < t.size() && t[i + 1] == '\'') { ++i; continue; }
        return i + 1;
      }
    }
    return static_cast<uint32_t>(t.size());
  }
  if (c == '|' || c == '>') {
    // Block scalar: the lines after the header that are blank or indented deeper than
    // the line holding the header.
    uint32_t ls = p;
    while (ls > 0 && t[ls - 1] != '\n') --ls;
    uint32_t header_indent = 0;
    while (ls + header_indent < t.size() && t[ls + header_indent] == ' ') ++header_indent;
    uint32_t end = p + 1;
    while (end < t.size() && t[end] != '\n') ++end;
    uint32_t line = end < t.size() ? end + 1 : end;
    while (line < t.size()) {
      uint32_t i = line, ind = 0;
      while (i < t.size() && t[i] == ' ') { ++i; ++ind; }
      uint32_t le = i;
      while (le < t.size() && t[le] != '\n') ++le;
      bool blank = true;
      for (uint32_t k = i; k < le; ++k) if (!is_blank(t[k])) blank = false;
      if (!blank && ind <= header_indent) break;
      if (!blank) { end = le; if (end > 0 && t[end - 1] == '\r') --end; }
      line = le < t.size() ? le + 1 : le;
    }
    return end;
  }
  // Plain scalar: up to a comment, a `: `, a flow indicator in flow context, or the line end;
  // continuation lines (more indented, not `key:`/`- `) are not followed here.
  uint32_t i = p;
  while (i < t.size()) {
    char ch = t[i];
    if (ch == '\n' || ch == '\r') break;
    if (ch == '#' && i > p && (t[i - 1] == ' ' || t[i - 1] == '\t')) break;
    if (ch == ':' && (i + 1 == t.size() || is_blank(t[i + 1]) || (in_flow && (t[i + 1] == ',' || t[i + 1] == ']' || t[i + 1] == '}'))))
      break;
    if (in_flow && (ch == ',' || ch == ']' || ch == '}' || ch == '[' || ch == '{')) break;
    ++i;
  }
  while (i > p && (t[i - 1] == ' ' || t[i - 1] == '\t')) --i;
  return i;
}

// The closing bracket of a flow collection whose last child ends at p.
uint32_t flow_end(std::string_view t, uint32_t p, char close) {
  for (uint32_t i = p; i < t.size(); ++i) {
    char ch = t[i];
    if (ch == close) return i + 1;
    if (ch == '#') { while (i < t.size() && t[i] != '\n') ++i; continue; }
    if (!is_blank(ch) && ch != ',') break;
  }
  return p;
}

bool is_null_literal(std::string_view t, uint32_t p) {
  std::string_view rest = t.substr(p);
  for (std::string_view lit : {"~", "null", "Null", "NULL"}) {
    if (rest.substr(0, lit.size()) == lit &&
        (rest.size() == lit.size() || is_blank(rest[lit.size()]) || rest[lit.size()] == ',' ||
         rest[lit.size()] == ']' || rest[lit.size()] == '}' || rest[lit.size()] == '#'))
      return true;
  }
  return false;
}

size_t subtree_size(const Node& n) {
  size_t s = 1;
  for (const Member& m : n.members) s += 1 + subtree_size(m.value);
  for (const Node& i : n.items) s += subtree_size(i);
  return s;
}

class Builder final : public YAML::EventHandler {
 public:
  Builder(std::string_view text, const Limits& limits) : t_(text), limits_(limits) {}

  Node take_root() { return std::move(root_); }
  bool has_root() const { return has_root_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node n;
    n.kind = Node::Kind::Null;
    n.implicit = Node::Implicit::Null;
    uint32_t p = skip_properties(t_, pos(mark));
    if (is_null_literal(t_, p)) {
      n.span = {p, scalar_end(t_, p, flow_ > 0)};
      n.text = std::string(t_.substr(n.span.begin, n.span.end - n.span.begin));
    } else {
      n.span = {kEmpty, kEmpty};  // an empty value; placed after its key below
    }
    finish(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    Node n;
    if (it != anchors_.end()) {
      alias_nodes_ += it->second.second;
      if (alias_nodes_ > limits_.max_alias_nodes) throw TooManyNodes{};
      count(it->second.second);
      n = it->second.first;
    }
    uint32_t p = pos(mark);
    uint32_t e = p;
    while (e < t_.size() && !is_blank(t_[e]) && t_[e] != ',' && t_[e] != ']' && t_[e] != '}') ++e;
    n.span = {p, e};
    n.key_span = {};
    finish(std::move(n), YAML::NullAnchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Node n;
    uint32_t p = skip_properties(t_, pos(mark));
    n.span = {p, scalar_end(t_, p, flow_ > 0)};
    n.text = value;
    if (p < t_.size() && (t_[p] == '"' || t_[p] == '\'') &&
        (n.span.end - p < 2 || t_[n.span.end - 1] != t_[p]))
      throw Unclosed{p};  // yaml-cpp accepts a quote left open at the end of the file; js-yaml does not
    char c = p < t_.size() ? t_[p] : 0;
    n.style = c == '"' ? Node::Style::DoubleQuoted
              : c == '\'' ? Node::Style::SingleQuoted
              : c == '|' ? Node::Style::Literal
              : c == '>' ? Node::Style::Folded
                         : Node::Style::Plain;
    n.kind = Node::Kind::String;
    if (tag == "?") {
      ScalarType st = resolve_plain_scalar_js_yaml(value);
      n.kind = st.kind;
      n.implicit = st.implicit;
      n.boolean = st.boolean;
      n.number = st.number;
    }
    finish(std::move(n), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, anchor, Node::Kind::Sequence, style);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, anchor, Node::Kind::Mapping, style);
  }
  void OnMapEnd() override { close(); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;

  struct Frame {
    Node node;
    YAML::anchor_t anchor = YAML::NullAnchor;
    bool flow = false;
    bool have_key = false;
    Node key;
  };

  uint32_t pos(const YAML::Mark& m) const {
    if (m.pos < 0) return static_cast<uint32_t>(t_.size());
    return char_start(t_, std::min<uint32_t>(static_cast<uint32_t>(m.pos) + bom_, static_cast<uint32_t>(t_.size())));
  }

  void count(size_t n) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes) throw TooManyNodes{};
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, Node::Kind kind, YAML::EmitterStyle::value style) {
    count(1);
    Frame f;
    f.node.kind = kind;
    uint32_t p = skip_properties(t_, pos(mark));
    f.node.span = {p, p};
    f.flow = style == YAML::EmitterStyle::Flow;
    f.node.style = f.flow ? Node::Style::Flow : Node::Style::Block;
    f.anchor = anchor;
    if (f.flow) ++flow_;
    stack_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    Node& n = f.node;
    uint32_t last = n.span.begin;
    if (!n.members.empty()) last = std::max(n.members.back().value.span.end, n.members.back().key.span.end);
    if (!n.items.empty()) last = n.items.back().span.end;
    if (f.flow) {
      --flow_;
      last = flow_end(t_, std::max(last, n.span.begin + 1), n.kind == Node::Kind::Mapping ? '}' : ']');
    }
    n.span.end = std::max(last, n.span.begin);
    if (n.kind == Node::Kind::Mapping) apply_merge_keys(n);
    n.members.shrink_to_fit();  // growth slack would otherwise double the tree's memory
    n.items.shrink_to_fit();
    finish(std::move(n), f.anchor);
  }

  // js-yaml's merge keys: `<<: *defaults` (or a list of them) adds the keys not already set.
  void apply_merge_keys(Node& map) {
    bool any = false;
    for (const Member& m : map.members) any |= m.key.text == "<<" && m.key.style == Node::Style::Plain;
    if (!any) return;
    std::vector<Member> own, merged;
    for (Member& m : map.members) {
      if (m.key.text == "<<" && m.key.style == Node::Style::Plain) {
        if (m.value.is_mapping()) {
          for (Member& mm : m.value.members) merged.push_back(mm);
        } else if (m.value.is_sequence()) {
          for (Node& src : m.value.items)
            if (src.is_mapping())
              for (Member& mm : src.members) merged.push_back(mm);
        }
      } else {
        own.push_back(std::move(m));
      }
    }
    for (Member& mm : merged) {
      bool present = false;
      for (const Member& o : own) present |= o.key.text == mm.key.text;
      if (!present) own.push_back(std::move(mm));
    }
    map.members = std::move(own);
  }

  void finish(Node n, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) {
      Node copy = n;
      if (copy.span.begin == kEmpty) copy.span = {};
      anchors_[anchor] = {copy, subtree_size(copy)};
    }
    if (n.kind != Node::Kind::Mapping && n.kind != Node::Kind::Sequence) count(1);
    if (stack_.empty()) {
      if (n.span.begin == kEmpty) n.span = {0, 0};
      root_ = std::move(n);
      has_root_ = true;
      return;
    }
    Frame& parent = stack_.back();
    if (parent.node.kind == Node::Kind::Sequence) {
      if (n.span.begin == kEmpty) n.span = {parent.node.span.end, parent.node.span.end};
      parent.node.items.push_back(std::move(n));
      parent.node.span.end = std::max(parent.node.span.end, parent.node.items.back().span.end);
      return;
    }
    if (!parent.have_key) {
      if (n.span.begin == kEmpty) n.span = {parent.node.span.end, parent.node.span.end};
      parent.key = std::move(n);
      parent.have_key = true;
      return;
    }
    Member m;
    m.key = std::move(parent.key);
    parent.have_key = false;
    if (n.span.begin == kEmpty) {
      // An empty value: a zero-width span right after the key's colon.
      uint32_t e = m.key.span.end;
      if (e < t_.size() && t_[e] == ':') ++e;
      n.span = {e, e};
    }
    m.value = std::move(n);
    m.value.key_span = m.key.span;
    if (m.key.kind != Node::Kind::String) {
      // keys are strings in every gateway's loader (JS objects, Python dict of str mostly)
      m.key.text = std::string(t_.substr(m.key.span.begin, m.key.span.end - m.key.span.begin));
      if (m.key.kind == Node::Kind::Null && m.key.span.empty()) m.key.text = "";
    }
    parent.node.span.end = std::max(parent.node.span.end, m.value.span.end);
    parent.node.members.push_back(std::move(m));
  }

 public:
  uint32_t bom_ = 0;

 private:
  std::string_view t_;
  const Limits& limits_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, std::pair<Node, size_t>> anchors_;
  Node root_;
  bool has_root_ = false;
  uint32_t flow_ = 0;
  uint64_t nodes_ = 0;
  uint64_t alias_nodes_ = 0;
};


// The last bracket of this kind left open before `limit` (outside quotes and comments).
uint32_t unmatched_bracket(std::string_view t, uint32_t limit, char open) {
  std::vector<std::pair<char, uint32_t>> stack;
  char quote = 0;
  for (uint32_t i = 0; i < limit && i < t.size(); ++i) {
    char c = t[i];
    if (quote) {
      if (c == '\\' && quote == '"') { ++i; continue; }
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '#' && (i == 0 || is_blank(t[i - 1]))) { while (i < limit && t[i] != '\n') ++i; continue; }
    if ((c == '"' || c == '\'') && (i == 0 || is_blank(t[i - 1]) || t[i - 1] == '[' || t[i - 1] == '{' || t[i - 1] == ',' || t[i - 1] == ':'))
      quote = c;
    else if (c == '[' || c == '{') stack.push_back({c, i});
    else if ((c == ']' || c == '}') && !stack.empty()) stack.pop_back();
  }
  for (auto it = stack.rbegin(); it != stack.rend(); ++it)
    if (it->first == open) return it->second;
  return limit;
}

// yaml-cpp's messages, made to say what to do.
std::string explain_parser_error(const std::string& msg) {
  if (msg == "illegal map value") return "a value is not allowed here: check the indentation and quote values that contain ': '";
  if (msg == "end of map not found") return "a mapping is not closed: check the indentation of this line";
  if (msg == "end of sequence not found") return "a list is not closed: check the indentation of this line";
  if (msg == "end of map flow not found") return "a flow mapping `{` is not closed with `}`";
  if (msg == "end of sequence flow not found") return "a flow list `[` is not closed with `]`";
  if (msg == "unknown anchor") return "an alias refers to an anchor that is not defined before it";
  if (msg.rfind("end of string not found", 0) == 0 || msg == "unexpected end of string") return "a quoted string is not closed";
  return msg;
}

// YAML ends lines at "\r\n", "\r" and "\n"; yaml-cpp and the scans here know only the first and
// the last. A lone "\r" becomes "\n" in the text they see (`out`, left empty when the text has
// none): one byte for one, so every offset stays an offset into the file.
bool lone_cr_to_lf(const std::string& text, std::string& out) {
  for (size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1)) {
    if (line_break_at(text, i) != 1) continue;
    if (out.empty()) out = text;
    out[i] = '\n';
  }
  return !out.empty();
}

}  // namespace

LoadResult load_yaml(std::shared_ptr<const SourceFile> source, const Limits& limits) {
  LoadResult r;
  r.doc.source = source;
  if (auto p = check_encoding(source->text())) {
    r.diagnostics.push_back(syntax_error(p->offset, p->message));
    return r;
  }
  std::string normalized;
  const std::string& text = lone_cr_to_lf(source->text(), normalized) ? normalized : source->text();
  uint32_t bom = text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  std::string_view body(text);
  bool has_content = false;
  for (size_t i = bom; i < text.size() && !has_content; ++i) {
    if (text[i] == '#') { while (i < text.size() && text[i] != '\n') ++i; continue; }
    if (!is_blank(text[i])) has_content = true;
  }
  if (!has_content) {
    r.diagnostics.push_back(syntax_error(0, "the file is empty", "add the configuration, or delete the file"));
    r.rejected = LoadResult::Rejected::Empty;
    return r;
  }
  if (auto p = check_yaml_tabs(body)) {
    r.diagnostics.push_back(syntax_error(p->offset, p->message));
    r.rejected = LoadResult::Rejected::Syntax;
    return r;
  }
  if (auto p = check_yaml_depth(body, limits.max_depth)) {
    r.diagnostics.push_back(syntax_error(p->offset, p->message));
    return r;
  }
  Builder builder(body, limits);
  builder.bom_ = bom;  // yaml-cpp positions do not count a byte-order mark
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    YAML::Mark second_mark = YAML::Mark::null_mark();
    struct Probe final : YAML::EventHandler {
      YAML::Mark* out;
      bool seen = false;
      explicit Probe(YAML::Mark* o) : out(o) {}
      void OnDocumentStart(const YAML::Mark& m) override { if (!seen) { *out = m; seen = true; } }
      void OnDocumentEnd() override {}
      void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
      void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
      void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
      void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
      void OnSequenceEnd() override {}
      void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
      void OnMapEnd() override {}
    } probe(&second_mark);
    if (parser.HandleNextDocument(probe)) {
      // yaml-cpp's positions do not count a byte-order mark (fuzz_yaml: the span fell inside it).
      uint32_t p = second_mark.pos >= 0 ? static_cast<uint32_t>(second_mark.pos) + bom : 0;
      r.diagnostics.push_back(syntax_error(char_start(text, std::min<uint32_t>(p, source->size())),
                                     "the file holds more than one YAML document: the gateway reads exactly one",
                                     "remove the `---` separator and the second document, or split the file"));
      r.rejected = LoadResult::Rejected::Syntax;
      return r;
    }
  } catch (const YAML::ParserException& e) {
    uint32_t p = e.mark.pos >= 0 ? char_start(text, std::min<uint32_t>(static_cast<uint32_t>(e.mark.pos) + bom, source->size())) : 0;
    if (e.msg == "end of map flow not found" || e.msg == "end of sequence flow not found")
      p = unmatched_bracket(text, p, e.msg == "end of map flow not found" ? '{' : '[');
    r.diagnostics.push_back(syntax_error(p, "invalid YAML: " + explain_parser_error(e.msg)));
    r.rejected = LoadResult::Rejected::Syntax;
    return r;
  } catch (const Unclosed& u) {
    r.diagnostics.push_back(syntax_error(u.offset, "invalid YAML: this quoted string is never closed",
                                   "add the closing quote"));
    r.rejected = LoadResult::Rejected::Syntax;
    return r;
  } catch (const TooManyNodes&) {
    r.diagnostics.push_back(syntax_error(0, fmt::format("the document expands to more than {} nodes (or {} through aliases: a "
                                                  "\"billion laughs\" file?): azlint stops here",
                                                  limits.max_nodes, limits.max_alias_nodes)));
    return r;
  } catch (const std::exception& e) {
    r.diagnostics.push_back(syntax_error(0, std::string("invalid YAML: ") + e.what()));
    r.rejected = LoadResult::Rejected::Syntax;
    return r;
  }
  if (!builder.has_root()) {
    r.diagnostics.push_back(syntax_error(0, "the file holds no YAML document"));
    r.rejected = LoadResult::Rejected::Empty;
    return r;
  }
  r.doc.root = builder.take_root();
  link_tree(r.doc.root);
  r.doc.parsed = true;
  return r;
}

}  // namespace azlint
