#include "lint/context.h"

#include "lint/config.h"
#include "lint/gateway.h"

namespace azlint {

Context::Context(const Document& doc, const Env& env, const Project* project, const Config* config)
    : doc_(doc), env_(env), project_(project), config_(config) {}

const Config& Context::config() const {
  static const Config kNone;
  return config_ ? *config_ : kNone;
}
Context::~Context() = default;

void Context::begin_rule(std::string_view id, Severity default_severity) {
  rule_ = std::string(id);
  severity_ = default_severity;
  causes_.clear();
}

std::optional<Report> Context::report_once(const std::string& cause, const Node& node, std::string message,
                                           std::string note) {
  auto it = causes_.find(cause);
  if (it == causes_.end()) {
    const bool kept = diags_.size() < max_findings_;
    causes_.emplace(cause, kept ? diags_.size() : SIZE_MAX);
    return report(node, std::move(message));
  }
  if (it->second != SIZE_MAX) {
    Span s = node.span;
    if (s.empty() && !node.key_span().empty()) s = node.key_span();
    Report(diags_[it->second]).note(std::move(note), s);
  }
  return std::nullopt;
}

Report Context::report_span(Span span, std::string pointer, std::string message) {
  Diagnostic d;
  d.rule = rule_;
  d.severity = severity_;
  d.span = span;
  d.pointer = std::move(pointer);
  d.message = std::move(message);
  if (diags_.size() >= max_findings_) {
    ++unreported_;
    scratch_ = std::move(d);
    return Report(scratch_);
  }
  diags_.push_back(std::move(d));
  return Report(diags_.back());
}

Report Context::report(const Node& node, std::string message) {
  Span s = node.span;
  if (s.empty() && !node.key_span().empty()) s = node.key_span();  // an empty value: point at its key
  return report_span(s, node.pointer(), std::move(message));
}

Report Context::report_key(const Node& node, std::string message) {
  return report_span(node.key_or_value_span(), node.pointer(), std::move(message));
}

std::string Context::where(uint32_t offset) const {
  Position p = doc_.source->position(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

const std::vector<Field>& Context::fields() {
  if (!fields_)
    fields_ = std::make_unique<std::vector<Field>>(doc_.gateway ? doc_.gateway->fields(doc_) : std::vector<Field>());
  return *fields_;
}

const std::vector<ResolvedRequest>& Context::resolved() {
  if (!resolved_)
    resolved_ = std::make_unique<std::vector<ResolvedRequest>>(doc_.gateway ? doc_.gateway->resolve(doc_, env_)
                                                                            : std::vector<ResolvedRequest>());
  return *resolved_;
}

std::vector<const ResolvedRequest*> Context::resolved_from(const Node& node) {
  std::vector<const ResolvedRequest*> out;
  for (const ResolvedRequest& r : resolved()) {
    const Provenance& from = r.fixed_url.empty() ? r.endpoint.from : r.fixed_url.from;
    if (from.via != Provenance::Via::Default && from.pointer == node.pointer())
      out.push_back(&r);
  }
  return out;
}

}  // namespace azlint
