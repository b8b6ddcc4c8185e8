// The verify response classifier on arbitrary answers (status, headers, body, transport error,
// secrets to mask): a known status, and no secret or key-shaped text in the detail or excerpt.
// The surface and its invariants live in fuzz/surfaces.cpp (the regression test replays them).
#include <cstddef>
#include <cstdint>

#include "fuzz/surfaces.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return azlint::fuzz::fuzz_one(azlint::fuzz::Surface::VerifyClassify, data, size);
}
