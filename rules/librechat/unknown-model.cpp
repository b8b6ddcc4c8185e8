// librechat/unknown-model: a model key that matches no model LibreChat knows
#include <string>
#include <string_view>

#include "lint/azure/models.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

// librechat/model-key-alias reports the key when its deployment names a known model.
bool alias_reported(const librechat::Group& g, const librechat::Model& m, const Env& env) {
  if (g.serverless || !librechat::present_string(m.deployment)) return false;
  std::string dep = m.deployment->text;
  if (dep.find("${") != std::string::npos) {
    auto name = whole_env_ref(dep);
    const EnvEntry* e = name ? env.find(*name) : nullptr;
    if (!e || e->value.empty()) return false;
    dep = e->value;
  }
  return azure::is_known_model(dep);
}

class UnknownModel final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/unknown-model", "a model key that matches no model LibreChat knows",
                                    Severity::Info, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      for (const librechat::Model& m : g.models) {
        if (m.name.empty() || m.name.find("${") != std::string_view::npos) continue;
        if (!librechat::group_setting_named(m.name).empty()) continue;  // librechat/model-named-like-setting
        if (azure::is_known_model(m.name) || alias_reported(g, m, ctx.env())) continue;
        const std::string key(m.name);
        Report r = ctx.report_key(m.value(), "model \"" + key + "\" matches no model LibreChat knows: it gets the "
                                                 "default 4k-token context window (long conversations are cut "
                                                 "short) and no model-specific handling");
        const std::string_view close = azure::closest_known_model(m.name);
        if (!close.empty() && close != m.name)
          r.help("did you mean \"" + std::string(close) + "\"? name the key after the model it serves (a key "
                 "that contains the model name, such as \"" + std::string(close) + "-eu\", also matches)");
        else
          r.help("if this is a known model under another name, name the key after it; otherwise this is "
                 "only informational");
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_unknown_model() {
  static const UnknownModel rule;
  return rule;
}

}  // namespace azlint
