// unknown-dialect: reported by the engine when a file matches no dialect; this file holds its metadata.
#include "lint/rule.h"

namespace azlint {
namespace {

class UnknownDialect final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"unknown-dialect", "a file that matches no dialect azlint knows (so no rule ran)", Severity::Info, false, ""};
    return kMeta;
  }
  // Emitted by the engine (lint/engine.cpp) before any rule runs.
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}
};

}  // namespace

const Rule& rule_unknown_dialect() {
  static const UnknownDialect rule;
  return rule;
}

}  // namespace azlint
