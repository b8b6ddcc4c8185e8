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

// The schema that applies at a pointer of a document (its gateway's form and release,
// schema_path(doc) in lint/gateway.h).
SchemaInfo schema_info(const Document& doc, std::string_view pointer);
// The same in the embedded schema at `schema_path`, with the hover texts of `gateway` (its id):
// editor features for a file not parsed yet.
SchemaInfo schema_info(std::string_view schema_path, std::string_view gateway, std::string_view pointer);

}  // namespace azlint
