// The roles of OpenClaw's config fields (`models.providers`) for the shared rules; see
// lint/fields.h. OpenClaw substitutes upper-case `${VAR}` in any string (`$${VAR}` escapes)
// and reads `{source: "env", id}` SecretRefs.
#pragma once
#include <vector>

#include "lint/fields.h"

namespace azlint::openclaw {

std::vector<Field> collect_fields(const Document& doc);

}  // namespace azlint::openclaw
