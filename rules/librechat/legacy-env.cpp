// librechat/legacy-env: legacy `AZURE_OPENAI_*` / `AZURE_API_KEY` variables in the env file while `groups` are configured
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class LegacyEnv final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/legacy-env", "legacy `AZURE_OPENAI_*` / `AZURE_API_KEY` variables in the env file while `groups` are configured", Severity::Warning, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_legacy_env() {
  static const LegacyEnv rule;
  return rule;
}

}  // namespace azlint
