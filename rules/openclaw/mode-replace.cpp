// openclaw/mode-replace: `models.mode: "replace"` (built-in provider catalogs are no longer merged)
#include <string>

#include "lint/rule.h"
#include "lint/openclaw/view.h"

namespace azlint {
namespace {

class ModeReplace final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openclaw/mode-replace", "`models.mode: \"replace\"` (built-in provider catalogs are no longer merged)", Severity::Warning, false, "openclaw"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    if (!view.mode || !view.mode->is_string() || view.mode->text != "replace") return;
    std::string msg = "models.mode \"replace\" drops OpenClaw's built-in provider catalogs: only the providers "
                      "written here exist";
    // Name a ref that relies on a bundled provider this file does not define.
    for (const openclaw::ModelRef& r : view.model_refs()) {
      const std::string provider = r.provider.empty() ? "openai" : r.provider;
      if (r.provider.empty() && !view.alias_target(r.model).empty()) continue;
      if (view.find_provider(provider)) continue;
      msg += ", so agents.defaults.model \"" + r.node->text + "\" (provider \"" + provider + "\") no longer resolves";
      break;
    }
    ctx.report(*view.mode, msg)
        .help("use mode: \"merge\" (the default) to add these providers to the built-in ones, or keep \"replace\" "
              "only when this file lists every provider you use");
  }
};

}  // namespace

const Rule& rule_openclaw_mode_replace() {
  static const ModeReplace rule;
  return rule;
}

}  // namespace azlint
