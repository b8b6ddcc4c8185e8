// openclaw/azure-direct: an OpenAI-style adapter pointed straight at an Azure host without the `/openai/v1` path
#include <set>
#include <string>

#include "lint/rule.h"
#include "lint/openclaw/view.h"
#include "rules/shared/request_url.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

class AzureDirect final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openclaw/azure-direct", "an OpenAI-style adapter pointed straight at an Azure host without the `/openai/v1` path", Severity::Error, false, "openclaw"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    std::set<const Node*> reported;
    for (const openclaw::Provider& p : view.providers) {
      // The provider's own URL with its adapter, then each model that overrides either.
      check_url(ctx, reported, p, p.base_url, p.api ? std::string_view(p.api->text) : std::string_view(), "provider",
                nullptr);
      for (const openclaw::Model& m : p.models)
        if (m.base_url || (m.api && p.base_url))
          check_url(ctx, reported, p, p.base_url_for(m), p.api_for(m),
                    "model \"" + std::string(m.id_text()) + "\" of provider", m.id);
    }
  }

 private:
  static void check_url(Context& ctx, std::set<const Node*>& reported, const openclaw::Provider& p, const Node* url,
                        std::string_view api, const std::string& owner, const Node* model) {
    if (!url || !openclaw::is_openai_style(api) || reported.count(url)) return;
    std::optional<std::string> value = openclaw::resolve(url->text, ctx.env());
    if (!value) return;
    url_util::UrlParts parts = url_util::split_url(*value);
    if (!openclaw::is_azure_host(parts.host) || openclaw::is_azure_v1_path(parts.rest)) return;
    const std::string adapter = api.empty() ? "openai-completions" : std::string(api);
    const std::string route = adapter == "openai-responses" ? "/responses" : "/chat/completions";
    const bool env = url->text != *value;
    // The URL as OpenClaw's resolution builds it (what `show` prints).
    const std::optional<QuotedRequest> request = request_from(ctx, *url, model);
    std::string msg = owner + " \"" + std::string(p.id) + "\" uses the " + adapter +
                      " adapter (the plain OpenAI client) on the Azure host \"" + parts.host + "\"";
    if (api.empty()) msg += " (no `api` given: current releases assume openai-completions)";
    msg += "; requests go to " + (env || !request ? "<baseUrl>" + route : request->quoted()) +
           " with `Authorization: Bearer` and no api-version, so Azure answers 404 Resource not found";
    reported.insert(url);
    ctx.report(*url, msg)
        .help("use Azure's OpenAI-compatible v1 route (baseUrl \"https://" + parts.host +
              "/openai/v1\"), the \"azure-openai-responses\" adapter, or a LiteLLM proxy in front "
              "(baseUrl \"http://localhost:4000/v1\")");
  }
};

}  // namespace

const Rule& rule_openclaw_azure_direct() {
  static const AzureDirect rule;
  return rule;
}

}  // namespace azlint
