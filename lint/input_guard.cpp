#include "lint/input_guard.h"

#include <vector>

#include <fmt/format.h>

#include "lint/source.h"

namespace azlint {

std::optional<InputProblem> check_encoding(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c == 0)
      return InputProblem{static_cast<uint32_t>(i), "the file contains a NUL byte: this is not a text config (binary data?)"};
    if (c < 0x80) { ++i; continue; }
    size_t len = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    bool ok = len != 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (ok) {
      // overlong encodings, surrogates, out of range
      if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
          (cp >= 0xD800 && cp <= 0xDFFF))
        ok = false;
    }
    if (!ok)
      return InputProblem{static_cast<uint32_t>(i),
                          fmt::format("invalid UTF-8 byte 0x{:02x}: save the file as UTF-8", static_cast<unsigned>(c))};
    i += len;
  }
  return std::nullopt;
}

namespace {

struct Line {
  size_t begin, end;  // without the line break
};

std::vector<Line> split_lines(std::string_view s) {
  std::vector<Line> lines;
  for (size_t b = 0;;) {
    size_t e = find_line_break(s, b);
    lines.push_back({b, e});
    if (e == s.size()) return lines;
    b = e + line_break_at(s, e);
  }
}

// Does a line's content (after indentation) end a block scalar header (`key: |`, `- >-`)?
bool opens_block_scalar(std::string_view content) {
  // strip a trailing comment
  size_t hash = std::string_view::npos;
  char quote = 0;
  for (size_t i = 0; i < content.size(); ++i) {
    char c = content[i];
    if (quote) { if (c == quote) quote = 0; continue; }
    if (c == '"' || c == '\'') { if (i == 0 || content[i - 1] == ' ' || content[i - 1] == ':' || content[i-1] == '-') quote = c; continue; }
    if (c == '#' && (i == 0 || content[i - 1] == ' ' || content[i - 1] == '\t')) { hash = i; break; }
  }
  std::string_view t = content.substr(0, hash);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  // trailing indicator: | or > followed by optional [+-] and digit
  size_t k = t.size();
  while (k > 0 && (t[k - 1] == '+' || t[k - 1] == '-' || (t[k - 1] >= '1' && t[k - 1] <= '9'))) --k;
  if (k == 0 || (t[k - 1] != '|' && t[k - 1] != '>')) return false;
  if (k - 1 == 0) return true;
  char before = t[k - 2];
  return before == ' ' || before == '\t';
}

}  // namespace

std::optional<InputProblem> check_yaml_tabs(std::string_view s) {
  auto lines = split_lines(s);
  long block_indent = -1;  // indentation of the line that opened a block scalar
  for (const Line& l : lines) {
    std::string_view line = s.substr(l.begin, l.end - l.begin);
    size_t spaces = 0;
    while (spaces < line.size() && line[spaces] == ' ') ++spaces;
    size_t ws = spaces;
    while (ws < line.size() && (line[ws] == ' ' || line[ws] == '\t')) ++ws;
    bool blank = ws == line.size();
    if (block_indent >= 0) {
      if (blank || static_cast<long>(spaces) > block_indent) continue;  // block scalar content
      block_indent = -1;
    }
    if (blank) continue;
    if (ws != spaces && line[ws] != '#') {
      return InputProblem{static_cast<uint32_t>(l.begin + spaces),
                          "tab characters must not be used in indentation: indent with spaces"};
    }
    if (opens_block_scalar(line.substr(ws))) block_indent = static_cast<long>(spaces);
  }
  return std::nullopt;
}

std::optional<InputProblem> check_yaml_depth(std::string_view s, uint32_t max_depth) {
  // Block nesting: a stack of indentation columns; each `- ` or `? ` or `key: ` that opens
  // a compact nested collection on the same line adds a level. Flow brackets add levels.
  std::vector<size_t> indents;
  uint32_t flow = 0;
  auto lines = split_lines(s);
  long block_indent = -1;
  auto too_deep = [&](size_t offset) {
    return InputProblem{static_cast<uint32_t>(offset),
                        fmt::format("the document is nested more than {} levels deep: azlint stops here "
                                    "(no real gateway config is this deep)", max_depth)};
  };
  for (const Line& l : lines) {
    std::string_view line = s.substr(l.begin, l.end - l.begin);
    size_t ind = 0;
    while (ind < line.size() && line[ind] == ' ') ++ind;
    bool blank = ind == line.size() || line[ind] == '#';
    if (block_indent >= 0) {
      if (blank || static_cast<long>(ind) > block_indent) continue;
      block_indent = -1;
    }
    if (blank) continue;
    if (flow == 0) {
      while (!indents.empty() && indents.back() >= ind) indents.pop_back();
      indents.push_back(ind);
    }
    uint32_t compact = 0;
    char quote = 0;
    size_t i = ind;
    // leading compact indicators: "- - - x", "? "
    while (flow == 0 && i + 1 <= line.size() && (line[i] == '-' || line[i] == '?') &&
           (i + 1 == line.size() || line[i + 1] == ' ')) {
      ++compact;
      i += 2;
      while (i < line.size() && line[i] == ' ') ++i;
    }
    for (; i < line.size(); ++i) {
      char c = line[i];
      if (quote) {
        if (c == '\\' && quote == '"') { ++i; continue; }
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '#' && (i == 0 || line[i - 1] == ' ')) break;
      if ((c == '"' || c == '\'') && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '[' || line[i - 1] == '{' ||
                                       line[i - 1] == ',' || line[i - 1] == ':')) {
        quote = c;
        continue;
      }
      if (c == '[' || c == '{') {
        ++flow;
        if (indents.size() + compact + flow > max_depth) return too_deep(l.begin + i);
      } else if ((c == ']' || c == '}') && flow > 0) {
        --flow;
      } else if (flow == 0 && c == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) {
        // `key: - x` or `a: b: c` are not valid YAML; `key: [` is counted by brackets.
        size_t j = i + 1;
        while (j < line.size() && line[j] == ' ') ++j;
        if (j + 1 < line.size() && line[j] == '-' && line[j + 1] == ' ') ++compact;
      }
    }
    if (indents.size() + compact + flow > max_depth) return too_deep(l.begin + ind);
    if (flow == 0 && opens_block_scalar(line.substr(ind))) block_indent = static_cast<long>(ind);
  }
  return std::nullopt;
}

}  // namespace azlint
