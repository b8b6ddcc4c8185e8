// syntax: reported by the loader (lint/load_yaml.cpp); this file holds its metadata.
#include "lint/rule.h"

namespace azlint {
namespace {

class Syntax final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"syntax", "the file does not parse (YAML); position of the first error; never suppressible", Severity::Error, false, ""};
    return kMeta;
  }
  // Emitted by the engine (lint/engine.cpp) before any rule runs.
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}
};

}  // namespace

const Rule& rule_syntax() {
  static const Syntax rule;
  return rule;
}

}  // namespace azlint
