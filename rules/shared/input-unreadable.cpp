// input-unreadable: reported by the language server (lint/lsp/server.cpp) when a file read beside
// a document could not be read; the CLI says the same on stderr. This file holds its metadata.
#include "lint/rule.h"

namespace azlint {
namespace {

class InputUnreadable final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"input-unreadable",
                                    "a file read beside a config (.azlint.yaml, an env file) is not a regular file, cannot be "
                                    "read or is over the size limit",
                                    Severity::Error, false, ""};
    return kMeta;
  }
  // Reported about another file than the one checked, by the fronts (lint/read_input.h).
  void check(const Document& /*doc*/, Context& /*ctx*/) const override {}
};

}  // namespace

const Rule& rule_input_unreadable() {
  static const InputUnreadable rule;
  return rule;
}

}  // namespace azlint
