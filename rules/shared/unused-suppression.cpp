// unused-suppression: reported by the engine (lint/suppress.cpp); this file holds its metadata.
#include "lint/rule.h"

namespace azlint {
namespace {

class UnusedSuppression final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"unused-suppression", "an `azlint: disable…` comment that suppresses nothing", Severity::Warning, Fixability::Safe, ""};
    return kMeta;
  }
  // Emitted by the engine (lint/engine.cpp) before any rule runs.
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}
};

}  // namespace

const Rule& rule_unused_suppression() {
  static const UnusedSuppression rule;
  return rule;
}

}  // namespace azlint
