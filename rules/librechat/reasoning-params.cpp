// librechat/reasoning-params: `addParams` for an o-series model with `temperature` other than 1 or `max_tokens`
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ReasoningParams final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/reasoning-params", "`addParams` for an o-series model with `temperature` other than 1 or `max_tokens`", Severity::Error, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_reasoning_params() {
  static const ReasoningParams rule;
  return rule;
}

}  // namespace azlint
