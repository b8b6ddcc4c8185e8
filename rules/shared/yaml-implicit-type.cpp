// yaml-implicit-type: an unquoted scalar that the YAML loader turns into a non-string where a string is expected
#include <string>

#include "lint/gateway.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class YamlImplicitType final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"yaml-implicit-type", "an unquoted scalar that the YAML loader turns into a non-string where a string is expected", Severity::Error, Fixability::Safe, ""};
    return kMeta;
  }

  // The settings the gateway reads as strings; its YAML library (js-yaml, PyYAML) and what it
  // does with another type come from its behaviour.
  void check(const Document& doc, Context& ctx) const override {
    doc.gateway->string_settings(doc, [&](const StringSetting& s) { check(doc, *s.node, s.what, s.secret, ctx); });
  }

 private:
  // The quote fix. A credential is quoted in place (two insertions), so the fix never carries it.
  static std::vector<Edit> quote(Span s, const std::string& text, bool secret) {
    if (secret) return {Edit{Span{s.begin, s.begin}, "\""}, Edit{Span{s.end, s.end}, "\""}};
    return {Edit{s, "\"" + text + "\""}};
  }

  static void check(const Document& doc, const Node& n, const std::string& what, bool secret, Context& ctx) {
    if (n.style != Node::Style::Plain || n.implicit == Node::Implicit::None || n.span.empty()) return;
    const std::string& src = ctx.source().text();
    if (src[n.span.begin] == '*') return;  // an alias: the anchored value is where to quote
    const std::string text = src.substr(n.span.begin, n.span.end - n.span.begin);
    std::string as, received;
    switch (n.implicit) {
      case Node::Implicit::Timestamp: as = "a date"; received = "date"; break;
      case Node::Implicit::Int:
      case Node::Implicit::Float: as = "a number"; received = "number"; break;
      case Node::Implicit::Bool: as = "the boolean " + std::string(n.boolean ? "true" : "false"); received = "boolean"; break;
      case Node::Implicit::Null: as = "null"; received = "null"; break;
      case Node::Implicit::None: return;
    }
    const Behaviour& behaviour = doc.gateway->behaviour();
    std::optional<std::string> effect = behaviour.implicit_type(doc, n, as, received);
    if (!effect) return;
    // Never echo a credential, even a mistyped one.
    Report r = ctx.report(n, "unquoted " + what + (secret ? "" : " " + text) + " is read by " +
                                 std::string(behaviour.yaml_parser()) + " as " + as + ", not a string" + *effect);
    if (n.implicit == Node::Implicit::Null) {
      r.help("write the intended text in quotes, or remove the entry");
    } else {
      r.help("quote the value: \"" + (secret ? std::string("…") : text) + "\"");
      r.fix("quote the value", quote(n.span, text, secret), FixSafety::Safe);
    }
  }
};

}  // namespace

const Rule& rule_yaml_implicit_type() {
  static const YamlImplicitType rule;
  return rule;
}

}  // namespace azlint
