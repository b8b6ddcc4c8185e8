// Glob patterns over '/'-separated paths, for config names (`librechat*.yaml`) and
// `.azlint.yaml` `exclude:`: `*` and `?` stay within a path segment, `**` crosses segments
// (`**/` also matches no folder at all), `[abc]`, `[a-z]` and `[!abc]` match one character.
#pragma once
#include <string_view>

namespace azlint {

bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace azlint
