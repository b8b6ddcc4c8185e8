// librechat/model-empty-object: a model object with neither `deploymentName` nor `version` (nor `assistants`).
#include <string>

#include "lint/did_you_mean.h"
#include "lint/librechat/azure_view.h"
#include "lint/misspelt_key.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ModelEmptyObject final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/model-empty-object",
                                    "a model object with neither `deploymentName` nor `version`: write `true`",
                                    Severity::Warning, Fixability::SafeAndUnsafe, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      for (const librechat::Model& m : g.models) {
        const Node& v = m.value();
        if (!v.is_mapping()) continue;
        // The model settings LibreChat reads; anything else is dropped silently.
        if (v.get("deploymentName") || v.get("version") || v.get("assistants")) continue;
        const std::string who =
            "model \"" + std::string(m.name) + "\" in group \"" + std::string(g.group_name) + "\"";
        if (v.members().empty()) {
          ctx.report(v, who + " is an empty object: it only inherits the group's deploymentName and version, "
                              "which `true` says plainly")
              .help("write `" + std::string(m.name) + ": true`, or give the object a `deploymentName` or `version`")
              .fix("replace `{}` with `true`", {Edit{v.span, "true"}}, FixSafety::Safe);
          continue;
        }
        // When the group lacks what the model would inherit, model-needs-deployment/-version report
        // the model (with the misspelt key): one mistake, one finding.
        if (!g.serverless && (!librechat::present_string(g.deployment_name) || !librechat::present_string(g.version)))
          continue;
        std::string keys;
        for (const Member& mm : v.members()) {
          if (!keys.empty()) keys += ", ";
          keys += "\"" + mm.key.text + "\"";
        }
        Report r = ctx.report_key(v, who + " is an object without deploymentName, version or assistants: LibreChat drops its "
                                           "keys " + keys + " silently and the model only inherits the group's settings");
        r.help("fix the key names (`deploymentName`, `version`, `assistants`), or write `" + std::string(m.name) + ": true`");
        // This finding owns the dropped keys (the schema pass would warn about each).
        static const std::vector<std::string_view> kSettings{"deploymentName", "version", "assistants"};
        for (const Member& mm : v.members()) {
          std::string_view near = did_you_mean(mm.key.text, kSettings);
          if (!near.empty() && v.members().size() == 1) note_misspelt_key(r, ctx.doc(), v, mm, near);
          else r.absorb("\"" + mm.key.text + "\" is dropped", mm.key.span);
        }
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_model_empty_object() {
  static const ModelEmptyObject rule;
  return rule;
}

}  // namespace azlint
