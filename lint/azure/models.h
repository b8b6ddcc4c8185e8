// Facts about OpenAI model names as gateways see them.
#pragma once
#include <string>
#include <string_view>

namespace azlint::azure {

// o1, o1-mini, o3, o3-mini, o4-mini, ... (not "gpt-4o").
bool is_o_series(std::string_view model);
// o-series or gpt-5 family (reasoning models: no temperature != 1, max_completion_tokens).
bool is_reasoning_model(std::string_view model);
// Served only by the Responses API (o3-pro, o1-pro, codex-mini, gpt-5-pro, computer-use-preview, ...).
bool is_responses_only_model(std::string_view model);
// What Azure answers when such a model is called on the chat-completions route.
std::string responses_only_answer(std::string_view model);
// A model name LibreChat knows (partial match against its token tables, as LibreChat does).
bool is_known_model(std::string_view model);
// The closest known model name (for did-you-mean), or "".
std::string_view closest_known_model(std::string_view model);

}  // namespace azlint::azure
