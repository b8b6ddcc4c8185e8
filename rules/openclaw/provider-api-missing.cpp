// openclaw/provider-api-missing: a custom provider without `api`
#include <string>

#include "lint/rule.h"
#include "lint/openclaw/view.h"

namespace azlint {
namespace {

class ProviderApiMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openclaw/provider-api-missing", "a custom provider without `api`", Severity::Warning, false, "openclaw"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (const openclaw::Provider& p : view.providers) {
      if (p.bundled || p.node().get("api") || p.node().get("$include")) continue;  // an include may set it
      // Every model naming its own adapter leaves nothing to the default.
      bool all_models = !p.models.empty();
      for (const openclaw::Model& m : p.models) all_models &= m.api != nullptr;
      if (all_models) continue;
      const std::string id(p.id);
      ctx.report_key(p.node(), "custom provider \"" + id + "\" has no `api`; current OpenClaw releases assume "
                               "\"openai-completions\", older ones fail every request with \"No API provider "
                               "registered for api: undefined\"")
          .help("name the adapter, e.g. api: \"openai-completions\" for an OpenAI-compatible endpoint such as a "
                "LiteLLM proxy");
    }
  }
};

}  // namespace

const Rule& rule_openclaw_provider_api_missing() {
  static const ProviderApiMissing rule;
  return rule;
}

}  // namespace azlint
