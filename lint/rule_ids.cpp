#include "lint/rule_ids.h"

#include "lint/did_you_mean.h"
#include "rules/registry.h"
#include "rules/verify_registry.h"

namespace azlint {

RuleIdLookup lookup_rule_id(std::string_view id, bool verify_ids) {
  RuleIdLookup l;
  std::vector<const Rule*> rules = all_rules();
  if (verify_ids) rules.insert(rules.end(), verify_rules().begin(), verify_rules().end());
  for (const Rule* r : rules)
    if (r->meta().id == id) {
      l.rule = r;
      return l;
    }
  // Without the prefix: the ids whose last segment it is.
  if (!id.empty() && id.find('/') == std::string_view::npos) {
    const Rule* only = nullptr;
    for (const Rule* r : rules) {
      std::string_view full = r->meta().id;
      if (full.size() > id.size() + 1 && full.substr(full.size() - id.size()) == id && full[full.size() - id.size() - 1] == '/') {
        l.matches.push_back(full);
        only = r;
      }
    }
    if (l.matches.size() == 1) {
      l.rule = only;
      l.alias = true;
      l.matches.clear();
      return l;
    }
    if (!l.matches.empty()) return l;
  }
  // A misspelt id: written with a prefix, the closest full id; without one (or when no full id is
  // close, `librechat/plugin-serverless`), the id whose last segment is closest.
  auto tail = [](std::string_view s) { return s.substr(s.rfind('/') == std::string_view::npos ? 0 : s.rfind('/') + 1); };
  std::vector<std::string_view> known, tails;
  for (const Rule* r : rules) {
    known.push_back(r->meta().id);
    tails.push_back(tail(r->meta().id));
  }
  if (id.find('/') != std::string_view::npos) l.suggestion = did_you_mean(id, known);
  if (l.suggestion.empty()) {
    std::string_view near = did_you_mean(tail(id), tails);
    for (size_t i = 0; i < tails.size() && !near.empty(); ++i)
      if (tails[i] == near) {
        l.suggestion = known[i];
        break;
      }
  }
  return l;
}

std::string rule_id_hint(const RuleIdLookup& l) {
  if (!l.matches.empty()) {
    std::string s = "; it is one of ";
    for (size_t i = 0; i < l.matches.size(); ++i) s += (i ? ", \"" : "\"") + std::string(l.matches[i]) + "\"";
    return s;
  }
  if (!l.suggestion.empty()) return "; did you mean \"" + std::string(l.suggestion) + "\"?";
  return {};
}

}  // namespace azlint
