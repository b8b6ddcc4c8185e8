// env-var-syntax for LiteLLM: the proxy resolves a value only when it starts with exactly
// `os.environ/` (`get_secret` strips the prefix and calls os.environ.get on the rest); anything
// else — `${VAR}`, `os.Environ/VAR`, `os.environ.VAR`, a prefix in the middle — is sent as text.
#pragma once
#include <string_view>
#include <vector>

#include "lint/behaviour.h"

namespace azlint::litellm {

// The malformed references of one value, left to right (offsets into the value's text).
std::vector<RefProblem> env_syntax_problems(std::string_view text);

}  // namespace azlint::litellm
