// responses-only-model: a model served only by the Responses API configured on a chat-completions route
#include "lint/rule.h"

namespace azlint {
namespace {

class ResponsesOnlyModel final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"responses-only-model", "a model served only by the Responses API configured on a chat-completions route", Severity::Error, false, Dialect::Unknown};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_responses_only_model() {
  static const ResponsesOnlyModel rule;
  return rule;
}

}  // namespace azlint
