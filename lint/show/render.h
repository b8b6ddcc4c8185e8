// How `azlint show` prints a resolved request (lint/resolution.h): the versioned JSON object of
// one model and the lines of its text block, with the provenance of every part. The language
// server's hover can append the same lines below its text. Nothing here prints a credential (only
// the auth kind and where the credential came from); callers still pass every string through the
// run's Scrubber, as every output does.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/resolution.h"

namespace azlint::show {

// route: deployments | v1 | serverless | proxy (null for a request that names no deployment).
const char* route_name(RequestRoute route);
// auth: api-key | bearer | entra-client-credentials | none.
const char* auth_name(AuthKind kind);

// One entry of `models` in `show --format json` (README: "azlint show"): model, line, column,
// role, request {method, url, deployment, api_version, route, auth, params {added, dropped}},
// provenance {part: {file, line, column, via, var, env_source}}, unresolved [VAR], and, when
// there is one, `not_sent` (why the gateway cannot send it, or why azlint does not build it).
nlohmann::ordered_json request_json(const ResolvedRequest& r);

// The text block of one model: its header line, then one aligned line per part with where it
// came from (`file:line:col`, `${VAR}` and the env source, or "default").
std::vector<std::string> request_lines(const ResolvedRequest& r);

// The parts of a request `--against` compares, by name (url, deployment, api_version, route,
// auth, params, not_sent), as text.
std::vector<std::pair<std::string, std::string>> comparable_parts(const ResolvedRequest& r);

}  // namespace azlint::show
