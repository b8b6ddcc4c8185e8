#include "lint/redact.h"

#include <re2/re2.h>

#include "lint/ascii.h"

namespace azlint {

namespace {

// Replace [b, e) with '*' but the last four characters (and a leading "sk-").
void mask(std::string& s, size_t b, size_t e) {
  if (e <= b) return;
  size_t keep_front = s.compare(b, 3, "sk-") == 0 ? 3 : 0;
  size_t keep_back = e - b > 12 ? 4 : 0;
  for (size_t i = b + keep_front; i + keep_back < e; ++i)
    if (s[i] != '"' && s[i] != '\'') s[i] = '*';
}

void mask_all(std::string& s, const RE2& re) {
  re2::StringPiece match;
  size_t offset = 0;
  while (offset < s.size() && RE2::PartialMatch(re2::StringPiece(s.data() + offset, s.size() - offset), re, &match)) {
    size_t b = static_cast<size_t>(match.data() - s.data());
    size_t e = b + match.size();
    if (e == b) break;
    mask(s, b, e);
    offset = e;
  }
}

}  // namespace

static std::string redact_once(std::string_view text) {
  // Azure keys (32 hex, or the newer 84-character form), OpenAI-style sk- keys, JWTs, long tokens.
  static const RE2 kKey(R"(((?:sk-[A-Za-z0-9_\-]{16,})|(?:eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})|(?:\b[0-9a-fA-F]{32}\b)|(?:\b[A-Za-z0-9]{40,}\b)))");
  // credentials inside a URL: scheme://user:password@host
  static const RE2 kUrlPassword(R"(://[^/\s:@]+:([^@\s/]+)@)");
  std::string s(text);
  mask_all(s, kKey);
  re2::StringPiece pw;
  size_t offset = 0;
  while (offset < s.size() && RE2::PartialMatch(re2::StringPiece(s.data() + offset, s.size() - offset), kUrlPassword, &pw)) {
    size_t b = static_cast<size_t>(pw.data() - s.data());
    for (size_t i = b; i < b + pw.size(); ++i) s[i] = '*';
    offset = b + pw.size() + 1;
  }
  return s;
}

// Masking can make a new match: the four characters a long token keeps can start an `sk-` key
// right after it ("…oosk-key" masks to "****oosk-key"), so mask until nothing more matches
// (fuzz_verify_classify). Every pass that changes anything masks more characters; two suffice
// in practice, the bound only keeps hostile text cheap.
std::string redact_secrets(std::string_view text) {
  std::string s = redact_once(text);
  for (int pass = 0; pass < 8; ++pass) {
    std::string again = redact_once(s);
    if (again == s) break;
    s = std::move(again);
  }
  return s;
}

namespace {

// Masks the literal text of a setting's value in [b, e): all of it but `${…}` references, runs
// of at least eight characters ("${PREFIX}<key>" hides the key, "my-${REGION}" stays); nothing
// when the value is a reference (os.environ/…, $VAR, user_provided).
void mask_literal(std::string& s, size_t b, size_t e) {
  std::string_view v(s.data() + b, e - b);
  if (v.size() > 7 && ascii_lower(v.substr(0, 7)) == "bearer ") b += 7, v.remove_prefix(7);
  if (v.rfind("os.environ/", 0) == 0 || v == "user_provided" || (!v.empty() && v[0] == '$' && v.rfind("${", 0) != 0))
    return;
  size_t run = b;
  auto flush = [&](size_t end) {
    if (end >= run + 8) mask(s, run, end);
  };
  for (size_t i = b; i + 1 < e; ++i) {
    if (s[i] != '$' || s[i + 1] != '{') continue;
    size_t close = s.find('}', i);
    if (close == std::string::npos || close >= e) break;  // not closed: the rest is literal
    flush(i);
    run = close + 1;
    i = close;
  }
  flush(e);
}

}  // namespace

std::string redact_source_line(std::string_view line) {
  std::string s = redact_secrets(line);
  // Settings whose name says they hold a secret (`apiKey`, `api-key`, `OPENAI_API_KEYS`,
  // `master_key`, `client_secret`, `langfuse_secret_key`, `Authorization: Bearer …`, …), with a
  // quoted or bare value.
  static const RE2 kSetting(
      R"re((?i)[\w-]*(?:api[-_]?keys?|secret|password|passwd|token|subscription[-_]key|authorization|master[-_]?key|credential)[\w-]*["']?\s*[:=]\s*(?:bearer\s+)?(?:"([^"]*)"|'([^']*)'|([^"'\s#,}\]]+)))re");
  re2::StringPiece dq, sq, bare;
  size_t offset = 0;
  while (offset < s.size() &&
         RE2::PartialMatch(re2::StringPiece(s.data() + offset, s.size() - offset), kSetting, &dq, &sq, &bare)) {
    const re2::StringPiece& value = dq.data() ? dq : sq.data() ? sq : bare;
    size_t b = static_cast<size_t>(value.data() - s.data());
    size_t e = b + value.size();
    mask_literal(s, b, e);
    offset = e + 1 > offset ? e + 1 : offset + 1;
  }
  return s;
}

}  // namespace azlint
