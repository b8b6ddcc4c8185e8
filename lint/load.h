// Picks the loader for a file: YAML, JSON5 (.json/.json5, OpenClaw, Open WebUI) or dotenv
// (Open WebUI's env file), and returns the same Document model from each.
#pragma once
#include <memory>
#include <optional>

#include "lint/load_yaml.h"

namespace azlint {

// The format of a file from a forced dialect, else from its name.
Format format_for(std::string_view path, std::optional<Dialect> forced);
LoadResult load_document(std::shared_ptr<const SourceFile> source, Format format, const Limits& limits);

}  // namespace azlint
