// librechat/model-false: a model set to `false` or any other scalar than `true`.
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ModelFalse final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/model-false",
                                    "a model set to `false` or any non-`true` scalar (must be `true` or an object)",
                                    Severity::Error, Fixability::SafeAndUnsafe, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      for (const librechat::Model& m : g.models) {
        const Node& v = m.value();
        if (!v.is_scalar() || v.is_true()) continue;
        const std::string name(m.name);
        const std::string who = "model \"" + name + "\" in group \"" + std::string(g.group_name) + "\"";
        std::string msg;
        std::string help = "write `" + name + ": true` (or an object with `deploymentName`/`version`); to disable "
                           "the model, remove it";
        if (v.is_bool()) {
          msg = who + " is set to `false`, but LibreChat still offers it: only the key counts, `false` does not "
                      "disable a model";
          help = "remove the model to disable it, or write `" + name + ": true` to say what LibreChat does";
        } else if (v.is_null()) {
          msg = who + " has no value (null): a model must be `true` or an object; LibreChat's schema rejects it "
                      "and the server refuses to start";
        } else if (v.is_string() && v.implicit != Node::Implicit::Timestamp) {
          msg = who + " is set to the string \"" + v.text + "\": a model must be `true` or an object; LibreChat's "
                      "schema rejects a string and the server refuses to start";
        } else {
          msg = who + " is set to `" + v.text + "`: a model must be `true` or an object; LibreChat's schema "
                      "rejects it and the server refuses to start";
        }
        Report r = v.span.empty() ? ctx.report_key(v, msg) : ctx.report(v, msg);
        r.help(help);
        // `null` -> `true` is what the schema needs and what LibreChat does with the key; `false`
        // or a string -> `true` keeps a model the user may have meant to drop (unsafe).
        if (!v.span.empty()) {
          r.fix("replace with `true`", {Edit{v.span, "true"}}, v.is_null() ? FixSafety::Safe : FixSafety::Unsafe);
        } else if (v.is_null() && !m.key().span.empty()) {  // `name:` with nothing after the colon
          const std::string_view t = ctx.source().text();
          size_t colon = m.key().span.end;
          while (colon < t.size() && (t[colon] == ' ' || t[colon] == '\t')) ++colon;
          if (colon < t.size() && t[colon] == ':') {
            const uint32_t at = static_cast<uint32_t>(colon + 1);
            r.fix("write `true`", {Edit{{at, at}, " true"}}, FixSafety::Safe);
          }
        }
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_model_false() {
  static const ModelFalse rule;
  return rule;
}

}  // namespace azlint
