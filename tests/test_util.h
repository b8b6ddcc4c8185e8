// Small helpers shared by the unit tests.
#pragma once
#include <memory>
#include <string>

#include "lint/engine.h"
#include "lint/load_yaml.h"

namespace azlint::test {

inline std::shared_ptr<const SourceFile> src(const std::string& text, const std::string& path = "t.yaml") {
  return std::make_shared<SourceFile>(path, text);
}

inline LoadResult load(const std::string& text) { return load_yaml(src(text)); }

// The source text a span covers.
inline std::string spanned(const SourceFile& s, Span sp) { return s.text().substr(sp.begin, sp.end - sp.begin); }

// Lint text with every rule (or only some), no process environment.
inline FileResult lint(const std::string& text, std::set<std::string> only = {}, const std::string& path = "librechat.yaml") {
  Options o;
  o.process_env = false;
  o.default_env_file = false;
  o.only = std::move(only);
  return lint_source(src(text, path), o);
}

inline bool has_rule(const FileResult& r, const std::string& rule) {
  for (const Diagnostic& d : r.diagnostics)
    if (d.rule == rule) return true;
  return false;
}

}  // namespace azlint::test
