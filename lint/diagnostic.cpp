#include "lint/diagnostic.h"

namespace azlint {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "error") return Severity::Error;
  if (s == "warning" || s == "warn") return Severity::Warning;
  if (s == "info" || s == "note") return Severity::Info;
  return std::nullopt;
}

}  // namespace azlint
