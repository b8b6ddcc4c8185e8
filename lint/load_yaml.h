// YAML bytes -> Document. Built on yaml-cpp's event parser so that every node keeps its
// byte span, duplicate keys stay visible and aliases expand under a budget; the common subset of
// YAML goes through a faster reader that makes the same tree (lint/yaml_fast.h).
#pragma once
#include <memory>
#include <vector>

#include "lint/diagnostic.h"
#include "lint/document.h"
#include "lint/input_guard.h"

namespace azlint {

struct LoadResult {
  Document doc;
  std::vector<Diagnostic> diagnostics;  // `syntax` findings; doc.parsed is false after one
  // A failure the gateway's own parser has too (not one of azlint's limits): the message gets
  // what the gateway does with such a file (Behaviour::syntax_error).
  enum class Rejected : uint8_t { No, Syntax, Empty } rejected = Rejected::No;
};

// FastFirst: the fast reader (lint/yaml_fast.h) when the file is in its subset, yaml-cpp otherwise;
// both make the same tree. YamlCppOnly: yaml-cpp always (the fast reader's tests and bench).
enum class YamlReader : uint8_t { FastFirst, YamlCppOnly };

LoadResult load_yaml(std::shared_ptr<const SourceFile> source, const Limits& limits = {},
                     YamlReader reader = YamlReader::FastFirst);

}  // namespace azlint
