// env-var-syntax: a malformed environment reference such as `$VAR`, an unclosed `${VAR` or `${ VAR }`
#include <cctype>
#include <string>

#include "lint/gateway.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

bool name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
// An OpenClaw reference name: [A-Z_][A-Z0-9_]*.
bool upper_name(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// A problem and, when there is one, the reference it means (the fix): `$VAR`, `{$VAR}`, `${VAR`
// and `${ VAR }` become `${VAR}` (safe: the message says the gateway needs that form); a name
// put in upper case reads another variable (unsafe).
struct Finding : RefProblem {
  std::string fix;
  FixSafety safety = FixSafety::Safe;
  Finding(uint32_t b, uint32_t e, std::string message, std::string help, std::string fix = {},
          FixSafety safety = FixSafety::Safe)
      : RefProblem{b, e, std::move(message), std::move(help)}, fix(std::move(fix)), safety(safety) {}
};

// The malformed references in one value, left to right.
// `fails_start`: the field is one LibreChat resolves as a whole and refuses to start on.
// `gw`: the gateway's name for messages; `syntax`: how it writes references.
std::vector<Finding> scan(std::string_view t, bool fails_start, const std::string& gw, EnvSyntax syntax) {
  std::vector<Finding> out;
  const bool upper_only = syntax == EnvSyntax::DollarBraceUpper;
  const auto u = [](size_t x) { return static_cast<uint32_t>(x); };
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '{' && i + 2 < t.size() && t[i + 1] == '$' && name_start(t[i + 2])) {
      size_t e = i + 2;
      while (e < t.size() && name_char(t[e])) ++e;
      std::string name(t.substr(i + 2, e - i - 2));
      if (e < t.size() && t[e] == '}') {
        out.push_back({u(i), u(e + 1), "\"{$" + name + "}\" is not an environment reference; " + gw + " keeps it as literal text",
                       "write ${" + name + "}", "${" + name + "}"});
        i = e;
        continue;
      }
    }
    if (t[i] != '$') continue;
    if (i + 1 < t.size() && t[i + 1] == '$') {  // `$$` is not a reference
      ++i;
      continue;
    }
    if (i + 1 < t.size() && t[i + 1] == '{') {
      size_t close = t.find('}', i + 2);
      size_t next = t.find("${", i + 2);
      if (close == std::string_view::npos || (next != std::string_view::npos && next < close)) {
        size_t e = i + 2;
        while (e < t.size() && name_char(t[e])) ++e;
        std::string name(t.substr(i + 2, e - i - 2));
        out.push_back({u(i), u(e), "\"${" + name + "\" is not closed; " + gw + " keeps it as literal text",
                       "add the closing brace: ${" + (name.empty() ? std::string("VAR") : name) + "}",
                       name.empty() ? std::string() : "${" + name + "}"});
        i = e - 1;
        continue;
      }
      std::string_view inner = t.substr(i + 2, close - i - 2);
      std::string trimmed(inner);
      while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.front()))) trimmed.erase(0, 1);
      while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
      bool spaces = trimmed.size() != inner.size();
      if (inner.empty()) {
        out.push_back({u(i), u(close + 1), "\"${}\" names no variable; " + gw + " keeps it as literal text",
                       "write the variable name between the braces, e.g. ${AZURE_API_KEY}"});
      } else if (spaces && !trimmed.empty() && upper_only) {
        out.push_back({u(i), u(close + 1),
                       "\"${" + std::string(inner) + "}\" has spaces inside the braces; " + gw +
                           " does not read it as a reference and keeps it as literal text",
                       "remove the spaces: ${" + trimmed + "}", "${" + trimmed + "}"});
      } else if (spaces && !trimmed.empty()) {
        out.push_back({u(i), u(close + 1),
                       "\"${" + std::string(inner) + "}\" has spaces inside the braces; " + gw + " looks up a variable named \"" +
                           std::string(inner) + "\" (spaces included), finds none and " +
                           (fails_start ? "refuses to start" : "keeps the text as is"),
                       "remove the spaces: ${" + trimmed + "}", "${" + trimmed + "}"});
      } else if (upper_only && !spaces && !upper_name(inner)) {
        std::string up;
        for (char c : inner) up += name_char(c) ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : '_';
        out.push_back({u(i), u(close + 1),
                       "\"${" + std::string(inner) + "}\" is not a reference " + gw +
                           " substitutes (only upper-case names: letters A-Z, digits and `_`) and stays literal text",
                       "name the variable in upper case and write ${" + up + "}", "${" + up + "}", FixSafety::Unsafe});
      }
      i = close;
      continue;
    }
    if (i + 1 < t.size() && name_start(t[i + 1])) {
      size_t e = i + 1;
      while (e < t.size() && name_char(t[e])) ++e;
      std::string name(t.substr(i + 1, e - i - 1));
      out.push_back({u(i), u(e), "\"$" + name + "\" is not expanded (" + gw + " only reads references written ${" + name + "}) and is used as literal text",
                     "write ${" + name + "}", "${" + name + "}"});
      i = e - 1;
    }
  }
  return out;
}

class EnvVarSyntax final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"env-var-syntax", "a malformed environment reference such as `$VAR`, an unclosed `${VAR` or `${ VAR }`", Severity::Warning, Fixability::SafeAndUnsafe, ""};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    for (const Field& f : ctx.fields()) {
      // A reference syntax of the gateway's own (LiteLLM's `os.environ/NAME`): its own checks.
      if (!f.resolves_env) continue;
      if (std::optional<std::vector<RefProblem>> own = doc.gateway->behaviour().own_syntax_problems(f)) {
        for (const RefProblem& x : *own)
          ctx.report_span(text_span(ctx.source(), *f.node, x.begin, x.end), f.node->pointer(),
                          "in " + field_util::label(f) + ", " + x.message)
              .help(x.help);
        continue;
      }
      if (f.node->text.find('$') == std::string::npos) continue;
      const bool fails_start = f.env_whole_value && whole_env_ref(f.node->text).has_value();
      const std::string gw(doc.gateway->name());
      for (const Finding& x : scan(f.node->text, fails_start, gw, f.env_syntax)) {
        const Span at = text_span(ctx.source(), *f.node, x.begin, x.end);
        Report r = ctx.report_span(at, f.node->pointer(), "in " + field_util::label(f) + ", " + x.message);
        r.help(x.help);
        // Only where the value is written as it reads (no escapes, not a block scalar), so the
        // span holds exactly the reference.
        const std::string_view written = std::string_view(ctx.source().text()).substr(at.begin, at.end - at.begin);
        if (!x.fix.empty() && written == std::string_view(f.node->text).substr(x.begin, x.end - x.begin))
          r.fix("write " + x.fix, {Edit{at, x.fix}}, x.safety);
      }
    }
    check_flow_mappings(doc.root, ctx, 0);
  }

 private:
  // `key: {$VAR}` unquoted is a YAML flow mapping {"$VAR": null}: the gateway sees an object.
  static void check_flow_mappings(const Node& n, Context& ctx, int depth) {
    if (depth > 256) return;
    if (n.is_mapping() && n.style == Node::Style::Flow && n.members().size() == 1) {
      const Member& m = n.members()[0];
      const Text& k = m.key.text;
      bool ref = k.size() > 1 && k[0] == '$' && name_start(k[1]) && m.value.is_null() && m.key.style == Node::Style::Plain;
      for (size_t i = 1; ref && i < k.size(); ++i) ref = name_char(k[i]);
      if (ref) {
        ctx.report(n, "{" + k + "} is read by YAML as a mapping with the key \"" + k +
                          "\", not as an environment reference; the gateway gets an object where it expects a value")
            .severity(Severity::Error)
            .help("write \"${" + k.substr(1) + "}\" (quoted)");
        return;
      }
    }
    for (const Member& m : n.members()) check_flow_mappings(m.value, ctx, depth + 1);
    for (const Node& item : n.items()) check_flow_mappings(item, ctx, depth + 1);
  }
};

}  // namespace

const Rule& rule_env_var_syntax() {
  static const EnvVarSyntax rule;
  return rule;
}

}  // namespace azlint
