// openclaw/custom-provider-incomplete: a custom provider without `baseUrl` or without `models`
#include <string>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/rule.h"
#include "lint/openclaw/view.h"

namespace azlint {
namespace {

// The key, or a near miss of it that the schema rule reports with a did-you-mean.
bool has_key(const Node& provider, std::string_view key) {
  if (provider.get(key)) return true;
  const std::vector<std::string_view> want{key};
  for (const Member& m : provider.members())
    if (!did_you_mean(m.key.text, want).empty()) return true;
  return false;
}

class CustomProviderIncomplete final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openclaw/custom-provider-incomplete", "a custom provider without `baseUrl` or without `models`", Severity::Error, false, "openclaw"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (const openclaw::Provider& p : view.providers) {
      if (p.bundled) continue;  // bundled ids may be overlays without baseUrl/models
      if (p.node().get("$include")) continue;  // the included file may supply them (not followed)
      const Node& node = p.node();
      const std::string id(p.id);
      const std::string path = "models.providers." + id;
      // An empty or mistyped value, or a misspelt key (`baseURL`), is the schema's finding; here:
      // the key is missing.
      const bool no_base_url = !has_key(node, "baseUrl");
      const bool no_models = !has_key(node, "models");
      if (!no_base_url && !no_models) continue;
      std::string missing = no_base_url && no_models ? "`baseUrl` and `models`" : no_base_url ? "`baseUrl`" : "`models`";
      std::string quote = no_base_url ? path + ".baseUrl: custom model providers must declare baseUrl"
                                      : path + ".models: custom model providers must declare models";
      std::string msg = "custom provider \"" + id + "\" has no " + missing + " (\"" + id +
                        "\" is not one of OpenClaw's bundled providers); OpenClaw rejects the config (" + quote +
                        ") and keeps running on its last good config, so every provider of this file is lost";
      std::string help;
      if (no_base_url && no_models)
        help = "add `baseUrl` (e.g. \"http://localhost:4000/v1\" for a LiteLLM proxy) and `models: [{id, name}]`";
      else if (no_base_url)
        help = "add the endpoint's base URL, e.g. baseUrl: \"http://localhost:4000/v1\" for a LiteLLM proxy";
      else
        help = "add the models this endpoint serves: models: [{id: \"gpt-4o\", name: \"GPT-4o\"}]";
      ctx.report_key(node, msg).help(help);
    }
  }
};

}  // namespace

const Rule& rule_openclaw_custom_provider_incomplete() {
  static const CustomProviderIncomplete rule;
  return rule;
}

}  // namespace azlint
