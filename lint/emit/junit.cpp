// JUnit XML: the test-report format GitLab (artifacts:reports:junit) and Jenkins read.
#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "lint/emit/emit.h"
#include "lint/emit/paths.h"

namespace azlint {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is not valid UTF-8.
size_t utf8_sequence(std::string_view s, size_t i, uint32_t& cp) {
  auto cont = [&](size_t k) { return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0) return 0;
  cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    if (!cont(i + k)) return 0;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  static const uint32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_length[n] || cp > 0x10FFFF) return 0;  // overlong or out of range
  return n;
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
bool xml_char(uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

// Escapes the five special characters and drops what XML 1.0 cannot hold (control characters,
// surrogates, U+FFFE/U+FFFF, invalid UTF-8). In attributes, tab and line breaks become character
// references so that attribute-value normalisation keeps them.
std::string xml_escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    size_t n = utf8_sequence(s, i, cp);
    if (n == 0) {
      ++i;  // invalid byte: dropped
      continue;
    }
    if (!xml_char(cp)) {
      i += n;
      continue;
    }
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;
      default: out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string attr(std::string_view s) { return xml_escape(s, true); }
std::string text(std::string_view s) { return xml_escape(s, false); }

}  // namespace

JunitReport::JunitReport(Severity fail_at) : fail_at_(fail_at), cwd_(emit_detail::working_directory()) {}

void JunitReport::add(const FileResult& r, const Scrubber& scrubber) {
  // Scrubbed; control characters shown escaped rather than dropped (XML 1.0 cannot hold them).
  auto clean = [&](std::string_view s) { return escape_controls(scrubber.scrub(s), "\t\n\r"); };
  const size_t n = static_cast<size_t>(std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                                     [&](const Diagnostic& d) { return d.severity >= fail_at_; }));
  tests_ += n ? n : 1;
  failures_ += n;
  std::ostringstream out;
  const SourceFile& src = *r.source;
  const std::string file = escape_controls(emit_detail::relative_to(src.path(), cwd_));
  const std::string name = attr(file);
  out << "  <testsuite name=\"" << name << "\" tests=\"" << (n ? n : 1) << "\" failures=\"" << n
      << "\" errors=\"0\">\n";
  if (n == 0) out << "    <testcase classname=\"" << name << "\" name=\"azlint\"/>\n";
  std::string below;  // the findings under the threshold: reported, not failing
  for (const Diagnostic& d : r.diagnostics) {
    Position p = src.position(d.span.begin);
    std::string where = std::to_string(p.line) + ":" + std::to_string(p.column);
    const std::string message = clean(d.message), rule = clean(d.rule);
    std::string body = file + ":" + where + ": " + std::string(severity_name(d.severity)) + ": " + message + " [" +
                       rule + "]\n";
    for (const Note& note : d.notes) {
      const SourceFile& nf = note.file ? *note.file : src;
      Position np = nf.position(note.span.begin);
      body += "note: " + clean(note.message) + " at " +
              (note.file ? escape_controls(emit_detail::relative_to(nf.path(), cwd_)) : file) + ":" +
              std::to_string(np.line) + ":" + std::to_string(np.column) + "\n";
    }
    if (!d.help.empty()) body += "help: " + clean(d.help) + "\n";
    if (d.severity < fail_at_) {
      below += body;
      continue;
    }
    out << "    <testcase classname=\"" << name << "\" name=\"" << attr(rule + " " + where) << "\">\n";
    out << "      <failure message=\"" << attr(message) << "\" type=\"" << attr(rule) << "\">" << text(body)
        << "</failure>\n";
    out << "    </testcase>\n";
  }
  if (r.unreported) below += unreported_message(r) + "\n";
  if (!below.empty()) out << "    <system-out>" << text(below) << "</system-out>\n";
  out << "  </testsuite>\n";
  suites_ += out.str();
}

void JunitReport::finish(std::ostream& out) const {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"azlint\" tests=\"" << tests_ << "\" failures=\"" << failures_ << "\" errors=\"0\">\n";
  out << suites_;
  out << "</testsuites>\n";
}

void emit_junit(std::ostream& out, const std::vector<FileResult>& results, const Scrubber& scrubber, Severity fail_at) {
  JunitReport report(fail_at);
  for (const FileResult& r : results) report.add(r, scrubber);
  report.finish(out);
}

}  // namespace azlint
