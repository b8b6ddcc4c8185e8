// responses-only-model: a model served only by the Responses API configured on a chat-completions route
#include <string>

#include "lint/azure/models.h"
#include "lint/gateway.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ResponsesOnlyModel final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"responses-only-model", "a model served only by the Responses API configured on a chat-completions route", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const Field& f : ctx.fields()) {
      if (!f.chat_route || !azure::is_responses_only_model(f.node->text)) continue;
      std::string what;
      if (f.role == FieldRole::ModelName) {
        what = "model \"" + f.node->text + "\"";
      } else if (f.role == FieldRole::DeploymentName) {
        // A deployment used by no model sends nothing; a model key that is itself Responses-only
        // is reported at the key.
        bool used = false, key_reported = false;
        for (std::string_view m : f.models) {
          used = true;
          key_reported |= azure::is_responses_only_model(m);
        }
        if (!used || key_reported) continue;
        what = "deployment \"" + f.node->text + "\"";
      } else {
        continue;
      }
      const ResponsesRoute route = ctx.doc().gateway->behaviour().responses_only(f);
      ctx.report(*f.node, what + " is served only by the Responses API, but " + route.clause).help(route.help);
    }
  }
};

}  // namespace

const Rule& rule_responses_only_model() {
  static const ResponsesOnlyModel rule;
  return rule;
}

}  // namespace azlint
