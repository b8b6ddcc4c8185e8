// The refinements of librechat-data-provider's configSchema that JSON Schema cannot say and the
// schema pass checks (`refine` entries of schemas/librechat/<release>.unmodelled.json; the others
// are listed as not checked in docs/unmodelled.md).
#pragma once
#include <string>
#include <vector>

#include "lint/document.h"

namespace azlint::librechat {

struct RefinementFailure {
  const Node* node = nullptr;
  bool at_key = false;  // report at the node's key
  std::string message;  // azlint's words, with LibreChat's own message quoted
  std::string help;
};

std::vector<RefinementFailure> refinement_failures(const Node& root);

}  // namespace azlint::librechat
