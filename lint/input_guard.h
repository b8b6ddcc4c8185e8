// Checks made on the raw bytes before any parser sees them: size, NUL bytes, UTF-8,
// and a nesting estimate that keeps recursive parsers away from hostile depth.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace azlint {

// The node budget a size limit implies: one node per 16 bytes, at least 250 000 — far more than
// a real config holds (5 000 LiteLLM deployments are ~50 000), so that a file the size limit
// admits is linted, and its tree stays within a small multiple of the file.
constexpr uint64_t node_budget_for(uint64_t max_file_bytes) {
  return max_file_bytes / 16 > 250'000 ? max_file_bytes / 16 : 250'000;
}

// The same defaults in every front end (check, the language server, linked files read from disk).
struct Limits {
  uint64_t max_file_bytes = 16u << 20;  // 16 MiB
  uint32_t max_depth = 256;             // nesting levels
  uint64_t max_nodes = node_budget_for(16u << 20);  // 1 048 576
  uint64_t max_alias_nodes = 200'000;   // nodes copied in by aliases (js-yaml shares them; we copy)
  // Findings kept for one file (--max-findings); the rest are counted, not kept, so a file that
  // fires on every node stays within memory. Real configs have tens.
  uint32_t max_findings = 10'000;
};

struct InputProblem {
  uint32_t offset = 0;
  std::string message;
};

// First NUL byte or invalid UTF-8 sequence.
std::optional<InputProblem> check_encoding(std::string_view text);
// A YAML document nested deeper than the limit (flow brackets, block indentation and
// compact `- - -` / `key: - ` forms), found without recursion.
std::optional<InputProblem> check_yaml_depth(std::string_view text, uint32_t max_depth);
// A tab in the indentation of a line (js-yaml rejects it), outside block scalars.
std::optional<InputProblem> check_yaml_tabs(std::string_view text);

}  // namespace azlint
