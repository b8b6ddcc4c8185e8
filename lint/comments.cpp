#include "lint/comments.h"

#include "lint/source.h"

namespace azlint {

std::vector<Comment> scan_yaml_comments(std::string_view t) {
  std::vector<Comment> out;
  uint32_t line = 1;
  size_t i = 0;
  long block_indent = -1;
  while (i < t.size()) {
    size_t eol = find_line_break(t, i);
    std::string_view l = t.substr(i, eol - i);
    size_t ind = 0;
    while (ind < l.size() && l[ind] == ' ') ++ind;
    bool blank = ind == l.size();
    bool in_block = block_indent >= 0 && (blank || static_cast<long>(ind) > block_indent);
    if (!in_block) {
      block_indent = -1;
      char quote = 0;
      for (size_t k = ind; k < l.size(); ++k) {
        char c = l[k];
        if (quote) {
          if (quote == '"' && c == '\\') { ++k; continue; }
          if (c == quote) quote = 0;
          continue;
        }
        if ((c == '"' || c == '\'') && (k == ind || l[k - 1] == ' ' || l[k - 1] == '[' || l[k - 1] == '{' || l[k - 1] == ','))
          { quote = c; continue; }
        if (c == '#' && (k == 0 || l[k - 1] == ' ' || l[k - 1] == '\t')) {
          out.push_back({static_cast<uint32_t>(i + k), line, k == ind, l.substr(k + 1), false,
                         static_cast<uint32_t>(i + l.size())});
          // a block scalar header before the comment?
          std::string_view before = l.substr(ind, k - ind);
          while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
          size_t e = before.size();
          while (e > 0 && (before[e - 1] == '+' || before[e - 1] == '-' || (before[e - 1] >= '1' && before[e - 1] <= '9'))) --e;
          if (e > 0 && (before[e - 1] == '|' || before[e - 1] == '>') && (e == 1 || before[e - 2] == ' '))
            block_indent = static_cast<long>(ind);
          break;
        }
        if (k + 1 == l.size()) {
          std::string_view s = l.substr(ind);
          size_t e = s.size();
          while (e > 0 && (s[e - 1] == '+' || s[e - 1] == '-' || (s[e - 1] >= '1' && s[e - 1] <= '9'))) --e;
          if (e > 0 && (s[e - 1] == '|' || s[e - 1] == '>') && (e == 1 || s[e - 2] == ' '))
            block_indent = static_cast<long>(ind);
        }
      }
    }
    ++line;
    i = eol + line_break_at(t, eol);
  }
  return out;
}

}  // namespace azlint

namespace azlint {

std::vector<Comment> scan_json5_comments(std::string_view t) {
  std::vector<Comment> out;
  uint32_t line = 1;
  bool blank_before = true;  // only whitespace since the start of the line
  size_t i = 0;
  auto is_ls_ps = [&](size_t k) {  // U+2028 / U+2029 end a // comment
    return k + 2 < t.size() && t[k] == '\xE2' && t[k + 1] == '\x80' && (t[k + 2] == '\xA8' || t[k + 2] == '\xA9');
  };
  while (i < t.size()) {
    char c = t[i];
    if (size_t br = line_break_at(t, i)) {
      ++line;
      blank_before = true;
      i += br;
    } else if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
      ++i;
    } else if (t.substr(i, 3) == "\xEF\xBB\xBF" || t.substr(i, 2) == "\xC2\xA0") {  // BOM, no-break space
      i += t[i] == '\xEF' ? 3 : 2;
    } else if (c == '"' || c == '\'') {
      blank_before = false;
      ++i;
      while (i < t.size() && t[i] != c && !line_break_at(t, i)) {
        if (t[i] == '\\' && i + 1 < t.size()) {
          size_t br = line_break_at(t, i + 1);  // a line continuation
          if (br) ++line;
          i += br ? 1 + br : 2;
        } else {
          ++i;
        }
      }
      if (i < t.size() && t[i] == c) ++i;
    } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '/') {
      size_t b = i + 2, e = b;
      while (e < t.size() && t[e] != '\n' && t[e] != '\r' && !is_ls_ps(e)) ++e;
      out.push_back({static_cast<uint32_t>(i), line, blank_before, t.substr(b, e - b), false, static_cast<uint32_t>(e)});
      blank_before = false;
      i = e;
    } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
      size_t b = i + 2;
      size_t e = t.find("*/", b);
      if (e == std::string_view::npos) e = t.size();
      size_t after = e == t.size() ? e : e + 2;
      out.push_back({static_cast<uint32_t>(i), line, blank_before, t.substr(b, e - b), true, static_cast<uint32_t>(after)});
      for (size_t k = find_line_break(t, b); k < e; k = find_line_break(t, k)) {
        ++line;
        k += line_break_at(t, k);
      }
      blank_before = false;
      i = after;
    } else {
      blank_before = false;
      ++i;
    }
  }
  return out;
}

}  // namespace azlint
