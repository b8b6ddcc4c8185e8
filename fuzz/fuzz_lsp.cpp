// The language server on an arbitrary byte stream: the framing layer and JSON-RPC classification,
// then the whole server (dispatcher, documents, linting); what it writes must be valid frames.
// The surface and its invariants live in fuzz/surfaces.cpp (the regression test replays them).
#include <cstddef>
#include <cstdint>

#include "fuzz/surfaces.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return azlint::fuzz::fuzz_one(azlint::fuzz::Surface::Lsp, data, size);
}
