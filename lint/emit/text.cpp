#include <algorithm>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "lint/emit/emit.h"
#include "lint/emit/summary.h"
#include "lint/scrub.h"

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

// A line for display: tabs as single spaces so the caret lines up; control characters (C0, DEL,
// C1, bidirectional overrides) and bytes that are not UTF-8 as one space each.
std::string display(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c < 0x80) {
      out += c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c);
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    bool valid = i + len <= line.size();
    for (size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(line[i + k]) & 0xC0) == 0x80;
    if (!valid) len = 1;
    std::string_view seq = line.substr(i, len);
    if (len == 1 || escape_controls(seq) != seq) out += ' ';  // one column, as columns() counts it
    else out.append(seq);
    i += len;
  }
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

// The lines of a file as the scrubber lets them be shown. A file is scrubbed as a whole (a key
// split over lines, a value on the line after its key); a file over 1 MiB a few lines around
// each line shown, so memory stays bounded by the lines, not the file.
class ShownLines {
 public:
  ShownLines(const SourceFile& src, const Scrubber& scrubber) : src_(src), scrubber_(scrubber) {}

  std::string line(uint32_t n) {
    if (src_.size() <= kWhole) {
      if (!whole_) whole_.emplace(src_.path(), scrubber_.scrub_source(src_.text()));
      return std::string(whole_->line_text(n));
    }
    uint32_t first = n, last = n;  // up to three lines either side, at most 8 KiB in all
    auto bytes = [&](uint32_t a, uint32_t b) { return src_.line_start(b + 1) - src_.line_start(a); };
    for (int i = 0; i < 3; ++i) {
      if (first > 1 && bytes(first - 1, last) <= kWindow) --first;
      if (last < src_.line_count() && bytes(first, last + 1) <= kWindow) ++last;
    }
    std::string_view text(src_.text());
    uint32_t b = src_.line_start(first), e = src_.line_start(last + 1);
    SourceFile window(src_.path(), scrubber_.scrub_source(text.substr(b, e - b)));
    return std::string(window.line_text(n - first + 1));
  }

 private:
  static constexpr uint32_t kWhole = 1u << 20;
  static constexpr uint32_t kWindow = 8u << 10;
  const SourceFile& src_;
  const Scrubber& scrubber_;
  std::optional<SourceFile> whole_;
};

// `shown` gives the file's lines scrubbed; positions come from `src`.
void snippet(std::ostream& out, const SourceFile& src, ShownLines& shown, Span span, const TextStyle& st,
             Severity sev) {
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
  out << blue << num << " |" << reset << " " << display(shown.line(b.line)) << "\n";
  out << blue << pad << " |" << reset << " " << std::string(indent, ' ') << (st.color ? color_of(sev) : "") << "^"
      << std::string(width > 0 ? width - 1 : 0, '~') << reset << "\n";
}

}  // namespace

void emit_text_file(std::ostream& out, const FileResult& r, const TextStyle& st, const Scrubber& scrubber) {
  if (st.statistics) return;  // the counts per rule, at the end
  const char* bold = st.color ? "\x1b[1m" : "";
  const char* reset = st.color ? "\x1b[0m" : "";
  // What a terminal is given: scrubbed, one line, control characters escaped.
  auto clean = [&](std::string_view s) { return escape_controls(scrubber.scrub(s), "\t"); };
  const std::string path = escape_controls(r.source->path());
  ShownLines shown(*r.source, scrubber);
  for (const Diagnostic& d : r.diagnostics) {
    Position p = r.source->position(d.span.begin);
    out << bold << path << ":" << p.line << ":" << p.column << ":" << reset << " "
        << (st.color ? color_of(d.severity) : "") << severity_name(d.severity) << ":" << reset << " " << bold
        << clean(d.message) << reset << " [" << clean(d.rule) << "]\n";
    if (st.snippets) snippet(out, *r.source, shown, d.span, st, d.severity);
    for (const Note& n : d.notes) {
      const SourceFile& nf = n.file ? *n.file : *r.source;
      Position np = nf.position(n.span.begin);
      out << "note: " << clean(n.message) << " at " << escape_controls(nf.path()) << ":" << np.line << ":" << np.column
          << "\n";
    }
    if (!d.help.empty()) out << (st.color ? "\x1b[1;32m" : "") << "help:" << reset << " " << clean(d.help) << "\n";
    if (st.snippets) out << "\n";
  }
  if (r.unreported)
    out << bold << path << ":" << reset << " note: " << unreported_message(r) << "\n" << (st.snippets ? "\n" : "");
}

void emit_text_end(std::ostream& out, const RunTally& tally, const TextStyle& st, const std::vector<UnreadPath>& unread) {
  if (st.statistics) out << statistics_text(tally.rule_statistics());
  if (!st.summary) return;
  const RunCounts& c = tally.counts();
  if (c.errors + c.warnings + c.infos == 0 && unread.empty() && !st.clean_summary) return;
  out << summary_line(tally, unread.size()) << "\n";
}

void emit_text(std::ostream& out, const std::vector<FileResult>& results, const TextStyle& st, const Scrubber& scrubber,
               const std::vector<UnreadPath>& unread) {
  RunTally tally;
  for (const FileResult& r : results) {
    emit_text_file(out, r, st, scrubber);
    tally.add(r);
  }
  emit_text_end(out, tally, st, unread);
}

}  // namespace azlint
