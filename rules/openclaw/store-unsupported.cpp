// openclaw/store-unsupported: a model that reaches Azure with `compat.supportsStore: true`
#include <cctype>
#include <string>

#include "lint/rule.h"
#include "lint/links.h"
#include "lint/openclaw/proxy.h"
#include "lint/openclaw/view.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

bool says_azure(std::string_view s) { return url_util::lower(s).find("azure") != std::string::npos; }

class StoreUnsupported final : public Rule {
 public:
  const RuleMeta& meta() const override {
    // Checked in every bundled release (2026.7.35 … 2026.9.6): the default leaves `store` out on
    // a proxy route (see check()).
    static constexpr RuleMeta kMeta{"openclaw/store-unsupported", "a model that reaches Azure with `compat.supportsStore: true`",
                                    Severity::Warning, false, "openclaw", {"openclaw", ">=2026.7.35", ""}};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (const openclaw::Provider& p : view.providers) {
      for (const openclaw::Model& m : p.models) {
        if (!m.id) continue;
        // Without supportsStore the default holds, and in every bundled release it leaves `store`
        // out on these routes: resolveOpenAICompletionsCompatDefaults
        // (src/agents/openai-completions-compat.ts) sets `supportsStore: !isNonStandard && … &&
        // !usesExplicitProxyLikeEndpoint`, and resolveProviderRequestPolicy (provider-attribution)
        // makes every configured baseUrl that is not a native OpenAI or Azure endpoint proxy-like.
        // (The release OpenClaw's Azure guide was written for sent it; it is not bundled.)
        const Node* store = m.compat ? m.compat->get("supportsStore") : nullptr;
        if (!store || !store->is_true()) continue;
        const std::string_view api = p.api_for(m);
        // `store` is the chat-completions problem; the Responses adapters need it.
        if (!api.empty() && api != "openai-completions") continue;
        const Node* url = p.base_url_for(m);
        std::string why;
        bool dropped = false, known_route = false;
        // Every linked candidate: one that drops `store` may be the one that answers.
        for (const openclaw::Proxy* proxy : openclaw::proxies_for(url, api, ctx).proxies) {
          std::vector<const openclaw::ProxyEntry*> entries = proxy->entries_for(m.id->text);
          bool all_drop = !entries.empty();
          known_route |= !entries.empty();
          for (const openclaw::ProxyEntry* e : entries) {
            all_drop &= e->drops_store;
            if (e->azure() && why.empty())
              why = "the LiteLLM proxy of " + path_from(ctx.doc(), *proxy->doc) + " serves it from \"" + e->model + "\"";
          }
          dropped |= proxy->drops_params || all_drop;
        }
        if (dropped) continue;  // the proxy removes `store` before Azure sees it
        if (known_route && why.empty()) continue;  // the proxy sends it elsewhere than Azure
        // Straight to Azure (its v1 route) OpenClaw's URL-based default applies and Azure itself accepts
        // `store`: the rejection is the proxy's Azure adapter.
        std::optional<std::string> resolved = url ? openclaw::resolve(url->text, ctx.env()) : std::nullopt;
        if (why.empty() && resolved && openclaw::is_azure_host(url_util::split_url(*resolved).host)) continue;
        if (why.empty() && says_azure(p.id)) why = "its provider id says azure";
        if (why.empty() && m.name && says_azure(m.name->text)) why = "its name says Azure";
        if (why.empty() && url && says_azure(url->text)) why = "its baseUrl says azure";
        if (why.empty()) continue;
        report(ctx, p, m, *store, why);
      }
    }
  }

 private:
  static void report(Context& ctx, const openclaw::Provider& p, const openclaw::Model& m, const Node& store,
                     const std::string& why) {
    ctx.report(store, "model \"" + m.id->text + "\" of provider \"" + std::string(p.id) + "\" reaches Azure (" + why +
                          ") with compat.supportsStore: true, so OpenClaw sends `store` and the request fails with 400 "
                          "\"azure does not support parameters: ['store']\" unless the proxy drops it")
        .help("set compat.supportsStore: false (or drop_params: true in the LiteLLM proxy's litellm_settings)");
  }
};

}  // namespace

const Rule& rule_openclaw_store_unsupported() {
  static const StoreUnsupported rule;
  return rule;
}

}  // namespace azlint
