#include "lint/source.h"

#include <algorithm>

namespace azlint {

size_t find_line_break(std::string_view t, size_t i) {
  for (; i < t.size(); ++i)
    if (t[i] == '\n' || t[i] == '\r') return i;
  return t.size();
}

std::vector<uint32_t> line_starts_of(std::string_view t) {
  std::vector<uint32_t> starts{0};
  for (size_t i = find_line_break(t, 0); i < t.size(); i = find_line_break(t, i)) {
    i += line_break_at(t, i);
    starts.push_back(static_cast<uint32_t>(i));
  }
  return starts;
}

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)), line_starts_(line_starts_of(text_)) {}

static bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

Position SourceFile::position(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());  // 1-based
  uint32_t start = line_starts_[line - 1];
  uint32_t col = 1;
  for (uint32_t i = start; i < offset; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text_[i]))) ++col;
  }
  return {line, col};
}

uint32_t SourceFile::line_start(uint32_t line) const {
  if (line == 0) return 0;
  if (line > line_starts_.size()) return size();
  return line_starts_[line - 1];
}

uint32_t SourceFile::offset(uint32_t line, uint32_t byte_column) const {
  std::string_view lt = line_text(line);
  return line_start(line) + std::min<uint32_t>(byte_column, static_cast<uint32_t>(lt.size()));
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t b = line_starts_[line - 1];
  uint32_t e = line < line_starts_.size() ? line_starts_[line] : size();
  std::string_view s(text_.data() + b, e - b);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

uint32_t SourceFile::utf16_column(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t start = *(it - 1);
  uint32_t units = 0;
  for (uint32_t i = start; i < offset;) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    uint32_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return units;
}

}  // namespace azlint
