// The azlint tree (lint/document.h) built from a YAML reader's events, positions given as byte
// offsets into the text: what yaml-cpp's event parser reports (lint/load_yaml.cpp) and what the
// fast reader produces (lint/yaml_fast.cpp) go through this one builder, so both make the same
// spans, null placements, key texts and merge keys.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/document.h"
#include "lint/input_guard.h"

namespace azlint {

class YamlTreeBuilder {
 public:
  using Anchor = std::size_t;  // yaml-cpp's anchor_t; 0 for none
  static constexpr Anchor kNoAnchor = 0;
  struct TooManyNodes {};      // thrown past Limits::max_nodes (or max_alias_nodes)
  struct Unclosed {            // thrown on a quote left open at the end of the file
    uint32_t offset;
  };

  // The tree's arrays and texts go to `arena`.
  YamlTreeBuilder(std::string_view text, const Limits& limits, NodeArena& arena)
      : t_(text), limits_(limits), arena_(arena) {}

  // `p`: the offset the reader marks the node at (before any &anchor / !tag).
  void null_at(uint32_t p, Anchor anchor);
  // Whether null_at(p) makes an empty value (no `~`/`null` written at p).
  bool null_is_empty(uint32_t p) const;
  void alias_at(uint32_t p, Anchor anchor);
  // `untagged`: a plain scalar with no tag, typed by lint/yaml_scalar.h.
  void scalar_at(uint32_t p, bool untagged, Anchor anchor, std::string value);
  void open(uint32_t p, Anchor anchor, Node::Kind kind, bool flow);
  void close();

  Node take_root() { return std::move(root_); }
  bool has_root() const { return has_root_; }
  // Collections open now.
  size_t depth() const { return stack_.size(); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;

  struct Frame {
    Node node;
    std::vector<Member> members;  // the children read so far (an exact-size array at close)
    std::vector<Node> items;
    Anchor anchor = kNoAnchor;
    bool flow = false;
    bool have_key = false;
    Node key;
  };

  void count(size_t n);
  void finish(Node n, Anchor anchor);

  std::string_view t_;
  const Limits& limits_;
  NodeArena& arena_;
  std::vector<Frame> stack_;
  std::map<Anchor, std::pair<Node, size_t>> anchors_;
  Node root_;
  bool has_root_ = false;
  uint32_t flow_ = 0;
  uint64_t nodes_ = 0;
  uint64_t alias_nodes_ = 0;
};

}  // namespace azlint
