// "did you mean" suggestions by edit distance.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace azlint {

size_t edit_distance(std::string_view a, std::string_view b, bool ignore_case = false);
// The closest candidate within a distance that scales with the length; "" when none is close.
std::string_view did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace azlint
