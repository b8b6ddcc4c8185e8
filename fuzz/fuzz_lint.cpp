// The whole engine, bytes -> diagnostics, for every dialect: byte 0 picks the dialect (forced
// through Options::dialect), the rest is the file. Spans, rule ids and redaction are checked.
// The surface and its invariants live in fuzz/surfaces.cpp (the regression test replays them).
#include <cstddef>
#include <cstdint>

#include "fuzz/surfaces.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return azlint::fuzz::fuzz_one(azlint::fuzz::Surface::Lint, data, size);
}
