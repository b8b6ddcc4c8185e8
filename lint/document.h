// The source-located config tree every loader produces and every rule reads.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
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
  Span span;          // the value as written
  Span key_span;      // the key of a mapping member; empty otherwise
  std::string text;     // scalar text (after unquoting/unescaping)
  double number = 0;
  std::vector<Member> members;  // mappings: in order, duplicates kept
  std::vector<Node> items;      // sequences

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
  // Span of the key (when this node is a member value) or of the value.
  Span key_or_value_span() const { return key_span.empty() ? span : key_span; }
  // JSON Pointer, "" for the root: the keys and indexes from the root down to this node (a
  // member's key has its value's pointer; a node a helper made with a parent and an index, the
  // parent's pointer and the index).
  std::string pointer() const;
};

struct Member {
  Node key;
  Node value;
};

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
  Document() = default;
  // The nodes of the first level point at `root`: a moved or copied document links them again.
  Document(Document&& o) noexcept;
  Document& operator=(Document&& o) noexcept;
  Document(const Document& o);
  Document& operator=(const Document& o);

  std::shared_ptr<const SourceFile> source;
  Format format = Format::Yaml;
  Node root;
  bool parsed = false;  // false when the loader gave up (syntax error): rules do not run
  // Who reads the file (lint/gateway.h), set by load_and_classify (lint/load.h); the gateway is
  // nullptr when none recognised it.
  const Gateway* gateway = nullptr;
  const Form* form = nullptr;
  const Release* release = nullptr;
};

}  // namespace azlint
