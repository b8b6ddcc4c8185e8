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

// Whether a rule's findings carry fixes, and of which kind (FixSafety, lint/diagnostic.h).
// `false` (what rules without fixes write) means None; a rule with fixes names its kind.
struct Fixability {
  enum Kind : uint8_t { None, Safe, Unsafe, SafeAndUnsafe };
  Kind kind = None;
  constexpr Fixability() = default;
  constexpr Fixability(Kind k) : kind(k) {}  // NOLINT: implicit, RuleMeta{..., Fixability::Safe, ...}
  // Only `false`: a rule with fixes says whether they are safe (a `true` does not compile in a
  // constexpr RuleMeta).
  constexpr Fixability(bool b) : kind(b ? throw "RuleMeta: name the Fixability kind" : None) {}  // NOLINT
  constexpr explicit operator bool() const { return kind != None; }
  constexpr bool allows(FixSafety s) const {
    return kind == SafeAndUnsafe || (kind == Safe && s == FixSafety::Safe) || (kind == Unsafe && s == FixSafety::Unsafe);
  }
};

struct RuleMeta {
  std::string_view id;       // public contract: "librechat/duplicate-group", "schema"
  std::string_view summary;  // one line, lowercase, no trailing period
  Severity severity;         // default severity (a rule may report some findings lower or higher)
  Fixability fixable{};
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
