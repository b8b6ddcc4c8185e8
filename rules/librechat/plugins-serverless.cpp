// librechat/plugins-serverless: `plugins: true` together with serverless groups
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class PluginsServerless final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/plugins-serverless", "`plugins: true` together with serverless groups", Severity::Warning, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_plugins_serverless() {
  static const PluginsServerless rule;
  return rule;
}

}  // namespace azlint
