#include "lint/dotenv.h"

#include <algorithm>
#include <cctype>

#include "lint/source.h"

namespace azlint {

std::vector<DotenvEntry> parse_dotenv(std::string_view text, size_t max_entries, std::optional<uint32_t>* past) {
  std::vector<DotenvEntry> out;
  if (past) past->reset();
  uint32_t line_no = 0;
  size_t i = 0;
  // Where each quote character stops occurring in the text: an unterminated quote on every line
  // searches the rest of the file once, not once a line.
  size_t none_after[3] = {std::string_view::npos, std::string_view::npos, std::string_view::npos};
  auto slot = [](char q) { return q == '"' ? 0 : q == '\'' ? 1 : 2; };
  while (i < text.size()) {
    size_t eol = find_line_break(text, i);
    ++line_no;
    uint32_t this_line = line_no;
    std::string_view line = text.substr(i, eol - i);
    size_t next = eol + line_break_at(text, eol);
    size_t p = 0;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    if (line.substr(p, 7) == "export ") p += 7;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    size_t eq = line.find('=', p);
    if (p < line.size() && line[p] != '#' && eq != std::string_view::npos) {
      std::string_view key = line.substr(p, eq - p);
      while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
      bool valid = !key.empty();
      for (char c : key) valid &= (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-');
      size_t v = eq + 1;
      while (v < line.size() && (line[v] == ' ' || line[v] == '\t')) ++v;
      DotenvEntry e;
      e.name = std::string(key);
      e.line = this_line;
      e.name_span = {static_cast<uint32_t>(i + p), static_cast<uint32_t>(i + p + key.size())};
      if (v < line.size() && (line[v] == '"' || line[v] == '\'' || line[v] == '`')) {
        char q = line[v];
        e.quote = q;
        // the value may continue over lines until the closing quote
        size_t start = i + v + 1;
        size_t& none = none_after[slot(q)];
        size_t close = none != std::string_view::npos && start >= none ? std::string_view::npos : text.find(q, start);
        while (q == '"' && close != std::string_view::npos && close > start && text[close - 1] == '\\')
          close = text.find(q, close + 1);
        if (close == std::string_view::npos) none = std::min(none, start);
        if (close == std::string_view::npos) {
          e.value = std::string(line.substr(v));  // unterminated: take the rest of the line as is
          e.quote = 0;
          e.value_span = {static_cast<uint32_t>(i + v), static_cast<uint32_t>(eol)};
        } else {
          std::string_view raw = text.substr(start, close - start);
          for (size_t k = 0; k < raw.size(); ++k) {
            if (q == '"' && raw[k] == '\\' && k + 1 < raw.size()) {
              char c = raw[++k];
              e.value += c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
            } else {
              if (size_t br = line_break_at(raw, k)) {
                ++line_no;
                e.value.append(raw.substr(k, br));
                k += br - 1;
                continue;
              }
              e.value += raw[k];
            }
          }
          e.value_span = {static_cast<uint32_t>(i + v), static_cast<uint32_t>(close + 1)};
          next = next_line_start(text, close);
        }
      } else {
        std::string_view raw = line.substr(v);
        size_t hash = raw.find(" #");
        if (hash != std::string_view::npos) raw = raw.substr(0, hash);
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r')) raw.remove_suffix(1);
        e.value = std::string(raw);
        e.value_span = {static_cast<uint32_t>(i + v), static_cast<uint32_t>(i + v + raw.size())};
      }
      if (valid) {
        if (out.size() == max_entries) {
          if (past) *past = e.name_span.begin;
          break;
        }
        out.push_back(std::move(e));
      }
    }
    i = next;
  }
  return out;
}

}  // namespace azlint
