// The fuzzed input surfaces and the invariants that must hold for any input. Shared by the
// libFuzzer targets (fuzz/fuzz_*.cpp, which abort on a broken invariant) and the regression
// test (tests/regressions_test.cpp, which replays every saved input with the normal build).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"

namespace azlint::fuzz {

enum class Surface { Yaml, YamlFast, Json5, Dotenv, Lint, Lsp, VerifyClassify };
// "yaml", "yaml_fast", "json5", "dotenv", "lint", "lsp", "verify_classify" (the tests/regressions/ folders).
std::optional<Surface> parse_surface(std::string_view name);

// What broke, one line each; empty when every invariant held.
struct Problems {
  std::vector<std::string> list;
  void require(bool ok, std::string_view what, std::string_view detail = {});
};

struct CheckOptions {
  bool rules_registered = true;  // every rule id is a registered rule (find_rule) or `syntax`
  bool redacted = true;          // nothing key-shaped in messages, help and notes once scrubbed
                                 // (lint/scrub.h), nor in fix edits (the engine drops those)
};

// Inside `text` with begin <= end, and on UTF-8 character boundaries when `text` is valid UTF-8.
void check_span(Problems& p, const Span& s, std::string_view text, std::string_view what);
// Every span (diagnostic, same-file notes, fix edits), rule ids, and redaction.
void check_diagnostics(Problems& p, const std::vector<Diagnostic>& diags, std::string_view text,
                       const CheckOptions& o = {});
// `redact_secrets(s) == s`: nothing key-shaped (32 hex, sk-…, a JWT, a 40+ character token).
void check_redacted(Problems& p, std::string_view s, std::string_view what);

// Runs one input through a surface and checks its invariants.
Problems run_one(Surface surface, std::string_view bytes);
// For LLVMFuzzerTestOneInput: run_one, and print + abort when an invariant broke.
int fuzz_one(Surface surface, const uint8_t* data, size_t size);

}  // namespace azlint::fuzz
