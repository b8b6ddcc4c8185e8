// The LiteLLM proxy's resolution of each `azure/` deployment to the request it sends
// (lint/resolution.h).
#pragma once
#include <vector>

#include "lint/resolution.h"

namespace azlint::litellm {

// One request per `azure/` / `azure_text/` entry of `model_list`, after `os.environ/VAR`, the
// config's `environment_variables` and the AZURE_* defaults LiteLLM reads.
std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& env);

}  // namespace azlint::litellm
