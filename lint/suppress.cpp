#include "lint/suppress.h"

#include "lint/comments.h"
#include "lint/rule_ids.h"
#include "rules/registry.h"

namespace azlint {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Diagnostic problem(Span at, std::string message, std::string help) {
  Diagnostic d;
  d.rule = "unused-suppression";
  d.severity = Severity::Warning;
  d.span = at;
  d.message = std::move(message);
  d.help = std::move(help);
  return d;
}

// The next line after `line` that is not blank and not only a comment.
uint32_t next_code_line(const SourceFile& src, uint32_t line) {
  for (uint32_t l = line + 1; l <= src.line_count(); ++l) {
    std::string_view t = trim(src.line_text(l));
    if (!t.empty() && t.front() != '#' && t.rfind("//", 0) != 0) return l;
  }
  return line + 1;
}

}  // namespace

Edit remove_comment(const SourceFile& src, Span comment) {
  const std::string_view t = src.text();
  uint32_t b = comment.begin, e = std::min<uint32_t>(comment.end, src.size());
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) --b;
  size_t eol = find_line_break(t, e);
  bool rest_blank = true;
  for (size_t i = e; i < eol; ++i) rest_blank &= t[i] == ' ' || t[i] == '\t';
  const bool line_start = b == 0 || line_break_at(t, b - 1) || (b >= 2 && t[b - 2] == '\r' && t[b - 1] == '\n');
  if (line_start && rest_blank) return Edit{{b, static_cast<uint32_t>(eol + line_break_at(t, eol))}, ""};
  return Edit{{b, e}, ""};
}

std::vector<Suppression> parse_suppressions(const SourceFile& src, Format format, std::vector<Diagnostic>& problems) {
  std::vector<Suppression> out;
  // A directive is a comment starting "azlint:": a file without the word has none to scan for.
  if (src.text().find("azlint:") == std::string::npos) return out;
  std::vector<Comment> comments =
      format == Format::Json5 ? scan_json5_comments(src.text()) : scan_yaml_comments(src.text());
  for (const Comment& c : comments) {
    std::string_view t = trim(c.text);
    if (t.rfind("azlint:", 0) != 0) continue;
    size_t nested = t.find(" #");  // a second comment after the directive is not part of it
    if (nested == std::string_view::npos) nested = t.find(" //");
    if (nested != std::string_view::npos) t = trim(t.substr(0, nested));
    t = trim(t.substr(7));
    Span at{c.offset, c.end};
    size_t dash = t.find(" --");
    std::string_view directive = trim(t.substr(0, dash));
    size_t eq = directive.find('=');
    std::string_view kind = trim(directive.substr(0, eq));
    Suppression s;
    s.comment = at;
    if (kind == "disable-next-line") s.line = next_code_line(src, c.line);
    else if (kind == "disable-line") s.line = c.line;
    else if (kind == "disable-file") s.line = 0;
    else {
      problems.push_back(problem(at, "unknown azlint directive \"" + std::string(kind) + "\"",
                                 "use disable-next-line=<id>, disable-line=<id> or disable-file=<id>"));
      continue;
    }
    std::string_view ids = eq == std::string_view::npos ? std::string_view() : directive.substr(eq + 1);
    if (trim(ids).empty()) {
      problems.push_back(problem(at, "a suppression must name the rule ids it disables",
                                 "write `# azlint: " + std::string(kind) + "=<rule-id> -- reason`"));
      continue;
    }
    size_t pos = 0;
    while (pos <= ids.size()) {
      size_t comma = ids.find(',', pos);
      std::string_view id = trim(ids.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
      pos = comma == std::string_view::npos ? ids.size() + 1 : comma + 1;
      if (id.empty()) continue;
      if (id == "syntax") {
        problems.push_back(problem(at, "`syntax` cannot be suppressed", "fix the syntax error instead"));
        continue;
      }
      if (!find_rule(id)) {
        RuleIdLookup l = lookup_rule_id(id);
        if (!l.alias) {
          problems.push_back(problem(at, "suppression names no rule \"" + std::string(id) + "\"" + rule_id_hint(l),
                                     "see `azlint rules` for the ids"));
          continue;
        }
        // Without its gateway prefix: it suppresses what the full id does, and says so.
        const std::string full(l.rule->meta().id);
        const auto begin = static_cast<uint32_t>(id.data() - src.text().data());
        Diagnostic d;
        d.rule = "rule-id-alias";
        d.severity = Severity::Info;
        d.span = {begin, begin + static_cast<uint32_t>(id.size())};
        d.message = "\"" + std::string(id) + "\" means \"" + full + "\"";
        d.help = "write the full id, \"" + full + "\": an id without its prefix may become ambiguous when another gateway gets a rule of that name";
        d.fix = Fix{"write \"" + full + "\"", {Edit{d.span, full}}, FixSafety::Safe};
        problems.push_back(std::move(d));
        s.ids.push_back(full);
        s.used.push_back(false);
        continue;
      }
      s.ids.emplace_back(id);
      s.used.push_back(false);
    }
    if (!s.ids.empty()) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace azlint
