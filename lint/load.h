// Loading a file into a classified Document: the loader by format (YAML, JSON5 for
// .json/.json5, dotenv for .env), then which gateway reads it. Every front (engine, CLI, LSP,
// verify) takes load_and_classify.
#pragma once
#include <memory>

#include "lint/gateways.h"
#include "lint/load_yaml.h"

namespace azlint {

// The one path from bytes to a Document a rule may see: load the file, classify it (`forced`,
// from --dialect, wins over detection), prepare the tree as the gateway's own loader sees it,
// and end a parse error with what that gateway does with it.
LoadResult load_and_classify(std::shared_ptr<const SourceFile> source, const GatewayForm& forced, const Limits& limits);

// The format of a file: the forced form's, else from its name.
Format format_for(std::string_view path, const Form* forced);
// The loader alone (no classification).
LoadResult load_document(std::shared_ptr<const SourceFile> source, Format format, const Limits& limits);

}  // namespace azlint
