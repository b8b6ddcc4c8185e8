// rule-id-alias: reported by the engine for suppression comments (lint/suppress.cpp, ids resolved
// by lint/rule_ids.h); this file holds its metadata.
#include "lint/rule.h"

namespace azlint {
namespace {

class RuleIdAlias final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"rule-id-alias", "a rule id written without its gateway prefix in a suppression",
                                    Severity::Info, Fixability::Safe, ""};
    return kMeta;
  }
  // Emitted by the engine (lint/engine.cpp) with the suppressions.
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}
};

}  // namespace

const Rule& rule_rule_id_alias() {
  static const RuleIdAlias rule;
  return rule;
}

}  // namespace azlint
