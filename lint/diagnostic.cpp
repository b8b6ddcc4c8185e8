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

Diagnostic syntax_error(uint32_t offset, std::string message, std::string help, std::vector<Note> notes) {
  Diagnostic d;
  d.rule = "syntax";
  d.severity = Severity::Error;
  d.span = {offset, offset};
  d.message = std::move(message);
  d.help = std::move(help);
  d.notes = std::move(notes);
  return d;
}

}  // namespace azlint
