#include "lint/load.h"

#include "lint/load_env_file.h"
#include "lint/load_json5.h"

namespace azlint {

Format format_for(std::string_view path, const Form* forced) {
  if (forced) return forced->format;
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

LoadResult load_and_classify(std::shared_ptr<const SourceFile> source, const GatewayForm& forced, const Limits& limits) {
  const std::string path = source->path();
  LoadResult r = load_document(std::move(source), format_for(path, forced.form), limits);
  Document& doc = r.doc;
  // A file that does not parse is classified by its name alone.
  const GatewayForm c = forced ? forced : detect_gateway(doc.parsed ? &doc.root : nullptr, path);
  doc.gateway = c.gateway;
  doc.form = c.form;
  doc.release = c.release;
  doc.dialect = c.form ? c.form->legacy : Dialect::Unknown;
  if (!c) return r;
  if (doc.parsed) {
    c.gateway->prepare(doc);
  } else if (r.rejected != LoadResult::Rejected::No) {
    const std::string effect = c.gateway->behaviour().syntax_error(doc, r.rejected == LoadResult::Rejected::Empty);
    for (Diagnostic& d : r.diagnostics)
      if (d.rule == "syntax") d.message += effect;
  }
  return r;
}

}  // namespace azlint
