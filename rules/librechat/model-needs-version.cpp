// librechat/model-needs-version: a model without a `version` of its own or from its group.
#include <string>

#include "lint/azure/api_versions.h"
#include "lint/rule.h"
#include "rules/librechat/model_needs.h"

namespace azlint {
namespace {

class ModelNeedsVersion final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/model-needs-version",
                                    "a model without a `version` of its own or from its group",
                                    Severity::Error, Fixability::Unsafe, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    static const std::string kHelp = "set `version:` (the Azure api-version, e.g. \"" + std::string(azure::kLatestGa) +
                                     "\") on the model, or on the group for its `true` models";
    static const librechat::ModelField kField{
        "version",
        kHelp.c_str(),
        [](const librechat::Group& g) { return g.version; },
        [](const librechat::Model& m) { return m.own_version; }};
    librechat::check_model_needs(ctx, kField);
  }
};

}  // namespace

const Rule& rule_librechat_model_needs_version() {
  static const ModelNeedsVersion rule;
  return rule;
}

}  // namespace azlint
