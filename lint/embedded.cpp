#include "lint/embedded.h"

namespace azlint {

std::string_view embedded_file(std::string_view path) {
  for (const EmbeddedFile* f = embedded_files_begin(); f != embedded_files_end(); ++f)
    if (f->path == path) return f->content;
  return {};
}

}  // namespace azlint
