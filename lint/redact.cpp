#include "lint/redact.h"

#include <re2/re2.h>

#include <cmath>
#include <optional>
#include <vector>

#include "lint/ascii.h"
#include "lint/percent_encode.h"
#include "lint/redact_scan.h"

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

// Masks every match of `re` (group `group`, 0 = the whole match) for which `wanted` holds.
template <typename Pred>
void mask_matches(std::string& s, const RE2& re, int group, Pred wanted) {
  std::vector<re2::StringPiece> m(static_cast<size_t>(group) + 1);
  size_t offset = 0;
  while (offset < s.size() &&
         re.Match(re2::StringPiece(s), offset, s.size(), RE2::UNANCHORED, m.data(), group + 1)) {
    size_t end = static_cast<size_t>(m[0].data() - s.data()) + m[0].size();
    const re2::StringPiece& g = m[static_cast<size_t>(group)];
    if (g.data() && wanted(std::string_view(g.data(), g.size()))) {
      size_t b = static_cast<size_t>(g.data() - s.data());
      mask(s, b, b + g.size());
    }
    offset = end > offset ? end : offset + 1;
  }
}

bool has_digit(std::string_view v) {
  for (char c : v)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool has_letter(std::string_view v) {
  for (char c : v)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

// Bits of entropy per character.
double entropy(std::string_view s) {
  if (s.empty()) return 0;
  int counts[256] = {};
  for (unsigned char c : s) ++counts[c];
  double h = 0;
  for (int c : counts) {
    if (!c) continue;
    double p = static_cast<double>(c) / static_cast<double>(s.size());
    h -= p * std::log2(p);
  }
  return h;
}

// Random-looking: long, upper- and lower-case letters and digits, high entropy (a SAS signature,
// a session token; not "2024-10-21/chat/completions").
bool random_looking(std::string_view v) {
  bool upper = false, lower = false;
  for (char c : v) {
    upper = upper || (c >= 'A' && c <= 'Z');
    lower = lower || (c >= 'a' && c <= 'z');
  }
  return v.size() >= 20 && upper && lower && has_digit(v) && entropy(v) >= 3.5;
}

bool secret_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == '~';
}

// Entra client secrets: 40 characters of [A-Za-z0-9_.~-] with a `~` ("abc8Q~…"); older ones
// are shorter. A run of 30 or more such characters holding a `~`, letters and digits.
void mask_entra_secrets(std::string& s) {
  for (size_t i = 0; i < s.size();) {
    if (!secret_char(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && secret_char(s[j])) ++j;
    std::string_view run(s.data() + i, j - i);
    if (run.size() >= 30 && run.find('~') != std::string_view::npos && has_letter(run) && has_digit(run)) mask(s, i, j);
    i = j;
  }
}

// A run of at least n ASCII letters and digits.
bool alnum_run(std::string_view s, size_t n) {
  size_t run = 0;
  for (char c : s) {
    run = std::isalnum(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run >= n) return true;
  }
  return false;
}

// Each pattern below is compiled on its first use and tried only on text that holds what every
// match of it holds (most text holds none of it: a cold run compiles none of them).
std::string redact_once(std::string_view text) {
  std::string s(text);
  // Azure keys (32 hex, or the newer 84-character form), OpenAI-style sk- keys, JWTs, long tokens.
  if (s.find("sk-") != std::string::npos || s.find("eyJ") != std::string::npos || alnum_run(s, 32)) {
    static const RE2 kKey(R"(((?:sk-[A-Za-z0-9_\-]{16,})|(?:eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})|(?:\b[0-9a-fA-F]{32}\b)|(?:\b[A-Za-z0-9]{40,}\b)))");
    mask_matches(s, kKey, 0, [](std::string_view) { return true; });
  }
  mask_entra_secrets(s);
  // `Bearer <token>` / `Basic <credentials>` in free text (a model id that is a header value).
  if (may_hold_word(s, {"bearer", "basic"})) {
    static const RE2 kScheme(R"((?i)\b(?:bearer|basic)\s+([A-Za-z0-9._~+/=\-]{8,}))");
    mask_matches(s, kScheme, 1, [](std::string_view v) { return has_digit(v); });
  }
  // Query and form parameters that carry credentials: `?subscription-key=…`, `&sig=…`,
  // `client_secret=…`, `api-key=…`, `access_token=…`.
  if (s.find('=') != std::string::npos &&
      may_hold_word(s, {"key", "secret", "token", "passw", "pwd", "sig", "credential", "assertion"})) {
    static const RE2 kCredentialParam(
        R"((?i)[\w.~\-]*(?:key|secret|token|passw|pwd|sig|credential|assertion)[\w.~\-]*=([^&\s"'#<>,;(){}\[\]]+))");
    // (a reference names a variable, it holds no secret)
    mask_matches(s, kCredentialParam, 1, [](std::string_view v) {
      return v[0] != '$' && v.rfind("os.environ/", 0) != 0 && v != "user_provided" && (has_letter(v) || has_digit(v));
    });
  }
  // Any query parameter whose value looks random.
  if (s.find('=') != std::string::npos && s.find_first_of("?&") != std::string::npos) {
    static const RE2 kQueryValue(R"([?&][\w.~\-]+=([^&\s"'#<>]+))");
    mask_matches(s, kQueryValue, 1, random_looking);
  }
  // credentials inside a URL: scheme://user:password@host
  if (s.find("://") == std::string::npos || s.find('@') == std::string::npos) return s;
  const bool ascii = is_ascii(s);
  size_t offset = 0;
  while (offset < s.size()) {
    std::optional<Range> pw = next_url_password(s, offset, ascii);
    if (!pw) break;
    for (size_t i = pw->begin; i < pw->end; ++i) s[i] = '*';
    offset = pw->end + 1;
  }
  return s;
}

// Masking can make a new match: the four characters a long token keeps can start an `sk-` key
// right after it ("…oosk-key" masks to "****oosk-key"), so mask until nothing more matches
// (fuzz_verify_classify). Every pass that changes anything masks more characters; two suffice
// in practice, the bound only keeps hostile text cheap.
std::string redact_shapes(std::string_view text) {
  std::string s = redact_once(text);
  if (s == text) return s;  // nothing masked: another pass (of the same text) masks nothing either
  for (int pass = 0; pass < 8; ++pass) {
    std::string again = redact_once(s);
    if (again == s) break;
    s = std::move(again);
  }
  return s;
}

// Percent-encoded secrets (a token endpoint echoing `client_secret=Q%7E…`): the shapes are
// looked for in the decoded text too, and every original byte behind a masked one is masked.
void mask_percent_encoded(std::string& s) {
  if (s.find('%') == std::string::npos) return;
  std::string decoded;
  std::vector<uint32_t> escapes;  // decoded indices that were %XX (three original bytes)
  decoded.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '%' && i + 2 < s.size() && hex_digit(s[i + 1]) >= 0 && hex_digit(s[i + 2]) >= 0) {
      escapes.push_back(static_cast<uint32_t>(decoded.size()));
      decoded += static_cast<char>(hex_digit(s[i + 1]) * 16 + hex_digit(s[i + 2]));
      i += 3;
    } else {
      decoded += s[i++];
    }
  }
  if (escapes.empty()) return;
  std::string red = redact_shapes(decoded);
  size_t original = 0, next_escape = 0;
  for (size_t k = 0; k < decoded.size(); ++k) {
    bool escape = next_escape < escapes.size() && escapes[next_escape] == k;
    size_t width = escape ? 3 : 1;
    if (red[k] != decoded[k])
      for (size_t i = original; i < original + width; ++i) s[i] = '*';
    original += width;
    next_escape += escape ? 1 : 0;
  }
}

}  // namespace

std::string redact_secrets(std::string_view text) {
  std::string s = redact_shapes(text);
  for (int pass = 0; pass < 8 && s.find('%') != std::string::npos; ++pass) {
    std::string before = s;
    mask_percent_encoded(s);
    if (s == before) break;
    s = redact_shapes(s);  // what the new '*' set apart may now be key-shaped
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
  // What every match of the pattern below holds.
  if (s.find_first_of(":=") == std::string::npos ||
      !may_hold_word(s, {"api", "secret", "passw", "token", "subscription", "authorization", "master", "credential"}))
    return s;
  // Settings whose name says they hold a secret (`apiKey`, `api-key`, `OPENAI_API_KEYS`,
  // `master_key`, `client_secret`, `langfuse_secret_key`, `Authorization: Bearer …`, …), with a
  // quoted or bare value on the same line or alone on the next one (`apiKey:⏎  <key>`).
  const bool ascii = is_ascii(s);
  size_t offset = 0;
  while (offset < s.size()) {
    std::optional<SettingValue> value = next_setting_value(s, offset, ascii);
    if (!value) break;
    size_t b = value->begin, e = value->end;
    // A bare word ending in `:` on the next line is the next key, not this one's value.
    if (!(value->bare && e > b && s[e - 1] == ':')) mask_literal(s, b, e);
    offset = e + 1 > offset ? e + 1 : offset + 1;
  }
  return s;
}

}  // namespace azlint
