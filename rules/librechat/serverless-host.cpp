// librechat/serverless-host: a serverless `baseURL` on an AI Foundry `/models` host or carrying `?api-version=`
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ServerlessHost final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/serverless-host", "a serverless `baseURL` on an AI Foundry `/models` host or carrying `?api-version=`", Severity::Warning, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_serverless_host() {
  static const ServerlessHost rule;
  return rule;
}

}  // namespace azlint
