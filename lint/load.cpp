#include "lint/load.h"

#include "lint/load_env_file.h"
#include "lint/load_json5.h"

namespace azlint {

Format format_for(std::string_view path, std::optional<Dialect> forced) {
  if (forced == Dialect::OpenWebUIEnv) return Format::Dotenv;
  if (forced == Dialect::OpenClaw || forced == Dialect::OpenWebUI) return Format::Json5;
  if (forced) return Format::Yaml;
  auto ends = [&](std::string_view s) { return path.size() >= s.size() && path.substr(path.size() - s.size()) == s; };
  if (ends(".json") || ends(".json5")) return Format::Json5;
  if (ends(".env")) return Format::Dotenv;
  return Format::Yaml;
}

LoadResult load_document(std::shared_ptr<const SourceFile> source, Format format, const Limits& limits) {
  LoadResult r;
  switch (format) {
    case Format::Json5: r = load_json5(std::move(source), limits); break;
    case Format::Dotenv: r = load_env_file(std::move(source), limits); break;
    case Format::Yaml: r = load_yaml(std::move(source), limits); break;
  }
  r.doc.format = format;
  return r;
}

}  // namespace azlint
