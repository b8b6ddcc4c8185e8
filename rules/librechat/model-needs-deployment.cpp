// librechat/model-needs-deployment: a model without a `deploymentName` of its own or from its group.
#include "lint/rule.h"
#include "rules/librechat/model_needs.h"

namespace azlint {
namespace {

class ModelNeedsDeployment final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/model-needs-deployment",
                                    "a model without a `deploymentName` of its own or from its group",
                                    Severity::Error, Fixability::Unsafe, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    static const librechat::ModelField kField{
        "deploymentName",
        "set `deploymentName:` on the model to the name of its Azure deployment, or on the group for its `true` models",
        [](const librechat::Group& g) { return g.deployment_name; },
        [](const librechat::Model& m) { return m.own_deployment; }};
    librechat::check_model_needs(ctx, kField);
  }
};

}  // namespace

const Rule& rule_librechat_model_needs_deployment() {
  static const ModelNeedsDeployment rule;
  return rule;
}

}  // namespace azlint
