// The rule interface: metadata, a doc, and a check over one document.
#pragma once
#include <string_view>

#include "lint/context.h"
#include "lint/diagnostic.h"
#include "lint/document.h"

namespace azlint {

struct RuleMeta {
  std::string_view id;       // public contract: "librechat/duplicate-group", "schema"
  std::string_view summary;  // one line, lowercase, no trailing period
  Severity severity;         // default severity (a rule may report some findings lower or higher)
  bool fixable = false;
  // The id of the gateway the rule belongs to (lint/gateway.h); "" = shared by all gateways.
  std::string_view gateway;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  // Called once per parsed document of a gateway the rule applies to.
  virtual void check(const Document& doc, Context& ctx) const = 0;
};

}  // namespace azlint
