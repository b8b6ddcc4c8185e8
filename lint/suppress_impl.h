// Template part of lint/suppress.h.
#pragma once
#include <algorithm>

namespace azlint {

template <typename RanFn>
void apply_suppressions(const SourceFile& src, std::vector<Suppression>& sups, std::vector<Diagnostic>& diags,
                        bool report_unused, RanFn ran) {
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : diags) {
    bool suppressed = false;
    if (d.rule != "syntax") {
      uint32_t line = src.position(d.span.begin).line;
      for (Suppression& s : sups) {
        if (s.line != 0 && s.line != line) continue;
        for (size_t i = 0; i < s.ids.size(); ++i) {
          if (s.ids[i] == d.rule) { s.used[i] = true; suppressed = true; }
        }
      }
    }
    if (!suppressed) kept.push_back(std::move(d));
  }
  diags = std::move(kept);
  if (!report_unused) return;
  for (const Suppression& s : sups) {
    for (size_t i = 0; i < s.ids.size(); ++i) {
      if (s.used[i] || !ran(s.ids[i])) continue;
      Diagnostic d;
      d.rule = "unused-suppression";
      d.severity = Severity::Warning;
      d.span = s.comment;
      d.message = "suppression of \"" + s.ids[i] + "\" matches no finding" +
                  (s.line ? " on line " + std::to_string(s.line) : std::string(" in this file"));
      d.help = "remove the suppression (or this id from it)";
      // Removing the comment is safe when none of its ids suppresses anything (the same fix on
      // each of its findings; `check --fix` applies it once).
      if (std::none_of(s.used.begin(), s.used.end(), [](bool u) { return u; }))
        d.fix = Fix{"remove the suppression", {remove_comment(src, s.comment)}, FixSafety::Safe};
      diags.push_back(std::move(d));
    }
  }
}

}  // namespace azlint
