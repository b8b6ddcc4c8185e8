// Reading the embedded JSON Schemas at a pointer: the sub-schema there (through `$ref`, allOf,
// anyOf/oneOf, records and patternProperties), its types, keys, values, description and what
// the gateway does with an unknown key there (for messages, did-you-mean and editor features).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/document.h"
#include "lint/schema_node.h"

namespace azlint {

struct SchemaInfo {
  bool found = false;
  std::string path;                     // the key path ("endpoints.custom[].tokenConfig.*"), as unmodelled.json writes it
  std::vector<std::string> types;       // "string", "boolean", ...; from `type` or anyOf/oneOf branches
  std::vector<std::string> properties;  // declared property names of an object schema (allOf members' too)
  std::vector<std::string> required;    // the keys it requires
  std::vector<std::string> enum_values; // JSON text of each allowed value
  std::string description;              // the schema's, else azlint's (schemas/descriptions/<gateway>.json)
  UnknownKeys mode = UnknownKeys::Passthrough;  // what the gateway does with an undeclared key here
  bool closed = false;                  // an undeclared key is not kept (strict or strip)
  long min_length = -1, min_items = -1;
  std::string pattern;
};

// The schema that applies at a pointer of a document (its gateway's release).
SchemaInfo schema_info(const Document& doc, std::string_view pointer);
// The same at a dialect's newest release (editor features without a parsed document).
SchemaInfo schema_info(Dialect d, std::string_view pointer);

}  // namespace azlint
