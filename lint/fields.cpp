#include "lint/fields.h"

#include "lint/librechat/fields.h"
#include "lint/litellm/fields.h"
#include "lint/openclaw/fields.h"
#include "lint/openwebui/fields.h"

namespace azlint {

std::vector<Field> collect_fields(const Document& doc) {
  switch (doc.dialect) {
    case Dialect::LibreChat: return librechat::collect_fields(doc);
    case Dialect::LiteLLM: return litellm::collect_fields(doc);
    case Dialect::OpenClaw: return openclaw::collect_fields(doc);
    case Dialect::OpenWebUI:
    case Dialect::OpenWebUIEnv: return openwebui::collect_fields(doc);
    default: break;
  }
  return {};
}

}  // namespace azlint
