#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "lint/emit/emit.h"
#include "lint/redact.h"

namespace azlint {

namespace {

const char* color_of(Severity s) {
  switch (s) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;33m";
    case Severity::Info: return "\x1b[1;36m";
  }
  return "";
}

// A line for display: tabs as single spaces so the caret lines up; control bytes as '?'.
std::string display(std::string_view line) {
  std::string out(line);
  for (char& c : out)
    if (c == '\t' || (static_cast<unsigned char>(c) < 0x20)) c = ' ';
  return out;
}

// Terminal columns of a code point: 2 for East Asian wide characters and emoji, else 1.
size_t cell_width(uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                 (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                 (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                 (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)
             ? 2
             : 1;
}

// Terminal columns of UTF-8 text.
size_t columns(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    uint32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    n += cell_width(cp);
    i += len;
  }
  return n;
}

void snippet(std::ostream& out, const SourceFile& src, Span span, const TextStyle& st, Severity sev) {
  Position b = src.position(span.begin);
  std::string_view line = src.line_text(b.line);
  if (line.size() > 400) return;  // minified or generated: the position says enough
  uint32_t line_start = src.line_start(b.line);
  uint32_t end = std::min<uint32_t>(span.end, line_start + static_cast<uint32_t>(line.size()));
  std::string_view text(src.text());
  size_t width = end > span.begin ? columns(text.substr(span.begin, end - span.begin)) : 1;
  size_t indent = columns(text.substr(line_start, span.begin - line_start));
  std::string num = std::to_string(b.line);
  std::string pad(num.size(), ' ');
  const char* blue = st.color ? "\x1b[1;34m" : "";
  const char* reset = st.color ? "\x1b[0m" : "";
  out << blue << pad << " |" << reset << "\n";
  out << blue << num << " |" << reset << " " << display(redact_source_line(line)) << "\n";
  out << blue << pad << " |" << reset << " " << std::string(indent, ' ') << (st.color ? color_of(sev) : "") << "^"
      << std::string(width > 0 ? width - 1 : 0, '~') << reset << "\n";
}

}  // namespace

void emit_text(std::ostream& out, const std::vector<FileResult>& results, const TextStyle& st,
               const std::vector<UnreadPath>& unread) {
  size_t counts[3] = {0, 0, 0};
  size_t files_with = 0;
  const char* bold = st.color ? "\x1b[1m" : "";
  const char* reset = st.color ? "\x1b[0m" : "";
  for (const FileResult& r : results) {
    if (!r.diagnostics.empty()) ++files_with;
    for (const Diagnostic& d : r.diagnostics) {
      ++counts[static_cast<int>(d.severity)];
      Position p = r.source->position(d.span.begin);
      out << bold << r.source->path() << ":" << p.line << ":" << p.column << ":" << reset << " "
          << (st.color ? color_of(d.severity) : "") << severity_name(d.severity) << ":" << reset << " " << bold
          << d.message << reset << " [" << d.rule << "]\n";
      if (st.snippets) snippet(out, *r.source, d.span, st, d.severity);
      for (const Note& n : d.notes) {
        const SourceFile& nf = n.file ? *n.file : *r.source;
        Position np = nf.position(n.span.begin);
        out << "note: " << n.message << " at " << nf.path() << ":" << np.line << ":" << np.column << "\n";
      }
      if (!d.help.empty()) out << (st.color ? "\x1b[1;32m" : "") << "help:" << reset << " " << d.help << "\n";
      if (st.snippets) out << "\n";
    }
    if (r.unreported)
      out << bold << r.source->path() << ":" << reset << " note: " << unreported_message(r) << "\n" << (st.snippets ? "\n" : "");
  }
  size_t total = counts[0] + counts[1] + counts[2];
  if (total == 0 && unread.empty()) return;
  auto plural = [](size_t n, const char* w) { return fmt::format("{} {}{}", n, w, n == 1 ? "" : "s"); };
  out << fmt::format("{}, {}, {} in {}", plural(counts[2], "error"), plural(counts[1], "warning"),
                     plural(counts[0], "info"), plural(files_with, "file"));
  if (std::string against = checked_against(results); !against.empty()) out << "; " << against;
  if (!unread.empty()) out << fmt::format("; {} not searched", plural(unread.size(), "path"));
  out << "\n";
}

}  // namespace azlint
