#include "lint/lsp/documents.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>

#include "lint/percent_encode.h"
#include "lint/source.h"

namespace azlint::lsp {

std::vector<uint32_t> compute_line_starts(const std::string& text) { return line_starts_of(text); }

uint32_t offset_of(const std::string& text, const std::vector<uint32_t>& line_starts, LspPosition p) {
  if (p.line >= line_starts.size()) return static_cast<uint32_t>(text.size());
  uint32_t i = line_starts[p.line];
  // the line ends at its line break ("\r\n", "\r" or "\n")
  uint32_t line_end = static_cast<uint32_t>(find_line_break(text, i));
  uint32_t units = 0;
  while (i < line_end && units < p.character) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    uint32_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    uint32_t u = len == 4 ? 2 : 1;
    if (units + u > p.character) break;  // inside a surrogate pair: stay before it
    units += u;
    i = std::min(i + len, line_end);
  }
  return i;
}

void DocumentStore::open(const std::string& uri, const std::string& language_id, int64_t version, std::string text) {
  OpenDocument& d = docs_[uri];
  d.uri = uri;
  d.language_id = language_id;
  d.version = version;
  d.text = std::move(text);
  d.line_starts = compute_line_starts(d.text);
}

bool DocumentStore::change(const std::string& uri, int64_t version, const std::vector<TextChange>& changes) {
  auto it = docs_.find(uri);
  if (it == docs_.end()) return false;
  OpenDocument& d = it->second;
  for (const TextChange& c : changes) {
    if (!c.range) {
      d.text = c.text;
    } else {
      uint32_t b = offset_of(d.text, d.line_starts, c.range->start);
      uint32_t e = offset_of(d.text, d.line_starts, c.range->end);
      if (e < b) std::swap(b, e);
      d.text.replace(b, e - b, c.text);
      // Update the line index in place. Whether a line starts at s depends on the bytes at s - 1
      // and s (a "\r" followed by "\n" or not): starts before b stay, starts from the old end + 1
      // on shift, and the ones in [b, new end] are found again in the new text.
      std::vector<uint32_t>& ls = d.line_starts;
      size_t new_end = b + c.text.size();
      auto keep_end = b == 0 ? ls.begin() + 1 : std::lower_bound(ls.begin(), ls.end(), b);
      auto tail = std::lower_bound(keep_end, ls.end(), e + 1);
      int64_t delta = static_cast<int64_t>(c.text.size()) - static_cast<int64_t>(e - b);
      std::vector<uint32_t> rebuilt(ls.begin(), keep_end);
      for (size_t i = find_line_break(d.text, b > 0 ? b - 1 : 0); i < new_end; i = find_line_break(d.text, i)) {
        i += line_break_at(d.text, i);
        if (i >= b && i > 0 && i <= new_end) rebuilt.push_back(static_cast<uint32_t>(i));
      }
      for (auto it = tail; it != ls.end(); ++it) rebuilt.push_back(static_cast<uint32_t>(*it + delta));
      ls = std::move(rebuilt);
      continue;
    }
    d.line_starts = compute_line_starts(d.text);
  }
  d.version = version;
  return true;
}

bool DocumentStore::close(const std::string& uri) { return docs_.erase(uri) > 0; }

const OpenDocument* DocumentStore::find(const std::string& uri) const {
  auto it = docs_.find(uri);
  return it == docs_.end() ? nullptr : &it->second;
}

bool is_file_uri(const std::string& uri) { return uri.rfind("file://", 0) == 0; }

namespace {
int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
std::string percent_decode(const std::string& s) {
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      r.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
      i += 2;
    } else {
      r.push_back(s[i]);
    }
  }
  return r;
}
}  // namespace

std::string uri_to_path(const std::string& uri) {
  if (is_file_uri(uri)) {
    std::string rest = uri.substr(7);
    // file://host/path: drop an authority (localhost or empty)
    size_t slash = rest.find('/');
    if (slash != std::string::npos) rest = rest.substr(slash);
    std::string p = percent_decode(rest);
    size_t q = p.find_first_of("?#");
    if (q != std::string::npos) p.resize(q);
    return p;
  }
  std::string p = percent_decode(uri);
  size_t slash = p.find_last_of("/:");
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

std::string path_to_uri(const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
  if (ec) abs = path;
  return "file://" + percent_encode(abs, "/");
}

}  // namespace azlint::lsp
