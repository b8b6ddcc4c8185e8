// What a rule sees while it checks a document: reporting, the environment, shared views.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <typeindex>
#include <typeinfo>
#include <vector>

#include "lint/diagnostic.h"
#include "lint/document.h"
#include "lint/env.h"
#include "lint/fields.h"

namespace azlint {

// Fills in a diagnostic that has already been added to the context.
class Report {
 public:
  explicit Report(Diagnostic& d) : d_(d) {}
  Report& help(std::string text) { d_.help = std::move(text); return *this; }
  Report& note(std::string message, Span span) { d_.notes.push_back({std::move(message), span, nullptr}); return *this; }
  // A note at a mistake this finding owns: the `schema` finding at that span is dropped.
  Report& absorb(std::string message, Span span) {
    d_.notes.push_back({std::move(message), span, nullptr, true});
    return *this;
  }
  // A note in another file of the run (cross-file rules).
  Report& note_in(const Document& other, std::string message, Span span) {
    d_.notes.push_back({std::move(message), span, other.source});
    return *this;
  }
  // Every fix says whether `check --fix` may apply it (FixSafety, lint/diagnostic.h).
  Report& fix(std::string title, std::vector<Edit> edits, FixSafety safety) {
    d_.fix = Fix{std::move(title), std::move(edits), safety};
    return *this;
  }
  Report& severity(Severity s) { d_.severity = s; return *this; }
  Diagnostic& diagnostic() { return d_; }

 private:
  Diagnostic& d_;
};

// Every document of one run, so cross-file rules can relate them (OpenClaw -> LiteLLM).
struct Project {
  std::vector<const Document*> documents;  // parsed documents, in command-line order
};

class Context {
 public:
  Context(const Document& doc, const Env& env, const Project* project = nullptr);
  ~Context();

  const Document& doc() const { return doc_; }
  const SourceFile& source() const { return *doc_.source; }
  const Env& env() const { return env_; }
  // The other parsed documents of the run (never includes this one).
  std::vector<const Document*> others() const;

  // Report at the value of a node / at its key (falls back to the value) / at a span.
  Report report(const Node& node, std::string message);
  Report report_key(const Node& node, std::string message);
  Report report_span(Span span, std::string pointer, std::string message);

  // "12:14" for an offset, for messages that point at a related place.
  std::string where(uint32_t offset) const;

  // The roles of the document's fields (its gateway's Gateway::fields), built once on first use.
  const std::vector<Field>& fields();
  // A gateway's own view of the document, built once on first use by `build(doc)`; each view
  // type has its accessor in the gateway's folder (librechat::azure_view(ctx)).
  template <class View, class Build>
  const View& view(Build build) {
    std::shared_ptr<const void>& slot = views_[std::type_index(typeid(View))];
    if (!slot) slot = std::make_shared<const View>(build(doc_));
    return *static_cast<const View*>(slot.get());
  }

  // Engine side.
  void begin_rule(std::string_view id, Severity default_severity);
  std::vector<Diagnostic>& diagnostics() { return diags_; }
  // Past `max` findings, reports go to a scratch diagnostic and are only counted.
  void limit_findings(size_t max) { max_findings_ = max; }
  size_t unreported() const { return unreported_; }
  // True once reports are only counted: a rule may skip costly wording (did-you-mean, lists).
  bool saturated() const { return diags_.size() >= max_findings_; }

 private:
  const Document& doc_;
  const Env& env_;
  const Project* project_;
  std::string rule_;
  Severity severity_ = Severity::Error;
  std::vector<Diagnostic> diags_;
  size_t max_findings_ = SIZE_MAX;
  size_t unreported_ = 0;
  Diagnostic scratch_;
  std::unique_ptr<std::vector<Field>> fields_;
  std::map<std::type_index, std::shared_ptr<const void>> views_;
};

}  // namespace azlint
