// url-format: a URL field that is not an absolute `http(s)://host…` URL
#include "lint/rule.h"

namespace azlint {
namespace {

class UrlFormat final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"url-format", "a URL field that is not an absolute `http(s)://host…` URL", Severity::Error, false, Dialect::Unknown};
    return kMeta;
  }
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}  // TODO
};

}  // namespace

const Rule& rule_url_format() {
  static const UrlFormat rule;
  return rule;
}

}  // namespace azlint
