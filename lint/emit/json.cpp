#include <nlohmann/json.hpp>

#include "lint/emit/emit.h"
#include "lint/emit/summary.h"

namespace azlint {

void emit_json(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber,
               const std::vector<UnreadPath>& unread, bool statistics) {
  nlohmann::ordered_json diags = nlohmann::ordered_json::array();
  for (const FileResult& r : results) {
    if (statistics) break;
    for (const Diagnostic& d : r.diagnostics) {
      Position b = r.source->position(d.span.begin);
      Position e = r.source->position(std::max(d.span.end, d.span.begin));
      nlohmann::ordered_json j;
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
        nlohmann::ordered_json notes = nlohmann::ordered_json::array();
        for (const Note& n : d.notes) {
          const SourceFile& nf = n.file ? *n.file : *r.source;
          Position np = nf.position(n.span.begin);
          notes.push_back({{"message", scrubber.scrub(n.message)}, {"file", nf.path()}, {"line", np.line}, {"column", np.column}});
        }
        j["notes"] = notes;
      }
      if (d.fix && !fix_holds_secret(*d.fix, scrubber)) {
        nlohmann::ordered_json edits = nlohmann::ordered_json::array();
        for (const Edit& ed : d.fix->edits) {
          const SourceFile& ef = ed.file ? *ed.file : *r.source;  // a cross-file rule's fix: the other file
          Position eb = ef.position(ed.span.begin), ee = ef.position(ed.span.end);
          nlohmann::ordered_json e;
          if (ed.file) e["file"] = ef.path();
          e.update({{"line", eb.line}, {"column", eb.column}, {"endLine", ee.line}, {"endColumn", ee.column},
                    {"replacement", ed.replacement}});
          edits.push_back(std::move(e));
        }
        j["fix"] = {{"title", scrubber.scrub(d.fix->title)}, {"safe", d.fix->safe()}, {"edits", edits}};
      }
      diags.push_back(std::move(j));
    }
  }
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  // The releases the run checked against, and each file's ("librechat@0.8.524").
  doc["targets"] = run_targets(results);
  // What the run adds up to (lint/emit/summary.h), as the text summary says it.
  doc["summary"] = summary_json(count_run(results));
  if (statistics) doc["statistics"] = statistics_json(rule_statistics(results));
  else doc["diagnostics"] = std::move(diags);
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileResult& r : results) {
    nlohmann::ordered_json f = {{"file", r.source->path()}};
    if (std::string t = target_of(r); !t.empty()) f["target"] = t;
    RunCounts c = count_file(r);
    f.update({{"errors", c.errors}, {"warnings", c.warnings}, {"infos", c.infos}});
    files.push_back(std::move(f));
  }
  doc["files"] = std::move(files);
  // Files with findings past --max-findings: how many were counted but not reported.
  for (const FileResult& r : results)
    if (r.unreported)
      doc["unreported"].push_back({{"file", r.source->path()}, {"count", r.unreported}, {"message", unreported_message(r)}});
  // Paths a directory search could not read.
  for (const UnreadPath& u : unread) doc["unread"].push_back({{"path", u.path}, {"reason", u.reason}});
  out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace azlint
