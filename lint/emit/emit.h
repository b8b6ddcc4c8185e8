// Emitters: turn engine results into text for people or documents for tools.
#pragma once
#include <algorithm>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/discover.h"
#include "lint/engine.h"
#include "lint/scrub.h"

namespace azlint {

class RunTally;  // lint/emit/summary.h

struct TextStyle {
  bool color = false;
  bool snippets = true;
  bool summary = true;         // false: -q, the findings only
  bool clean_summary = false;  // the summary even when nothing was found (check: it counts the files checked)
  bool statistics = false;     // --statistics: `COUNT ID SEVERITY SUMMARY` lines instead of the findings
};

// Every emitter prints what is not structure through the run's scrubber (lint/scrub.h): secrets
// masked in messages, help, notes, pointers and snippets; a fix whose text holds a secret is
// left out (masked, it would destroy the key it rewrites). The text and github formats, which a
// terminal shows, escape control characters too.
// `unread`: folders a directory search could not read (lint/discover.h), in every format that
// summarises a run.

// clang/rustc-style: `file:line:col: severity: message [rule]`, snippet, caret, notes, help;
// then the summary line (lint/emit/summary.h): findings per severity, files checked, the
// releases checked against, the unread folders.
void emit_text(std::ostream& out, const std::vector<FileResult>& results, const TextStyle& style,
               const Scrubber& scrubber, const std::vector<UnreadPath>& unread = {});
// The same streamed (lint_project's sink): each file's findings as it comes, then the end (the
// statistics, the summary line) from what the run added up (lint/emit/summary.h).
void emit_text_file(std::ostream& out, const FileResult& result, const TextStyle& style, const Scrubber& scrubber);
void emit_text_end(std::ostream& out, const RunTally& tally, const TextStyle& style,
                   const std::vector<UnreadPath>& unread = {});
// {"version": 1, "targets", "summary": {files_checked, errors, warnings, infos, …},
//  "diagnostics": [{file, line, column, endLine, endColumn, severity, rule, message, …}],
//  "files": [{file, target, errors, warnings, infos}], "unreported", "unread": [{path, reason}]
//  when a search could not read some}; `statistics`: a "statistics" array instead of "diagnostics".
void emit_json(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber,
               const std::vector<UnreadPath>& unread = {}, bool statistics = false);
// The same streamed: each file added as it comes (its findings and its entry in "files" kept as
// serialized text: the summary comes first in the document), the document written by finish().
class JsonReport {
 public:
  explicit JsonReport(bool statistics);
  ~JsonReport();
  void add(const FileResult& result, const Scrubber& scrubber);
  void finish(std::ostream& out, const std::vector<UnreadPath>& unread) const;

 private:
  bool statistics_;
  std::unique_ptr<RunTally> tally_;
  std::string diagnostics_, files_;  // the items of the arrays, as the document prints them
  nlohmann::ordered_json unreported_ = nlohmann::ordered_json::array();
};
// SARIF 2.1.0 for code scanning: one run, every registered rule in tool.driver.rules, paths
// relative to the working directory under uriBaseId %SRCROOT% (`cwd` replaces the working
// directory, for tests). Unread folders are tool execution notifications of the invocation.
void emit_sarif(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber,
                const std::vector<UnreadPath>& unread = {});
void emit_sarif(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber,
                const std::string& cwd, const std::vector<UnreadPath>& unread = {});
// The same streamed: each file's results serialized as it comes (`cwd` as above), the document
// written by finish().
class SarifReport {
 public:
  explicit SarifReport(std::string cwd);
  ~SarifReport();
  void add(const FileResult& result, const Scrubber& scrubber);
  void finish(std::ostream& out, const std::vector<UnreadPath>& unread) const;

 private:
  std::string cwd_;
  std::map<std::string, size_t> rule_index_;  // into tool.driver.rules
  bool verify_run_ = false;                   // a result of `verify`: its rules are described too
  std::unique_ptr<RunTally> tally_;
  std::string results_;                       // the items of runs[0].results, as printed
  nlohmann::ordered_json notifications_ = nlohmann::ordered_json::array();  // files past --max-findings
};
// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`
// (`::warning`, `::notice` for info), one per finding, escaped as the runner expects.
void emit_github(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber);
// One file's annotations (`cwd`: emit_detail::working_directory(), for the relative paths).
void emit_github_file(std::ostream& out, const FileResult& result, const Scrubber& scrubber, const std::string& cwd);
// JUnit XML for GitLab and Jenkins: one <testsuite> per file, one failing <testcase> per finding
// at or above `fail_at` (the exit code's --severity-threshold), the findings below it in the
// suite's <system-out>, one passing <testcase> for a file without a failure.
void emit_junit(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber,
                Severity fail_at = Severity::Error);
// The same streamed: each file's suite serialized as it comes (the totals head the document).
class JunitReport {
 public:
  explicit JunitReport(Severity fail_at);
  void add(const FileResult& result, const Scrubber& scrubber);
  void finish(std::ostream& out) const;

 private:
  Severity fail_at_;
  std::string cwd_;
  size_t tests_ = 0, failures_ = 0;
  std::string suites_;  // the <testsuite> elements, as printed
};

// True when a fix's edits hold a secret the scrubber knows: the formats leave such a fix out.
bool fix_holds_secret(const Fix& fix, const Scrubber& scrubber);

// The release a file was checked against, "librechat@0.8.524" ("" when none: an unknown or
// unparsed file); the distinct ones of a run, sorted; the text summary's words for them
// ("checked against librechat 0.8.524, openclaw 2026.9.6"; "" when none).
std::string target_of(const FileResult& result);
std::vector<std::string> run_targets(const std::vector<FileResult>& results);
std::string checked_against(const std::vector<FileResult>& results);

// What every format says of a file with findings past --max-findings ("" when it has none):
// "N more findings in this file were counted but not reported: …".
std::string unreported_message(const FileResult& result);

}  // namespace azlint
