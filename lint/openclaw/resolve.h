// OpenClaw's resolution of each provider model to the request it sends (lint/resolution.h).
#pragma once
#include <vector>

#include "lint/resolution.h"

namespace azlint::openclaw {

// One request per model (with an id) of every provider with a baseUrl: an Azure deployment
// request for an Azure OpenAI host, else an OpenAI-compatible (proxy) request.
std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& env);

}  // namespace azlint::openclaw
