// A fast reader for the YAML real gateway configs are written in: block mappings and sequences
// (`- key: v` compact forms, indentless sequences), one-line plain, single- and double-quoted
// scalars (simple escapes), literal and folded block scalars (`|`, `|-`, `>`, `>-`), one-line
// flow sequences and mappings, comments and blank lines. It makes exactly the tree
// lint/load_yaml.cpp's yaml-cpp path makes (through the same builder, lint/yaml_tree.h) and
// declines everything else — anchors, aliases, tags, multi-line plain and quoted scalars, `---`,
// directives, tabs, a lone CR, nesting near Limits::max_depth, more than
// Limits::max_nodes — so that yaml-cpp reads it, errors and all.
#pragma once
#include <optional>
#include <string_view>

#include "lint/document.h"
#include "lint/input_guard.h"

namespace azlint {

// The root (pointers not set), or nullopt when the text is outside the subset. `text` is valid
// UTF-8 (check_encoding). The tree's arrays and texts go to `arena` (partly filled on nullopt).
std::optional<Node> read_yaml_fast(std::string_view text, const Limits& limits, NodeArena& arena);

}  // namespace azlint
