// Rule docs live beside each rule (rules/<id>.md; shared ids under rules/shared/).
#include <string>

#include "lint/embedded.h"
#include "rules/registry.h"
#include "rules/verify_registry.h"

namespace azlint {

std::string_view rule_doc(std::string_view id) {
  std::string path = id.find('/') != std::string_view::npos ? "rules/" + std::string(id) + ".md"
                                                           : "rules/shared/" + std::string(id) + ".md";
  return embedded_file(path);
}

std::string release_range_text(const ReleaseRange& releases) {
  if (releases.gateway.empty()) return {};
  std::string out(releases.gateway);
  out += releases.range.empty() ? ", every release" : " " + std::string(releases.range);
  return out;
}

std::string_view fixability_text(Fixability f) {
  switch (f.kind) {
    case Fixability::Safe: return "yes, safe (`check --fix`)";
    case Fixability::Unsafe: return "yes, unsafe (`check --fix --unsafe-fixes`)";
    case Fixability::SafeAndUnsafe: return "yes, safe (`check --fix`) and unsafe (`--unsafe-fixes`) ones";
    case Fixability::None: break;
  }
  return "no";
}

std::string_view fixability_mark(Fixability f) {
  switch (f.kind) {
    case Fixability::Safe:
    case Fixability::SafeAndUnsafe: return "fix";
    case Fixability::Unsafe: return "fix*";
    case Fixability::None: break;
  }
  return "";
}

std::string rule_page(const Rule& rule) {
  const RuleMeta& m = rule.meta();
  std::string doc(rule_doc(m.id));
  const bool ranged = !m.releases.gateway.empty();
  std::string table = std::string("| severity | fixable | dialect |") + (ranged ? " releases |" : "") + "\n|---|---|---|" +
                      (ranged ? "---|" : "") + "\n| " + std::string(severity_name(m.severity)) + " | " +
                      std::string(fixability_text(m.fixable)) + " | " +
                      (m.gateway.empty() ? std::string("all") : std::string(m.gateway)) + " |" +
                      (ranged ? " " + release_range_text(m.releases) + " |" : "") + "\n\n";
  if (ranged && !m.releases.differs.empty()) table += "Differs between releases: " + std::string(m.releases.differs) + "\n\n";
  size_t first_section = doc.find("\n## ");
  if (first_section == std::string::npos) return doc + "\n" + table;
  return doc.substr(0, first_section + 1) + table + doc.substr(first_section + 1);
}

std::string rules_index() {
  std::string out =
      "# azlint rules\n\nGenerated from each rule's own doc (`azlint gen-docs docs/rules`); "
      "`azlint explain <id>` prints the same page. Fix: `fix` safe (`check --fix` applies it), `fix*` unsafe "
      "(only with `--unsafe-fixes`).\n\n| id | severity | fix | summary |\n|---|---|---|---|\n";
  for (const Rule* r : all_rules()) {
    const RuleMeta& m = r->meta();
    std::string summary(m.summary);
    for (char& c : summary)
      if (c == '|') c = '/';
    out += "| [" + std::string(m.id) + "](" + std::string(m.id) + ".md) | " + std::string(severity_name(m.severity)) +
           " | " + std::string(fixability_mark(m.fixable)) + " | " + summary + " |\n";
  }
  out += "\n## Results of `azlint verify`\n\nNot run by `check`: `azlint verify` reports them after probing the "
         "endpoints (rules/verify_registry.h).\n\n| id | severity | summary |\n|---|---|---|\n";
  for (const Rule* r : verify_rules()) {
    const RuleMeta& m = r->meta();
    out += "| [" + std::string(m.id) + "](" + std::string(m.id) + ".md) | " + std::string(severity_name(m.severity)) + " | " +
           std::string(m.summary) + " |\n";
  }
  return out;
}

}  // namespace azlint
