// Env files on arbitrary bytes: parse_dotenv's entries and the env-file loader (Open WebUI's
// .env dialect), every span inside the text, on character boundaries.
// The surface and its invariants live in fuzz/surfaces.cpp (the regression test replays them).
#include <cstddef>
#include <cstdint>

#include "fuzz/surfaces.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return azlint::fuzz::fuzz_one(azlint::fuzz::Surface::Dotenv, data, size);
}
