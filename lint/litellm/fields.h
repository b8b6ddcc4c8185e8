// The roles of a LiteLLM proxy config's fields for the shared rules (see lint/fields.h): every
// string in a deployment's `litellm_params` (LiteLLM resolves `os.environ/VAR` in all of them),
// the public `model_name`, and the `general_settings` / `environment_variables` values LiteLLM
// resolves.
#pragma once
#include <vector>

#include "lint/fields.h"

namespace azlint::litellm {

std::vector<Field> collect_fields(const Document& doc);

}  // namespace azlint::litellm
