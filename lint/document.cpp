#include "lint/document.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace azlint {

const Member* Node::member(std::string_view key) const {
  if (kind != Kind::Mapping) return nullptr;
  const Children<Member> ms = members();
  for (size_t i = ms.size(); i-- > 0;) {
    if (ms[i].key.text == key) return &ms[i];
  }
  return nullptr;
}

Span Node::key_span() const {
  if (!parent || parent->kind != Kind::Mapping || index >= parent->members().size()) return {};
  const Member& m = parent->members()[index];
  return &m.value == this ? m.key.span : Span{};
}

void* NodeArena::allocate(size_t bytes) {
  bytes = (bytes + 7) & ~size_t{7};
  std::lock_guard<std::mutex> lock(mu_);
  if (bytes > left_) {
    // Blocks grow with the tree (a small config keeps a small arena). An array of more than a
    // quarter block gets a block of its own size, and the current block stays in use for what
    // follows (a large array does not strand the rest of a block). Blocks are not zeroed: every
    // byte handed out is written by its owner.
    if (bytes * 4 > next_block_) {
      blocks_.push_back(std::unique_ptr<std::byte[]>(new std::byte[bytes]));
      return blocks_.back().get();
    }
    if (next_block_ < (size_t{1} << 20)) next_block_ *= 2;
    blocks_.push_back(std::unique_ptr<std::byte[]>(new std::byte[next_block_]));
    cur_ = blocks_.back().get();
    left_ = next_block_;
  }
  void* p = cur_;
  cur_ += bytes;
  left_ -= bytes;
  return p;
}

std::string_view NodeArena::keep(std::string_view s) {
  if (s.empty()) return {};
  char* p = static_cast<char*>(allocate(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

std::string_view NodeArena::text(std::string_view s, uint32_t at) {
  if (s.empty()) return {};
  if (source_) {
    std::string_view src = source_->text();
    for (size_t from : {size_t{at}, size_t{at} + 1})
      if (from <= src.size() && src.size() - from >= s.size() && src.compare(from, s.size(), s) == 0)
        return src.substr(from, s.size());
  }
  return keep(s);
}

Node clone_tree(NodeArena& arena, const Node& n) {
  Node out = n;
  if (!n.members().empty()) {
    std::vector<Member> ms;
    ms.reserve(n.members().size());
    for (const Member& m : n.members()) ms.push_back({clone_tree(arena, m.key), clone_tree(arena, m.value)});
    out.set_members(arena.array(ms));
  }
  if (!n.items().empty()) {
    std::vector<Node> is;
    is.reserve(n.items().size());
    for (const Node& i : n.items()) is.push_back(clone_tree(arena, i));
    out.set_items(arena.array(is));
  }
  return out;
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
    if (up.kind == Kind::Mapping && n.index < up.members().size())
      out += pointer_escape(up.members()[n.index].key.text);
    else
      out += std::to_string(n.index);
  }
  return out;
}

namespace {

void link_children(Node& n) {
  for (uint32_t i = 0; i < n.members().size(); ++i) {
    n.members()[i].key.parent = n.members()[i].value.parent = &n;
    n.members()[i].key.index = n.members()[i].value.index = i;
  }
  for (uint32_t i = 0; i < n.items().size(); ++i) {
    n.items()[i].parent = &n;
    n.items()[i].index = i;
  }
}

}  // namespace

void link_tree(Node& root) {
  std::vector<Node*> todo{&root};  // without recursion: depth is bounded, width is not
  while (!todo.empty()) {
    Node* n = todo.back();
    todo.pop_back();
    link_children(*n);
    for (Member& m : n->members()) todo.push_back(&m.value);
    for (Node& i : n->items()) todo.push_back(&i);
  }
}

void Document::set_root(const Node& r) {
  if (!arena) arena = std::make_shared<NodeArena>(source);
  Node* kept = arena->node(r);
  kept->parent = nullptr;
  kept->index = 0;
  link_tree(*kept);
  root = *kept;
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
      if (token.empty() || *end != '\0' || idx >= cur->items().size()) return nullptr;
      cur = &cur->items()[idx];
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
  if (map.members().size() < 16) return map.member(key);
  auto [it, fresh] = index_.try_emplace(&map);
  if (fresh)
    for (const Member& m : map.members()) it->second[m.key.text] = &m;  // in order: the last wins
  auto found = it->second.find(key);
  return found == it->second.end() ? nullptr : found->second;
}

}  // namespace azlint
