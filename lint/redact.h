// Secret shapes: key-shaped tokens and the values of key-like settings are masked in place
// (same length, so carets still line up), leaving only the last four characters. The scrubber
// (lint/scrub.h) applies these at every output, with the secret values a run knows besides.
#pragma once
#include <string>
#include <string_view>

namespace azlint {

// Masks API keys, bearer tokens, JWTs, Entra client secrets, URL passwords and the values of
// credential query/form parameters (`?subscription-key=…`, `client_secret=…`) in free text,
// also where they are percent-encoded.
std::string redact_secrets(std::string_view text);
// Masks the same, plus the value of key-like settings (`apiKey: …`, `api-key: …`,
// `Authorization: Bearer …`) in config text shown to the user. Over a whole file, a bare or
// quoted value on the line after its key is masked too.
std::string redact_source_line(std::string_view line);

}  // namespace azlint
