// The roles of LibreChat's config fields (Azure groups and models, custom endpoints) for the
// shared rules; see lint/fields.h.
#pragma once
#include <vector>

#include "lint/fields.h"

namespace azlint::librechat {

std::vector<Field> collect_fields(const Document& doc);

}  // namespace azlint::librechat
