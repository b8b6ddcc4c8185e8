// Where a key is being typed in a YAML block mapping, read from the text alone (the document
// usually does not parse while a key is half-typed): the JSON Pointer of the mapping, the
// key's column and the keys already there. For completion from the schema.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lint/lsp/documents.h"

namespace azlint::lsp {

struct KeyContext {
  std::string pointer;  // the mapping's JSON Pointer; sequence items are "/0"
  uint32_t column = 0;  // where the key starts on the cursor's line (bytes = UTF-16 units: only spaces and "- " before it)
  std::set<std::string> present;  // keys of the same mapping on other lines
};

// nullopt when the cursor is not on a key being typed (a value, a comment, flow style).
std::optional<KeyContext> yaml_key_context(const std::string& text, const std::vector<uint32_t>& line_starts, LspPosition pos);

}  // namespace azlint::lsp
