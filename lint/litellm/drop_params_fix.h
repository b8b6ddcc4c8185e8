// The fix of litellm/drop-params-missing and chain/litellm-drop-params: `drop_params: true` in
// the config's `litellm_settings` (the section created at the end of the file when missing; a
// quoted "true" written as a boolean), indented as the file is.
#pragma once
#include <optional>

#include "lint/diagnostic.h"
#include "lint/document.h"

namespace azlint::litellm {

// The edit, or nullopt when the file is not shaped for one (or drop_params is set otherwise:
// `false` is the user's decision).
std::optional<Edit> add_drop_params(const Document& doc);

}  // namespace azlint::litellm
