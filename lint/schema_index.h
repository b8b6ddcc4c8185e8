// An embedded schema read once into what the schema pass asks of each of its nodes: the keywords
// a node carries (looked up once per schema instead of once per visit of every document), where
// its `$ref`s lead, its mode for unknown keys, and its patterns compiled once per process.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "lint/schema_node.h"

namespace re2 {
class RE2;
}

namespace azlint {

// The keywords of one object node of a schema: each the member's value, or nullptr.
struct SchemaKeywords {
  using Value = dom::Value;
  const Value* node = nullptr;
  // The node `$ref`s lead to (the node itself without one); nullptr when one does not resolve.
  const Value* target = nullptr;
  const SchemaKeywords* target_keywords = nullptr;  // the keywords of target, when it is an object
  const Value *type = nullptr, *constant = nullptr, *enumeration = nullptr, *all_of = nullptr, *any_of = nullptr,
             *one_of = nullptr, *negation = nullptr, *if_ = nullptr, *then_ = nullptr, *else_ = nullptr;
  const Value *min_length = nullptr, *max_length = nullptr, *pattern = nullptr;
  const Value *minimum = nullptr, *maximum = nullptr, *exclusive_minimum = nullptr, *exclusive_maximum = nullptr,
             *multiple_of = nullptr;
  const Value *items = nullptr, *additional_items = nullptr, *min_items = nullptr, *max_items = nullptr;
  const Value *required = nullptr, *properties = nullptr, *pattern_properties = nullptr,
             *additional_properties = nullptr, *property_names = nullptr, *min_properties = nullptr,
             *max_properties = nullptr;
  const Value* description = nullptr;
  bool annotated = false;                         // carries `x-azlint-unknown-keys`
  UnknownKeys mode = UnknownKeys::Passthrough;    // schema_node::unknown_keys
  bool case_insensitive_pattern = false;          // `x-azlint-pattern-flags` holds an `i`
  std::string re2_pattern;                        // schema_node::re2_pattern
  // The keys it declares (schema_node::declared_properties), read on first use.
  mutable std::unique_ptr<std::unordered_set<std::string>> declared_keys;
};

// Keywords are read from a node on its first visit by a thread (each thread keeps its own
// table, so no visit takes a lock): a run reads only the nodes its documents reach.
class SchemaIndex {
 public:
  using Value = dom::Value;
  using Table = std::unordered_map<const Value*, SchemaKeywords>;
  explicit SchemaIndex(const Value& root) : root_(root) {}
  const Value& root() const { return root_; }
  // The calling thread's table of this schema.
  Table& thread_table() const;
  // The keywords of an object node of this schema (nullptr for any other value).
  const SchemaKeywords* of(const Value* node, Table& table) const;

 private:
  void read(const Value& node, SchemaKeywords& k, Table& table) const;
  const Value& root_;
};

// The index of the embedded schema at a path, built once on first use; nullptr when there is none.
const SchemaIndex* schema_index(const std::string& path);

// An ECMAScript pattern as RE2 reads it, compiled once per process; nullptr when RE2 cannot read
// it (lookaround, backreferences): such a pattern is not checked.
const re2::RE2* compiled_pattern(std::string_view pattern);

}  // namespace azlint
