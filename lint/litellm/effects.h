// What the LiteLLM proxy does with a value, phrased for the shared rules' messages: an unset
// `os.environ/VAR`, a value PyYAML types as a non-string. Facts: ../shared/reference/
// litellm-openwebui-azure.md (A2, A5) and the proxy's config loader.
#pragma once
#include <string>
#include <string_view>

#include "lint/behaviour.h"

namespace azlint::litellm {

// The `model` string of the deployment a node of `model_list[i].litellm_params` belongs to, or "".
std::string_view sibling_model(const Document& doc, const Node& node);
// The provider prefix of that model ("azure"), or "".
std::string provider_of(const Document& doc, const Node& node);

// What happens when the `os.environ/VAR` written in `node` names an unset variable: a clause
// starting with "; " and whether LiteLLM falls back to something that may still work (then the
// finding is a warning rather than an error).
UnsetEffect unset_reference_effect(const Document& doc, const Node& node, std::string_view var, const Env& env);

// What happens when PyYAML reads a plain scalar in a string field as another type (`what` is
// "a date", "the boolean true", ...): a clause starting with "; ".
std::string implicit_type_effect(const Document& doc, const Node& node, std::string_view what);

// A required field the schema found missing: where to report it, and the message and help
// (LiteLLM's loader reads `litellm_params` and `model` with [] and stops at start without them).
MissingKey missing_field(const Document& doc, const Node& object, std::string_view pointer, std::string_view property);

}  // namespace azlint::litellm
