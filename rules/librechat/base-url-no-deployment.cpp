// librechat/base-url-no-deployment: a non-serverless Azure `baseURL` with neither a deployment path nor `${DEPLOYMENT_NAME}`
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class BaseUrlNoDeployment final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/base-url-no-deployment", "a non-serverless Azure `baseURL` with neither a deployment path nor `${DEPLOYMENT_NAME}`", Severity::Warning, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_base_url_no_deployment() {
  static const BaseUrlNoDeployment rule;
  return rule;
}

}  // namespace azlint
