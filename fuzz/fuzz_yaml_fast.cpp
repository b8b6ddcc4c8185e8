// The fast YAML reader (lint/yaml_fast.h) against yaml-cpp on arbitrary bytes: the same tree,
// field by field, or the same findings, whether or not the fast reader took the input.
// The surface and its invariant live in fuzz/surfaces.cpp (the regression test replays them).
#include <cstddef>
#include <cstdint>

#include "fuzz/surfaces.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return azlint::fuzz::fuzz_one(azlint::fuzz::Surface::YamlFast, data, size);
}
