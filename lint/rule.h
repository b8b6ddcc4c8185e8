// The rule interface: metadata, a doc, and a check over one document.
#pragma once
#include <string_view>

#include "lint/context.h"
#include "lint/diagnostic.h"
#include "lint/document.h"

namespace azlint {

// The releases a rule holds for (lint/releases.h): the engine runs it only on documents of that
// gateway whose release is in `range`; documents of other gateways are not affected.
struct ReleaseRange {
  std::string_view gateway;  // "librechat"; "" = the rule does not depend on the release
  std::string_view range;    // ">=0.8.501", "<0.8.501", ">=2026.7.35"; "" = every release
  // What changes between releases inside the range, which the rule branches on ("" = nothing).
  std::string_view differs;
};

struct RuleMeta {
  std::string_view id;       // public contract: "librechat/duplicate-group", "schema"
  std::string_view summary;  // one line, lowercase, no trailing period
  Severity severity;         // default severity (a rule may report some findings lower or higher)
  bool fixable = false;
  // The id of the gateway the rule belongs to (lint/gateway.h); "" = shared by all gateways.
  std::string_view gateway;
  ReleaseRange releases{};
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  // Called once per parsed document of a gateway the rule applies to.
  virtual void check(const Document& doc, Context& ctx) const = 0;
};

}  // namespace azlint
