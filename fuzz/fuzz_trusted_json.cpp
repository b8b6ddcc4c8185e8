// The fast reader of azlint's embedded JSON on arbitrary bytes (lint/json_dom.h, and
// lint/trusted_json.h's nlohmann value built from it): no crash, and whenever it reads a value,
// nlohmann's parser reads the same value, node for node.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz/json_dom_same.h"
#include "lint/json_dom.h"
#include "lint/trusted_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto doc = azlint::dom::Document::read(text);
  auto fast = azlint::read_trusted_json(text);
  if (!doc && !fast) return 0;
  nlohmann::json slow = nlohmann::json::parse(text, nullptr, false);
  if (!doc || !fast || slow.is_discarded() || *fast != slow || fast->dump() != slow.dump() ||
      !azlint::fuzz::same_as_nlohmann(doc->root(), slow)) {
    std::fprintf(stderr, "trusted json disagrees with nlohmann\n");
    std::abort();
  }
  return 0;
}
