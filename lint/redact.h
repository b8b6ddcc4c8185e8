// Keeps secrets out of every output: key-shaped tokens and the values of key-like settings are
// masked in place (same length, so carets still line up), leaving only the last four characters.
#pragma once
#include <string>
#include <string_view>

namespace azlint {

// Masks API keys, bearer tokens and JWTs in free text (messages, notes, fix text).
std::string redact_secrets(std::string_view text);
// Masks the same, plus the value of key-like settings (`apiKey: …`, `api-key: …`,
// `Authorization: Bearer …`) in a line of a config shown to the user.
std::string redact_source_line(std::string_view line);

}  // namespace azlint
