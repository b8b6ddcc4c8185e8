// Files compiled into the binary: JSON Schemas and rule docs (see cmake/embed.cmake).
#pragma once
#include <string_view>

namespace azlint {

struct EmbeddedFile {
  std::string_view path;     // relative to the repository root: "schemas/librechat.schema.json"
  std::string_view content;
};

const EmbeddedFile* embedded_files_begin();
const EmbeddedFile* embedded_files_end();

// The content of an embedded file, or "" when there is none.
std::string_view embedded_file(std::string_view path);

}  // namespace azlint
