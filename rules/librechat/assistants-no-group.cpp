// librechat/assistants-no-group: endpoint `assistants: true` but no group has `assistants: true`
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class AssistantsNoGroup final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/assistants-no-group", "endpoint `assistants: true` but no group has `assistants: true`", Severity::Error, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_assistants_no_group() {
  static const AssistantsNoGroup rule;
  return rule;
}

}  // namespace azlint
