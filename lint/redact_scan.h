// The values of settings named like secrets (`apiKey: …`, `client_secret=…`, `Authorization:
// Bearer …`), found for redact_source_line (lint/redact.h): on ASCII text by a hand-written
// scan that finds what the pattern finds (tests/redact_scan_test.cpp compares them on random
// text), so a cold run that shows one snippet compiles no pattern; other text by the pattern.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace azlint {

struct SettingValue {
  size_t begin = 0, end = 0;  // the value, quotes excluded
  bool bare = false;          // unquoted
};

// True when every byte of the text is ASCII (the pattern's `(?i)` folds `k` and `s` to
// non-ASCII letters too: other text is searched by the pattern).
bool is_ascii(std::string_view text);
// The first setting whose match starts at or after `offset` (as a search of text.substr(offset));
// `ascii`: is_ascii(text).
std::optional<SettingValue> next_setting_value(std::string_view text, size_t offset, bool ascii);
// The same by the pattern alone.
std::optional<SettingValue> next_setting_value_by_pattern(std::string_view text, size_t offset);

// The password of the first `scheme://user:password@` at or after `offset`: [begin, end).
struct Range {
  size_t begin = 0, end = 0;
};
std::optional<Range> next_url_password(std::string_view text, size_t offset, bool ascii);
std::optional<Range> next_url_password_by_pattern(std::string_view text, size_t offset);

}  // namespace azlint
