// librechat/summary-model-missing: `summarize: true` and `summaryModel` not defined in any group
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class SummaryModelMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/summary-model-missing", "`summarize: true` and `summaryModel` not defined in any group", Severity::Error, false, Dialect::LibreChat};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_librechat_summary_model_missing() {
  static const SummaryModelMissing rule;
  return rule;
}

}  // namespace azlint
