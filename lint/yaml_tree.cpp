#include "lint/yaml_tree.h"

#include <algorithm>

#include "lint/yaml_scalar.h"

namespace azlint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

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
  for (const Member& m : n.members()) s += 1 + subtree_size(m.value);
  for (const Node& i : n.items()) s += subtree_size(i);
  return s;
}

// js-yaml's merge keys: `<<: *defaults` (or a list of them) adds the keys not already set.
void apply_merge_keys(std::vector<Member>& members) {
  bool any = false;
  for (const Member& m : members) any |= m.key.text == "<<" && m.key.style == Node::Style::Plain;
  if (!any) return;
  std::vector<Member> own, merged;
  for (Member& m : members) {
    if (m.key.text == "<<" && m.key.style == Node::Style::Plain) {
      if (m.value.is_mapping()) {
        for (Member& mm : m.value.members()) merged.push_back(mm);
      } else if (m.value.is_sequence()) {
        for (Node& src : m.value.items())
          if (src.is_mapping())
            for (Member& mm : src.members()) merged.push_back(mm);
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
  members = std::move(own);
}

}  // namespace

void YamlTreeBuilder::null_at(uint32_t mark, Anchor anchor) {
  Node n;
  n.kind = Node::Kind::Null;
  n.implicit = Node::Implicit::Null;
  uint32_t p = skip_properties(t_, mark);
  if (is_null_literal(t_, p)) {
    n.span = {p, scalar_end(t_, p, flow_ > 0)};
    n.text = arena_.text(t_.substr(n.span.begin, n.span.end - n.span.begin), n.span.begin);
  } else {
    n.span = {kEmpty, kEmpty};  // an empty value; placed after its key below
  }
  finish(std::move(n), anchor);
}

bool YamlTreeBuilder::null_is_empty(uint32_t mark) const { return !is_null_literal(t_, skip_properties(t_, mark)); }

void YamlTreeBuilder::alias_at(uint32_t p, Anchor anchor) {
  auto it = anchors_.find(anchor);
  Node n;
  if (it != anchors_.end()) {
    alias_nodes_ += it->second.second;
    if (alias_nodes_ > limits_.max_alias_nodes) throw TooManyNodes{};
    count(it->second.second);
    n = clone_tree(arena_, it->second.first);
  }
  uint32_t e = p;
  while (e < t_.size() && !is_blank(t_[e]) && t_[e] != ',' && t_[e] != ']' && t_[e] != '}') ++e;
  n.span = {p, e};
  finish(std::move(n), kNoAnchor);
}

void YamlTreeBuilder::scalar_at(uint32_t mark, bool untagged, Anchor anchor, std::string value) {
  Node n;
  uint32_t p = skip_properties(t_, mark);
  n.span = {p, scalar_end(t_, p, flow_ > 0)};
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
  if (untagged) {
    ScalarType st = resolve_plain_scalar_js_yaml(value);
    n.kind = st.kind;
    n.implicit = st.implicit;
    n.boolean = st.boolean;
    n.set_number(st.number);
  }
  n.text = arena_.text(value, p);
  finish(std::move(n), anchor);
}

void YamlTreeBuilder::count(size_t n) {
  nodes_ += n;
  if (nodes_ > limits_.max_nodes) throw TooManyNodes{};
}

void YamlTreeBuilder::open(uint32_t mark, Anchor anchor, Node::Kind kind, bool flow) {
  count(1);
  Frame f;
  f.node.kind = kind;
  uint32_t p = skip_properties(t_, mark);
  f.node.span = {p, p};
  f.flow = flow;
  f.node.style = f.flow ? Node::Style::Flow : Node::Style::Block;
  f.anchor = anchor;
  if (f.flow) ++flow_;
  stack_.push_back(std::move(f));
}

void YamlTreeBuilder::close() {
  Frame f = std::move(stack_.back());
  stack_.pop_back();
  Node& n = f.node;
  uint32_t last = n.span.begin;
  if (!f.members.empty()) last = std::max(f.members.back().value.span.end, f.members.back().key.span.end);
  if (!f.items.empty()) last = f.items.back().span.end;
  if (f.flow) {
    --flow_;
    last = flow_end(t_, std::max(last, n.span.begin + 1), n.kind == Node::Kind::Mapping ? '}' : ']');
  }
  n.span.end = std::max(last, n.span.begin);
  if (n.kind == Node::Kind::Mapping) apply_merge_keys(f.members);
  // exact size: no growth slack in the tree
  if (n.kind == Node::Kind::Mapping) n.set_members(arena_.array(f.members));
  if (n.kind == Node::Kind::Sequence) n.set_items(arena_.array(f.items));
  finish(std::move(n), f.anchor);
}

void YamlTreeBuilder::finish(Node n, Anchor anchor) {
  if (anchor != kNoAnchor) {
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
    parent.items.push_back(std::move(n));
    parent.node.span.end = std::max(parent.node.span.end, parent.items.back().span.end);
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
  if (m.key.kind != Node::Kind::String) {
    // keys are strings in every gateway's loader (JS objects, Python dict of str mostly)
    m.key.text = arena_.text(t_.substr(m.key.span.begin, m.key.span.end - m.key.span.begin), m.key.span.begin);
    if (m.key.kind == Node::Kind::Null && m.key.span.empty()) m.key.text = "";
  }
  parent.node.span.end = std::max(parent.node.span.end, m.value.span.end);
  parent.members.push_back(std::move(m));
}

}  // namespace azlint
