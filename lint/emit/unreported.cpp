#include <fmt/format.h>

#include "lint/emit/emit.h"

namespace azlint {

std::string unreported_message(const FileResult& r) {
  if (r.unreported == 0) return {};
  return fmt::format("{} more finding{} in this file {} counted but not reported: azlint keeps the first {} of a "
                     "file (raise --max-findings to see more)",
                     r.unreported, r.unreported == 1 ? "" : "s", r.unreported == 1 ? "was" : "were",
                     r.diagnostics.size());
}

bool fix_holds_secret(const Fix& fix, const Scrubber& scrubber) {
  for (const Edit& e : fix.edits)
    if (scrubber.holds_secret(e.replacement)) return true;
  return false;
}

}  // namespace azlint
