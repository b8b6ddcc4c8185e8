// A required key that is "missing" because it is misspelt (`deploymentNmae`): the finding about
// the missing key owns the mistake, names the misspelt key in a note and offers the rename.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/context.h"
#include "lint/document.h"

namespace azlint {

// The key of a mapping that is a near miss of `wanted` (did-you-mean distance) and is none of the
// keys the object declares; nullptr when there is none.
const Member* misspelt_key(const Node& map, std::string_view wanted, const std::vector<std::string>& declared);
// Names it on the finding (absorbing the unknown-key finding the schema pass would make there)
// with what the gateway does with it, and offers the rename.
void note_misspelt_key(Report& r, const Member& m, std::string_view wanted, std::string_view what_the_gateway_does);

}  // namespace azlint
