// What a rule sees while it checks a document: reporting, the environment, shared views.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
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
#include "lint/resolution.h"

namespace azlint {

struct Config;
class Project;

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

class Context {
 public:
  Context(const Document& doc, const Env& env, const Project* project = nullptr, const Config* config = nullptr);
  ~Context();

  const Document& doc() const { return doc_; }
  const SourceFile& source() const { return *doc_.source; }
  const Env& env() const { return env_; }
  // The run, for the files this document is evidently linked to (lint/links.h); nullptr when
  // the document is checked on its own.
  const Project* project() const { return project_; }
  // The document's `.azlint.yaml` (an empty one when there is none).
  const Config& config() const;

  // Report at the value of a node / at its key (falls back to the value) / at a span.
  Report report(const Node& node, std::string message);
  Report report_key(const Node& node, std::string message);
  Report report_span(Span span, std::string pointer, std::string message);
  // One finding per cause: the first report of the current rule under `cause` is made as usual
  // and returned; a later one only adds the note `note` at `node` to that first finding (the
  // other entries sharing a deployment, a variable, a setting) and returns nullopt.
  std::optional<Report> report_once(const std::string& cause, const Node& node, std::string message,
                                    std::string note);

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

  // Scratch state a helper keeps for the document being checked (a lookup memo), made empty on
  // first use and shared by every rule.
  template <class T>
  T& memo() const {
    std::shared_ptr<void>& slot = memos_[std::type_index(typeid(T))];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

  // The document's resolved requests (its gateway's Gateway::resolve against env()), computed
  // once per document on first use: the URL rules quote the URL `show` prints and verify probes.
  const std::vector<ResolvedRequest>& resolved();
  // The resolved requests whose URL comes from `node` (their endpoint or fixed URL was read from it).
  std::vector<const ResolvedRequest*> resolved_from(const Node& node);

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
  const Config* config_;
  std::string rule_;
  Severity severity_ = Severity::Error;
  std::map<std::string, size_t> causes_;  // report_once: cause -> index in diags_ (SIZE_MAX: not kept)
  std::vector<Diagnostic> diags_;
  size_t max_findings_ = SIZE_MAX;
  size_t unreported_ = 0;
  Diagnostic scratch_;
  std::unique_ptr<std::vector<Field>> fields_;
  std::unique_ptr<std::vector<ResolvedRequest>> resolved_;
  std::map<std::type_index, std::shared_ptr<const void>> views_;
  mutable std::map<std::type_index, std::shared_ptr<void>> memos_;
};

}  // namespace azlint
