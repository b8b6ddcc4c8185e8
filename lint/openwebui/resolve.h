// Open WebUI's resolution of each Azure connection's models to the requests it sends
// (lint/resolution.h).
#pragma once
#include <vector>

#include "lint/resolution.h"

namespace azlint::openwebui {

// One request per `model_ids` entry of every enabled Azure connection (one Resource request
// when it names none), in either form (config JSON, env file).
std::vector<ResolvedRequest> resolve_requests(const Document& doc, const Env& env);

}  // namespace azlint::openwebui
