// librechat/unknown-model: a model identifier that matches no known OpenAI model
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class UnknownModel final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/unknown-model", "a model identifier that matches no known OpenAI model", Severity::Info, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_unknown_model() {
  static const UnknownModel rule;
  return rule;
}

}  // namespace azlint
