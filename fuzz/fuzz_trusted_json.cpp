// The fast reader of azlint's embedded JSON (lint/trusted_json.h) on arbitrary bytes: no crash,
// and whenever it reads a value, nlohmann's parser reads the same value.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lint/trusted_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto fast = azlint::read_trusted_json(text);
  if (!fast) return 0;
  nlohmann::json slow = nlohmann::json::parse(text, nullptr, false);
  if (slow.is_discarded() || *fast != slow || fast->dump() != slow.dump()) {
    std::fprintf(stderr, "trusted json disagrees with nlohmann\n");
    std::abort();
  }
  return 0;
}
