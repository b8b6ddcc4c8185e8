// The hand-written scan for settings named like secrets (lint/redact_scan.h) finds what the
// pattern finds: the same value, at the same place, from every offset, on random ASCII text made
// of the pieces the pattern cares about.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "lint/redact.h"
#include "lint/redact_scan.h"

using namespace azlint;

namespace {

std::string describe(const std::optional<SettingValue>& v) {
  if (!v) return "none";
  return std::to_string(v->begin) + ".." + std::to_string(v->end) + (v->bare ? " bare" : " quoted");
}

std::string describe(const std::optional<Range>& v) {
  return v ? std::to_string(v->begin) + ".." + std::to_string(v->end) : "none";
}

// The scan and the pattern find the same from every offset of the text.
template <typename Scan, typename Pattern>
void same_from_every_offset(const std::string& text, Scan scan, Pattern pattern) {
  for (size_t offset = 0; offset <= text.size(); ++offset) {
    std::string by_hand = describe(scan(text, offset, true));
    std::string by_pattern = describe(pattern(text, offset));
    if (by_hand == by_pattern) continue;  // (one CHECK per offset is slow)
    INFO("text: " << text << "\noffset: " << offset);
    CHECK(by_hand == by_pattern);
  }
}

// 20000 texts of 1 to 14 random pieces.
template <typename Check>
void random_texts(const std::vector<std::string>& pieces, Check check) {
  std::mt19937 rng(14);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1), length(1, 14);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += pieces[piece(rng)];
    check(text);
  }
}

void same_setting(const std::string& text) {
  same_from_every_offset(text, next_setting_value, next_setting_value_by_pattern);
}

void same_password(const std::string& text) {
  same_from_every_offset(text, next_url_password, next_url_password_by_pattern);
}

}  // namespace

TEST_CASE("redact scan: the setting scan finds what the pattern finds", "[redact]") {
  for (const char* text :
       {"apiKey: \"sk-abc\"", "  api_key:\n    0123456789abcdef", "Authorization: Bearer abcdefgh1234", "x-API-KEYS = 'v'",
        "client_secret=\"unclosed\nnext: 1", "token:\n  next:", "token: bearer\n", "token: Bearer \t# c",
        "master-key :\r\n\t value", "subscription_key=v", "subscriptionkey: v", "apikeyz\": v", "password\"\t= \"\"",
        "passwd ='x' credential: y", "TOKEN:\r\rv", "secret:\v\fv", "a-token-b", "tok", ""})
    same_setting(text);

  const std::vector<std::string> pieces = {
      "apiKey", "API_KEY", "api-keys", "apikey", "secret", "Token", "PASSWORD", "passwd", "credential", "authorization",
      "master_key", "masterKey", "subscription-key", "subscriptionKey", "bearer", "Bearer ", "BEARER\t", "x", "-", "_",
      "1", " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", ":", "=", "\"", "'", "#", ",", "}", "]", "{", "[", "${X}", "$V",
      "*", "os.environ/K", "user_provided", "abcdefghijkl", ".", "/", "%41"};
  random_texts(pieces, same_setting);
}

TEST_CASE("redact scan: the URL password scan finds what the pattern finds", "[redact]") {
  for (const char* text : {"https://user:pa:ss@host/x", "a://b:c@d e://f:g@h", "://:p@h", "://u:@h", "://u:p p@h", "x://u/:p@h",
                           "://u:p/@h", "://u:p", "http://host:8080/path@x", "s3://k:v@@b", ""})
    same_password(text);
  const std::vector<std::string> pieces = {"://", "https", "user", "u", ":", "::", "@", "/", " ", "\n", "\t", "\v", "\f",
                                           "\r", "pw", "*", "%40", ".", "#", "?", "="};
  random_texts(pieces, same_password);
}

TEST_CASE("redact scan: a source line masks the literal value of a setting named like a secret", "[redact]") {
  CHECK(redact_source_line("apiKey: \"my-literal-key-1234\"") == "apiKey: \"***************1234\"");
  CHECK(redact_source_line("apiKey:\n  my-literal-key-1234\nnext: 1") == "apiKey:\n  ***************1234\nnext: 1");
  CHECK(redact_source_line("apiKey: \"${AZURE_KEY}\"") == "apiKey: \"${AZURE_KEY}\"");
  // Non-ASCII text is searched by the pattern: (?i) folds the Kelvin sign to `k`.
  CHECK(redact_source_line("api\xe2\x84\xaa" "ey: my-literal-key-1234") == "api\xe2\x84\xaa" "ey: ***************1234");
}
