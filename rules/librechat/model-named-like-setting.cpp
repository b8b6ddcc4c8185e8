// librechat/model-named-like-setting: a key under `models` that is really a group setting
#include <string>
#include <string_view>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

// Settings a model object may also carry: the key may belong to the model above it.
bool model_level(std::string_view setting) {
  return setting == "deploymentName" || setting == "version" || setting == "assistants";
}

class ModelNamedLikeSetting final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/model-named-like-setting",
                                    "a key under `models` that is really a group setting", Severity::Warning,
                                    false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      for (const librechat::Model& m : g.models) {
        std::string_view setting = librechat::group_setting_named(m.name);
        if (setting.empty()) continue;
        const std::string key(m.name);
        std::string msg = "\"" + key + "\" under `models` is read as a model name, not as the group's `" +
                          std::string(setting) + "` setting: the setting is lost";
        const Node& v = m.value();
        if (v.is_bool() || v.is_mapping())
          msg += " and LibreChat lists a model named \"" + key + "\"";
        std::string help = "move `" + key + "` up one level, next to `models:` in the group";
        if (key != setting) help += " (spelled `" + std::string(setting) + "`)";
        if (model_level(setting)) help += ", or indent it under the model it belongs to";
        ctx.report_key(v, std::move(msg)).help(std::move(help));
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_model_named_like_setting() {
  static const ModelNamedLikeSetting rule;
  return rule;
}

}  // namespace azlint
