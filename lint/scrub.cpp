#include "lint/scrub.h"

#include <algorithm>
#include <cstring>

#include "lint/percent_encode.h"
#include "lint/redact.h"

namespace azlint {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

uint64_t prefix_key(const char* p) {
  uint64_t k = 0;
  std::memcpy(&k, p, sizeof k);
  return k;
}

// Walks the text as the known values are looked for in it: whitespace skipped (a key split
// across lines), percent-escapes decoded when `decode`. Each byte it gives says where it came
// from; nothing is copied, so a 16 MiB message costs no more memory to scrub.
struct Cursor {
  std::string_view text;
  bool decode;
  size_t pos;

  bool next(char& c, size_t& begin, size_t& length) {
    while (pos < text.size() && is_space(text[pos])) ++pos;
    if (pos >= text.size()) return false;
    begin = pos;
    if (decode && text[pos] == '%' && pos + 2 < text.size() && hex_digit(text[pos + 1]) >= 0 &&
        hex_digit(text[pos + 2]) >= 0) {
      c = static_cast<char>(hex_digit(text[pos + 1]) * 16 + hex_digit(text[pos + 2]));
      length = 3;
    } else {
      c = text[pos];
      length = 1;
    }
    pos += length;
    return true;
  }
};

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
  starts_[static_cast<unsigned char>(s[0])] = true;
  Bucket& bucket = by_prefix_[prefix_key(s.data())];
  bucket.ids.push_back(static_cast<uint32_t>(secrets_.size()));
  bucket.longest = std::max(bucket.longest, s.size());
  secrets_.push_back(std::move(s));
}

void Scrubber::add(const std::vector<std::string>& values) {
  for (const std::string& v : values) add(v);
}

bool Scrubber::mask_known(std::string_view text, bool decode, std::vector<bool>& mask) const {
  bool found = false;
  // Comparing and marking cost at most this much; past it (a hostile config whose thousands of
  // "secrets" share a prefix with a long text), every place a known prefix starts is masked for
  // the longest secret with that prefix: more than needed, never less, and linear.
  size_t budget = 64 * text.size() + (1u << 20);
  auto mark = [&](Cursor& marking, size_t& k, size_t count, size_t front) {
    char ch = 0;
    size_t b = 0, len = 0;
    for (; k < count && marking.next(ch, b, len); ++k) {
      if (budget) --budget;
      if (k >= front)
        for (size_t i = b; i < b + len; ++i) mask[i] = true;
    }
  };
  Cursor wholesale{text, decode, 0};  // the wholesale masking, which never masks a byte twice:
  size_t wholesale_at = 0;            // where it is, in bytes walked
  Cursor walk{text, decode, 0};
  char ring[kMinKnown];          // the last eight bytes walked
  size_t ring_begin[kMinKnown];  // where each came from
  size_t count = 0, begin = 0, length = 0;
  char c = 0;
  while (walk.next(c, begin, length)) {
    ring[count % kMinKnown] = c;
    ring_begin[count % kMinKnown] = begin;
    if (++count < kMinKnown) continue;
    if (!starts_[static_cast<unsigned char>(ring[count % kMinKnown])]) continue;
    char key[kMinKnown];
    for (size_t k = 0; k < kMinKnown; ++k) key[k] = ring[(count + k) % kMinKnown];
    auto it = by_prefix_.find(prefix_key(key));
    if (it == by_prefix_.end()) continue;
    const size_t start = ring_begin[count % kMinKnown];
    if (budget == 0) {
      size_t at = count - kMinKnown;
      if (at > wholesale_at) wholesale = Cursor{text, decode, start}, wholesale_at = at;
      mark(wholesale, wholesale_at, at + it->second.longest, 0);
      found = true;
      continue;
    }
    for (uint32_t id : it->second.ids) {
      const std::string& secret = secrets_[id];
      Cursor check{text, decode, start};
      size_t n = 0;
      while (n < secret.size() && budget && check.next(c, begin, length) && c == secret[n]) ++n, --budget;
      if (n < secret.size()) continue;
      // The last four characters of a long secret stay, and an `sk-`, as redact_secrets leaves them.
      size_t keep = secret.size() > 12 ? 4 : 0;
      Cursor marking{text, decode, start};
      size_t k = 0;
      mark(marking, k, secret.size() - keep, secret.compare(0, 3, "sk-") == 0 ? 3 : 0);
      found = true;
    }
  }
  return found;
}

std::vector<bool> Scrubber::mask_of(std::string_view text, bool source, bool& known) const {
  std::vector<bool> mask(text.size(), false);
  {
    // The shapes (byte for byte, so a changed byte is a masked one).
    std::string shaped = source ? redact_source_line(text) : redact_secrets(text);
    for (size_t i = 0; i < text.size(); ++i) mask[i] = shaped[i] != text[i];
  }
  known = false;
  if (!secrets_.empty()) {
    known = mask_known(text, false, mask);
    if (text.find('%') != std::string_view::npos) known = mask_known(text, true, mask) || known;
  }
  return mask;
}

std::string Scrubber::scrub(std::string_view text, bool source) const {
  bool known = false;
  std::vector<bool> mask = mask_of(text, source, known);
  std::string out = render(text, mask);
  // Masking a known value can set apart what was joined (32 hex bounded by '*' now): the shapes
  // once more.
  return known ? redact_secrets(out) : out;
}

std::string Scrubber::scrub(std::string_view text) const { return scrub(text, false); }

std::string Scrubber::scrub_source(std::string_view text) const { return scrub(text, true); }

bool Scrubber::holds_secret(std::string_view text) const {
  bool known = false;
  for (bool m : mask_of(text, false, known))
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
