// librechat/model-needs-deployment: a model without a `deploymentName` of its own or from its group.
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

constexpr const char* kField = "deploymentName";
constexpr const char* kHelp =
    "set `deploymentName:` on the model to the name of its Azure deployment, or on the group for its `true` models";

const Node* group_value(const librechat::Group& g) { return g.deployment_name; }
const Node* own_value(const librechat::Model& m) { return m.own_deployment; }

class ModelNeedsDeployment final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/model-needs-deployment",
                                    "a model without a `deploymentName` of its own or from its group",
                                    Severity::Error, false, Dialect::LibreChat};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const std::string field = kField;
    for (const librechat::Group& g : ctx.librechat().groups) {
      if (g.serverless) continue;  // serverless groups need neither
      const Node* serverless = g.node->get("serverless");
      if (serverless && !serverless->is_bool() && !serverless->is_null()) continue;
      const Node* gv = group_value(g);
      if (gv && !gv->is_string() && !gv->is_null()) continue;  // wrong type: schema / yaml-implicit-type
      const bool group_has = librechat::present_string(gv);
      const std::string gname(g.group_name);
      for (const librechat::Model& m : g.models) {
        const Node& v = m.value();
        if (!v.is_bool() && !v.is_mapping()) continue;  // other values: librechat/model-false
        const std::string mname(m.name);
        const std::string who = "model \"" + mname + "\" in group \"" + gname + "\"";
        // LibreChat's start-up message (objects: "a required"); without a group name, none quoted.
        auto start = [&](bool object) {
          if (gname.empty()) return std::string(" (LibreChat refuses to start)");
          return " (LibreChat refuses to start: Model \"" + mname + "\" in group \"" + gname + "\" is missing " +
                 (object ? "a required" : "a") + " deploymentName or version.)";
        };
        const Node* own = v.is_mapping() ? own_value(m) : nullptr;
        if (own) {
          if (own->is_string() && !own->text.empty()) continue;
          if (!own->is_string() && !own->is_null()) continue;  // wrong type
          const std::string what = own->is_null() ? "sets `" + field + ":` with no value"
                                                  : "sets `" + field + ": \"\"`";
          if (group_has) {
            ctx.report_key(v, who + " " + what + ", which counts as missing; at start it also overrides the group's " +
                                  field + " \"" + gv->text + "\" and LibreChat fails to map the model")
                .help("remove the empty `" + field + "` from the model to inherit the group's, or give it a value")
                .note("empty " + field + " here", own->span.empty() ? own->key_span : own->span);
          } else {
            ctx.report_key(v, who + " " + what + ", which counts as missing, and the group sets no " + field +
                                  start(true))
                .help(kHelp)
                .note("empty " + field + " here", own->span.empty() ? own->key_span : own->span);
          }
          continue;
        }
        if (group_has) continue;
        std::string msg;
        if (v.is_bool()) {
          msg = who + " is `" + (v.boolean ? "true" : "false") + "`, so it inherits the group's " + field +
                ", but the group sets none" + start(false);
        } else {
          msg = who + " has no " + field + " of its own and the group sets none" + start(true);
        }
        Report r = ctx.report_key(v, msg);
        r.help(kHelp);
        if (gv) r.note("the group's " + field + " is empty", gv->span.empty() ? gv->key_span : gv->span);
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_model_needs_deployment() {
  static const ModelNeedsDeployment rule;
  return rule;
}

}  // namespace azlint
