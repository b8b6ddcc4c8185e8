#include "lint/verify/report.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>


namespace azlint::verify {
namespace {

std::string where(const Target& t) {
  std::string s;
  if (!t.deployment.empty()) s += (t.kind == TargetKind::OpenAIModels ? "model \"" : "deployment \"") + t.deployment + "\"";
  if (!t.url.empty()) s += (s.empty() ? "at " : " at ") + t.url;
  else if (!t.endpoint.empty()) s += (s.empty() ? "" : " on ") + t.endpoint + (t.v1 ? "/openai/v1" : "");
  if (!t.api_version.empty() && !t.v1 && t.kind != TargetKind::OpenAIModels && t.url.empty())
    s += (s.empty() ? "api-version " : ", api-version ") + t.api_version;
  return s;
}

std::string headline(const Result& r) {
  const Target& t = *r.target;
  switch (r.status) {
    case Status::Ok: return "answers";
    case Status::AuthFailed: return "authentication failed";
    case Status::DeploymentNotFound: return t.kind == TargetKind::OpenAIModels ? "model not served" : "deployment not found";
    case Status::ApiVersionUnsupported: return "api-version \"" + t.api_version + "\" not accepted";
    case Status::Throttled: return "throttled";
    case Status::Unreachable: return "unreachable";
    case Status::TlsError: return "TLS error";
    case Status::Timeout: return "timed out";
    case Status::Unexpected: return "unexpected answer";
    case Status::Skipped: return "not probed";
  }
  return "";
}

}  // namespace

Diagnostic to_diagnostic(const Result& r) {
  const Target& t = *r.target;
  Diagnostic d;
  d.rule = "verify/" + std::string(status_name(r.status));
  d.severity = status_severity(r.status);
  d.span = t.span;
  d.pointer = t.pointer;
  std::string w = where(t);
  // Masked where it is printed: every emitter passes its text through the run's scrubber.
  d.message = t.label + ": " + headline(r) + (w.empty() ? "" : " (" + w + ")") + (r.detail.empty() ? "" : " — " + r.detail);
  d.help = r.help;
  return d;
}

std::vector<FileResult> to_file_results(const std::vector<std::shared_ptr<const SourceFile>>& files,
                                        const std::vector<Result>& results) {
  std::vector<FileResult> out;
  std::map<const SourceFile*, size_t> index;
  for (const auto& f : files) {
    index.emplace(f.get(), out.size());
    FileResult fr;
    fr.source = f;
    out.push_back(std::move(fr));
  }
  for (const Result& r : results) {
    auto it = index.find(r.target->file.get());
    if (it == index.end()) continue;
    out[it->second].diagnostics.push_back(to_diagnostic(r));
  }
  for (FileResult& fr : out)
    std::stable_sort(fr.diagnostics.begin(), fr.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  return out;
}

void emit_verify_json(std::ostream& out, const std::vector<Result>& results, const Scrubber& scrubber) {
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const Result& r : results) {
    const Target& t = *r.target;
    Position p = t.file->position(t.span.begin);
    nlohmann::ordered_json j;
    j["file"] = t.file->path();
    j["line"] = p.line;
    j["column"] = p.column;
    j["target"] = scrubber.scrub(t.url.empty() ? t.endpoint : t.url);
    j["deployment"] = scrubber.scrub(t.deployment);
    j["status"] = std::string(status_name(r.status));
    if (r.http_status > 0) j["http_status"] = r.http_status;
    else j["http_status"] = nullptr;
    j["detail"] = scrubber.scrub(r.detail);
    j["label"] = scrubber.scrub(t.label);
    j["api_version"] = scrubber.scrub(t.api_version);
    j["severity"] = std::string(severity_name(status_severity(r.status)));
    if (!r.help.empty()) j["help"] = scrubber.scrub(r.help);
    arr.push_back(std::move(j));
  }
  doc["results"] = std::move(arr);
  out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

std::string summary(const std::vector<Result>& results) {
  std::map<Status, size_t> n;
  for (const Result& r : results) ++n[r.status];
  std::string s = "verify: " + std::to_string(results.size()) + (results.size() == 1 ? " target" : " targets");
  bool first = true;
  for (Status st : all_statuses()) {
    if (!n.count(st)) continue;
    s += (first ? ": " : ", ") + std::to_string(n[st]) + " " + std::string(status_name(st));
    first = false;
  }
  return s;
}

}  // namespace azlint::verify
