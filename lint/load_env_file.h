// A dotenv file as a Document: a mapping of variable names to their string values, with the
// spans of names and values (Open WebUI's OPENAI_API_BASE_URLS / OPENAI_API_KEYS).
#pragma once
#include <memory>

#include "lint/load_yaml.h"

namespace azlint {

LoadResult load_env_file(std::shared_ptr<const SourceFile> source, const Limits& limits = {});

}  // namespace azlint
