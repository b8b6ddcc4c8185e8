// librechat/model-key-alias: a model key that is no known model while its deployment names one
#include <optional>
#include <string>

#include "lint/azure/models.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ModelKeyAlias final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/model-key-alias",
                                    "a model key that is no known model while its `deploymentName` names one",
                                    Severity::Warning, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (g.serverless) continue;
      for (const librechat::Model& m : g.models) {
        if (m.name.empty() || m.name.find("${") != std::string_view::npos) continue;
        if (!librechat::group_setting_named(m.name).empty()) continue;  // librechat/model-named-like-setting
        if (azure::is_known_model(m.name) || !librechat::present_string(m.deployment)) continue;
        // The deployment LibreChat uses; a wholly-referenced one is resolved but never printed.
        std::string dep = m.deployment->text;
        std::string var;
        if (dep.find("${") != std::string::npos) {
          auto name = whole_env_ref(dep);
          const EnvEntry* e = name ? ctx.env().find(*name) : nullptr;
          if (!e || e->value.empty()) continue;
          dep = e->value;
          var = *name;
        }
        if (!azure::is_known_model(dep)) continue;
        const std::string key(m.name);
        const std::string shown = var.empty() ? "\"" + dep + "\"" : "(the value of ${" + var + "})";
        ctx.report_key(m.value(), "model key \"" + key + "\" is not a model LibreChat knows, but its deployment " +
                                      shown + " is: LibreChat derives context length and model handling (vision, "
                                      "reasoning parameters) from the key, so \"" + key +
                                      "\" gets the defaults of an unknown model (a 4k-token context)")
            .help(var.empty() ? "name the key after the deployed model, e.g. \"" + dep + "\": the key is what users "
                                "pick, the deploymentName stays as it is"
                              : "name the key after the deployed model: the key is what users pick, the "
                                "deploymentName stays as it is")
            .note("deployment set here", m.deployment->span);
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_model_key_alias() {
  static const ModelKeyAlias rule;
  return rule;
}

}  // namespace azlint
