// What a run adds up to: files checked, findings per severity, and per rule (--statistics).
// Every format that summarises a check counts the same way.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/engine.h"

namespace azlint {

struct RunCounts {
  size_t files_checked = 0;        // every file linted, with findings or without
  size_t files_with_findings = 0;
  size_t errors = 0, warnings = 0, infos = 0;
  size_t unreported = 0;           // counted past --max-findings, not reported
};
RunCounts count_run(const std::vector<FileResult>& results);
RunCounts count_file(const FileResult& result);

// --statistics: one entry per rule and severity, highest count first, ties by rule id.
struct RuleCount {
  size_t count = 0;
  std::string rule;
  Severity severity = Severity::Error;
  std::string summary;  // the rule's one-line summary ("" for an id no rule registers)
};

// What the summaries of a run need, added up one file at a time (a streamed report lets each
// file's result go once it is printed): the counts, the releases checked against and the first
// files of each, the findings per rule.
class RunTally {
 public:
  void add(const FileResult& result);
  const RunCounts& counts() const { return counts_; }
  // As run_targets(), checked_against() and rule_statistics() of the results added.
  std::vector<std::string> targets() const;
  std::string checked_against() const;
  std::vector<RuleCount> rule_statistics() const;

 private:
  struct Release {
    std::vector<std::string> first;  // the first three files checked against it
    size_t files = 0;
  };
  RunCounts counts_;
  std::map<std::string, std::map<std::string, Release>> releases_;  // gateway -> release
  std::map<std::pair<std::string, Severity>, size_t> rules_;
};

// "3 errors, 1 warning, 2 infos in 5 files checked against librechat 0.8.524" (the releases as
// checked_against names them; "; 1 path not searched" when a search could not read some).
std::string summary_line(const std::vector<FileResult>& results, size_t unread_paths);
std::string summary_line(const RunTally& tally, size_t unread_paths);

std::vector<RuleCount> rule_statistics(const std::vector<FileResult>& results);
// `COUNT ID SEVERITY SUMMARY` lines, aligned.
std::string statistics_text(const std::vector<RuleCount>& stats);
nlohmann::ordered_json statistics_json(const std::vector<RuleCount>& stats);
// {"files_checked", "files_with_findings", "errors", "warnings", "infos", "findings", "unreported"}
nlohmann::ordered_json summary_json(const RunCounts& c);

}  // namespace azlint
