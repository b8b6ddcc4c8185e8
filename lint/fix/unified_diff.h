// `check --diff`: a unified diff (3 lines of context) between a file's text and its fixed text,
// headed `--- PATH` / `+++ PATH` with the path as given on the command line, so it applies with
// `patch -p0` from the directory azlint ran in. Lines keep their own line ends (CRLF stays);
// a last line without one is marked "\ No newline at end of file".
#pragma once
#include <string>
#include <string_view>

namespace azlint {

// "" when the texts are equal.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace azlint
