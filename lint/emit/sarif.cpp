// SARIF 2.1.0: what GitHub code scanning (and other SARIF viewers) ingest.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "lint/emit/emit.h"
#include "lint/emit/json_items.h"
#include "lint/emit/paths.h"
#include "lint/emit/summary.h"
#include "lint/project_info.h"
#include "rules/registry.h"
#include "rules/verify_registry.h"

namespace azlint {

namespace {

using Json = nlohmann::ordered_json;
using namespace emit_detail;

constexpr const char* kSrcRoot = "%SRCROOT%";

const char* level_of(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "warning";
}

// "librechat/duplicate-group" -> "LibrechatDuplicateGroup"
std::string camel_case(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '/' || c == '-' || c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

// The doc's first paragraph after its `# id` title, joined onto one line.
std::string first_paragraph(std::string_view doc) {
  std::string out;
  bool in_paragraph = false;
  size_t pos = 0;
  while (pos < doc.size()) {
    size_t nl = doc.find('\n', pos);
    std::string_view line = doc.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? doc.size() : nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    if (line.rfind("#", 0) == 0 || blank) {
      if (in_paragraph) break;
      continue;
    }
    if (in_paragraph) out += ' ';
    out += std::string(line);
    in_paragraph = true;
  }
  return out;
}

std::string without_backticks(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '`'), s.end());
  return s;
}

Json rule_descriptor(const Rule& rule) {
  const RuleMeta& m = rule.meta();
  std::string doc(rule_doc(m.id));
  std::string summary(m.summary);
  std::string full = first_paragraph(doc);
  if (full.empty()) full = summary;
  Json r;
  r["id"] = std::string(m.id);
  r["name"] = camel_case(m.id);
  r["shortDescription"] = {{"text", summary}};
  r["fullDescription"] = {{"text", without_backticks(full)}, {"markdown", full}};
  r["defaultConfiguration"] = {{"level", level_of(m.severity)}};
  r["helpUri"] = rule_doc_url(m.id);
  if (!doc.empty()) r["help"] = {{"text", doc}, {"markdown", doc}};
  Json tags = Json::array();
  tags.push_back("azlint");
  tags.push_back(m.gateway.empty() ? std::string("all-dialects") : std::string(m.gateway));
  if (m.fixable) tags.push_back("fixable");
  r["properties"] = {{"tags", tags}};
  return r;
}

Json region(const SourceFile& src, Span span) {
  Position b = src.position(span.begin);
  Position e = src.position(std::max(span.end, span.begin));
  return {{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column}};
}

// Positions in a message ("first defined at 12:14", ".env:3") move when lines are added above;
// the fingerprint leaves them out so that it does not.
std::string without_positions(std::string_view message) {
  std::string out;
  for (size_t i = 0; i < message.size();) {
    if (!std::isdigit(static_cast<unsigned char>(message[i]))) {
      out += message[i++];
      continue;
    }
    size_t j = i;
    while (j < message.size() && std::isdigit(static_cast<unsigned char>(message[j]))) ++j;
    bool after_colon = i > 0 && message[i - 1] == ':';
    bool before_colon = j < message.size() && message[j] == ':';
    out += (after_colon || before_colon) ? std::string("#") : std::string(message.substr(i, j - i));
    i = j;
  }
  return out;
}

struct Artifact {
  Json location;    // artifactLocation
  std::string key;  // the path as it goes into fingerprints
};

Artifact artifact_of(const std::string& path, const std::string& cwd) {
  std::string rel = relative_to(path, cwd);
  Artifact a;
  a.key = rel;
  if (!outside(rel)) {
    a.location = {{"uri", uri_encode(rel)}, {"uriBaseId", kSrcRoot}};
    return a;
  }
  // Outside the working directory ("../x.yaml", "/etc/x.yaml"): an absolute file URI.
  std::string abs = rel;
  if (abs.empty() || abs[0] != '/') abs = relative_to((cwd.empty() ? std::string(".") : cwd) + "/" + rel, "");
  a.location = {{"uri", abs.empty() || abs[0] != '/' ? uri_encode(rel) : file_uri(abs)}};
  return a;
}

Json physical(const Artifact& a, const SourceFile& src, Span span) {
  return {{"artifactLocation", a.location}, {"region", region(src, span)}};
}

}  // namespace

SarifReport::SarifReport(std::string cwd) : cwd_(std::move(cwd)), tally_(std::make_unique<RunTally>()) {
  // Every registered rule, then the results of `verify` (described when the run holds one).
  size_t i = 0;
  for (const Rule* r : all_rules()) rule_index_.emplace(std::string(r->meta().id), i++);
  for (const Rule* r : verify_rules()) rule_index_.emplace(std::string(r->meta().id), i++);
}

SarifReport::~SarifReport() = default;

void SarifReport::add(const FileResult& fr, const Scrubber& scrubber) {
  for (const Diagnostic& d : fr.diagnostics) verify_run_ |= d.rule.rfind("verify/", 0) == 0;
  const SourceFile& src = *fr.source;
  Artifact art = artifact_of(src.path(), cwd_);
  std::map<std::string, int> seen;  // identical fingerprints within a file get :1, :2, …
  for (const Diagnostic& d : fr.diagnostics) {
    Json r;
    const std::string rule = scrubber.scrub(d.rule), message = scrubber.scrub(d.message);
    r["ruleId"] = rule;
    auto idx = rule_index_.find(d.rule);
    if (idx != rule_index_.end()) r["ruleIndex"] = idx->second;
    r["level"] = level_of(d.severity);
    std::string text = message;
    if (!d.help.empty()) text += ". Help: " + scrubber.scrub(d.help);
    r["message"] = {{"text", text}};
    r["locations"] = Json::array({{{"physicalLocation", physical(art, src, d.span)}}});
    // (from the scrubbed text: not even a hash of a secret leaves)
    std::string hash =
        fnv1a64_hex(rule + '\0' + art.key + '\0' + scrubber.scrub(d.pointer) + '\0' + without_positions(message));
    r["partialFingerprints"] = {{"azlint/v1", hash + ":" + std::to_string(++seen[hash])}};
    if (!d.notes.empty()) {
      Json related = Json::array();
      int id = 0;
      for (const Note& n : d.notes) {
        const SourceFile& nf = n.file ? *n.file : src;
        Artifact na = n.file ? artifact_of(nf.path(), cwd_) : art;  // a note may point into another file
        related.push_back(
            {{"id", ++id}, {"physicalLocation", physical(na, nf, n.span)}, {"message", {{"text", scrubber.scrub(n.message)}}}});
      }
      r["relatedLocations"] = std::move(related);
    }
    if (d.fix && !d.fix->edits.empty() && !fix_holds_secret(*d.fix, scrubber)) {
      // One artifactChange per file the fix edits (a cross-file rule's fix edits the other file).
      Json changes = Json::array();
      std::vector<const SourceFile*> files;
      for (const Edit& e : d.fix->edits) {
        const SourceFile* f = e.file ? e.file.get() : &src;
        if (std::find(files.begin(), files.end(), f) == files.end()) files.push_back(f);
      }
      for (const SourceFile* f : files) {
        Json replacements = Json::array();
        for (const Edit& e : d.fix->edits)
          if ((e.file ? e.file.get() : &src) == f)
            replacements.push_back({{"deletedRegion", region(*f, e.span)}, {"insertedContent", {{"text", e.replacement}}}});
        changes.push_back({{"artifactLocation", f == &src ? art.location : artifact_of(f->path(), cwd_).location},
                           {"replacements", std::move(replacements)}});
      }
      Json fix = {{"description", {{"text", scrubber.scrub(d.fix->title)}}},
                  {"artifactChanges", std::move(changes)},
                  {"properties", {{"safe", d.fix->safe()}}}};
      r["fixes"] = Json::array({std::move(fix)});
    }
    append_json_item(results_, r, 8);
  }
  // Findings past --max-findings: a tool execution notification per file, as SARIF reports a
  // condition of the run rather than a result.
  if (fr.unreported)
    notifications_.push_back({{"level", "warning"},
                              {"message", {{"text", unreported_message(fr)}}},
                              {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", artifact_of(fr.source->path(), cwd_).location}}}}})}});
  tally_->add(fr);
}

void SarifReport::finish(std::ostream& out, const std::vector<UnreadPath>& unread) const {
  Json rules = Json::array();
  for (const Rule* r : all_rules()) rules.push_back(rule_descriptor(*r));
  // A run of `verify` describes its results' ids too (rules/verify_registry.h).
  if (verify_run_)
    for (const Rule* r : verify_rules()) rules.push_back(rule_descriptor(*r));

  Json driver;
  driver["name"] = "azlint";
  driver["version"] = AZLINT_VERSION;
  driver["semanticVersion"] = AZLINT_VERSION;
  driver["informationUri"] = std::string(kHomepage);
  driver["rules"] = std::move(rules);

  // The serialized results go where the placeholder is.
  const std::string results_at = "\001results\001";
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  if (!cwd_.empty()) {
    std::string root = cwd_.back() == '/' ? cwd_ : cwd_ + "/";
    run["originalUriBaseIds"] = {{kSrcRoot, {{"uri", file_uri(root)}}}};
  }
  run["columnKind"] = "unicodeCodePoints";
  // The releases the run checked against ("librechat@0.8.524").
  run["properties"] = {{"targets", tally_->targets()}};
  run["results"] = results_at;
  Json notifications = notifications_;
  // Folders a directory search could not read.
  for (const UnreadPath& u : unread)
    notifications.push_back({{"level", "warning"},
                             {"message", {{"text", u.path + ": " + u.reason + " (not searched)"}}},
                             {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", artifact_of(u.path, cwd_).location}}}}})}});
  if (!notifications.empty())
    run["invocations"] = Json::array({{{"executionSuccessful", true}, {"toolExecutionNotifications", std::move(notifications)}}});

  Json doc;
  doc["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  doc["version"] = "2.1.0";
  doc["runs"] = Json::array({std::move(run)});
  write_spliced(out, doc, {{results_at, &results_}}, 8);
}

void emit_sarif(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber,
                const std::vector<UnreadPath>& unread) {
  emit_sarif(out, results, scrubber, working_directory(), unread);
}

void emit_sarif(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber,
                const std::string& cwd, const std::vector<UnreadPath>& unread) {
  SarifReport report(cwd);
  for (const FileResult& r : results) report.add(r, scrubber);
  report.finish(out, unread);
}

}  // namespace azlint
