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

void RunTally::add(const FileResult& r) {
  RunCounts f = count_file(r);
  counts_.files_checked += f.files_checked;
  counts_.files_with_findings += f.files_with_findings;
  counts_.errors += f.errors;
  counts_.warnings += f.warnings;
  counts_.infos += f.infos;
  counts_.unreported += f.unreported;
  if (!target_of(r).empty()) {
    Release& rel = releases_[std::string(r.checked_as.gateway->id())][std::string(r.checked_as.release->version)];
    if (rel.first.size() < 3) rel.first.push_back(r.source->path());
    ++rel.files;
  }
  for (const Diagnostic& d : r.diagnostics) ++rules_[{d.rule, d.severity}];
}

std::vector<std::string> RunTally::targets() const {
  std::vector<std::string> out;  // sorted: the maps are
  for (const auto& [gateway, releases] : releases_)
    for (const auto& [release, files] : releases) out.push_back(gateway + "@" + release);
  std::sort(out.begin(), out.end());
  return out;
}

std::string RunTally::checked_against() const {
  std::string out;
  for (const auto& [gateway, releases] : releases_) {
    for (const auto& [release, files] : releases) {
      out += (out.empty() ? "" : ", ") + gateway + " " + release;
      if (releases.size() == 1) continue;  // one release of this gateway: no need to say which files
      out += " (";
      for (size_t i = 0; i < files.first.size(); ++i) out += (i ? ", " : "") + files.first[i];
      if (files.files > 3) out += ", …";
      out += ")";
    }
  }
  return out.empty() ? out : "checked against " + out;
}

std::vector<RuleCount> RunTally::rule_statistics() const {
  std::vector<RuleCount> out;
  for (const auto& [key, n] : rules_) {
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

namespace {

RunTally tally_of(const std::vector<FileResult>& results) {
  RunTally t;
  for (const FileResult& r : results) t.add(r);
  return t;
}

}  // namespace

RunCounts count_run(const std::vector<FileResult>& results) { return tally_of(results).counts(); }

std::string summary_line(const RunTally& tally, size_t unread_paths) {
  const RunCounts& c = tally.counts();
  auto plural = [](size_t n, const char* w) { return fmt::format("{} {}{}", n, w, n == 1 ? "" : "s"); };
  std::string out = fmt::format("{}, {}, {} in {} checked", plural(c.errors, "error"), plural(c.warnings, "warning"),
                                plural(c.infos, "info"), plural(c.files_checked, "file"));
  if (std::string against = tally.checked_against(); !against.empty())
    out += escape_controls(against.substr(against.find(' ')));  // "checked against …": the word is said
  if (unread_paths) out += "; " + plural(unread_paths, "path") + " not searched";
  return out;
}

std::string summary_line(const std::vector<FileResult>& results, size_t unread_paths) {
  return summary_line(tally_of(results), unread_paths);
}

std::vector<RuleCount> rule_statistics(const std::vector<FileResult>& results) {
  return tally_of(results).rule_statistics();
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
