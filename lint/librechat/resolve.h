// LibreChat's resolution of each Azure model to the request it sends (lint/resolution.h).
#pragma once
#include <vector>

#include "lint/resolution.h"

namespace azlint::librechat {

// One request per model of every `endpoints.azureOpenAI` group, after inheritance and `${VAR}`.
std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& env);

}  // namespace azlint::librechat
