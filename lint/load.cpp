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

namespace {

// A file whose name says no format (standard input as "<stdin>", "config") that starts as JSON
// does (`//`, `/*`, `{`) is JSON5: `cat openclaw.json | azlint check -`.
Format sniff(std::string_view path, std::string_view text, Format by_name) {
  std::string_view name = path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1);
  if (by_name != Format::Yaml || name.find('.') != std::string_view::npos) return by_name;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t i = text.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return by_name;
  text.remove_prefix(i);
  return text.substr(0, 2) == "//" || text.substr(0, 2) == "/*" || text.front() == '{' ? Format::Json5 : by_name;
}

}  // namespace

LoadResult load_and_classify(std::shared_ptr<const SourceFile> source, const GatewayForm& forced, const Limits& limits) {
  const std::string path = source->path();
  const Format format = forced.form ? forced.form->format : sniff(path, source->text(), format_for(path, nullptr));
  LoadResult r = load_document(std::move(source), format, limits);
  Document& doc = r.doc;
  // A file that does not parse is classified by its name alone.
  const GatewayForm c = forced ? forced : detect_gateway(doc.parsed ? &doc.root : nullptr, path);
  doc.gateway = c.gateway;
  doc.form = c.form;
  doc.release = c.release;
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
