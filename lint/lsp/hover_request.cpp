// The resolved request in a hover (lint/lsp/hover_request.h).
#include "lint/lsp/hover_request.h"

#include <fmt/format.h>

#include "lint/gateway.h"
#include "lint/known_secrets.h"
#include "lint/show/render.h"

namespace azlint::lsp {
namespace {

bool covers(const Span& s, uint32_t off) { return s.begin <= off && off < std::max(s.end, s.begin + 1); }

// `pointer` is `inner` or one of its ancestors.
bool encloses(const std::string& pointer, const std::string& inner) {
  return inner == pointer || (inner.size() > pointer.size() && inner.compare(0, pointer.size(), pointer) == 0 &&
                              inner[pointer.size()] == '/');
}

size_t depth(const std::string& pointer) {
  size_t n = 0;
  for (char c : pointer) n += c == '/';
  return n;
}

std::string parent(const std::string& pointer) {
  size_t at = pointer.rfind('/');
  return at == std::string::npos ? std::string() : pointer.substr(0, at);
}

}  // namespace

ResolvedDocument resolve_document(const Document& doc, const std::string& path, const Options& options, int64_t version) {
  ResolvedDocument out;
  out.version = version;
  if (!doc.parsed || !doc.gateway) return out;
  out.env = build_env(path, options);
  out.requests = doc.gateway->resolve(doc, out.env);
  out.secrets = known_secrets(doc, out.env);
  for (const ResolvedRequest& r : out.requests)
    for (const Part* p : {&r.auth.secret, &r.auth.client_secret})
      if (!p->value.empty()) out.secrets.push_back(p->value);
  return out;
}

std::vector<const ResolvedRequest*> requests_at(const std::vector<ResolvedRequest>& requests, uint32_t offset,
                                                const std::string& hovered) {
  std::vector<const ResolvedRequest*> out;
  // The model under the cursor: its key (or id), or a node inside it.
  for (const ResolvedRequest& r : requests)
    if (covers(r.span, offset) || (!hovered.empty() && !r.pointer.empty() && encloses(r.pointer, hovered))) out.push_back(&r);
  if (!out.empty() || hovered.empty()) return out;
  // A group, provider or entry: the nearest enclosing node, two levels deep or more, that holds requests.
  for (std::string at = hovered; depth(at) >= 2; at = parent(at)) {
    for (const ResolvedRequest& r : requests)
      if (encloses(at, r.pointer)) out.push_back(&r);
    if (!out.empty()) break;
  }
  return out;
}

std::string requests_markdown(const std::vector<const ResolvedRequest*>& shown, size_t max) {
  if (shown.empty()) return "";
  std::string md = shown.size() == 1 ? "**Request** (`azlint show`)" : fmt::format("**Requests** ({}, `azlint show`)", shown.size());
  md += "\n\n```text\n";
  for (size_t i = 0; i < shown.size() && i < max; ++i)
    for (const std::string& line : show::request_lines(*shown[i])) md += line + "\n";
  if (shown.size() > max) md += fmt::format("… and {} more: azlint show FILE\n", shown.size() - max);
  md += "```";
  return md;
}

}  // namespace azlint::lsp
