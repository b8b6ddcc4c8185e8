// The files a command that reads configs one by one (`verify`, `show`) is given: folders searched
// as `check` searches them, each file read and classified the one way (load_and_classify), and
// the `.azlint.yaml` found upward from it applied. What cannot be read is said on stderr.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lint/engine.h"
#include "lint/load.h"

namespace azlint {

// Paths (no path: the current folder) to files: folders searched for gateway configs; a folder
// that could not be opened is said, and with `say_empty` one that holds no config too.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths, uint64_t max_bytes, bool say_empty);

// A file read and classified; nullopt (said on stderr) when it cannot be read or does not parse.
struct NamedFile {
  std::shared_ptr<const SourceFile> source;
  Document doc;
};
std::optional<NamedFile> load_named(const std::string& file, const Options& base);

// `base` with the `.azlint.yaml` found upward from the file (one that cannot be used is said and
// ignored, as in `verify`).
Options options_for(const std::string& file, const Options& base);

}  // namespace azlint
