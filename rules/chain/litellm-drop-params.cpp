// chain/litellm-drop-params: a LiteLLM proxy fronting OpenClaw without `litellm_settings.drop_params: true`
#include <string>
#include <vector>

#include "lint/links.h"
#include "lint/litellm/drop_params_fix.h"
#include "lint/openclaw/proxy.h"
#include "lint/openclaw/view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class LitellmDropParams final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"chain/litellm-drop-params", "a LiteLLM proxy fronting OpenClaw without `litellm_settings.drop_params: true`", Severity::Error, Fixability::Safe, "openclaw"};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (const openclaw::Provider& p : view.providers) {
      if (!p.base_url) continue;
      const std::string_view api = p.api ? std::string_view(p.api->text) : std::string_view();
      // With several linked LiteLLM configs azlint cannot tell which one answers.
      const openclaw::Proxy* linked = openclaw::proxies_for(p.base_url, api, ctx).one();
      if (!linked) continue;
      const openclaw::Proxy& proxy = *linked;
      const std::string proxy_file = path_from(doc, *proxy.doc);  // as the reader of this file finds it
      if (proxy.drops_params) continue;
      // The models this provider sends to Azure through the proxy without a per-model drop.
      std::vector<std::string> azure;
      std::string deployment;
      for (const openclaw::Model& m : p.models) {
        if (!m.id) continue;
        for (const openclaw::ProxyEntry* e : proxy.entries_for(m.id->text)) {
          if (!e->azure() || e->drops_store) continue;
          azure.push_back(m.id->text);
          if (deployment.empty()) deployment = e->model;
          break;
        }
      }
      if (azure.empty()) continue;
      std::string models;
      for (size_t i = 0; i < azure.size(); ++i) models += (i ? ", " : "") + ("\"" + azure[i] + "\"");
      std::string where = proxy.drop_params ? "litellm_settings.drop_params is not true"
                          : proxy.settings  ? "litellm_settings has no drop_params: true"
                                            : "it has no litellm_settings.drop_params: true";
      Report r = ctx.report(*p.base_url, "provider \"" + std::string(p.id) + "\" points at the LiteLLM proxy of " +
                                  proxy_file + ", which sends " + models + " to Azure (\"" + deployment +
                                  "\") but " + where + "; parameters OpenClaw sends that Azure does not take (`store`, and "
                                  "`temperature`/`top_p` for reasoning models) are passed on and the proxy fails "
                                  "those requests with 400 \"azure does not support parameters: ['store']\"")
          .help("add `litellm_settings: {drop_params: true}` to " + proxy_file)
          .note_in(*proxy.doc,
                   proxy.drop_params ? "drop_params is set here"
                   : proxy.settings  ? "litellm_settings, without drop_params"
                                     : "the proxy's model_list (the file has no litellm_settings)",
                   proxy.settings_span());
      // The fix is in the proxy's file (`check --fix` with both files in the run).
      if (std::optional<Edit> fix = litellm::add_drop_params(*proxy.doc)) {
        fix->file = proxy.doc->source;
        r.fix("add `drop_params: true` to litellm_settings of " + proxy_file, {*fix}, FixSafety::Safe);
      }
    }
  }
};

}  // namespace

const Rule& rule_chain_litellm_drop_params() {
  static const LitellmDropParams rule;
  return rule;
}

}  // namespace azlint
