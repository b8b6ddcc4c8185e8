// librechat/model-key-alias: a model key that is no known model while its `deploymentName` names one
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ModelKeyAlias final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/model-key-alias", "a model key that is no known model while its `deploymentName` names one", Severity::Warning, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_model_key_alias() {
  static const ModelKeyAlias rule;
  return rule;
}

}  // namespace azlint
