// `check --fix`: the fixes of a run applied to the files' bytes in rounds (a fix that overlaps one
// already taken waits for the next round, re-linted), until nothing changes or the round limit.
// Only the fixes the run allows (safe ones; unsafe ones too with --unsafe-fixes); files that may
// not be written take no edit. The texts are the raw bytes read (secrets, line ends and a BOM
// untouched); the engine drops a fix whose text holds a secret.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/engine.h"

namespace azlint {

struct FixOptions {
  bool unsafe = false;   // --unsafe-fixes
  int max_rounds = 10;
  std::vector<bool> frozen;  // per input: no edit goes into it (a file --fix may not write)
};

struct FixOutcome {
  std::vector<FileResult> results;                       // the lint of the fixed texts
  std::vector<std::shared_ptr<const SourceFile>> fixed;  // per input, its text after the fixes
  size_t fixed_count = 0;                                // findings whose fix was applied
};

// Lints `inputs`, applies the allowed fixes, re-lints; `inputs` are left as they were.
FixOutcome fix_project(std::vector<Input> inputs, const FixOptions& options);

// The text with `edits` applied (sorted by position, none overlapping).
std::string apply_edits(std::string_view text, std::vector<Edit> edits);

}  // namespace azlint
