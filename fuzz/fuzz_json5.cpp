// The JSON5 loader on arbitrary bytes: no crash or hang (deep nesting, long strings, escapes)
// and every `syntax` span inside the file, on a character boundary.
// The surface and its invariants live in fuzz/surfaces.cpp (the regression test replays them).
#include <cstddef>
#include <cstdint>

#include "fuzz/surfaces.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return azlint::fuzz::fuzz_one(azlint::fuzz::Surface::Json5, data, size);
}
