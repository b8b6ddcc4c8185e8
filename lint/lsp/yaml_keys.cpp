#include "lint/lsp/yaml_keys.h"

#include <cctype>
#include <string_view>

#include "lint/document.h"

namespace azlint::lsp {

namespace {

struct YamlLine {
  bool blank = true;     // empty or a comment
  uint32_t indent = 0;   // leading spaces
  bool dash = false;     // "- " after the indent
  uint32_t content = 0;  // column of the content (after "- ")
  std::string key;       // `key:` at the content column, "" when none
};

YamlLine yaml_line(std::string_view t) {
  YamlLine l;
  size_t i = 0;
  while (i < t.size() && t[i] == ' ') ++i;
  l.indent = static_cast<uint32_t>(i);
  if (i < t.size() && t[i] == '-' && (i + 1 == t.size() || t[i + 1] == ' ')) {
    l.dash = true;
    i += 1;
    while (i < t.size() && t[i] == ' ') ++i;
  }
  l.content = static_cast<uint32_t>(i);
  if (i >= t.size() || t[i] == '#' || t[i] == '\r') {
    l.blank = !l.dash;
    return l;
  }
  l.blank = false;
  size_t k = i;
  char quote = (t[k] == '"' || t[k] == '\'') ? t[k] : 0;
  if (quote) {
    size_t close = t.find(quote, k + 1);
    if (close != std::string_view::npos && close + 1 < t.size() && t[close + 1] == ':')
      l.key = std::string(t.substr(k + 1, close - k - 1));
    return l;
  }
  while (k < t.size() && t[k] != ':' && t[k] != ' ' && t[k] != '#' && t[k] != '{' && t[k] != '[') ++k;
  if (k < t.size() && t[k] == ':' && (k + 1 == t.size() || t[k + 1] == ' ' || t[k + 1] == '\r'))
    l.key = std::string(t.substr(i, k - i));
  return l;
}

}  // namespace

std::optional<KeyContext> yaml_key_context(const std::string& text, const std::vector<uint32_t>& line_starts, LspPosition pos) {
  if (pos.line >= line_starts.size()) return std::nullopt;
  auto line_text = [&](uint32_t n) {
    uint32_t b = line_starts[n];
    uint32_t e = n + 1 < line_starts.size() ? line_starts[n + 1] - 1 : static_cast<uint32_t>(text.size());
    return std::string_view(text).substr(b, e - b);
  };
  uint32_t cursor = offset_of(text, line_starts, pos) - line_starts[pos.line];
  std::string_view before = line_text(pos.line).substr(0, cursor);
  // Only while typing a key: indentation, an optional "- ", then a partial key.
  YamlLine cur = yaml_line(before);
  for (size_t i = cur.content; i < before.size(); ++i) {
    char c = before[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '$')) return std::nullopt;
  }
  KeyContext ctx;
  const uint32_t col = cur.content;
  ctx.column = col;
  // Walk up to the owners of the mapping at `col`.
  std::vector<std::string> segments;  // innermost first
  uint32_t need = cur.dash ? cur.indent : col;
  if (cur.dash) segments.push_back("0");
  for (uint32_t n = pos.line; n-- > 0 && need > 0;) {
    YamlLine l = yaml_line(line_text(n));
    if (l.blank) continue;
    if (l.dash && l.content == need) {
      // a "- key:" line starting the item the mapping is
      segments.push_back("0");
      need = l.indent;
      continue;
    }
    if (l.content >= need && !(l.dash && l.indent < need)) continue;  // a sibling or deeper
    if (l.key.empty()) return std::nullopt;  // a scalar item or flow style: no guess
    segments.push_back(pointer_escape(l.key));
    if (l.dash) {
      segments.push_back("0");
      need = l.indent;
    } else {
      need = l.content;
    }
  }
  // Keys already there: siblings above (up to the item's "- ") and below, in the same block.
  for (uint32_t n = pos.line; n-- > 0 && !cur.dash;) {
    YamlLine l = yaml_line(line_text(n));
    if (l.blank) continue;
    if (l.content < col || (l.dash && l.indent < col && l.content != col)) break;
    if (l.content == col && !l.key.empty()) ctx.present.insert(l.key);
    if (l.dash && l.content == col) break;
  }
  for (uint32_t n = pos.line + 1; n < line_starts.size(); ++n) {
    YamlLine l = yaml_line(line_text(n));
    if (l.blank) continue;
    if (l.content < col || (l.dash && l.indent < col)) break;
    if (l.content == col && !l.key.empty()) ctx.present.insert(l.key);
  }
  for (auto it = segments.rbegin(); it != segments.rend(); ++it) ctx.pointer += "/" + *it;
  return ctx;
}

}  // namespace azlint::lsp
