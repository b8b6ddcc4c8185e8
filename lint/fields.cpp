#include "lint/fields.h"

#include "lint/librechat/fields.h"

namespace azlint {

std::vector<Field> collect_fields(const Document& doc) {
  switch (doc.dialect) {
    case Dialect::LibreChat: return librechat::collect_fields(doc);
    default: break;
  }
  return {};
}

}  // namespace azlint
