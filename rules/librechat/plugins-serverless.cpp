// librechat/plugins-serverless: `plugins: true` while serverless groups are configured
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class PluginsServerless final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/plugins-serverless",
                                    "`plugins: true` while serverless groups are configured", Severity::Warning,
                                    false, "librechat",
                                    // `endpoints.azureOpenAI.plugins` and the Plugins endpoint (`gptPlugins`) are
                                    // in data-provider 0.7.6998's configSchema only; from 0.8.501 the key is stripped.
                                    {"librechat", "<0.8.501", ""}};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present()) return;
    const Node* plugins = view.azure->get("plugins");
    if (!plugins || !plugins->is_true()) return;
    std::string names;
    size_t count = 0;
    for (const librechat::Group& g : view.groups) {
      if (!g.serverless) continue;
      if (count++ < 3) names += (names.empty() ? "\"" : ", \"") + std::string(g.group_name) + "\"";
    }
    if (count == 0) return;
    if (count > 3) names += ", …";
    Report r = ctx.report_key(*plugins,
                              "`plugins: true` offers every Azure model to the Plugins endpoint, including the "
                              "models of serverless group" + std::string(count > 1 ? "s " : " ") + names +
                                  ", which likely do not support OpenAI function calling: plugin requests to "
                                  "them are not expected to work");
    r.help("use plugins only with Azure OpenAI deployments that support function calling; tell users not to "
           "pick the serverless models there, or set `plugins: false`");
    for (const librechat::Group& g : view.groups) {
      if (!g.serverless) continue;
      const Node* flag = g.node->get("serverless");
      r.note("serverless group \"" + std::string(g.group_name) + "\"", flag->key_or_value_span());
    }
  }
};

}  // namespace

const Rule& rule_librechat_plugins_serverless() {
  static const PluginsServerless rule;
  return rule;
}

}  // namespace azlint
