// A file's text and its line index: byte offset <-> 1-based line:column. Lines end at "\r\n",
// "\r" or "\n", as LSP 3.17 and YAML count them, so a position is the same whatever the line
// ends (U+2028/U+2029 do not end a line: editors do not break lines there).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace azlint {

struct Position {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in Unicode code points
};

// The length of the line break at `i` ("\r\n" 2, "\r" or "\n" 1), 0 when there is none.
inline size_t line_break_at(std::string_view t, size_t i) {
  if (i >= t.size()) return 0;
  if (t[i] == '\n') return 1;
  if (t[i] == '\r') return i + 1 < t.size() && t[i + 1] == '\n' ? 2 : 1;
  return 0;
}
// The offset of the first line break at or after `i`, or t.size().
size_t find_line_break(std::string_view t, size_t i);
// The offset where the line after the one holding `i` starts, or t.size().
inline size_t next_line_start(std::string_view t, size_t i) {
  size_t eol = find_line_break(t, i);
  return eol + line_break_at(t, eol);
}
// The offsets where lines start: 0 and each offset just past a line break.
std::vector<uint32_t> line_starts_of(std::string_view t);

class SourceFile {
 public:
  SourceFile() = default;
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }

  // 1-based line and column (code points) of a byte offset; offsets past the end clamp.
  Position position(uint32_t offset) const;
  // Byte offset of a 1-based line and 0-based byte column (clamped to the line).
  uint32_t offset(uint32_t line, uint32_t byte_column) const;
  // The text of a 1-based line without its line break.
  std::string_view line_text(uint32_t line) const;
  uint32_t line_start(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  // UTF-16 code units between the line start and the offset (for LSP).
  uint32_t utf16_column(uint32_t offset) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

}  // namespace azlint
