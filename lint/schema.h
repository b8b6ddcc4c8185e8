// JSON Schema validation of a document against its gateway's embedded schema (valijson).
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

// Leaf errors only (valijson's cascade of "failed to validate against …" parents is dropped).
// The document is checked against its gateway's schema for its form and release
// (schema_path(doc), lint/gateway.h); each schema is parsed once, on first use.
std::vector<SchemaError> validate_against_schema(const Document& doc);

}  // namespace azlint
