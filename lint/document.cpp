#include "lint/document.h"

#include <cstdlib>
#include <string>
#include <vector>

namespace azlint {

const Member* Node::member(std::string_view key) const {
  if (kind != Kind::Mapping) return nullptr;
  for (auto it = members.rbegin(); it != members.rend(); ++it) {
    if (it->key.text == key) return &*it;
  }
  return nullptr;
}

const Node* Node::get(std::string_view key) const {
  const Member* m = member(key);
  return m ? &m->value : nullptr;
}

std::string Node::pointer() const {
  std::vector<const Node*> path;  // this node and its ancestors below the root
  for (const Node* n = this; n->parent; n = n->parent) path.push_back(n);
  std::string out;
  for (auto it = path.rbegin(); it != path.rend(); ++it) {
    const Node& n = **it;
    const Node& up = *n.parent;
    out += '/';
    if (up.kind == Kind::Mapping && n.index < up.members.size())
      out += pointer_escape(up.members[n.index].key.text);
    else
      out += std::to_string(n.index);
  }
  return out;
}

namespace {

void link_children(Node& n) {
  for (uint32_t i = 0; i < n.members.size(); ++i) {
    n.members[i].key.parent = n.members[i].value.parent = &n;
    n.members[i].key.index = n.members[i].value.index = i;
  }
  for (uint32_t i = 0; i < n.items.size(); ++i) {
    n.items[i].parent = &n;
    n.items[i].index = i;
  }
}

}  // namespace

void link_tree(Node& root) {
  std::vector<Node*> todo{&root};  // without recursion: depth is bounded, width is not
  while (!todo.empty()) {
    Node* n = todo.back();
    todo.pop_back();
    link_children(*n);
    for (Member& m : n->members) todo.push_back(&m.value);
    for (Node& i : n->items) todo.push_back(&i);
  }
}

Document::Document(Document&& o) noexcept
    : source(std::move(o.source)), format(o.format), root(std::move(o.root)), parsed(o.parsed), gateway(o.gateway),
      form(o.form), release(o.release) {
  link_children(root);
}

Document& Document::operator=(Document&& o) noexcept {
  source = std::move(o.source);
  format = o.format;
  root = std::move(o.root);
  parsed = o.parsed;
  gateway = o.gateway;
  form = o.form;
  release = o.release;
  link_children(root);
  return *this;
}

Document::Document(const Document& o)
    : source(o.source), format(o.format), root(o.root), parsed(o.parsed), gateway(o.gateway), form(o.form),
      release(o.release) {
  link_tree(root);
}

Document& Document::operator=(const Document& o) {
  if (this != &o) *this = Document(o);
  return *this;
}

std::string_view Node::str(std::string_view key) const {
  const Node* n = get(key);
  return n && n->is_string() ? std::string_view(n->text) : std::string_view();
}

std::string pointer_escape(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string pointer_unescape(std::string_view token) {
  std::string out;
  for (size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size()) {
      out += token[i + 1] == '1' ? '/' : '~';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

std::string pointer_last_token(std::string_view pointer) {
  size_t slash = pointer.rfind('/');
  return pointer_unescape(slash == std::string_view::npos ? pointer : pointer.substr(slash + 1));
}

namespace {

// The walk of a JSON Pointer, with the mapping lookup given (the last of duplicate keys wins).
template <class Lookup>
const Node* walk_pointer(const Node& root, std::string_view pointer, Lookup lookup) {
  const Node* cur = &root;
  size_t pos = 0;
  while (pos < pointer.size()) {
    if (pointer[pos] != '/') return nullptr;
    size_t next = pointer.find('/', pos + 1);
    std::string token = pointer_unescape(pointer.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1));
    if (cur->is_mapping()) {
      cur = lookup(*cur, token);
    } else if (cur->is_sequence()) {
      char* end = nullptr;
      unsigned long idx = std::strtoul(token.c_str(), &end, 10);
      if (token.empty() || *end != '\0' || idx >= cur->items.size()) return nullptr;
      cur = &cur->items[idx];
    } else {
      return nullptr;
    }
    if (!cur) return nullptr;
    if (next == std::string_view::npos) break;
    pos = next;
  }
  return cur;
}

}  // namespace

const Node* find_pointer(const Node& root, std::string_view pointer) {
  return walk_pointer(root, pointer, [](const Node& map, const std::string& key) { return map.get(key); });
}

const Node* PointerFinder::find(std::string_view pointer) {
  return walk_pointer(root_, pointer, [this](const Node& map, const std::string& key) -> const Node* {
    const Member* m = member(map, key);
    return m ? &m->value : nullptr;
  });
}

const Member* PointerFinder::member(const Node& map, std::string_view key) {
  if (map.members.size() < 16) return map.member(key);
  auto [it, fresh] = index_.try_emplace(&map);
  if (fresh)
    for (const Member& m : map.members) it->second[m.key.text] = &m;  // in order: the last wins
  auto found = it->second.find(key);
  return found == it->second.end() ? nullptr : found->second;
}

}  // namespace azlint
