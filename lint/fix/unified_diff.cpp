#include "lint/fix/unified_diff.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "lint/source.h"

namespace azlint {

namespace {

// The lines of a text, each with its line break.
std::vector<std::string_view> lines_of(std::string_view t) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at < t.size()) {
    size_t e = find_line_break(t, at);
    e += line_break_at(t, e);
    out.push_back(t.substr(at, e - at));
    at = e;
  }
  return out;
}

enum class Op : char { Keep = ' ', Del = '-', Add = '+' };

// The edit script by Myers' O(ND) algorithm (fixes change few lines, so D is small); past
// `max_d` differences, everything between the common prefix and suffix is replaced.
std::vector<Op> script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
  const long max_d = std::min<long>(n + m, 1000);  // the trace: at most ~16 MiB
  const long off = max_d + 1;
  std::vector<long> v(2 * off + 1, 0);
  std::vector<std::vector<long>> trace;
  long found = -1;
  for (long d = 0; d <= max_d && found < 0; ++d) {
    trace.push_back(v);
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
      long y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  std::vector<Op> ops;
  if (found < 0) {  // too different: keep the common ends, replace the middle
    long p = 0;
    while (p < n && p < m && a[p] == b[p]) ++p;
    long s = 0;
    while (s < n - p && s < m - p && a[n - 1 - s] == b[m - 1 - s]) ++s;
    ops.assign(p, Op::Keep);
    ops.insert(ops.end(), n - p - s, Op::Del);
    ops.insert(ops.end(), m - p - s, Op::Add);
    ops.insert(ops.end(), s, Op::Keep);
    return ops;
  }
  long x = n, y = m;
  for (long d = found; d > 0; --d) {
    const std::vector<long>& pv = trace[d];
    long k = x - y;
    long prev_k = (k == -d || (k != d && pv[off + k - 1] < pv[off + k + 1])) ? k + 1 : k - 1;
    long px = pv[off + prev_k], py = px - prev_k;
    while (x > px && y > py) ops.push_back(Op::Keep), --x, --y;
    ops.push_back(x == px ? Op::Add : Op::Del);
    x = px, y = py;
  }
  while (x > 0 && y > 0) ops.push_back(Op::Keep), --x, --y;
  std::reverse(ops.begin(), ops.end());
  return ops;
}

void line(std::string& out, char mark, std::string_view text) {
  out += mark;
  out.append(text);
  if (text.empty() || (text.back() != '\n' && text.back() != '\r')) out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  const std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
  const std::vector<Op> ops = script(a, b);
  constexpr size_t kContext = 3;
  std::string out = fmt::format("--- {}\n+++ {}\n", path, path);
  size_t i = 0;
  while (i < ops.size()) {
    if (ops[i] == Op::Keep) {
      ++i;
      continue;
    }
    // A hunk: from kContext lines before this change to kContext after the last change that
    // is at most 2*kContext kept lines from the next.
    size_t start = i >= kContext ? i - kContext : 0;
    size_t end = i;
    while (end < ops.size()) {
      size_t run = end;
      while (run < ops.size() && ops[run] == Op::Keep) ++run;
      if (run == ops.size() || run - end > 2 * kContext) {
        end = std::min(ops.size(), end + kContext);
        break;
      }
      while (run < ops.size() && ops[run] != Op::Keep) ++run;
      end = run;
    }
    // Line numbers of the hunk's first line in each text.
    size_t ai = 0, bi = 0;
    for (size_t j = 0; j < start; ++j) {
      if (ops[j] != Op::Add) ++ai;
      if (ops[j] != Op::Del) ++bi;
    }
    size_t alen = 0, blen = 0;
    std::string body;
    size_t ax = ai, bx = bi;
    for (size_t j = start; j < end; ++j) {
      if (ops[j] == Op::Keep) line(body, ' ', a[ax++]), bx++, ++alen, ++blen;
      else if (ops[j] == Op::Del) line(body, '-', a[ax++]), ++alen;
      else line(body, '+', b[bx++]), ++blen;
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", alen ? ai + 1 : ai, alen, blen ? bi + 1 : bi, blen);
    out += body;
    i = end;
  }
  return out;
}

}  // namespace azlint
