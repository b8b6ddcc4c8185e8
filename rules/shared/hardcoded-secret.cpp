// hardcoded-secret: an API key literal written in the config instead of an environment reference
#include "lint/rule.h"

namespace azlint {
namespace {

class HardcodedSecret final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"hardcoded-secret", "an API key literal written in the config instead of an environment reference", Severity::Warning, false, Dialect::Unknown};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_hardcoded_secret() {
  static const HardcodedSecret rule;
  return rule;
}

}  // namespace azlint
