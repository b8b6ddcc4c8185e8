#include "lint/fix/yaml_edits.h"

#include <string>

namespace azlint {

namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }

// The offset of the start of the line holding `i`.
size_t line_start_of(std::string_view t, size_t i) {
  while (i > 0 && t[i - 1] != '\n' && t[i - 1] != '\r') --i;
  return i;
}

// Only blanks (and a comment) from `i` to the end of its line.
bool rest_is_blank(std::string_view t, size_t i) {
  for (size_t e = find_line_break(t, i); i < e; ++i) {
    if (t[i] == '#') return true;
    if (!blank(t[i])) return false;
  }
  return true;
}

// Only blanks before `i` on its line (`dashes`: or the `- ` of sequence items, whose mapping's
// keys line up with the first one's column).
bool only_blanks_before(std::string_view t, size_t i, bool dashes = false) {
  for (size_t s = line_start_of(t, i); s < i; ++s)
    if (!blank(t[s]) && !(dashes && t[s] == '-' && s + 1 < t.size() && blank(t[s + 1]))) return false;
  return true;
}

bool has_line_break(std::string_view t, size_t b, size_t e) {
  for (size_t i = b; i < e && i < t.size(); ++i)
    if (t[i] == '\n' || t[i] == '\r') return true;
  return false;
}

// The indentation of the nested block mappings: the first block child's key column minus its
// parent key's column; two spaces when the file has none.
std::string indent_unit(std::string_view t, const Node& root) {
  for (const Member& m : root.members()) {
    if (!m.value.is_mapping() || m.value.style == Node::Style::Flow || m.value.members().empty()) continue;
    size_t parent = m.key.span.begin - line_start_of(t, m.key.span.begin);
    size_t child = m.value.members().front().key.span.begin - line_start_of(t, m.value.members().front().key.span.begin);
    if (child > parent) return std::string(child - parent, ' ');
  }
  return "  ";
}

}  // namespace

std::string_view line_break_of(std::string_view text) {
  size_t e = find_line_break(text, 0);
  return line_break_at(text, e) == 2 ? "\r\n" : "\n";
}

Edit rename_key(const Node& key, std::string_view name) {
  if (key.quoted() && key.span.end >= key.span.begin + 2) return Edit{{key.span.begin + 1, key.span.end - 1}, std::string(name)};
  return Edit{key.span, std::string(name)};
}

std::optional<Edit> remove_member_line(const SourceFile& src, const Node& value) {
  const std::string_view t = src.text();
  if (value.key_span().empty() || value.is_mapping() || value.is_sequence()) return std::nullopt;
  if (value.style == Node::Style::Literal || value.style == Node::Style::Folded || value.style == Node::Style::Flow) return std::nullopt;
  const size_t end = std::max(value.span.end, value.key_span().end);
  if (!only_blanks_before(t, value.key_span().begin) || has_line_break(t, value.key_span().begin, end) || !rest_is_blank(t, end))
    return std::nullopt;
  const size_t b = line_start_of(t, value.key_span().begin);
  const size_t eol = find_line_break(t, end);
  return Edit{{static_cast<uint32_t>(b), static_cast<uint32_t>(eol + line_break_at(t, eol))}, ""};
}

std::optional<Edit> add_member(const SourceFile& src, const Node& mapping, std::string_view key, std::string_view value) {
  const std::string_view t = src.text();
  if (!mapping.is_mapping()) return std::nullopt;
  const std::string kv = std::string(key) + ": " + std::string(value);
  if (mapping.style == Node::Style::Flow) {
    if (mapping.span.empty() || mapping.span.end > t.size() || t[mapping.span.end - 1] != '}') return std::nullopt;
    uint32_t close = mapping.span.end - 1;
    if (mapping.members().empty()) return Edit{{close, close}, kv};
    // After the last member (a trailing comma, JSON5's, stays valid: the member goes after it).
    uint32_t at = close;
    while (at > mapping.span.begin && (blank(t[at - 1]) || t[at - 1] == '\n' || t[at - 1] == '\r')) --at;
    if (t[at - 1] == ',') return Edit{{at, at}, " " + kv + ","};
    return Edit{{at, at}, ", " + kv};
  }
  if (mapping.members().empty()) return std::nullopt;
  const Member& first = mapping.members().front();
  if (!only_blanks_before(t, first.key.span.begin, /*dashes=*/true)) return std::nullopt;
  const std::string indent(first.key.span.begin - line_start_of(t, first.key.span.begin), ' ');
  const Member& last = mapping.members().back();
  const size_t last_end = std::max(last.value.span.end, last.key.span.end);
  const size_t eol = find_line_break(t, last_end > 0 ? last_end - 1 : 0);
  const std::string nl(line_break_of(t));
  if (eol >= t.size()) return Edit{{static_cast<uint32_t>(t.size()), static_cast<uint32_t>(t.size())}, nl + indent + kv + nl};
  const uint32_t at = static_cast<uint32_t>(eol + line_break_at(t, eol));
  return Edit{{at, at}, indent + kv + nl};
}

std::optional<Edit> add_member_under(const SourceFile& src, const Node& empty_value, std::string_view key,
                                     std::string_view value) {
  const std::string_view t = src.text();
  if (empty_value.key_span().empty() || !empty_value.is_null() || !empty_value.span.empty()) return std::nullopt;
  if (!only_blanks_before(t, empty_value.key_span().begin) || !rest_is_blank(t, empty_value.key_span().end)) return std::nullopt;
  const size_t col = empty_value.key_span().begin - line_start_of(t, empty_value.key_span().begin);
  const std::string indent(col + 2, ' ');
  const std::string nl(line_break_of(t));
  const size_t eol = find_line_break(t, empty_value.key_span().end);
  const std::string kv = indent + std::string(key) + ": " + std::string(value);
  if (eol >= t.size()) return Edit{{static_cast<uint32_t>(t.size()), static_cast<uint32_t>(t.size())}, nl + kv + nl};
  const uint32_t at = static_cast<uint32_t>(eol + line_break_at(t, eol));
  return Edit{{at, at}, kv + nl};
}

std::optional<Edit> add_section(const SourceFile& src, const Node& root, std::string_view section, std::string_view key,
                                std::string_view value) {
  const std::string_view t = src.text();
  if (!root.is_mapping() || root.style == Node::Style::Flow || root.members().empty()) return std::nullopt;
  const size_t first = root.members().front().key.span.begin;
  const bool after_bom = first == 3 && t.substr(0, 3) == "\xEF\xBB\xBF";
  if (line_start_of(t, first) != first && !after_bom) return std::nullopt;  // the root's keys start their lines
  const std::string nl(line_break_of(t));
  const bool ends_with_break = !t.empty() && (t.back() == '\n' || t.back() == '\r');
  const uint32_t at = static_cast<uint32_t>(t.size());
  return Edit{{at, at}, (ends_with_break ? "" : nl) + std::string(section) + ":" + nl + indent_unit(t, root) +
                            std::string(key) + ": " + std::string(value) + nl};
}

}  // namespace azlint
