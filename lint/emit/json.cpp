#include <nlohmann/json.hpp>

#include "lint/emit/emit.h"
#include "lint/emit/json_items.h"
#include "lint/emit/summary.h"

namespace azlint {

namespace {

using Json = nlohmann::ordered_json;
using namespace emit_detail;

Json diagnostic_json(const FileResult& r, const Diagnostic& d, const Scrubber& scrubber) {
  Position b = r.source->position(d.span.begin);
  Position e = r.source->position(std::max(d.span.end, d.span.begin));
  Json j;
  j["file"] = r.source->path();
  j["line"] = b.line;
  j["column"] = b.column;
  j["endLine"] = e.line;
  j["endColumn"] = e.column;  // exclusive
  j["severity"] = std::string(severity_name(d.severity));
  j["rule"] = scrubber.scrub(d.rule);
  j["message"] = scrubber.scrub(d.message);
  if (!d.help.empty()) j["help"] = scrubber.scrub(d.help);
  j["pointer"] = scrubber.scrub(d.pointer);
  if (!d.notes.empty()) {
    Json notes = Json::array();
    for (const Note& n : d.notes) {
      const SourceFile& nf = n.file ? *n.file : *r.source;
      Position np = nf.position(n.span.begin);
      notes.push_back({{"message", scrubber.scrub(n.message)}, {"file", nf.path()}, {"line", np.line}, {"column", np.column}});
    }
    j["notes"] = notes;
  }
  if (d.fix && !fix_holds_secret(*d.fix, scrubber)) {
    Json edits = Json::array();
    for (const Edit& ed : d.fix->edits) {
      const SourceFile& ef = ed.file ? *ed.file : *r.source;  // a cross-file rule's fix: the other file
      Position eb = ef.position(ed.span.begin), ee = ef.position(ed.span.end);
      Json e;
      if (ed.file) e["file"] = ef.path();
      e.update({{"line", eb.line}, {"column", eb.column}, {"endLine", ee.line}, {"endColumn", ee.column},
                {"replacement", ed.replacement}});
      edits.push_back(std::move(e));
    }
    j["fix"] = {{"title", scrubber.scrub(d.fix->title)}, {"safe", d.fix->safe()}, {"edits", edits}};
  }
  return j;
}

}  // namespace

JsonReport::JsonReport(bool statistics) : statistics_(statistics), tally_(std::make_unique<RunTally>()) {}
JsonReport::~JsonReport() = default;

void JsonReport::add(const FileResult& r, const Scrubber& scrubber) {
  if (!statistics_)
    for (const Diagnostic& d : r.diagnostics) append_json_item(diagnostics_, diagnostic_json(r, d, scrubber), 4);
  Json f = {{"file", r.source->path()}};
  if (std::string t = target_of(r); !t.empty()) f["target"] = t;
  RunCounts c = count_file(r);
  f.update({{"errors", c.errors}, {"warnings", c.warnings}, {"infos", c.infos}});
  append_json_item(files_, f, 4);
  // Files with findings past --max-findings: how many were counted but not reported.
  if (r.unreported) unreported_.push_back({{"file", r.source->path()}, {"count", r.unreported}, {"message", unreported_message(r)}});
  tally_->add(r);
}

void JsonReport::finish(std::ostream& out, const std::vector<UnreadPath>& unread) const {
  // The serialized findings and files go where the placeholders are: the summary comes first.
  const std::string diagnostics_at = "\001diagnostics\001", files_at = "\001files\001";
  Json doc;
  doc["version"] = 1;
  // The releases the run checked against, and each file's ("librechat@0.8.524").
  doc["targets"] = tally_->targets();
  // What the run adds up to (lint/emit/summary.h), as the text summary says it.
  doc["summary"] = summary_json(tally_->counts());
  if (statistics_) doc["statistics"] = statistics_json(tally_->rule_statistics());
  else doc["diagnostics"] = diagnostics_at;
  doc["files"] = files_at;
  if (!unreported_.empty()) doc["unreported"] = unreported_;
  // Paths a directory search could not read.
  for (const UnreadPath& u : unread) doc["unread"].push_back({{"path", u.path}, {"reason", u.reason}});
  write_spliced(out, doc, {{diagnostics_at, &diagnostics_}, {files_at, &files_}}, 4);
}

void emit_json(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber,
               const std::vector<UnreadPath>& unread, bool statistics) {
  JsonReport report(statistics);
  for (const FileResult& r : results) report.add(r, scrubber);
  report.finish(out, unread);
}

}  // namespace azlint
