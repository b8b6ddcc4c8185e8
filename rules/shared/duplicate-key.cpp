// duplicate-key: a mapping key appears twice in one mapping
#include "lint/rule.h"

namespace azlint {
namespace {

class DuplicateKey final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"duplicate-key", "a mapping key appears twice in one mapping", Severity::Error, false, Dialect::Unknown};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_duplicate_key() {
  static const DuplicateKey rule;
  return rule;
}

}  // namespace azlint
