// "did you mean" suggestions by edit distance (ASCII case folded, as the C locale folds).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace azlint {

size_t edit_distance(std::string_view a, std::string_view b, bool ignore_case = false);
// The closest candidate within a distance that scales with the length; "" when none is close.
// Closest: the fewest edits ignoring ASCII case, a case-only difference breaking ties (so "KEY"
// beats "KYE" for "key"); among equals the earlier candidate. One bounded dynamic-programming
// pass per candidate: a candidate whose length alone puts it past the best so far is skipped,
// and a row past the bound stops the pass.
std::string_view did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace azlint
