// Inline suppressions: `# azlint: disable-next-line=<id>[,<id>] -- reason`,
// `# azlint: disable-line=<id>` (on the line itself), `# azlint: disable-file=<id>`.
// An id is always required; `syntax` cannot be suppressed; a suppression that matches
// nothing is reported as `unused-suppression`.
#pragma once
#include <string>
#include <vector>

#include "lint/diagnostic.h"
#include "lint/document.h"
#include "lint/source.h"

namespace azlint {

struct Suppression {
  Span comment;            // the whole comment
  uint32_t line = 0;       // the line it applies to (0 for the whole file)
  std::vector<std::string> ids;
  std::vector<bool> used;  // per id
};

// Parses the suppressions in a file's comments; malformed ones become `unused-suppression`
// diagnostics in `problems`.
// `#` comments in YAML and dotenv files, `//` and `/* */` in JSON5.
std::vector<Suppression> parse_suppressions(const SourceFile& src, Format format, std::vector<Diagnostic>& problems);

// The edit that removes a comment: its whole line when nothing else is on it, else the comment
// and the blanks before it.
Edit remove_comment(const SourceFile& src, Span comment);

// Drops suppressed diagnostics and, when `report_unused`, appends `unused-suppression` for
// ids that matched nothing (only for rules that ran: `ran(id)`).
template <typename RanFn>
void apply_suppressions(const SourceFile& src, std::vector<Suppression>& sups, std::vector<Diagnostic>& diags,
                        bool report_unused, RanFn ran);

}  // namespace azlint

#include "lint/suppress_impl.h"
