// insecure-endpoint: an `http://` endpoint to a non-loopback host that is sent an API key
#include "lint/rule.h"

namespace azlint {
namespace {

class InsecureEndpoint final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"insecure-endpoint", "an `http://` endpoint to a non-loopback host that is sent an API key", Severity::Error, false, Dialect::Unknown};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_insecure_endpoint() {
  static const InsecureEndpoint rule;
  return rule;
}

}  // namespace azlint
