#include "lint/comments.h"

namespace azlint {

std::vector<Comment> scan_yaml_comments(std::string_view t) {
  std::vector<Comment> out;
  uint32_t line = 1;
  size_t i = 0;
  long block_indent = -1;
  while (i < t.size()) {
    size_t eol = t.find('\n', i);
    if (eol == std::string_view::npos) eol = t.size();
    std::string_view l = t.substr(i, eol - i);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
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
          out.push_back({static_cast<uint32_t>(i + k), line, k == ind, l.substr(k + 1)});
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
    i = eol + 1;
  }
  return out;
}

}  // namespace azlint
