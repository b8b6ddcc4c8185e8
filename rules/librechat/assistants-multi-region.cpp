// librechat/assistants-multi-region: more than one group with `assistants: true`
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class AssistantsMultiRegion final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/assistants-multi-region", "more than one group with `assistants: true`", Severity::Warning, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_assistants_multi_region() {
  static const AssistantsMultiRegion rule;
  return rule;
}

}  // namespace azlint
