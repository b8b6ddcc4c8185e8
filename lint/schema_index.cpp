#include "lint/schema_index.h"

#include <map>
#include <mutex>
#include <string_view>

#include <re2/re2.h>

#include "lint/schema.h"

namespace azlint {

namespace {

using Value = dom::Value;
using Field = const Value* SchemaKeywords::*;

// The keyword each member name sets: one hash per member of the schema, once.
const std::unordered_map<std::string_view, Field>& keyword_fields() {
  static const std::unordered_map<std::string_view, Field> fields = {
      {"type", &SchemaKeywords::type},
      {"const", &SchemaKeywords::constant},
      {"enum", &SchemaKeywords::enumeration},
      {"allOf", &SchemaKeywords::all_of},
      {"anyOf", &SchemaKeywords::any_of},
      {"oneOf", &SchemaKeywords::one_of},
      {"not", &SchemaKeywords::negation},
      {"if", &SchemaKeywords::if_},
      {"then", &SchemaKeywords::then_},
      {"else", &SchemaKeywords::else_},
      {"minLength", &SchemaKeywords::min_length},
      {"maxLength", &SchemaKeywords::max_length},
      {"pattern", &SchemaKeywords::pattern},
      {"minimum", &SchemaKeywords::minimum},
      {"maximum", &SchemaKeywords::maximum},
      {"exclusiveMinimum", &SchemaKeywords::exclusive_minimum},
      {"exclusiveMaximum", &SchemaKeywords::exclusive_maximum},
      {"multipleOf", &SchemaKeywords::multiple_of},
      {"items", &SchemaKeywords::items},
      {"additionalItems", &SchemaKeywords::additional_items},
      {"minItems", &SchemaKeywords::min_items},
      {"maxItems", &SchemaKeywords::max_items},
      {"required", &SchemaKeywords::required},
      {"properties", &SchemaKeywords::properties},
      {"patternProperties", &SchemaKeywords::pattern_properties},
      {"additionalProperties", &SchemaKeywords::additional_properties},
      {"propertyNames", &SchemaKeywords::property_names},
      {"minProperties", &SchemaKeywords::min_properties},
      {"maxProperties", &SchemaKeywords::max_properties},
      {"description", &SchemaKeywords::description},
  };
  return fields;
}

}  // namespace

SchemaIndex::Table& SchemaIndex::thread_table() const {
  thread_local std::unordered_map<const SchemaIndex*, Table> tables;  // the indexes live as long as the process
  return tables[this];
}

const SchemaKeywords* SchemaIndex::of(const Value* node, Table& table) const {
  if (!node || !node->is_object()) return nullptr;
  auto [it, added] = table.try_emplace(node);
  if (added) read(*node, it->second, table);  // elements keep their address as the table grows
  return &it->second;
}

void SchemaIndex::read(const Value& node, SchemaKeywords& k, Table& table) const {
  k.node = &node;
  const auto& fields = keyword_fields();
  for (const Value& m : node)
    if (auto f = fields.find(m.key()); f != fields.end()) k.*(f->second) = &m;
  if (k.description && !k.description->is_string()) k.description = nullptr;
  k.annotated = schema_node::annotated(node);
  k.mode = schema_node::unknown_keys(node);
  if (k.pattern) {
    k.re2_pattern = schema_node::re2_pattern(node);
    k.case_insensitive_pattern = schema_node::text(node, "x-azlint-pattern-flags").find('i') != std::string::npos;
  }
  k.target = schema_node::resolve(root_, &node);
  // The target holds no `$ref` of its own: reading its keywords recurses once at most.
  k.target_keywords = k.target == &node ? &k : of(k.target, table);
}

const SchemaIndex* schema_index(const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<SchemaIndex>> cache;
  const Value* root = schema_document(path);
  if (!root) return nullptr;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(path);
  if (it == cache.end()) it = cache.emplace(path, std::make_unique<SchemaIndex>(*root)).first;
  return it->second.get();
}

const re2::RE2* compiled_pattern(std::string_view pattern) {
  static std::mutex mu;
  static std::unordered_map<std::string, std::unique_ptr<re2::RE2>> cache;
  static std::string key;  // the lookup's key, under the lock: no allocation per call
  std::lock_guard<std::mutex> lock(mu);
  key.assign(pattern);
  auto it = cache.find(key);
  if (it == cache.end()) {
    RE2::Options o;
    o.set_log_errors(false);
    auto re = std::make_unique<RE2>(key, o);
    it = cache.emplace(key, re->ok() ? std::move(re) : nullptr).first;
  }
  return it->second.get();
}

}  // namespace azlint
