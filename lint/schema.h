// The schema pass: a document checked against its gateway release's embedded JSON Schema
// (schema_path(doc), lint/gateway.h: schemas/<gateway>/<release>.schema.json generated from the
// gateway's own package, the hand-written schemas/<form>.schema.json for LiteLLM and Open WebUI),
// the way the gateway's validator reads it: an unknown key counts by what the gateway does with
// it (`x-azlint-unknown-keys`), a union is judged by its best branch and reported at the
// offending key inside it.
#pragma once
#include <string>
#include <vector>

#include "lint/behaviour.h"
#include "lint/document.h"
#include "lint/json_dom.h"
#include "lint/schema_node.h"

namespace azlint {

struct SchemaError {
  enum class Kind {
    Type, Required, UnknownProperty, PropertyName, Enum, Const, MinLength, MaxLength, MinItems, MaxItems,
    MinProperties, MaxProperties, Pattern, Range, Not, Other
  };
  Kind kind = Kind::Other;
  std::string pointer;   // JSON Pointer of the offending value (the object, for Required/UnknownProperty/PropertyName)
  std::string property;  // Required / UnknownProperty / PropertyName: the key
  UnknownKeys mode = UnknownKeys::Strict;  // UnknownProperty: Strict = refused, Strip = dropped silently
  std::vector<std::string> expected;  // Type: the JSON types allowed ("string", "object", …)
  std::vector<std::string> allowed;   // Enum/Const: JSON text of each allowed value
  std::vector<std::string> known;     // UnknownProperty: the keys the object declares
  std::string detail;                 // Range: "greater than 0"; Pattern/PropertyName: the pattern; Min*/Max*: the bound
  std::string description;            // the schema's description of the value, when it has one

  // A finding the gateway refuses the config on (every kind but a key it drops or keeps).
  bool failure() const { return kind != Kind::UnknownProperty || mode == UnknownKeys::Strict; }
};

// What a gateway does with an unknown key in an object of this mode, for its Behaviour's wording.
KeyPolicy key_policy(UnknownKeys mode);

// The embedded schema at a path, parsed once on first use (only the schemas asked for are ever
// parsed); nullptr when there is none.
const dom::Value* schema_document(const std::string& path);

// Every failure (Required at the object that lacks the key; an unknown key of a strict object)
// and every key a strip object drops (failure() false), in document order.
std::vector<SchemaError> validate_against_schema(const Document& doc);

}  // namespace azlint
