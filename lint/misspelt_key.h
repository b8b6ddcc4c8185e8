// A required key that is "missing" because it is misspelt (`deploymentNmae`): the finding about
// the missing key owns the mistake, names the misspelt key in a note (which takes the place of
// the schema pass's unknown-key finding there) and offers the rename.
#pragma once
#include <string_view>

#include "lint/context.h"
#include "lint/document.h"

namespace azlint {

// The key of `object` that is a near miss of `wanted` (did-you-mean distance) and that the
// object's schema does not declare; nullptr when there is none.
const Member* misspelt_key(const Document& doc, const Node& object, std::string_view wanted);
// Names it on the finding, with what the gateway does with it, and offers the rename.
void note_misspelt_key(Report& r, const Document& doc, const Node& object, const Member& typo, std::string_view wanted);

}  // namespace azlint
