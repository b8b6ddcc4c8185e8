#include "lint/redact_scan.h"

#include <re2/re2.h>


namespace azlint {

namespace {

// The pattern: a name holding one of the words, an optional closing quote, `:` or `=`, the
// value on the same line or alone on the next, after an optional `Bearer `.
const RE2& setting_pattern() {
  static const RE2 kSetting(
      R"re((?i)[\w-]*(?:api[-_]?keys?|secret|password|passwd|token|subscription[-_]key|authorization|master[-_]?key|credential)[\w-]*["']?[ \t]*[:=][ \t]*(?:\r?\n[ \t]*)?(?:bearer[ \t]+)?(?:"([^"\n]*)"|'([^'\n]*)'|([^"'\s#,}\]]+)))re");
  return kSetting;
}

bool name_char(char c) {  // [\w-]
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool blank(char c) { return c == ' ' || c == '\t'; }

// [^"'\s#,}\]] (RE2's \s is [\t\n\f\r ])
bool bare_char(char c) {
  switch (c) {
    case '"': case '\'': case '\t': case '\n': case '\f': case '\r': case ' ': case '#': case ',': case '}': case ']':
      return false;
    default: return true;
  }
}

bool folded_at(std::string_view s, size_t i, std::string_view lower) {
  if (i + lower.size() > s.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    char c = s[i + k];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[k]) return false;
  }
  return true;
}

// `first`, an optional separator ([-_]; required when `optional` is false), then `second`.
bool joined_at(std::string_view s, size_t i, std::string_view first, std::string_view second, bool optional) {
  if (!folded_at(s, i, first)) return false;
  size_t j = i + first.size();
  if (j < s.size() && (s[j] == '-' || s[j] == '_') && folded_at(s, j + 1, second)) return true;
  return optional && folded_at(s, j, second);
}

// The run of name characters holds one of the pattern's words.
bool names_secret(std::string_view run) {
  for (size_t i = 0; i < run.size(); ++i) {
    if (folded_at(run, i, "secret") || folded_at(run, i, "password") || folded_at(run, i, "passwd") ||
        folded_at(run, i, "token") || folded_at(run, i, "authorization") || folded_at(run, i, "credential") ||
        joined_at(run, i, "api", "key", true) || joined_at(run, i, "subscription", "key", false) ||
        joined_at(run, i, "master", "key", true))
      return true;
  }
  return false;
}

// A quoted or bare value at `i`.
std::optional<SettingValue> value_at(std::string_view s, size_t i) {
  if (i >= s.size()) return std::nullopt;
  if (s[i] == '"' || s[i] == '\'') {
    size_t close = s.find_first_of(s[i] == '"' ? std::string_view("\"\n") : std::string_view("'\n"), i + 1);
    if (close == std::string_view::npos || s[close] == '\n') return std::nullopt;
    return SettingValue{i + 1, close, false};
  }
  if (!bare_char(s[i])) return std::nullopt;
  size_t e = i;
  while (e < s.size() && bare_char(s[e])) ++e;
  return SettingValue{i, e, true};
}

// After an optional `bearer` and blanks; without it when what follows them is no value.
std::optional<SettingValue> value_after_scheme(std::string_view s, size_t i) {
  if (folded_at(s, i, "bearer") && i + 6 < s.size() && blank(s[i + 6])) {
    size_t j = i + 6;
    while (j < s.size() && blank(s[j])) ++j;
    if (auto v = value_at(s, j)) return v;
  }
  return value_at(s, i);
}

// The rest of a match whose name is the run ending at `i`.
std::optional<SettingValue> rest_at(std::string_view s, size_t i) {
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) ++i;
  while (i < s.size() && blank(s[i])) ++i;
  if (i >= s.size() || (s[i] != ':' && s[i] != '=')) return std::nullopt;
  ++i;
  while (i < s.size() && blank(s[i])) ++i;
  size_t next = i < s.size() && s[i] == '\n'                               ? i + 1
                : i + 1 < s.size() && s[i] == '\r' && s[i + 1] == '\n' ? i + 2
                                                                           : 0;
  if (next) {  // the value alone on the next line, or no match (a line break is no value)
    while (next < s.size() && blank(s[next])) ++next;
    return value_after_scheme(s, next);
  }
  return value_after_scheme(s, i);
}

}  // namespace

std::optional<SettingValue> next_setting_value_by_pattern(std::string_view text, size_t offset) {
  re2::StringPiece dq, sq, bare;
  if (offset >= text.size() ||
      !RE2::PartialMatch(re2::StringPiece(text.data() + offset, text.size() - offset), setting_pattern(), &dq, &sq, &bare))
    return std::nullopt;
  const re2::StringPiece& value = dq.data() ? dq : sq.data() ? sq : bare;
  size_t b = static_cast<size_t>(value.data() - text.data());
  return SettingValue{b, b + value.size(), !dq.data() && !sq.data()};
}

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::optional<SettingValue> next_setting_value(std::string_view text, size_t offset, bool ascii) {
  if (!ascii) return next_setting_value_by_pattern(text, offset);
  // A match starts where a run of name characters does: one that starts inside a run would
  // start at the run's beginning as well (leftmost), and ends where the run ends (what follows
  // the name is no name character).
  for (size_t p = offset; p < text.size();) {
    if (!name_char(text[p])) {
      ++p;
      continue;
    }
    size_t q = p;
    while (q < text.size() && name_char(text[q])) ++q;
    if (names_secret(text.substr(p, q - p)))
      if (auto v = rest_at(text, q)) return v;
    p = q;
  }
  return std::nullopt;
}

std::optional<Range> next_url_password_by_pattern(std::string_view text, size_t offset) {
  static const RE2 kUrlPassword(R"(://[^/\s:@]+:([^@\s/]+)@)");
  re2::StringPiece pw;
  if (offset >= text.size() ||
      !RE2::PartialMatch(re2::StringPiece(text.data() + offset, text.size() - offset), kUrlPassword, &pw))
    return std::nullopt;
  size_t b = static_cast<size_t>(pw.data() - text.data());
  return Range{b, b + pw.size()};
}

std::optional<Range> next_url_password(std::string_view text, size_t offset, bool ascii) {
  if (!ascii) return next_url_password_by_pattern(text, offset);
  auto space = [](char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; };
  // Each run is as long as it goes (what ends it is what must follow it, or no match here).
  for (size_t p = text.find("://", offset); p != std::string_view::npos; p = text.find("://", p + 1)) {
    size_t i = p + 3, user = i;
    while (i < text.size() && text[i] != '/' && text[i] != ':' && text[i] != '@' && !space(text[i])) ++i;
    if (i == user || i >= text.size() || text[i] != ':') continue;
    size_t pw = ++i;
    while (i < text.size() && text[i] != '@' && text[i] != '/' && !space(text[i])) ++i;
    if (i == pw || i >= text.size() || text[i] != '@') continue;
    return Range{pw, i};
  }
  return std::nullopt;
}

}  // namespace azlint
