// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
#include <string>

#include "lint/emit/emit.h"
#include "lint/emit/paths.h"

namespace azlint {

namespace {

const char* command_of(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "notice";
  }
  return "error";
}

// The message part (after `::`): `%`, CR and LF are escaped.
std::string escape_data(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

// A property value (`file=…,title=…`): as data, plus `:` and `,`, which delimit properties.
std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

}  // namespace

void emit_github_file(std::ostream& out, const FileResult& r, const Scrubber& scrubber, const std::string& cwd) {
  // The runner prints the data to the log: scrubbed, control characters escaped (line breaks are
  // data, escaped as %0A and %0D).
  auto clean = [&](std::string_view s) { return escape_controls(scrubber.scrub(s), "\t\n\r"); };
  const SourceFile& src = *r.source;
  const std::string file = escape_property(escape_controls(emit_detail::relative_to(src.path(), cwd)));
  for (const Diagnostic& d : r.diagnostics) {
    Position b = src.position(d.span.begin);
    Position e = src.position(std::max(d.span.end, d.span.begin));
    out << "::" << command_of(d.severity) << " file=" << file << ",line=" << b.line;
    // GitHub takes columns only for an annotation within one line.
    if (e.line == b.line)
      out << ",col=" << b.column << ",endLine=" << e.line << ",endColumn=" << std::max(e.column, b.column);
    else
      out << ",endLine=" << e.line;
    out << ",title=" << escape_property(clean(d.rule)) << "::";
    std::string message = clean(d.message);
    if (!d.help.empty()) message += "\nhelp: " + clean(d.help);
    for (const Note& n : d.notes) {
      const SourceFile& nf = n.file ? *n.file : src;
      Position np = nf.position(n.span.begin);
      message += "\nnote: " + clean(n.message) + " at " +
                 (n.file ? escape_controls(emit_detail::relative_to(nf.path(), cwd)) + ":" : "") +
                 std::to_string(np.line) + ":" + std::to_string(np.column);
    }
    out << escape_data(message) << "\n";
  }
  if (r.unreported) out << "::warning file=" << file << ",title=azlint::" << escape_data(unreported_message(r)) << "\n";
}

void emit_github(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber) {
  const std::string cwd = emit_detail::working_directory();
  for (const FileResult& r : results) emit_github_file(out, r, scrubber, cwd);
}

}  // namespace azlint
