// Reading one node of an embedded JSON Schema the way the gateway's validator means it: `$ref`
// resolution, what the gateway does with a key the node does not declare
// (`x-azlint-unknown-keys`, see schemas/gen/README.md), and the keys it declares (through allOf).
// Shared by the schema pass (lint/schema.cpp) and the lookup (lint/schema_lookup.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lint/json_dom.h"

namespace azlint {

// What the gateway does with an undeclared key of an object.
enum class UnknownKeys : uint8_t {
  Strict,       // refuses the config (LibreChat exits, OpenClaw keeps its last good config)
  Strip,        // drops the key silently: the setting has no effect
  Passthrough,  // keeps it (a record, a catchall, an open JSON Schema)
};
std::string_view unknown_keys_name(UnknownKeys mode);  // "strict" | "strip" | "passthrough"

namespace schema_node {

using Value = dom::Value;

// Follows `$ref`s ("#/properties/…", "#/definitions/…", "#/$defs/…") from s; nullptr when one
// does not resolve (or loops).
const Value* resolve(const Value& root, const Value* s);
// The mode of an object schema (resolved): its annotation; without one, `additionalProperties:
// false` is strict (plain JSON Schema) and anything else passthrough.
UnknownKeys unknown_keys(const Value& s);
// Does the schema carry an `x-azlint-unknown-keys` annotation (then it, not its allOf members,
// decides about unknown keys)?
bool annotated(const Value& s);
// The keys an object schema declares: its `properties` and those of its allOf members.
void declared_properties(const Value& root, const Value& s, std::vector<std::string>& out);
// The schema of a declared key (own `properties` first, then allOf members); nullptr when none.
const Value* declared_property(const Value& root, const Value& s, std::string_view key);
// A string member of a schema node, or "" (`description`, `pattern`, …).
std::string text(const Value& s, const char* key);
// The node's `pattern` as RE2 reads it ("" when none): the regex's flags, which the generated
// schemas carry beside it in `x-azlint-pattern-flags` (JavaScript's RegExp.flags), as an RE2
// flag group: `i` (case-insensitive), `m`, `s`; `u` and `v` need nothing (RE2 reads UTF-8),
// `g`, `y` and `d` do not change what matches.
std::string re2_pattern(const Value& s);

}  // namespace schema_node
}  // namespace azlint
