// Emitters: turn engine results into text for people or documents for tools.
#pragma once
#include <ostream>
#include <vector>

#include "lint/engine.h"

namespace azlint {

struct TextStyle {
  bool color = false;
  bool snippets = true;
};

// clang/rustc-style: `file:line:col: severity: message [rule]`, snippet, caret, notes, help.
void emit_text(std::ostream& out, const std::vector<FileResult>& results, const TextStyle& style);
// {"version": 1, "diagnostics": [{file, line, column, endLine, endColumn, severity, rule, message, …}]}
void emit_json(std::ostream& out, const std::vector<FileResult>& results);

}  // namespace azlint
