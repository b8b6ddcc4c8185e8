// yaml-implicit-type: an unquoted scalar that the YAML loader turns into a non-string where a string is expected
#include "lint/rule.h"

namespace azlint {
namespace {

class YamlImplicitType final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"yaml-implicit-type", "an unquoted scalar that the YAML loader turns into a non-string where a string is expected", Severity::Error, false, Dialect::Unknown};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_yaml_implicit_type() {
  static const YamlImplicitType rule;
  return rule;
}

}  // namespace azlint
