// librechat/placeholder-misuse: `${INSTANCE_NAME}` / `${DEPLOYMENT_NAME}` used outside `baseURL`, or defined as real env vars
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class PlaceholderMisuse final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/placeholder-misuse", "`${INSTANCE_NAME}` / `${DEPLOYMENT_NAME}` used outside `baseURL`, or defined as real env vars", Severity::Warning, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_placeholder_misuse() {
  static const PlaceholderMisuse rule;
  return rule;
}

}  // namespace azlint
