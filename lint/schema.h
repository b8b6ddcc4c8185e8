// JSON Schema validation of a document against its dialect's embedded schema (valijson).
// Only this file's .cpp includes valijson: it is slow to compile.
#pragma once
#include <string>
#include <vector>

#include "lint/document.h"

namespace azlint {

struct SchemaError {
  enum class Kind { Type, Required, UnknownProperty, Enum, Const, MinLength, MinItems, MinProperties, Pattern, Range, AnyOf, Other };
  Kind kind = Kind::Other;
  std::string pointer;   // JSON Pointer of the offending value (the object, for Required/UnknownProperty)
  std::string property;  // Required / UnknownProperty: the property name
  std::string raw;       // valijson's description
};

// The embedded schema's path for a dialect ("schemas/librechat.schema.json"), "" when none.
std::string schema_path(Dialect d);
// Leaf errors only (valijson's cascade of "failed to validate against …" parents is dropped).
// The schema is parsed once per dialect, on first use.
std::vector<SchemaError> validate_against_schema(const Document& doc);

}  // namespace azlint
