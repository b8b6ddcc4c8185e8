// The output formats of `check` (lint/emit/emit.h): its --format choices, help and completions.
#pragma once
#include <string>
#include <vector>

namespace azlint {

inline const std::vector<std::string>& check_formats() {
  static const std::vector<std::string> formats = {"text", "json", "sarif", "github", "junit"};
  return formats;
}

}  // namespace azlint
