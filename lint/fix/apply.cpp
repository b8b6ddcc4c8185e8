#include "lint/fix/apply.h"

#include <algorithm>
#include <tuple>

namespace azlint {

namespace {

bool before(const Edit& a, const Edit& b) { return std::tie(a.span.begin, a.span.end) < std::tie(b.span.begin, b.span.end); }

// Two edits that cannot both apply as written: overlapping ranges, two insertions at one place,
// an insertion inside a replaced range.
bool conflict(const Edit& a, const Edit& b) {
  if (a.span.begin == b.span.begin) return true;
  if (a.span.begin < b.span.end && b.span.begin < a.span.end) return true;
  auto inside = [](const Edit& ins, const Edit& r) { return ins.span.empty() && r.span.begin < ins.span.begin && ins.span.begin < r.span.end; };
  return inside(a, b) || inside(b, a);
}

bool same(const Edit& a, const Edit& b) {
  return a.span.begin == b.span.begin && a.span.end == b.span.end && a.replacement == b.replacement;
}

// The input an edit goes into: the finding's own file, or the one it names.
int target_of(const Edit& e, size_t own, const std::vector<Input>& inputs) {
  if (!e.file) return static_cast<int>(own);
  for (size_t i = 0; i < inputs.size(); ++i)
    if (inputs[i].source == e.file) return static_cast<int>(i);
  for (size_t i = 0; i < inputs.size(); ++i)
    if (inputs[i].source->path() == e.file->path() && inputs[i].source->text() == e.file->text()) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::string apply_edits(std::string_view text, std::vector<Edit> edits) {
  std::stable_sort(edits.begin(), edits.end(), before);
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  for (const Edit& e : edits) {
    const size_t b = std::min<size_t>(std::max<size_t>(e.span.begin, at), text.size());
    const size_t end = std::min<size_t>(std::max<size_t>(e.span.end, b), text.size());
    out.append(text.substr(at, b - at));
    out += e.replacement;
    at = end;
  }
  out.append(text.substr(at));
  return out;
}

FixOutcome fix_project(std::vector<Input> inputs, const FixOptions& options) {
  FixOutcome out;
  bool stale = true;
  for (int round = 0; round < options.max_rounds; ++round) {
    out.results = lint_project(inputs);
    stale = false;
    std::vector<std::vector<Edit>> taken(inputs.size());
    size_t applied = 0;
    for (size_t i = 0; i < out.results.size() && i < inputs.size(); ++i) {
      for (const Diagnostic& d : out.results[i].diagnostics) {
        if (!d.fix || d.fix->edits.empty() || (!d.fix->safe() && !options.unsafe)) continue;
        bool usable = true, all_taken = true;
        std::vector<std::pair<int, const Edit*>> placed;
        for (const Edit& e : d.fix->edits) {
          const int t = target_of(e, i, inputs);
          if (t < 0 || (static_cast<size_t>(t) < options.frozen.size() && options.frozen[t]) ||
              e.span.end < e.span.begin || e.span.end > inputs[t].source->size()) {
            usable = false;
            break;
          }
          placed.emplace_back(t, &e);
          const std::vector<Edit>& there = taken[t];
          bool dup = std::any_of(there.begin(), there.end(), [&](const Edit& x) { return same(x, e); });
          all_taken &= dup;
          if (!dup && std::any_of(there.begin(), there.end(), [&](const Edit& x) { return conflict(x, e); })) usable = false;
        }
        // The fix's own edits must not collide with each other either.
        for (size_t a = 0; usable && a < placed.size(); ++a)
          for (size_t b = a + 1; usable && b < placed.size(); ++b)
            if (placed[a].first == placed[b].first && conflict(*placed[a].second, *placed[b].second)) usable = false;
        if (!usable) continue;
        ++out.fixed_count;  // the same edit fixing several findings applies once
        if (all_taken) continue;
        for (auto& [t, e] : placed) {
          Edit copy{e->span, e->replacement, nullptr};
          taken[t].push_back(std::move(copy));
        }
        ++applied;
      }
    }
    if (applied == 0) break;
    bool changed = false;
    for (size_t t = 0; t < inputs.size(); ++t) {
      if (taken[t].empty()) continue;
      std::string text = apply_edits(inputs[t].source->text(), taken[t]);
      if (text == inputs[t].source->text()) continue;
      inputs[t].source = std::make_shared<SourceFile>(inputs[t].source->path(), std::move(text));
      changed = true;
    }
    stale = true;
    if (!changed) break;
  }
  if (stale) out.results = lint_project(inputs);
  for (const Input& in : inputs) out.fixed.push_back(in.source);
  return out;
}

}  // namespace azlint
