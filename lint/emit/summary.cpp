#include "lint/emit/summary.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "lint/emit/emit.h"
#include "lint/scrub.h"
#include "rules/registry.h"

namespace azlint {

RunCounts count_file(const FileResult& r) {
  RunCounts c;
  c.files_checked = 1;
  c.files_with_findings = !r.diagnostics.empty();
  c.unreported = r.unreported;
  for (const Diagnostic& d : r.diagnostics)
    ++(d.severity == Severity::Error ? c.errors : d.severity == Severity::Warning ? c.warnings : c.infos);
  return c;
}

RunCounts count_run(const std::vector<FileResult>& results) {
  RunCounts c;
  for (const FileResult& r : results) {
    RunCounts f = count_file(r);
    c.files_checked += f.files_checked;
    c.files_with_findings += f.files_with_findings;
    c.errors += f.errors;
    c.warnings += f.warnings;
    c.infos += f.infos;
    c.unreported += f.unreported;
  }
  return c;
}

std::string summary_line(const std::vector<FileResult>& results, size_t unread_paths) {
  RunCounts c = count_run(results);
  auto plural = [](size_t n, const char* w) { return fmt::format("{} {}{}", n, w, n == 1 ? "" : "s"); };
  std::string out = fmt::format("{}, {}, {} in {} checked", plural(c.errors, "error"), plural(c.warnings, "warning"),
                                plural(c.infos, "info"), plural(c.files_checked, "file"));
  if (std::string against = checked_against(results); !against.empty())
    out += escape_controls(against.substr(against.find(' ')));  // "checked against …": the word is said
  if (unread_paths) out += "; " + plural(unread_paths, "path") + " not searched";
  return out;
}

std::vector<RuleCount> rule_statistics(const std::vector<FileResult>& results) {
  std::map<std::pair<std::string, Severity>, size_t> counts;
  for (const FileResult& r : results)
    for (const Diagnostic& d : r.diagnostics) ++counts[{d.rule, d.severity}];
  std::vector<RuleCount> out;
  for (const auto& [key, n] : counts) {
    const Rule* rule = find_rule(key.first);
    out.push_back({n, key.first, key.second, rule ? std::string(rule->meta().summary) : std::string()});
  }
  std::stable_sort(out.begin(), out.end(), [](const RuleCount& a, const RuleCount& b) {
    if (a.count != b.count) return a.count > b.count;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.severity > b.severity;  // error before warning before info
  });
  return out;
}

std::string statistics_text(const std::vector<RuleCount>& stats) {
  size_t count_w = 1, rule_w = 1;
  for (const RuleCount& s : stats) {
    count_w = std::max(count_w, std::to_string(s.count).size());
    rule_w = std::max(rule_w, s.rule.size());
  }
  std::string out;
  for (const RuleCount& s : stats) {
    std::string line = fmt::format("{:>{}} {:<{}} {:<7} {}", s.count, count_w, escape_controls(s.rule), rule_w,
                                   severity_name(s.severity), s.summary);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

nlohmann::ordered_json statistics_json(const std::vector<RuleCount>& stats) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const RuleCount& s : stats)
    out.push_back({{"count", s.count}, {"rule", s.rule}, {"severity", std::string(severity_name(s.severity))},
                   {"summary", s.summary}});
  return out;
}

nlohmann::ordered_json summary_json(const RunCounts& c) {
  return {{"files_checked", c.files_checked}, {"files_with_findings", c.files_with_findings},
          {"errors", c.errors},               {"warnings", c.warnings},
          {"infos", c.infos},                 {"findings", c.errors + c.warnings + c.infos},
          {"unreported", c.unreported}};
}

}  // namespace azlint
