// The source-located config tree every loader produces and every rule reads.
#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lint/diagnostic.h"
#include "lint/source.h"

namespace azlint {

class Gateway;
struct Form;
struct Release;

// How the file is written.
enum class Format : uint8_t { Yaml, Json5, Dotenv };

struct Member;
class NodeArena;

// A scalar's text: a view into the source or into the document's arena, read as a string_view;
// it converts to a std::string where one is wanted (a copy).
class Text : public std::string_view {
 public:
  using std::string_view::string_view;
  constexpr Text(std::string_view s) : std::string_view(s) {}  // NOLINT: implicit, a view as a view
  operator std::string() const { return std::string(data(), size()); }  // NOLINT: implicit copy
  std::string str() const { return std::string(data(), size()); }
};
inline std::string operator+(std::string a, Text b) { return a.append(b); }
inline std::string operator+(Text a, const std::string& b) { return a.str().append(b); }
inline std::string operator+(const char* a, Text b) { return std::string(a).append(b); }
inline std::string operator+(Text a, const char* b) { return a.str().append(b); }
inline std::string operator+(char a, Text b) { return std::string(1, a).append(b); }
inline std::string operator+(Text a, char b) { return a.str() + b; }

// A node's children: one exact-size array in its document's arena (NodeArena), read like a
// vector (range-for, size(), empty(), [i], back()). Copying a node copies the handle, not the
// children: a copy is valid as long as the arena is.
template <class T>
class Children {
 public:
  size_t size() const { return h_ ? h_->size : 0; }
  bool empty() const { return size() == 0; }
  T* data() { return h_ ? reinterpret_cast<T*>(h_ + 1) : nullptr; }
  const T* data() const { return h_ ? reinterpret_cast<const T*>(h_ + 1) : nullptr; }
  T* begin() { return data(); }
  T* end() { return data() + size(); }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size(); }
  T& operator[](size_t i) { return data()[i]; }
  const T& operator[](size_t i) const { return data()[i]; }
  const T& at(size_t i) const {
    if (i >= size()) throw std::out_of_range("Children::at");
    return data()[i];
  }
  T& front() { return data()[0]; }
  const T& front() const { return data()[0]; }
  T& back() { return data()[size() - 1]; }
  const T& back() const { return data()[size() - 1]; }
  std::reverse_iterator<const T*> rbegin() const { return std::reverse_iterator<const T*>(end()); }
  std::reverse_iterator<const T*> rend() const { return std::reverse_iterator<const T*>(begin()); }

 private:
  friend class NodeArena;
  friend struct Node;
  struct alignas(8) Header {
    uint64_t size;
  };
  Header* h_ = nullptr;
};

struct Node {
  enum class Kind : uint8_t { Null, Bool, Number, String, Sequence, Mapping };
  // How a scalar was written; a plain scalar may have been typed by the loader.
  enum class Style : uint8_t { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Flow, Block };
  // What a YAML loader made of a plain scalar (js-yaml 4 core schema + timestamps).
  enum class Implicit : uint8_t { None, Null, Bool, Int, Float, Timestamp };

  Kind kind = Kind::Null;
  Style style = Style::Plain;
  Implicit implicit = Implicit::None;
  bool boolean = false;
  // Where the node sits (set by link_tree once the tree is built): the node it is in and its
  // index there (a member's key and value: the member's index; a sequence item: its index).
  // Its JSON Pointer is computed from them on demand (`pointer()`), not stored.
  uint32_t index = 0;
  const Node* parent = nullptr;
  Span span;  // the value as written
  Text text;  // scalar text (after unquoting/unescaping): in the source or the arena

  // A mapping's members (in order, duplicates kept), a sequence's items, a number's value: one
  // slot, read by kind (empty, or 0, for any other kind). Set a node's kind before its children.
  const Children<Member> members() const { return kind == Kind::Mapping ? adopt<Member>() : Children<Member>{}; }
  Children<Member> members() { return kind == Kind::Mapping ? adopt<Member>() : Children<Member>{}; }
  const Children<Node> items() const { return kind == Kind::Sequence ? adopt<Node>() : Children<Node>{}; }
  Children<Node> items() { return kind == Kind::Sequence ? adopt<Node>() : Children<Node>{}; }
  double number() const { return kind == Kind::Number ? slot_.number : 0; }
  void set_members(Children<Member> c) { slot_.children = c.h_; }
  void set_items(Children<Node> c) { slot_.children = c.h_; }
  void set_number(double v) { slot_.number = v; }

  bool is_null() const { return kind == Kind::Null; }
  bool is_string() const { return kind == Kind::String; }
  bool is_bool() const { return kind == Kind::Bool; }
  bool is_true() const { return kind == Kind::Bool && boolean; }
  bool is_mapping() const { return kind == Kind::Mapping; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_scalar() const { return kind != Kind::Mapping && kind != Kind::Sequence; }
  bool quoted() const { return style == Style::SingleQuoted || style == Style::DoubleQuoted; }

  // Mapping lookup: the last member with that key (what js-yaml/PyYAML/JSON5 keep), or null.
  const Node* get(std::string_view key) const;
  const Member* member(std::string_view key) const;
  // A string value of a member, or "" when absent or not a string.
  std::string_view str(std::string_view key) const;
  // The key of a mapping member when this node is the member's value (once linked); empty
  // otherwise.
  Span key_span() const;
  // Span of the key (when this node is a member value) or of the value.
  Span key_or_value_span() const {
    Span k = key_span();
    return k.empty() ? span : k;
  }
  // JSON Pointer, "" for the root: the keys and indexes from the root down to this node (a
  // member's key has its value's pointer; a node a helper made with a parent and an index, the
  // parent's pointer and the index).
  std::string pointer() const;

 private:
  template <class T>
  Children<T> adopt() const {
    Children<T> c;
    c.h_ = static_cast<typename Children<T>::Header*>(slot_.children);
    return c;
  }
  union Slot {
    void* children = nullptr;
    double number;
  } slot_;
};

struct Member {
  Node key;
  Node value;
};

static_assert(sizeof(Node) <= 48, "a node stays small: a 16 MiB file holds millions");
static_assert(std::is_trivially_destructible_v<Node> && std::is_trivially_copyable_v<Member>,
              "the arena frees nodes without running destructors");

// Where a document's nodes live: their children arrays, and the texts that are not a view into
// the source (unescaped, normalized, made up). Bump-allocated, freed all at once; it keeps the
// source alive, so a text that views it stays valid as long as the arena. Views add labels to it
// after loading, and a linked document is shared by the checks of several threads: allocation
// takes a lock (what is allocated is never moved, so readers take none).
class NodeArena {
 public:
  explicit NodeArena(std::shared_ptr<const SourceFile> source = nullptr) : source_(std::move(source)) {}
  NodeArena(const NodeArena&) = delete;
  NodeArena& operator=(const NodeArena&) = delete;

  // `s` kept: a copy in the arena.
  std::string_view keep(std::string_view s);
  // `s`, read at offset `at` of the source (after an opening quote, or at `at` itself): a view
  // into the source when the bytes there are the same, else a copy.
  std::string_view text(std::string_view s, uint32_t at);
  // The elements of `v` moved into one exact-size array (v is left empty, its memory freed).
  template <class T>
  Children<T> array(std::vector<T>& v) {
    Children<T> c;
    if (v.empty()) return c;
    void* p = allocate(sizeof(typename Children<T>::Header) + v.size() * sizeof(T));
    c.h_ = new (p) typename Children<T>::Header{v.size()};
    T* out = reinterpret_cast<T*>(c.h_ + 1);
    for (size_t i = 0; i < v.size(); ++i) new (out + i) T(std::move(v[i]));
    std::vector<T>().swap(v);
    return c;
  }
  // A node that lives in the arena (a document's root, so that its children's parent pointers
  // stay valid however the document is moved or copied).
  Node* node(const Node& n) { return new (allocate(sizeof(Node))) Node(n); }

 private:
  void* allocate(size_t bytes);  // 8-byte aligned
  std::mutex mu_;
  std::shared_ptr<const SourceFile> source_;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* cur_ = nullptr;
  size_t left_ = 0;
  size_t next_block_ = 4096;
};

// A deep copy of `n` whose children arrays are new ones in `arena` (an alias's expansion: its
// nodes get their own parents).
Node clone_tree(NodeArena& arena, const Node& n);

// Sets `parent` and `index` of every node below `root` (loaders, once the tree is final; the
// tree's vectors must not change after it). `root` itself keeps its own.
void link_tree(Node& root);

// Walk a JSON Pointer ("/endpoints/azureOpenAI/groups/0"); nullptr when it does not resolve.
const Node* find_pointer(const Node& root, std::string_view pointer);

// find_pointer for many lookups in one tree: a mapping of many members is indexed on first use,
// so thousands of lookups under one wide mapping stay linear, not quadratic.
class PointerFinder {
 public:
  explicit PointerFinder(const Node& root) : root_(root) {}
  const Node* find(std::string_view pointer);
  // Node::member through the same index.
  const Member* member(const Node& map, std::string_view key);

 private:
  const Node& root_;
  std::unordered_map<const Node*, std::unordered_map<std::string_view, const Member*>> index_;
};
// Escape one JSON Pointer reference token (~ -> ~0, / -> ~1), and back.
std::string pointer_escape(std::string_view token);
std::string pointer_unescape(std::string_view token);
// The last reference token of a pointer, unescaped ("apiKey", "X-Api-Key").
std::string pointer_last_token(std::string_view pointer);

struct Document {
  // The tree is final: `r` is kept in the arena and linked (link_tree), and `root` is a copy of
  // it (the first level's parent is the arena's root, so copies of the document share it).
  void set_root(const Node& r);

  std::shared_ptr<const SourceFile> source;
  Format format = Format::Yaml;
  // The tree's arrays and owned texts; shared by copies of the document.
  std::shared_ptr<NodeArena> arena;
  Node root;
  bool parsed = false;  // false when the loader gave up (syntax error): rules do not run
  // Who reads the file (lint/gateway.h), set by load_and_classify (lint/load.h); the gateway is
  // nullptr when none recognised it.
  const Gateway* gateway = nullptr;
  const Form* form = nullptr;
  const Release* release = nullptr;
};

}  // namespace azlint
