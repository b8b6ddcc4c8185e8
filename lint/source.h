// A file's text and its line index: byte offset <-> 1-based line:column.
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
