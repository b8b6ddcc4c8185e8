// Reading the embedded JSON Schemas: the sub-schema for a JSON Pointer, its expected types,
// properties and description (for messages, did-you-mean and editor hovers).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/document.h"

namespace azlint {

struct SchemaInfo {
  bool found = false;
  std::vector<std::string> types;       // "string", "boolean", ...; from `type` or anyOf/oneOf branches
  std::vector<std::string> properties;  // declared property names of an object schema
  std::vector<std::string> enum_values; // JSON text of each allowed value
  std::string description;
  bool closed = false;                  // additionalProperties: false
  long min_length = -1, min_items = -1;
  std::string pattern;
  // What the gateway does with an unknown key here, when the schema says it
  // (`x-azlint-unknown-keys`: "strict" refuses the start, "strip" drops the key); "" otherwise.
  std::string unknown_keys;
};

// The schema that applies at a pointer, in the embedded schema at `schema_path`
// (lint/gateway.h: schema_path(doc)).
SchemaInfo schema_info(std::string_view schema_path, std::string_view pointer);

}  // namespace azlint
