// duplicate-key: a mapping key appears twice in one mapping
#include <map>
#include <set>
#include <string>

#include "lint/gateway.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class DuplicateKey final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"duplicate-key", "a mapping key appears twice in one mapping", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    std::set<uint32_t> reported;  // aliases copy a mapping: report each written key once
    walk(doc.root, ctx, reported, 0);
  }

 private:
  static void walk(const Node& n, Context& ctx, std::set<uint32_t>& reported, int depth) {
    if (depth > 300) return;
    if (n.is_mapping()) {
      std::map<std::string_view, const Member*> first;
      for (const Member& m : n.members()) {
        if (m.key.text == "<<" && m.key.style == Node::Style::Plain) continue;  // merge keys may repeat
        auto [it, inserted] = first.emplace(m.key.text, &m);
        if (inserted || m.key.span.empty() || !reported.insert(m.key.span.begin).second) continue;
        const Span first_span = it->second->key.span.empty() ? it->second->value.key_or_value_span() : it->second->key.span;
        const Span span = m.value.key_span().empty() ? m.key.span : m.value.key_span();
        ctx.report_span(span, m.value.pointer(),
                        (ctx.doc().format == Format::Dotenv ? "variable \"" + m.key.text + "\" is defined twice in this file; first at "
                                                            : "key \"" + m.key.text + "\" appears twice in this mapping; first at ") +
                            ctx.where(first_span.begin) + ctx.doc().gateway->behaviour().duplicate_key(ctx.doc()))
            .help("remove one of the two entries or merge them")
            .note("first defined here", first_span);
      }
      for (const Member& m : n.members()) walk(m.value, ctx, reported, depth + 1);
    }
    for (const Node& item : n.items()) walk(item, ctx, reported, depth + 1);
  }
};

}  // namespace

const Rule& rule_duplicate_key() {
  static const DuplicateKey rule;
  return rule;
}

}  // namespace azlint
