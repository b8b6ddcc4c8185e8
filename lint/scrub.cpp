#include "lint/scrub.h"

#include <cstring>

#include "lint/redact.h"

namespace azlint {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

uint64_t prefix_key(const char* p) {
  uint64_t k = 0;
  std::memcpy(&k, p, sizeof k);
  return k;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The text as the known values are looked for in it: whitespace dropped (a key split across
// lines), percent-escapes decoded when `decode`; each byte remembers where it came from.
struct View {
  std::string bytes;
  std::vector<uint32_t> begin;  // original offset of each byte
  std::vector<uint8_t> length;  // original bytes behind it (1, or 3 for %XX)
};

View make_view(std::string_view text, bool decode) {
  View v;
  v.bytes.reserve(text.size());
  v.begin.reserve(text.size());
  v.length.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    if (decode && text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      v.bytes += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      v.begin.push_back(static_cast<uint32_t>(i));
      v.length.push_back(3);
      i += 3;
      continue;
    }
    v.bytes += text[i];
    v.begin.push_back(static_cast<uint32_t>(i));
    v.length.push_back(1);
    ++i;
  }
  return v;
}

// Length of the UTF-8 sequence at s[i] (1 for a byte that starts none).
size_t sequence_length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  for (size_t k = 1; k < n; ++k)
    if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  return n;
}

// One '*' per masked character; line breaks are never masked.
std::string render(std::string_view text, const std::vector<bool>& mask) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t n = sequence_length(text, i);
    bool masked = false;
    for (size_t k = i; k < i + n; ++k) masked = masked || mask[k];
    if (masked && text[i] != '\n' && text[i] != '\r') out += '*';
    else out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace

void Scrubber::add(std::string_view value) {
  std::string s;
  s.reserve(value.size());
  for (char c : value)
    if (!is_space(c)) s += c;
  if (s.size() < kMinKnown || !seen_.insert(s).second) return;
  by_prefix_[prefix_key(s.data())].push_back(static_cast<uint32_t>(secrets_.size()));
  secrets_.push_back(std::move(s));
}

void Scrubber::add(const std::vector<std::string>& values) {
  for (const std::string& v : values) add(v);
}

void Scrubber::mask_known(std::string_view text, bool decode, std::vector<bool>& mask) const {
  View v = make_view(text, decode);
  if (v.bytes.size() < kMinKnown) return;
  for (size_t i = 0; i + kMinKnown <= v.bytes.size(); ++i) {
    auto it = by_prefix_.find(prefix_key(v.bytes.data() + i));
    if (it == by_prefix_.end()) continue;
    for (uint32_t id : it->second) {
      const std::string& secret = secrets_[id];
      if (v.bytes.compare(i, secret.size(), secret) != 0) continue;
      // The last four characters of a long secret stay, and an `sk-`, as redact_secrets leaves them.
      size_t keep = secret.size() > 12 ? 4 : 0;
      size_t front = secret.compare(0, 3, "sk-") == 0 ? 3 : 0;
      for (size_t k = i + front; k < i + secret.size() - keep; ++k)
        for (size_t b = v.begin[k]; b < v.begin[k] + v.length[k]; ++b) mask[b] = true;
    }
  }
}

std::vector<bool> Scrubber::mask_of(std::string_view text, bool source) const {
  std::vector<bool> mask(text.size(), false);
  // The shapes (byte for byte, so a changed byte is a masked one).
  std::string shaped = source ? redact_source_line(text) : redact_secrets(text);
  for (size_t i = 0; i < text.size(); ++i) mask[i] = shaped[i] != text[i];
  if (!secrets_.empty()) {
    mask_known(text, false, mask);
    if (text.find('%') != std::string_view::npos) mask_known(text, true, mask);
  }
  return mask;
}

std::string Scrubber::scrub(std::string_view text) const {
  // Masking can join what was apart ("<masked>" then 32 hex bounded by '*'): the shapes once more.
  return redact_secrets(render(text, mask_of(text, false)));
}

std::string Scrubber::scrub_source(std::string_view text) const {
  return redact_secrets(render(text, mask_of(text, true)));
}

bool Scrubber::holds_secret(std::string_view text) const {
  for (bool m : mask_of(text, false))
    if (m) return true;
  return false;
}

std::string escape_controls(std::string_view text, std::string_view keep) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  auto byte = [&](unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      if (keep.find(static_cast<char>(c)) != std::string_view::npos) out += static_cast<char>(c);
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\t') out += "\\t";
      else byte(c);
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t n = sequence_length(text, i);
    if (n == 1) {  // not UTF-8: a terminal in an 8-bit mode reads 0x9b as CSI
      byte(c);
      ++i;
      continue;
    }
    uint32_t cp = c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    static constexpr uint32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[n]) {  // overlong (0xC0 0x9B spells ESC): bytes, not a character
      for (size_t k = 0; k < n; ++k) byte(static_cast<unsigned char>(text[i + k]));
      i += n;
      continue;
    }
    bool control = (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    if (control) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

}  // namespace azlint
